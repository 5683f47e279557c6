// UI text in Chinese (default) and English. The user picks the language on the options page, which
// chrome.i18n cannot switch at run time, so the strings live here; _locales holds only the manifest's.
// The standard tables' rows and columns are named in the language chosen (lib/labels.ts); what the page names in its
// own words (the sentences' figures, an older 统计表's rows) and the engine's messages stay Chinese.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReportFormat, Severity } from '../lib/schema.ts';
import type { HeadSource } from '../lib/document/from-head.ts';
import type { PageProblem } from '../lib/document/page-urls.ts';
import type { CountChange, FindingChange } from '../lib/finding-change.ts';
import type { NotChecked, Verdict } from '../lib/verdict.ts';
import { pathNameIn, PROSE_TABLE, tableName, type Language } from '../lib/labels.ts';
import type { LinkProblem } from '../lib/years/links.ts';
import type { SummaryTable, YearFigure } from '../lib/years/side-by-side.ts';
import type { NotComparable } from '../lib/years/summary.ts';

export type { Language };

type Unreachable = Extract<LinkProblem, { kind: 'unreachable' }>;
type Cause = Exclude<Unreachable['cause'], number>;
const zhCauses: Record<Cause, string> = { timeout: '超时', network: '网络不通', 'too-large': '页面过大，不像年报' };
const enCauses: Record<Cause, string> = { timeout: 'timed out', network: 'no connection', 'too-large': 'too large for a report' };
// In Chinese a group's heading and one finding name the severity alike.
const zhSeverities = { error: '错误', warning: '提醒', info: '信息' } satisfies Record<Severity, string>;
const enSeverities = { error: 'Errors', warning: 'Warnings', info: 'Info' } satisfies Record<Severity, string>;
const zhFromHead = { title: '取自网页标题', meta: '取自网页元数据' } satisfies Record<HeadSource, string>;
const enFromHead = { title: 'taken from the page title', meta: 'taken from the page\'s metadata' } satisfies Record<HeadSource, string>;
// What the badge says of a page the findings doubt is the issuer's own (lib/verdict.ts): the panel's first line, in one or
// two lines of a 1024 px window's panel (three at 200%), the findings under it saying which doubt.
const zhCopy = '可能是镜像、转载或范文，数字请与发布机关网站核对';
const enCopy = 'Maybe a mirror or a copy: check the figures on the issuer\'s site';
// Why no table was read, as precisely as the page allows (a report in its attachment named so): said once, first.
const zhNotChecked: Record<NotChecked, string> = {
  attachment: '未核对：年报在附件中，本页没有可核对的数字',
  'no-tables': '未核对：本页没有读到统计表，表格可能是图片',
  'none-shown': '未核对：本页没有读到统计表，也没有图片或附件',
  prose: '只核对了正文：本页没有读到统计表，正文中的数字已相互核对',
  'prose-unchecked': '未核对：本页没有读到统计表，正文中的数字也没有可相互核对的',
  school: '未核对：学校的信息公开年报没有规定的统计表，本页也没有读到可核对的数字',
  'public-body': '未核对：公共企事业单位按行业规定发布的信息公开年报没有规定的统计表，本页也没有读到可核对的数字',
  'part-of-year': '未核对：季度或半年的政府信息公开工作报告不是年度报告，没有规定的统计表，本页也没有读到可核对的数字',
};
const enNotChecked: Record<NotChecked, string> = {
  attachment: 'Not checked: the report is in an attachment',
  'no-tables': 'Not checked: no statistics table was read on this page; the tables may be pictures',
  'none-shown': 'Not checked: no statistics table was read on this page, which shows no picture or attachment either',
  prose: 'Text only: no table was read; the text\'s figures were checked against each other',
  'prose-unchecked': 'Not checked: no table was read, and the text\'s figures give none to check against another',
  school: 'Not checked: a school\'s disclosure report has no prescribed statistics tables, and no figure to check was read on this page',
  'public-body': 'Not checked: a public body\'s disclosure report under its sector\'s rules has no prescribed statistics tables, and no figure to check was read on this page',
  'part-of-year': 'Not checked: a quarter\'s or half-year\'s disclosure report is not the annual one and has no prescribed statistics tables, and no figure to check was read on this page',
};
/** Said as a reader knows them: the national templates by their year, the 统计表 of the years before them, a report of words alone. */
const zhFormats = { '2021': '2021 版表格', '2019': '2019 版表格', legacy: '2019 年以前的统计表', prose: '只有文字，没有表格', unknown: '未识别' } satisfies Record<ReportFormat, string>;
const enFormats: typeof zhFormats = { '2021': '2021 national template', '2019': '2019 national template', legacy: 'pre-2019 statistics table', prose: 'text only, no tables', unknown: 'not recognised' };
// Why an adjacent year's report of the other kind (a 统计表 beside a standard form's), read or linked, was not compared.
const zhUnlike = (format: ReportFormat) => `用的是${zhFormats[format]}，与本报告的表格没有可对照的数字（统计表只与统计表比对），未比对`;
const enUnlike = (format: ReportFormat) => `uses the ${enFormats[format]}, which shares no figure with this report's tables (a statistics table is compared only with another statistics table): not compared`;
/** What the reports read come to (lib/verdict.ts) in one sentence, null where none is a report: the panel's first line, the badge's title. */
const zhOthers = (others: number) => (others ? `（${others} 条提醒或信息）` : '');
// Where the text's figures alone were checked, what that check found, apart from findings on the parts, year or dates
// (swu-2015's 3 findings are none of them on a figure: "checked against each other (3 findings)" read as 3 of figures).
// Those of figures are warnings or info (prose/parts-sum says a part short of its total as info), as the rest of the panel says.
const zhProse = (figures: number, others: number) =>
  `${figures ? `，有 ${figures} 条提醒或信息` : '，未见不符'}${others > figures ? `；另有 ${others - figures} 条其他提醒或信息` : ''}`;
// In English as short as before (two lines of a 1024 px window's panel): "agree", the other findings in brackets.
const enProse = (figures: number, others: number) => (figures
  ? `${enNotChecked.prose}: ${counted(figures, 'finding')}${enOthers(others - figures)}`
  : `Text only: no table was read; the text's figures agree with each other${enOthers(others)}`);
const zhVerdict = (v: Verdict | null): string => {
  switch (v?.kind) {
    case 'errors': return `发现 ${v.errors} 个错误${v.others ? `、${v.others} 条提醒或信息` : ''}${v.copy ? `；${zhCopy}` : ''}`;
    case 'copy': return `${zhCopy}；${v.unchecked ? '未核对' : '未发现错误'}${zhOthers(v.others)}`;
    case 'not-checked': return `${zhNotChecked[v.why]}${v.figureFindings === undefined ? zhOthers(v.others) : zhProse(v.figureFindings, v.others)}`;
    case 'clean': return `未发现错误${zhOthers(v.others)}`;
    case 'unsure': return `未发现错误${zhOthers(v.others)}，但本页不一定是政府信息公开年报，采用前请先核实`;
    default: return '本页不是政府信息公开年报';
  }
};
const enOthers = (others: number, noun = 'other finding') => (others ? ` (${counted(others, noun)})` : '');
const enVerdict = (v: Verdict | null): string => {
  switch (v?.kind) {
    case 'errors': return `${counted(v.errors, 'error')}${v.others ? `, ${counted(v.others, 'other finding')}` : ''}${v.copy ? `. ${enCopy}` : ''}`;
    case 'copy': return `${enCopy}. ${v.unchecked ? `Not checked${enOthers(v.others, 'finding')}` : `No errors${enOthers(v.others)}`}`;
    case 'not-checked': return v.figureFindings === undefined ? `${enNotChecked[v.why]}${enOthers(v.others, 'finding')}` : enProse(v.figureFindings, v.others);
    case 'clean': return `No errors${enOthers(v.others)}`;
    case 'unsure': return `No errors${enOthers(v.others)}, but this may not be a disclosure report: make sure it is one`;
    default: return 'Not a disclosure report';
  }
};
/** The badge's title: the verdict, and where it found something, the way to it. */
const clickToSee = (v: Verdict) => v.kind === 'errors' || v.kind === 'copy';
const zhCause = ({ cause }: Unreachable) => (typeof cause === 'number' ? `服务器答复 HTTP ${cause}` : zhCauses[cause]);
/** `n` of `noun` in English, singular for one. */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
/** The pages of a report besides this one: "the other page", never "the other 1 page". */
const otherPages = (n: number) => (n === 1 ? 'page' : counted(n, 'page'));
const enCause = ({ cause }: Unreachable) => (typeof cause === 'number' ? `the server answered HTTP ${cause}` : enCauses[cause]);
/** Pages in order, a run of them as its ends: 2–3, or 2、4. */
const pageList = (pages: number[], separator: string) =>
  (pages.length > 1 && pages.every((p, k) => k === 0 || p === pages[k - 1]! + 1) ? `${pages[0]}–${pages.at(-1)}` : pages.join(separator));
const zhChange = ({ added, errors, gone }: FindingChange, none: string) => [
  added > 0 && `新增 ${added} 条检查结果${errors ? `（${errors} 个错误）` : ''}`,
  gone > 0 && `${gone} 条检查结果不再成立`,
].filter(Boolean).join('，') || none;
const enChange = ({ added, errors, gone }: FindingChange, none: string) => [
  added > 0 && `${counted(added, 'new finding')}${errors ? ` (${counted(errors, 'error')})` : ''}`,
  gone > 0 && `${counted(gone, 'finding')} no longer ${gone === 1 ? 'holds' : 'hold'}`,
].filter(Boolean).join('; ') || none;

/** What a copy put on the clipboard. */
export type Copied = { kind: 'json' } | { kind: 'findings'; count: number } | { kind: 'table'; title: string; rows: number } | { kind: 'tables'; count: number; rows: number };

const zh = {
  language: 'zh' as Language,
  /** The UI's lang attribute. */
  lang: 'zh-CN',
  panelLabel: '年报透视',
  close: '关闭',
  collapse: '收起面板',
  expand: '展开面板',
  resize: '调整面板宽度：拖动，或按 ← →',
  /** The header's region, apart from the panel's own name. */
  aboutReport: '报告概况',
  /** The header folded to one line in a short window (the bar above names the issuer and year). */
  headerSummary: (format: string, percent: number) => `报告概况：${format}，是年报的把握 ${percent}%`,
  issuer: '发布机关',
  year: '年度',
  format: '格式',
  /** How sure the reading is that the page is a report: not how credible the report is, which 可信度 would suggest. */
  confidence: '是年报的把握',
  source: '来源',
  /** A value no line of the page states, beside it: where it was taken from. */
  fromHead: zhFromHead,
  /** An issuer made from the place the page names alone (上海市 → 上海市人民政府): not the page's words, so said. */
  completedFrom: (place: string) => `据页面的“${place}”补全`,
  /** The report's values a finding may name, as a note on a finding names them. */
  documentValues: { issuer: '发布机关', year: '年度', publishedAt: '发布日期' },
  /** A finding naming values no line of the page states: which, and where they were taken from. */
  valuesFromHead: (names: string[], source: HeadSource) => `${names.join('、')}${zhFromHead[source]}`,
  otherYears: '跨年比对',
  noOtherYears: '尚未读过本机关相邻年度的年报。在本浏览器中打开上一年度或下一年度的年报，用年报透视读取一次，再重新打开本页的面板，即自动比对',
  yearReport: (year: number) => `${year}年度报告`,
  /** An adjacent year's report read, but in tables of the other kind. */
  unlikeYear: (year: number, format: ReportFormat) => `已读过的${year}年度报告${zhUnlike(format)}`,
  readYear: (year: number) => `读取 ${year} 年度报告并比对`,
  readingYear: (year: number) => `正在读取 ${year} 年度报告…`,
  yearProblem: (year: number, p: LinkProblem): string => {
    switch (p.kind) {
      case 'unreachable': return `未能读取 ${year} 年度报告的页面（${zhCause(p)}）`;
      case 'not-page': return `链接的不是网页，未能读取 ${year} 年度报告`;
      case 'not-report': return `链接的页面不是可比对的 ${year} 年度报告（未读出发布机关、年度，或 2019/2021 版表格、列有历年累计的统计表）`;
      case 'other-kind': return `链接的${year}年度报告${zhUnlike(p.format)}`;
      case 'other-site': return `链接转到了另一网站（${p.site ?? '本地'}），不与本站的报告比对`;
      case 'other-year': return `链接的是 ${p.year} 年度报告，不是 ${year} 年度的，未比对`;
      case 'other-body': return `链接的是${p.issuer}的报告，不是本机关的，未比对`;
    }
  },
  /**
   * What reading the page again (a correction made on it) changed in the findings: each severity's count that moved, else
   * the findings added and gone, else that none changed. Said in the status line.
   */
  rereadChange: (counts: CountChange[], change: FindingChange) => `已重新读取：${counts.length
    ? counts.map((c) => `${zhSeverities[c.severity]} ${c.before} → ${c.after}`).join('，')
    : zhChange(change, '检查结果没有变化')}`,
  /** What comparing with another year's report changed in the findings: said in the status line. */
  yearCompared: (year: number, change: FindingChange) => `已比对 ${year} 年度报告：${zhChange(change, '两份报告一致，无新增问题')}`,
  comparedWith: '与',
  comparedWithEnd: '对照',
  figureName: '数字',
  change: '变化',
  yearTable: (table: SummaryTable): string => tableName(table),
  yearFigure: (figure: YearFigure): string => pathNameIn(figure, 'zh'),
  /** Both years' figures agreeing (true), not (false), or not comparable (null). */
  carried: (earlier: number, later: number, a: number | null, b: number | null, agrees: boolean | null) => agrees === null
    ? `${earlier}年度报告“结转下年度”与${later}年度报告“上年结转”未能比对（有一份报告没有读到这些数字）`
    : `${earlier}年度报告“结转下年度”${a ?? '—'}件${agrees ? '＝' : '≠'}${later}年度报告“上年结转”${b ?? '—'}件${agrees ? '，逐列一致' : '，有列不一致，见检查结果'}`,
  yearChecks: '跨年检查',
  /** A check across years, by what it requires, and how it went: `compared` comparisons its figures allowed, `failed` of them failed. */
  checkOutcome: (requirement: string, compared: number, failed: number) => `${requirement}：${compared === 0 ? '未检查，两份报告没有它比对的数字'
    : failed === 0 ? `通过（比对 ${compared} 项）` : `${failed} 项不一致（共比对 ${compared} 项），见检查结果`}`,
  notCompared: (reason: NotCompared, format: string): string => {
    switch (reason) {
      case 'format': return `未作跨年比对：只有 2019 版、2021 版表格的报告，以及统计表有“历年累计”栏的报告，才与其他年度比对（本报告：${format}）`;
      case 'unsure': return '未作跨年比对：不能确定本页是年报';
      case 'issuer': return '未作跨年比对：未读出发布机关';
      case 'year': return '未作跨年比对：未读出报告年度';
      case 'not-remembered': return '未作跨年比对：设置中未开启“记住读过的年报”，或浏览器不允许扩展存储';
    }
  },
  pages: '分页',
  pageOf: (own: number, total: number) => `本页为第 ${own} 页，共 ${total} 页`,
  readPages: (others: number) => `读取其余 ${others} 页并合并核对`,
  readingPages: (others: number) => `正在读取其余 ${others} 页…`,
  pagesFailed: '未能合并其余页，本页的读取不变：',
  pagesRead: (read: number[]) => `已读取第 ${read.join('、')} 页，合并核对`,
  /** What joining the other pages changed in the findings: said in the status line. */
  pagesJoined: (joined: number[], change: FindingChange) => `已合并第 ${pageList(joined, '、')} 页：${zhChange(change, '无新增问题')}`,
  pageProblem: (page: number, p: PageProblem): string => {
    switch (p.kind) {
      case 'unreachable': return `未能读取第 ${page} 页（${zhCause(p)}）`;
      case 'not-page': return `第 ${page} 页不是网页，未能读取`;
      case 'other-site': return `第 ${page} 页的链接转到了另一网站（${p.site ?? '本地'}），未读取`;
      case 'same-page': return `第 ${page} 页与第 ${p.as} 页内容相同，未合并`;
      case 'no-article': return `第 ${page} 页取回的网页不含正文（正文由网页脚本载入），未合并`;
    }
  },
  onOtherPage: '在报告的其他页上',
  maybeNotAReport: '本页不一定是政府信息公开年报，采用前请先核实',
  notAReport: '本页不是政府信息公开年报。请打开年报正文所在的页面，再点击工具栏上的年报透视图标',
  unknown: '未知',
  formats: zhFormats,
  severities: zhSeverities,
  /** One finding's severity. */
  severity: zhSeverities,
  /** Heard between a finding's severity and its message, which the eye sees apart. */
  severityEnd: '：',
  /** Between the sentences of one description a screen reader reads on. */
  stop: '。',
  /** Between the items of a list in a line: 2020年度报告、2022年度报告. */
  listSeparator: '、',
  warningsTitle: '检查结果',
  noWarnings: '没有发现问题',
  /**
   * Where no table of the report was read (lib/verdict.ts notChecked): the panel's first line where that is the verdict;
   * above the findings, in place of noWarnings, where the verdict is another (errors found, a copy).
   */
  notChecked: zhNotChecked,
  /** Over the copy and download buttons of a report in its attachment only. */
  nothingRead: '本页没有读到年报的数字或检查结果，没有可复制或下载的内容',
  showCells: '在页面上定位',
  /** The keys that go through the findings (Panel.tsx), beside their heading, and where the others are told. */
  findingKeys: '按 j / k 逐条查看，? 查看全部按键',
  /** The panel's keys, listed at its foot on ? (KeyHelp.tsx): what each pair does. */
  keyHelp: {
    title: '快捷键（焦点在面板内时）',
    findings: '下一条 / 上一条检查结果',
    places: '所选检查结果在页面上的下一处 / 上一处（在页面上也可用）',
    arrows: '在检查结果中用 ↑ ↓ 逐条移动（Home / End 到首条、末条），用 → ← 到该条的检查说明并返回（Enter 或空格打开）；在数字表格中逐格移动（Home / End 到行首、行尾）；在“正文中的数字”中用 ↑ ↓ 逐项移动（Home / End 到首项、末项）；在“更多导出”菜单中逐项移动（Home / End 到首项、末项）；在面板左边缘上用 ← → 调整宽度',
    search: '在“查找数字”中：在页面上标出第一个找到的数字',
    close: '关闭面板（先关闭本说明、“更多导出”菜单或打开的检查说明，或清空“查找数字”）',
    help: '显示或隐藏本说明',
    toggle: '在页面上也可用：打开或关闭面板（默认按键，可在浏览器的扩展快捷键设置中更改）',
  },
  /** A control's name with the key that does the same. */
  withKey: (name: string, key: string) => `${name}（${key}）`,
  filterBySeverity: '按级别显示',
  /** Where the severities hidden leave findings out: how many, by severity, and the button showing them all. */
  findingsHidden: (n: number, counts: string) => `${n} 条检查结果已隐藏（${counts}）`,
  showAllFindings: '全部显示',
  /** Under a finding, opened on what its rule checks, why (the rule's own rationale), and a report it passes and one it fails; its id last, to look up in docs/rules.md. */
  aboutRule: '这项检查的说明',
  /** Under a reading note (lib/rules/notes.ts), opened on what reading did: no check, nothing passes or fails. */
  aboutNote: '这样读取的说明',
  ruleId: '检查编号：',
  ruleChecks: '检查：',
  ruleWhy: '理由：',
  rulePasses: '通过的例子：',
  ruleFails: '不通过的例子：',
  shownOnPage: (n: number) => `已在页面上标出 ${n} 处`,
  /** A finding's places on the page, gone through one by one: the one gone to, of how many (the status line, and the control under the finding). */
  placeShown: (n: number, of: number) => `已转到第 ${n} 处（共 ${of} 处）`,
  placeOf: (n: number, of: number) => `第 ${n}/${of} 处`,
  placesOfFinding: '逐处查看',
  previousPlace: '上一处',
  nextPlace: '下一处',
  notOnPage: '页面上找不到这些数字（页面可能已改变）',
  /** A jump to a place in the tab the page hides (document/hidden-tab), which the panel showed for it: after what the jump says. */
  inHiddenTab: (said: string) => `${said}；它在页面隐藏的标签页中，已临时显示该标签页，关闭面板时恢复`,
  /** Under the note that the report was read from a tab the page hides: shows it on the page while the panel is open (pressed while it shows). */
  showHiddenTab: '在页面上显示该标签页',
  /** Under that note where the page's own switch (文字版) shows the tab: the panel's toggle would have nothing to do. */
  hiddenTabShownByPage: '页面已显示该标签页',
  figuresTitle: '读取的数字',
  conflict: '有冲突',
  proseTitle: PROSE_TABLE.zh.title,
  findFigure: '查找数字',
  findFigureExample: '名称，如 本年新收、行政复议',
  figuresFound: (n: number) => (n ? `找到 ${n} 项` : '没有名称相符的数字'),
  /** Over the links to the report's attachments, the first line having said the report is in them. */
  attachmentOnly: '年报附件：',
  copyJson: '复制 JSON',
  downloadJson: '下载 JSON',
  /** The menu of the other exports beside 复制 JSON, and what it holds. */
  exportMenu: '更多导出',
  exportMenuTitle: '复制全部数字或检查结果，或下载 JSON、数字 CSV、检查结果 CSV',
  /** Two CSVs, each named by what it holds. */
  downloadCsv: '下载数字 CSV',
  exportsFindingsOnly: '本页没有读到年报的数字：导出的只有报告信息和检查结果',
  noFiguresCsv: '本页没有读到数字，数字 CSV 会是空的',
  /** The findings as the CLI's --format warnings writes them. */
  downloadWarnings: '下载检查结果 CSV',
  /** The findings as a numbered list, as text to paste (lib/findings-text.ts). */
  copyFindings: '复制检查结果',
  copyFindingsText: '复制检查结果：编号列表，附报告标题、发布机关、年度和网址，可贴入审计记录或文章',
  copyTsv: '复制表格',
  copyTsvOf: (title: string) => `复制表格“${title}”（可粘贴到 Excel/WPS）`,
  /** Every table and the text's figures in one copy: one paste per report for a reader filling a sheet report after report. */
  copyAllTables: '复制全部数字',
  copyAllTablesText: '复制全部表格和正文中的数字，依次排列，上方一行写明发布机关、年度和网址，一次粘贴到 Excel/WPS',
  noFiguresToCopy: '本页没有读到数字，没有可复制的表格',
  /** Over the copy and download buttons, off on a page that is not a report. */
  nothingToExport: '本页不是政府信息公开年报，没有可复制或下载的数字和检查结果',
  /** Said once a copy is done, naming what went to the clipboard: several buttons copy, and a reader pasting report after report into a sheet must know which. */
  copied: (what: Copied) => `已复制到剪贴板：${
    what.kind === 'json' ? '报告 JSON' : what.kind === 'findings' ? `检查结果 ${what.count} 条` : what.kind === 'tables' ? `全部数字，${what.count} 个表格共 ${what.rows} 行` : `表格“${what.title}”，${what.rows} 行`}`,
  /** Said once a download is handed to the browser, naming the file: the status line would still say the copy before it,
      and the browser's own notice of it is not heard from the panel. */
  downloaded: (file: string) => `已下载：${file}`,
  copyRefused: '未能写入剪贴板。内容已在上方按钮下的文本框中选中，按 Ctrl+C（Mac 上 ⌘C）复制。',
  copyFallback: '未能复制的内容',
  actions: '操作',
  failed: '无法读取本页：',
  failedNext: '若页面还在加载，可稍后重新读取；若仍然失败，则本扩展读不了这个页面，原因见上面的错误信息。',
  pageChanged: '页面已变化，下面是变化前读取的结果，页面上的标记已移除。',
  reread: '重新读取',
  /** The panel as it opens, the page not read yet; the badge says the same (badgeReading). */
  readingPage: '正在读取本页…',
  rereading: '正在读取…',
  /** Said to a screen reader before what reading the page came to (verdict). */
  pageRead: '已读取本页：',
  hoverValue: (value: string) => `读取值：${value}`,
  blank: '空',
  /** Over a figure the table shows as ·: what it stands for, lest it be taken for 0 or a stray mark. */
  noFigure: '没有数字：页面上此格空白，或填的是“—”“/”等，或读不成数字；不按0计',
  badgeUnchecked: '年报透视：本页像是政府信息公开年报，点击检查',
  /** The badge's title on a verdict (lib/verdict.ts). */
  badgeTitle: (v: Verdict) => `年报透视：${zhVerdict(v)}${clickToSee(v) ? '，点击查看' : ''}`,
  /** The badge on a page that may be no issuer's own copy (a mirror, a 范文 site): a mark of its own, not ✓. */
  badgeCopyMark: '镜',
  badgeNotReport: `年报透视：${zhVerdict(null)}`,
  /** What reading the page came to, the panel's first line (the badge's title says it too); null where it is no report. */
  verdict: zhVerdict,
  badgeFailed: '年报透视：读取本页时出错',
  badgeReading: '年报透视：正在读取本页…',
  optionsTitle: '年报透视 设置',
  optAutoCheck: '在 gov.cn 网站上自动检查年报',
  optAutoOpen: '检查后自动打开面板',
  optLanguage: '界面语言',
  optTrusted: '其他可信域名（每行一个，例如 example.org）',
  optRemember: '记住读过的年报（只存于本机），与同一机关相邻年度的报告比对',
  /** The button forgetting them, with their count: none to forget, it says so (it said 清除记住的 0 份年报, off). */
  optForget: (n: number | null) => (n === null ? '清除记住的年报' : n === 0 ? '没有记住的年报' : `清除记住的 ${n} 份年报`),
  optForgetConfirm: (n: number | null) => `清除${n === null ? '全部' : `全部 ${n} 份`}记住的年报？清除后无法恢复，跨年比对要重新读取各年报告。`,
  optShowRemembered: (n: number) => `查看记住的 ${n} 份年报`,
  optRememberedReport: (issuer: string, year: number) => `${issuer} ${year} 年度`,
  optForgetYes: '确认清除',
  optForgetNo: '取消',
  /** Under the trusted domains: the entries that are no domain, not used. */
  optIgnored: (entries: string[]) => `以下不是域名，不会使用：${entries.join('、')}`,
  optForgetFailed: '未能清除：浏览器拒绝了对扩展存储的访问',
  optSaved: '已保存',
};

export type Messages = typeof zh;

/** Why a report was not compared across years: the report's own reason, or no report of another year could be remembered or recalled. */
export type NotCompared = Exclude<NotComparable, 'not-report'> | 'not-remembered';

const en: Messages = {
  language: 'en',
  lang: 'en',
  panelLabel: 'GovReport Lens',
  close: 'Close',
  collapse: 'Collapse panel',
  expand: 'Expand panel',
  resize: 'Resize the panel: drag, or press ← →',
  aboutReport: 'About the report',
  headerSummary: (format, percent) => `About the report: ${format}, report likelihood ${percent}%`,
  issuer: 'Issuer',
  year: 'Year',
  format: 'Format',
  confidence: 'Report likelihood',
  source: 'Source',
  fromHead: enFromHead,
  completedFrom: (place) => `completed from “${place}” on the page`,
  documentValues: { issuer: 'issuer', year: 'year', publishedAt: 'date published' },
  valuesFromHead: (names, source) => {
    const said = `${names.join(' and ')} ${enFromHead[source]}`;
    return said[0]!.toUpperCase() + said.slice(1);
  },
  otherYears: 'Other years',
  noOtherYears: 'No report of this issuer for the year before or after has been read yet. Open that year\'s report in this browser and read it with GovReport Lens once, then open this panel again: the two are compared',
  yearReport: (year) => `${year} report`,
  unlikeYear: (year, format) => `The ${year} report read earlier ${enUnlike(format)}`,
  readYear: (year) => `Read the ${year} report and compare`,
  readingYear: (year) => `Reading the ${year} report…`,
  yearProblem: (year, p) => {
    switch (p.kind) {
      case 'unreachable': return `Could not read the page of the ${year} report (${enCause(p)})`;
      case 'not-page': return `The link is not a web page: the ${year} report was not read`;
      case 'not-report': return `The linked page is no ${year} report that can be compared (no issuer, year, or tables read: the 2019/2021 tables, or a statistics table with cumulative figures)`;
      case 'other-kind': return `The linked ${year} report ${enUnlike(p.format)}`;
      case 'other-site': return `The link led to another site (${p.site ?? 'local'}): not compared with this site's reports`;
      case 'other-year': return `The link is to the ${p.year} report, not the ${year} one: not compared`;
      case 'other-body': return `The link is to a report of ${p.issuer}, not of this issuer: not compared`;
    }
  },
  rereadChange: (counts, change) => `Read again: ${counts.length
    ? counts.map((c) => `${enSeverities[c.severity].toLowerCase()} ${c.before} → ${c.after}`).join(', ')
    : enChange(change, 'no finding changed')}`,
  yearCompared: (year, change) => `Compared with the ${year} report: ${enChange(change, 'the two agree; no new findings')}`,
  comparedWith: 'Compared with the',
  comparedWithEnd: '',
  figureName: 'Figure',
  change: 'Change',
  yearTable: (table) => tableName(table, 'en'),
  yearFigure: (figure) => pathNameIn(figure, 'en'),
  carried: (earlier, later, a, b, agrees) => agrees === null
    ? `Carried forward in the ${earlier} report (结转下年度) and carried over in the ${later} report (上年结转) could not be compared: one of the reports has no such figures read`
    : `Carried forward in the ${earlier} report (结转下年度) ${a ?? '—'} ${agrees ? '=' : '≠'} carried over in the ${later} report (上年结转) ${b ?? '—'}${agrees ? ', every column agreeing' : ': some columns disagree, see the findings'}`,
  yearChecks: 'Checks across years',
  // The requirement is a rule's gloss, lower case to follow "Check: " in a finding's gist.
  checkOutcome: (requirement, compared, failed) => `${requirement.charAt(0).toUpperCase()}${requirement.slice(1)}: ${compared === 0 ? 'not checked, the two reports lack the figures it compares'
    : failed === 0 ? `passed (${counted(compared, 'comparison')})` : `${failed} of ${counted(compared, 'comparison')} failed, see the findings`}`,
  notCompared: (reason, format) => {
    switch (reason) {
      case 'format': return `Not compared across years: only reports in the 2019 or 2021 form, and those whose statistics table has a cumulative (历年累计) column, are compared with other years (this one: ${format})`;
      case 'unsure': return 'Not compared across years: this page may not be a report';
      case 'issuer': return 'Not compared across years: the issuer was not read';
      case 'year': return 'Not compared across years: the report\'s year was not read';
      case 'not-remembered': return 'Not compared across years: remembering the reports read is off in the settings, or the browser refuses the extension storage';
    }
  },
  pages: 'Pages',
  pageOf: (own, total) => `This is page ${own} of ${total}`,
  readPages: (others) => `Read the other ${otherPages(others)} and check the whole report`,
  readingPages: (others) => `Reading the other ${otherPages(others)}…`,
  pagesFailed: 'Could not join the other pages; this page\'s reading stands: ',
  pagesRead: (read) => `Pages ${read.join(', ')} read and checked as one report`,
  pagesJoined: (joined, change) => `${joined.length === 1 ? 'Page' : 'Pages'} ${pageList(joined, ', ')} joined: ${enChange(change, 'no new findings')}`,
  pageProblem: (page, p) => {
    switch (p.kind) {
      case 'unreachable': return `Could not read page ${page} (${enCause(p)})`;
      case 'not-page': return `Page ${page} is not a web page: not read`;
      case 'other-site': return `The link to page ${page} led to another site (${p.site ?? 'local'}): not read`;
      case 'same-page': return `Page ${page} is the same as page ${p.as}: not joined`;
      case 'no-article': return `Page ${page} as fetched holds no article (the page's scripts load it): not joined`;
    }
  },
  onOtherPage: 'on another page of the report',
  maybeNotAReport: 'This may not be a disclosure report: check before use',
  notAReport: 'This is not an information-disclosure annual report. Open the page that carries the report itself, then click the GovReport Lens icon in the toolbar',
  unknown: 'unknown',
  formats: enFormats,
  severities: enSeverities,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityEnd: ': ',
  stop: '. ',
  listSeparator: ', ',
  warningsTitle: 'Findings',
  noWarnings: 'No problems found',
  notChecked: enNotChecked,
  nothingRead: 'No figures or findings of the report were read on this page: there is nothing to copy or download',
  showCells: 'Show on page',
  findingKeys: 'j / k: next / previous · ?: all keys',
  keyHelp: {
    title: 'Keys (while the focus is in the panel)',
    findings: 'Next / previous finding',
    places: 'Next / previous place on the page of the finding chosen (from the page too)',
    arrows: 'In the findings, ↑ ↓ from finding to finding (Home / End: the first / last), → ← to a finding\'s explanation and back (Enter or Space opens it); move from figure to figure in a table (Home / End: the row\'s first / last); ↑ ↓ in Figures in the text (Home / End: the first / last); move in the More exports menu (Home / End: its first / last); on the panel\'s left edge, ← → resize it',
    search: 'In Find a figure: show the first figure found on the page',
    close: 'Close the panel (but first this list, the More exports menu or an open explanation closes, or Find a figure empties)',
    help: 'Show or hide this list',
    toggle: 'From the page too: open or close the panel (the default key; the browser\'s extension shortcuts can change it)',
  },
  withKey: (name, key) => `${name} (${key})`,
  filterBySeverity: 'Show by severity',
  findingsHidden: (n, counts) => `${n} ${n === 1 ? 'finding' : 'findings'} hidden (${counts})`,
  showAllFindings: 'Show all',
  aboutRule: 'About this check',
  aboutNote: 'About how this was read',
  ruleId: 'Check code: ',
  ruleChecks: 'Checks: ',
  ruleWhy: 'Why: ',
  rulePasses: 'Example that passes: ',
  ruleFails: 'Example that fails: ',
  shownOnPage: (n) => `Shown on the page: ${counted(n, 'place')}`,
  placeShown: (n, of) => `Showing place ${n} of ${of} on the page`,
  placeOf: (n, of) => `${n} of ${of}`,
  placesOfFinding: 'Place by place',
  previousPlace: 'Previous place',
  nextPlace: 'Next place',
  notOnPage: 'These figures are no longer on the page (it may have changed)',
  inHiddenTab: (said) => `${said}; it is in a tab the page hides, shown for now and hidden again when the panel closes`,
  showHiddenTab: 'Show that tab on the page',
  hiddenTabShownByPage: 'The page shows that tab now',
  figuresTitle: 'Figures read',
  conflict: 'in conflict',
  proseTitle: PROSE_TABLE.en.title,
  findFigure: 'Find a figure',
  findFigureExample: 'e.g. received, 本年新收',
  figuresFound: (n) => (n ? `${n} found` : 'No figure has that name'),
  attachmentOnly: 'The report as attached:',
  copyJson: 'Copy JSON',
  downloadJson: 'Download JSON',
  exportMenu: 'More exports',
  exportMenuTitle: 'Copy all figures or the findings, or download JSON, the figures\' CSV or the findings\' CSV',
  downloadCsv: 'Download figures CSV',
  exportsFindingsOnly: 'No figures of the report were read on this page: the exports hold its details and findings only',
  noFiguresCsv: 'No figures were read on this page: the figures CSV would be empty',
  downloadWarnings: 'Download findings CSV',
  copyFindings: 'Copy findings',
  copyFindingsText: 'Copy the findings as a numbered list, under the report\'s title, issuer, year and address, for a memo or an article',
  copyTsv: 'Copy table',
  copyTsvOf: (title) => `Copy table “${title}” (pastes into Excel/WPS)`,
  copyAllTables: 'Copy all figures',
  copyAllTablesText: 'Copy every table and the figures of the text, one after another under a line naming the issuer, year and address, to paste into Excel/WPS at once',
  noFiguresToCopy: 'No figures were read on this page: there is no table to copy',
  nothingToExport: 'This page is not a disclosure report: there are no figures or findings to copy or download',
  copied: (what) => `Copied to the clipboard: ${
    what.kind === 'json' ? 'the report\'s JSON' : what.kind === 'findings' ? counted(what.count, 'finding')
      : what.kind === 'tables' ? `all figures, ${counted(what.count, 'table')}, ${counted(what.rows, 'row')} in all` : `table “${what.title}”, ${counted(what.rows, 'row')}`}`,
  downloaded: (file) => `Downloaded: ${file}`,
  copyRefused: 'Could not write to the clipboard. The text is selected in the box under the buttons above: press Ctrl+C (⌘C on a Mac) to copy it.',
  copyFallback: 'The text that could not be copied',
  actions: 'Actions',
  failed: 'Could not read this page: ',
  failedNext: 'If the page is still loading, read it again in a moment; if it fails again, the extension cannot read this page, for the reason in the error above.',
  pageChanged: 'The page has changed: below is what was read before; the marks on the page were removed.',
  reread: 'Read again',
  readingPage: 'Reading this page…',
  rereading: 'Reading…',
  pageRead: 'Page read: ',
  hoverValue: (value) => `Read as: ${value}`,
  blank: 'blank',
  noFigure: 'No figure: blank on the page, a dash or the like, or unreadable; not counted as 0',
  badgeUnchecked: 'GovReport Lens: this looks like a disclosure report — click to check',
  // The warnings and info together: the panel's Findings, less the errors.
  badgeTitle: (v) => `GovReport Lens: ${enVerdict(v)}${clickToSee(v) ? ' — click to see' : ''}`,
  badgeCopyMark: '!',
  badgeNotReport: `GovReport Lens: ${enVerdict(null)}`,
  verdict: enVerdict,
  badgeFailed: 'GovReport Lens: could not read this page',
  badgeReading: 'GovReport Lens: reading this page…',
  optionsTitle: 'GovReport Lens settings',
  optAutoCheck: 'Check reports automatically on gov.cn sites',
  optAutoOpen: 'Open the panel after the check',
  optLanguage: 'Language',
  optTrusted: 'Other trusted domains (one per line, e.g. example.org)',
  optRemember: 'Remember the reports read (on this computer only) and check them against the same issuer\'s reports of adjacent years',
  optForget: (n) => (n === null ? 'Forget the reports remembered' : n === 0 ? 'No reports remembered' : `Forget the ${counted(n, 'report')} remembered`),
  optForgetConfirm: (n) => `Forget ${n === null ? 'all the reports' : `all ${counted(n, 'report')}`} remembered? This cannot be undone: cross-year checks will need each year's report read again.`,
  optShowRemembered: (n) => `See the ${counted(n, 'report')} remembered`,
  optRememberedReport: (issuer, year) => `${issuer}, ${year}`,
  optForgetYes: 'Forget them',
  optForgetNo: 'Cancel',
  optIgnored: (entries) => `Not domains, not used: ${entries.join(', ')}`,
  optForgetFailed: 'Could not forget them: the browser refused access to the extension\'s storage',
  optSaved: 'Saved',
};

export function messagesFor(language: Language): Messages {
  return language === 'en' ? en : zh;
}

export const I18n = createContext<Messages>(zh);

/** The UI strings of the language the panel was opened with. */
export const useMessages = () => useContext(I18n);
