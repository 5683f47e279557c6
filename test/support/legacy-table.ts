// The national 政府信息公开情况统计表 (2015–2018 reports) written from random figures, laid out and
// marked up as portals published it, for the round-trip test to read back.
import type { LegacyStat } from '../../lib/schema.ts';

/** One row of the template: its outline code, its label as printed (numbering and 其中 included), its unit. */
type TemplateRow = [code: string, printed: string, unit: string | null];

// The national template's rows, each coded by its own numbering: 其中 rows are parts of the row above
// (其中k), an unnumbered row that is not a part is the parent's other figure (另k).
const TEMPLATE: TemplateRow[] = [
  ['一', '一、主动公开情况', null],
  ['一.(一)', '（一）主动公开政府信息数', '条'],
  ['一.(一).其中1', '其中：主动公开规范性文件数', '条'],
  ['一.(一).另1', '制发规范性文件总数', '件'],
  ['一.(二)', '（二）通过不同渠道和方式公开政府信息的情况', null],
  ['一.(二).1', '1.政府公报公开政府信息数', '条'],
  ['一.(二).2', '2.政府网站公开政府信息数', '条'],
  ['一.(二).3', '3.政务微博公开政府信息数', '条'],
  ['一.(二).4', '4.政务微信公开政府信息数', '条'],
  ['一.(二).5', '5.其他方式公开政府信息数', '条'],
  ['二', '二、回应解读情况', null],
  ['二.(一)', '（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）', '次'],
  ['二.(二)', '（二）通过不同渠道和方式回应解读的情况', null],
  ['二.(二).1', '1.参加或举办新闻发布会总次数', '次'],
  ['二.(二).1.其中1', '其中：主要负责同志参加新闻发布会次数', '次'],
  ['二.(二).2', '2.政府网站在线访谈次数', '次'],
  ['二.(二).2.其中1', '其中：主要负责同志参加政府网站在线访谈次数', '次'],
  ['二.(二).3', '3.政策解读稿件发布数', '篇'],
  ['二.(二).4', '4.微博微信回应事件数', '次'],
  ['二.(二).5', '5.其他方式回应事件数', '次'],
  ['三', '三、依申请公开情况', null],
  ['三.(一)', '（一）收到申请数', '件'],
  ['三.(一).1', '1.当面申请数', '件'],
  ['三.(一).2', '2.传真申请数', '件'],
  ['三.(一).3', '3.网络申请数', '件'],
  ['三.(一).4', '4.信函申请数', '件'],
  ['三.(二)', '（二）申请办结数', '件'],
  ['三.(二).1', '1.按时办结数', '件'],
  ['三.(二).2', '2.延期办结数', '件'],
  ['三.(三)', '（三）申请答复数', '件'],
  ['三.(三).1', '1.属于已主动公开范围数', '件'],
  ['三.(三).2', '2.同意公开答复数', '件'],
  ['三.(三).3', '3.同意部分公开答复数', '件'],
  ['三.(三).4', '4.不同意公开答复数', '件'],
  ['三.(三).4.其中1', '其中：涉及国家秘密', '件'],
  ['三.(三).4.其中2', '涉及商业秘密', '件'],
  ['三.(三).4.其中3', '涉及个人隐私', '件'],
  ['三.(三).4.其中4', '危及国家安全、公共安全、经济安全和社会稳定', '件'],
  ['三.(三).4.其中5', '不是《条例》所指政府信息', '件'],
  ['三.(三).4.其中6', '法律法规规定的其他情形', '件'],
  ['三.(三).5', '5.不属于本行政机关公开数', '件'],
  ['三.(三).6', '6.申请信息不存在数', '件'],
  ['三.(三).7', '7.告知作出更改补充数', '件'],
  ['三.(三).8', '8.告知通过其他途径办理数', '件'],
  ['四', '四、行政复议数量', '件'],
  ['四.(一)', '（一）维持具体行政行为数', '件'],
  ['四.(二)', '（二）被依法纠错数', '件'],
  ['四.(三)', '（三）其他情形数', '件'],
  ['五', '五、行政诉讼数量', '件'],
  ['五.(一)', '（一）维持具体行政行为或者驳回原告诉讼请求数', '件'],
  ['五.(二)', '（二）被依法纠错数', '件'],
  ['五.(三)', '（三）其他情形数', '件'],
  ['六', '六、举报投诉数量', '件'],
  ['七', '七、依申请公开信息收取的费用', '万元'],
  ['八', '八、机构建设和保障经费情况', null],
  ['八.(一)', '（一）政府信息公开工作专门机构数', '个'],
  ['八.(二)', '（二）设置政府信息公开查阅点数', '个'],
  ['八.(三)', '（三）从事政府信息公开工作人员数', '人'],
  ['八.(三).1', '1.专职人员数（不包括政府公报及政府网站工作人员数）', '人'],
  ['八.(三).2', '2.兼职人员数', '人'],
  ['八.(四)', '（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）', '万元'],
  ['九', '九、政府信息公开会议和培训情况', null],
  ['九.(一)', '（一）召开政府信息公开工作会议或专题会议数', '次'],
  ['九.(二)', '（二）举办各类培训班数', '次'],
  ['九.(三)', '（三）接受培训人员数', '人次'],
];

// The statistics report form some provinces had their bodies fill in (计量单位 / 代码 / 本期实际 /
// 本年累计): no outline numbering but for numbered 其中 lists, so parts sit under the row above them.
const REPORT_FORM: TemplateRow[] = [
  ['另1', '主动公开信息数', '条'],
  ['另1.其中1', '其中:全文电子化的主动公开信息数', '条'],
  ['另2', '网站专栏页面访问量', '人次'],
  ['另3', '现场接待人数', '人次'],
  ['另4', '网上咨询数', '人次'],
  ['另5', '依申请公开信息目录数', '条'],
  ['另6', '申请总数', '条'],
  ['另6.其中1', '其中:1.当面申请数', '条'],
  ['另6.其中2', '2.传真申请数', '条'],
  ['另6.其中3', '3.电子邮件申请数', '条'],
  ['另6.其中4', '4.网上申请数', '条'],
  ['另6.其中5', '5.信函申请数', '条'],
  ['另7', '对申请的答复总数', '条'],
  ['另7.其中1', '其中:1.同意公开答复数', '条'],
  ['另7.其中2', '2.同意部分公开答复数', '条'],
  ['另7.其中3', '3.否决公开答复总数', '条'],
  ['另8', '行政复议数', '件'],
  ['另9', '行政诉讼数', '件'],
  ['另10', '行政申诉数', '件'],
];

export interface LegacyLayout {
  /** The national template's table, or a province's statistics report form. */
  form: 'national' | 'report-form';
  /** The column heads: the national template's, or the words provinces used. */
  head: 'template' | 'province';
  /** Half-width brackets and colons in the numbering: (一) 其中: */
  halfWidth: boolean;
  /** Each cell in Word's <p><span>…</span></p>, and no-break spaces around values. */
  word: boolean;
  /** The table cut in two at this row (0: not cut), the column heads not repeated. */
  splitAt: number;
  /** The part after the cut one column wider, so that the two do not line up: an empty 备注 column
   *  last, or an empty column first (Word's split tables leave one). */
  splitExtra: 'none' | 'last' | 'first';
  /** Heading rows (一、主动公开情况) as one cell across the table instead of "——" in their unit and figure. */
  spanHeadings: boolean;
  /** What lossy copying does: a bracket of the numbering lost, a character of the label lost, "?" beside values. */
  damage: boolean;
}

export function randomLegacyLayout(rand: () => number): LegacyLayout {
  const form = rand() < 0.25 ? 'report-form' : 'national';
  const rows = (form === 'national' ? TEMPLATE : REPORT_FORM).length;
  return {
    form,
    head: rand() < 0.7 ? 'template' : 'province',
    halfWidth: rand() < 0.4,
    word: rand() < 0.5,
    splitAt: rand() < 0.3 ? 5 + Math.floor(rand() * (rows - 10)) : 0,
    splitExtra: (['none', 'last', 'first'] as const)[Math.floor(rand() * 3)]!,
    spanHeadings: rand() < 0.3,
    damage: rand() < 0.4,
  };
}

/** A label as lossy copying leaves it: the closing bracket of （一） lost, or one character of the words after the numbering. */
function damaged(printed: string, rand: () => number): string {
  if (rand() > 0.3) return printed;
  if (printed.startsWith('（') && rand() < 0.5) return printed.replace('）', '');
  const body = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|其中[：:](?:\d+\.)?)?/.exec(printed)![0].length;
  if (printed.length - body < 4) return printed;
  const at = body + 1 + Math.floor(rand() * (printed.length - body - 2));
  return printed.slice(0, at) + printed.slice(at + 1);
}

/** The label as reported: the printed label without its numbering or 其中, brackets half-width. */
const ownLabel = (printed: string) =>
  printed.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）?|\d+\.|其中[：:](?:\d+\.)?)/, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * Random figures for the template's rows, by code; heading rows (no unit) have none. Consistent
 * figures add up as the template means: a row with numbered sub-rows is their sum, a 其中 row is
 * no more than its row.
 */
function legacyFigures(template: TemplateRow[], rand: () => number, consistent: boolean): Map<string, number | null> {
  const values = new Map(template.map(([code, , unit]): [string, number | null] =>
    [code, unit === null ? null : rand() < 0.3 ? 0 : Math.floor(rand() * (unit === '万元' ? 100 : 5000))]));
  if (!consistent) return values;
  const numberedChildren = (code: string) => template.filter(([c]) => c.startsWith(`${code}.`) && !c.slice(code.length + 1).includes('.') && !/^[其另]/.test(c.slice(code.length + 1)));
  for (const [code, , unit] of [...template].reverse()) {
    const children = numberedChildren(code);
    if (unit !== null && children.length > 0) values.set(code, children.reduce((sum, [c]) => sum + (values.get(c) ?? 0), 0));
  }
  for (const [code] of template) {
    const part = /^(.*)\.其中\d+$/.exec(code);
    if (part) values.set(code, Math.min(values.get(code) ?? 0, values.get(part[1]!) ?? 0));
  }
  return values;
}

/** A 2017 report page with the template's table; the figures expected back, in order. */
export function legacyPage(layout: LegacyLayout, rand: () => number, consistent = false): { html: string; expected: LegacyStat[] } {
  const expected: LegacyStat[] = [];
  const form = layout.form === 'report-form';
  const template = form ? REPORT_FORM : TEMPLATE;
  const values = legacyFigures(template, rand, consistent);
  const cell = (text: string, cols = 1) =>
    `<td${cols > 1 ? ` colspan="${cols}"` : ''}>${layout.word ? `<p class="MsoNormal" align="center"><span style="font-size:10.5pt">${text}</span></p>` : text}</td>`;
  const rows = template.map(([code, printed, unit], i) => {
    // A heading row (no unit) shows "——" or is blank, as most pages print it.
    const value = values.get(code) ?? null;
    const printedLabel = layout.damage ? damaged(printed, rand) : printed;
    expected.push({ code, label: ownLabel(printedLabel), unit, value });
    const label = layout.halfWidth ? printedLabel.replace(/（/g, '(').replace(/）/g, ')').replace('其中：', '其中:') : printedLabel;
    if (unit === null && layout.spanHeadings) return `<tr>${cell(label, 3)}</tr>`;
    let shown = value === null ? (rand() < 0.5 ? '——' : '') : layout.word && rand() < 0.3 ? `\u00a0${value}\u00a0` : String(value);
    if (layout.damage && value !== null && rand() < 0.15) shown = rand() < 0.5 ? `?${shown}` : `${shown}？`;
    // The form's 本期实际 column, left blank or holding the year again (the year is one period).
    if (form) return `<tr>${cell(label)}${cell(unit!)}${cell(String(i + 1).padStart(2, '0'))}${cell(rand() < 0.5 ? '' : shown)}${cell(shown)}</tr>`;
    return `<tr>${cell(label)}${cell(unit ?? '——')}${cell(shown)}</tr>`;
  });
  const head = form ? ['指标名称', '计量单位', '代码', '本期实际', '本年累计']
    : layout.head === 'template' ? ['统 计 指 标', '单位', '统计数'] : ['指标名称', '计量单位', '数量'];
  const headRow = `<tr>${head.map((h) => cell(h)).join('')}</tr>${form ? `\n<tr>${['甲', '乙', '丙', '1', '2'].map((h) => cell(h)).join('')}</tr>` : ''}`;
  const table = (body: string[]) => `<table border="1" cellspacing="0">\n${body.join('\n')}\n</table>`;
  const rest = rows.slice(layout.splitAt).map((row) => (layout.splitExtra === 'last' ? row.replace(/<\/tr>$/, '<td></td></tr>')
    : layout.splitExtra === 'first' ? row.replace(/^<tr>/, '<tr><td></td>') : row));
  const tables = layout.splitAt > 0
    ? `${table([headRow, ...rows.slice(0, layout.splitAt)])}\n<p>\u00a0</p>\n${table(rest)}`
    : table([headRow, ...rows]);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>某某镇人民政府2017年政府信息公开工作年度报告</title></head><body>
<h1>某某镇人民政府2017年政府信息公开工作年度报告</h1>
<p>本报告由概述，主动公开政府信息情况，依申请公开政府信息情况，复议、诉讼和申诉情况，存在的主要问题及改进措施，其他需要报告的事项六部分组成。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。</p>
<p>一、概述</p><p>2017年，我镇认真贯彻落实《中华人民共和国政府信息公开条例》。</p>
<p>二、主动公开政府信息情况</p><p>详见附表。</p>
<p>三、依申请公开政府信息情况</p><p>详见附表。</p>
<p>四、复议、诉讼和申诉情况</p><p>详见附表。</p>
<p>五、存在的主要问题及改进措施</p><p>公开工作还需加强。</p>
<p>六、其他需要报告的事项</p><p>无。</p>
<p>附表：政府信息公开情况统计表</p>
${tables}
<p>某某镇人民政府</p><p>2018年3月20日</p>
</body></html>`;
  return { html, expected };
}
