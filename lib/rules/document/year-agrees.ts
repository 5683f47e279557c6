// The reporting year is stated several times; an old report copied forward often keeps one old year.
import type { CellRef, ProseFigure } from '../../schema.ts';
import type { Finding, Rule } from '../types.ts';
import { yearsIn } from '../../document/dates.ts';
import { statedYear } from '../../document/year.ts';
import { figureTime } from '../../prose/topics.ts';
import { toHalfWidth } from '../../text/normalize.ts';
import { quote } from '../../text/quote.ts';
import { chineseDate, isSchoolYear, periodYear, yearOf } from './dates.ts';
import { OVERVIEW as OVERVIEW_WORDS } from './six-parts.ts';

const YEAR = /((?:19|20)\d{2})\s*年/g;

/** Counts each year named in the lines (an exec loop: the body can be long and this runs on every page). */
function countYears(lines: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of lines) {
    if (!line.includes('年')) continue;
    YEAR.lastIndex = 0;
    for (let m = YEAR.exec(line); m; m = YEAR.exec(line)) {
      const year = Number(m[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  return counts;
}

export const yearAgrees: Rule = {
  id: 'document/year-agrees',
  severity: 'error',
  description: '标题、统计期限与正文说的是同一个报告年度 (the title, the period and the body name the same year)',
  rationale: {
    zh: '照搬上年报告时最常见的疏漏是某处年份没改。标题与统计期限年份不同是自相矛盾；正文主要谈的是另一年份则可能整段沿用旧稿，只作警告；总体情况（或写作“概述”“基本情况”）开头（“2022年，我局…”）或报告开头（“结合2024年…工作实际，编制本报告”，“编制了《某镇2020年政府信息公开工作年度报告》”）给本年工作写的是另一年份，也可能是那句沿用了旧稿，同样只作警告；总体情况开头是报告说明、不写年份的，看其下第一点（“（一）主动公开情况。2022年度我乡…”）；写的年份比报告年度晚的，多半是统计期限等处沿用了上年报告、年份未改。正文为对比而提到上年（“与2022年相比”“2022年以来”）不算；总体情况开头先回顾上年（“2019年，在…政务公开评估中…被评为优秀单位。2020年，…”），下一句才写本年的，以下一句为准。某句以另一年份开头，所说的数却正是别处写给本年度的数（“2024年主动公开政府信息61条”，又有“2023年，在主动公开的61条政府信息中，…”），多半是那句照搬了上年报告、只改了数字，也只作警告；逐项列出的各类信息数加起来正是写给本年度的数（“2015年，我办主动公开政府信息的主要类别有：机构职能类信息15条，…其他信息9条”共130条，又有“2016年主动公开政府信息130条”）也是这样；10以下的数两年相同很常见，不算；那句同时写了本年度的数或说与上年持平的，或本年度那句（或紧接的一句）说与上年持平、相同的（“依申请公开件数与上一年度相同”），是两年的比较，也不算。',
    en: 'The most common slip in copying last year\'s report is a year left unchanged somewhere. A title and a reporting period of different years contradict each other; a text that speaks mainly of another year may reuse whole passages of an old draft: only a warning; an overview (总体情况, or 概述, 基本情况) that opens on the year\'s work under another year (2022年，我局…, “In 2022, this bureau…”), or a report that opens so (结合2024年…工作实际，编制本报告, “this report is drawn up in the light of the work of 2024…”; 编制了《某镇2020年政府信息公开工作年度报告》, “compiled the town\'s 2020 annual report”), may have that sentence from an old draft: likewise only a warning; where the overview opens on the report\'s preamble, with no year, its first point is read ((一)主动公开情况。2022年度我乡…, “(1) Proactive disclosure. In 2022 our township…”); a year later than the report\'s most likely says the period or title was left at last year\'s. The text naming the year before to compare with it (与2022年相比, “compared with 2022”; 2022年以来, “since 2022”) does not count; nor does an overview that looks back at the year before first (2019年，在…政务公开评估中…被评为优秀单位。2020年，…, “In 2019, in the evaluation of disclosure…, it was rated excellent. In 2020, …”): its next sentence, which gives the year\'s work, is read instead. A sentence opening with another year that gives a count the text gives elsewhere as the year\'s own (2024年主动公开政府信息61条, “61 items disclosed proactively in 2024”, and 2023年，在主动公开的61条政府信息中，…, “in 2023, of the 61 items disclosed proactively…”) most likely came over from last year\'s report with only its figures changed: a warning too, and so do kinds listed one by one that add up to the year\'s count (2015年，我办主动公开政府信息的主要类别有：机构职能类信息15条，…其他信息9条, 130 in all, beside 2016年主动公开政府信息130条); a count under 10 the same two years running is common and does not count, nor does a sentence that gives the report year\'s count beside it or says the two years are level (与上年持平), nor one whose count the report year\'s sentence, or the one right after it, says is level with the year before (依申请公开件数与上一年度相同, “as many applications as the year before”): a comparison.',
  },
  example: {
    passes: {
      zh: '标题"某县2021年政府信息公开工作年度报告"，统计期限2021年1月1日至12月31日，正文"2021年，我县…"。',
      en: 'Title 某县2021年政府信息公开工作年度报告 (a county\'s 2021 report), reporting period 1 January to 31 December 2021, text 2021年，我县… (“In 2021, our county…”).',
    },
    fails: {
      zh: '标题"某县2021年政府信息公开工作年度报告"，统计期限写成2020年1月1日至2020年12月31日。',
      en: 'Title 某县2021年政府信息公开工作年度报告 (a county\'s 2021 report), the reporting period written as 1 January 2020 to 31 December 2020.',
    },
  },
  check(report, ctx) {
    const { document } = report;
    // The title's years as its year is read: a 学年's two (2021—2022年度) are its first.
    const titleYears = [...new Set(yearsIn(ctx.title, ctx.school.is))];
    // Where each year is stated; put in words only for a finding. The title's year has no cell of its own: the
    // report's year is read from it and lit there (document.year's place), and the contract's `document` has no title.
    const claims: { where: () => string; year: number; cells: CellRef[] }[] = [];
    if (titleYears.length === 1) claims.push({ where: () => `标题为${titleYears[0]}年`, year: titleYears[0]!, cells: [] });
    // The year the text gives the report where it puts it forward (现将2022年度…报告如下): its own word, against a
    // 统计期限 left at last year's where the title names no year.
    const stated = statedYear(ctx.lines, ctx.school.is);
    if (stated) claims.push({ where: () => `正文自称${stated.value}年度报告`, year: stated.value, cells: [] });
    if (document.year !== null) claims.push({ where: () => `报告年度为${document.year}年`, year: document.year, cells: [{ table: 'document', path: 'year' }] });
    const { period } = document;
    const school = isSchoolYear(ctx.title, period, ctx.school);
    if (period) {
      // A 学年 is the year it starts in, or the one it ends in where the report names it so (the ministry's
      // 2022年高校信息公开年度报告 is of the 2021-2022学年).
      const named = school && document.year === yearOf(period.end);
      claims.push({
        where: () => `统计期限为${chineseDate(period.start)}至${chineseDate(period.end)}`,
        year: named ? document.year! : periodYear(period, school), cells: [{ table: 'document', path: 'period' }],
      });
    }
    const findings: Finding[] = [];
    if (new Set(claims.map((c) => c.year)).size > 1) {
      findings.push({
        severity: 'error',
        message: `报告年度前后不一：${claims.map((c) => c.where()).join('，')}`,
        cells: claims.flatMap((c) => c.cells), expected: claims[0]!.year, actual: claims.find((c) => c.year !== claims[0]!.year)!.year,
      });
    }
    const reportYear = claims[0]?.year;
    // A 学年 report names both its years: the ministry's notice and the period's end name the second.
    const own = reportYear === undefined ? [] : !school ? [reportYear] : period ? [yearOf(period.start), yearOf(period.end)] : [reportYear, reportYear + 1];
    const body = reportYear === undefined ? null : dominantOtherYear(ctx.lines, own);
    if (body) {
      findings.push({
        severity: 'warning',
        message: `正文中最常提到的是${body.year}年（${body.count}次），而${school ? '报告学年的' : '报告年度'}${[...new Set(own)].join('、')}年只提到${body.own}次，正文可能沿用了其他年度的报告`,
        cells: [], expected: reportYear!, actual: body.year,
      });
    }
    // Else the year the text gives the year's work in its own words, where that is another: one sentence copied over.
    const words = body || reportYear === undefined || school ? null : ownYearWords(ctx.lines).find((w) => w.year !== reportYear);
    if (words) {
      findings.push({
        severity: 'warning',
        // A later year is the year's work said anew, the year the report is given left at last year's (统计期限 copied over).
        message: `报告年度为${reportYear}年，但${words.where}写的是${words.year}年：${quote(words.text)}，${words.year > reportYear! ? `可能是报告年度所依据的年份（如统计期限）沿用了上一年的报告，未改` : '这句可能沿用了其他年度的报告'}`,
        cells: [], expected: reportYear!, actual: words.year,
      });
    }
    const restated = body || words || reportYear === undefined || school ? null : restatedUnderAnotherYear(report.proseFigures, reportYear, ctx.lines);
    if (restated) {
      const { stale, own, year, said, text } = restated;
      const g = report.proseFigures[own]!;
      findings.push({
        severity: 'warning',
        message: `报告年度为${reportYear}年，但${quote(text)}写的是${year}年，所说的${said.label}${said.value}${said.unit ?? ''}正是正文写给${reportYear}年的数字（${quoteDated(g, reportYear!)}）：这句可能沿用了其他年度的报告，年份未改`,
        cells: [{ table: 'proseFigures', path: `${stale}` }, { table: 'proseFigures', path: `${own}` }], expected: reportYear!, actual: year,
      });
    }
    return findings;
  },
};

// Where the text gives its year's work a year in its own words (reports name other years to compare: 与2022年相比, 较上年):
// the overview's first sentence opening with it (一、总体情况 / 2022年，于洪区教育局认真贯彻落实…, ln-yuhong-jyj-2023), not a
// span (2022年以来, 2022年至今) nor a month (2022年12月); and the preamble's what the report sums up (结合2024年东山街道政府
// 信息公开工作实际，编制发布本报告, sd-rongcheng-dongshan-2025; 在认真总结2020年…工作的基础上，编制了此报告), not a
// document it cites (根据《…2023年…通知》).
// The overview under any of its names (一、概述 / 2022年我单位共制作、获取政府信息总数84条 in a 2023 report, 36-hn-hengyang-xzsp-2023).
const OVERVIEW = new RegExp(`^\\s*(?:[一1]\\s*[、.．]\\s*)?(${OVERVIEW_WORDS.source})\\s*(.*)$`);
const OPENS_WITH_YEAR = /^((?:19|20)\d{2})\s*年度?(?![\d一二三四五六七八九十]|以来|至|到|底|末|初|上半年|下半年|前|起)[^。；;]*/;
const SUMS_UP = /(?:结合|总结)[^。；;《]{0,30}?((?:19|20)\d{2})\s*年度?[^。；;\d《]{0,40}?编制(?:发布)?了?(?:本|此)[^。；;，,]{0,16}?报告/;
// …or the report it says it compiled, by its title (我镇认真编制了《田黄镇2020年政府信息公开工作年度报告》。 in 2021's,
// sd-zoucheng-tianhuang-2021): a year report's own name, not a notice it follows (根据《关于做好2022年度…年度报告的通知》),
// the sentence ending on it; not last year's, told with its publishing or dated (2021年3月,我局编制了《…2020年…年度报告》
// 并按时公开, a 概述's account of the year's work).
const COMPILED = /编制(?:发布)?了?《[^《》]{0,30}?((?:19|20)\d{2})\s*年度?[^《》\d]{0,30}?年度报告》(?=\s*(?:[。；;]|$))/;
const DATED = /\d{1,2}\s*月[^。；;]*$/;

// The overview's first point, (一) and its title to a stop or colon, and the words run on after it; within a few lines of the overview's opening.
const FIRST_POINT = /^\s*\(\s*一\s*\)[^。:，,]{0,12}(?:[。:]|$)\s*(.*)$/;
const FIRST_POINT_WITHIN = 4;

/**
 * The year an opening gives the year's work (its text and the line after it, half-width): its first sentence's, or the
 * next sentence's where that names a later year. An opening that looks back (2019年,在…政务公开评估中,海关总署被评为优秀单位。
 * 2020年,海关总署…, customs-hq-2020: year N's evaluation comes out in N+1) gives the year's work there.
 */
function workYear(opening: string, nextLine: string): RegExpExecArray | null {
  const text = opening.trim();
  const m = OPENS_WITH_YEAR.exec(text);
  const next = m && OPENS_WITH_YEAR.exec(text.slice(m[0].length + 1).trim() || nextLine.trim());
  return next && Number(next[1]) > Number(m[1]) ? next : m;
}

/** The years the text gives its year's work in its own words: the overview's opening, the preamble's sentence on what the report sums up or the report it compiled. */
function ownYearWords(lines: readonly string[]): { year: number; where: string; text: string }[] {
  const found: { year: number; where: string; text: string }[] = [];
  const heading = lines.findIndex((line) => OVERVIEW.test(line));
  if (heading >= 0) {
    const [, name, rest] = OVERVIEW.exec(lines[heading]!)!;
    const inline = rest!.trim();
    const at = inline ? heading : heading + 1;
    const work = workYear(toHalfWidth(inline || (lines[at] ?? '')), toHalfWidth(lines[at + 1] ?? ''));
    if (work) found.push({ year: Number(work[1]), where: `${name}开头`, text: work[0] });
    // An overview opening on no year (the preamble set under it) gives the year's work where its first point does
    // ((一)主动公开情况。2022年度我乡共计主动公开信息77条 under a 统计期限 of 2021, zltq-byzlgx-2022), the line right under the
    // heading too ((一)主动公开情况。2023年，经开区… in a 2024 report, suining-jkq-2024).
    else {
      const from = heading + 1;
      const first = lines.slice(from, at + FIRST_POINT_WITHIN).findIndex((line) => FIRST_POINT.test(toHalfWidth(line)));
      const point = first < 0 ? null : FIRST_POINT.exec(toHalfWidth(lines[from + first]!))!;
      const runOn = point?.[1]!.trim();
      const said = point && (runOn
        ? workYear(runOn, toHalfWidth(lines[from + 1 + first] ?? ''))
        : workYear(toHalfWidth(lines[from + 1 + first] ?? ''), toHalfWidth(lines[from + 2 + first] ?? '')));
      if (said) found.push({ year: Number(said[1]), where: `${name}${quote(point[0].slice(0, point[0].length - point[1]!.length).replace(/[。：:\s]+$/, ''))}开头`, text: said[0] });
    }
  }
  for (const line of heading >= 0 ? lines.slice(0, heading) : lines.slice(0, 5)) {
    const text = toHalfWidth(line);
    const compiled = COMPILED.exec(text);
    const m = SUMS_UP.exec(text) ?? (compiled && !DATED.test(text.slice(0, compiled.index)) ? compiled : null);
    if (m) found.push({ year: Number(m[1]), where: '报告开头', text: m[0] });
  }
  return found;
}

// A count said in a sentence opening with another year that another sentence gives as the report year's own: the
// sentence came over from an older report with only its figures changed (czj-2024: 2024年主动公开政府信息61条 … 2023年，
// 在主动公开的61条政府信息中，…, the sentence of 2023's report with 2023 kept; czj-2025: 2025年主动公开政府信息53条 …
// 2024年制作、获取政府信息总数467条，其中主动公开政府信息53条, a part of its sentence's total). A count under 10 is no
// sign: the same few applications two years running are common; nor is one sentence giving both years (2023年61条，2024年61条).
// A sentence that sets the other year beside the report's (2023年主动公开政府信息61条，2024年…61条，与上年持平; …，今年与上年持平)
// says the two years' counts agree: no copy; so does the report year's sentence, or the one right after it (2025年,共接收到
// 依申请公开2件,…满意率100%。依申请公开件数与上一年度相同: lixia-ysjd-2025). Not 同比 or 与上年相比 under the other year: that
// compares it with the year before it, as last year's report did.
const COMPARES = /持平|今年|与(?:上一?年度?|去年|(?:19|20)\d{2}年度?)(?:基本)?(?:相同|一致)/;
const SENTENCE_AFTER = /^[。；;!！?？]?([^。；;!！?？]*)/;
/** Whether the figure's sentence, or the next in its line of the text, says its count is level with the year before. */
function saidLevel(figure: ProseFigure, lines: readonly string[]): boolean {
  if (COMPARES.test(figure.text)) return true;
  const text = toHalfWidth(figure.text);
  for (const raw of lines) {
    const line = toHalfWidth(raw);
    const at = line.indexOf(text);
    if (at >= 0) return COMPARES.test(SENTENCE_AFTER.exec(line.slice(at + text.length))![1]!);
  }
  return false;
}
/** A count the text states: a figure, or a part its sentence lists. */
type Count = ProseFigure['parts'][number];

function restatedUnderAnotherYear(figures: readonly ProseFigure[], year: number, lines: readonly string[]): { stale: string; own: number; year: number; said: Count; text: string } | null {
  for (const [i, f] of figures.entries()) {
    // The sentence opens with the other year, as the year's account does (not 完成2022年度…决算公开, a thing of that
    // year); a figure whose label the text words apart (在主动公开的61条政府信息中) is dated by that opening alone.
    const opening = OPENS_WITH_YEAR.exec(toHalfWidth(f.text));
    const time = opening ? Number(opening[1]) : year;
    const dated = figureTime(f);
    if (time === year || (dated !== null && dated !== time) || COMPARES.test(f.text) || f.text.includes(`${year}年`)) continue;
    const said: [string, Count][] = [[`${i}`, f], ...f.parts.map((part, k): [string, Count] => [`${i}.parts.${k}`, part])];
    for (const [stale, s] of said) {
      if (s.approximate || s.value < 10) continue;
      const own = figures.findIndex((g) => g.text !== f.text && g.label === s.label && g.value === s.value && g.unit === s.unit && figureTime(g) === year);
      if (own >= 0 && !saidLevel(figures[own]!, lines)) return { stale, own, year: time, said: s, text: f.text };
    }
    // The kinds the sentence lists one by one, added up to the year's own count (2015年，我办主动公开政府信息的主要类别有：
    // 机构职能类信息15条，…其他信息9条, 130 in all, in 平潭 管委会办公室's report for 2016 that gives 2016年主动公开政府信息130条).
    const listed = figures.filter((g) => g.text === f.text);
    if (listed[0] !== f || listed.length < 3 || listed.some((g) => g.approximate || g.unit !== f.unit)) continue;
    const sum = listed.reduce((total, g) => total + g.value, 0);
    const kinds = f.text.slice(0, f.text.indexOf(f.label)).match(/(?:主动公开|公开)[^，,。；;：:]*?(?:政府)?信息/)?.[0];
    const own = kinds ? figures.findIndex((g) => g.text !== f.text && g.unit === f.unit && g.value === sum && g.label.endsWith(kinds) && figureTime(g) === year) : -1;
    if (sum >= 10 && own >= 0 && !saidLevel(figures[own]!, lines)) return { stale: `${i}`, own, year: time, said: { label: `所列各类${kinds}合计`, value: sum, unit: f.unit, approximate: false }, text: f.text };
  }
  return null;
}

/** The figure's text quoted where the year dates its count (…，2024年主动公开政府信息61条). */
function quoteDated(figure: ProseFigure, year: number): string {
  const at = figure.text.indexOf(`${year}年`);
  const count = at < 0 ? -1 : figure.text.indexOf(`${figure.value}`, at);
  return quote(figure.text, count < 0 ? [] : [{ at, stop: count + `${figure.value}`.length }]);
}

/** A year the body names far more often than the report's years (`ownYears`: its year, or its 学年's two) together (at least 3 times, and twice as often). */
function dominantOtherYear(lines: readonly string[], ownYears: readonly number[]): { year: number; count: number; own: number } | null {
  const counts = countYears(lines);
  // The most named year (the first of them on a tie).
  let year = ownYears[0]!;
  let count = 0;
  for (const [y, n] of counts) {
    if (n > count) {
      year = y;
      count = n;
    }
  }
  const own = ownYears.reduce((sum, y) => sum + (counts.get(y) ?? 0), 0);
  return !ownYears.includes(year) && count >= 3 && count > 2 * own ? { year, count, own } : null;
}
