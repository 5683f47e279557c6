// The note on standard tables a page prints more than one of (a body's 本级 and 系统 表三, one for each of its units):
// the first alone is read and checked (sections.ts leaves the others out, review-litigation.ts 表四's further groups of
// fifteen), and the reader is told which were not, in one note a table.
import { tableName } from '../labels.ts';
import type { PageModel } from '../page/model.ts';
import type { Warning } from '../schema.ts';
import { quote } from '../text/quote.ts';
import type { Sections } from './sections.ts';

// A caption is a short line right above its table (（二）全市系统, 省本级); a longer one is the text's.
const CAPTION_CHARS = 30;

/**
 * A standard table printed again, left out: its table in page.tables, or null where it shares the first's (表四's
 * figures of another body in a row of their own, review-litigation.ts), which has no caption of its own.
 */
export interface OtherTable { section: Sections<unknown>['others'][number]['section']; table: number | null }

export function otherTablesNotes<N>(others: OtherTable[], page: PageModel<N>): Warning[] {
  const sections = [...new Set(others.map((o) => o.section))];
  return sections.map((section) => {
    const tables = others.filter((o) => o.section === section).map((o) => o.table);
    const captions = tables.map((t) => (t === null ? null : captionAbove(page, t))).filter((c) => c !== null).map((c) => quote(c));
    const named = captions.length > 0 ? `，其后的注明${captions.join('、')}` : '';
    return {
      rule: 'recognition/other-tables', severity: 'info',
      message: `${tableName(section)}本页共印了${tables.length + 1}份（如本级与系统、各下属单位各一份${named}）：只读取、核对第一份，其余${tables.length}份未读取`,
      cells: [], expected: null, actual: null,
    };
  });
}

/** The line right above table `index`, outside every table, where it is short enough to be its caption; else null. */
export function captionAbove<N>(page: PageModel<N>, index: number): string | null {
  for (let i = page.tables[index]!.firstLine - 1; i >= 0; i--) {
    const line = page.lines[i]!;
    if (line.table >= 0) return null;
    const text = line.text.trim();
    if (text) return text.length <= CAPTION_CHARS ? text : null;
  }
  return null;
}
