// Where a page that carries two reports, one after the other, starts the second: 范文 sites print two bodies'
// reports (or the same one twice) on one page, and each report's title, signature and period are its own.
import type { Warning } from '../schema.ts';
import { squeezed } from '../text/normalize.ts';
import { quote } from '../text/quote.ts';
import { yearIn } from './dates.ts';
import { reportIssuer } from './issuer.ts';
import { NAME_LINE } from './names.ts';
import { isProse, NO_LINKS } from './page-text.ts';
import { isPartHeading } from './sections.ts';
import { dateAlone } from './signature.ts';
import { isTitleLine, PRESENTS } from './title.ts';

// A report's text before another's title: a few paragraphs and part headings (二、主动公开政府信息情况), which
// no notice that introduces its report (关于印发…年度报告的通知) has; then its 落款's date, which ends it.
const TEXT_BEFORE = 3;
const PARTS_BEFORE = 2;
// A report's six parts (一、总体情况 … 六、其他需要报告的事项) end it where it has no 落款 (its date above it, as
// 上海市人民政府办公厅 prints its reports): a title after them may be the next report's.
const PARTS_OF_REPORT = 6;
// How far under its title a report's text begins (its date line, a 来源 between).
const TEXT_UNDER = 3;
// How a report's text opens: its preamble (本报告…, 根据《条例》…, 现将…), its 统计期限, or its first part (一、总体情况).
// A running header's next line (四、…, — 2 —), a caption's (the table's text) or an interpretation's (2021年，…) is none.
const OPENING = new RegExp(`^\\s*(?:本(?:年度)?报告|(?:根据|依据|按照|依照)《|${PRESENTS}|一\\s*[、.．]|第一部分)|统计期限`);
// A report's name that is no title of its own: quoted (《…》解读), or a link's under the article (上一篇：…, 附件：…).
const NAMED_ONLY = /[《》]|解读|图解|一图|上一篇|下一篇|相关|附件/;

/**
 * The body line where a second report's title stands: a line that reads like a report's title, not a link's
 * (a related list's) nor a quoted name, after a report's text, part headings and 落款 (or all six parts), with a report's opening
 * right under it; -1 where the page carries one report.
 */
export function secondReportAt(body: readonly string[], links: ReadonlySet<number> = NO_LINKS): number {
  let text = 0;
  let parts = 0;
  let signed = false;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (isProse(line)) text++;
    else if (isPartHeading(line)) parts++;
    else if (text < TEXT_BEFORE || parts < PARTS_BEFORE || links.has(i)) continue;
    else if (!signed && parts < PARTS_OF_REPORT) signed = signs(line);
    else if (isTitleLine(line.trim()) && !NAMED_ONLY.test(line) && opensUnder(body, i)) return i;
  }
  return -1;
}

// A 落款's date: alone, or after the body's name (截至2022年12月31日 is no 落款).
function signs(line: string): boolean {
  const own = dateAlone(line)?.own;
  return own !== undefined && (own === '' || NAME_LINE.test(own));
}

// The first paragraph or part heading under the title opens a report.
function opensUnder(body: readonly string[], title: number): boolean {
  for (let i = title + 1; i <= title + TEXT_UNDER && i < body.length; i++) if (isProse(body[i]!) || isPartHeading(body[i]!)) return OPENING.test(body[i]!);
  return false;
}

/**
 * The note for a page whose second report is another body's or another year's than the first, the report
 * read (the same report twice needs none): the second's figures are on the page, neither read nor checked.
 */
export function secondReportNote(title: string, year: number | null, issuer: string | null): Warning | null {
  const otherYear = yearIn(title);
  const otherIssuer = reportIssuer(title, [])?.value ?? null;
  const sameBody = (a: string, b: string) => a.includes(b) || b.includes(a);
  const otherBody = issuer !== null && otherIssuer !== null && !sameBody(squeezed(issuer), squeezed(otherIssuer));
  if (!otherBody && (year === null || otherYear === null || otherYear === year)) return null;
  return {
    rule: 'page/second-report', severity: 'warning',
    message: `页面在第一篇报告之后还登载了另一篇报告（${quote(title.trim())}）：标题、机关、年度、落款、统计期限、表格和文中数字只取第一篇，第二篇未读取、未核对`,
    cells: [], expected: null, actual: null,
  };
}
