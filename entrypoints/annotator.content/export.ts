// Getting the report out of the page: clipboard and file downloads, through the shared serialisers.
import type { Report } from '../../lib/schema.ts';

/**
 * Puts text on the clipboard. Most government portals are plain http, where navigator.clipboard
 * does not exist; there the extension's clipboardWrite permission lets execCommand('copy') copy a
 * selected textarea, placed inside the panel's shadow root so the page's DOM is not touched.
 * Many portals answer every copy event with their own text (a copyright line) or cancel it: the
 * textarea writes the clipboard itself and keeps the event from the page's listeners.
 * Rejects when the browser refuses both, or when the page stopped the event before it reached us.
 */
export async function copyText(text: string, scratch: HTMLElement): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch { /* not focused or not allowed: try the other way */ }
  }
  const root = scratch.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
  let written = false;
  area.addEventListener('copy', (e) => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault(); // the panel's shadow root keeps the event from the page (isolateEvents, session.tsx)
    written = true;
  });
  scratch.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  focused?.focus();
  if (!copied || !written) throw new Error('clipboard refused');
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

/** Saves a CSV, with the BOM that makes Excel read it as UTF-8. */
export const downloadCsv = (filename: string, text: string) => downloadText(filename, '\uFEFF' + text, 'text/csv');

/** "govreport-铁岭市人民政府-2019.json": characters that file systems refuse are dropped. */
export function fileNameFor(report: Report, extension: string): string {
  const parts = ['govreport', report.document.issuer, report.document.year].filter((p) => p != null && p !== '');
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '')}.${extension}`;
}
