// Heading and list numbers run 1, 2, 3 … under each parent heading, without gaps or repeats.
import type { Spot } from '../../document/page-text.ts';
import { barePartNumber, reportSections } from '../../document/sections.ts';
import { isGarbled } from '../../text/garbled.ts';
import { quote } from '../../text/quote.ts';
import { pageFinding, type Finding, type Rule } from '../types.ts';
import { inlineListSlips } from './inline-list.ts';
import { markersOf, markerText, type Marker } from './outline.ts';
import { parseChineseNumber, toChineseNumber } from './numerals.ts';
import { HAN } from '../../text/han.ts';

const show = (level: 1 | 2 | 3, n: number): string =>
  level === 1 ? `${toChineseNumber(n)}、` : level === 2 ? `（${toChineseNumber(n)}）` : `${n}.`;

/** “二、”, “二、”“三、”, “二、”至“五、”: the numbers a gap skips. */
function skippedText(level: 1 | 2 | 3, numbers: number[]): string {
  const shown = numbers.map((n) => quote(show(level, n)));
  return shown.length > 3 ? `${shown[0]}至${shown.at(-1)}` : shown.join('');
}

const CATALOGUE_CODE = /\d{3,}\s*$/;
// A heading's number with nothing after it: 二、 or (二) or 2. alone on its line.
const BARE_NUMBER = /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)]|\d+\s*[.．、])$/;

/**
 * Whether number k of the level runs on in one of the lines: a heading run into a paragraph after a sentence
 * (…报告如下：一、总体情况), or a sub-number after its heading's words on the heading's line (longgui-wujiang-2016:
 * "二、政府信息主动公开情况 （一）公开的主要内容：", then "（二）公开形式" on a line of its own).
 */
function runIn(lines: readonly string[], level: 1 | 2 | 3, k: number): boolean {
  const number = level === 1 ? `${toChineseNumber(k)}、` : level === 2 ? `[（(]\\s*${toChineseNumber(k)}\\s*[）)]` : `${k}[.．、](?![\\d０-９])`;
  const heading = new RegExp(`${level === 1 ? '[：:。；;]' : '[：:。；;\\s]'}\\s*${number}`);
  return lines.some((line) => heading.test(line));
}

/**
 * Whether a first sub-number k stands glued to the words of its heading's line, where the page lost the break between
 * them (05-pingtanqu-2016: "（四）重点领域信息公开情况1、行政权力清单公开情况…", then "2、财政资金信息公开情况" on a line
 * of its own); not an article's or an item's number (第1、2项).
 */
function gluedToHeading(line: string, level: 2 | 3, k: number): boolean {
  const number = level === 2 ? `[（(]\\s*${toChineseNumber(k)}\\s*[）)]` : `${k}[.．、](?![\\d０-９])`;
  return new RegExp(`[${HAN}](?<![第至和及或])${number}`, 'u').test(line);
}

/**
 * The page's only numbered heading, with nothing numbered under it, is no outline: a portal's
 * catalogue label above the text (xinghua-2010: "六、年度政府信息公开工作报告0600"). A lone (二)
 * under 一、 is the outline's, and its (一) is missing.
 */
function catalogueLabel(markers: (Marker | null)[], at: number, line: string): boolean {
  // A catalogue label carries the portal's code (…0600); a lone heading without one is the report's
  // (四、政府信息公开行政复议、行政诉讼情况, 三、依申请公开政府信息情况).
  if (markers[at]!.level !== 1 || !CATALOGUE_CODE.test(line) || markers.some((m, i) => i !== at && m?.level === 1 && m.number !== null)) return false;
  const next = markers.slice(at + 1).find((m) => m !== null);
  return !next || next.level === 1;
}

// A numbered line's heading or item: the line to the end of its first sentence (3.公开形式还不够便民。 of a paragraph).
const FIRST_SENTENCE = /\S[^。；;!！?？]*[。；;!！?？]?/;
function numbered(line: string, at: number): Spot {
  const m = FIRST_SENTENCE.exec(line);
  return { lines: 'body', line: at, start: m?.index ?? 0, end: m ? m.index + m[0].length : line.length };
}

/** A number of the outline: a line's own (`heading` null), or a part's heading run on inside a line, where it stands. */
interface Numbered { marker: Marker; at: number; heading: { text: string; spot: Spot } | null }

/**
 * The line markers in order, each line's followed by the part headings the section reader found run on inside it
 * (putian-hanjiang-wsj-2011-mirror: "…电话:6977729。 一、概述 2011年,… 三、政府信息主动公开情况 我局…" in one
 * paragraph): those alone, standard titles or numbered in turn, not every 二、 a sentence holds.
 */
function numbersOf(lines: readonly string[], markers: readonly (Marker | null)[]): Numbered[] {
  const runOn = reportSections(lines).flatMap(({ value, at: spot }) => {
    const number = parseChineseNumber(value.number);
    return spot !== null && number !== null && lines[spot.line]!.slice(0, spot.start).trim() !== ''
      ? [{ marker: { level: 1 as const, number }, at: spot.line, heading: { text: `${value.number}、${value.title}`, spot } }]
      : [];
  });
  return markers.flatMap((marker, at): Numbered[] => [...(marker ? [{ marker, at, heading: null }] : []), ...runOn.filter((s) => s.at === at)]);
}

export const numbering: Rule = {
  id: 'document/numbering',
  severity: 'warning',
  description: '标题、列表编号和段落中的“一是、二是”“1.…；2.…”连续，不跳号、不重号 (heading and list numbers, and a paragraph\'s 一是, 二是… or 1.…；2.…, have no gaps or repeats)',
  rationale: {
    zh: '重号、跳号往往说明复制粘贴时多贴或漏贴了一段（如一段内容重复出现），值得核对原文；重号之后紧接着跳过一号的（“（二）（二）（四）”，“一、一、三、”），是后一个编号写错，只说一条，指出它应为“（三）”；编号单独占一行、标题在下一行的，引用时连同标题。标题丢了编号只是排版问题，作提示。列表编号丢了顿号或点的（“1、…2依申请公开情况…3、”），编号还在，也只作提示。编号的层次按页面自己的用法：一般"（一）"下列"1."，也有页面"1."下列"（一）"的，"（三）"之后的"2."接着"1."。页面上唯一的一级编号、其下又没有小标题的（如网站栏目名"六、年度政府信息公开工作报告0600"）不是报告的提纲，不算跳号；接在段落里的标题（"…报告如下：一、总体情况"）也算编号出现过。整篇写成一段、各部分标题接连写在段中的（“…电话:6977729。 一、概述 … 三、政府信息主动公开情况 …”），段中认出的部分标题也按顺序核对。两个编号之间嵌有框架（本站另一页面）的，中间几部分可能就在框架里，不算跳号；中间夹有镜像站转错编码而成的乱码的，缺的标题可能就在乱码里，也不算（见 provenance/garbled-text）。报告分页发布、本页不是第一页的，开头的编号接着前一页，不从一起算（见 document/paginated）。段落中逐条列举的“一是、二是、三是”或“1.…；2.…”也应连续（“一是…三是…”缺了“二是”，“…12.…；14.…”缺了“13.”），每段只说第一处；不是从“一是”开始的一段可能接着上一段列举，不核对。引号、括号里的“一是、二是”（“做到‘一是…，二是…’”）是另一层意思，不算；一项之中又从“一是”列起的（“三是强化监督，具体为：一是…，二是…；四是…”），之后接着外层的编号；句号之后又从“一是”列起的是另一组列举。',
    en: 'A repeated or skipped number often shows a passage pasted twice or left out in copying (the same passage appearing twice, say): worth checking against the original; a repeat followed at once by a gap of one ((二) (二) (四); 一、 一、 三、) is the second number written wrong, said once, naming the number it should be ((三)); a number set on a line of its own, its title on the next, is quoted with the title. A heading that lost its number is only a matter of layout: info. So is a list number that lost its 、 or . (1、… 2依申请公开情况 … 3、): the number is there. The levels of numbering follow the page\'s own use: usually 1. under （一）, but some pages put （一） under 1., and then a 2. after （三） goes on from the 1. before it. A page\'s only top-level number with no subheadings under it (such as the portal column name 六、年度政府信息公开工作报告0600) is no outline of the report, and leaves no gap; a heading run into a paragraph (…报告如下：一、总体情况, “…reports as follows: 1. Overview”) counts as the number having appeared. Where a whole report runs on in one paragraph, the part headings read inside it (…电话:6977729。 一、概述 … 三、政府信息主动公开情况 …) are checked in turn too. Where a frame (another page of the site) is embedded between two numbers, the parts between may be in the frame: no gap; where text garbled by a mirror\'s wrong decoding lies between them, the missing headings may be in it: no gap either (see provenance/garbled-text). Where the portal splits the report over several pages and this page is not the first, its numbering goes on from the page before, and is not counted from 一 (see document/paginated). The points a paragraph counts off (一是, 二是, 三是: firstly, secondly, thirdly; or 1.…；2.…) run on too (一是…三是 lacks 二是, …12.…；14.… lacks 13.), the first slip of each paragraph said; a paragraph whose points do not start at 一是 may go on from the paragraph before, and is not checked. Points in quotes or brackets (做到“一是…，二是…”, “so as to, firstly…, secondly…”) say something else, and are not counted; a point that counts off points of its own from 一是 (三是强化监督，具体为：一是…，二是…；四是…, “thirdly, stronger supervision, namely: firstly…, secondly…; fourthly…”) is followed by the outer list\'s next number; 一是 after a sentence\'s end starts another list.',
  },
  example: {
    passes: {
      zh: '三、存在问题 1.… 2.… 3.… 四、下步工作打算 1.…',
      en: '三、存在问题 1.… 2.… 3.… 四、下步工作打算 1.… (3. Problems, points 1 to 3; 4. Plans, point 1…).',
    },
    fails: {
      zh: '三、存在问题 1.… 2.… 3.… 3.… 4.… — "3."出现两次。',
      en: '三、存在问题 1.… 2.… 3.… 3.… 4.… — the number 3. appears twice.',
    },
  },
  check(_report, ctx) {
    const findings: Finding[] = [];
    const last: (number | undefined)[] = [];
    // Where the last marker of each level stood: a top-level heading run into a paragraph between it and
    // the next (…报告如下：一、总体情况) is no gap; one in an earlier line listing the parts is.
    const lastAt: number[] = [];
    // Where a list restarted at 1 on a level, the number it had reached: a list nested at its parent's level
    // ((一)概述 (一)…(四) (二)公开政府信息情况, sn-weiyang-daminggong-2020) hands back to the parent's next number.
    const interrupted: (number | undefined)[] = [];
    // …and the heading that restarted it, where a second 一 may be the 二 written wrong.
    const restartedBy: ({ spot: Spot; text: string } | undefined)[] = [];
    const markers = markersOf(ctx.lines);
    // The kinds of number open, outermost first: the page's own order of levels. 一、 numbers the parts (read or
    // not, the outermost); under them (一) usually holds 1., but a page may set 1. over (一) (bj-dongcheng-cgw-2019:
    // 1.主动公开情况 (一)… (三) 2.依申请公开): a kind nests where the page first uses it, and goes on where it is used again.
    const open: Marker['level'][] = [1];
    const depthOf = (kind: Marker['level']): number => {
      const at = open.indexOf(kind);
      if (at >= 0) open.length = at;
      open.push(kind);
      return open.length;
    };
    // A later page of a paginated report (or its pages read from a later one on) goes on from the page before: its first numbers need not be 一 or 1.
    const continues = ctx.pagination !== null && (ctx.pagination.joined?.read[0] ?? ctx.pagination.page) !== 1;
    // A note on the numbering is about a heading or item: its words.
    const note = (spot: Spot, severity: Finding['severity'], message: string) => findings.push(pageFinding(severity, message, [spot]));
    // A number set on a line of its own ("(二)", then "依申请公开" below it, as Word-pasted pages break them) is quoted with its title.
    const headingAt = (at: number): string => {
      const text = markerText(ctx.lines[at]!);
      const title = ctx.lines[at + 1];
      return BARE_NUMBER.test(text) && title !== undefined && !markers[at + 1] ? text + markerText(title) : text;
    };
    // The last repeat noted, while no number of its level or above has followed: (二)(二)(四) is one slip, the second (二) meant for (三).
    let repeat: { depth: number; n: number; finding: number; spot: Spot; text: string } | null = null;
    // The last part numbered (or noted as having lost its number) and its line.
    let lastPart = null as { n: number; at: number } | null;
    numbersOf(ctx.lines, markers).forEach(({ marker, at, heading }) => {
      const opening = last[1] === undefined;
      const line = ctx.lines[at]!;
      const { level } = marker;
      const here = heading?.spot ?? numbered(line, at);
      const text = heading?.text ?? headingAt(at);
      const depth = depthOf(level);
      const prev = last[depth];
      const repeated = repeat !== null && repeat.depth === depth ? repeat : null;
      if (repeat !== null && depth <= repeat.depth) repeat = null;
      const since = (lastAt[depth] ?? -1) + 1;
      last.length = depth; // a heading starts its sub-lists afresh
      interrupted.length = depth + 1;
      restartedBy.length = depth + 1;
      lastAt.length = depth;
      lastAt[depth] = at;
      const expected = (prev ?? 0) + 1;
      if (depth === 1) lastPart = { n: marker.number ?? expected, at };
      if (marker.number === null) {
        note(here, 'info', `标题${quote(markerText(line))}缺少编号，按顺序应为${quote(show(1, expected))}`);
        last[depth] = expected;
        return;
      }
      const n = marker.number;
      last[depth] = n;
      if (n === expected) return;
      if (n === 1 && prev !== undefined) { // a new list
        interrupted[depth] = prev;
        restartedBy[depth] = { spot: here, text };
        return;
      }
      if (n === (interrupted[depth] ?? NaN) + 1) { // the list the new one interrupted goes on
        interrupted[depth] = undefined;
        return;
      }
      if (prev !== undefined && n <= prev) {
        note(here, 'warning', `编号${quote(show(level, n))}重复出现（前一项已是${quote(show(level, prev))}）：${quote(text)}，可能多贴了一段`);
        repeat = { depth, n, finding: findings.length - 1, spot: here, text };
        return;
      }
      // 一 twice, then 三 (一、总体情况 一、主动公开政府信息情况 三、…, xian-lintong-kfq-2021): no new list of one, but the 二
      // written wrong, as (二)(二)(四) is.
      const restart = restartedBy[depth];
      if (restart !== undefined && prev === 1 && interrupted[depth] === 1 && n === 3) {
        findings.push(pageFinding('warning', `编号${quote(show(level, 1))}用了两次，其后是${quote(show(level, 3))}：后一个${quote(restart.text)}应为${quote(show(level, 2))}`, [restart.spot]));
        return;
      }
      if (repeated !== null && prev === repeated.n && n === prev + 2) {
        findings[repeated.finding] = pageFinding('warning', `编号${quote(show(level, prev))}用了两次，其后是${quote(show(level, n))}：后一个${quote(repeated.text)}应为${quote(show(level, prev + 1))}`, [repeated.spot]);
        return;
      }
      // A frame between the two shows another page of the site, which may hold the parts between (三、四 with their tables);
      // text a mirror garbled there may have been their headings (?。ㄒ唬┲鲃 was （一）主动…, gz-dongsha-2024-mirror).
      if (ctx.frames.some((before) => before >= since && before <= at) || ctx.lines.slice(since, at).some(isGarbled)) return;
      // A first sub-number may run on from its heading's own line; the next headings may run on from the last one's line,
      // where a page lost its breaks (wenmiao-2011: "二、主动公开政府信息情况 (一)…的需要。 三、依申请公开政府信息情况 目前，暂无…。 四、…").
      const from = prev !== undefined ? since - 1 : level === 1 ? since : lastAt[depth - 1] ?? since;
      // …and a heading run on in a line, from what its line holds before it.
      const between = heading ? [...ctx.lines.slice(from, at), line.slice(0, heading.spot.start)] : ctx.lines.slice(from, at);
      const skipped = Array.from({ length: n - expected }, (_, i) => expected + i)
        .filter((k) => !runIn(between, level, k) && !(prev === undefined && level !== 1 && gluedToHeading(ctx.lines[from]!, level, k)));
      if (skipped.length === 0 || (prev === undefined && (catalogueLabel(markers, at, line) || (opening && continues)))) return;
      // The parts skipped stand there as bare titles (总体情况 as a list item, 一、 the list's marker, then 二、主动公开情况:
      // anshun-zhenning-2019): each lost its number, no part is missing. A title the outline numbers otherwise is no
      // skipped part's (主动公开政府信息情况 under 二、 as the caption of 表二, then 四、).
      const bare = level === 1 ? ctx.lines.slice(since, at).flatMap((l, k) => {
        const part = barePartNumber(l.trim());
        return part === null ? [] : [{ line: since + k, part }];
      }) : [];
      if (bare.length > 0 && bare.length === skipped.length && bare.every(({ part }, k) => part === skipped[k])) {
        bare.forEach(({ line, part }) => note(numbered(ctx.lines[line]!, line), 'info', `标题${quote(markerText(ctx.lines[line]!))}缺少编号，按顺序应为${quote(show(1, part))}`));
        return;
      }
      // A list number skipped may stand there having lost its 、 or . (2依申请公开情况 between 1、 and 3、: changsha-kaifu-zfb-2023):
      // the page lost a mark, not an item. Not a count a line opens with (2件, 2023年).
      const lostMark = level === 3 ? skipped.map((k) => ctx.lines.findIndex((l, i) => i >= since && i < at && new RegExp(`^\\s*${k}(?=[${HAN}])(?![年月日件条个项次名人位家份篇场期万元余])`, 'u').test(l))) : [];
      if (lostMark.length > 0 && lostMark.every((i) => i >= 0)) {
        lostMark.forEach((i, k) => note(numbered(ctx.lines[i]!, i), 'info', `编号${quote(String(skipped[k]))}后缺少顿号或点：${quote(markerText(ctx.lines[i]!))}，按顺序应为${quote(show(3, skipped[k]!))}`));
        return;
      }
      const head = prev === undefined
        ? `第一个编号就是${quote(show(level, n))}，前面缺少`
        : `编号从${quote(show(level, prev))}跳到${quote(show(level, n))}，缺少`;
      note(here, 'warning', `${head}${skippedText(level, skipped)}：${quote(text)}`);
    });
    // The part after the last one numbered may stand as a bare title too (五、存在的主要问题及改进情况 … 其它需要报告的事项,
    // tieling-2019): no number follows it to show the gap, so it is looked for after the last part. Where a part as
    // far on stands bare before it, the numbers are that part's items (存在的主要问题及改进情况 一、…五、), not parts.
    if (lastPart !== null) {
      const { n, at } = lastPart, next = n + 1;
      const itemsOfBarePart = ctx.lines.slice(0, at).some((l, k) => !markers[k] && (barePartNumber(l.trim()) ?? 0) >= n);
      const bare = itemsOfBarePart ? -1 : ctx.lines.findIndex((l, k) => k > at && !markers[k] && barePartNumber(l.trim()) === next);
      if (bare >= 0) note(numbered(ctx.lines[bare]!, bare), 'info', `标题${quote(markerText(ctx.lines[bare]!))}缺少编号，按顺序应为${quote(show(1, next))}`);
    }
    // The points a paragraph counts off (一是…二是…, 1.…；2.…) run on as well.
    for (const { spot, number, previous, skipped } of inlineListSlips(ctx.lines)) {
      const point = quote(ctx.lines[spot.line]!.slice(spot.start));
      findings.push(pageFinding('warning', skipped.length > 0
        ? `列举从${quote(previous)}跳到${quote(number)}，缺少${skipped.map((p) => quote(p)).join('')}：${point}`
        : `列举的${quote(number)}重复出现（前一项已是${quote(previous)}）：${point}`, [spot]));
    }
    return findings;
  },
};
