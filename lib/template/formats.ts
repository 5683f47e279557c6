// The State Council's two formats of the report's tables: 国办公开办函〔2019〕60号 for the 2019 and 2020
// reports, 〔2021〕30号 from the 2021 report on.
import type { DocumentMeta } from '../schema.ts';

export type Format = '2019' | '2021';

/** The day the 2008 条例 (国务院令第492号) came into force: the first reports, for 2008, count from then. */
export const REGULATION_IN_FORCE = '2008-05-01';

/** The format a report of this year should use; null before the 2019 format (the 统计表 years). */
export function formatFor(year: number): Format | null {
  return year >= 2021 ? '2021' : year >= 2019 ? '2019' : null;
}

/**
 * The format whose tables a report must show: the one its tables are read in, or, for a report of the
 * formats' years read as prose (no table found), its year's; null for a 统计表 report or one of no known year.
 */
export function tablesDue({ format, year }: Pick<DocumentMeta, 'format' | 'year'>): Format | null {
  if (format === '2019' || format === '2021') return format;
  return format === 'prose' && year !== null ? formatFor(year) : null;
}
