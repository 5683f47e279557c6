import * as cheerio from 'cheerio';

/** A table's cells' texts, row by row, each with its first column. */
export type LaidOutRows = { text: string; col: number }[][];

/** The page with each <table> replaced by `layout` of its cells' texts. */
export function laidOut(page: string, layout: (rows: LaidOutRows) => string): string {
  const $ = cheerio.load(page);
  $('table').each((_, table) => {
    const taken: boolean[][] = [];
    const rows = $(table).find('tr').toArray().map((tr, r) => {
      let col = 0;
      return $(tr).children('td').toArray().map((td) => {
        while (taken[r]?.[col]) col++;
        const rowspan = Number($(td).attr('rowspan') ?? 1), colspan = Number($(td).attr('colspan') ?? 1);
        for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) (taken[r + dr] ??= [])[col + dc] = true;
        const cell = { text: $(td).text().trim(), col };
        col += colspan;
        return cell;
      });
    });
    $(table).replaceWith(layout(rows));
  });
  return $.html();
}

/** A <pre> of tab-separated rows, as a report pasted from a spreadsheet shows its tables. */
export const preOfRows = (rows: LaidOutRows) => `<pre>${rows.map((row) => row.map((c) => c.text).join('\t')).join('\n')}</pre>`;
