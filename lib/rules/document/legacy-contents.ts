// A report under the 2008 条例 (the years to 2018) states what its 第三十二条 lists: the applications, the fees, the
// reviews and suits, the problems and how they will be mended. A part may be left out of the outline and said elsewhere
// (收费 under 依申请公开), so the whole text is searched for its words, not the headings.
import { wholeReport } from '../../document/pagination.ts';
import { OUTLINE_HEADING } from '../../document/sections.ts';
import type { Rule } from '../types.ts';
import { appendedTable } from './announced-table.ts';

/** The 2008 条例's first year of reports, and its last: 2019's are under the revised 条例 and its format. */
const FIRST_YEAR = 2008, LAST_YEAR = 2018;

/**
 * Each content the article lists past 主动公开 (the report's own subject), by its words; whether a 统计表 counts it; and
 * whether a school's report owes it too: a 高校's is under the 高等学校信息公开办法 (2010, its 第二十六条: the applications and
 * the problems, but no fees, reviews or suits; 评议 and 举报 instead).
 */
const CONTENTS = [
  { name: '依申请公开政府信息和不予公开政府信息的情况', words: /申请/, counted: true, schools: true },
  // Or by the fees the 2008 rules let a body charge (发改价格〔2008〕1828号: 检索费、复制费、邮寄费): 未收取检索费、复制费.
  { name: '政府信息公开的收费及减免情况', words: /收费|费用|免费|减免|(?:检索|复制|邮寄|工本|成本)费/, counted: true, schools: false },
  { name: '因政府信息公开申请行政复议、提起行政诉讼的情况', words: /复议|诉讼/, counted: true, schools: false },
  // Not any 问题 (群众关注、反映强烈的问题列为政务公开的重点, suixi-jianxin-2018): the work's own, however worded
  // (仍存在以下问题: wendeng-xfj-2022-page8; 还存在一些不足), or the next step that mends them.
  { name: '政府信息公开工作存在的主要问题及改进情况', words: /存在[^。，,；;]{0,8}?问题|问题[及和与]|不足|不够|改进|薄弱|差距|有待|下一步/, counted: false, schools: true },
];

/**
 * Whether the text was read to its end: a 落款 closes it, below its last part's heading (not a date under the title that a
 * page cut short still shows, gbk-shulan-scjgj-2016: 2017年2月23日) above 一、基本工作情况).
 */
const readToEnd = (lines: readonly string[], signed: number | null): boolean =>
  signed !== null && lines.findLastIndex((line) => OUTLINE_HEADING.test(line)) < signed;

export const legacyContents: Rule = {
  id: 'document/legacy-contents',
  severity: 'warning',
  description: '2019年以前的报告说明2008年《条例》第三十二条所列各项 (a report before 2019 states what article 32 of the 2008 Regulations lists)',
  rationale: {
    zh: '2008年施行的《政府信息公开条例》第三十二条规定，政府信息公开工作年度报告应当包括：主动公开政府信息的情况；依申请公开政府信息和不予公开政府信息的情况；政府信息公开的收费及减免情况；因政府信息公开申请行政复议、提起行政诉讼的情况；政府信息公开工作存在的主要问题及改进情况；其他需要报告的事项。2008至2018年度的报告不限定标题，某一项可以写在别的部分里（如收费写在依申请公开部分），所以只在全文都没有说到该项时提示（如全文没有"申请"，或没有"问题""不足""改进"等字）。页面上有统计表的（包括报告称附有、以图片或附件等发布的统计表），申请、收费、复议诉讼由统计表列出，不再要求正文说明。高校的报告依《高等学校信息公开办法》（2010年）第二十六条，不含收费和复议诉讼，只查依申请公开和存在的问题及改进。只检查文末有落款的页面（读到了全文；标题下的日期不算）；报告分页发布、本页只是其中一页的，不检查。只作警告：可能是漏写，也可能是页面缺了一段。',
    en: 'Article 32 of the Regulations on Government Information Disclosure in force from 2008 says an annual report shall include: the proactive disclosure; the disclosure on application and the information withheld; the fees charged and waived; the administrative reconsiderations and suits over disclosure; the main problems of the work and how they will be improved; other matters to report. Reports for 2008 to 2018 have no set headings, and one content may be said in another part (the fees under the applications), so this is raised only where the whole text never speaks of it (no 申请, application, anywhere; or none of 问题, 不足, 改进: problems, shortcomings, improvement). Where the page has a statistics table (one the report says it appends counts, published as a picture or an attachment too), the applications, fees and reviews are counted there and the text need not state them. A university\'s report is under the Measures for Information Disclosure of Higher Education Institutions (2010, article 26), which ask no fees, reviews or suits: only its applications and problems are looked for. Only pages whose text ends in its signature (read to the end; not a date under the heading) are checked; one page of a report the portal split is not. Only a warning: the content may have been left out, or the page may have lost a passage.',
  },
  example: {
    passes: {
      zh: '2018年度某镇报告（有落款）分四部分：主动公开、依申请公开、收费、复议诉讼，并在依申请公开部分后写"存在的问题：公开内容不够全面，下一步将加以改进"。',
      en: 'A town\'s 2018 report (signed) in four parts, proactive disclosure, applications, fees, reviews and suits, that says after them 存在的问题：公开内容不够全面，下一步将加以改进 (“problems: the content disclosed is not complete enough; it will be improved”).',
    },
    fails: {
      zh: '遂溪县建新镇2018年度报告（落款2018年12月31日）只有主动公开、依申请公开、收费、复议诉讼四部分，全文没有说到存在的问题和改进。',
      en: 'The 2018 report of 建新镇, 遂溪县 (signed 2018年12月31日), has only the four parts proactive disclosure, applications, fees, reviews and suits, and nowhere speaks of problems or improvements.',
    },
  },
  check(report, ctx) {
    const { year } = report.document;
    if (year === null || year < FIRST_YEAR || year > LAST_YEAR || !readToEnd(ctx.lines, ctx.signedLine) || !wholeReport(ctx.pagination)) return [];
    const text = ctx.lines.join('\n');
    // A 统计表 read, or one the report appends as a picture, a file or a table not read (announced-table.ts): it counts them.
    const counted = (report.legacyStats?.length ?? 0) > 0 || appendedTable(ctx)?.shown === true;
    const missing = CONTENTS.filter((c) => (c.schools || !ctx.school.is) && !(c.counted && counted) && !c.words.test(text)).map((c) => `“${c.name}”`);
    if (missing.length === 0) return [];
    return [{
      severity: 'warning',
      message: `报告全文没有说到2008年《条例》第三十二条要求年度报告包括的${missing.join('、')}`,
      cells: [], expected: null, actual: null,
    }];
  },
};
