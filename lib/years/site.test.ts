import { describe, expect, it } from 'vitest';
import { siteNamesPlace } from './site.ts';

describe('siteNamesPlace', () => {
  it('reads a district in its site\'s address, spelled or by its initials (xuanzhou.gov.cn: 宣州区; sqsc.gov.cn: 宿迁 宿城区), not another place\'s', () => {
    const named = [['xuanzhou.gov.cn', '宣州区'], ['xuanzhou.gov.cn', '宣城市宣州区'], ['sqsc.gov.cn', '宿城区']] as const;
    expect(named.map(([site, places]) => siteNamesPlace(site, places))).toEqual([true, true, true]);
    // A city-wide platform names none of its districts; nor does another district's site, nor no address.
    const other = [['harbin.gov.cn', '道里区'], ['harbin.gov.cn', '道外区'], ['xuanzhou.gov.cn', '宿城区'], [null, '宣州区']] as const;
    expect(other.map(([site, places]) => siteNamesPlace(site, places))).toEqual([false, false, false, false]);
  });

  it('reads places the way their names are read, not as the characters commonly are (review 3: 长 chang, 乐 yue, 厦 xia, 番 pan)', () => {
    const named = [['changfeng.gov.cn', '长丰县'], ['cqcs.gov.cn', '长寿区'], ['yueqing.gov.cn', '乐清市'], ['xiamen.gov.cn', '厦门市'],
      ['panyu.gov.cn', '番禺区'], ['changsha.gov.cn', '长沙市']] as const;
    expect(named.map(([site, places]) => siteNamesPlace(site, places))).toEqual([true, true, true, true, true, true]);
  });

  it('asks of the innermost place only: a city\'s platform does not name its districts for naming the city (wuhan.gov.cn, 武汉市江夏区)', () => {
    expect(siteNamesPlace('wuhan.gov.cn', '武汉市江夏区')).toBe(false);
    expect(siteNamesPlace('xuancheng.gov.cn', '宣城市宣州区')).toBe(false);
    expect(siteNamesPlace('jiangxia.gov.cn', '武汉市江夏区')).toBe(true);
  });
});
