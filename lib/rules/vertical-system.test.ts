import { describe, expect, it } from 'vitest';
import { verticalSystem } from './vertical-system.ts';

describe('verticalSystem', () => {
  it('names the system of a vertically managed body by the name of its office', () => {
    expect(['黑河市气象局', '国家税务总局深圳市税务局', '中华人民共和国拱北海关', '温州市邮政管理局', '苏州市烟草专卖局',
      '国家统计局湖北调查总队', '国家统计局宁波调查队', '四川省地震局', '厦门海事局', '湖北省咸宁市气象部门'].map(verticalSystem))
      .toEqual(['气象', '税务', '海关', '邮政管理', '烟草专卖', '国家统计局调查队', '国家统计局调查队', '地震', '海事', '气象']);
  });

  it('leaves the departments of a local government alone, a county\'s 地震局 and a province\'s 地方海事局 among them', () => {
    expect(['某县农业农村局', '某县地震局', '广州市统计局', '广西壮族自治区地方海事局', '上海市人民政府办公厅', null].map(verticalSystem))
      .toEqual([null, null, null, null, null, null]);
  });
});
