// Who issued the report: the body its title names, or where the title names no one, the body the page names.
import { squeezed, toHalfWidth } from '../text/normalize.ts';
import { hasSpam } from '../text/spam-words.ts';
import { isPlaceholderName } from '../text/template-marks.ts';
import { arabicYears, SERIAL_NUMBER, TO_NEXT_YEAR, YEAR_SOURCE } from './dates.ts';
import { abbreviates, completes, ofAnotherLevel, withPlace } from './fuller-name.ts';
import { BODY_CHAR, BODY_SUFFIX, LEVELS, LEVELS_ABOVE_TOWNSHIP, levelFirst, NAME_LINE, PLACE_LEVEL, placeNamed, PUBLIC_BODY, PUBLIC_BODY_WORDS, SCHOOL_WORDS } from './names.ts';
import { headingLine, isProse, type Located, nameSpot, type Spot, spotText } from './page-text.ts';
import { OVERVIEW_HEADING } from './sections.ts';
import { namesReport, PRESENTS, REPORT_WORDS, SENDS_UP } from './title.ts';
import { OPENS_WITH_YEAR } from './year.ts';
import { roundupGovernment } from './roundup.ts';
import { HAN, HAN_CHAR } from '../text/han.ts';
import { AT } from '../prose/label.ts';

/** What else the page says of who issued it, for a title that names no one; and where the page shows the title. */
export interface IssuerClues {
  /** The body's name on the line above a heading that names no one (reportTitle's nameAbove). */
  nameAbove?: string | null;
  /** The body that signed the report, and where its name stands. */
  signedBy?: string | null;
  signerAt?: Spot | null;
  /** The body the portal's info grid names as publishing the page (looked up only if needed). */
  publishedBy?: () => Located<string> | null;
  /** Where the page shows the title (reportTitle's `at`), in the page's lines: where a name it gives stands. */
  titleAt?: readonly Spot[];
  allLines?: readonly string[];
  /** Where the report's heading stands among the body lines (headingLine), -1 where none does. */
  heading?: number;
}

// Words a template-essay site puts where a body's name goes (2021年乡镇政府信息公开…范文, 2023医院政府信息公开…), or an office of
// no one's (政务公开办公室2021年印发…, where the 公开 that seems to state is the name's), or the whole place (全县): no name.
const GENERIC_NAME = new RegExp(`^(?:[${LEVELS}]{1,2}|全[${LEVELS}]|街道|部门|单位|本级|[我本](?:单位|部门|[局委办厅${LEVELS}])|某某?)?(?:人民)?(?:政府)?(?:办公室|办公厅)?$|^(?:医院|学校|高校)$`);
// …nor is a template's placeholder (由xx县中医院编制), nor words holding a year (a portal's column before the
// title: 金寨县人民政府-【政务公开】2021年政府…), nor a name a mirror swapped its own words into: spam (投注官网平台水务局),
// or a brand's Latin letters (图书馆VIP for 中国科学技术大学), which no body's name has but in brackets (北京商务中心区(CBD)管理委员会).
const namesNoOne = (name: string) => GENERIC_NAME.test(name) || isPlaceholderName(name) || /(?:19|20)\d{2}年/.test(name)
  || hasSpam(name) || BETS.test(name) || /[A-Za-z]/.test(name.replace(/[(（][^()（）]*[)）]/g, ''));
// Betting in a name is a mirror's (2024欧洲杯在哪投注#办公厅): no body is named for it but the lottery's outlets (投注站).
const BETS = /投注(?!站|网点|终端)/;

// Where the text says who compiled or publishes the report: the body, then the year ("特编制铁岭市人民政府2019年度…",
// "现向社会公开上思县南屏瑶族乡2021年…", "现将茅坪回族镇2022年度…", "现将深圳市市场监督管理局龙华监管局(以下简称龙华局)2023年…",
// the year after the report's words: "现发布《中国科学院机关信息公开工作2012年度报告》" (cas-2012); compiled to an end:
// "我镇编制完成《苍溪县文昌镇2022年…》", guangyuan-cangxi-wenchang-2022);
// the year, then the body ("公布2022年卯都乡信息公开…", "在总结2020年帽儿山镇政府信息公开工作的基础上"); the report's
// title opening the sentence that says how it was compiled ("乐山高新区管委会2010年年报根据《条例》…进行编制"), or set
// apart from the sentence it opens, a heading run into the paragraph ("黄花乡人民政府2022年…年度报告　根据《条例》…"); who
// compiled it ("本报告由伊宁县人民政府办公室编制", "由黄花乡人民政府办公室按照…要求,结合我乡实际进行编制", 江西's "由上饶市教育局
// 结合有关统计数据编制", a section of its office: "由无锡市锡山区人民政府厚桥街道党政办公室综合科编制"), or whose statistics it
// was written from (安徽's "结合国家税务总局芜湖市镜湖区税务局(以下简称“镜湖区税务局”)政府信息公开工作有关统计数据撰写")
// or whose year's work it sums up (四川's "结合自贡市商务局2022年政府信息公开工作实际,编制发布本报告", zigong-swj-2022).
// A quoted title names the issuer only where it is the report's (现发布《安徽省涡阳第三中学2022年政府信息公开工作年度报告》):
// another document the body published names a place, not a body (公开了《关于北京市东城区2020年国民经济…的报告》).
// 形成 states the report only as its quoted title follows (现形成《海城市卫生健康局2025年…报告》: anshan-haicheng-wjj-2025); else it forms anything.
const STATES = `(?:编制|公开|公布|发布|总结|形成(?=《)|${PRESENTS})`;
// The note giving the short name may say more, commas and all (国家税务总局佛山市税务局(以下简称“佛山市税务局”,下文类同)2021年…).
const SHORT_NAME_NOTE = '(?:\\((?:以下简称|下称|简称)[^()]{1,24}\\))?';
const QUOTES_REPORT = `《(?=[^《》]{2,60}?${REPORT_WORDS}[^《》]{0,20}?(?:报告|年报)》)`;
// The name runs from the verb nearest it: 政务公开's 公开 states nothing where a verb done follows (清江浦区政务公开工作领导小组
// 办公室编制了清江浦区人民政府2021年度…, js-qingjiangpu-2021), and no name holds a verb done (编制了), nor the 现将 that puts
// the report forward (…工作报告编制此报告现将兰州市2020年…: lanzhou-2020, its comma lost), nor the 、 of a list of what was
// published (主动公开硚口区一般湿地名录(第一批)、区2024年城市黑臭水体排查情况, 硚口区政府办公室 2024).
// Two verbs joined, the second on to the name (我局编制并向社会公开莆田市涵江区…局2023年度…, 涵江区人社局 2023): the name
// starts after the second, whatever says how between them (编制并依法公开: 海南省地震局 2024; 编制并在政府网站公开发布了:
// 国家林业和草原局), done or not.
const AND_STATES = `(?:并[^，,。《》、]{0,8}?${STATES}了?)?`;
// The verb done, to an end or not, before the name or the year (编制了, 编制完成: either order of year and name).
const STATED = `${STATES}(?:了|的|完成)?`;
const STATES_BODY_YEAR = `${STATED}${AND_STATES}(?:${QUOTES_REPORT}(?:关于)?)?((?:(?!${STATES}了|${PRESENTS})[^，,。《》、]){2,30}?${BODY_SUFFIX})${SHORT_NAME_NOTE}(?:${REPORT_WORDS}(?:工作)?)?(?:19|20)\\d{2}`;
const STATES_YEAR_BODY = `${STATED}《?(?:19|20)\\d{2}年度?(?!度)([^，,。《》\\d]{2,20}?${BODY_SUFFIX})(?<!(?<!人民)政府)(?:政府)?${REPORT_WORDS}`;
const TITLE_COMPILED = `^\\s*《?([^，,。《》()\\d]{2,30}?${BODY_SUFFIX})(?:19|20)\\d{2}年度?[^，,。()]{0,20}?(?:报告|年报)》?${SHORT_NAME_NOTE}(?:,?\\s*是?(?:根据|按照|依据|依照)[^。]{0,200}?编制|\\s+(?:根据|按照|依据|依照))`;
// The words of an office within a body, which names that body before it: its office (办公室, 办公厅, 办) and which one
// (党政办, 综合办, 政务公开工作领导小组办公室, 校长办公室, 党政和人大办公室, 综合与经济发展办公室), what stands for one (镇综合指挥室, 秘书处, 本单位政府信息公开受理机构),
// a bureau's 信息中心 (由袁州区市场监督管理局信息中心结合有关统计数据编制: yuanzhou-scjgj-2019), twice where an office is within
// the body's office (丽水市人民政府办公室政府信息公开中心: lishui-2017, 乌鲁木齐市人民政府办公室政务办公室), and a section of either
// (综合司, 政务公开股, 政府信息公开处, …办公室综合科), no body's or place's word in its name. (…街道办事处 is a body's whole name:
// its 办 is no office's.)
const OFFICE_WORDS = '(?:(?:政务|政府信息|政务信息|信息)公开(?:工作|申请)?(?:领导小组|联席会议)?|党政综合|党政和人大|党政|党建|综合督考|基层治理综合|综合信息|综合与经济发展|综合|新闻信息|电子政务|政务|网络|校长)?'
  + '(?:办公室|办公厅|办(?!事处)|指挥室|信息中心|(?<=公开)中心|秘书处|受理机构)';
// A section's name holds no body's word nor a place's level (…乡党政办), but 市, which its own words hold (市场监管科, 城市管理科).
const SECTION = `(?:(?!人民政府|街道|[局委厅署院会办室${LEVELS.replace('市', '')}])[^\\d，,。由]){1,8}?[科股处司]`;
const OFFICE = `(?:(?:${OFFICE_WORDS}){1,2}(?:${SECTION})?|${SECTION})`;
// The office that compiles the report for its body (由查干屯格乡人民政府党政办公室编制, 由上海市人民政府办公厅…编制, a school's:
// 由延安大学西安创新学院校长办公室编制, xacxxy-2025; a 会's: 管委会, 联合会, 协会, as 委员会) or signs it: the report is its body's, where a body's name ends before it
// (a city's 政务公开办公室 is cut from no place alone). An office issues a report of its own where the title or the
// signature names it (上海市人民政府办公厅2019年…).
export const COMPILING_OFFICE = new RegExp(`(?<=.(?:人民政府|政府|办事处|街道|[乡镇局委厅署会]|${SCHOOL_WORDS}))${OFFICE}$`);
const OFFICE_SECTION = `(?:(?<=办公室|办公厅)${SECTION})?`;
// Where the title names an office (区人民政府办公室2023年…, its place left to the page), the report is the office's own:
// a name the text gives keeps its office's words, and loses only a section of it (硚口区政府办公室信息科: qiaokou-qzfb-2023).
const NAMES_OFFICE = new RegExp(`${OFFICE_WORDS}$`);
const SECTION_OF_OFFICE = new RegExp(`(?<=办公室|办公厅)${SECTION}$`);
/** The body a name the text gives stands for: the office's where the report is an office's own, else the body the office is of. */
const officeCut = (name: string, officeReports: boolean) => officeReports ? name.replace(SECTION_OF_OFFICE, '') : name.replace(COMPILING_OFFICE, '');
// A body of two names gives its second in brackets, no part of the first (由江干区行政审批服务管理办公室(公共资源交易管理委员会办公室)
// 编制的2017年度…: hangzhou-jianggan-spb-2017).
const ALSO_NAMED = `(?:\\([^()]{2,24}?${BODY_SUFFIX}\\))?`;
const COMPILED_BY_BODY = `(?:由([^，,。《由]{2,30}?${BODY_SUFFIX})${OFFICE_SECTION}${ALSO_NAMED}${SHORT_NAME_NOTE}(?:(?:根据|按照|依据|依照|结合)[^。]{0,200}?)?`
  + `|结合([^，,。《]{2,30}?${BODY_SUFFIX})${SHORT_NAME_NOTE}(?:(?:19|20)\\d{2}年度?)?(?:${REPORT_WORDS}工作)?(?:的?(?:有关|相关)?统计数据|实际[,，]))(?:负责|进行)?(?:编制|撰写)`;
// The body as the clause's subject compiling its own year's report (陕西 黄龙县's "…要求,黄龙县市场监督管理局结合单位实际,
// 编制本单位2022年度政务公开工作年度报告"): the year right after 编制, then a report, says the report is what it compiled (not
// "编制2022年度全县政务公开工作要点"). It is who compiled it: an office compiles its body's (黄龙县人民政府办公室…编制2022年度
// 黄龙县政府信息公开工作年度报告), or straight after its name (山东 邹城's "…要求,唐村镇政府编制2020年政府信息公开年度报告。",
// sd-zoucheng-tangcun-2020, whose page heads it with no title; "绍兴市越城区东湖街道特编制2023年…", shaoxing-yuecheng-donghu-2023);
// the 由 of who compiled it is no part of the name.
const REPORT_AFTER = /报告|年报/;
// What one body does to another (县政务公开办督促县市场监督管理局编制…, 指导三河镇人民政府编制…): no name holds it, and the
// body after it is the one that compiles, named there in no clause of its own. 组织部 is a body.
// A verb of these only where a body follows it (its place's level within a few characters, a 街道 too): 宜昌市就业训练指导中心 and
// 朝阳区社会组织服务中心 are names.
const ACTS_ON = `(?:督促|指导|组织(?!部)|要求|会同|协调|配合|责成)(?=[${HAN}]{0,6}?${PLACE_LEVEL}|[各全本])`;
const COMPILES_OWN = `(?:^|[,;。])(?!由)((?:(?!${ACTS_ON})[^，,。;《》()]){2,30}?${BODY_SUFFIX})${SHORT_NAME_NOTE}(?:(?:结合|根据|按照|依据|依照)[^。]{0,60}?)?特?编制了?(?:本单位|本机关|本部门)?(?:19|20)\\d{2}年(?=[^，,。;]*?(?:${REPORT_AFTER.source}))`;
const YEAR_BODY = new RegExp(STATES_YEAR_BODY, 'u');
const COMPILED_BY = new RegExp(`${STATES_BODY_YEAR}|${STATES_YEAR_BODY}|${TITLE_COMPILED}|${COMPILED_BY_BODY}|${COMPILES_OWN}`, 'u');
// The lines worth trying COMPILED_BY on: a word of its statements, and the year or the 编制/撰写 each of them holds
// (most of a report's first lines say 公开 or 发布, and the whole regex is slow to fail on a long one).
const STATES_ANY = new RegExp(`${STATES}|撰写`);
const DATED_OR_COMPILED = /(?:19|20)\d{2}|编制|撰写/;
const compiledBy = (line: string) => (DATED_OR_COMPILED.test(line) ? COMPILED_BY.exec(line) : null);
// A portal's info grid: 发布机构：来凤县政务服务和大数据管理局 (or the name in the next cell), or its date line
// with the other labels (发布时间：2023-01-20　发布机构：隆德县观庄乡人民政府).
const PUBLISHER = new RegExp(`(?:^|\\s)(?:发布机构|发布单位|信息来源|来源单位)\\s*[:：]?\\s*([^，,。:：\\s]{2,30}${BODY_SUFFIX})(?=\\s|$)`);
// What lengthens the title's name where the text names the issuer in full: (铁岭市)人民政府2019年度…
// (sticky: tried right after each mention of the name).
const FULLER_NAME = /(人民政府(?:办公厅|办公室)?)(?:19|20)\d{2}\s*年/y;
// The year may have lost its 年 before the report's words (西藏自治区政府国资委2020政府信息公开…); a title that
// opens with a 学年 names no one before it (2021—2022年度某某大学…).
const NAME_BEFORE_YEAR = new RegExp(`^(?!(?:19|20)\\d{2}${TO_NEXT_YEAR})(.{2,30}?)(?:${YEAR_SOURCE}|(?:19|20)\\d{2}(?=${REPORT_WORDS}))`);
// A 学年's two years are one (2020-2021学年信息公开…: no name after them); a 年 typed twice is one (2021年年度某某镇…).
const NAME_AFTER_YEAR = new RegExp(`^(?:19|20)\\d{2}(?:${TO_NEXT_YEAR})?(?![-—–~至\\d])(?:学?年{1,2}度?)?(?![学年度])(.{2,30}?)${REPORT_WORDS}`);
const NAME_BEFORE_WORDS = new RegExp(`^([^，。,;；:：]{2,30}?${BODY_SUFFIX})(?:关于)?${REPORT_WORDS}`);
const HAS_REPORT_WORDS = new RegExp(REPORT_WORDS);
// A title naming no year that is the portal's: its name set apart by the portal's separator (…_政府信息公开…),
// or a 年报 column's name (瑞安市政府信息公开年报, 微山县人民政府 政府信息公开年报) — not the report's own title,
// however spaced (驼峰路街道办事处 政府信息公开工作年度报告).
const PORTAL_TITLE = new RegExp(`[_|｜]${REPORT_WORDS}|^[^_|｜]*?${REPORT_WORDS}年报$`);
// The verb after 关于 that publishes or sends the report, no part of any name.
const ABOUT = new RegExp(`关于(?:印发|公布|发布|公开|${SENDS_UP})?`);
// A body's name after a notice's year, a ministry's (…部) too; not a place's townships together nor any bodies of a kind
// (某县乡镇, 某区各街道, 某县各乡镇人民政府, 某区各街道办事处, 某市各县(市、区)人民政府: a roundup the publishing body issues).
const REPORTS_OWNER = new RegExp(`^(?!.*(?:乡镇|镇街|街镇)(?:人民政府)?$|.*各)[^，。,;；:：]{2,30}?(?:${BODY_SUFFIX}|部)$`);
// A note in brackets where the name ends (before the year or the report's words) or at the end is no part
// of the name: 海关总署(本级机关)2020年…, …年度报告(2022年); a bracket inside the name is, and stays:
// 中国(上海)自由贸易试验区…, nor a body's name joined to the one before it (冶金工业园(锦丰镇)2024年…, 浒墅关经开区(镇)2023年度…:
// the park and its 镇 report as one), but for which of the body's own offices the report covers (本级机关, 本局, 局机关, 含派出机关).
// A bracketed aside in the title: 【投注官网平台】, [金寨县].
const SPAM_ASIDE = /【[^【】]*】|\[[^[\]]*\]/g;
const OWN_OFFICES = `(?:本级|本${BODY_CHAR}|(?:本级|本|${BODY_CHAR})?机关|含[^()]{1,8}?机关)`;
const BRACKETED_NOTE = new RegExp(`\\((?:(?=${OWN_OFFICES}\\))|(?![^()]{0,9}${BODY_SUFFIX}\\)))[^()]{1,10}\\)(?=(?:19|20)\\d{2}|${REPORT_WORDS}|$)`, 'g');

const YEAR_BEFORE_NAME = new RegExp(String.raw`^(?:19|20)\d{2}(?=[${HAN}])(?![年学])`, 'u');
// A 政府 after a level (县政府), a 街道's (街道政府), after 人民 or a 苏木's is a place's; after any other word, no place's (市残联政府).
const NOT_PLACES_GOVERNMENT = new RegExp(`(?<![${LEVELS}道民木])政府$`);

/**
 * The issuer: the name before (or after) the year in the title — 铁岭市2019年度… / 2019年上海市人民政府办公厅… —
 * lengthened where the text names the same body more fully (铁岭市 → 铁岭市人民政府, 第三中学 → 安徽省涡阳第三中学).
 * A title naming no one leaves the page to name it: the name above the title, who the text says compiled
 * the report, who signed it, a table's 单位 or the 来源 a paragraph confirms; else the portal's publisher.
 */
export function reportIssuer(title: string, body: string[], clues: IssuerClues = {}): Located<string> | null {
  // Where the title's lines name it (a title only the page's <title> gives has no place).
  const inTitle = (value: string): Located<string> => {
    const lines = { allLines: clues.allLines ?? [], bodyLines: body };
    const at = (clues.titleAt ?? []).map((s) => nameSpot(s, spotText(lines, s), value)).find((s) => s !== null);
    return { value, at: at ?? null };
  };
  const inBody = (value: string, line: number): Located<string> => ({ value, at: nameSpot({ lines: 'body', line }, body[line], value) });
  const bodyNamed = (named: { value: string; line: number } | null) => named && inBody(named.value, named.line);
  // A list's bullet before the title (• 2016年北京市…) is no part of it; a bracket that opens an aside is, and
  // a placeholder's ×× (××街道办事处…).
  // A 公告's number before the report's title separates, as a portal's column does (应急管理部(2024年第1号):应急管理部2023年…).
  const t = arabicYears(squeezed(title)).replace(SERIAL_NUMBER, ' ').replace(BRACKETED_NOTE, '').replace(/^[^\p{L}\p{N}《(“"【[×]+/u, '');
  const before = NAME_BEFORE_YEAR.exec(t)?.[1];
  const after = NAME_AFTER_YEAR.exec(t)?.[1];
  const dated = (before !== undefined && !HAS_REPORT_WORDS.test(before) ? before : undefined) ?? after;
  // A title naming no year: the body's name before its words (驼峰路街道办事处政府信息公开工作年度报告), or
  // the portal's before its column's (微山县人民政府 政府信息公开年报), where who the text says compiled it comes first.
  const yearless = dated === undefined && namesReport(t) ? NAME_BEFORE_WORDS.exec(t)?.[1] : undefined;
  const portal = yearless !== undefined && PORTAL_TITLE.test(toHalfWidth(title).trim());
  // A mirror's or portal's words before a separator are not the name (uedbet体育_uedbet官网@:西柳镇人民政府), nor is
  // a bracketed aside, which separates as well: spam (欧洲杯足球网-【投注官网平台】水务局) or the portal's tag
  // (【置顶】金寨县…, [转载]); a bracket round the whole name is only set off (【金寨县】2021年…).
  let name = (dated ?? yearless ?? '').replace(SPAM_ASIDE, (aside, at: number, whole: string) =>
    hasSpam(aside) || whole.slice(at + aside.length).trim() !== '' ? '_' : aside)
    .replace(/[_|｜:：@>»\s-]+$/, '').replace(/^.*[_|｜:：@>»\s-]/, '').replace(/[《》“”"'【】\[\]]/g, '');
  // 某县人民政府办公室关于印发某县2021年…的通知: the report's own name follows 关于印发; with none
  // there (关于公布2015年…, a covering letter's 关于报送2020年度…), the body that publishes or sends it is the issuer,
  // unless the report's title after the year names its own (教育部办公厅关于2017年教育部政府信息公开…的公告: moe-2017).
  const about = ABOUT.exec(name);
  if (about) {
    const owner = before !== undefined && dated === before ? NAME_AFTER_YEAR.exec(t.slice(before.length))?.[1] : undefined;
    name = name.slice(about.index + about[0].length)
      || (owner !== undefined && REPORTS_OWNER.test(owner) && !namesNoOne(owner) ? owner : name.slice(0, about.index));
  }
  // 合水镇人民政府信息公开…: the report's words took the name's 政府.
  if (name.endsWith('人民')) name += '政府';
  // 市残联政府信息公开…: a body that is no place's took the report's 政府.
  else if (NOT_PLACES_GOVERNMENT.test(name)) name = name.slice(0, -2);
  // 2025湖口县大垅乡2025年度… (hukou.gov.cn): the year of the portal's column set before the title, its 年 left out, is
  // no part of the name.
  name = name.replace(YEAR_BEFORE_NAME, '');
  // 广州海关关区2023年…, 重庆海关关区2020年…: a customs house reports for its district (关区, itself and the customs
  // houses under it), and its text names the body it is (梳理编制广州海关关区…年报, 请联系广州海关办公室).
  name = name.replace(/(?<=海关)关区$/, '');
  // 2021年政府信息公开… / 2021年乡镇政府信息公开…: no name at all; nor is a name with no Chinese in it (a
  // document viewer's Page 9 - 2020年报…).
  const officeReports = NAMES_OFFICE.test(name);
  // A title naming its body by its level alone (县人民政府办公室2021年…) names no one, until the page names the place.
  const levelOnly = name;
  if (namesNoOne(name) || !HAN_CHAR.test(name)) name = '';
  // A compiling office the title or the signature names issues the report itself.
  const offices = [name, clues.signedBy];
  const ownOffice = (named: string) => officeReports || offices.includes(named);
  // The text's first lines are the article's, under its heading (or from its first sentence where it has
  // none): a portal's header, sidebar and grid may fill the page's.
  const from = articleStart(body, title, clues.heading);
  const text = body.slice(from);
  const stated = (within: string) => {
    const found = statedIssuer(text, within, ownOffice);
    return found && inBody(found.value, from + found.line);
  };
  // A template's placeholder (signed xx县中医院) names no one: the next clue may.
  const own = (named: Located<string> | null | undefined) => named && !isPlaceholderName(named.value) ? named : null;
  // Each clue read once, when first asked for: the issuer's first reading and the fullest name (below) ask for the same.
  const titleAbove = once(() => (clues.nameAbove ? inTitle(clues.nameAbove) : null));
  const statedAny = once(() => stated(''));
  const signer = once(() => own(clues.signedBy ? { value: clues.signedBy, at: clues.signerAt ?? null } : null));
  const captioned = once(() => bodyNamed(namedInText(body.slice(0, from + 60))));
  const portalPublisher = once(() => own(clues.publishedBy?.()));
  const sourced = once(() => bodyNamed(sourceLine(body.slice(0, from + 3))));
  const overview = once(() => bodyNamed(overviewSubject(body, from)));
  const contact = once(() => bodyNamed(contactBody(body, from, officeReports)));
  const township = once(() => bodyNamed(townshipSubject(body, from)));
  const townshipSource = once(() => bodyNamed(townshipSourced(sourceLine(body.slice(0, from + 3)), body.slice(from))));
  const roundup = once(() => {
    const government = roundupGovernment(text);
    return government && inBody(government.value, from + government.line);
  });
  // Every name the page gives the issuer, where one gives it more fully than the one read (fuller-name.ts): the title's,
  // the line above it, the text's statement, the 落款, a caption's or 来源's, the portal's publisher, the 来源 line's
  // alone (深圳市福田区… for 福田区…: shenzhen-futian-jtjj-2021), the overview's subject, the contact line, and a name alone on a line over the text (浑南区国资局 over 现公布区政府国资局2022年…:
  // hunnan-gzj-2022; 广州市人民政府 over the date and the text: mirror-moonvisionstudio-guangzhou-2012).
  const fullest = (read: Located<string>): Located<string> => {
    const names = [name ? inTitle(name) : null, titleAbove(), statedAny(), signer(), captioned(), portalPublisher(),
      sourced(), overview(), contact()];
    // (A line of the portal's grid, its label and value spaced apart, is none: 发布机构 县政府办公室.)
    for (let i = Math.max(0, from - 3); i < from; i++) {
      const line = toHalfWidth(body[i]!).trim();
      if (!/\s/.test(line) && isBodyName(line)) names.push(inBody(line, i));
    }
    names.push(bodyNamed(spelledOut(text, read.value)));
    let full = read;
    for (let more = true; more;) {
      more = false;
      for (const named of names) if (named && completes(full.value, named.value)) [full, more] = [named, true];
    }
    return full;
  };
  if (!name) {
    // Of a title naming its level alone, no government of another level (a town's title, its county's government in the text).
    const ofTitleLevel = (named: Located<string> | null | undefined) => named && !ofAnotherLevel(levelOnly, named.value) ? named : null;
    const found = [() => own(titleAbove()), statedAny, signer, captioned, portalPublisher, overview, contact, township, townshipSource, roundup]
      .reduce<Located<string> | null>((got, clue) => got ?? ofTitleLevel(clue()), null);
    if (!found) return null;
    // The place the page names alone, of the level the title's name opens with: 湟源县 with 县人民政府办公室… (xining-huangyuan-zfb-2021).
    // …or a name the page gives that opens with its level alone (县卫生局), with the place the text names for it.
    const placed = withPlace(levelOnly, found.value);
    const located = placed === null && LEVEL_FIRST.test(found.value) ? placeBefore(text, found.value) : null;
    // …or the office of the government the contact line names, where the text says the year's work was the office's (not
    // where the text says whose report it is: 特向社会公布平度市人民政府2022年度…报告 is the government's, its office's 共受理 or not).
    const near = located ?? (placed === null && found === contact() ? governmentsOffice(text, found.value) : null);
    return fullest(placed ? { value: placed, at: found.at } : near ? inBody(near.value, from + near.line) : found);
  }
  const full = stated(portal ? '' : name);
  if (full && (portal || namesInFull(full.value, name))) return fullest(full);
  // Only a mention that reads like the report's own title (铁岭市人民政府2019年度…) names the issuer more fully;
  // a 来源 line names the office that posted the page.
  for (const [i, line] of text.slice(0, 15).entries()) {
    if (!line.includes('府')) continue; // …人民政府…: the only lines worth normalising
    const text = squeezed(line);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      FULLER_NAME.lastIndex = at + name.length;
      const m = FULLER_NAME.exec(text);
      if (m) return fullest(inBody(name + m[1], from + i));
    }
  }
  const placed = (LEVEL_FIRST.test(name) ? placeBefore(text, name) : null) ?? shortFor(text, name);
  return fullest(placed ? inBody(placed.value, from + placed.line) : inTitle(name));
}

// The year's figures said of the government's office, by its level, as the clause's own subject (2012年1月1日至12月31日,
// 市政府办公室共发布各类主动公开信息96件: pingdu-zfb-2012; 2022年,区政府办公室共收到8份…申请: wuhan-hanyang-zfb-2022): the
// report is the office's own, not its government's (a government's lists its office's documents with its own: 市政府、市政府办公室共…).
const OFFICE_COUNTS = new RegExp(`(?:^|[,，。;；])([${LEVELS}])(?:人民)?政府办公[室厅](?:共|全年|累计)`);
const GOVERNMENT = new RegExp(`^([${HAN}]{2,20}([${LEVELS}]))(?:人民)?政府$`, 'u');

/** The office of the government `name` names (平度市政府 → 平度市政府办公室), where the text counts the year's work as that office's and prints its name; else null. */
function governmentsOffice(text: readonly string[], name: string): { value: string; line: number } | null {
  const m = GOVERNMENT.exec(name);
  if (!m || !text.some((line) => OFFICE_COUNTS.exec(toHalfWidth(line))?.[1] === m[2])) return null;
  const office = new RegExp(`${m[1]}(?:人民)?政府办公[室厅]`);
  for (const [line, raw] of text.entries()) {
    const printed = office.exec(squeezed(raw))?.[0];
    if (printed) return { value: printed, line };
  }
  return null;
}

// A government's name as the text prints it in full anywhere, mid-sentence too: 枫坪乡政府 (the contact line's) as
// 推进政府信息公开是枫坪乡人民政府贯彻落实… (songyang-fengping-2015). 人民政府 and 政府 of one place are one body's name, where
// the name carries its own place (a level alone, 县政府, is inside any county's).
const SHORT_GOVERNMENT = new RegExp(`^([${HAN}]{2,20}[${LEVELS}])政府((?:办公室|办公厅)?)$`, 'u');

/** The name `name` with 人民政府 for its 政府, where the text prints it so, and the line; null where it does not. */
function spelledOut(text: readonly string[], name: string): { value: string; line: number } | null {
  if (!SHORT_GOVERNMENT.test(name)) return null;
  const spelt = name.replace(SHORT_GOVERNMENT, '$1人民政府$2');
  const line = text.findIndex((raw) => squeezed(raw).includes(spelt));
  return line >= 0 ? { value: spelt, line } : null;
}

// The text giving the title's short name its full one: 公主岭市残疾人联合会(以下简称 “市残联”) for 市残联政府信息公开…
// (changchun-gongzhuling-cl-2025). The full name starts after the clause's last word that is no name's: a time, a verb
// (本年度公主岭市…, 现就…), what one body does to another, or the 与 or 和 joining it to a body named before
// (国家发展和改革委员会(以下简称“发改委”)与市发展和改革委员会(…)); a 和 inside a name stays (发展和改革), as does one opening a
// place's (和平区, 和县): a 和 joins only after a body's name.
const BEFORE_NAME = `本年度|本年(?!度)|年初|现将|现就|现对|根据|按照|依据|${ACTS_ON}|[与由对在]|(?<=[局委办厅院会府室处心站所队馆社])[和及将](?=[${LEVELS_ABOVE_TOWNSHIP}])`;
const SHORT_NOTE = new RegExp(`(?<=^|[^${HAN}]|${BEFORE_NAME})(?!${BEFORE_NAME})((?:(?!${ACTS_ON})[${HAN}]){3,30}?)[(（](?:以下简称|下称|简称)\\s*[“"]?([^()（）“”"]{2,12}?)[”"]?[)）]`, 'gu');

/** The full name the text's first lines give the short name `name` (以下简称“市残联”), or null. */
function shortFor(text: readonly string[], name: string): { value: string; line: number } | null {
  for (const [i, raw] of text.slice(0, 15).entries()) {
    // The note's lookbehinds make a regex slow on every line: only one naming the short name in a note can hold it,
    // and only one with the 称 its 简称 or 下称 ends on is worth squeezing to see.
    if (!raw.includes('称')) continue;
    const line = squeezed(raw);
    if (!line.includes(name) || !(line.includes('简称') || line.includes('下称'))) continue;
    for (const m of line.matchAll(SHORT_NOTE)) {
      if (m[2] === name && abbreviates(name, m[1]!)) return { value: m[1]!, line: i };
    }
  }
  return null;
}

// A title's name that opens with its level alone (市政府研究室, 县人民医院) leaves out its place, which the text may
// put before it: after the year it opens a sentence with (2019年孝感市政府研究室主动公开信息16条, xiaogan-yjs-2019), or
// alone on a line with the name, as a heading or a signature does (孝感市政府研究室 / 孝感市政府研究室2019年…). The place
// with its level is named elsewhere in the text too (《孝感市人民政府公报》, 孝感市门户网站): words before the name that
// are no place are not (2019年,积极配合市政府研究室…), nor is a time (2019年以来市政府研究室…, 2019年上半年…), nor a
// level that is a word's (市场监督管理局).
const LEVEL_FIRST = levelFirst(LEVELS_ABOVE_TOWNSHIP);
const NO_PLACE = '(?![我本全各该]|以[来后前]|[上下]半年|年[初底末中]|期间)';
const PLACE_AFTER_YEAR = new RegExp(`(?:19|20)\\d{2}\\s*年度?[,，]?${NO_PLACE}([${HAN}]{2,4})$`, 'u');
const PLACE_ALONE = new RegExp(`^${NO_PLACE}([${HAN}]{2,4})$`, 'u');

// …or, where the text puts no place before the name, the one place of its level whose government it names as the author of a
// document it followed (…《条例》和临邑县政府《关于做好政府信息公开工作的通知》 over 县卫生局: linyi-sd-wsj-2010): a county's
// bureau works under its own county's government. The place opens after a mark or a 和 joining it, no verb's words
// (按照县政府《…》). Not a 市: a county-level city's 市卫生局 follows its prefecture's documents too (…和德州市政府《…》
// over 乐陵市's 市卫生局), the two levels one word.
const GOVERNMENTS_DOCUMENT = new RegExp(`(?:^|[^${HAN}])[和与及]?${NO_PLACE}(?!按照|根据|依据|依照|落实|贯彻|执行|结合)([${HAN}]{2,3}?[${LEVELS_ABOVE_TOWNSHIP.replace('市', '')}])(?:人民)?政府《`, 'gu');

/** The title's name with the place the text names before it (placed as LEVEL_FIRST's note says), and the line; null where none. */
function placeBefore(text: readonly string[], name: string): { value: string; line: number } | null {
  const whole = squeezed(text.join('\n'));
  const namedTwice = (place: string) => whole.split(place + name[0]).length > 2;
  for (const [i, raw] of text.slice(0, 40).entries()) {
    const line = squeezed(raw);
    for (let at = line.indexOf(name); at > 0; at = line.indexOf(name, at + 1)) {
      const before = line.slice(0, at), after = line.slice(at + name.length);
      const place = PLACE_AFTER_YEAR.exec(before)?.[1] ?? (after === '' || /^(?:19|20)\d{2}/.test(after) ? PLACE_ALONE.exec(before)?.[1] : undefined);
      if (place && namedTwice(place)) return { value: place + name, line: i };
    }
  }
  const governments = text.flatMap((raw, line) => [...squeezed(raw).matchAll(GOVERNMENTS_DOCUMENT)]
    .map((m) => ({ value: withPlace(name, m[1]!), line })).filter((placed) => placed.value !== null));
  const one = governments.length > 0 && governments.every((g) => g.value === governments[0]!.value) ? governments[0]! : null;
  return one && { value: one.value!, line: one.line };
}

/** Where the article's text starts among the body lines: at its heading, else its first sentence (a portal's header, sidebar and grid may come first). */
const articleStart = (body: readonly string[], title: string, heading = headingLine(body, title)) =>
  Math.max(0, heading >= 0 ? heading : body.findIndex(opensText));

/**
 * The body whose report the text says this is, putting it forward or naming it (现发布《铜川市耀州区人民政府办公室2023年度
 * 政府信息公开工作报告》, 现将茅坪回族镇2022年度…报告如下): not who compiled it, which may be an office of the issuer's or
 * another body that does it for it. Null where the text names none.
 */
export function reportNamedAs(title: string, body: readonly string[]): string | null {
  const text = body.slice(articleStart(body, title));
  const stated = statedIssuer(text, '', () => false, false);
  if (!stated) return null;
  // What follows the name, to the clause's end, is the report (not 对照《…办公室关于印发黄石市2021年度政务公开工作要点的通知》).
  const line = toHalfWidth(text[stated.line]!);
  const after = line.slice(line.indexOf(stated.value) + stated.value.length).split(/[，,。；;]/, 1)[0]!;
  return REPORT_AFTER.test(after) ? stated.value : null;
}

// A line of the article's text: a sentence, one that puts forward what follows (现将茅坪回族镇2022年度…报告如下：),
// or one cut before its end that its commas tell from a title (…文件要求,现将茅坪回族镇).
const opensText = (line: string) => isProse(line) || (line.length >= 15 && /[，,]|[:：]\s*$/.test(line));

/**
 * Who the text says compiled or publishes the report (由我局办公室编制, 总结全县…工作 name no one), in a line
 * naming `within` if given; a compiling office names its body unless it is one of `offices` (the title's, the signature's).
 * `compilers`: whether who compiled it counts, or only whose report the text puts forward.
 */
function statedIssuer(body: readonly string[], within: string, ownOffice: (named: string) => boolean, compilers = true): { value: string; line: number } | null {
  for (const [i, line] of body.slice(0, 15).entries()) {
    const text = toHalfWidth(line);
    const m = line.includes(within) && STATES_ANY.test(line) ? compiledBy(text) : null;
    const found = m && (m[1] ?? m[2] ?? m[3] ?? (compilers ? m[4] ?? m[5] ?? m[6] : undefined));
    const stated = found && typedOnce(found);
    const compiler = m && (m[4] ?? m[5] ?? m[6]) !== undefined;
    const named = stated && compiler ? officeCut(stated, ownOffice(stated)) : stated;
    // An office no body's name stands before (a place's 政务公开领导小组办公室) compiles the report it names next: the
    // report is that body's (…办公室编制了2019年清江浦区人民政府信息公开工作年度报告).
    const forBody = m && compiler && named && named === stated && !ownOffice(named) && NAMES_OFFICE.test(named)
      ? YEAR_BODY.exec(text.slice(m.index))?.[1] : undefined;
    if (forBody && isBodyName(forBody)) return { value: forBody, line: i };
    // Naming none, the report it compiles is its place's (由南宁市良庆区政务公开工作领导小组办公室编制, under 【城区本级】:
    // nanning-liangqing-2020-proxy): the leading group is the place's government's, which reports under the 条例.
    const place = m && compiler && named && named === stated && !ownOffice(named) ? placeOfDisclosureOffice(named) : null;
    if (place) return { value: place, line: i };
    if (named && isBodyName(named)) return { value: named, line: i };
  }
  return null;
}

// A place's own office for disclosure (南宁市良庆区政务公开工作领导小组办公室, 某县政府信息公开办): no body's name before its words.
const DISCLOSURE_OFFICE = /^(.{2,20}?)(?:政务|政府信息)公开(?:工作)?(?:领导小组)?(?:办公室|办)$/;
/** The place above a township whose disclosure office `name` is (南宁市良庆区), else null: a zone's or a body's is none. */
function placeOfDisclosureOffice(name: string): string | null {
  const place = DISCLOSURE_OFFICE.exec(name)?.[1];
  return place && ABOVE_TOWNSHIP.test(place) ? place : null;
}

/** A name with its place typed twice written once: 由北京市大兴区北京市大兴区发展和改革委员会编制. */
const typedOnce = (name: string): string => name.replace(/(.{3,})\1/, '$1');

const ALL_HAN = new RegExp(`^[${HAN}]+$`, 'u');

/**
 * Whether the text's statement names the title's body in full: 现发布《安徽省涡阳第三中学2022年…》 (a place
 * before the name, not a mirror's puroview.com), 由建章路街道办事处编制 (not another body: …街道党工委), or both
 * (由洪江区沅江路街道办事处编制 under 2023年度沅江路街道信息公开工作报告).
 */
function namesInFull(stated: string, name: string): boolean {
  const at = stated.indexOf(name);
  const place = stated.slice(0, at);
  const rest = stated.slice(at + name.length);
  return at >= 0 && (place === '' || ALL_HAN.test(place))
    && (rest === '' ? place !== '' : /^(?:人民政府(?:办公室|办公厅)?|办事处)$/.test(rest));
}

// A table's caption: 单位: 东阳市自然资源和规划局 2023年度 (not 单位：万元).
const CAPTION_NAME = new RegExp(`^\\s*(?:填报|报送|填表)?单位\\s*:\\s*([^，,。:\\s]{2,30}?${BODY_SUFFIX})(?=\\s|(?:19|20)\\d{2}|$)`);
// The page's 来源 line, or its 发布机构 or 发布单位: 来源：春城街道办事处.
const SOURCE_NAME = /(?:来源|发布机构|发布单位)\s*:\s*([^\s:|]{2,30})/;
/** The body a 来源 line (made half-width) names (来源 : 深圳市福田区集体经济发展服务署), or undefined. */
function sourceNamed(line: string): string | undefined {
  const named = SOURCE_NAME.exec(line)?.[1];
  return named && isBodyName(named) ? named : undefined;
}
/** The body the first line saying 来源 names, and that line; null where none does. */
function sourceLine(lines: readonly string[]): { value: string; line: number } | null {
  for (const [i, raw] of lines.entries()) {
    const named = raw.includes('来源') ? sourceNamed(toHalfWidth(raw)) : undefined;
    if (named) return { value: named, line: i };
  }
  return null;
}

// The words a paragraph opens with after its year: 2022年,春城街道办事处按照…, (一)…。2022年宜城市教育局全面….
const OPENING = new RegExp(`${OPENS_WITH_YEAR},?\\s*([^，,。；;：:、\\s《》“”()]{2,20})`, 'g');

/**
 * A name as a body is named: no sentence, no generic 我局/本单位/全县, nor the State Council's office whose format the report
 * follows, nor one a verb's particle opens (公开了我局2022年度财政预算 names 我局, too short for a name without the 了).
 */
// No body is named with a report's word: a title run into the next (…工作年度报告随县经济开发区2019年…) is no name.
const isBodyName = (name: string) => NAME_LINE.test(name) && !/^[我本全各了的]|^国务院|报告/.test(name) && !namesNoOne(name);

/**
 * The body a table's caption names (单位: 东阳市自然资源和规划局), or that the page's 来源 line names and one
 * of the text's paragraphs opens with (来源：春城街道办事处 / 2022年,春城街道办事处按照…). Neither names it
 * alone, however often: the 来源 may be the office that posted the page, and any words a paragraph opens
 * with may end as a name does (2022年,紧紧围绕区委、…).
 */
function namedInText(body: readonly string[]): { value: string; line: number } | null {
  let source: { value: string; line: number } | null = null;
  const openings: string[] = [];
  for (const [i, raw] of body.entries()) {
    if (!raw.includes('年') && !raw.includes('单位') && !raw.includes('来源')) continue;
    const line = toHalfWidth(raw);
    const caption = CAPTION_NAME.exec(line)?.[1];
    if (caption && isBodyName(caption)) return { value: caption, line: i };
    const named: string | undefined = source === null ? sourceNamed(line) : undefined;
    if (named) source = { value: named, line: i };
    OPENING.lastIndex = 0;
    for (let m = OPENING.exec(line); m; m = OPENING.exec(line)) openings.push(m[2]!);
  }
  return source !== null && openings.some((words) => words.startsWith(source.value)) ? source : null;
}

// The overview's first paragraph opening with its year (or 学年) and the body that did the year's work: 一、总体情况 /
// 2024年,教育部坚持以…(moe-2024), 2023-2024学年度,金融学院高度重视… (hfue-jr-2023-2024). The name is read only as a
// body's name ends (a ministry's in 部 too), followed by what it did: any words may end as a name does (2022年,紧紧围绕区委…).
// Who led it may come between the year and the body (2023年,在区委、区政府的坚强领导下,官洲街道办事处认真…, guangzhou-haizhu-
// guanzhou-2023) or after the body (2025年,熊口管理区在市委、市政府的正确领导下,…, qianjiang-xiongkou-2025).
// Its disclosure work may stand for it, under who led it (2010年,县卫生局政府信息公开工作在县委、县政府的领导下: linyi-sd-wsj-2010), or
// doing what it did (2019年,宁波国家高新区(新材料科技城)管委会办公室政务公开工作按照…要点: ningbo-gxq-2019). A zone's other name
// in brackets is part of its own (宁波国家高新区(新材料科技城)).
const DID = `坚持|高度重视|认真|深入|全面|持续|始终|积极|严格|扎实|不断|进一步|切实|着力|大力|按照|围绕|聚焦|紧扣|立足|贯彻|以|${AT}`;
const ITS_WORK = '(?:(?:政府)?信息公开|政务公开)工作';
const LED = '(?:在[^，,。；;]{2,30}?(?:领导|指导|带领)下\\s*,\\s*)?';
const OVERVIEW_SUBJECT = new RegExp(`^\\s*(?:19|20)\\d{2}(?:\\s*[-—–~至]\\s*(?:19|20)\\d{2})?\\s*学?年度?\\s*,\\s*${LED}((?:[^，,。；;：:、\\s《》“”()]|\\([${HAN}]{2,10}\\)){2,20}?(?:${BODY_SUFFIX}|部|${PUBLIC_BODY_WORDS}))(?=(?:${ITS_WORK})?(?:${DID}))`, 'u');
// Who led it is not who did it, named where it opens the paragraph too (2022年,区委区政府在政务公开方面…, 镇党委政府在…).
const LEADERS = /委[^员会]{0,3}政府$/;

/** The subject of the overview's first paragraph (from `from`, where the article's text starts), where it names a body: the last clue to who issued a report. */
function overviewSubject(body: readonly string[], from: number): { value: string; line: number } | null {
  // The article's paragraphs above the overview's heading may be where it names itself: its opening (2024年,桐乡市水务集团有限公司
  // 严格贯彻落实…: tongxiang-swjt-2024), or the one after what the report was made by (根据…编制本报告。/ 2024年,杭州市人民政府
  // 办公厅坚持…: hangzhou-szfbgt-2024).
  const subjectAt = (line: number) => (line < body.length ? OVERVIEW_SUBJECT.exec(toHalfWidth(body[line]!))?.[1] : undefined);
  const heading = overviewOpening(body, from);
  let at = heading;
  let name = subjectAt(at);
  for (let line = from; !name && line < heading; line++) {
    at = line;
    name = subjectAt(at);
  }
  if (!name || /^[我本全各]/.test(name) || LEADERS.test(name)) return null;
  if (!namesNoOne(name)) return { value: name, line: at };
  return hasSpam(name) ? cleanEnd(name, body, from) : null;
}

/**
 * The clean end of a name a mirror swapped spam into (新葡京博彩官网区人民政府北京街道办事处), where a paragraph of the text opens
 * with it as its own subject (北京街道办事处全年主动公开政府信息86条: beijingjie-2020-jingchikouqiang): the longest such end, else null.
 */
function cleanEnd(name: string, body: readonly string[], from: number): { value: string; line: number } | null {
  for (let k = 1; k <= name.length - 4; k++) {
    const end = name.slice(k);
    if (!isBodyName(end)) continue;
    const line = body.findIndex((text, i) => i >= from && toHalfWidth(text).trimStart().startsWith(end));
    if (line >= 0) return { value: end, line };
  }
  return null;
}

/**
 * Where the overview's first paragraph stands: under its heading, which may stand right over an article with no heading
 * of its own, starting at its first sentence (一、总体情况 / 2022年,番禺经济技术开发区管委会坚持…, gd-panyu-jkq-2022); where
 * no overview heading stands, the article's first paragraph is its overview, as a pre-2019 report with no parts opens
 * (2010年,县卫生局政府信息公开工作在县委、县政府的领导下,…: linyi-sd-wsj-2010).
 */
function overviewOpening(body: readonly string[], from: number): number {
  const end = Math.min(body.length - 1, from + 40);
  for (let i = Math.max(0, from - 1); i < end; i++) if (body[i]!.length <= 30 && OVERVIEW_HEADING.test(body[i]!)) return i + 1;
  return from;
}

// A township's report speaking of itself as 我乡 (or 我镇) whose paragraph opens with a date and then that township's government
// doing the year's work (截至2019年12月31日,牛街乡人民政府通过信息平台…主动公开政府信息3条: weishan-niujie-2019, its title lost).
const TOWNSHIP_SUBJECT = new RegExp(`^\\s*(?:截至|截止)?(?:19|20)\\d{2}\\s*年(?:\\d{1,2}\\s*月\\d{1,2}\\s*日)?\\s*,?\\s*([${HAN}]{2,10}?([乡镇])人民政府)(?![${HAN}]{0,4}(?:办公|党))`, 'u');

/** The one township government a text that calls itself 我乡 or 我镇 names as a paragraph's subject (TOWNSHIP_SUBJECT); null where none, or more than one. */
function townshipSubject(body: readonly string[], from: number): { value: string; line: number } | null {
  const text = body.slice(from);
  const named = text.flatMap((line, i) => {
    const m = TOWNSHIP_SUBJECT.exec(toHalfWidth(line));
    return m && !namesNoOne(m[1]!) ? [{ value: m[1]!, level: m[2]!, line: from + i }] : [];
  });
  const one = named.length > 0 && named.every((n) => n.value === named[0]!.value) ? named[0]! : null;
  return one && text.some((line) => line.includes(`我${one.level}`)) ? { value: one.value, line: one.line } : null;
}

// A township's report under a title naming no one, posted by the township itself: the 来源 line names its government and the text,
// speaking as 我乡 (or 我镇), names the township (来源:温泉彝族乡人民政府 / …温泉彝族乡结合实际…: panzhihua-yanbian-wenquan-2020).
const TOWNSHIP_GOVERNMENT = new RegExp(`^([${HAN}]{2,10}?([乡镇]))人民政府$`, 'u');

/** The township government a 来源 line names (`source`), where the text (`text`) speaks as that township and names it; else null. */
function townshipSourced(source: { value: string; line: number } | null, text: readonly string[]): { value: string; line: number } | null {
  const m = source ? TOWNSHIP_GOVERNMENT.exec(source.value) : null;
  if (!m) return null;
  const [, township, level] = m;
  const own = text.filter((line) => !line.includes('来源'));
  return own.some((line) => line.includes(`我${level}`)) && own.some((line) => line.includes(township!)) ? source : null;
}

// Whom the report sends a reader's questions to (如对本报告有任何疑问,请与二七区人民政府办公室联系(地址:…), 请联系青海省邮政管理局
// 办公室,联系地址:…): the body whose report it is, or the office or section that handles its disclosure, which names that
// body before it (…局政务公开工作领导小组办公室, …镇人民政府党政办, …街道综合办公室, …开发区党政办公室信息科, 西安交通大学校长
// 办公室, …局综合管理科, 海关总署办公厅政务公开处). An office that names no body before it names no one (本单位政府信息公开受理
// 机构, 党政综合办, 镇综合指挥室); an office that is a body of its own stays whole (山西省人民政府外事办公室). An office within
// the body's office is its body's too (丽水市人民政府办公室政府信息公开中心: lishui-2017, 乌鲁木齐市人民政府办公室政务办公室).
// The name is one sentence's: no other request or choice in it (可通过“中国丽水”…意见箱反应或直接与丽水市…联系: lishui-2017;
// 请拨打12345热线或请与…联系), nor a quoted site. Its address in brackets may come before 联系, or say it with none (请与来凤县
// 政务服务和大数据管理局(地址:来凤县政务服务中心501室,联系电话:…)。: laifeng-zwfw-2021); a colon may open it (请联系:秦淮区人民政府办公室),
// and 联络 say 联系 (请与常太镇人民政府党政办公室联络).
const CONTACT_NAME = '([^，,。；;：:、()（）\\s请或“”"]{2,40}?)';
const CONTACT_DETAILS = '\\((?:办公|联系|通讯|通信)?(?:地址|电话)';
const CONTACT = new RegExp(`(?:(?:请|可)(?:直接)?与?|或(?:直接)?与)${CONTACT_NAME}(?:${CONTACT_DETAILS}[^()]*\\))?联[系络]`
  + `|(?:请|可)(?:直接)?联系[:：]?${CONTACT_NAME}(?=[，,。；;：:(（]|$)|(?:请|可)(?:直接)?与${CONTACT_NAME}(?=${CONTACT_DETAILS})`);
// Where a reader's requests are taken, not who reports: a service centre (县政务服务中心, 便民服务中心; a hotline names no body).
const TAKES_REQUESTS = /(?:政务|便民|为民|市民)服务(?:中心|大厅)$/;
// A place above a township's alone is no body: its office (贵港市政务公开领导小组办公室, 平潭综合实验区政府信息公开工作办公室)
// may be its government's or a leading group's of the whole place; a longer name before the office's words may say
// (贺州市政府 of 贺州市政府信息公开领导小组办公室). A township's or street's name is its government's, the one body it has, as its
// reports' titles name it (钟山乡党政办公室, 螺洋街道信息公开领导小组办公室), as a zone's is its 管委会's (呼和浩特经济技术开发区
// 党政办公室), a 新区's its government's or 管委会's (湖南湘江新区). A name no one's (区政府信息公开联席会议办公室) names none either.
// A zone's words say so before its 区 only: 合作市 and 景县 are places like any other.
const ABOVE_TOWNSHIP = placeNamed(LEVELS_ABOVE_TOWNSHIP, 20);
// A public body's name too (请联系国网淮安市洪泽区供电公司信息公开办公室: hongze-gdgs-2020-mirror).
const bodyContacted = (name: string) => !ABOVE_TOWNSHIP.test(name) && (isBodyName(name) || MINISTRY.test(name) || PUBLIC_BODY.test(name));
// (A 办 cut before 事处 leaves what is no section.)
const CONTACT_OFFICE = new RegExp(`^(?!事处$)${OFFICE}$`);
const PLACE_OR_BODY = new RegExp(`${PLACE_LEVEL}|[局委厅署院会府部]`);
// A ministry's name ends in 部 (水利部政务公开领导小组办公室), a customs house's in 海关 (湛江海关办公室新闻信息办公室).
const MINISTRY = new RegExp(`^[${HAN}]{2,10}(?:部|海关)$`, 'u');

/** The body the text's contact sentence names (from `from`, where the article's text starts), its office's words cut. */
function contactBody(body: readonly string[], from: number, officeReports: boolean): { value: string; line: number } | null {
  for (let i = from; i < body.length; i++) {
    if (!/联[系络]/.test(body[i]!)) continue;
    const m = CONTACT.exec(toHalfWidth(body[i]!));
    const named = m && (m[1] ?? m[2] ?? m[3])!;
    if (!named || TAKES_REQUESTS.test(named)) continue;
    if (officeReports) {
      const office = officeCut(named, true);
      return NAMES_OFFICE.test(office) && isBodyName(office) ? { value: office, line: i } : null;
    }
    // The shortest body's name before an office's words; none where the words before an office name no place or body.
    let office = false;
    for (let end = 1; end < named.length; end++) {
      if (!CONTACT_OFFICE.test(named.slice(end))) continue;
      const name = named.slice(0, end);
      if (bodyContacted(name)) return { value: name, line: i };
      office ||= name.length < 2 || !PLACE_OR_BODY.test(name) || ABOVE_TOWNSHIP.test(name) || namesNoOne(name);
    }
    if (!office) return bodyContacted(named) ? { value: named, line: i } : null;
    const township = townshipAddressed(named, toHalfWidth(body[i]!).slice(m.index), body.slice(from));
    return township ? { value: township, line: i } : null;
  }
  return null;
}

// A township's office named by its level alone (请与乡政府信息公开工作领导小组办公室联系(地址:涵江区大洋乡大洋村首林路168号;…),
// hanjiang-dayang-2019): the address it gives names the township, down to it from its district.
const LEVEL_ALONE = /^([乡镇])(?:人民)?政府/;
const ADDRESS_PLACE = new RegExp(`[(,;:]\\s*(?:办公|联系|通讯|通信)?地址\\s*[:为]?\\s*([${HAN}]{2,16}?[乡镇])`, 'u');
// The township's own name after the places above it: two characters at least before its level, from the last 区, 县, 市 or
// 旗 that leaves them (柳市镇 of 乐清市柳市镇, 新市镇 of 德清县新市镇), or the whole where it names no place above (柳市镇
// alone: one character before its 市 names no city); a road the address opens with (福清市镇中路18号, read as far as
// 福清市镇) leaves none.
const TOWNSHIP = new RegExp(`^(?:.*[区县市旗](?=[${HAN}]{2,}[乡镇]$)|(?=[^区县市旗]+$|[${HAN}]市[乡镇]$))(.+)$`, 'u');

/**
 * The township (涵江区大洋乡) the contact's office `named` by its level alone (乡政府…办公室) stands in, as the address in its
 * sentence `sentence` names it; only where the text calls itself 我乡 (or 我镇) and names the township outside the address too.
 */
function townshipAddressed(named: string, sentence: string, text: readonly string[]): string | null {
  const level = LEVEL_ALONE.exec(named)?.[1];
  const place = level ? ADDRESS_PLACE.exec(sentence)?.[1] : undefined;
  if (!place || !place.endsWith(level!)) return null;
  const township = TOWNSHIP.exec(place)?.[1];
  if (!township) return null;
  const whole = squeezed(text.join('\n'));
  return whole.includes(`我${level}`) && whole.split(township).length > 2 ? place : null;
}

/** The body a portal's info grid names as publishing the page, where the page names none itself; where: in `lines` (the page's allLines). */
export function publisher(lines: string[]): Located<string> | null {
  for (let i = 0; i < Math.min(lines.length, 200); i++) {
    const line = lines[i]!;
    if (!line.includes('发布') && !line.includes('来源')) continue;
    const own = PUBLISHER.exec(toHalfWidth(line));
    const m = own ?? (/^\s*(?:发布机构|发布单位)\s*[:：]?\s*$/.test(line) ? PUBLISHER.exec(`发布机构${toHalfWidth(lines[i + 1] ?? '')}`) : null);
    const at = own ? i : i + 1;
    if (m) return { value: m[1]!, at: nameSpot({ lines: 'all', line: at }, lines[at], m[1]!) };
  }
  return null;
}

/** `read`, run once, when first asked for; its value kept. */
function once<T>(read: () => T): () => T {
  let kept: { value: T } | null = null;
  return () => (kept ??= { value: read() }).value;
}
