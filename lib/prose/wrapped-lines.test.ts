import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extractWithCheerio, extractWithDom } from '../../test/support/fixtures.ts';
import { pageFromCheerio } from '../page/cheerio-source.ts';
import { endsInCount } from './numbers.ts';
import { runOnLines, unwrappedLines } from './wrapped-lines.ts';

/** A report page with `body` (HTML) as its text. */
const reportPage = (body: string, title = '某县2022年政府信息公开工作年度报告') => `<html><head><title>${title}</title></head><body>
<h1>${title}</h1>${body}<p>二、主动公开政府信息情况</p></body></html>`;

/** The prose figures of the page (label=value+unit [parts]), the same by cheerio and by the DOM. */
function figuresOf(body: string): string[] {
  const html = reportPage(body);
  const viaCheerio = extractWithCheerio(html, null).report.proseFigures;
  expect(extractWithDom(html, null).report.proseFigures).toEqual(viaCheerio);
  const brief = (f: { label: string; value: number; unit: string | null }) => `${f.label}=${f.value}${f.unit ?? ''}`;
  return viaCheerio.map((f) => brief(f) + (f.parts.length ? ` [${f.parts.map(brief).join('; ')}]` : ''));
}

/** The lines the prose reader reads from `html`, the joins marked ⏎. */
function proseLines(html: string): string[] {
  const page = pageFromCheerio(cheerio.load(html).root()[0]!);
  return unwrappedLines(page.lines, page.lines.map((_, i) => i))
    .map((l) => l.pieces.map((p) => l.text.slice(p.lineStart, p.lineStart + p.length)).join('⏎'));
}

describe('a sentence wrapped by <br> or a newline in the text', () => {
  it('keeps a label whole across the break (bjsjs-sfj-2010)', () => {
    expect(figuresOf('<div>一、概述<br>根据《条例》要求,2010年1月1日起我局开展本年度政府信息公开工作。为此,专门配备了1名兼职<br>工作人员,设立了1个专门的信息申请<br>受理点。</div>'))
      .toEqual(['兼职工作人员=1名', '信息申请受理点=1个']);
    // A newline in the text, and the source's indentation after it, wrap the same way.
    expect(figuresOf('<p>为此，展览路街道专门配备了1名专职工作人员及3名兼职\n        工作人员，设立了1个专门的信息申请受理点。</p>'))
      .toEqual(['专职工作人员=1名', '兼职工作人员=3名', '信息申请受理点=1个']);
  });

  it('keeps a total with the breakdown its 其中 announces on the next line', () => {
    expect(figuresOf('<p>2024年，共受理政府信息公开申请95件，其中<br>自然人申请89件，法人或其他组织申请6件。</p>'))
      .toEqual(['受理政府信息公开申请=95件 [自然人申请=89件; 法人或其他组织申请=6件]']);
  });

  it('keeps a number with its unit and its label on the line before', () => {
    expect(figuresOf('<p>全年我局主动公开信息<br>25条，其中政策文件5条，工作动态20条。</p>'))
      .toEqual(['主动公开信息=25条 [政策文件=5条; 工作动态=20条]']);
  });

  it('binds a figure to its own characters on either side of the break', () => {
    const html = reportPage('<p>全年我局主动公开信息<br>\n25条，其中政策<br>文件5条。</p>');
    const { report, bindings } = extractWithCheerio(html, null);
    expect(report.proseFigures.map((f) => [f.label, f.value, f.parts.map((p) => p.label)])).toEqual([['主动公开信息', 25, ['政策文件']]]);
    expect(bindings.filter((b) => b.ref.table === 'proseFigures').map((b) => (b.node as unknown as { data: string }).data.slice(b.range!.start, b.range!.end))).toEqual(['25', '5']);
  });

  it('reads lines that each state a count as a list, not one count\'s unit run into the next one\'s label', () => {
    expect(figuresOf('<p>全年共受理申请5件<br>其中予以公开3件<br>不予公开2件</p>'))
      .toEqual(['受理申请=5件 [予以公开=3件; 不予公开=2件]']);
    expect(figuresOf('<p>本年度共收到政府信息公开申请10件<br>办结10件<br>结转0件</p>'))
      .toEqual(['收到政府信息公开申请=10件', '办结=10件', '结转=0件']);
    expect(figuresOf('<p>主动公开信息数 120条<br>政策文件 30条<br>工作动态 90条</p>'))
      .toEqual(['主动公开信息数=120条', '政策文件=30条', '工作动态=90条']);
    // A count whose noun follows on the next line is one clause.
    expect(figuresOf('<p>专门配备了1名<br>兼职工作人员，设立了1个受理点。</p>')).toEqual(['兼职工作人员=1名', '受理点=1个']);
  });

  it('puts the list\'s break between the lines as no character of the page', () => {
    const html = '<p>共受理申请5件<br>\n其中予以公开3件</p>';
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const [line] = unwrappedLines(page.lines, page.lines.map((_, i) => i));
    expect(line!.text).toBe('共受理申请5件；其中予以公开3件');
    expect(line!.pieces.map((p) => [p.lineStart, line!.text.slice(p.lineStart, p.lineStart + p.length)])).toEqual([[0, '共受理申请5件'], [8, '其中予以公开3件']]);
    const { bindings } = extractWithCheerio(reportPage(html), null);
    expect(bindings.filter((b) => b.ref.table === 'proseFigures').map((b) => (b.node as unknown as { data: string }).data.slice(b.range!.start, b.range!.end))).toEqual(['5', '3']);
  });

  it('joins a list of thousands of counts set apart by <br> (its time: npm run bench)', () => {
    const html = `<div>${Array.from({ length: 3000 }, (_, i) => `第${i}项工作 ${i % 300} 件 ${i % 7} 件`).join('<br>')}</div>`;
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const [line] = unwrappedLines(page.lines, page.lines.map((_, i) => i));
    expect(line!.text.startsWith('第0项工作 0 件 0 件；第1项工作 1 件 1 件；第2项')).toBe(true);
    // Each item keeps its piece, the white space at each break left out, however many joins before it.
    expect(line!.pieces.slice(0, 3).map((p) => [p.lineStart, line!.text.slice(p.lineStart, p.lineStart + p.length)]))
      .toEqual([[0, '第0项工作 0 件 0 件'], [14, '第1项工作 1 件 1 件'], [28, '第2项工作 2 件 2 件']]);
  });

  // Review of perf2: a title closed before such a list (依据《条例》汇总如下) made each join read the whole list again.
  it('reads a list after a closed title as it reads one alone, and a title or ASCII quotation still open as reaching across', () => {
    const list = (lead: string) => proseLines(`<div>${lead}<br>${Array.from({ length: 3 }, (_, i) => `第${i}项工作 ${i} 件 ${i} 件`).join('<br>')}</div>`);
    expect(list('依据《条例》汇总如下')).toEqual(['依据《条例》汇总如下⏎第0项工作 0 件 0 件⏎第1项工作 1 件 1 件⏎第2项工作 2 件 2 件']);
    const tail = '第0项工作 0 件 0 件；第1项工作 1 件 1 件';
    expect(endsInCount('依据《条例》汇总如下' + tail)).toBe(true);
    // Open before the tail: read as open at its start, as in the whole text.
    expect(endsInCount(tail, { title: true, quote: false })).toBe(endsInCount('依据《条例' + tail));
    expect(endsInCount(tail, { title: false, quote: true })).toBe(endsInCount('依据"条例' + tail));
  });

  // robust2's 30 MB page: paragraphs without ；/。 after a report are one wrapped sentence; each join copied all of it before.
  it('joins a run of paragraphs without ；/。 longer than what a join reads, every piece kept, a list after it still read', () => {
    const words = '政府信息公开 填充文字 '.repeat(10).trim();
    const html = `<p>${`${words}<br>`.repeat(40)}共受理申请5件<br>其中予以公开3件</p>`;
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    const lines = unwrappedLines(page.lines, page.lines.map((_, i) => i));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.text).toBe(words.repeat(40) + '共受理申请5件；其中予以公开3件');
    expect(lines[0]!.pieces.map((p) => lines[0]!.text.slice(p.lineStart, p.lineStart + p.length)))
      .toEqual([...Array(40).fill(words), '共受理申请5件', '其中予以公开3件']);
  });

  it('joins only lines the break leaves mid-sentence, the white space at the break left out', () => {
    expect(proseLines('<p>为此，专门配备了1名兼职 <br>\n  工作人员，设立了1个专门的信息申请<br>受理点。</p>'))
      .toEqual(['为此，专门配备了1名兼职⏎工作人员，设立了1个专门的信息申请⏎受理点。']);
    // A title wrapped by the editor is one line.
    expect(proseLines('<p>义乌市廿三里街道办事处<br>2022年政府信息公开工作年度报告</p>'))
      .toEqual(['义乌市廿三里街道办事处⏎2022年政府信息公开工作年度报告']);
  });

  it('keeps the break after a sentence or a lead-in, and before a heading, a list item, a date or a field', () => {
    const separate = [
      ['全年主动公开信息25条。', '配备了1名兼职工作人员。'],
      ['共受理申请12件，其中：', '当面申请3件，网络申请9件。'],
      ['主动公开政府信息情况', '（二）依申请公开情况'],
      ['主动公开政府信息情况', '1.主动公开信息25条'],
      ['重点领域信息公开', '——加强财政预决算信息公开'],
      ['某县人民政府办公室', '2023年1月20日'],
      ['发布时间：2023-01-10 10:30', '来源：县政府办公室'],
      // A heading: the sentence after it starts anew.
      ['一、总体情况', '2023年，我局共主动公开信息125条。'],
    ];
    for (const [a, b] of separate) expect(proseLines(`<p>${a}<br>${b}</p>`)).toEqual([a, b]);
  });

  it('keeps the break after a heading whose marker a break cut (一<br>、总体情况): the joined text is read as a heading from its start, none once a line joined holds a clause\'s punctuation', () => {
    expect(proseLines('<p>一<br>、总体情况<br>2023年，我局共主动公开信息125条。</p>')).toEqual(['一⏎、总体情况', '2023年，我局共主动公开信息125条。']);
    // …and none once a clause's punctuation joins it.
    expect(proseLines('<p>一<br>、总体情况，2023年，我局共主动公开<br>信息125条。</p>')).toEqual(['一⏎、总体情况，2023年，我局共主动公开⏎信息125条。']);
  });

  it('joins the pieces of a sentence a conversion put each in a block of its own: a number alone, its unit after it, a clause\'s punctuation (pinggu-fanwen)', () => {
    const html = '<p>本区到年底累计主动公开政府信息</p>\n<p>5928</p>\n<p>条,全文电子化率达</p>\n<p>90.3%</p>\n<p>,其中,本年度新增主动公开政府信息</p>\n<p>2110</p>\n<p>条。依申请公开</p>\n<p>信息目 ...</p>';
    expect(proseLines(html)).toEqual(['本区到年底累计主动公开政府信息⏎5928⏎条,全文电子化率达⏎90.3%⏎,其中,本年度新增主动公开政府信息⏎2110⏎条。依申请公开', '信息目 ...']);
    expect(figuresOf(html)[0]).toMatch(/^累计主动公开政府信息=5928条 \[.*=2110条\]$/);
    expect(proseLines('<p>(以下简称《条例》</p><p>)和《市政府信息公开规定》</p>')).toEqual(['(以下简称《条例》⏎)和《市政府信息公开规定》']);
    // A number alone that nothing after it goes on with (a page number, a table laid out in blocks) stays alone.
    expect(proseLines('<p>收到申请数</p><p>5</p><p>办结数</p><p>5</p>')).toEqual(['收到申请数', '5', '办结数', '5']);
    expect(proseLines('<table><tr><td>主动公开信息</td><td>25</td><td>条</td></tr></table>')).toEqual(['主动公开信息', '25', '条']);
  });

  it('keeps the end of a block a line end', () => {
    expect(proseLines('<div><p>配备了1名兼职</p>工作人员</div>')).toEqual(['配备了1名兼职', '工作人员']);
    expect(proseLines('<p>配备了1名兼职<br></p><p>工作人员</p>')).toEqual(['配备了1名兼职', '工作人员']);
    expect(proseLines('<div>配备了1名兼职<br><p>工作人员</p></div>')).toEqual(['配备了1名兼职', '工作人员']);
    expect(proseLines('<table><tr><td>配备了1名兼职<br></td><td>工作人员</td></tr></table>')).toEqual(['配备了1名兼职', '工作人员']);
  });

  // gaoliang-2025 (ynsz.gov.cn/public/description/61859.html) breaks its sentence between two blocks, mid-word.
  const GAOLIANG = ['(二)依申请公开情况。全年未接收到受理政府信息公开', '申请,未发生信息公开类行政复议。'];

  it('joins a paragraph of running text broken mid-word to the block going on with the word (gaoliang-2025)', () => {
    const html = GAOLIANG.map((l) => `<p>${l}</p>`).join('\n');
    expect(proseLines(html)).toEqual([GAOLIANG.join('⏎')]);
    expect(figuresOf(html)).toEqual(['受理政府信息公开申请=0件', '行政复议=0件']);
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    expect(runOnLines(page.lines, [0, 1], () => false).lines.map((l) => l.text)).toEqual([GAOLIANG.join('')]);
  });

  it('keeps a block\'s edge where the next block opens a paragraph of its own, however the one before ends', () => {
    const [before, after] = GAOLIANG;
    for (const next of [
      // Set in, or opening with more than a word before its first stop, a number, or a word that opens a sentence.
      `　　${after}`, '全年未发生信息公开类行政复议。', '2025年,未发生信息公开类行政复议。', '同时,未发生信息公开类行政复议。', '一是,政府信息公开内容相对单一。',
    ]) expect(proseLines(`<p>${before}</p><p>${next}</p>`)).toEqual([before, next]);
    // Ended, or no running text: a title, a name.
    expect(proseLines(`<p>${before}。</p><p>${after}</p>`)).toEqual([`${before}。`, after]);
    expect(proseLines(`<p>高良乡人民政府2025年政府信息公开工作年度报告</p><p>${after}</p>`)).toEqual(['高良乡人民政府2025年政府信息公开工作年度报告', after]);
  });

  it('goes on after a ；: it parts a list, and ends no paragraph (pingtan-2023\'s outcomes as a PDF\'s lines pasted)', () => {
    expect(figuresOf('<p>办结依申请公开81件，其中：予以公开及部分公开42件，占51.85%；<br>不予公开5件，占6.17%；无法提供31件，占38.27%；不予处理<br>1件，占1.23%；其他处理2件，占2.47%；因政府信息公开引起的<br>行政复议案件2件、行政诉讼案件7件。</p>')).toEqual([
      '办结依申请公开=81件 [予以公开及部分公开=42件; 不予公开=5件; 无法提供=31件; 不予处理=1件; 其他处理=2件]', '因政府信息公开引起的行政复议案件=2件', '行政诉讼案件=7件',
    ]);
  });

  it('keeps a line set in by ideographic or no-break spaces a paragraph of its own (shulan-tiande-2014 as a CMS keeps typed text: 　　text<br>)', () => {
    const [heading, text] = ['、工作存在的主要问题、改进情况及工作打算', '2014年我政府信息公开做了一些工作,但与人民群众的需求和上级的要求相比还存在一定的差距'];
    expect(proseLines(`<p>　　${heading}<br>　　${text}</p>`)).toEqual([`　　${heading}`, `　　${text}`]);
    expect(proseLines(`<p>${heading}<br>&nbsp;&nbsp;&nbsp;&nbsp;${text}</p>`)).toEqual([heading, `\u00a0\u00a0\u00a0\u00a0${text}`]);
    expect(extractWithCheerio(reportPage(`<p>　　${heading}<br>　　${text}</p>`), null).report.document.sections).toContainEqual({ number: '', title: heading.slice(1) });
  });

  it('keeps a blank line a paragraph break, the newlines of the source\'s layout around a break no second break', () => {
    const [a, b] = ['本年度共受理申请12件', '全年主动公开信息25条'];
    for (const html of [`${a}<br><br>${b}`, `${a}<br>\n<br>${b}`, `${a}<br> <br>\n${b}`, `${a}\n\n${b}`, `${a}\n \n${b}`]) {
      expect(proseLines(`<p>${html}</p>`)).toEqual([a, b]);
    }
    expect(figuresOf(`<p>${a}<br><br>${b}</p>`)).toEqual(['受理申请=12件', '主动公开信息=25条']);
    for (const html of [`${a}<br>\n${b}`, `${a}<br>\n  ${b}`, `${a}\n<br>${b}`, `<span>${a}</span>\n<span>\n${b}</span>`, `${a}\n  ${b}`]) {
      expect(proseLines(`<p>${html}</p>`)).toEqual([`${a}⏎${b}`]);
    }
  });
});

describe('a sentence of running text broken by <br>, as the document readers and the rules read it', () => {
  /** The lines the document readers read from `html`, the joins marked ⏎. */
  function documentLines(html: string): string[] {
    const page = pageFromCheerio(cheerio.load(html).root()[0]!);
    return runOnLines(page.lines, page.lines.map((_, i) => i), () => false).lines
      .map((l) => l.pieces.map((p) => l.text.slice(p.lineStart, p.lineStart + p.length)).join('⏎'));
  }
  // tieling-2019's opening and xiaobanqiao-2018's count, as a page shows them that kept a PDF's line ends.
  const TIELING = '<p>按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好2019<br>年度政府信息公开工作报告编制发布等工作的通知》要求,特编制铁岭市人民<br>政府2019年度政府信息公开工作报告。</p>';
  const XIAOBANQIAO = '<p>小板桥街道办事处充分发挥政府门户网站信息公开主渠道作用,加强政府门户<br>网站的建设和管理,坚持公开为常态,不公开为例外,将政府门户网站打造成<br>及时、准确、公开透明的政府信息和政务公开发布平台。截止2018年11<br>月29日,小板桥街道通过政府门户网站主动公开各类信息,其中“街道动态”<br>公开发布99条,“自身党建”公开37条,“服务指南”公开9条。</p>';

  it('reads the issuer and the period where the sentence stating them runs over the break (特编制铁岭市人民<br>政府2019年度…, 截止2018年11<br>月29日)', () => {
    expect(extractWithCheerio(reportPage(TIELING, '铁岭市2019年度政府信息公开工作报告'), null).report.document.issuer).toBe('铁岭市人民政府');
    expect(extractWithCheerio(reportPage(XIAOBANQIAO, '小板桥街道办事处2018年政府信息公开年度报告'), null).report.document.period).toEqual({ start: '2018-01-01', end: '2018-11-29' });
  });

  it('joins only lines of running text: not a title, a name and its date, a table\'s cells a line each, a table laid out with gaps, nor across a block\'s edge', () => {
    expect(documentLines(TIELING)).toEqual(['按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好2019⏎年度政府信息公开工作报告编制发布等工作的通知》要求,特编制铁岭市人民⏎政府2019年度政府信息公开工作报告。']);
    for (const lines of [
      ['义乌市廿三里街道办事处', '2022年政府信息公开工作年度报告'],
      ['铁岭市人民政府', '2020年1月20日'],
      ['（一）主动公开政府信息数', '条', '156'],
      ['申请人情况\t自然人\t法人或其他组织\t总计', '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他'],
    ]) expect(documentLines(`<p>${lines.join('<br>')}</p>`)).toEqual(lines);
    expect(documentLines('<p>按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好2019</p><p>年度政府信息公开工作报告编制发布等工作的通知》</p>'))
      .toEqual(['按照《中华人民共和国政府信息公开条例》和《即时比分办公厅关于做好2019', '年度政府信息公开工作报告编制发布等工作的通知》']);
  });

  it('joins no row of figures (a table laid out as text), nor a line to one', () => {
    const page = pageFromCheerio(cheerio.load('<p>本年新收政府信息公开申请数量合计如下表所列各项数字<br>33 2 0 0 0 0 35</p>').root()[0]!);
    expect(runOnLines(page.lines, [0, 1], (k) => k === 1).lines.map((l) => l.text)).toEqual(['本年新收政府信息公开申请数量合计如下表所列各项数字', '33 2 0 0 0 0 35']);
  });
});

describe('a PDF\'s text set a block a printed line', () => {
  // pinyin-zhangqiu-wlj-2023 as the page prints it once its pinyin is taken out: each line of the PDF a <p> of its own.
  const ZHANGQIU = ['济南市章丘区文化和旅游局', '2023 年政府信息公开工作年度报告', '本报告根据《中华人民共和国政府信息公开条例》、《国',
    '务院办公厅政府信息与政务公开办公室关于印发<中华人民', '共和国政府信息公开工作年度报告格式>的通知》(国办公', '开办函〔2021〕30 号)及省市有关工作要求,编制本报告',
    '并向社会公开。本报告由总体情况、行政机关主动公开政府', '信息情况、行政机关收到和处理政府信息公开申请情况、因', '政府信息公开工作被申请行政复议、提起行政诉讼情况、政',
    '府信息公开工作存在的主要问题及改进情况、其他需要报告', '的事项共六个部分组成。完成我局政务公开工作并将情况进', '行报告。本报告所列数据统计期自 2023 年 1 月 1 日至 2023',
    '年 12 月 31 日。如对本报告有任何疑问,请与济南市章丘区', '文化和旅游局联系(地址:济南市章丘区开先大道 287 号龙', '泉大厦 3 楼;邮编:250200;电话:0531-83212967;电',
    '子邮箱:jnzqwgxj@jn.shandong.cn)。', '一、总体情况', '2023 年,章丘区文化和旅游局在区委、区政府的正确', '领导下,认真贯彻落实《中华人民共和国政府信息公开条',
    '例》,坚持“以公开为常态、不公开为例外”,进一步规范', '政府信息公开工作制度建设,宣传我区文化旅游工作,扩大', '文化旅游工作影响力。'];
  const blocks = (lines: readonly string[]) => lines.map((l) => `<p>${l.replace(/</g, '&lt;')}</p>`).join('\n');

  it('joins a full line to the next block, as wide as the page\'s other lines that end mid-sentence (pinyin-zhangqiu-wlj-2023)', () => {
    // (The e-mail address's end, 子邮箱:…, opens as a field's label does: a line of its own.)
    const joined = ['济南市章丘区文化和旅游局', '2023 年政府信息公开工作年度报告', ZHANGQIU.slice(2, 15).join('⏎'), ZHANGQIU[15]!, '一、总体情况', ZHANGQIU.slice(17).join('⏎')];
    expect(proseLines(blocks(ZHANGQIU))).toEqual(joined);
    const page = pageFromCheerio(cheerio.load(blocks(ZHANGQIU)).root()[0]!);
    expect(runOnLines(page.lines, page.lines.map((_, i) => i), () => false).lines.map((l) => l.text)).toEqual(joined.map((l) => l.replace(/⏎/g, '')));
    // Its opening sentence, read whole, announces six parts where the page shows one.
    const { report } = extractWithCheerio(`<html><head><title></title></head><body>${blocks(ZHANGQIU)}</body></html>`, null);
    expect(report.warnings.filter((w) => w.rule === 'document/announced-parts').map((w) => w.message.slice(0, 16))).toEqual(['报告开头称由六部分组成，但正文中']);
  });

  it('joins no block where the page\'s lines are its paragraphs, a list\'s titles, or cells of a table', () => {
    // Paragraphs end with their sentences; lines that end mid-sentence are as wide as each other only by chance, and few.
    const paragraphs = ['一、总体情况', '2023年，我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》。', '（一）主动公开情况', '全年主动公开政府信息125条，其中规范性文件3件。'];
    expect(proseLines(blocks(paragraphs))).toEqual(paragraphs);
    // Titles as links, as wide as one another: a list, each its own.
    const titles = ['济南市章丘区文化和旅游局2022年政府信息公开工作年度报告', '济南市章丘区文化和旅游局2021年政府信息公开工作年度报告', '济南市章丘区文化和旅游局2020年政府信息公开工作年度报告',
      '济南市章丘区文化和旅游局2019年政府信息公开工作年度报告', '济南市章丘区文化和旅游局2018年政府信息公开工作年度报告', '济南市章丘区文化和旅游局2017年政府信息公开工作年度报告'];
    expect(proseLines(titles.map((t, i) => `<p><a href="/nb/${i}.html">${t}</a></p>`).join(''))).toEqual(titles);
    // The same lines in the cells of a table.
    expect(proseLines(`<table>${ZHANGQIU.map((l) => `<tr><td>${l.replace(/</g, '&lt;')}</td></tr>`).join('')}</table>`)).toEqual(ZHANGQIU);
  });
});
