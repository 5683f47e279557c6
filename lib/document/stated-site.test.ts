import { describe, expect, it } from 'vitest';
import { governmentSites, sameSite, statedSites } from './stated-site.ts';

describe('statedSites', () => {
  it('reads the site a report says its electronic copy is on (shgjj-2024), and governmentSites whether the text names it a government\'s', () => {
    const shgjj = '本年度报告的电子版可从上海住房公积金网(www.shgjj.com)下载。本年度报告中所列数据统计期限自2024年1月1日起至12月31日止。';
    expect(statedSites([shgjj])).toEqual(['www.shgjj.com']);
    expect(governmentSites(shgjj)).toEqual([]);
    const gaoping = '本年度报告的电子版可在“高平市人民政府门户网站”(http://www.sxgp.gov.cn/)下载。如对本年度报告有任何疑问,请与高平市人民政府办公室信息室联系(地址:高平市长平西街46号242室,电话0356-5221239,电子邮箱:gpzfxxk@163.com)。';
    expect(statedSites([gaoping])).toEqual(['www.sxgp.gov.cn']);
    expect(governmentSites(gaoping)).toEqual([{ site: '政府门户网站', host: 'www.sxgp.gov.cn', index: 17, end: 47 }]);
  });

  it('takes a 政府信息公开专栏 for a government\'s site only where the words before it name one', () => {
    // shgjj-2024's sentence, its site named with its column as the review found it written.
    const shgjj = '本年度报告的电子版可从上海住房公积金网政府信息公开专栏(www.shgjj.com)下载。';
    expect(statedSites([shgjj])).toEqual(['www.shgjj.com']);
    expect(governmentSites(shgjj)).toEqual([]);
    const suzhou = '本年度报告的电子版可在宿州市人民政府信息公开专栏(http://www.lfrdys.com/index.html)下载。';
    expect(governmentSites(suzhou).map((s) => s.host)).toEqual(['www.lfrdys.com']);
  });

  it('takes a ministry\'s site by the ministry\'s name, not by any word ending in 部', () => {
    expect(governmentSites('本报告PDF版本可以从教育部门户网站(http://www.moe.gov.cn)下载。').map((s) => s.site)).toEqual(['教育部门户网站']);
    expect(governmentSites('本报告在商务部网站(www.mofcom.gov.cn)公开。').map((s) => s.site)).toEqual(['商务部网站']);
    // …by its short or former name too, or a 委's, 署's or 行's (a mirror's address in brackets after each).
    for (const site of ['工信部门户网站', '人社部网站', '住建部网站', '建设部网站', '国家发展改革委门户网站', '国家卫生健康委网站', '审计署网站', '中国人民银行网站']) {
      const [found, ...more] = governmentSites(`本报告电子版可在${site}(www.example.com)下载。`);
      expect(more).toEqual([]);
      expect(site.endsWith(found!.site)).toBe(true);
    }
    for (const body of ['俱乐部', '全部', '内部', '本部', '集团总部']) expect(governmentSites(`报告可在${body}网站(www.example.com)查阅。`)).toEqual([]);
  });

  it('reads an address with its path as one host (lfrdys-suzhou-2016, a mirror that wrote itself in)', () => {
    const lfrdys = '本年度报告的电子版可在宿州市人民政府信息公开网站(http://www.lfrdys.com/index.html)下载。如对本年度报告有任何疑问,请与宿州市政务公开办公室联系。';
    expect(statedSites([lfrdys])).toEqual(['www.lfrdys.com']);
    expect(governmentSites(lfrdys).map((s) => s.host)).toEqual(['www.lfrdys.com']);
  });

  it('reads an address typed with 。 for its dots as the whole host (linhai-wsj-2008-copy)', () => {
    expect(statedSites(['本年报的电子版可在“临海卫生信息网”门户网站(http://www.linhai。gov。cn/html/wsj/gb2312)下载。临海市卫生局联系地址:临海市台州府路190号'])).toEqual(['www.linhai.gov.cn']);
  });

  it('reads no address of a sentence not about the report\'s copy, nor an e-mail\'s domain', () => {
    expect(statedSites(['一是及时公开住房公积金政策信息。2024年,通过上海住房公积金网,及时公开…相关政策共计12条。'])).toEqual([]);
    expect(statedSites(['本报告电子版可在“中国南平”网站(<http://www.np.gov.cn/>)政府信息公开专栏下载。若对本报告有疑问…(电子邮箱:xxgk@np.gov.cn )'])).toEqual(['www.np.gov.cn']);
  });
});

describe('sameSite', () => {
  it('holds a host with and without www. and its subdomains, not a look-alike', () => {
    expect(sameSite('www.shgjj.com', 'shgjj.com')).toBe(true);
    expect(sameSite('www.shgjj.com', 'xxgk.shgjj.com')).toBe(true);
    expect(sameSite('www.shgjj.com', 'autobant.com')).toBe(false);
    expect(sameSite('www.shgjj.com', 'shgjj.com.mirror.example')).toBe(false);
  });
});
