// A report can tell of nothing after it was written: a meeting held, or a count stopped, after the day it was signed and
// put out is a slip of the year or a text that came from a later report (a mirror's copy, a template filled in).
import { inReportText, pageFinding, reportWords, type Finding, type Rule } from '../types.ts';
import { chineseDate, periodEnd, shiftYears } from './dates.ts';

// The Party's congresses and the plenary sessions of each Central Committee, by the day each opened: reports cite them
// (深入学习贯彻党的二十大和二十届二中、三中全会精神). Only those held are listed: a later one is added when it is.
const CONGRESSES: Readonly<Record<string, string>> = {
  十六: '2002-11-08', 十七: '2007-10-15', 十八: '2012-11-08', 十九: '2017-10-18', 二十: '2022-10-16',
};
const PLENUMS: Readonly<Record<string, readonly string[]>> = {
  十七: ['2007-10-22', '2008-02-25', '2008-10-09', '2009-09-15', '2010-10-15', '2011-10-15', '2012-11-01'],
  十八: ['2012-11-15', '2013-02-26', '2013-11-09', '2014-10-20', '2015-10-26', '2016-10-24', '2017-10-11'],
  十九: ['2017-10-25', '2018-01-18', '2018-02-26', '2019-10-28', '2020-10-26', '2021-11-08', '2022-10-09'],
  二十: ['2022-10-23', '2023-02-26', '2024-07-15', '2025-10-20'],
};
const SESSION = '一二三四五六七';

// 党的二十大, 十九届四中全会, 二十届二中、三中全会 (one 届, several sessions), 二十届中央委员会第三次全体会议.
const MEETING = /(十[六七八九]|二十)(?:届(?:中央委员会)?((?:[一二三四五六七]中[、，和及与]?)+)全会|届(?:中央委员会)?第([一二三四五六七])次全体会议|次全国代表大会|(大))/g;
// A bare 二十大 is the congress only as the Party's or beside words that speak of one: 全市二十大民生实事 is twenty things.
const CONGRESS_WORDS = /^[精报以胜召代和、及与部]/;
// A meeting looked forward to (迎接党的二十大胜利召开, 以优异成绩迎接党的二十大和省第十三次党代会胜利召开; 2022年是党的二十大
// 召开之年; …于2022年下半年在北京召开) is no meeting held: its clause says it is to come, or 召开 with no 以来/后 after.
const AHEAD = /(?:迎|即将|筹备)[^，。；]{0,8}$/;
const AHEAD_AFTER = /^[^，。；]*?(?:即将|前夕|将于|召开(?!以来|后|之后))/;
// A count stopped at a day (截至2087年底, 截止2023年6月30日): the day the text stands at, no plan.
const AS_OF = /截[止至](?:到|至)?\s*((?:19|20)\d{2})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?|底|末)?/g;
// A target set for a later day (截至2025年底，将完成…; 力争截至…) is a plan, not a count.
const PLANNED_AFTER = /^[^。；]{0,15}?(?:将|前|力争|预计|计划|争取|目标|预期)/;
const PLANNED_BEFORE = /(?:将|要|力争|计划|预计|争取|确保|目标)[^，。；]{0,6}$/;

// Where a passage telling of a later meeting comes from.
const LATER_TEXT = '这段文字出自以后的文稿（转载时被换了内容，或套用了模板）';

interface Dated { words: string; what: string; index: number; likely: string }

/** The meetings named in a line that had not opened by `bound`, with the day each did. */
function meetingsAfter(line: string, bound: string): Dated[] {
  const found: Dated[] = [];
  for (const m of line.matchAll(MEETING)) {
    const [words, term, sessions, nth, bare] = m;
    const after = line.slice(m.index + words.length);
    if (bare && line.slice(m.index - 2, m.index) !== '党的' && !CONGRESS_WORDS.test(after)) continue;
    const days = sessions !== undefined || nth !== undefined
      ? [...(sessions ?? nth!)].filter((c) => SESSION.includes(c)).map((c) => ({ day: PLENUMS[term!]?.[SESSION.indexOf(c)], name: `${term}届${c}中全会` }))
      : [{ day: CONGRESSES[term!], name: `党的${term}大` }];
    if (AHEAD.test(line.slice(0, m.index)) || AHEAD_AFTER.test(after)) continue;
    const late = days.filter((d): d is { day: string; name: string } => !!d.day && d.day > bound);
    if (late.length) found.push({ words, what: late.map((d) => `${d.name}（${chineseDate(d.day)}开幕）`).join('、'), index: m.index, likely: `多半是${LATER_TEXT}` });
  }
  return found;
}

/** The days the text stops a count at that lie after `bound`: the earliest each can be read as (a year: its first day). */
function asOfAfter(line: string, bound: string): Dated[] {
  const found: Dated[] = [];
  for (const m of line.matchAll(AS_OF)) {
    const [words, year, month, day] = m;
    // 年底/年末 is December's; a bare year its first day.
    const date = `${year}-${(month ?? (/[底末]$/.test(words) ? '12' : '1')).padStart(2, '0')}-${(day ?? '1').padStart(2, '0')}`;
    if (date <= bound || PLANNED_AFTER.test(line.slice(m.index + words.length)) || PLANNED_BEFORE.test(line.slice(0, m.index))) continue;
    found.push({ words, what: `“${words.trim()}”`, index: m.index, likely: `多半是年份笔误，或${LATER_TEXT}` });
  }
  return found;
}

export const datedAfterWriting: Rule = {
  id: 'document/dated-after-writing',
  severity: 'warning',
  description: '正文不提报告写成以后的会议或日期 (the text names no meeting or day after the report was written)',
  rationale: {
    zh: '报告写的是写成之前的事。正文说“截至2087年底”，或2022年度、2023年3月发布的报告说“全面贯彻落实党的二十大、二十届三中全会精神”（三中全会2024年7月才召开），前者是年份笔误，后者是这段文字出自以后的文稿（转载时被换了内容，或套用了模板），报告的其余部分也要存疑。写成的时间取落款、发布日期和统计期限截止日中最晚的一个（都没有的，取统计期限后一年）：发布日期可能是转载或网站迁移的日期，只会更晚，不致误报。会议按开幕日计：期待中的会议（“迎接党的二十大胜利召开”）和计划的截止日（“截至2025年底，将完成…”）不算；只看标题以下、落款以上的正文，网站页头、栏目和新闻链接里今天的会议不算。只作警告：请对照那句话和报告的日期。',
    en: 'A report tells of what happened before it was written. A text saying “as of the end of 2087” (截至2087年底), or a report for 2022 published in March 2023 saying it “fully carries out the spirit of the 20th Party Congress and the Third Plenum of the 20th Central Committee” (held only in July 2024): the first is a slip of the year, the second a passage from a later text (content swapped on a mirror, or a template filled in), and the rest of the report is open to doubt too. The time of writing is the latest of the signature\'s date, the date of publication and the end of the reporting period (where there is neither date, a year after the period): a date of publication may be a re-posting\'s or a site move\'s, only ever later, so it raises no false alarm. A meeting counts from the day it opened; a meeting looked forward to (迎接党的二十大胜利召开, “to welcome the 20th Congress”) and a deadline set as a plan (截至2025年底，将完成…, “by the end of 2025 it will have…”) do not count; only the text under the heading and down to the signature is read, not the portal\'s banners and news links around it, which tell of today\'s meetings. Only a warning: compare the sentence with the report\'s dates.',
  },
  example: {
    passes: {
      zh: '2024年度报告，2025年3月发布：“深入学习贯彻党的二十大和二十届二中、三中全会精神”。',
      en: 'A report for 2024, published in March 2025: 深入学习贯彻党的二十大和二十届二中、三中全会精神 (“studies and carries out the spirit of the 20th Congress and of the Second and Third Plenums”).',
    },
    fails: {
      zh: '2018年度报告，2021年1月发布：“截至2087年底，我镇信息公开工作运行正常”。',
      en: 'A report for 2018, published in January 2021: 截至2087年底，我镇信息公开工作运行正常 (“as of the end of 2087, the town\'s disclosure work runs normally”).',
    },
  },
  check(report, ctx) {
    const { signedAt, publishedAt } = report.document;
    const end = periodEnd(report.document);
    if (!end) return [];
    // The latest day the report can have been written by, and what it is.
    const days = [
      { day: end.date, name: end.stated ? '统计期限截止日' : '报告年度末' },
      ...(signedAt ? [{ day: signedAt, name: '落款日期' }] : []),
      ...(publishedAt ? [{ day: publishedAt, name: '发布日期' }] : []),
    ];
    const latest = days.length > 1
      ? days.reduce((a, b) => (b.day >= a.day ? b : a))
      : { day: shiftYears(end.date, 1), name: `${days[0]!.name}后一年` };
    const bound = latest.day;
    const against = `${latest.name}${chineseDate(bound)}`;
    const findings: Finding[] = [];
    ctx.lines.forEach((line, i) => {
      // The portal's banners and news lists around an old report tell of today's meetings, not the report's.
      if (!inReportText(ctx, i)) return;
      for (const dated of [...meetingsAfter(line, bound), ...asOfAfter(line, bound)]) {
        findings.push(pageFinding('warning', `正文提到${dated.what}，晚于${against}，报告写成时还没有这件事，${dated.likely}`, reportWords(ctx, i, dated.index, dated.words.length)));
      }
    });
    return findings;
  },
};
