// The report's issuer, date, period, year and sections are bound to where the page states them, so that
// a finding about them can show the place: the characters of the line each was read from, in its text node.
import type { AnyNode } from 'domhandler';
import { textContent } from 'domutils';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../lib/extract.ts';
import { extractWithCheerio, extractWithDom, fixtureHtml, fixtureUrl } from './support/fixtures.ts';

/** What each document cell is bound to: "path: characters | the text node they are in" (a node of either adapter). */
function documentPlaces<N>({ bindings }: Extraction<N>, textOf: (node: N) => string = (n) => textContent(n as AnyNode)): string[] {
  return bindings.filter((b) => b.ref.table === 'document').map((b) => {
    const text = textOf(b.node);
    return `${b.ref.path}: ${text.slice(b.range!.start, b.range!.end)} | ${text.trim().slice(0, 20)}`;
  });
}

const fixture = (file: string) => extractWithCheerio(fixtureHtml(file), fixtureUrl(file));

describe('document bindings', () => {
  it('binds the date line, the 落款\'s date, the 统计期限 and the heading\'s year to their characters (longde-chengguan-2021)', () => {
    const places = documentPlaces(fixture('longde-chengguan-2021.html'));
    expect(places.filter((p) => !p.startsWith('sections'))).toEqual([
      'issuer: 隆德县城关镇 | 隆德县城关镇2021年政府信息公开年度报',
      'publishedAt: 2022-01-19 | 发表日期:2022-01-19 编辑录入',
      'signedAt: 2021年1月19日 | 2021年1月19日',
      'period: 2021年1月1日至12月31日 | 根据《中华人民共和国政府信息公开条例》规',
      'year: 2021 | 隆德县城关镇2021年政府信息公开年度报',
    ]);
    // Each heading is its line.
    expect(places.filter((p) => p.startsWith('sections')).slice(1, 3)).toEqual([
      'sections.1: 二、主动公开政府信息情况 | 二、主动公开政府信息情况',
      'sections.2: 三、收到和处理政府信息公开申请情况 | 三、收到和处理政府信息公开申请情况',
    ]);
  });

  it('binds a period read from 截至 to its date, and leaves what no line states unbound (tieling-2019 signs nothing, xiaobanqiao-2018)', () => {
    expect(documentPlaces(fixture('xiaobanqiao-2018.html'))).toContain('period: 2018年11月29日 | 小板桥街道办事处充分发挥政府门户网站信息');
    const tieling = documentPlaces(fixture('tieling-2019.html'));
    expect(tieling.slice(1, 3)).toEqual(['publishedAt: 2020-02-28 | 发布时间:2020-02-28 来源:铁', 'year: 2019 | 铁岭市2019年度政府信息公开工作报告']);
    expect(tieling.some((p) => p.startsWith('signedAt') || p.startsWith('period'))).toBe(false);
  });

  it('binds the issuer to where the page names it, alike over the DOM and cheerio', () => {
    const places = (file: string) => {
      const html = fixtureHtml(file), url = fixtureUrl(file);
      const both = [documentPlaces(extractWithCheerio(html, url)), documentPlaces(extractWithDom(html, url), (n) => n.textContent ?? '')];
      expect(both[1]).toEqual(both[0]);
      return both[0]!.filter((p) => p.startsWith('issuer:'));
    };
    // In the heading.
    expect(places('longde-chengguan-2021.html')).toEqual([
      'issuer: 隆德县城关镇 | 隆德县城关镇2021年政府信息公开年度报',
    ]);
    // 铁岭市 named more fully by the sentence that says who compiled the report: that sentence's 铁岭市人民政府.
    expect(places('tieling-2019.html')).toEqual([
      'issuer: 铁岭市人民政府 | 按照《中华人民共和国政府信息公开条例》和',
    ]);
  });

  it('binds no year the page states only in its <title>, nor a date only its <meta> gives', () => {
    const page = '<html><head><title>某县2020年度政府信息公开工作年度报告</title><meta name="PubDate" content="2021-01-20"></head><body>'
      + '<p>一、总体情况</p><p>2020年，我县认真贯彻落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息120条。</p>'
      + '<p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p><p>本年度共收到政府信息公开申请5件，全部按时办结。</p></body></html>';
    const read = extractWithCheerio(page, 'http://www.example.gov.cn/a.html');
    expect(read.report.document).toMatchObject({ isReport: true, year: 2020, publishedAt: '2021-01-20' });
    // Nor the issuer that only the <title> names.
    expect(documentPlaces(read).map((p) => p.split(':')[0])).toEqual(['sections.0', 'sections.1', 'sections.2']);
  });
});
