import { describe, expect, it } from 'vitest';
import { issuerKind } from './issuer.ts';

describe('issuerKind', () => {
  it.each([
    ['铁岭市人民政府', 'government'], ['上海市人民政府办公厅', 'department'], ['某县农业农村局', 'department'],
    ['城关镇人民政府', 'township'], ['小板桥街道办事处', 'township'], ['舒兰市天德乡人民政府', 'township'],
    [null, 'unknown'],
  ])('%s is %s', (name, kind) => expect(issuerKind(name)).toBe(kind));
});
