// The same tables dressed as other portals, editors and office suites dress them: each variant rewrites
// every <table> of a page the way one real tool or habit does, leaving what a reader sees of each figure
// and label as it was. The markup-variants test reads each page so and expects the same figures (variant-check.ts).
import * as cheerio from 'cheerio';
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Variant } from './variant-check.ts';

type Td = Cheerio<Element>;

// htmlparser2 rather than parse5 for the rewriting, characters written as themselves: three times quicker, and the
// engine reads the page written out with the browser's parser (parse5) all the same.
export const load = (html: string) => cheerio.load(html, { xml: { xmlMode: false, encodeEntities: 'utf8' } });

/** A page as a variant writes it out having changed nothing: a rewrite that gives this rewrote nothing. */
export const reserialised = (page: string): string => load(page).html();

export function onCells(page: string, each: (td: Td, $: CheerioAPI) => void): string {
  const $ = load(page);
  $('td, th').each((_, td) => each($(td), $));
  return $.html();
}

function onTables(page: string, each: (table: Td, $: CheerioAPI) => void): string {
  const $ = load(page);
  $('table').each((_, table) => each($(table), $));
  return $.html();
}

/** A cell that holds a figure: digits with the "?" of lost characters that the fixtures keep. */
const isFigure = (td: Td) => /^[?？]?[0-9０-９][0-9０-９.]*[?？]?(?:万?元)?$/.test(td.text().replace(/\s+/g, ''));
const isBlank = (td: Td) => td.text().replace(/[\s\u00a0]+/g, '') === '';

/** Each text node of the element (its own, not a nested table's) that shows something, replaced by `html(text)`. */
export function rewriteTexts($: CheerioAPI, element: Td, html: (text: string) => string): void {
  element.find('*').addBack().contents().each((_, node) => {
    if (node.type !== 'text' || !/\S/.test(node.data.replace(/\u00a0/g, ''))) return;
    $(node).replaceWith(html(node.data));
  });
}

export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// --- The table model: each row's cells with the column each starts in, as the HTML table model places them.

interface Placed { td: Element; row: number; col: number; rowspan: number }

function placed($: CheerioAPI, table: Td): { rows: Element[]; cells: Placed[] } {
  const rows = table.find('tr').toArray();
  const taken: boolean[][] = rows.map(() => []);
  const cells: Placed[] = [];
  rows.forEach((tr, r) => {
    let col = 0;
    $(tr).children('td, th').each((_, td) => {
      while (taken[r]![col]) col++;
      const rowspan = Math.min(Number($(td).attr('rowspan') ?? 1) || 1, rows.length - r), colspan = Number($(td).attr('colspan') ?? 1) || 1;
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken[r + dr]![col + dc] = true;
      cells.push({ td, row: r, col, rowspan });
      col += colspan;
    });
  });
  return { rows, cells };
}

/** The rows' contents from cells placed by row and column (their markup as given), left to right. */
function rowContents(count: number, cells: { row: number; col: number; html: string }[]): string[] {
  return Array.from({ length: count }, (_, r) => cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col).map((c) => c.html).join(''));
}

/**
 * Every row-spanning cell taken apart into a cell per row, as an editor that unmerges leaves it: the first
 * keeps the cell, each row after it gets `rest(cell)`.
 */
function unmergeRows(page: string, rest: (td: Td) => string): string {
  return onTables(page, (table, $) => {
    const { rows, cells } = placed($, table);
    const out = cells.flatMap((c) => {
      const td = $(c.td);
      if (c.rowspan < 2) return [{ row: c.row, col: c.col, html: $.html(c.td) }];
      td.removeAttr('rowspan');
      const next = rest(td);
      return [{ row: c.row, col: c.col, html: $.html(c.td) }, ...Array.from({ length: c.rowspan - 1 }, (_, k) => ({ row: c.row + 1 + k, col: c.col, html: next }))];
    });
    const contents = rowContents(rows.length, out);
    rows.forEach((tr, r) => { $(tr).html(contents[r]!); });
  });
}

const clone = (td: Td) => load('').html(td.clone()) ?? '';
const blankLike = (td: Td) => `<td${td.attr('colspan') ? ` colspan="${td.attr('colspan')}"` : ''}></td>`;

/** Every column-spanning cell taken apart into a cell per column, the first keeping it, the others `rest(cell)`. */
function unmergeColumns(page: string, rest: (td: Td) => string): string {
  return onCells(page, (td) => {
    const n = Number(td.attr('colspan') ?? 1);
    if (n < 2) return;
    td.removeAttr('colspan');
    td.after(rest(td).repeat(n - 1));
  });
}

/** The first row of a table that holds a figure: the rows above it are its header, which Word repeats after a page break. */
function firstFigureRow($: CheerioAPI, rows: Element[]): number {
  const k = rows.findIndex((tr) => $(tr).children('td, th').toArray().some((td) => isFigure($(td))));
  return k < 0 ? rows.length : k;
}

interface Cut {
  /** Where down the table's body: 0 after its first row of figures, 1 before its last row. */
  at: number;
  /** The part after the cut opens on the table's header rows again (Word's 重复标题行). */
  header: boolean;
  /** A cell spanning the cut holds its text again in the part after it (else it goes on blank there). */
  spannedText: boolean;
  /**
   * The row before the cut breaks across the pages: the part after opens on its long labels' ends over blank cells
   * (a PDF converter's `label ends`), on its figures under blank labels (Word's `figures`: the label filled its line on
   * one page, the figures stand on the next), or on both (`label ends and figures`).
   */
  rowBroken?: 'label ends' | 'figures' | 'label ends and figures';
}

/**
 * Each table of 8 rows or more cut in two at a page break, as converters of Word and PDF files write the parts:
 * two <table>s. A cell spanning the cut ends at it; the part after the cut opens its rows with the rest of it.
 */
function cutAtPageBreak(page: string, { at, header, spannedText, rowBroken }: Cut): string {
  const splitLabels = rowBroken === 'label ends' || rowBroken === 'label ends and figures', figuresAfter = rowBroken === 'figures' || rowBroken === 'label ends and figures';
  return onTables(page, (table, $) => {
    const { rows, cells } = placed($, table);
    const body = firstFigureRow($, rows);
    if (rows.length < 8 || body >= rows.length - 2) return;
    const cut = Math.min(rows.length - 1, body + Math.max(1, Math.round((rows.length - body) * at)));
    const broken = rowBroken ? 1 : 0; // the broken row's end, atop the part after the cut
    const after: { row: number; col: number; html: string }[] = [];
    for (const c of cells) {
      if (c.row >= cut) { after.push({ row: c.row - cut + broken, col: c.col, html: $.html(c.td) }); continue; }
      const end = c.row + c.rowspan;
      if (rowBroken && c.row === cut - 1 && end === cut) {
        const text = $(c.td).text().trim();
        if (figuresAfter && isFigure($(c.td))) {
          after.push({ row: 0, col: c.col, html: $.html(c.td) });
          $(c.td).empty();
          continue;
        }
        const long = splitLabels && !isFigure($(c.td)) && text.length >= 6;
        const tail = $(c.td).clone().html(long ? `<p>${escape(text.slice(Math.ceil(text.length / 2)))}</p>` : '');
        if (long) $(c.td).html(`<p>${escape(text.slice(0, Math.ceil(text.length / 2)))}</p>`);
        after.push({ row: 0, col: c.col, html: $.html(tail) });
        continue;
      }
      if (end + broken <= cut) continue;
      const td = $(c.td).clone();
      if (!spannedText) td.empty();
      td.attr('rowspan', String(end - cut + broken));
      after.push({ row: 0, col: c.col, html: $.html(td) });
      $(c.td).attr('rowspan', String(cut - c.row));
    }
    const repeated = header ? rows.slice(0, body).map((tr) => $.html(tr)).join('') : '';
    const first = rows.slice(0, cut).map((tr) => $.html(tr)).join('');
    const second = rowContents(rows.length - cut + broken, after).map((cells) => `<tr>${cells}</tr>`).join('');
    table.replaceWith(`<table border="1"><tbody>${first}</tbody></table><p>（续表）</p><table border="1"><tbody>${repeated}${second}</tbody></table>`);
  });
}

// --- Word and WPS: "save as web page" (网页, 筛选过的网页).

const WORD_TABLE = { class: 'MsoNormalTable', border: '1', cellspacing: '0', cellpadding: '0', style: 'border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt' };
const WORD_CELL = { width: '64', valign: 'top', style: 'width:48.0pt;border:solid windowtext 1.0pt;border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt' };
const WORD_RUN = `style='font-size:10.5pt;font-family:宋体;mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman";mso-font-kerning:0pt'`;
const CJK_RUN = /([\u3000-\u9fff\uff00-\uffef]+)/;

/** Text as Word writes it: a run per script (Latin and digits in lang=EN-US, Chinese in 宋体). */
export function wordRuns(text: string): string {
  return text.split(CJK_RUN).filter((run) => run !== '')
    .map((run) => `<span${CJK_RUN.test(run) ? '' : ' lang=EN-US'} ${WORD_RUN}>${escape(run)}</span>`).join('');
}

/** Only the attributes named kept. */
function keepAttributes(element: Td, names: string[]): void {
  for (const name of Object.keys(element.attr() ?? {})) if (!names.includes(name)) element.removeAttr(name);
}

/** What Word writes in a page's <head>: its document settings in a conditional comment, its styles in a comment. */
export const WORD_HEAD = '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/></w:WordDocument></xml><![endif]--><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify; font-size:10.5pt;} --></style>';

function wordPage(page: string): string {
  const $ = load(page);
  $('head').append(WORD_HEAD);
  $('table').each((_, element) => {
    const table = $(element);
    keepAttributes(table, []);
    table.attr(WORD_TABLE);
    table.find('tr').each((r, tr) => { $(tr).attr('style', `mso-yfti-irow:${r};height:15.6pt`); });
    table.find('td, th').each((_, cell) => {
      const td = $(cell);
      keepAttributes(td, ['colspan', 'rowspan']);
      td.attr(WORD_CELL);
      if (isBlank(td)) {
        td.html(`<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US ${WORD_RUN}><o:p>&nbsp;</o:p></span></p>`);
        return;
      }
      if (!td.children('p').length) td.html(`<p>${td.html()}</p>`);
      td.children('p').each((_, p) => {
        rewriteTexts($, $(p), wordRuns);
        keepAttributes($(p), []);
        $(p).attr({ class: 'MsoNormal', align: 'center', style: 'text-align:center;mso-pagination:widow-orphan' });
        const last = $(p).find('span').last();
        (last.length ? last : $(p)).append('<o:p></o:p>');
      });
    });
    table.wrap('<div align=center></div>');
    table.parent().after('<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>');
  });
  // Word's attributes as it writes them: unquoted where they need no quotes, styles in single quotes.
  return $.html().replace(/ ([\w:-]+)="([\w.%-]+)"/g, ' $1=$2').replace(/ style="([^"']*)"/g, " style='$1'");
}

// --- Excel: "save as web page".

function excelPage(page: string): string {
  return onTables(page, (table, $) => {
    table.attr('x:str', '').attr('style', "border-collapse:collapse;table-layout:fixed;width:540pt").removeAttr('width');
    const width = Math.max(...table.find('tr').toArray().map((tr) => $(tr).children().toArray().reduce((n, td) => n + Number($(td).attr('colspan') ?? 1), 0)));
    table.prepend(`<col width=72 style='mso-width-source:userset;width:54pt'>${`<col width=60 span=${width - 1} style='width:45pt'>`}`);
    table.find('tr').attr('height', '19').attr('style', "height:14.25pt");
    table.find('td, th').each((_, cell) => {
      const td = $(cell);
      if (isFigure(td)) {
        // Excel's number format groups by thousands: it stores the number (x:num) and shows the grouping.
        const text = td.text().trim();
        const shown = text.replace(/(?<![.\d])\d{4,}/, (d) => Number(d).toLocaleString('en'));
        td.attr('class', 'xl67').attr('x:num', shown === text ? '' : text.replace(/[^\d.]/g, '')).attr('align', 'right').text(shown);
      } else td.attr('class', 'xl66').attr('x:str', '').text(td.text().replace(/\s+/g, ' ').trim());
    });
  }).replace(/ x:num=""/g, ' x:num').replace(/ x:str=""/g, ' x:str');
}

// --- The variants.

const eachCharacterIn = (open: string, close: string) => (page: string) => onCells(page, (td, $) => {
  rewriteTexts($, td, (text) => [...text].map((ch) => (/\s/.test(ch) ? ch : `${open}${escape(ch)}${close}`)).join(''));
});

const aroundFigures = (before: string, after: string) => (page: string) => onCells(page, (td, $) => {
  if (isFigure(td)) rewriteTexts($, td, (text) => `${before}${escape(text)}${after}`);
});

const inLabels = (change: (label: string) => string) => (page: string) => onCells(page, (td, $) => {
  if (!isFigure(td) && !isBlank(td)) rewriteTexts($, td, (text) => escape(change(text)));
});

/** Figures of four digits and more written with a thousands separator (82,577,588). */
const grouped = (separator: string) => (page: string) => onCells(page, (td, $) => {
  if (isFigure(td)) rewriteTexts($, td, (text) => text.replace(/(?<![.\d])\d{4,}/g, (d) => Number(d).toLocaleString('en').replace(/,/g, separator)));
});

const wrapTables = (open: string, close: string) => (page: string) => onTables(page, (table) => { table.wrap(`${open}${close}`); });

export const VARIANTS: Variant[] = [
  { name: 'Word "save as web page"', seen: 'reports pasted from Word or saved from it (MsoNormal, mso-* styles, <o:p>, conditional comments, unquoted attributes)', rewrite: wordPage },
  {
    name: 'Word line breaks at a cell\'s end', seen: 'Word writes a paragraph\'s line break so: <br style=\'mso-special-character:line-break\'><![if !supportLineBreakNewLine]><br><![endif]>',
    rewrite: (page) => onCells(page, (td) => { if (!isBlank(td)) (td.children('p').last().length ? td.children('p').last() : td).append("<br style='mso-special-character:line-break'><![if !supportLineBreakNewLine]><br style='mso-special-character:line-break'><![endif]>"); }),
  },
  { name: 'Excel "save as web page"', seen: 'tables made in Excel: x:num, x:str, class=xl67, <col>, figures grouped by thousands', rewrite: excelPage, notes: ['figure/noise-removed'] },
  { name: 'each character in a <span>', seen: 'WPS and online editors that set a font or size per character', rewrite: eachCharacterIn('<span style="font-size:14px">', '</span>') },
  { name: 'figures in <strong><font color>', seen: 'editors that bold the figures, older ones (FCKeditor, eWebEditor) with a <font>', rewrite: aroundFigures('<strong><font color="#000000">', '</font></strong>') },
  { name: 'labels with a footnote mark in <sup>', seen: 'labels a body footnotes (规章<sup>*</sup>)', rewrite: (page) => onCells(page, (td) => { if (/^(?:规章|行政许可|自然人|总计)$/.test(td.text().trim())) (td.children('p').last().length ? td.children('p').last() : td).append('<sup>*</sup>'); }) },
  { name: '&nbsp; around figures', seen: 'editors that pad cells with no-break spaces', rewrite: aroundFigures('&nbsp;', '&nbsp;') },
  { name: 'ideographic spaces around figures', seen: 'figures typed with full-width spaces (U+3000)', rewrite: aroundFigures('\u3000', '\u3000') },
  { name: 'zero-width spaces and BOMs in cells', seen: 'text copied from web editors and WeChat (U+200B, U+FEFF)', rewrite: (page) => onCells(page, (td, $) => { rewriteTexts($, td, (text) => `\ufeff${escape(text)}\u200b`); }) },
  {
    name: 'the source pretty-printed: newlines and tabs around cell text', seen: 'CMSs and formatters that indent the markup',
    rewrite: (page) => onCells(page, (td, $) => { rewriteTexts($, td, (text) => `\n\t\t\t${escape(text)}\n\t\t`); }),
  },
  { name: 'labels spaced with ideographic spaces between characters', seen: 'short labels spread to the cell\'s width by hand (总　计, 规　章)', rewrite: inLabels((label) => (label.trim().length <= 4 ? [...label.trim()].join('\u3000') : label)) },
  { name: 'labels spaced with &nbsp;', seen: 'Word\'s mso-spacerun spaces in labels', rewrite: inLabels((label) => label.replace(/^(.{2})(?=.{2})/u, '$1\u00a0\u00a0')) },
  { name: 'labels wrapped by the source\'s line breaks', seen: 'Word and WPS wrap source lines between Chinese characters', rewrite: inLabels((label) => label.replace(/^(.{3})(?=.{3})/u, '$1\r\n')) },
  {
    name: 'header and label cells as <th>', seen: 'hand-written and CMS tables',
    rewrite: (page) => onCells(page, (td, $) => { if (!isFigure(td) && !isBlank(td) && td.is('td')) td.replaceWith($('<th></th>').attr(td.attr() ?? {}).html(td.html() ?? '')); }),
  },
  {
    name: '<thead>, <tbody> and <tfoot>', seen: 'CMS editors (TinyMCE, CKEditor) that set the header rows in <thead> and the last row in <tfoot>',
    rewrite: (page) => onTables(page, (table, $) => {
      const rows = table.find('tr').toArray();
      const body = firstFigureRow($, rows);
      if (body === 0 || body >= rows.length - 1) return;
      table.html(`<thead>${rows.slice(0, body).map((tr) => $.html(tr)).join('')}</thead><tbody>${rows.slice(body, -1).map((tr) => $.html(tr)).join('')}</tbody><tfoot>${$.html(rows.at(-1)!)}</tfoot>`);
    }),
  },
  {
    name: 'row spans taken apart, the label repeated on every row', seen: 'reports generated from a database, and editors that unmerge and fill',
    rewrite: (page) => unmergeRows(page, clone),
  },
  { name: 'row spans taken apart, blank cells below the label', seen: 'editors that unmerge (Word\'s 拆分单元格 leaves the text in the first)', rewrite: (page) => unmergeRows(page, blankLike) },
  { name: 'column spans taken apart, the label repeated in every column', seen: 'reports generated from a database, Excel\'s unmerge and fill', rewrite: (page) => unmergeColumns(page, clone) },
  // Copied through an editor that drops merges: the cells the merge covered are gone, the row's others move left. The header
  // no longer stands over its columns, which the notes say.
  {
    name: 'row spans lost, the rows below moved left', seen: 'tables pasted through editors that drop merges (qionghai-yjz-2022\'s header)',
    rewrite: (page) => page.replace(/ rowspan="\d+"/g, ''), notes: ['recognition/label-by-position'],
  },
  { name: 'column spans lost, the cells after moved left', seen: 'the same, of column spans', rewrite: (page) => page.replace(/ colspan="\d+"/g, ''), notes: ['recognition/label-by-position'] },
  {
    name: 'span attributes as sloppy markup writes them', seen: 'colspan="2 ", unquoted, in capitals, with width and height, display:table-cell',
    rewrite: (page) => onCells(page, (td) => { td.attr('width', '12%').attr('height', '24').attr('style', `display:table-cell;${td.attr('style') ?? ''}`); })
      .replace(/ colspan="(\d+)"/g, ' colspan="$1 "').replace(/ rowspan="(\d+)"/g, ' ROWSPAN=$1'),
  },
  { name: 'the table in <div style="overflow-x:auto">', seen: 'responsive portal templates', rewrite: wrapTables('<div class="table-wrap" style="overflow-x:auto;width:100%">', '</div>') },
  { name: 'the table in <center>', seen: 'older portals and FrontPage', rewrite: wrapTables('<center>', '</center>') },
  {
    name: 'WeChat editor: the table in <section>s, each cell\'s text in <section><span leaf>', seen: 'reports published from WeChat editors (135editor, 秀米)',
    rewrite: (page) => onCells(wrapTables('<section style="margin:0 8px;overflow-x:auto"><section style="display:inline-block;width:100%">', '</section></section>')(page), (td, $) => {
      rewriteTexts($, td, (text) => `<section style="text-align:center;line-height:1.75em"><span leaf="" style="font-size:14px">${escape(text)}</span></section>`);
    }),
  },
  { name: 'figures grouped by thousands (82,577,588)', seen: 'figures typed or formatted with separators', rewrite: grouped(','), notes: ['figure/noise-removed'] },
  { name: 'figures grouped by full-width commas (82，577，588)', seen: 'figures typed with a Chinese input method', rewrite: grouped('，'), notes: ['figure/noise-removed'] },
  {
    name: 'figures of 表三 and 表四 with their unit (42件)', seen: 'tables whose cells carry the unit the header names',
    rewrite: (page) => onTables(page, (table, $) => { if (/申请人情况|结果维持/.test(table.text())) table.find('td, th').each((_, td) => { if (isFigure($(td))) rewriteTexts($, $(td), (t) => `${escape(t.trim())}件`); }); }),
    notes: ['figure/noise-removed'],
  },
  { name: 'full-width digits', seen: 'figures typed with a Chinese input method in full-width mode', rewrite: (page) => onCells(page, (td, $) => { if (isFigure(td)) rewriteTexts($, td, (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))); }) },
  { name: 'blank cells written <br>', seen: 'UEditor and KindEditor fill an empty cell with <br>', rewrite: (page) => onCells(page, (td) => { if (isBlank(td)) td.html('<br/>'); }) },
  {
    name: 'a blank row between the header and the figures', seen: 'an empty row left in a Word table',
    rewrite: (page) => onTables(page, (table, $) => {
      const rows = table.find('tr').toArray();
      const first = rows[firstFigureRow($, rows)];
      // As Word inserts a row: the cells of the row below, their widths kept, empty.
      if (first) $(first).before(`<tr>${$(first).children().toArray().map((td) => `<td${$(td).attr('colspan') ? ` colspan="${$(td).attr('colspan')}"` : ''}>&nbsp;</td>`).join('')}</tr>`);
    }),
  },
  { name: 'an empty paragraph above each cell\'s text', seen: 'Word cells centred by hand with an empty paragraph', rewrite: (page) => onCells(page, (td) => { if (!isBlank(td)) td.prepend('<p>&nbsp;</p>'); }) },
  {
    name: 'hidden characters in cells (display:none)', seen: 'mirror and aggregator sites that salt copied text',
    rewrite: (page) => onCells(page, (td, $) => { rewriteTexts($, td, (text) => `${escape(text)}<span style="display:none">wz</span>`); }),
  },
  { name: 'long labels broken by <br>', seen: 'narrow label columns broken by hand', rewrite: (page) => onCells(page, (td, $) => { if (!isFigure(td)) rewriteTexts($, td, (text) => (text.trim().length > 6 ? escape(text.trim()).replace(/^(.{4})/u, '$1<br>') : escape(text))); }) },
  {
    name: 'Word list numbering in labels', seen: 'Word cells numbered by its list feature: <![if !supportLists]>（一）<span style=\'font:7.0pt\'>&nbsp;</span><![endif]>',
    rewrite: (page) => onCells(page, (td, $) => {
      rewriteTexts($, td, (text) => {
        const numbered = /^(\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}\.))(.*)$/su.exec(text);
        return numbered ? `<![if !supportLists]><span style='mso-list:Ignore'>${escape(numbered[1]!)}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;\n</span></span><![endif]>${escape(numbered[2]!)}` : escape(text);
      });
    }),
  },
  {
    name: 'short header cells set a character a line', seen: 'narrow columns of 表三 and 表四 (自<br>然<br>人, 结<br>果<br>维<br>持)',
    rewrite: (page) => onCells(page, (td, $) => { if (!isFigure(td)) rewriteTexts($, td, (text) => (text.trim().length >= 2 && text.trim().length <= 6 ? [...text.trim()].map(escape).join('<br>') : escape(text))); }),
  },
  {
    name: 'old hand-written HTML: tags in capitals, cells and rows not closed', seen: 'pages from the FrontPage era and their copies',
    rewrite: (page) => page.replace(/<\/t[dhr]>/g, '').replace(/<(\/?)(table|tbody|tr|td|th)\b/g, (_, slash: string, tag: string) => `<${slash}${tag.toUpperCase()}`),
  },
  { name: 'a caption of the unit', seen: 'tables captioned 单位：件', rewrite: (page) => onTables(page, (table) => { table.prepend('<caption align="right">单位：件</caption>'); }) },
  {
    name: 'labels linked to their lists', seen: 'portals that link 规章 or 行政许可 to the column listing them',
    rewrite: (page) => onCells(page, (td, $) => { if (!isFigure(td) && !isBlank(td)) rewriteTexts($, td, (text) => `<a href="/zwgk/list.html" target="_blank">${escape(text)}</a>`); }),
  },
  {
    name: 'a blank row after the last', seen: 'editors leave the empty row an author added at the table\'s end',
    rewrite: (page) => onTables(page, (table) => { const last = table.find('tr').last(); last.after(`<tr>${'<td>&nbsp;</td>'.repeat(last.children().length)}</tr>`); }),
  },
  // A page break anywhere: after the first row of figures (0), a third, half or two thirds of the way down, before the last row (1).
  ...[0, 1 / 3, 1 / 2, 2 / 3, 1].flatMap((at): Variant[] => [
    at === 1 / 3 || at === 2 / 3
      ? { name: `cut ${at.toFixed(2)} of the way down, the header repeated, spans cut blank`, seen: 'Word and PDF converters at a page break (重复标题行)', rewrite: (page) => cutAtPageBreak(page, { at, header: true, spannedText: false }) }
      : { name: `cut ${at} of the way down, no header, spans cut holding their text again`, seen: 'PDF converters that repeat a cut cell\'s text', rewrite: (page) => cutAtPageBreak(page, { at, header: false, spannedText: true }) },
    {
      name: `cut ${at.toFixed(2)} of the way down through a row, its labels' ends atop the next part`, seen: 'PDF converters, and so Word\'s rows allowed to break across pages (允许跨页断行)',
      rewrite: (page) => cutAtPageBreak(page, { at, header: false, spannedText: false, rowBroken: 'label ends' }),
    },
    {
      name: `cut ${at.toFixed(2)} of the way down through a row, its figures atop the next part`, seen: 'Word\'s rows allowed to break across pages: a label that fills its page\'s last line, its figures on the next page',
      rewrite: (page) => cutAtPageBreak(page, { at, header: false, spannedText: false, rowBroken: 'figures' }),
    },
    {
      name: `cut ${at.toFixed(2)} of the way down through a row, its labels' ends and its figures atop the next part`, seen: 'Word\'s rows allowed to break across pages, the label\'s second line beside the figures',
      rewrite: (page) => cutAtPageBreak(page, { at, header: false, spannedText: false, rowBroken: 'label ends and figures' }),
    },
  ]),
];
