import { describe, expect, it } from 'vitest';
import { extractWithCheerio, fixtureHtml } from '../../test/support/fixtures.ts';
import { secondReportAt } from './second-report.ts';

/** A short report as town offices write them: its title, the 统计期限, the six parts, the signature. */
function report(title: string, body: string, year: number, signed: string): string[] {
  return [
    title,
    `本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`,
    '一、总体情况', `${year}年，${body}认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息126条。`,
    '二、主动公开政府信息情况', '全年通过政府网站主动公开政府信息126条，其中工作动态98条，通知公告28条。',
    '三、收到和处理政府信息公开申请情况', `${year}年，共收到政府信息公开申请3件，均已按时答复。`,
    '四、政府信息公开行政复议、行政诉讼情况', '本年度未发生政府信息公开行政复议、行政诉讼案件。',
    '五、存在的主要问题及改进情况', '信息公开内容还不够全面，下一步将进一步加强培训，提高信息公开质量。',
    '六、其他需要报告的事项', '本年度未收取信息处理费。',
    body, signed,
  ];
}
const first = report('篇一：茅坪回族镇2022年政府信息公开工作年度报告', '茅坪回族镇人民政府', 2022, '2023年1月18日');
const second = report('篇二：和平街道办事处2021年政府信息公开工作年度报告', '和平街道办事处', 2021, '2022年1月20日');
// The first report as a PDF or Word file prints it: its running header and page number over part 四, or a
// table's caption that names it.
const before四 = (lines: string[]) => { const at = first.indexOf('四、政府信息公开行政复议、行政诉讼情况'); return [...first.slice(0, at), ...lines, ...first.slice(at)]; };
const runningHeader = before四(['茅坪回族镇2022年政府信息公开工作年度报告', '— 2 —']);
const caption = before四(['茅坪回族镇2022年政府信息公开工作年度报告行政复议行政诉讼情况统计表', '本年度发生政府信息公开行政复议案件2件，维持1件，纠正1件。']);
// Under the 落款: an interpretation of last year's report, the portal's pager.
const interpretation = ['《茅坪回族镇2021年政府信息公开工作年度报告》解读', '2021年，茅坪回族镇全年主动公开政府信息110条，收到申请3件。'];
const pager = ['上一篇：茅坪回族镇2021年政府信息公开工作年度报告', '下一篇：茅坪回族镇2022年度法治政府建设情况报告', '您是本站第12345位访客，欢迎您提出宝贵意见和建议。'];
const intro = '前言:本站为你精心整理了乡镇政府信息公开工作年度报告范文,希望能为你的创作提供参考价值,欢迎咨询。';

describe('secondReportAt', () => {
  it('finds the title of a second report after a first one\'s text and parts, or of the same report again', () => {
    expect(secondReportAt([intro, ...first, ...second])).toBe(1 + first.length);
    expect(secondReportAt([intro, ...first, ...first])).toBe(1 + first.length);
  });

  it('finds none in one report, after a notice that introduces its report, or in a related list under it', () => {
    expect(secondReportAt([intro, ...first])).toBe(-1);
    const notice = ['茅坪回族镇人民政府关于印发2022年政府信息公开工作年度报告的通知', '各村（居）委会、镇属各单位：', '现将《茅坪回族镇2022年政府信息公开工作年度报告》印发给你们，请认真贯彻落实。', '茅坪回族镇人民政府', '2023年1月18日'];
    expect(secondReportAt([...notice, ...first])).toBe(-1);
    const related = ['相关推荐', '2022年政府信息公开工作年度报告(通用6篇)', '2023年1月20日', '2021年度政府信息公开工作报告范文精选', '2022年1月20日'];
    expect(secondReportAt([intro, ...first, ...related])).toBe(-1);
  });

  it('finds none in a report\'s running header or caption before its 落款, nor in a report named under it', () => {
    expect(secondReportAt([intro, ...runningHeader])).toBe(-1);
    expect(secondReportAt([intro, ...caption])).toBe(-1);
    expect(secondReportAt([intro, ...first, ...interpretation])).toBe(-1);
    expect(secondReportAt([intro, ...first, ...pager])).toBe(-1);
    // A date alone in the text is no 落款: a running header over a paragraph that opens as a report's does is still the report's.
    const dated = before四(['截至2022年12月31日', '茅坪回族镇2022年政府信息公开工作年度报告', '— 2 —', '根据《中华人民共和国政府信息公开条例》第二十条规定，本机关全年主动公开政府信息126条。']);
    expect(secondReportAt([intro, ...dated])).toBe(-1);
    // A second report after them is found all the same.
    expect(secondReportAt([intro, ...runningHeader, ...second])).toBe(1 + runningHeader.length);
  });
});

describe('secondReportAt after a report with no 落款', () => {
  // 上海市人民政府办公厅's 2019 report as its page prints it: the date line under the title, no 落款 under 六、 (the
  // stored page, shanghai-office-2019); then 汉阳区人民政府办公室's 2022 report on the same page.
  const shanghai = ['2019年上海市人民政府办公厅政府信息公开工作年度报告', '发布日期：2020-01-31',
    '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求编制。本年度报告中所列数据统计期限从2019年1月1日到12月31日止。',
    '一、总体情况', '2019年，上海市人民政府办公厅坚持以习近平新时代中国特色社会主义思想为指导，全面落实《条例》要求。',
    '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况',
    '五、政府信息公开工作存在的主要问题及改进情况', '一是新《条例》实施后，专业领域的理论学习仍需加强，提升对《条例》新内容的准确把握。',
    '六、其他需要报告的事项', '无。'];
  const hanyang = ['武汉市汉阳区人民政府办公室2022年政府信息公开工作年度报告', '发布时间：2023-01-19',
    '根据《中华人民共和国政府信息公开条例》和政府信息公开工作的有关要求，现将我办2022年度政府信息公开情况报告如下：', '一、总体情况'];

  it('finds the next report\'s title after the first\'s six parts', () => {
    expect(secondReportAt([...shanghai, ...hanyang])).toBe(shanghai.length);
  });

  it('finds none in such a report before its sixth part: a running header over 四 is its own', () => {
    const at = shanghai.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    expect(secondReportAt([...shanghai.slice(0, at), shanghai[0]!, '— 2 —', ...shanghai.slice(at)])).toBe(-1);
  });
});

describe('a 范文 page that carries two reports', () => {
  // The 范文 site's real page (template-essay-site.html), its article replaced by two reports one after the other.
  const page = (lines: string[]) => fixtureHtml('template-essay-site.html')
    .replace(/<div id="zoom" class="TRS_Editor">[\s\S]*?<\/div>/, `<div id="zoom" class="TRS_Editor">${[intro, ...lines].map((l) => `<p>${l}</p>`).join('\n')}</div>`);

  it('reads the title, issuer, year, period and signature of the first, and says another body\'s report follows', () => {
    const { document, warnings } = extractWithCheerio(page([...first, ...second]), null).report;
    expect([document.year, document.issuer, document.signedAt, document.period]).toEqual([2022, '茅坪回族镇人民政府', '2023-01-18', { start: '2022-01-01', end: '2022-12-31' }]);
    expect(warnings.filter((w) => w.rule === 'page/second-report').map((w) => w.message)).toEqual([
      '页面在第一篇报告之后还登载了另一篇报告（“篇二：和平街道办事处2021年政府信息公开工作年度报告”）：标题、机关、年度、落款、统计期限、表格和文中数字只取第一篇，第二篇未读取、未核对',
    ]);
    // The signature is the first report's: signed in the January after its year, no finding.
    expect(warnings.map((w) => w.rule)).not.toContain('document/signed-after-period');
  });

  it('reads the signature of one report that prints its own name in a running header, and notes no report named under it', () => {
    for (const lines of [runningHeader, caption, [...first, ...interpretation], [...first, ...pager]]) {
      const { document, warnings } = extractWithCheerio(page(lines), null).report;
      expect([document.year, document.signedAt]).toEqual([2022, '2023-01-18']);
      expect(warnings.map((w) => w.rule)).not.toContain('page/second-report');
    }
  });

  it('reads the same report printed twice as one, with no note', () => {
    const { document, warnings } = extractWithCheerio(page([...first, ...first]), null).report;
    expect([document.year, document.issuer, document.signedAt]).toEqual([2022, '茅坪回族镇人民政府', '2023-01-18']);
    expect(warnings.map((w) => w.rule)).not.toContain('page/second-report');
  });
});

// The article of a real report page, as another page may print it.
const article = (file: string) => /<div (?:id="zoom"|class="Article_content")[^>]*>([\s\S]*?)<\/div>\s*<div class="(?:article-tools|footer)">/.exec(fixtureHtml(file))![1]!;

describe('a 范文 page that carries two real reports', () => {
  // The articles of real report pages, printed one after another on the 范文 site's page as such sites do.
  const page = (dateLine: string, ...parts: string[]) => fixtureHtml('template-essay-site.html')
    .replace('<div class="article-info">来源:范文网 时间:</div>', `<div class="article-info">来源:范文网 时间:${dateLine}</div>`)
    .replace(/(<div id="zoom" class="TRS_Editor">)[\s\S]*?(<\/div>\s*<div class="article-tools">)/, (_, open: string, close: string) => `${open}${parts.join('\n')}${close}`);
  const longde = article('longde-chengguan-2021.html');
  const twoBodies = (dateLine: string) => page(dateLine, '<p>第一篇</p>', longde, '<p>第二篇</p>', article('shanghai-office-2019.html'));

  it('reads the first report\'s tables, sentences and parts alone, and checks none against the second\'s', () => {
    const { report } = extractWithCheerio(twoBodies(''), null);
    // 隆德县城关镇's 表二 has no 其他对外管理服务事项 nor 政府集中采购 (the 2019 format's items of 上海's 表二).
    expect(report.activeDisclosure).not.toHaveProperty('procurement');
    expect(report.activeDisclosure).not.toHaveProperty('otherServices');
    // Its sentences: 主动公开信息共计78条, no application received, no fee charged; not 上海's 859 applications.
    expect(report.proseFigures.map((f) => f.value)).toEqual([78, 0, 0]);
    expect(report.document.sections.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六']);
    const rules = report.warnings.map((w) => w.rule);
    for (const rule of ['prose/table-agreement', 'document/format-matches-year']) expect(rules).not.toContain(rule);
    expect(report.warnings.filter((w) => w.rule === 'page/second-report').map((w) => w.message)).toEqual([
      '页面在第一篇报告之后还登载了另一篇报告（“2019年上海市人民政府办公厅政府信息公开工作年度报告”）：标题、机关、年度、落款、统计期限、表格和文中数字只取第一篇，第二篇未读取、未核对',
    ]);
  });

  it('takes the page\'s own date line, never the one under the second report\'s title', () => {
    // 上海's 发布日期：2020-01-31 stands under its title: no date of this page, which gives none of its own.
    const undated = extractWithCheerio(twoBodies(''), null).report;
    expect(undated.document.publishedAt).toBeNull();
    expect(undated.warnings.map((w) => w.rule)).not.toContain('document/published-on-time');
    expect(extractWithCheerio(twoBodies('2023-05-10'), null).report.document.publishedAt).toBe('2023-05-10');
  });

  it('reads a report printed again without its tables (a mirror that lost them) once', () => {
    const again = longde.replace(/<table[\s\S]*?<\/table>/g, '');
    const { report } = extractWithCheerio(page('', '<p>隆德县城关镇2021年政府信息公开工作年度报告</p>', longde, '<p>隆德县城关镇2021年政府信息公开工作年度报告</p>', again), null);
    expect(report.proseFigures.map((f) => f.value)).toEqual([78, 0, 0]);
    expect(report.document.sections).toHaveLength(6);
  });

  it('reads the tables of a report printed first without them, then whole, once: the same report is one', () => {
    const title = '<p>隆德县城关镇2021年政府信息公开工作年度报告</p>';
    const again = longde.replace(/<table[\s\S]*?<\/table>/g, '');
    const { report, bindings } = extractWithCheerio(page('', title, again, title, longde), null);
    expect(report.warnings.map((w) => w.rule)).not.toContain('page/second-report');
    expect(report.warnings.map((w) => w.rule)).not.toContain('document/required-tables');
    // 表二, 表三 and 表四 read from the second printing, each once; the sentences and parts from the first.
    expect(['activeDisclosure', 'applications', 'reviewLitigation'].map((t) => bindings.filter((b) => b.ref.table === t).length)).toEqual([10, 175, 15]);
    expect(report.proseFigures.map((f) => f.value)).toEqual([78, 0, 0]);
    expect(report.document.sections).toHaveLength(6);
    // The date line copied with its second printing is its own, as it would be under the first.
    expect(extractWithCheerio(page('', title, again, title, longde.replace('年度报告</p>', '年度报告</p>\n<p>发布日期：2022-01-20</p>')), null).report.document.publishedAt).toBe('2022-01-20');
  });

  it('reads the 统计表 of a report printed whole twice once, where the two printings differ in a word', () => {
    // 小板桥街道办事处's report under a preamble, its parts named as the standard's, signed; printed again with
    // one row's label reworded, so that the copy is no copy cell for cell (findSections leaves those out).
    const report = '<p>本报告根据《中华人民共和国政府信息公开条例》要求编制。</p>' + article('xiaobanqiao-2018.html')
      .replace('一、加强领导,落实工作责任', '一、总体情况').replace('二、政府信息和政务公开工作完成情况', '二、主动公开政府信息情况') + '<p>小板桥街道办事处</p><p>2019年1月20日</p>';
    const title = '<p>小板桥街道办事处2018年政府信息公开工作年度报告</p>';
    const { bindings } = extractWithCheerio(page('', title, report, title, report.replace('(三)接受培训人员数', '(三)接受培训的人员数')), null);
    // Its 65 figures, none read again as a second 统计表 (表2.).
    expect(bindings.filter((b) => b.ref.table === 'legacyStats')).toHaveLength(65);
  });

  it('reads one report whole where its name stands in a running header, a caption, and a 解读 of it under its 落款', () => {
    // As a PDF turned into a page prints it: the report's name and page number over part 四, a caption over
    // 表三 that names it; under the 落款, its 解读's title (no link) and first sentence.
    const named = longde
      .replace('<table', '<p>隆德县城关镇2021年政府信息公开工作年度报告附表</p>\n<table')
      .replace('<p style="text-indent:2em">四、', '<p>隆德县城关镇2021年政府信息公开工作年度报告</p>\n<p>— 3 —</p>\n<p style="text-indent:2em">四、')
      .replace('<p style="text-indent:2em">扫一扫在手机打开当前页</p>', '<p>《隆德县城关镇2021年政府信息公开工作年度报告》解读</p>\n<p>根据《中华人民共和国政府信息公开条例》，现对城关镇2021年政府信息公开工作年度报告解读如下。</p>');
    const { report, bindings } = extractWithCheerio(page('', named), null);
    expect(report.warnings.map((w) => w.rule)).not.toContain('page/second-report');
    // Its parts and sentences, 表二, 表三 and 表四 all read.
    expect(report.document.sections).toHaveLength(6);
    expect(report.proseFigures.map((f) => f.value)).toEqual([78, 0, 0]);
    expect(['activeDisclosure', 'applications', 'reviewLitigation'].map((t) => bindings.filter((b) => b.ref.table === t).length)).toEqual([10, 175, 15]);
  });

  it('still reads the whole page for where it came from: a mirror\'s words in the second report are the page\'s', () => {
    // 铁岭's report on a mirror that replaced 国务院 by 即时比分, after 隆德县城关镇's.
    const { report } = extractWithCheerio(page('', longde, '<p>铁岭市2019年度政府信息公开工作报告</p>', article('tieling-2019.html')), null);
    expect(report.warnings.filter((w) => w.rule === 'page/second-report')).toHaveLength(1);
    expect(report.warnings.filter((w) => w.rule === 'provenance/injected-content')).toHaveLength(2);
  });
});

describe('a portal\'s page that carries another body\'s report under its own', () => {
  it('finds the second title though the page\'s few long lines that end no sentence (its titles, its header and footer) are as wide as one another', () => {
    // tieling-2019 as its portal prints it, signed by its 来源's office, then the title and opening of 天德乡's report
    // (v-second): that title and the 当前位置, 发布时间, 版权所有 lines are as wide as one another and end no sentence,
    // yet are no PDF's printed lines (the page's paragraphs end with their sentences): the title joins no sentence under it.
    const tiande = '根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定和吉林市政府的工作部署,我乡编制了天德乡人民政府2014年政府信息公开工作年度报告(以下简称年报)。本年报由基本工作情况,主动公开政府信息情况,回应解读情况,依申请公开政府信息情况,行政复议诉讼和举报投诉情况,机构建设、保障经费和培训会议情况、存在问题及工作打算等七部分组成。';
    const html = fixtureHtml('tieling-2019.html').replace(/(<p[^>]*>无。\?<\/p>\s*<\/div>)/,
      `$1<p style="text-align:right">铁岭市人民政府办公室</p><p style="text-align:right">2020年3月20日</p><p>舒兰市天德乡2014年政府信息公开工作年度报告</p><p>${tiande}</p>`);
    const { report } = extractWithCheerio(html, null);
    expect(report.warnings.filter((w) => w.rule === 'page/second-report').map((w) => w.message.slice(0, 60))).toEqual([
      '页面在第一篇报告之后还登载了另一篇报告（“舒兰市天德乡2014年政府信息公开工作年度报告”）：标题、机关、年度、落款、统',
    ]);
    expect(report.document.issuer).toBe('铁岭市人民政府');
  });
});
