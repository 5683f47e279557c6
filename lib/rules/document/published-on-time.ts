// Published after the period ends, and by the legal deadline for this kind of issuer.
import { partOfYearReport } from '../../document/period.ts';
import { issuerKind, lowerOrOtherGovernment, zoneOf } from '../issuer.ts';
import { copyHost } from '../provenance/official-domain.ts';
import { verticalSystem } from '../vertical-system.ts';
import type { Rule } from '../types.ts';
import { addressDate, chineseDate, daysBetween, periodEnd, yearOf } from './dates.ts';

/** The deadline, why, and whether the issuer's kind chose it (the finding then names the issuer too). */
interface Deadline { date: string; why: string; severity: 'warning' | 'info'; byIssuer?: boolean }

/**
 * 2008年《条例》第三十一条: every agency by 3月31日. 2019年修订的《条例》第四十九条: a 县级以上人民政府部门
 * by 1月31日; the government-wide report (published by the 主管部门) by 3月31日; nothing for 乡镇/街道.
 */
function deadlineFor(year: number, issuer: string | null): Deadline {
  const next = year + 1;
  const march = `${next}-03-31`;
  if (year <= 2018) return { date: march, why: '2008年《条例》第三十一条：各行政机关于每年3月31日前公布上一年度报告', severity: 'warning' };
  switch (issuerKind(issuer)) {
    case 'government':
      return { date: march, why: `${issuer}是县级以上人民政府，按《条例》第四十九条，本级政府年度报告于3月31日前公布`, severity: 'warning', byIssuer: true };
    case 'department': {
      // A vertically managed body reports up its system as the system requires; 第四十九条's date is still its,
      // in a zone too (国家税务总局苏州工业园区税务局 is the tax system's, not the zone's).
      const system = verticalSystem(issuer);
      if (system) return { date: `${next}-01-31`, why: `${issuer}属${system}系统，该系统实行垂直管理，按《条例》第三条由本系统主管政府信息公开工作，年度报告按本系统要求报上级机关；第四十九条县级以上人民政府部门1月31日前公布的期限同样适用，本系统通知另定期限或统一汇总发布的，以其为准`, severity: 'warning', byIssuer: true };
      // A zone's department is no 县级以上人民政府部门 either: the zone's deadline, as its 管委会's.
      const zone = zoneOf(issuer);
      if (zone) return { date: march, why: `${issuer}是${zone}所属部门（开发区、新区、园区一类区域的部门，不是县级以上人民政府部门），《条例》第四十九条未明定其期限，此处按较宽的3月31日判断`, severity: 'warning', byIssuer: true };
      return { date: `${next}-01-31`, why: `${issuer}是政府部门，按《条例》第四十九条，县级以上人民政府部门于1月31日前公布本机关年度报告`, severity: 'warning', byIssuer: true };
    }
    case 'township':
      return { date: march, why: `《条例》第四十九条未规定乡镇、街道的期限，此处参照本级政府报告的3月31日（${issuer}的数据应在其之前汇总）`, severity: 'info', byIssuer: true };
    case 'region':
      return { date: march, why: `${issuer}是开发区、新区、园区一类由管理机构负责的区域，《条例》第四十九条未明定其期限，此处按较宽的3月31日判断`, severity: 'warning', byIssuer: true };
    case 'unknown':
      return { date: march, why: '发布机关不明，按《条例》第四十九条中较宽的3月31日期限判断', severity: 'warning' };
  }
}

/** Days late beyond which the page's date is taken for a repost's rather than the report's first publication. */
const REPOST_AFTER = 365;

/** The date a year after an ISO date (2021-01-01 → 2022-01-01). */
const yearOn = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

export const publishedOnTime: Rule = {
  id: 'document/published-on-time',
  severity: 'error',
  description: '发布日期在统计期限结束之后、法定期限之前 (published after the period ends and by the legal deadline)',
  rationale: {
    zh: '报告在期末之前发布，与它自己说的统计期限矛盾（恰在期末当天发布的，当天的数字可能已取，只作警告；期限截到报告年度之后、长过一年、报告在该年度结束后才发布的，多半是期限的年份写错了，也只作警告；学校按学年统计的一年期限则不算）。《条例》第四十九条要求县级以上人民政府部门1月31日前、本级政府年度报告3月31日前公布（2019年以前的报告按原《条例》第三十一条，一律3月31日前）；开发区、新区、园区一类区域的管理机构及其所属部门不是县级以上人民政府或其部门，《条例》未明定期限，按较宽的3月31日判断；实行垂直管理的机关（税务、海关、气象、邮政管理、烟草专卖、国家统计局调查队、省级地震局、海事）由本系统主管政府信息公开工作（《条例》第三条），年度报告按本系统要求报上级机关，但同是县级以上人民政府部门，仍按1月31日判断，提醒中说明这是其系统的期限，本系统通知另定期限的以通知为准；逾期不影响数字本身，只作警告；页面地址带的日期（如…/t20200609_…）在期末之后的，页面所注日期多半是网站录入的错误，只说日期有误；转载网站上的日期是转载的日期，不据以判断逾期，另一地政府网站转载的（页面所注发布机构属另一地、不高于发布机关所在一级的政府，如侯贯镇转载河北省发展和改革委员会的报告；高出不止一级的，如杭州市人民政府发布象山县霞浦镇的报告；高出一级但不是发布机关名称所写的那一个的，如杭州市人民政府发布宁波市鄞州区发展和改革局的报告）也是，直接上级政府发布下级的报告（象山县人民政府发布霞浦镇人民政府的）则是首次公布；哪一级在上，以名称末字判断，页面写明隶属的（“义乌市上溪镇”，或“金华市义乌市”：义乌市是县级市）按页面所写；晚于期限一年以上的，页面日期多半是网站迁移或重新发布的日期，只作提示。',
    en: 'A report published before its period ends contradicts the period it states (on its last day, only a warning: that day\'s figures may have been taken; where the period runs past the report\'s year, lasts longer than a year, and the report came out after that year, the period\'s year is most likely mistyped, and it is only a warning too; not a school\'s academic year, a year long). Article 49 of the Regulations on Government Information Disclosure (《政府信息公开条例》) requires the departments of people\'s governments at county level and above to publish their reports by 31 January, and the government\'s report of its own level by 31 March (reports before 2019, under article 31 of the former Regulations, all by 31 March); the bodies that run a development zone, new area or park, and their departments, are no people\'s government nor a department of one, and the Regulations set them no deadline: they are held to the wider 31 March; the offices of a vertically managed system (tax, customs, meteorology, postal administration, tobacco monopoly, the survey teams of the National Bureau of Statistics, a province\'s earthquake bureau, maritime safety) have their disclosure under their system (article 3) and report to their superiors as their system requires, but are departments all the same and held to 31 January, the finding saying it is their system\'s deadline and that a notice of their system setting another prevails; lateness does not touch the figures themselves, so it is only a warning. Where the page\'s address carries a date after the period\'s end (…/t20200609_…), the page\'s own date is most likely the site\'s entry error, and only that is said. The date on a reposting site is the date of the repost, and lateness is not judged by it; nor by the date on another place\'s government site that reposts the report (the publisher the page names, 发布机构, being another place\'s government no higher than the issuer\'s level, as 侯贯镇 reposting the report of the Hebei Development and Reform Commission; more than one level higher, as the Hangzhou government publishing the report of Xiapu Town, Xiangshan County; or one level higher but not the one the issuer\'s name names, as the Hangzhou government publishing the report of the Development and Reform Bureau of Yinzhou District, Ningbo), while the government directly above publishing a lower one\'s report (the Xiangshan County government publishing the Xiapu Town government\'s) is its first publication. Which level stands above is told by the last character of the names, or as the page writes it where it says what a body belongs to (义乌市上溪镇, or 金华市义乌市: 义乌市 is a county-level city). A date more than a year after the deadline is most likely the date the site was migrated or the report published again: only info.',
  },
  example: {
    passes: {
      zh: '上海市人民政府办公厅（政府部门）的2019年度报告，发布日期2020年1月31日。',
      en: 'The 2019 report of the General Office of the Shanghai Municipal People\'s Government (a government department), published 31 January 2020.',
    },
    fails: {
      zh: '某县农业农村局（政府部门）的2021年度报告，发布日期2022年3月15日 — 晚于1月31日。',
      en: 'The 2021 report of a county\'s Agriculture and Rural Affairs Bureau (a government department), published 15 March 2022 — after 31 January.',
    },
  },
  check(report, ctx) {
    const { publishedAt, issuer } = report.document;
    const end = periodEnd(report.document);
    // A quarter's or half-year's report has no annual report's deadline (document/whole-year-period says what it is).
    if (!publishedAt || !end || partOfYearReport(ctx.title, report.document.period)) return [];
    const published = (): string => `发布日期为${chineseDate(publishedAt)}`; // put in words only for a finding
    const cells = [{ table: 'document' as const, path: 'publishedAt' }];
    // A date the page's address carries after the period's end says the page's own date is the CMS's mistake, not the
    // report's (湖北省's 2019 report dated 2019-07-07 at …/202006/t20200609_2386365.shtml, hb-2019).
    const misdated = (until: string) => {
      const address = addressDate(report.source.url);
      return address && address.iso > until
        ? `；页面地址中的日期（${address.text}）为${address.words}，在这之后：页面所注的发布日期多半有误，报告应是期满之后才发布的` : null;
    };
    if (publishedAt <= end.date) {
      const wrong = misdated(end.date);
      // On the period's last day itself (nczy-2025: 统计日期为2025年1月1日—2025年10月31日, published 2025-10-31) the figures
      // may have been taken that day: a slip of a day, no sure contradiction.
      const lastDay = publishedAt === end.date;
      // A stated period that runs past the report's year, the report out after that year (anyue-daping-2021: 统计期限
      // 自202111日至20221231日, published 2022-01-21), most likely has its end's year mistyped: no sure contradiction. Not
      // a school's academic year (2020年9月1日至2021年8月31日, its year 2020): a year long, it runs past its first year rightly.
      const { year, period } = report.document;
      const pastYear = end.stated && year !== null && end.date > `${year}-12-31` && publishedAt > `${year}-12-31`
        && period !== null && end.date >= yearOn(period.start);
      const why = wrong ?? (lastDay ? '：报告在所统计期间的最后一天就已发布，当天的情况未必计入'
        : pastYear ? `：统计期限截到${year}年度之后，多半是期限的年份写错了；照所写的期限，报告是在期间结束前发布的` : '：报告在所统计的期间结束前就已发布');
      return [{
        // Against the page's own 统计期限 it is a contradiction; against the bare year, only a gap.
        severity: end.stated && !wrong && !lastDay && !pastYear ? 'error' : 'warning',
        message: `${published()}，不晚于${end.stated ? '统计期限截止日' : '报告年度末'}${chineseDate(end.date)}${why}`,
        cells: [...cells, { table: 'document', path: end.stated ? 'period' : 'year' }], expected: null, actual: null,
      }];
    }
    // A stated period that stops short of the year (截止11月29日) does not make an early report on time.
    const yearEnd = report.document.year ? `${report.document.year}-12-31` : null;
    if (yearEnd && publishedAt <= yearEnd) {
      return [{
        severity: 'warning',
        message: `${published()}，早于${report.document.year}年度结束（${chineseDate(yearEnd)}）${misdated(yearEnd) ?? '：年度报告在年度结束前就已发布，全年数字不可能完整'}`,
        cells: [...cells, { table: 'document', path: 'year' }], expected: null, actual: null,
      }];
    }
    const deadline = deadlineFor(yearOf(end.date), issuer);
    const late = daysBetween(deadline.date, publishedAt);
    // A copy's date (a reposting site's 更新时间, customs-sys-2020 on a company's site) is when it was copied, not
    // when the body published the report: no lateness to tell (provenance/official-domain tells it is a copy).
    if (late <= 0 || copyHost(report, ctx)) return [];
    // So is a page another government's portal published, one not right above the issuer's (发布机构：侯贯镇 over 河北省发展和改革委员会's
    // report, hb-fgw-2021): its date is the repost's, and the first publication's is not on the page. The government right
    // above publishing its township's report (象山县人民政府 over 霞浦镇人民政府's) publishes it first; the page may name
    // which that is (义乌市上溪镇, 金华市义乌市: a county-level 市).
    if (issuer && ctx.publisher && lowerOrOtherGovernment(issuer, ctx.publisher, [ctx.title, ...ctx.pageLines])) {
      return [{
        severity: 'info',
        message: `${published()}，这是${ctx.publisher}转载本报告的日期，不是${issuer}首次公布的日期，不据以判断是否逾期`,
        cells, expected: null, actual: null,
      }];
    }
    // A year and more after the deadline, the page's date is mostly that of a site's migration or a repost.
    const reposted = late > REPOST_AFTER;
    return [{
      severity: reposted ? 'info' : deadline.severity,
      message: `${published()}，晚于${chineseDate(deadline.date)}的期限${late}天（${deadline.why}）${reposted ? '；相隔一年以上，这多半是网站迁移或重新发布的日期，不是首次公布的日期' : ''}`,
      cells: deadline.byIssuer ? [...cells, { table: 'document', path: 'issuer' }] : cells, expected: null, actual: late,
    }];
  },
};
