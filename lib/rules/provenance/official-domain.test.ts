import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport } from '../../../test/support/report.ts';
import { officialDomain } from './official-domain.ts';

describe('provenance/official-domain', () => {
  it('passes gov.cn, a trusted domain, and a saved file without URL', () => {
    const report = makeReport();
    expect(findingsOf(officialDomain, report, makeContext({ url: 'https://www.shanghai.gov.cn/nw12344/0001.html' }))).toEqual([]);
    expect(findingsOf(officialDomain, report, makeContext({ url: 'https://xxgk.example.org/a.html', trustedDomains: ['*.example.org'] }))).toEqual([]);
    expect(findingsOf(officialDomain, report, makeContext({ url: null }))).toEqual([]);
  });

  it('warns about the mirror that serves tieling-2019, and a gov.cn look-alike', () => {
    const mirror = makeContext({ url: 'http://www.tieling-mirror.example/tieling/zwgk/zfxxgknb/2020/02/28/0001.html' });
    expect(findingsOf(officialDomain, makeReport(), mirror)).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://gov.cn.example.com/a.html' }))).toHaveLength(1);
  });

  it('says a page served from an IP address (district-stats-2023) names no domain', () => {
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://61.150.65.235/zfxxgk/zfxxgknb/bmxxgknb/1906985018193408001.html' }))).toMatchObject([{
      severity: 'warning',
      message: '本页自称政府信息公开工作年度报告，但来自IP地址 61.150.65.235，没有域名，无从确认是政府网站，也不在您信任的域名中；请到发布机关的官方网站核对原文',
    }]);
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://[2001:db8::1]/a.html' }))[0]!.message).toContain('来自IP地址 [2001:db8::1]，没有域名');
    expect(findingsOf(officialDomain, makeReport(), makeContext({ url: 'http://www.tieling-mirror.example/a.html' }))[0]!.message).toContain('来自 www.tieling-mirror.example，不是 gov.cn 政府网站');
  });
});

