import { squeezed } from '../text/normalize.ts';
import { TEMPLATE_SITE } from '../text/template-marks.ts';
import { yearIn } from './dates.ts';
import { LEVELS } from './names.ts';
import { headingLine, isProse } from './page-text.ts';
import { followsReportOutline } from './report-outline.ts';
import { isPartHeading, OUTLINE_HEADING } from './sections.ts';
import { isTitleLine, namesReport, PRESENTS, PUBLISHES_NOW, REPORT_TITLE, REPORT_WORDS, SENDS_UP } from './title.ts';

export interface ReportEvidence {
  title: string;
  /** The title was found among the page's lines, not in its <title> or ArticleTitle: a heading, or a link to a report. */
  titleInBody?: boolean;
  bodyLines: string[];
  /** Where the report's heading stands among bodyLines (headingLine; the first report's, where the page carries two), -1 where none does. */
  heading?: number;
  /** How many of the standard tables 二/三/四 were recognised, with figures in them. */
  standardTables: number;
  /** A pre-2019 统计表 was recognised. */
  legacyTable: boolean;
  /** A body's name and a date sign the text (its 落款). */
  signed?: boolean;
  /** The page is one page of a document viewer (viewerPage) showing a year's 年报 (Page 7 - 2019年报_…). */
  viewerOfReport?: boolean;
}

// A page with no title of its own names itself in its text: it puts the report forward (现将富县人民政府2024年…
// 年度报告予以公开, 现将我局2023年度政府信息公开工作情况报告如下; not 现将…年度报告编制工作通知如下, nor its 解读) or
// publishes it (现向社会公布龙口镇2023年度…年度报告。).
const NAMED_REPORT = `[^。\\n]{0,40}?${REPORT_WORDS}[^。\\n]{0,8}?(?:年度报告|年报|工作(?:情况)?报告)`;
const PUT_FORWARD = '(?![》」”]?解读)[^。\\n]{0,6}?(?:予以公开|公开如下|公布如下|报告如下|如下|予以公布|发布如下)';
const SELF_NAMED = new RegExp(`${PRESENTS}${NAMED_REPORT}${PUT_FORWARD}|${PUBLISHES_NOW}${NAMED_REPORT}》?(?=[。，,；;\\n])`);
// …or says how it was made, citing the 条例 (by name or by article) or with the 统计期限 beside it: 本年度报告根据《条例》…编制,
// 根据《条例》规定,编制本报告, …年度报告(以下简称年报)是根据…编制, 本年度报告…编制而成,所列数据的统计期限….
// The aside is worded 以下简称, 以下称(为) or 下称 alike; the making 编制, 制作, 制定, 撰写 or 编写 (北京's 依据《条例》
// 第五十条之规定,制作本报告; 密云's 制定本报告; 福田街道's 本年度报告是根据《条例》要求,由…负责编写), but a 格式 is 制定 too
// (本年度报告的格式由国务院办公厅统一制定): the report is 制定 only where the verb names it, and a 模板 made of it
// (制作了本年度报告的模板) is not it. 形成本报告 is what a 自查报告 or an analysis says of itself (对照《条例》开展了自查，形成本报告).
const MAKES = '(?:编制|制作|撰写|编写)';
// Made and published at once is made too (编制发布本报告, zigong-swj-2022).
const COMPILED = new RegExp(`(?:本(?:年度)?(?:报告|年报)|(?:以下简称|以下称为?|下称)(?:年度报告|年报|报告)[)）])[^。\\n]{0,200}?${MAKES}`
  + `|(?:${MAKES}(?:并?发布)?|制定)了?本(?:年度)?(?:报告|年报)(?!的)`);
// A school's report cites its 办法 and words the period 统计数据的时间 (开云…官方网站根据2022-2023学年信息公开工作实际情况编制本报告…
// 报告中统计数据的时间为…); 统计数据 alone any analysis cites (本报告由市统计局撰写，所用统计数据均为初步统计数).
const COMPILED_UNDER = /政府信息公开条例|《条例》|条例》?第[一二三四五六七八九十]+条|学校信息公开办法|统计期限|所列数据|统计数据的?时间/;
// …or names the report it makes (现编制2015-2016学年安徽大学信息公开工作年度报告; not a notice's 请认真编制…) or made, where that
// is of the text's own year (认真编制了2022年政府信息公开工作年度报告, 我镇编制完成《苍溪县文昌镇2022年…年度报告》 in a text of
// 2022; not a 2021 work summary's 编制了2020年度政府信息公开工作年度报告,并于1月31日前…发布), or lays out its parts, counted
// (报告全文包括…等六部分, 本报告主要由…七部分组成, 全文由…共六项内容组成, 学年信息公开年度报告,由…等八部分组成) or listed from
// the first two (报告主要包括:总体情况、主动公开政府信息情况…, xinghai-2021; 全文包括总体情况,主动公开政府信息情况…组成,
// liyang-2025), the same beside it.
const MADE = new RegExp(`(?:现${MAKES}|${MAKES}(了|完成))(${NAMED_REPORT})`);
const OUTLINED = /(?:报告|年报|全文)[,，]?(?:内容)?(?:主要)?(?:包括|由)(?:[^。\n]{0,150}?[二三四五六七八九十\d]个?(?:部分|项内容|方面)|[:：]?(?:[(（]一[)）])?总体情况[、，,；;](?:[(（]二[)）])?主动公开)/;
/** Whether the line names the report it makes, or made in the text's own year (`year`, read only where asked: null, none). */
function madeThis(line: string, year: () => number | null): boolean {
  const made = MADE.exec(line);
  if (!made) return false;
  const named = made[1] ? yearIn(made[2]!) : null;
  const own = named === null ? null : year();
  return own === null || named === own;
}
// A report that misnames itself (现将…2024年度政府信息工作年度报告予以公开, 公开 dropped) is put forward so under the
// 条例 or beside its 统计期限 all the same.
const PUT_FORWARD_UNDER = new RegExp(`${PRESENTS}[^。\\n]{0,40}?(?:年度报告|年报)${PUT_FORWARD}`);
// The documents a page's own title may name that are no report of this kind, though their text cites the 条例 and says what
// was made (…政务公开工作总结, …工作自查报告, …国民经济运行分析, …工作要点(的通知), 政府工作报告), a portal's name aside after it;
// its own, with its year or its body before it in the same part of the title, not a portal's column the page is filed under
// (规划计划总结_某某县人民政府, 工作要点_…).
const OTHER_DOCUMENT = new RegExp(`(?:(?:19|20)\\d{2}|[${LEVELS}局委办]|街道|政府)[^_|｜\\-—]*?(?:总结|自查(?:自评)?报告|调研报告|分析|要点|公报|政府工作报告)(?:的通知)?(?:[_|｜\\-—]|$)`);
// A notice's line asks others for theirs, and may outline them as the format does (请各单位…于1月20日前公开本单位2022年度…
// 年度报告，报告主要包括总体情况、主动公开政府信息情况…), news tells of one published (县政府办公室…公开了全县2022年…
// 年度报告，报告主要包括…): neither names a report of its own.
const OF_ANOTHER = /请各|各(?:单位|部门|地|乡镇|街道)(?:要|应|须|务必)|(?:公开|发布|公布)了[^。\n]{0,40}?(?:年度报告|年报)/;
/** Whether the text names itself the report; `year`: the page's own, by its title or else its text. */
function namesItself(text: string, year: () => number | null): boolean {
  return SELF_NAMED.test(text) || text.split('\n').some((line) => COMPILED_UNDER.test(line) && !OF_ANOTHER.test(line)
    && (COMPILED.test(line) || OUTLINED.test(line) || PUT_FORWARD_UNDER.test(line) || madeThis(line, year)));
}
// The marks of the 国办 format, and of the 高校 one (《高等学校信息公开办法》 reports: 统计数据的时间, 主动公开情况, 因学校信息公开工作
// 受到举报、复议、诉讼的情况, 对信息公开的评议情况, 信息公开事项清单, or 信息公开清单 alone: 信息公开清单所列50条事项中我校涉及的
// 内容均已落实公开, mirror-szkrzm-school-2022) where it words them otherwise; not 统计数据 alone, nor the 问题及改进措施 every
// work summary and analysis has.
const BODY_MARKS = [/政府信息公开条例|信息公开(?:实施)?办法/, /统计期限|所列数据|统计数据的?时间/, /主动公开政府信息|主动公开情况/, /依申请公开|收到和处理政府信息公开申请/,
  /行政复议|举报、复议、诉讼/, /存在的主要问题/, /对(?:学校)?信息公开的评议|信息公开(?:事项)?清单/];
// What any report says, however short, where it has none of those marks: a numbered part (一、概述, 一、加强领导),
// its body's work in its own voice (我局, 本会, 我所, 本办; not 根本所在, 基本局面, 本办法, a portal's 本站, the
// 条例's 本机关 a page about reports quotes, nor the 本校/本单位 a notice tells 各高校/各单位 to see to) or
// counted, in figures or in words (公开信息253条, 收到申请十二件。; not 一条龙, 三个方面, 十件实事), what it
// puts forward (现将…报告如下).
const OWN_WORK = new RegExp('(?<![根基原日资成样文版账课])[我本](?:[厅局委署院会所馆队室处]|办(?!法))|我(?:[' + LEVELS + '校]|单位|部门|中心|街道)|\\d\\s*(?:条|件|项|次|篇|个|人次)'
  + '|(?<![第〇零一二三四五六七八九十百千万])(?:[二两三四五六七八九十]|一[十百千万])[〇零一二三四五六七八九十百千万]*(?:条|件|篇|人次)(?=[，。；、,;)）]|$)|(?:报告|总结)如下', 'm');
// A summary in another language: a run of 16 Latin words.
const LATIN_PROSE = /[A-Za-z]+(?:[\s,;'’-]+[A-Za-z]+){15}/;
// The file a page carries its report in (附件：, …年度报告.pdf), and the line that points to it (全文请见附件).
const ATTACHMENT = /附件|\.(?:pdf|docx?|wps|ofd|xlsx?|zip|rar)(?![A-Za-z])/i;
/**
 * Whether the body speaks (two sentences, a paragraph, prose in another language) without a word a report says:
 * a page about reports (what a report must contain) or a summary of one, whatever its title. A body that says
 * nothing (the report in a PDF, or loaded by the portal), or is signed as a report is, leaves the title to speak
 * for it. Only the article speaks, own voice and parts included: from its heading to the file it attaches, not
 * the words that introduce the file nor the portal's frame under it (an English footer, 关于本站).
 */
function saysNoReport(e: ReportEvidence): boolean {
  if (e.signed) return false;
  const from = Math.max(0, e.heading ?? headingLine(e.bodyLines, e.title));
  const end = (to: number) => (to < 0 ? e.bodyLines.length : to);
  // A 附件 line right under the heading (附件：格式说明) comes before the article, not after it; another
  // language's prose is the article's only above any 附件 line (under it stands the portal's English footer).
  let afterText = -1;
  for (let i = from, spoken = false; i < e.bodyLines.length && afterText < 0; i++) {
    if (spoken && ATTACHMENT.test(e.bodyLines[i]!)) afterText = i;
    spoken ||= isProse(e.bodyLines[i]!);
  }
  const article = e.bodyLines.slice(from, end(afterText));
  const lead = e.bodyLines.slice(from, end(e.bodyLines.findIndex((line, i) => i >= from && ATTACHMENT.test(line))));
  return (hasText(article) || LATIN_PROSE.test(lead.join('\n')))
    && !OWN_WORK.test(article.join('\n')) && !article.some((line) => OUTLINE_HEADING.test(line));
}
// Titles that name a report without being it: its 解读 or picture (一图读懂/了解/速览…, 长图, 【图解】), the notice of its format, a notice about
// compiling reports. A notice that names a year (关于公布2015年…年度报告的通知) carries the report itself.
// Its check, review or appraisal (…年度报告检查情况的通报, …年度报告的审查意见, …质量点评, …评议结果), what was mended after
// one (…整改情况的报告), a correction of it (…的更正说明) and a blank of it (…年度报告模板) are not the report either.
// Nor are the meetings about compiling reports (…编制培训会), nor a body's rules for them, which every portal's
// 信息公开制度 column holds (两家满族乡人民政府信息公开工作年度报告制度(试行), …年度报告办法).
const NOT_THE_REPORT = /^【?(?:图解|图说|一图|长图|图文|H5)|(?:解读|图解|(?<!统)一图|长图)[^_|｜\-—]{0,40}?(?:报告|年报)|(?:报告|年报)[》」”]?(?:政策)?的?(?:更正|勘误)?(?:解读|说明|图解|一图|长图)|(?:报告|年报)[^_|｜]{0,8}(?:检查|审查|评估|考核|抽查|测评|点评|评议|整改(?:情况|报告|落实)|编制|培训|推进会|座谈会)|(?:报告|年报)(?:模板|范本)|(?:报告|年报)(?:工作)?(?:制度|办法)|通报|格式|关于做好|编制发布/;
// A covering letter's title: 关于报送/上报…年度报告的函, the report's own name quoted in it or not
// (关于报送《某某片区管理局2020年度…年度报告》的函), a portal's name after _, | or - aside.
const LETTER = new RegExp(`关于${SENDS_UP}[^_|｜]{0,60}?《?(?:${REPORT_TITLE.source})》?(?:的(?:函|报告))?(?=[_|｜\\-—]|$)`);
// Nor are the notices that ask for reports (关于报送2023年度…年度报告的通知), nor a letter sending anything else
// (…年度报告整改情况的报告); but a body's covering letter that sends its report up is the report, which
// follows in it (苏平片区管理局关于报送2020年度政府信息公开工作年度报告的函).
const SENDS = new RegExp(`关于${SENDS_UP}`);
const sendsOther = (title: string) => SENDS.test(title) && !LETTER.test(title);
// The same title heads a letter that asks the bodies below for their reports (请各单位于1月20日前将…报告
// 报送市政府办公室): its body asks and carries no report (no tables, no parts, no 现将我局…报告报送…).
const ASKS = new RegExp(`请[^。\\n]{0,80}?${SENDS_UP}`);
const SENDS_OWN = new RegExp(`${PRESENTS}(?:我|本)[^。\\n]{0,60}?${SENDS_UP}`);
/** Whether a covering letter's title heads a request for reports, by its body. */
function asksForReports(e: ReportEvidence, text: string): boolean {
  return ASKS.test(text) && !SENDS_OWN.test(text) && e.standardTables === 0 && !e.legacyTable
    && e.bodyLines.filter(isPartHeading).length < 2;
}
const NOTICE = /通知/;
// News of a report (我市发布2021年…年度报告, …年报出炉); 关于发布…的公告 publishes the report itself,
// and a portal's column name after the title (…年度报告_信息发布_某县人民政府) says nothing.
// What the report shows or won (…年报显示：…, …年度报告连续三年获评全省优秀) is news of it too.
const NEWS = /(?:发布|公布|召开)(?!时间|日期|机构)[^_|｜\-—]{0,30}?(?:报告|年报)|(?:报告|年报)[^_|｜]{0,2}(?:出炉|晒出|亮相|显示|(?:正式)?(?:发布|公布)(?!时间|日期|机构))|(?:报告|年报)[^_|｜]{0,6}(?:获评|荣获|获得|被评为)/;
/** Whether a title that names a report is about one instead (its 解读, a notice, news of it); also read on links to reports. */
export const aboutReports = (title: string): boolean => NOT_THE_REPORT.test(title) || sendsOther(title) || (NOTICE.test(title) && yearIn(title) === null)
  || (NEWS.test(title) && !title.includes('关于'));

// A page laid out in the report's own outline (report-outline.ts) is a report where its text also tells of a year's work by
// the year's digits (2022年,在区委区政府的正确领导下,…; 本局2017年共受理…): a notice listing the parts as what to report has
// no text under them, a 范文 says 20XX年, a summary of the year so far 今年以来. A date (a notice's 落款 2022年12月1日, its
// 于2023年1月20日前) tells of no year's work, nor does a line asking others for theirs.
const TELLS_A_YEAR = /(?:19|20)\d{2}\s*年(?!\s*\d{1,2}\s*月)/;
// Not a self-inspection's or a work summary's, laid out as the format is: it reports what its check found (现将自查情况报告
// 如下), sums up work wider than the disclosure (现将全年工作总结如下, 现将政务公开各项工作开展情况总结如下: a 工作 not the
// disclosure's; a report may sum up its own, 现将本年度政府信息公开工作总结如下, tianmen-hushi-2019, or 现将有关情况总结如下)
// or heads the coming year's plan (三、2023年工作打算).
const ANOTHER_ACCOUNT = /现将[^。\n]{0,40}?自查[^。\n]{0,12}?如下|现将(?:(?!信息公开)[^。\n]){0,40}?工作(?:(?!信息公开)[^。\n]){0,6}?总结如下|^\s*[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?:(?:19|20)\d{2}\s*年度?|明年)[^。：:\d]{0,8}?(?:计划|打算|思路|安排)\s*$/;
const laidOutAsReport = (lines: readonly string[]) => followsReportOutline(lines) && lines.some((line) => TELLS_A_YEAR.test(line) && !OF_ANOTHER.test(line))
  && !lines.some((line) => ANOTHER_ACCOUNT.test(line));

/** Text of the page's own: two sentences, or one paragraph of some length. */
function hasText(lines: readonly string[]): boolean {
  let sentences = 0;
  for (const line of lines) {
    if (!isProse(line)) continue;
    if (++sentences >= 2 || line.length >= 80) return true;
  }
  return false;
}

// A list's entry may show under its title the opening of the report, cut short, and its address (a site search's
// results, a column that shows each report's 摘要): those lines are the entry's, not the page's own text.
const ENTRY_LINE = /(?:\.{3}|…)$|^(?:https?:\/\/|www\.)/;
const ENTRY_LINES = 2;
/** The titles of reports among the lines (with their years), and the lines that are none of their entries'. */
function listEntries(lines: readonly string[]): { titles: number; rest: string[] } {
  const rest: string[] = [];
  let titles = 0, underTitle = 0;
  for (const line of lines.slice(0, 400)) {
    if (isTitleLine(line)) {
      titles++;
      underTitle = ENTRY_LINES;
    } else if (underTitle > 0 && ENTRY_LINE.test(line)) underTitle--;
    else {
      if (line.length >= 8) underTitle = 0; // a date between does not end the entry
      rest.push(line);
    }
  }
  return { titles, rest };
}

/**
 * Whether the lines are mostly the titles of reports: a list of reports, not one; and, where they are, whether the page
 * says anything of its own, and whether that is a report's, under a numbered part's heading (一、总体情况, 一、概述), which no
 * list's entry stands as: a short report under a title naming no year, with a 相关文章 list of other reports below it.
 */
function listsReports(lines: readonly string[]): { list: boolean; ownText: boolean; ownReport: boolean } {
  const { titles, rest } = listEntries(lines);
  const text = titles + rest.filter((line) => line.length >= 8).length; // not dates, page numbers, menu words
  const list = titles >= 3 && titles * 10 >= text * 3;
  const ownText = list && hasText(rest);
  return { list, ownText, ownReport: ownText && rest.some((line) => OUTLINE_HEADING.test(line)) };
}

/** Below this confidence a page taken for a report may well not be one: the panel and the badge say so. */
export const SURE = 0.6;

/**
 * Is this page a 政府信息公开工作年度报告, and how sure are we? The title says what the page claims;
 * the standard tables and the report's usual parts in the text say whether it is one.
 */
export function judgeReport(e: ReportEvidence): { isReport: boolean; confidence: number; year2021: boolean } {
  const title = squeezed(e.title);
  // The report's words in its text, not in a menu (依申请公开) or a link.
  let text = '';
  for (const line of e.bodyLines.slice(0, 400)) if (line.length >= 10) text += `${line}\n`;
  const marks = BODY_MARKS.filter((re) => re.test(text)).length;
  let score = 0;
  // A title about a report (its 解读, the notice of its format) is little evidence of being one; a
  // report's title among the page's lines may be a link beside another page (相关链接), so it counts
  // for less than the page's own, and the report's tables or words must make up the rest.
  // A title the body does not bear out, with none of a report's tables or marks, counts as little.
  const unsaid = e.standardTables === 0 && !e.legacyTable && marks === 0 && saysNoReport(e);
  if (namesReport(title)) score += aboutReports(title) || (LETTER.test(title) && asksForReports(e, text)) ? 0.1 : e.titleInBody || unsaid ? 0.3 : 0.5;
  // The standard tables with figures in them are the report's own: no other page prints them so; two
  // of them make a report even on a page that says nothing else.
  if (e.standardTables > 0) score += e.standardTables > 1 ? 0.5 : 0.45;
  // A flip-book's page of a 年报 prints one table alone where it fills the printed page (表三 often does): the page of
  // a report, not some statistics of its own.
  if (e.viewerOfReport && e.standardTables > 0) score += 0.15;
  // A page with no title of its own names itself in its text, or lays out the report's parts under their standard
  // headings in order (its opening lost too: near/conghua-kfq-2022, 一、总体情况 to 五、存在的主要问题及改进情况): nearly
  // as sure as its own title, but the sentence may quote another report (and a page about reports may list their parts),
  // so two of the report's marks must make up the rest. A title that names another document the page is
  // (…政务公开工作总结, …自查报告) says what its 本报告 is.
  if (!namesReport(title) && !OTHER_DOCUMENT.test(title)
    && (namesItself(text, () => yearIn(title) ?? yearIn(text)) || laidOutAsReport(e.bodyLines))) score += 0.4;
  if (e.legacyTable) score += 0.25;
  score += Math.min(marks, 5) * 0.05;
  // A page copied from a 范文 or 文库 site (its marks stand at the top) is a report's copy at best.
  if (title.search(TEMPLATE_SITE) >= 0 || text.slice(0, 500).search(TEMPLATE_SITE) >= 0) score -= 0.1;
  // A 年报 column's list page names many reports and says little else (its title may name the year
  // of the column: 2021年政府信息公开年报); a report with a 相关阅读 list beside it has its own year in
  // its title, or its own parts, and its own text and tables.
  if (e.standardTables === 0 && !e.legacyTable) {
    const { list, ownText, ownReport } = listsReports(e.bodyLines);
    if (list && ((yearIn(title) === null && !ownReport) || !ownText)) score = Math.min(score, 0.3);
  }
  const confidence = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
  // The report cites the format it follows: 国办公开办函〔2021〕30号 is the 2021 format.
  const year2021 = /〔2021〕30号|\[2021\]30号|\(2021\)30号/.test(text);
  return { isReport: confidence >= 0.5, confidence, year2021 };
}
