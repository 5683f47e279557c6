import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from '../../test/support/fixtures.ts';
import { textAt } from '../../test/support/spots.ts';
import { type DocumentText, headingLine } from './page-text.ts';
import { publishedAt as located } from './published.ts';

// The date read, under the heading that is the title (or part of it); where it stands is tested below.
const publishedAt = (page: DocumentText, title = '') => located(page, headingLine(page.allLines, title))?.value ?? null;

const doc = (over: Partial<{ meta: Record<string, string>; allLines: string[]; allLinks: ReadonlySet<number> }>) => ({ title: '', meta: {}, allLines: [], bodyLines: [], ...over });

describe('publishedAt', () => {
  it('reads the date line, else the portal\'s PubDate meta', () => {
    expect(publishedAt(doc({ allLines: ['首页 > 年报', '发布日期：2020-01-31 来源：市政府办公厅'] }))).toBe('2020-01-31');
    expect(publishedAt(doc({ meta: { pubdate: '2021-03-30 09:12' }, allLines: ['来源：本网'] }))).toBe('2021-03-30');
    // A 索引号/发布机构/发文日期 grid: the date in the cell after its label.
    expect(publishedAt(doc({ allLines: ['发布机构', '市政府办', '发文日期', '2018-02-28', '文 号'] }))).toBe('2018-02-28');
  });

  it('prefers the date the page was published to the date its document was written or filed', () => {
    // gkmlpt's grid: 成文日期 before 发布日期.
    expect(publishedAt(doc({ allLines: ['索引号：', '007310467/2022-00012', '成文日期：', '2022-01-24', '发布日期：', '2022-01-28'] }))).toBe('2022-01-28');
    expect(publishedAt(doc({ allLines: ['生成日期', '2022-01-28', '文号', '无'] }))).toBe('2022-01-28');
    // …its label sharing the cell with the term of validity, the 发文机构 before it left blank (shanxi-jtyst-2021's grid).
    const shanxi = '山西省交通运输厅2021年政府信息公开工作年度报告';
    expect(publishedAt(doc({ allLines: ['索 引 号:', '000014349/2022-02188', '信息分类:', '发文机构:', '生成日期/有效期:', '2022-01-29 14:59:17', '发文字号:', '标 题:', shanxi, shanxi, '依据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,编制本报告。'] }), shanxi)).toBe('2022-01-29');
    expect(publishedAt(doc({ allLines: ['公文生成日期：2017-01-03', '时间：2017-01-16 点击：'] }))).toBe('2017-01-16');
    // …and on one line, as jintan-tongzhi-2016's metadata: its 公开日期, not the 生成日期 before it.
    expect(publishedAt(doc({ allLines: ['生成日期 2017-02-16 公开日期 2017-03-01 废止日期有效'] }))).toBe('2017-03-01');
    // A 成文日期 is the drafting date, no 发布日期 even where the page gives no other (zj-xiaoshan-beigan-2021's grid).
    expect(publishedAt(doc({ allLines: ['索 引 号', 'H096/2022-00177', '成文日期', '2022-01-10', '发布机构', '北干街道'] }))).toBeNull();
    expect(publishedAt(doc({ allLines: ['成文日期：2022-01-10 发文日期：2022-01-12'] }))).toBe('2022-01-12');
  });

  it('reads no other of the document\'s dates for the page\'s: a catalogue grid\'s 实施日期, 废止日期, 生效日期, 签发日期', () => {
    // 首都之窗's policy grid, its labels in brackets ([实施日期] ---- there, a date here); its 发布日期 is the page's.
    const grid = ['[主题分类] 财政、金融、审计/财政', '[发文机构] 中国人民银行', '[实施日期] 2020-07-01', '[成文日期] 2020-06-01', '[发文字号] 银发〔2020〕122号', '[废止日期] 2021-03-31'];
    expect(publishedAt(doc({ allLines: [...grid, '[发布日期] 2020-06-01', '[有效性] 有效'] }))).toBe('2020-06-01');
    // …where the grid gives none, none of its dates is the page's: the 成文日期 is the drafting date, the others no publishing one.
    expect(publishedAt(doc({ allLines: [...grid, '[有效性] 有效'] }))).toBeNull();
    for (const label of ['生效日期：', '实施日期：', '废止日期：', '签发日期：', '填报日期:']) {
      expect(publishedAt(doc({ allLines: ['索 引 号：', '007310467/2022-00012', label, '2022-01-24'] })), label).toBeNull();
    }
    // A bare 时间： after a value run into it (来源：本网时间：, two spans with no space) is the page's date line still.
    expect(publishedAt(doc({ allLines: ['来源：本网时间：2022-01-24'] }))).toBe('2022-01-24');
    // …as is a portal's own name for publishing (录入时间, 发稿时间, 上传时间)…
    for (const label of ['录入时间：', '发稿时间：', '上传时间：']) expect(publishedAt(doc({ allLines: [`${label}2022-01-24 09:30`] })), label).toBe('2022-01-24');
    // …and 深圳's 信息提供日期.
    expect(publishedAt(doc({ allLines: ['信息来源:深圳市人民政府办公厅 信息提供日期:2020-03-10 18:57 【字体:'] }))).toBe('2020-03-10');
  });

  it('reads an unlabelled date line with its time or 来源, and a date line below the article where none stands above', () => {
    expect(publishedAt(doc({ allLines: ['大通县信访局2021年度政府信息公开工作年度报告', '2022-02-10 10:02 来源：大通县信访局'] }))).toBe('2022-02-10');
    // The date and its time in two spans with no space between (hebei.gov.cn's 2020 report).
    const hebei = '河北省2020年政府信息公开工作年度报告';
    expect(publishedAt(doc({ allLines: [hebei, '2021-03-2918:26', '来源:', '字体:'] }), hebei)).toBe('2021-03-29');
    const article = Array.from({ length: 80 }, (_, i) => `正文第${i}段。`);
    expect(publishedAt(doc({ allLines: [...article, '发布日期：2022-02-10'] }))).toBe('2022-02-10');
    // Prose that starts with a date is no date line.
    expect(publishedAt(doc({ allLines: ['2021年1月1日至12月31日，我局共受理申请3件。'] }))).toBeNull();
  });

  it('reads no list item\'s date for the page\'s: a sidebar\'s news, with their dates under their links, above an article with no heading', () => {
    const allLines = ['今天是2026年11月22日 星期日', '杭州市西湖区人民政府', '首页', '图片新闻', '市领导调研重点项目建设', '2026-11-19 10:00', '全区冬季安全生产工作会议召开', '[2026-11-18]',
      '2023-01-18 09:30 来源：西湖区民政局', '根据《中华人民共和国政府信息公开条例》规定，现将西湖区民政局2022年政府信息公开工作年度报告公布如下。'];
    expect(publishedAt(doc({ allLines, allLinks: new Set([2, 4, 6]) }), '杭州市西湖区人民政府')).toBe('2023-01-18');
  });

  it('reads the date lines portals print: in brackets, labelled without a colon, after the 来源', () => {
    for (const line of ['[ 2023-01-30 ]', '[2023-01-30]', '【2023-01-30】', '【发布日期】2023-01-30', '发布日期 2023-01-30', '发布：2023-01-30 09:00',
      '来源:市国资委2023-01-30 19:39', '作者：和平街道 发布：2023-01-30', '2023年1月30日 星期一', '发布：二〇二三年一月三十日', '(2023-01-30)', '（2023-01-30）',
      '来源:云南省交通运输厅       2023-01-30 09:18 【字体:', '2023-1-30    连平县人民政府办公室',
      // The page's controls after the date (sx-linfen-kfq-2020's one-line form).
      '2023-01-30 【字体:', '2023-01-30 字体:大 中 小',
      // The time in Chinese, the portal's name and address first (nmg-2012, a report reposted on www.gov.cn).
      '2023年01月30日 15时57分   来源:内蒙古自治区政府网站', '中央政府门户网站 www.gov.cn   2023年01月30日 15时57分   来源:内蒙古自治区政府网站',
      // …or its name alone, the date and its time after it (dg-houjie-2023, dg.gov.cn's layout).
      '中国东莞政府门户网站      2023-01-30 16:46:10  来源: 本网']) {
      expect(publishedAt(doc({ allLines: ['首页', line, '根据《条例》编制本报告。'] })), line).toBe('2023-01-30');
    }
    // A date alone on its line right over the 来源 line (guangzhou-huangpu-2021, gz.gov.cn's item list); alone with no 来源 after it, none.
    const huangpu = '广州市黄埔区人民政府 广州开发区管委会2021年政府信息公开工作年度报告';
    expect(publishedAt(doc({ allLines: [huangpu, '听全文', '2022-02-15', '来源:黄埔区', '分享到', '本年度报告根据《条例》编制。'] }), huangpu)).toBe('2022-02-15');
    expect(publishedAt(doc({ allLines: [huangpu, '听全文', '2022-02-15', '分享到', '本年度报告根据《条例》编制。'] }), huangpu)).toBeNull();
    // A date in a sentence is no date line.
    expect(publishedAt(doc({ allLines: ['【2023-01-30】我局召开政务公开工作会议。', '来源：本网 2023年1月30日，我局召开会议。'] }))).toBeNull();
    // A portal's name before a date with no time is the header's clock, or a sentence.
    expect(publishedAt(doc({ allLines: ['欢迎访问中国东莞政府门户网站 2023年1月30日 星期一', '本网 2023年1月30日召开会议。'] }))).toBeNull();
    // Nor is a date before words that are no body's name, nor a date in brackets with words after it.
    expect(publishedAt(doc({ allLines: ['2023-1-30 我局召开政务公开工作会议', '(2023-01-30)我局召开会议'] }))).toBeNull();
  });

  it('leaves the portal header\'s clock above the report\'s heading (today\'s date, as its script writes it)', () => {
    const page = ['2026年11月22日 星期日 农历十月初四', '隆德县人民政府', '首页', '当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 政府信息公开年报',
      '隆德县城关镇2021年政府信息公开年度报告', '发布日期：2022-01-19　浏览次数：12', '根据《条例》编制本报告。'];
    expect(publishedAt(doc({ allLines: page }), '隆德县城关镇2021年政府信息公开年度报告')).toBe('2022-01-19');
    // With no date line of the article's, the clock is still no date of the report's.
    expect(publishedAt(doc({ allLines: page.filter((l) => !l.startsWith('发布日期')) }), '隆德县城关镇2021年政府信息公开年度报告')).toBeNull();
    // A date line under the heading with 星期 is the article's.
    expect(publishedAt(doc({ allLines: ['首页', '隆德县城关镇2021年政府信息公开年度报告', '2022年1月19日 星期三', '根据《条例》编制本报告。'] }), '隆德县城关镇2021年政府信息公开年度报告')).toBe('2022-01-19');
  });

  it('takes the bare date line under the heading though a sentence stands above the heading (a header notice is no article text)', () => {
    const title = '隆德县城关镇2021年政府信息公开年度报告';
    const page = ['首页', title, '2022年1月19日 星期三', '根据《条例》编制本报告。'];
    expect(publishedAt(doc({ allLines: ['温馨提示：本网站将于周末进行系统升级维护，届时暂停访问。', ...page] }), title)).toBe('2022-01-19');
  });

  it('takes no date from a related list after the article\'s text (its links\' bracketed dates on lines of their own)', () => {
    const text = Array.from({ length: 80 }, (_, i) => `正文第${i}段，共计十五个字以上的一句话。`);
    const related = ['【打印本页】【关闭窗口】', '相关信息', '铁岭市财政局2022年政府信息公开工作年度报告', '铁岭市财政局', '[2023-01-25]'];
    expect(publishedAt(doc({ allLines: ['首页', '铁岭市2019年度政府信息公开工作报告', ...text, ...related] }), '铁岭市2019年度政府信息公开工作报告')).toBeNull();
    expect(publishedAt(doc({ allLines: ['首页', '铁岭市2019年度政府信息公开工作报告', ...text.slice(0, 3), ...related] }), '铁岭市2019年度政府信息公开工作报告')).toBeNull();
    // A labelled date line at the foot of the article is the page's.
    expect(publishedAt(doc({ allLines: ['首页', '铁岭市2019年度政府信息公开工作报告', ...text, '发布日期：2020-02-28', ...related] }), '铁岭市2019年度政府信息公开工作报告')).toBe('2020-02-28');
  });

  it('reads the date after its label where another label stands before it on the line (发布：县政府办公室 is the publisher)', () => {
    expect(publishedAt(doc({ allLines: ['首页', '发布：县政府办公室 发布时间：2023-01-30', '根据《条例》编制本报告。'] }))).toBe('2023-01-30');
    // A grid run into one line, its 成文日期 cell empty.
    expect(publishedAt(doc({ allLines: ['首页', '成文日期： 发布日期：2023-01-28'] }))).toBe('2023-01-28');
  });
  it('reads a WeChat article\'s head (account, author, date and time, IP province) on the account\'s page or a mirror of it', () => {
    const title = '隆德县2021年政府信息公开工作年度报告';
    for (const [head, iso] of [['原创 隆德县发布 2022-01-19 15:30 辽宁', '2022-01-19'], ['隆德县发布 2022-01-19 15:30', '2022-01-19'],
      ['原创 某某县政务公开 某某县人民政府办公室 2023年1月20日 09:00', '2023-01-20'], ['隆德县发布　２０２２-０１-１９　１５：３０　宁夏', '2022-01-19']] as const) {
      // Under the article's title, and right over the report's heading where the mirror's title is its own (关注 prompts between).
      expect(publishedAt(doc({ allLines: ['首页', title, head, '根据《条例》编制本报告。'] }), title), head).toBe(iso);
      expect(publishedAt(doc({ allLines: ['重磅！隆德县年报出炉', head, '点击蓝字关注我们', title, '根据《条例》编制本报告。'] }), title), head).toBe(iso);
    }
  });

  it('says where the date stands: after its label, on the next line after a label that ends its own, alone with its time; a meta\'s is nowhere', () => {
    const at = (allLines: string[], meta: Record<string, string> = {}) => textAt(allLines, located(doc({ allLines, meta })));
    expect(at(['首页 > 年报', '发布日期：2020-01-31 来源：市政府办公厅'])).toBe('2020-01-31');
    expect(at(['发布机构', '市政府办', '发文日期', '2018年2月28日 ', '文 号'])).toBe('2018年2月28日');
    expect(at(['首页', '２０２２年１月１９日　１５：３０　来源：县政府办'])).toBe('２０２２年１月１９日');
    expect(located(doc({ allLines: ['发表日期：', '文 号'] }))).toBeNull();
    expect(located(doc({ meta: { pubdate: '2021-03-30 09:12' }, allLines: ['来源：本网'] }))).toEqual({ value: '2021-03-30', at: null });
  });

  it('reads no head from a sentence, a list, the portal header\'s clock or a menu far above the heading', () => {
    const title = '隆德县2021年政府信息公开工作年度报告';
    const read = (lines: string[]) => publishedAt(doc({ allLines: lines }), title);
    expect(read(['首页', title, '隆德县发布 2022-01-19 15:30 召开政务公开工作会议', '根据《条例》编制本报告。'])).toBeNull();
    expect(read(['首页', title, '我局于 2022-01-19 15:30 召开会议。', '根据《条例》编制本报告。'])).toBeNull();
    expect(read(['首页', title, '隆德县发布 2022-01-19', '根据《条例》编制本报告。'])).toBeNull();
    expect(read(['今天是 2026年11月22日 15:30', title, '根据《条例》编制本报告。'])).toBeNull();
    expect(read(['今天是 2026年11月22日 星期日', title, '根据《条例》编制本报告。'])).toBeNull();
    expect(read(['最新发布', '春节安全提示 2022-01-19 15:30', '首页', '政务公开', '当前位置：首页 > 年报', title, '根据《条例》编制本报告。'])).toBeNull();
    const text = Array.from({ length: 3 }, (_, i) => `正文第${i}段，共计十五个字以上的一句话。`);
    expect(read(['首页', title, ...text, '相关阅读', '隆德县发布 2023-01-25 10:00'])).toBeNull();
  });

  it('reads a body\'s name and date under the heading as the report\'s 落款, not the page\'s date (ganzhou-wsj-2012-mirror, as jinyun-huzhen-2013 under its 发布时间)', () => {
    const page = (info: string) => `<html><head><title>2012年赣州市卫生局政府信息公开工作年度报告</title></head><body><h1>2012年赣州市卫生局政府信息公开工作年度报告</h1>${info}
<p>赣州市卫生局</p><p>(2013年1月30日)</p>
<p>根据《中华人民共和国政府信息公开条例》的要求,特向社会公布2012年度赣州市卫生局政府信息公开年度报告。</p><p>一、概述</p>
<p>2012年,我局积极贯彻实施《中华人民共和国政府信息公开条例》,全年主动公开政府信息126条。</p></body></html>`;
    const dates = (html: string) => { const { publishedAt, signedAt } = extractWithCheerio(html, null).report.document; return { publishedAt, signedAt }; };
    expect(dates(page(''))).toEqual({ publishedAt: null, signedAt: '2013-01-30' });
    expect(dates(page('<div>发布时间:2013-03-05 09:23:51</div>'))).toEqual({ publishedAt: '2013-03-05', signedAt: '2013-01-30' });
  });
});
