// An annual report covers one whole calendar year (a university's, one whole 学年).
import { partOfYearReport } from '../../document/period.ts';
import { toHalfWidth } from '../../text/normalize.ts';
import { quote } from '../../text/quote.ts';
import { REGULATION_IN_FORCE } from '../../template/formats.ts';
import type { Finding, Rule } from '../types.ts';
import { PLACE_LEVEL } from '../../document/names.ts';
import { addDays, chineseDate, daysBetween, isSchoolYear, periodYear, shiftYears, yearOf } from './dates.ts';

export const wholeYearPeriod: Rule = {
  id: 'document/whole-year-period',
  severity: 'warning',
  description: '统计期限是完整的自然年（1月1日至12月31日）(the period is one whole calendar year)',
  rationale: {
    zh: '年度报告统计的是整个年度。提前截止（如赶在年底前发布）会漏掉年末的数据，与其他年度、其他机关的报告不可比。高等学校按学年报告（如2022年9月1日至2023年8月31日），整学年也算完整。2008年的报告从《条例》施行之日（2008年5月1日）起算，自5月1日（或此前任一日，如1月1日）至12月31日即是完整的首个年度。统计到次年1月1日为止的（“自2014年1月1日起至2015年1月1日止”），是截至年底的说法，不算多出或遗漏。机关年中才组建、报告也这样说明（如"2019年8月份…整合为海坛片区""我局自2019年8月份机构改革以来"），统计期限自组建时起的，不是遗漏，只作提示。标题写明是季度或半年的工作报告（“某县人民政府2023年第一季度政府信息公开工作报告”）、统计期限正是那一段的，本来就不是年度报告：只作提示说明这一点，年度报告格式要求的统计表、六个部分和发布期限也不据此要求（document/required-tables、six-parts、published-on-time 不查）。',
    en: 'An annual report counts the whole year. A period ended early (to publish before the year is out, say) leaves out the year\'s last figures, and cannot be compared with other years\' or other bodies\' reports. Universities report by academic year (1 September 2022 to 31 August 2023, say): a whole academic year is complete too. A report for 2008 counts from the day the 条例 came into force (1 May 2008): 1 May (or any day before it, 1 January say) to 31 December is that first year whole. A period up to the next year\'s 1 January (自2014年1月1日起至2015年1月1日止) means up to the year\'s end: nothing left out, nothing over. A body set up in the middle of the year, as its report says (2019年8月份…整合为海坛片区, “in August 2019 … merged into the Haitan area”; 我局自2019年8月份机构改革以来, “since the bureau\'s reorganisation in August 2019”), whose period starts when it was set up, has left nothing out: only info. A report whose title names a quarter or a half-year (某县人民政府2023年第一季度政府信息公开工作报告, “a county government\'s report on its disclosure work in the first quarter of 2023”), its period that span, is no annual report at all: only info saying so, and the annual report\'s tables, six parts and deadline are not asked of it (document/required-tables, six-parts and published-on-time do not check it).',
  },
  example: {
    passes: {
      zh: '本报告统计数据从2021年1月1日至12月31日。',
      en: '本报告统计数据从2021年1月1日至12月31日 (“the figures of this report run from 1 January to 31 December 2021”).',
    },
    fails: {
      zh: '截止2018年11月29日…（2018年11月30日至12月31日未计入）。',
      en: '截止2018年11月29日… (“up to 29 November 2018…”): 30 November to 31 December 2018 not counted.',
    },
  },
  check(report, ctx) {
    const period = report.document.period;
    if (!period) return [];
    // A quarter's or half-year's report (2023年第一季度政府信息公开工作报告) covers what it names: what it is, and why the
    // annual report's tables, parts and deadline are not asked of it (document/required-tables, six-parts, published-on-time).
    const part = partOfYearReport(ctx.title, period);
    if (part) {
      return [{
        severity: 'info', cells: [{ table: 'document', path: 'period' }], expected: null, actual: null,
        message: `本页是${part}的政府信息公开工作报告，不是年度报告：统计期限为${chineseDate(period.start)}至${chineseDate(period.end)}，与其所报的时段相符；年度报告格式要求的统计表、六个部分和发布期限不适用，未按年度报告核对`,
      }];
    }
    // A 学年 report (高等学校信息公开办法) covers twelve months from the first of one, and is measured against
    // the 学年 its period starts in (长江大学's 2019年9月1日—2020年10月31日 runs two months over).
    if (isSchoolYear(ctx.title, period, ctx.school)) {
      const yearStart = `${period.start.slice(0, 8)}01`;
      const yearEnd = addDays(shiftYears(yearStart, 1), -1);
      if (period.start === yearStart && period.end === yearEnd) return [];
      if (yearOf(yearStart) !== yearOf(yearEnd)) return [short(period, yearStart, yearEnd, '学年', report.document.issuer, ctx.lines)];
    }
    // A whole calendar year, whichever: that it is the report's own is year-agrees' to say.
    if (period.start.endsWith('-01-01') && period.end === `${yearOf(period.start)}-12-31`) return [];
    // Measured against the report's year where the period touches it (from last December to this
    // October is 2016's, not 2015's), else against the year it mostly covers.
    const { year: reportYear } = report.document;
    const year = reportYear !== null && (reportYear === yearOf(period.start) || reportYear === yearOf(period.end)) ? reportYear : periodYear(period);
    // 2008's year began when the 条例 came into force: a period from 2008年5月1日 is the whole of it, and so is one
    // from any day of 2008 before it (2008年1月1日至…): only what is missing at its end, or after 5月1日, is short.
    const yearStart = year !== yearOf(REGULATION_IN_FORCE) ? `${year}-01-01`
      : period.start >= `${year}-01-01` && period.start < REGULATION_IN_FORCE ? period.start : REGULATION_IN_FORCE;
    // Up to the next year's 1月1日 (自2014年1月1日起至2015年1月1日止) is up to the year's end: that day is not over the year,
    // whether the period is whole or starts late (a body set up in the year counting 至次年1月1日 is still only noted).
    const end = period.end === `${year + 1}-01-01` ? `${year}-12-31` : period.end;
    if (period.start === yearStart && end === `${year}-12-31`) return [];
    return [short(period, yearStart, `${year}-12-31`, '年度', report.document.issuer, ctx.lines, end)];
  },
};

/**
 * How a period falls short of the 年度 or 学年 (`unit`) from `yearStart` to `yearEnd`; `end` is where it ends as counted
 * (a 至次年1月1日 is the year's end), the message quoting it as the report states it.
 */
function short(period: { start: string; end: string }, yearStart: string, yearEnd: string, unit: '年度' | '学年', issuer: string | null, lines: readonly string[], end = period.end): Finding {
  const named = unit === '学年' ? `${yearOf(yearStart)}—${yearOf(yearEnd)}学年` : `${yearOf(yearStart)}年度`;
  const stated = `统计期限为${chineseDate(period.start)}至${chineseDate(period.end)}`;
  const covered = daysBetween(period.start, end) + 1;
  const daysInYear = daysBetween(yearStart, yearEnd) + 1;
  const outside = [
    period.start < yearStart ? gap(period.start, minDate(addDays(yearStart, -1), end)) : null,
    end > yearEnd ? gap(maxDate(addDays(yearEnd, 1), period.start), end) : null,
  ].filter(Boolean);
  const missing = [
    period.start > yearStart ? gap(yearStart, minDate(addDays(period.start, -1), yearEnd)) : null,
    end < yearEnd ? gap(maxDate(addDays(end, 1), yearStart), yearEnd) : null,
  ].filter(Boolean);
  const detail = [
    outside.length > 0 ? `${outside.join('和')}不属于该${unit}` : '',
    missing.length > 0 ? `${missing.join('和')}未计入` : '',
  ].filter(Boolean).join('，');
  // A body set up in the year, as the report says, counts from then: no omission, only a note.
  const setUp = outside.length === 0 && end === yearEnd ? setUpBefore(lines, period.start, issuer) : null;
  if (setUp) {
    return {
      severity: 'info',
      message: `${stated}，不是完整的${named}，但报告称本机关${yearOf(period.start)}年${setUp.month}月才组建（${quote(setUp.quote)}）：${missing.join('和')}在其组建之前`,
      cells: [{ table: 'document', path: 'period' }], expected: daysInYear, actual: covered,
    };
  }
  return {
    severity: 'warning',
    message: `${stated}，不是完整的${named}：${detail}`,
    cells: [{ table: 'document', path: 'period' }], expected: daysInYear, actual: covered,
  };
}

const minDate = (a: string, b: string): string => (a < b ? a : b);
const maxDate = (a: string, b: string): string => (a > b ? a : b);
const gap = (from: string, to: string): string => `${chineseDate(from)}至${chineseDate(to)}（${daysBetween(from, to) + 1}天）`;

// The body itself set up, merged or opened on a date (2019年8月份，…将原澳前片区、潭城镇…进行机构整合为海坛片区;
// 我局于2021年3月挂牌成立; 海坛片区成立4个月以来; 我局自2019年8月份机构改革以来, gyz-2019): the issuer, by its name or as 我局/本机关, is what was set up —
// not a group, a window or a column it set up (我局成立政务公开办公室, 设立查阅点), nor another body (服务中心挂牌成立).
const SETS_UP = /成立|组建|挂牌|整合为|合并为|设立|机构改革/;
const SET_UP = new RegExp(`((?:19|20)\\d{2})年(\\d{1,2})月份?(?:(\\d{1,2})日)?[^。；;]{0,80}?(?:${SETS_UP.source})[^，,。；;]{0,12}`, 'g');
// 整合为海坛片区: the name it was merged into.
const MERGED_INTO = /(?:整合|合并|组建|改建)为(?:新的)?([^，,。；;、\s]{2,20})/g;
// 海坛片区成立4个月以来, 我局于2019年8月挂牌成立: the name before the verb, with nothing set up after it (a count after it
// is of time: 我局成立2个工作专班 and 我局设立的查阅点 set something up).
const FOUNDED = /([^，,。；;、\s]{2,30}?)(?:[于自][^，,。；;]{0,16}?)?(?:正式)?(挂牌成立|挂牌|成立|组建|设立|机构改革)(?=[，,。；;)）]|$|[\d一二三四五六七八九十两]+个?多?(?:月|年|周|天)|以来|后|之|时|了[，,。；;])/g;
const SELF = /(?:本机关|本单位|我单位|本局|本委|本办|我局|我委|我办|我区|我县|我市|我镇|我乡|我街道)$/;

/** Whether `name` (the words before its verb, or after 整合为) is the issuer: 我局, or four or more of its last characters in the issuer's name. */
function isIssuer(name: string, issuer: string | null): boolean {
  if (SELF.test(name)) return true;
  for (let k = Math.min(name.length, 20); k >= 4; k--) if (issuer?.includes(name.slice(-k))) return true;
  return false;
}

// A place's 机构改革 (我区机构改革以来, 平潭综合实验区机构改革后) reorganises its departments: it forms no government, nor
// says which department it formed.
const PLACE = new RegExp(`${PLACE_LEVEL}$`);

/** Whether the sentence says the issuer itself was set up, merged into or opened. */
function saysSetUp(sentence: string, issuer: string | null): boolean {
  return [MERGED_INTO, FOUNDED].some((re) => [...sentence.matchAll(re)]
    .some((m) => isIssuer(m[1]!, issuer) && !(m[2] === '机构改革' && PLACE.test(m[1]!))));
}

/** Where the text says the issuer was set up within a month before `start` (the first of the month if no day is given): its month and words. */
function setUpBefore(lines: readonly string[], start: string, issuer: string | null): { month: number; quote: string } | null {
  for (const raw of lines) {
    if (!SETS_UP.test(raw)) continue;
    const line = toHalfWidth(raw);
    SET_UP.lastIndex = 0;
    for (let m = SET_UP.exec(line); m; m = SET_UP.exec(line)) {
      const on = `${m[1]}-${m[2]!.padStart(2, '0')}-${(m[3] ?? '1').padStart(2, '0')}`;
      const after = daysBetween(on, start);
      if (after < 0 || after > 31) continue;
      // The sentence the date stands in, its subject before the date too (我局于2019年8月挂牌成立).
      const from = Math.max(...['。', ';', '；'].map((p) => line.lastIndexOf(p, m!.index) + 1));
      const to = line.slice(m.index).search(/[。；;]/);
      if (saysSetUp(line.slice(from, to < 0 ? undefined : m.index + to), issuer)) {
        return { month: Number(m[2]), quote: m[0].length > 30 ? `…${m[0].slice(-30).replace(/^[^\p{L}\p{N}]+/u, '')}` : m[0] };
      }
    }
  }
  return null;
}
