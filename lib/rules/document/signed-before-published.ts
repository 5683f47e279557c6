// A page can carry only a text that was signed by the day it went up: a 落款 dated after the page's date of publication
// means one of the two dates is wrong.
import type { Rule } from '../types.ts';
import { addressDate, chineseDate, daysBetween, shiftYears } from './dates.ts';

export const signedBeforePublished: Rule = {
  id: 'document/signed-before-published',
  severity: 'warning',
  description: '落款日期不晚于发布日期 (the report is signed no later than the day it was published)',
  rationale: {
    zh: '网页上发布的报告，落款只能在发布那天或之前。落款晚于发布日期（2022年度报告2023年1月20日发布，标题下却写“2023年1月28日”），两个日期至少有一个有误：落款的月份、日子笔误，或报告发布后换了新稿而网站沿用旧稿的发布日期，页面上的文字未必是当时发布的那一份。页面地址带的日期（如…/t20230221_…）在落款当天或之后一年以内的，报告是落款之后才上网的，错的是页面所注的发布日期，只指出这一个。只作警告：请核对原件的落款和网站的发布记录。',
    en: 'A report put on a web page can only have been signed on or before the day it went up. A signature dated after the page\'s date of publication (a 2022 report published on 20 January 2023 with “28 January 2023” under its title) means at least one of the two dates is wrong: a slip in the signature\'s month or day, or a new text put in place of the one published while the site kept the old date, so the text shown may not be the one published then. Where the page\'s address carries a date on or within a year after the signature (…/t20230221_…), the report went up after it was signed and the page\'s own date is the wrong one: only that is said. Only a warning: check the original\'s signature against the site\'s record of publication.',
  },
  example: {
    passes: {
      zh: '2018年度报告，落款2019年1月18日，2019年2月14日发布。',
      en: 'A report for 2018 signed 18 January 2019 and published 14 February 2019.',
    },
    fails: {
      zh: '2014年度报告，2015年1月30日发布，落款却是2015年2月4日。',
      en: 'A report for 2014 published 30 January 2015 but signed 4 February 2015.',
    },
  },
  check(report) {
    const { signedAt, publishedAt } = report.document;
    if (!signedAt || !publishedAt || signedAt <= publishedAt) return [];
    const late = `落款日期为${chineseDate(signedAt)}，晚于发布日期${chineseDate(publishedAt)}${daysBetween(publishedAt, signedAt)}天`;
    // The page's address dated on or after the signature (湘西州行政审批服务局 2022: 2023-01-20 on the page, signed
    // 2023年1月28日, at …/202302/t20230221_1984593.html) says which date is wrong: the page's own, not the 落款. One more
    // than a year after it is a migration's or a repost's address, which tells nothing of when the report first went up.
    const address = addressDate(report.source.url);
    if (address && address.iso >= signedAt && address.iso <= shiftYears(signedAt, 1)) {
      return [{
        severity: 'warning',
        message: `${late}；页面地址中的日期（${address.text}）为${address.words}，在落款之后：页面所注的发布日期多半有误，报告应是落款之后才发布的`,
        cells: [{ table: 'document', path: 'publishedAt' }], expected: null, actual: null,
      }];
    }
    return [{
      severity: 'warning',
      message: `${late}：报告不能在写成之前发布，两个日期至少有一个有误（落款笔误，或发布后换了新稿而沿用了旧的发布日期）`,
      cells: [{ table: 'document', path: 'signedAt' }, { table: 'document', path: 'publishedAt' }], expected: null, actual: null,
    }];
  },
};
