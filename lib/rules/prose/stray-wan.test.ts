import { describe, expect, it } from 'vitest';
import { findingsOf, makeReport } from '../../../test/support/report.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import { strayWan } from './stray-wan.ts';

/** The report whose prose is `text`, read as the prose reader reads it. */
function report(text: string, year = 2022) {
  const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
  return makeReport({ document: { year }, proseFigures: extractProseFigures([line], year).figures });
}

// liveschina-mirror-2022 (a mirror of a 2022 city report): the total in 万, its two parts in the next sentence.
const LIVESCHINA = '2022年,政府网站主动公开政府信息173769万条。市政府及其部门主动公开政府信息75656条,县(区)政府及其部门主动公开政府信息98113条。';
// fresh28/baoshan-2024 and acc18/hzs-2020: counts in 万 that are what they say.
const BAOSHAN = '2024年,全市主动公开政府信息9.9万条,公开政府重要会议219次,政府门户网站及政府网站浏览量超1995万次。';
const HZS = '打通不动产、医社保、市场监管等16个部门25个业务系统，汇聚数据8232万条；完成360类电子证照梳理，累计入库电子证照452149份，调用21525次。';

describe('prose/stray-wan', () => {
  it('warns of liveschina-mirror-2022: 173769万条 whose parts 75656条 + 98113条 make 173769条', () => {
    expect(findingsOf(strayWan, report(LIVESCHINA))).toMatchObject([{
      severity: 'warning',
      message: '正文“政府网站主动公开政府信息173769万条”多半多写了“万”字：市政府及其部门主动公开政府信息75656条+县(区)政府及其部门主动公开政府信息98113条=173769条，正是去掉“万”的数，总数应为173769条',
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'proseFigures', path: '1' }, { table: 'proseFigures', path: '2' }],
      expected: 173769, actual: 1737690000,
    }]);
  });

  it('passes the same total written without the slip, and parts that do not add up to its digits', () => {
    expect(findingsOf(strayWan, report(LIVESCHINA.replace('173769万条', '173769条')))).toEqual([]);
    expect(findingsOf(strayWan, report(LIVESCHINA.replace('98113条', '98112条')))).toEqual([]);
  });

  it('passes counts in 万 that are sound (baoshan-2024 9.9万条, hzs-2020 8232万条 of data)', () => {
    expect(findingsOf(strayWan, report(BAOSHAN, 2024))).toEqual([]);
    expect(findingsOf(strayWan, report(HZS, 2020))).toEqual([]);
  });
  // review20c: baoshan-2024's sentence with round counts — views, then other things that add up to their digits by chance.
  it('passes a round total followed by counts of other things adding up to its digits', () => {
    expect(findingsOf(strayWan, report('2024年,政府门户网站浏览量300万次。开展在线访谈200次,回应社会关切100次。', 2024))).toEqual([]);
    expect(findingsOf(strayWan, report('累计汇聚数据500万条,开放数据集300条、数据接口200条。', 2024))).toEqual([]);
  });
});
