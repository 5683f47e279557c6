// The two rows of 表二 that count documents (第二十条第（一）项), in both formats.
export const DOCUMENT_ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normativeDocuments', label: '规范性文件' },
] as const;

/** A row of 表二 read loosely: the 2019 and 2021 shapes share the key, not the fields. */
export type DocumentCounts = Partial<Record<string, number | null>>;
