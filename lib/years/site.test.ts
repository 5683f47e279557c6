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
});
