// The two rows of 表二 that count documents (第二十条第（一）项), in both formats.
import type { DocumentMeta, Report } from '../../schema.ts';

export const DOCUMENT_ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normativeDocuments', label: '规范性文件' },
] as const;

/** A row of 表二 read loosely: the 2019 and 2021 shapes share the key, not the fields. */
export type DocumentCounts = Partial<Record<string, number | null>>;

/** 表二's document rows of a report in `format` (none where it is in the other format, or has no 表二), each read loosely. */
export function documentRows(report: Report, format: DocumentMeta['format']): { key: (typeof DOCUMENT_ROWS)[number]['key']; label: string; row: DocumentCounts }[] {
  const table = report.document.format === format ? report.activeDisclosure : null;
  return table ? DOCUMENT_ROWS.map(({ key, label }) => ({ key, label, row: (table[key] as DocumentCounts | undefined) ?? {} })) : [];
}
