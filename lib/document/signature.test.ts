import { describe, expect, it } from 'vitest';
import { articleEnd, headingDate, signature as located } from './signature.ts';

// The date and name read; where the date stands is tested below.
function signature(...args: Parameters<typeof located>) {
  const signed = located(...args);
  return signed && { date: signed.date, name: signed.name };
}

const signedAt = (body: string[]) => signature(body)?.date ?? null;

describe('signature', () => {
  it('says where the date stands: on its line, after the name where one stands before it', () => {
    const at = (body: string[]) => { const signed = located(body); return signed && body[signed.at.line]!.slice(signed.at.start, signed.at.end); };
    expect(at(['正文', '正文', 'XX县人民政府办公室 二〇二二年一月二十日'])).toBe('二〇二二年一月二十日');
    expect(at(['正文', '正文', '城关镇人民政府', ' 2022 年 1 月 19 日 ', '扫一扫在手机打开当前页'])).toBe('2022 年 1 月 19 日');
  });


  it('takes the signature date from the last line that is only a date (or a name and a date)', () => {
    expect(signedAt(['一、总体情况', '正文……', '城关镇人民政府', '2022年1月19日', '扫一扫在手机打开当前页'])).toBe('2022-01-19');
    expect(signature(['正文', '正文', 'XX县人民政府办公室 二〇二二年一月二十日'])).toEqual({ date: '2022-01-20', name: 'XX县人民政府办公室' });
    expect(signedAt(['发布时间：2022-01-19', '正文没有落款'])).toBeNull();
  });

  it('names the signing body', () => {
    expect(signature(['正文', '正文', '城关镇人民政府', '2022年1月19日'])).toEqual({ date: '2022-01-19', name: '城关镇人民政府' });
    expect(signature(['正文', '正文', '以上是本年度报告。', '2022年1月19日'])).toEqual({ date: '2022-01-19', name: null });
    // Related links after the signature carry dates of their own: the date under the body's name is the signature's.
    expect(signature(['正文', '正文', '大通县信访局', '二〇二二年一月二十八日', '相关链接', '大通县信访局2019年度政府信息公开工作年度报告', '2020-01-20']))
      .toEqual({ date: '2022-01-28', name: '大通县信访局' });
  });

  it('takes no date from a news list after the article: a title run into its date is no signature', () => {
    const shell = ['其它需要报告的事项', '无。', '【打印本页】【关闭窗口】', '相关链接', '铁岭市2018年度政府信息公开工作年度报告2019-01-30',
      '热点新闻', '市政府召开第45次常务会议2026-11-20', '全市冬季安全生产工作会议召开2026-11-18', '网站标识码：2101000001　ICP备案：辽ICP备05012345号-1'];
    const text = Array.from({ length: 20 }, (_, i) => `正文第${i}段。`);
    expect(signature([...text, ...shell])).toBeNull();
    expect(signature([...text, '铁岭市人民政府', '2020年2月28日', ...shell])).toEqual({ date: '2020-02-28', name: '铁岭市人民政府' });
  });

  it('reads no signature under the article\'s end: a related list\'s publisher and date on lines of their own', () => {
    const text = Array.from({ length: 20 }, (_, i) => `正文第${i}段，共计十五个字以上的一句话。`);
    const related = ['【打印本页】【关闭窗口】', '相关信息', '隆德县自然资源局2021年政府信息公开工作年度报告', '隆德县自然资源局', '2022-01-22'];
    expect(signature([...text, ...related])).toBeNull();
    expect(signature([...text, '城关镇人民政府', '2022年1月19日', ...related])).toEqual({ date: '2022-01-19', name: '城关镇人民政府' });
    // The portal's tools under the heading are no end of the article.
    expect(signature(['【打印】【关闭】', ...text, '城关镇人民政府', '2022年1月19日'])).toEqual({ date: '2022-01-19', name: '城关镇人民政府' });
  });

  it('reads no signature from a related list\'s items, with no tools line above it: a date under a link, or under a name under one', () => {
    const text = Array.from({ length: 20 }, (_, i) => `正文第${i}段，共计十五个字以上的一句话。`);
    const footer = ['主办单位：杭州市西湖区人民政府　网站标识码：3301060001　浙ICP备05012345号-1'];
    // 相关链接 over items of a title, its publisher and its date, each on a line of its own; the titles are links.
    const related = ['相关链接', '西湖区财政局2021年政府信息公开工作年度报告', '西湖区财政局', '2022-01-20', '西湖区财政局2020年政府信息公开工作年度报告', '西湖区财政局', '2021-01-22'];
    const links = (lines: string[]) => new Set(lines.flatMap((l, i) => l.includes('年度报告') ? [i] : []));
    const page = [...text, ...related, ...footer];
    expect(signature(page, articleEnd(page, links(page)), links(page))).toBeNull();
    const signed = [...text, '杭州市西湖区财政局', '2023年1月18日', ...related, ...footer];
    expect(signature(signed, articleEnd(signed, links(signed)), links(signed))).toEqual({ date: '2023-01-18', name: '杭州市西湖区财政局' });
    // No heading at all, the items' dates alone under their titles.
    const bare = [...text, '西湖区财政局2021年政府信息公开工作年度报告', '2022-01-20', '西湖区财政局2020年政府信息公开工作年度报告', '2021-01-22', ...footer];
    expect(signature(bare, articleEnd(bare, links(bare)), links(bare))).toBeNull();
    // The article's 附件说明 above its 落款, linked to the attached page, is the article's own.
    const attached = [...text, '附件：沙塘镇2022年政府信息公开情况统计表', '隆德县沙塘镇人民政府', '2023年1月19日', ...footer];
    expect(signature(attached, attached.length, new Set([20]))).toEqual({ date: '2023-01-19', name: '隆德县沙塘镇人民政府' });
    // 附件： on its own line, the attached document's link (a download script's, no file name) under it; a 相关解读 link.
    const listed = [...text, '附件：', '1.隆德县沙塘镇2022年政府信息公开情况统计表', '隆德县沙塘镇人民政府', '2023年1月19日', ...footer];
    expect(signature(listed, listed.length, new Set([21]))).toEqual({ date: '2023-01-19', name: '隆德县沙塘镇人民政府' });
    // The portal's 上一篇 link right under the 落款, past the article's end, is no next item of a list.
    const paged = [...text, '附件：', '1.隆德县沙塘镇2022年政府信息公开情况统计表', '隆德县沙塘镇人民政府', '2023年1月19日', '上一篇：隆德县沙塘镇2021年政府信息公开工作年度报告', ...footer];
    const pagedLinks = new Set([21, 24]);
    expect(signature(paged, articleEnd(paged, pagedLinks), pagedLinks)).toEqual({ date: '2023-01-19', name: '隆德县沙塘镇人民政府' });
    const explained = [...text, '相关解读：图解隆德县2022年政府信息公开工作年度报告', '隆德县人民政府', '2023年1月20日', ...footer];
    expect(signature(explained, explained.length, new Set([20]))).toEqual({ date: '2023-01-20', name: '隆德县人民政府' });
  });

  it('takes a date after words that may be a name NAME_LINE does not know (a company, a 部) as an unnamed signature', () => {
    const text = Array.from({ length: 20 }, (_, i) => `正文第${i}段。`);
    expect(signature([...text, '国网隆德县供电公司   2022年1月19日'])).toEqual({ date: '2022-01-19', name: null });
    expect(signature([...text, '中共隆德县委宣传部 2022年1月19日', '扫一扫在手机打开当前页'])).toEqual({ date: '2022-01-19', name: null });
    // Words that are no name: a sentence, a news title.
    expect(signature([...text, '详见附件，特此报告2022年1月19日'])).toBeNull();
  });

  it('reads the signature under the report\'s own 相关文件 list (a related heading counts as the end only where no signature follows it)', () => {
    const text = Array.from({ length: 20 }, (_, i) => `正文第${i}段，共计十五个字以上的一句话。`);
    expect(signature([...text, '相关文件：', '1.隆德县城关镇政务公开工作要点', '城关镇人民政府', '2021年1月19日', '扫一扫在手机打开当前页', '打印本页 关闭窗口']))
      .toEqual({ date: '2021-01-19', name: '城关镇人民政府' });
    // A related heading with a link's title after it on its line is no portal's heading.
    expect(signature([...text, '城关镇人民政府', '2021年1月19日', '相关文件：隆德县城关镇政务公开工作要点2021-01-05']))
      .toEqual({ date: '2021-01-19', name: '城关镇人民政府' });
  });
});

describe('headingDate', () => {
  const dated = (body: string[], title = body[0]!) => {
    const d = headingDate(body, 0, title);
    return d && { date: d.date, name: d.name, end: d.end };
  };

  it('reads a body\'s name and date under the heading as its dating of the report (dongling-2010), a date alone as the page\'s (ustc-tsg211-2021)', () => {
    const dongling = ['惠安县东岭镇2010年政府信息公开年度报告', '东岭镇人民政府', '2011年1月3日', '引 言', '本年报中所列数据的统计期限自2010年1月1日起至2010年12月31日止。'];
    expect(dated(dongling)).toEqual({ date: '2011-01-03', name: '东岭镇人民政府', end: 3 });
    const ustc = ['2020-2021学年信息公开工作年度报告', '2021年10月30日', '本年度报告深入贯彻落实《高等学校信息公开办法》精神编制而成。', '一、概述', '2020—2021学年,学校坚持以公开为常态。'];
    expect(dated(ustc)).toEqual({ date: '2021-10-30', name: null, end: 2 });
    // …which is then no closing signature, however short the page.
    expect(located(ustc, ustc.length, undefined, 2)).toBeNull();
    // A heading over two lines, the date under both.
    expect(dated(['左贡县人民政府2021年度', '信息公开年度报告', '2022年1月20日', '正文。'], '左贡县人民政府2021年度信息公开年度报告')).toEqual({ date: '2022-01-20', name: null, end: 3 });
    // The date in brackets, as 湖南's reports put it (湘西州行政审批服务局 2022, 衡南县政府办 2022).
    expect(dated(['2022年政府信息公开工作年度报告', '湘西自治州行政审批服务局', '(2023年1月28日)', '本报告是根据《中华人民共和国政府信息公开条例》编制而成。'])).toEqual({ date: '2023-01-28', name: '湘西自治州行政审批服务局', end: 3 });
    expect(dated(['衡南县人民政府办公室2022年政府信息', '公开年度报告', '（2023年1月31日）', '编制说明:本年度报告根据《条例》编制。'], '衡南县人民政府办公室2022年政府信息公开年度报告')).toEqual({ date: '2023-01-31', name: null, end: 3 });
  });

  it('reads nothing where the text or anything else stands between', () => {
    expect(dated(['某县2021年政府信息公开工作年度报告', '根据《条例》编制本报告。', '2022年1月20日'])).toBeNull();
    expect(dated(['某县2021年政府信息公开工作年度报告', '发布时间：2022-01-20'])).toBeNull();
    // Nor the day figures are counted to, on a line of its own as 茅坪回族镇's 2022 report has it, in brackets or not:
    // no day of writing (a report signed on its period's last day, or before it).
    const maoping = '茅坪回族镇2022年政府信息公开工作年度报告';
    const opening = '根据《中华人民共和国政府信息公开条例》第二十条规定，本机关全年主动公开政府信息126条。';
    expect(dated([maoping, '截至2022年12月31日', opening])).toBeNull();
    expect(dated([maoping, '（数据截至2022年12月31日）', opening])).toBeNull();
    expect(dated([maoping, '(统计时间2022年12月31日)', opening])).toBeNull();
    // A 统计局 signs as any body does.
    expect(dated(['某县统计局2022年政府信息公开工作年度报告', '某县统计局', '（2023年1月18日）', opening], '某县统计局2022年政府信息公开工作年度报告')).toEqual({ date: '2023-01-18', name: '某县统计局', end: 3 });
  });
});

