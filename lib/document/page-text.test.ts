import { describe, expect, it } from 'vitest';
import { isFooter, isProse } from './page-text.ts';

describe('isFooter', () => {
  it('knows a portal footer by its copyright, its 备案 numbers and its 主办单位 label (tieling-2019\'s, yining-2014\'s)', () => {
    for (const line of ['版权所有:即时比分 主办单位:即时比分办公厅', 'ICP备案序号:辽ICP备05023109号 联系邮箱:mhwz@yaoyejob.com', '辽公网安备 21010502000372号 网站标识码:2100000037', '主办单位 版权所有 网站标识码']) {
      expect(isFooter(line), line).toBe(true);
    }
  });

  it('takes a report\'s sentence that speaks of 备案 or of a 承办单位 for text, not a footer (jtj-2019, gaj-2019, yining-2014)', () => {
    for (const line of [
      '全年公开核准企业资质条、施工许可证76条、安全生产许可证121条、排水许可证5条、申请户外广告设置许可证783条、申请竣工验收备案16条等。',
      '年内，上网发布的202条公安政府信息，均落实了发布登记备案，做到了依法公开、真实公开，注重实效，监督有力。',
      '调整了县政府信息公开领导小组,确定县电子政务办公室为政府信息公开具体承办单位,按照《伊宁县政府信息公开实施方案》,细化了工作任务。',
    ]) {
      expect(isFooter(line), line).toBe(false);
      expect(isProse(line), line).toBe(true);
    }
  });
});
