import { describe, expect, it } from 'vitest';
import { issuerKind } from './issuer.ts';

describe('issuerKind', () => {
  it.each([
    ['铁岭市人民政府', 'government'], ['上海市人民政府办公厅', 'department'], ['某县农业农村局', 'department'],
    ['城关镇人民政府', 'township'], ['小板桥街道办事处', 'township'], ['舒兰市天德乡人民政府', 'township'],
    // Y probe: a place named alone issues the government-wide report (周口市 2022); a 苏木 is a township.
    ['周口市', 'government'], ['辽宁省', 'government'], ['郑州市金水区', 'government'], ['锡林郭勒盟', 'government'], ['中山市', 'government'], ['会理市', 'government'],
    ['巴彦查干苏木', 'township'], ['周口市统计局', 'department'], ['郑州市发展和改革委员会', 'department'],
    ['周口市人民政府办公室', 'department'], ['市中心医院', 'department'],
    // A region some body runs is no government: a late report from one is not held to the 3月31日 deadline.
    ['某某社区', 'department'], ['经济技术开发区', 'department'], ['高新区', 'department'], ['城南学区', 'department'],
    ['国家农业科技园区', 'department'], ['示范区', 'department'], ['上海市浦东新区', 'government'],
    [null, 'unknown'],
  ])('%s is %s', (name, kind) => expect(issuerKind(name)).toBe(kind));
});
