import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from '../../test/support/fixtures.ts';

// nmpa-2019-cnpharm (m.cnpharm.com, 中国医药报's site): a news item that reposts 国家药监局's report whole, cut to what the tests need.
const NEWS_TITLE = '国家药监局2019年政府信息公开工作年度报告发布';
const LEAD = '日前,国家药监局网站发布《国家药品监督管理局2019年政府信息公开工作年度报告》。';
const REPORT = [
  '国家药品监督管理局2019年政府信息公开工作年度报告',
  '根据《中华人民共和国政府信息公开条例》有关规定,编制本年度报告。报告内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、信息公开工作存在的主要问题及改进情况等。本报告数据统计期限为2019年1月1日至2019年12月31日。',
  '一、总体情况',
  '(一)强化网站信息主动公开平台作用。2019年,我局网站主动公开政府信息4364条。其中:工作动态类信息397条,占9.1%;公告通告类信息2575条,占59%;科普类信息195条,占4.5%;法规文件类信息63条,占1.4%;政策解读类信息75条,占1.7%;专栏及综合管理类信息1037条,占23.8%;征求意见类信息22条,占0.5%。',
];
const page = (paragraphs: string[]) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${NEWS_TITLE}</title></head><body>`
  + `<h3 class="art-title">${NEWS_TITLE}</h3><div class="art-con">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
const read = (paragraphs: string[]) => extractWithCheerio(page(paragraphs), 'http://m.cnpharm.com/c/2020-04-08/721301.shtml').report;

describe('a news item that carries the report whole', () => {
  it('is read as the report after 全文如下: its own title line, year, issuer, period and figures, with a note', () => {
    const { document, proseFigures, warnings } = read([`${LEAD}全文如下。`, ...REPORT]);
    expect([document.isReport, document.year, document.issuer, document.period]).toEqual([true, 2019, '国家药品监督管理局', { start: '2019-01-01', end: '2019-12-31' }]);
    expect(proseFigures.map((f) => [f.label, f.value, f.parts.length])[0]).toEqual(['网站主动公开政府信息', 4364, 7]);
    expect(warnings.filter((w) => w.rule === 'page/news-carries-report').map((w) => w.severity)).toEqual(['info']);
  });

  it('is read so after the other hand-over words (现全文刊发, 以下为全文)', () => {
    for (const handover of ['现全文刊发。', '以下为全文：']) expect(read([`${LEAD}${handover}`, ...REPORT]).document.isReport).toBe(true);
  });

  it('is read so past an image and its caption, a date, a source or an editor\'s line before the report\'s title', () => {
    // What portals put between the hand-over and the text carried, two lines or more (the cnpharm page has none: built).
    const between = [
      ['<img src="/u/2020/0408/nmpa.jpg" width="600" height="400">', '图为国家药监局网站截图', '2020-04-08'],
      ['发布时间：2020年04月08日 09:30', '来源：国家药监局网站'],
      ['本报记者 王晓', '（责任编辑：李明）'],
    ];
    for (const lines of between) {
      const { document } = read([`${LEAD}全文如下。`, ...lines, ...REPORT]);
      expect([lines[0], document.isReport, document.year, document.issuer]).toEqual([lines[0], true, 2019, '国家药品监督管理局']);
    }
  });

  it('stays news where it only tells of the report, or hands over only a link to it', () => {
    const summary = read([`${LEAD}报告显示,2019年,国家药监局网站主动公开政府信息4364条,网站已建立70余个信息发布栏目。`, '国家药监局表示,将进一步强化网站信息主动公开平台作用。']);
    expect([summary.document.isReport, summary.proseFigures]).toEqual([false, []]);
    const linked = read([`${LEAD}全文如下：`, `<a href="https://www.nmpa.gov.cn/zwgk/zfxxgknb/20200331.html">${REPORT[0]}</a>`, '报告显示,2019年,国家药监局网站主动公开政府信息4364条。']);
    expect([linked.document.isReport, linked.warnings]).toEqual([false, []]);
  });
});
