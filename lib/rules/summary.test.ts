import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READING_NOTES } from './notes.ts';
import { CATALOGUE } from './registry.ts';
import { fixtureReport } from '../../test/support/fixtures.ts';
import { englishSummary, gistIsCheck, ruleExplanation, ruleRequirement } from './summary.ts';

describe('englishSummary', () => {
  it('glosses every rule and every reading note in English', () => {
    for (const id of [...CATALOGUE.map((r) => r.id), ...READING_NOTES.map((n) => n.id)]) {
      expect(englishSummary(id), id).toMatch(/\b[a-z]{3,} [a-z]{2,}/);
    }
    expect(englishSummary('applications/column-balance')).toBe('Check: each column: received + carried over = processed + carried forward');
    expect(englishSummary('figure/not-reported')).toBe('—, / or 无 (“none”), or 一 or × typed for a dash, read as not reported (no figure), never as 0');
    expect(englishSummary('no/such-rule')).toBeNull();
  });

  it('names the tables as the English panel does, Table 2 and Table 3, not 表二 and 表三 (an English reader read 表三\'s applicant columns…)', () => {
    const glosses = [...CATALOGUE.map((r) => englishSummary(r.id)!), ...READING_NOTES.map((n) => n.en)];
    expect(glosses.filter((gloss) => /表[二三四]/.test(gloss))).toEqual([]);
    expect(englishSummary('recognition/column-order')).toBe('Table 3\'s applicant columns in another order than the template\'s, read by their names');
  });

  it('says a sum left unchecked by blank cells was not checked, not the check, which would read as sums that disagree (tester, shanghai-office-2019)', () => {
    const blank = '总计列有11行空白（各申请人列有数字），无法核对（多半是漏填）：予以公开、部分公开、不予公开·属于国家秘密、不予公开·属于三类内部事务信息';
    expect(englishSummary('applications/row-sum', blank)).toBe('Not checked, cells left blank (most likely not filled in): each row: the applicant columns add up to the total');
    expect(englishSummary('applications/column-balance', '自然人列：本年新收(3)+上年结转(空白)=3，办理结果总计(空白)+结转下年度(空白)=空白；一方留空，无法核对（多半是漏填）'))
      .toBe('Not checked, cells left blank (most likely not filled in): each column: received + carried over = processed + carried forward');
    expect(englishSummary('applications/row-sum', '予以公开行：自然人(27)+…，总计(34)，相差1')).toBe('Check: each row: the applicant columns add up to the total');
  });

  it('says a period read from garbled dates was read, not that the period could not be read (gs-xingguo-2025: 统计期限为2025111231日)', () => {
    const read = '统计期限的日期残缺（丢了“年”“月”等字）：“2025111231日”，读作2025年1月1日至2025年12月31日；请对照原文';
    expect(englishSummary('document/period-legible', read)).toBe('Period read from garbled dates (年 or 月 lost or mistyped on the page), as shown: check the original');
    const unread = '报告写了统计期限，但读不出起止日期：“统计期限为2025111231日”；统计期限记为空，落款、发布日期按报告年度的年末核对';
    expect(englishSummary('document/period-legible', unread)).toBe('Check: the period the report states reads as a start and an end date');
  });

  it('glosses a rule across years so that it reads right on either report: by the years\' order, not this year and last', () => {
    const years = CATALOGUE.filter((r) => r.id.startsWith('years/')).map((r) => englishSummary(r.id));
    expect(years.length).toBeGreaterThan(2);
    expect(years.filter((gloss) => /\b(this|last|next) year\b/i.test(gloss!))).toEqual([]);
  });

  it('says what a rule requires in Chinese or in English, the gloss apart', () => {
    expect(ruleRequirement('years/carried-over', 'zh')).toBe('表三：后一年报告的“上年结转”= 前一年报告的“结转下年度继续办理”，逐列比对');
    expect(ruleRequirement('years/carried-over', 'en')).toBe('a year\'s report carries over what the previous year\'s report carried forward, per column');
    expect(ruleRequirement('figure/not-reported', 'zh')).toBeNull(); // a reading note, no rule
  });

  it('explains a rule from the rule itself, what it checks, why and its examples in the language asked, and a reading note by what reading did', () => {
    const rowSum = CATALOGUE.find((r) => r.id === 'applications/row-sum')!;
    expect(ruleExplanation('applications/row-sum', 'zh')).toEqual({
      checks: ruleRequirement('applications/row-sum', 'zh'), why: rowSum.rationale.zh,
      example: { passes: '予以公开：自然人27、商业企业2、法律服务机构4，总计33。', fails: '予以公开：自然人27、商业企业2、法律服务机构4，总计34 — 各列合计33。' },
    });
    // An English reader is told why in English too (the tester read 镜像站常把…, the rationale in Chinese, in the English panel).
    expect(ruleExplanation('provenance/injected-content', 'en')).toEqual({
      checks: 'no replaced issuer names or addresses, masked words or injected spam',
      why: expect.stringMatching(/^Mirror sites often replace the names of bodies such as 国务院 \(the State Council\) wholesale with their own site's name \(即时比分办公厅, /),
      example: { passes: expect.stringMatching(/^按照《国务院办公厅/), fails: expect.stringMatching(/: the State Council replaced by 即时比分 \(“live scores”\), a gambling site's name/) },
    });
    expect(ruleExplanation('applications/row-sum', 'en')!.example).toEqual({
      passes: 'Disclosed in full: individuals 27, businesses 2, legal service providers 4, total 33.',
      fails: 'Disclosed in full: individuals 27, businesses 2, legal service providers 4, total 34 — the columns add up to 33.',
    });
    expect(ruleExplanation('figure/blank', 'zh')).toEqual({ checks: '空白的数字单元格按未填报（没有数字）读取，不按0计', why: null, example: null });
    expect(ruleExplanation('figure/blank', 'en')).toEqual({ checks: 'A blank figure cell read as not reported (no figure), never as 0', why: null, example: null });
    expect(ruleExplanation('no/such-rule', 'zh')).toBeNull();
    // Every rule and note has one.
    for (const id of [...CATALOGUE.map((r) => r.id), ...READING_NOTES.map((n) => n.id)]) expect(ruleExplanation(id, 'zh')?.checks, id).toBeTruthy();
  });

  it('tells a gist that is its rule\'s check as such from one saying the check was not made, or what reading did (shanghai-office-2019)', () => {
    const said = new Map(fixtureReport('shanghai-office-2019.html').warnings.map((w) => [w.rule, gistIsCheck(w.rule, w.message)]));
    expect(Object.fromEntries(said)).toEqual({ 'prose/table-agreement': true, 'applications/row-sum': false, 'prose/stated-shares': true,
      'prose/parts-sum': true, 'prose/case-outcomes': true, 'figure/blank': false, 'figure/noise-removed': false });
  });

  it('knows every note the engine writes outside the rules', () => {
    const lib = join(process.cwd(), 'lib');
    const sources = readdirSync(lib, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const ids = new Set(sources.flatMap((f) => [...readFileSync(join(lib, f), 'utf8').matchAll(/rule: '([a-z]+\/[a-z-]+)'/g)].map((m) => m[1]!)));
    ids.add('figure/unreadable').add('figure/approximate'); // written as `figure/${kind}`, with noise-removed and not-reported
    expect(ids.size).toBeGreaterThan(5);
    for (const id of ids) expect(englishSummary(id), id).not.toBeNull();
  });
});
