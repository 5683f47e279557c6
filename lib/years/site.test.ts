import { describe, expect, it } from 'vitest';
import { portalOf, siteNamesPlace } from './site.ts';

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

describe('portalOf', () => {
  it('cuts the labels a portal serves itself under (real addresses: of the corpus, the fixtures, pages of reports), keeping at least the portal\'s name', () => {
    const hosts = ['http://jw.taojiang.gov.cn/25074/25162/37354/39633/index.htm', 'http://gk.ziyang.gov.cn/details.aspx?dept=155&id=29046',
      'http://xxgk.www.jiyuan.gov.cn/1.html', 'https://www.tjwq.gov.cn/zwgk/1.html', 'http://xxgk.harbin.gov.cn/', 'http://www.gov.cn/1.html',
      'http://zwgk.jingzhouqu.gov.cn/26769/202209/t20220926/28913.shtml'];
    expect(hosts.map(portalOf)).toEqual(['taojiang.gov.cn', 'ziyang.gov.cn', 'jiyuan.gov.cn', 'tjwq.gov.cn', 'harbin.gov.cn', 'gov.cn', 'jingzhouqu.gov.cn']);
  });

  it('keeps a sub-site named for a place or a department: its bodies are its own', () => {
    const hosts = ['http://wcsxxgk.harbin.gov.cn/col/col12596/index.html', 'http://tdqxxgk.siping.gov.cn/zsts/1.html',
      'https://tunchang.hainan.gov.cn/1.html', 'http://tjj.fuzhou.gov.cn/1.html', null];
    expect(hosts.map(portalOf)).toEqual(['wcsxxgk.harbin.gov.cn', 'tdqxxgk.siping.gov.cn', 'tunchang.hainan.gov.cn', 'tjj.fuzhou.gov.cn', null]);
  });
});
