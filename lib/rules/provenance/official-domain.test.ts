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
});
