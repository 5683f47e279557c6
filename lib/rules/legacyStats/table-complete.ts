// A pre-2019 统计表 that stops before the form's last rows: the page shows only its start.
import { wholeReport } from '../../document/pagination.ts';
import { quote } from '../../text/quote.ts';
import { pageFinding, type Rule } from '../types.ts';
import { plainLabel } from './outline.ts';

// Every legacy form (the national one of 2008, 福建's, 上海's) ends with the appeals the 条例 asks a report to
// give (第三十一条): 行政复议, 行政诉讼. A table that reached the applications (申请) and holds neither stopped short.
const APPLICATIONS = /申请/;
const APPEALS = /复议|诉讼/;

export const tableComplete: Rule = {
  id: 'legacyStats/table-complete',
  severity: 'info',
  description: '2019年以前的统计表列到了格式的最后几项（行政复议、行政诉讼）(a pre-2019 statistics table runs to the form\'s last rows, administrative reconsideration and litigation)',
  rationale: {
    zh: '2019年以前的统计表（2008年国家格式，福建、上海等省市格式）都在最后列出行政复议、行政诉讼数，这是《条例》要求年报报告的内容。表格已列到依申请公开的行，却没有行政复议、行政诉讼的行，多半是表格只印了一部分（页面上截断了），或后面的部分没有读出：缺的数字既看不到也未经核对，作提示。只有主动公开几行的表可能不是统计表本身，不提示；报告分页发布、本页只是其中一页的，其余行可能在其他页，也不提示（见 document/paginated）。',
    en: 'The statistics tables of the reports before 2019 (the national format of 2008, and the formats of provinces and cities such as Fujian and Shanghai) all end with the numbers of administrative reconsideration and litigation cases, which the Regulations on Government Information Disclosure require the report to give. A table that runs to the rows on disclosure upon application but has no rows for administrative reconsideration and litigation was most likely printed in part (cut off on the page), or its later part was not read: the missing figures are neither seen nor checked: info. A table of a few rows on proactive disclosure only may not be the statistics table itself: no note; nor where the portal splits the report over several pages and this page is one of them, as the other rows may be on another page (see document/paginated).',
  },
  example: {
    passes: {
      zh: '统计表列到"行政复议数""行政诉讼数""行政申诉数"。',
      en: 'The statistics table runs to 行政复议数, 行政诉讼数 and 行政申诉数 (administrative reconsideration, litigation and appeal cases).',
    },
    fails: {
      zh: '统计表只有5行，到"受理依申请公开信息总数""其中：当面申请数"为止。',
      en: 'The statistics table has 5 rows, ending at 受理依申请公开信息总数 (applications for disclosure received, in all) and 其中：当面申请数 (of which in person).',
    },
  },
  check(report, ctx) {
    const stats = report.legacyStats ?? [];
    const labels = stats.map(plainLabel);
    if (!wholeReport(ctx.pagination) || !labels.some((l) => APPLICATIONS.test(l)) || labels.some((l) => APPEALS.test(l))) return [];
    return [pageFinding('info', `统计表只有${stats.length}行，到${quote(stats.at(-1)!.label)}为止，没有行政复议、行政诉讼的行（2019年以前的统计表格式都有）：表格可能不全，页面上截断了或后面的部分没有读出，缺的数字未经核对`)];
  },
};
