import { describe, expect, it } from 'vitest';
import { pageOf, piecesText } from '../../test/support/page.ts';
import { withoutEscapedTags } from './escaped-tags.ts';

describe('withoutEscapedTags', () => {
  it('reads a page without the <br> its CMS shows as text (ganzhou-wsj-2012-mirror), each line still on its nodes', () => {
    const page = withoutEscapedTags(pageOf('<p>本报告由概述,主动公开政府信息情况,依申请公开政府信息情况,申请行政复议、提起行政诉讼情况&lt;br&gt;,'
      + '存在的主要问题和下一步工作计划共五个部分组成。</p>'));
    expect(page.lines.map((l) => l.text)).toEqual([
      '本报告由概述,主动公开政府信息情况,依申请公开政府信息情况,申请行政复议、提起行政诉讼情况,存在的主要问题和下一步工作计划共五个部分组成。',
    ]);
    for (const line of page.lines) {
      expect(piecesText(line).join('')).toBe(line.text);
    }
  });

  it('reads a tag\'s attributes with it (&lt;span style="…"&gt;)', () => {
    const page = withoutEscapedTags(pageOf('<p>主动公开政府信息&lt;span style="font-size:16px"&gt;125条&lt;/span&gt;。</p>'));
    expect(page.lines.map((l) => l.text)).toEqual(['主动公开政府信息125条。']);
  });

  it('reads Word\'s long tags with them, their attributes quoted or not (&lt;P class=MsoNormal style="…; mso-…"&gt;)', () => {
    // The first two tags as a CMS's escaped Word paste shows them (a Shanghai 社区 notice's markup kept in a Java test on
    // GitHub), the third Word's single-quoted form; the words between them the test's.
    const page = withoutEscapedTags(pageOf('<p>&lt;P class=MsoNormal style="MARGIN: 0cm 0cm 0pt; TEXT-INDENT: 28.5pt; LINE-HEIGHT: 22pt; '
      + 'mso-line-height-rule: exactly"&gt;&lt;SPAN style="FONT-SIZE: 14pt; COLOR: black; FONT-FAMILY: 宋体; mso-bidi-font-family: 宋体; '
      + 'mso-font-kerning: 0pt"&gt;主动公开政府信息125条。&lt;/SPAN&gt;&lt;SPAN lang=EN-US style=\'font-size:16.0pt;font-family:仿宋_GB2312\'&gt;'
      + '其中政府网站公开98条。&lt;o:p&gt;&lt;/o:p&gt;&lt;/SPAN&gt;&lt;/P&gt;</p>'));
    expect(page.lines.map((l) => l.text)).toEqual(['主动公开政府信息125条。其中政府网站公开98条。']);
  });

  it('leaves a title or an address in angle brackets as it is (suqian-2017, nanping-2012)', () => {
    const page = pageOf('<p>《中共中央办公厅国务院办公厅印发&lt;关于全面推进政务公开工作的意见&gt;的通知》</p><p>“中国南平”网站(&lt;http://www.np.gov.cn/&gt;)</p>'
      + '<p>执行《关于印发&lt;B 类公路养护标准&gt;的通知》</p>');
    expect(withoutEscapedTags(page)).toBe(page);
  });
});
