import { describe, expect, it } from 'vitest';
import { pageOf, piecesText } from '../../test/support/page.ts';
import { shownText } from '../table/figure.ts';
import { inPinyinAnnotated, withoutPinyin } from './pinyin.ts';

describe('pages annotated with pinyin', () => {
  // As mirror sites serve them: 懷化市統(tǒng)計局…年度報(bào)告.
  const annotated = pageOf('<p>本報告由懷化市統(tǒng)計局根據(jù)《條例》編制。</p><p>本報告中所列數(shù)據(jù)的<b>統(tǒng)計</b>期限自2017年1月1日至2017年12月31日止。</p><table><tr><td>行政許(xǔ)可</td><td>4</td></tr></table>',
    '懷化市統(tǒng)計局2017年政府信息公開工作年度報(bào)告');

  it('are told by word after word annotated; a latin word in brackets or two is no annotation', () => {
    expect(inPinyinAnnotated(annotated)).toBe(true);
    expect(inPinyinAnnotated(pageOf('<p>附件(pdf)下载，网站(www)访问，统计(tǒng)。</p>', '某县2021年政府信息公开工作年度报告'))).toBe(false);
  });

  it('are told by toneless annotations too, more of them; a report\'s own latin words in brackets spell no pinyin', () => {
    // hongxingpaper.com's copy of 国资委's 2020 report.
    const toneless = pageOf('<p>2020年,國(guo)資(zi)委堅(jian)持以(yi)習近平新(xin)時(shi)代中(zhong)(zhong)(zhong)國(guo)特色(se)社會主義思想為指導。</p>'
      + '<p>充分發揮國(guo)資委網站、《國(guo)資委公(gong)告》及其他指定公(gong)開(kai)平(ping)臺載體(ti)作用。</p>');
    expect(inPinyinAnnotated(toneless)).toBe(true);
    expect(withoutPinyin(toneless).lines.map((l) => l.text)).toEqual(['2020年,國資委堅持以習近平新時代中國特色社會主義思想為指導。', '充分發揮國資委網站、《國資委公告》及其他指定公開平臺載體作用。']);
    // ü spelled as printed (律(lü), 女(nü)) is a syllable too: these eleven, two with ü, pass the ten a toneless page needs.
    expect(inPinyinAnnotated(pageOf('<p>依(yi)法(fa)律(lü)规(gui)定(ding),妇(fu)女(nü)儿(er)童(tong)权(quan)益(yi)。</p>'))).toBe(true);
    const words = pageOf('<p>年报(pdf)、附件(doc)、网站(www)、客户端(app)、平台(web)、公众号(wechat)、系统(oa)、门户(gov)、统计(xls)、报表(ofd)、数据(api)。</p>');
    expect(inPinyinAnnotated(words)).toBe(false);
  });

  it('read without the annotations, every line still pointing at its own characters in the nodes', () => {
    const page = withoutPinyin(annotated);
    expect(page.title).toBe('懷化市統計局2017年政府信息公開工作年度報告');
    expect(page.lines.map((l) => l.text)).toEqual([
      '本報告由懷化市統計局根據《條例》編制。', '本報告中所列數據的統計期限自2017年1月1日至2017年12月31日止。', '行政許可', '4',
    ]);
    expect(page.tables[0]!.rows[0]!.cells[0]!.text).toBe('行政許可');
    for (const line of page.lines) {
      expect(piecesText(line).join('')).toBe(line.text);
      expect(line.pieces.map((p) => line.text.slice(p.lineStart, p.lineStart + p.length))).toEqual(piecesText(line));
    }
  });

  it('keep a cell\'s superscripts on their own characters as the annotations before them are taken out', () => {
    const page = withoutPinyin(pageOf('<table><tr><td>行政許(xǔ)可<sup>1</sup></td><td>總(zǒng)計<sup>2</sup>數(shù)<sup>3</sup></td><td>4<sup>5</sup></td></tr></table>'));
    const cells = page.tables[0]!.rows[0]!.cells;
    expect(cells.map((c) => [c.text, c.scripts])).toEqual([['行政許可1', [4, 5]], ['總計2數3', [2, 3, 4, 5]], ['45', [1, 2]]]);
    expect(cells.map(shownText)).toEqual(['行政許可¹', '總計²數³', '4⁵']);
  });
});
