// The 统计期限 a report states should read as dates: a span whose characters were lost is none the reader can check,
// and one read from dates that lost their 年 or 月 is read on trust.
import { periodStatement, reportPeriod } from '../../document/period.ts';
import { quote } from '../../text/quote.ts';
import { pageFinding, type Rule } from '../types.ts';
import { chineseDate } from './dates.ts';

/** How the note on a period read from garbled dates begins: the period was read, unlike the note on one that was not. */
export const GARBLED_PERIOD = '统计期限的日期残缺';

export const periodLegible: Rule = {
  id: 'document/period-legible',
  severity: 'info',
  description: '报告写明的统计期限能读出起止日期 (the period the report states reads as a start and an end date)',
  rationale: {
    zh: '统计期限写成“2025111231日”这样丢了“年”“月”“至”的字样，读不出起止日期，无从核对是否为完整年度。数字只能读作报告年度1月1日至12月31日的，按此读取并提示原文残缺；“年”字打错的（“至2020你那12月31日”）同样读取并提示；读法不止一种的，统计期限记为空，落款、发布日期按报告年度的年末核对。模板的日期没有填写的（“统计期限自至”“统计期限自年月日起至年月日止”）也提示。只作提示，请对照原文。',
    en: 'A period written like 2025111231日, its 年 (year), 月 (month) and 至 (to) lost, has no start and end date to read, and whether it is a whole year cannot be checked. Where the digits can only be read as the report year\'s 1 January to 31 December, it is read so, with a note that the original is garbled, as is an end whose 年 was mistyped (至2020你那12月31日); where they can be read more than one way, no period is read, and the dates of signature and publication are checked against the end of the report\'s year. A template\'s dates never filled in (统计期限自至, 统计期限自年月日起至年月日止) are noted too. Only info: read the original.',
  },
  example: {
    passes: {
      zh: '报告中所列数据统计期限自2025年1月1日起至2025年12月31日止。',
      en: '报告中所列数据统计期限自2025年1月1日起至2025年12月31日止 (“the figures in this report cover 1 January 2025 to 31 December 2025”).',
    },
    fails: {
      zh: '报告中所列数据统计期限为2025111231日。',
      en: '报告中所列数据统计期限为2025111231日: the period\'s two dates run together.',
    },
  },
  check(report, ctx) {
    const { period, year } = report.document;
    if (period) {
      // Read again as extract read it, for where: a period read from garbled dates is noted with them.
      const read = reportPeriod(ctx.lines, year, ctx.title, ctx.links);
      if (!read?.garbled || !read.at || read.value.start !== period.start || read.value.end !== period.end) return [];
      const dates = ctx.lines[read.at.line]!.slice(read.at.start, read.at.end);
      return [pageFinding('info', `${GARBLED_PERIOD}（${read.garbled === 'lost' ? '丢了“年”“月”等字' : '“年”字打错'}）：${quote(dates)}，读作${chineseDate(period.start)}至${chineseDate(period.end)}；请对照原文`, [read.at])];
    }
    const stated = periodStatement(ctx.lines);
    return stated ? [pageFinding('info', `报告写了统计期限，但读不出起止日期：${quote(stated)}；统计期限记为空，落款、发布日期按报告年度的年末核对`)] : [];
  },
};
