// The shape of a consistency rule. A rule reads the already-parsed report (never the page) and
// reports findings; the runner stamps each finding with the rule's id.
import type { School } from '../document/dates.ts';
import type { Language } from '../labels.ts';
import type { Spot } from '../document/page-text.ts';
import type { Pagination } from '../document/pagination.ts';
import type { NumberToken } from '../prose/numbers.ts';
import type { Report, Severity, Warning } from '../schema.ts';
import type { Format } from '../template/formats.ts';
import type { YearSummary } from '../years/summary.ts';

export interface RuleContext {
  url: string | null;
  /** Domains the user trusts as official besides gov.cn. */
  trustedDomains: string[];
  /** The report's title: the page's <title> (or ArticleTitle) where it names a report, else the heading that does. */
  title: string;
  /** Whether the report is a school's, as its title and `lines` say: read once with the title, as its year was read. */
  school: School;
  /** The body's name in the closing signature (落款) above its date, as printed; null where none is read. */
  signer: string | null;
  /** The line of `lines` on which the report's heading stands (document/page-text headingLine), -1 where none is found: its text starts under it. */
  headingLine: number;
  /** The line of `lines` on which the closing 落款's date stands (signedAt's): the report's text ends there. Null where no 落款 closes it (one under the heading is none). */
  signedLine: number | null;
  /** The body the portal's info grid names as publishing the page (发布机构：侯贯镇), as printed; null where none is read. */
  publisher: string | null;
  /** The report's text lines in order, as extracted (lines inside statistics tables excluded): where the page carries a second report after it, the first's alone. */
  lines: readonly string[];
  /** The page's text lines, `lines` and those of any report after it: what the page shows, for the rules on where it came from. */
  pageLines: readonly string[];
  /** Where the page shows a large image: for each, the number of `lines` before it (more than all of them in a report after the first: in none of its parts). */
  images: readonly number[];
  /** Where the page embeds a page of its own site (an iframe, its srcdoc, an object or embed of HTML): for each, the number of `lines` before it. */
  frames: readonly number[];
  /** Each 统计表 read (before 2019): its year's figure column's head as printed (2013年度, 年末统计) and all its head cells. */
  legacyHeads: readonly { value: string; all: readonly string[] }[];
  /** Where the page shows a table of figures (not one laying out the page), read or not: for each, the number of `lines` before it. */
  tables: readonly number[];
  /** Where the page links to an attached document (PDF, Word, WPS, Excel, OFD): for each, the number of `lines` before its link's line. */
  attachments: readonly number[];
  /** Which of `lines` are mostly a link's to another page (a list's item, a menu; a table published as a page or picture of its own). */
  links: ReadonlySet<number>;
  /** Standard tables the page shows (their section has rows) but whose layout could not be read. */
  unreadable: readonly ('activeDisclosure' | 'applications' | 'reviewLitigation')[];
  /** The format 表二's column headers name where it is printed without a figure, and so read as no table (recognize/active-disclosure.ts blankFormFormat); null otherwise. */
  blankForm: Format | null;
  /** Standard tables the page lays out as lines of text (document/text-table.ts) whose rows could not be read. */
  asText: readonly ('activeDisclosure' | 'applications' | 'reviewLitigation')[];
  /** The page is one page of an article the portal splits over several: the rest of the report is on the others. */
  pagination: Pagination | null;
  /** The report's tables were read from elements the page hides (a tab its script hid: the 文字版 under a 全真版 viewer). */
  hiddenTab: boolean;
  /** The counts the prose reader found in each of the report's proseFigures' texts (figure i's at i), where they stand in the text. */
  proseCounts: readonly (readonly NumberToken[])[];
  /** The cells read as about so many (约300: null) or unreadable (□: null), as `table:path`: a sum short of its total may be short by them. */
  approximate: ReadonlySet<string>;
}

/**
 * A warning before the runner names the rule that made it. `words`: where the page's lines (ctx.pageLines) print the
 * words it is about (an injected word, a notice's title, a heading), for the panel to show them; no part of the report.
 */
export type Finding = Omit<Warning, 'rule'> & { words?: readonly Spot[] };

/** A finding about the page or report as a whole, or about `words` of its text: no cell to mark, no figure to compare. */
export const pageFinding = (severity: Severity, message: string, words?: readonly Spot[]): Finding =>
  ({ severity, message, cells: [], expected: null, actual: null, ...(words?.length ? { words } : {}) });

/** Whether line `i` of `ctx.lines` is the report's own text: under its heading, down to its 落款, no link's (the portal's menus, banners and lists of news around it). */
export const inReportText = (ctx: RuleContext, i: number): boolean =>
  i > ctx.headingLine && (ctx.signedLine === null || i <= ctx.signedLine) && !ctx.links.has(i);

/** Where `length` characters from `start` of line `i` of `ctx.lines` stand on the page, for a finding's words: none where the page prints that line otherwise. */
export const reportWords = (ctx: RuleContext, i: number, start: number, length: number): Spot[] =>
  ctx.pageLines[i] === ctx.lines[i] ? [{ lines: 'body', line: i, start, end: start + length }] : [];

/** A text of the catalogue in Chinese, as the rule was written, and in English for the English panel. */
type Bilingual = Readonly<Record<Language, string>>;

/** What the catalogue (docs/rules.md, the panel's explanation of a finding's rule) says of a rule. */
export interface RuleInfo {
  /** `<area>/<name>`; the rule lives in lib/rules/<area>/<name>.ts. */
  id: string;
  /** The most severe finding it reports. */
  severity: Severity;
  /** What it requires, in Chinese with its English gloss in brackets at the end (summary.ts splits them). */
  description: string;
  /** Why it holds, and why its findings are of their severity. */
  rationale: Bilingual;
  example: { passes: Bilingual; fails: Bilingual };
}

export interface Rule extends RuleInfo {
  check(report: Report, ctx: RuleContext): Finding[];
}

/** Two reports of one issuer a year apart; `current` is the one being checked, whose cells the findings name. */
export interface YearPair {
  earlier: YearSummary;
  later: YearSummary;
  current: 'earlier' | 'later';
}

/** What a cross-year rule made of two reports: how many of its comparisons their figures allowed (0: it could check nothing), and the findings of those that failed. */
export interface YearCheck { compared: number; findings: Finding[] }

/** A rule over two years' reports of one issuer (lib/years/compare.ts pairs them). */
export interface YearRule extends RuleInfo {
  /** The form whose 表二 it reads, where one alone has its figures: it applies only to two reports whose 表二 are both in that form. */
  form?: YearSummary['format'];
  check(pair: YearPair): YearCheck;
}
