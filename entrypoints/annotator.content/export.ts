// Getting the report out of the page: clipboard and file downloads, through the shared serialisers.
import type { Report } from '../../lib/schema.ts';

/** Rejects when the browser refuses clipboard access (no focus, permission denied). */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** Saves text as a file through a detached link, so the page's DOM is not touched. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "govreport-铁岭市人民政府-2019.json": characters that file systems refuse are dropped. */
export function fileNameFor(report: Report, extension: string): string {
  const parts = ['govreport', report.document.issuer, report.document.year].filter((p) => p != null && p !== '');
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '')}.${extension}`;
}
