import { describe, expect, it } from 'vitest';
import { makeReport } from '../../test/support/report.ts';
import { summarize } from './summary.ts';

const keyOf = (issuer: string) => summarize(makeReport({ document: { issuer } }))?.key ?? null;

describe('summarize', () => {
  it('keeps what the next year\'s report is checked against, under a key for its issuer', () => {
    const summary = summarize(makeReport())!;
    expect(summary).toMatchObject({ key: '某县农业农村局', year: 2021, format: '2021', applications: { carriedForward: { total: 0 } } });
    expect(['镇江市统计局', '市中区统计局', '乡城县人民政府', '东直门街道办事处'].map(keyOf)).toEqual(['镇江市统计局', '市中区统计局', '乡城县政府', '东直门街道办事处']);
  });

  it('keeps nothing of a body named by its level alone: every district has a 区统计局', () => {
    expect(['区统计局', '市人民政府办公室', '县住房和城乡建设局', '街道办事处'].map(keyOf)).toEqual([null, null, null, null]);
  });

  it('keeps nothing of a page the engine doubts is a report, nor of a report in an older format', () => {
    expect(summarize(makeReport({ document: { confidence: 0.4 } }))).toBeNull();
    expect(summarize(makeReport({ document: { format: 'legacy' }, activeDisclosure: null, applications: null }))).toBeNull();
  });
});
