// The notes that reading a page adds beside the rules' findings, and what each is about: one list for
// the rules doc and the panel's one-line English gists (the notes' own messages say what was found).
// A test checks that every note id the engine writes is listed here.
import type { Severity } from '../schema.ts';

export interface ReadingNote { id: string; severity: Severity; zh: string; en: string }

export const READING_NOTES: readonly ReadingNote[] = [
  { id: 'figure/noise-removed', severity: 'info', zh: '数字旁的多余字符（如“?”、单位或注释标记“①”“¹”）已去除', en: 'Characters such as ? or a unit, or a footnote mark (①, ¹), dropped around a number' },
  { id: 'figure/blank', severity: 'info', zh: '空白的数字单元格按未填报（没有数字）读取，不按0计', en: 'A blank figure cell read as not reported (no figure), never as 0' },
  { id: 'figure/not-reported', severity: 'info', zh: '“—”“/”“无”（或当作横线打的“一”“×”）按未填报（没有数字）读取，不按0计', en: '—, / or 无 (“none”), or 一 or × typed for a dash, read as not reported (no figure), never as 0' },
  { id: 'figure/unreadable', severity: 'info', zh: '单元格无法读成数字（如只有“?”“□”或“否”，或一格里有两个数“22 16”），按没有数字处理', en: 'A figure cell that reads as no number (a lone ?, □ or 否, “no”, or two numbers in one cell: 22 16), taken as no figure' },
  { id: 'figure/approximate', severity: 'info', zh: '表中填的是约数（如“约300”“300余”“3000多”“近百”），不是确数，按没有数字处理', en: 'A table figure given as about so many (约300, 300余, 3000多, 近百: about 300, over 300, over 3000, nearly 100): no exact figure, taken as no figure' },
  { id: 'recognition/label-by-position', severity: 'info', zh: '标签残缺无法辨认，表头与数字列错位，或表格没有表头，按标准格式中的位置读取', en: 'A row or column label too damaged to read, a header that does not line up with its figures, or a table with no header, placed by the standard layout' },
  { id: 'recognition/column-order', severity: 'info', zh: '表三申请人列的次序与标准格式不同，按列名读取', en: 'Table 3\'s applicant columns in another order than the template\'s, read by their names' },
  { id: 'recognition/sub-rows-summed', severity: 'info', zh: '表二某项分为几行（如行政检查、行政确认），按各行之和读数', en: 'A Table 2 item split into sub-rows (such as 行政检查 and 行政确认, administrative inspection and confirmation), read as their sum' },
  { id: 'recognition/row-left-out', severity: 'info', zh: '表二某行未读取：同一行印了两次，同一项已从前面一行读取，或标准格式中没有此行（如“其他主动公开文件”）', en: 'A Table 2 row not read: the same row printed twice, an item read already from a row before, or a row the template does not have (such as 其他主动公开文件, other documents proactively disclosed)' },
  { id: 'recognition/organisations-dropped', severity: 'info', zh: '表三没有法人或其他组织的五列（小单位只列自然人和总计），或只列一列法人或其他组织（未分五类，该列不读取）：只读自然人（和总计），各行之和无从核对', en: 'A Table 3 without the five columns of legal persons and other organisations (a small body\'s individuals and total alone), or with them as one column (not read): the individuals (and total) read, the rows\' sums left unchecked' },
  { id: 'recognition/columns-missing', severity: 'info', zh: '表三缺少标准格式中的某几列（如没有总计列）：按列名读取其余各列，缺少的列为空，各行之和无从核对', en: 'A Table 3 that lacks some of the template\'s columns (no total column, say): the others read by their names, the missing ones left empty, the rows\' sums left unchecked' },
  { id: 'recognition/column-groups', severity: 'info', zh: '表三并列了几组申请人列（如全市与市本级）：只读取第一组，其余各组未读取', en: 'A Table 3 printing its applicant columns in several groups side by side (the whole city\'s and the city government\'s own, say): the first group read, the others not' },
  { id: 'recognition/short-rows', severity: 'info', zh: '表三某几行在末尾少了单元格（页面省去了行末的空白格），已按所在列读取其数字，缺的格按空白（没有数字）处理', en: 'Table 3 rows cut short, the blank cells at their end left out by the page: their figures read in the columns they stand in, the missing cells read as blank (no figure)' },
  { id: 'recognition/short-rows-total', severity: 'info', zh: '表三各行只列出有数字的单元格（页面省去了所有空白格），行末的数字等于其前各数之和：读作总计，其前的数字按所在列读取，只有一个数字的行读作总计，缺的格按空白处理', en: 'Table 3 rows that print only their filled cells, the last figure the sum of those before it: read as the total, the others in the columns they stand in, a row of one figure as its total, the missing cells as blank' },
  { id: 'recognition/short-rows-unread', severity: 'warning', zh: '表三某几行少了单元格，而表中有的行行末是总计、有的不是：这几行的数字属于哪一列无从判断，未读取', en: 'Table 3 rows cut short in a table where some rows end on their total and others do not: which column each of their figures belongs to cannot be told, and they are not read' },
  { id: 'recognition/missing-rows', severity: 'warning', zh: '表三缺少标准格式中的行（页面删去的全零行，或只印了前几行），其数字无从读取', en: 'A Table 3 that lacks rows of the template (all-zero rows the page dropped, or all but the first), whose figures cannot be read' },
  { id: 'recognition/nonstandard-table', severity: 'warning', zh: '表三的申请人列少于标准格式的七列，且列名不是标准格式的申请人名称，未读取其数字', en: 'A Table 3 with fewer applicant columns than the template\'s seven, not named as the template names its applicants: its figures are not read' },
  { id: 'recognition/other-tables', severity: 'info', zh: '同一张标准表格本页印了不止一份（如本级与系统、各下属单位各一份，或表四在同一表中多印了几组十五个数字）：只读取、核对第一份，其余未读取', en: 'A standard table printed more than once with other figures (a body\'s own and its system\'s, one for each unit), or Table 4 with more groups of fifteen figures: the first (group) alone read and checked, the others not read' },
  { id: 'recognition/text-row-unfit', severity: 'info', zh: '以文字排出的表格中，某行的数字个数与表格列数不合，无从确定各数所在的列，按没有数字处理', en: 'A row of a table laid out as text with more or fewer figures than the table has columns: which column each stands in cannot be told, taken as no figure' },
  { id: 'document/year-span', severity: 'info', zh: '标题中的年度跨两个年份：学年（如“2020-2021学年”）按开始的年份读作报告年度，其他（如“2019-2020年度”）按后一年读', en: 'A title whose year spans two: a school year (2020-2021学年) read as the year it starts in, other years (2019-2020年度) as the last' },
  { id: 'page/traditional-script', severity: 'info', zh: '页面用繁体字书写，已转为简体读取', en: 'A page in traditional characters, read as simplified' },
  { id: 'page/pinyin-removed', severity: 'info', zh: '页面在汉字后夹注拼音（镜像站），已去除后读取', en: 'A mirror\'s pinyin after each character (统(tǒng)计), taken out before reading' },
  { id: 'page/news-carries-report', severity: 'info', zh: '关于年度报告的新闻载有报告全文（“全文如下”后为报告本身的标题），按所载报告读取', en: 'A news item about the report that carries it whole (全文如下, “in full as follows”, then the report\'s own title): read as that report' },
  { id: 'page/second-report', severity: 'warning', zh: '页面在第一篇报告之后还登载了另一机关或另一年度的报告（范文网站常见），只读取、核对第一篇，第二篇未读取', en: 'A page that carries another body\'s or year\'s report after the first (as template-essay sites, 范文, do): the first alone is read and checked, the second not read' },
  { id: 'engine/rule-failed', severity: 'info', zh: '某条检查规则运行出错，该项未检查', en: 'A rule failed to run, so its check was not made; the other rules still ran' },
];
