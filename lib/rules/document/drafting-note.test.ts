import { describe, expect, it } from 'vitest';
import { findingsOf, makeContext, makeReport, wordsOf } from '../../../test/support/report.ts';
import { draftingNote } from './drafting-note.ts';

describe('document/drafting-note', () => {
  it('passes a report without a drafting note, and its own asides in brackets', () => {
    const lines = ['全年通过区政府门户网站、政务新媒体等平台,累计主动公开政府信息 23条。', '2024年办公室牵头办理向管委会申请(含补充申请)的政府信息公开申请', '（请与区政府办公室联系，电话：85996057）',
      // What it tells an applicant to do is no template's note.
      '申请人可通过网上申请（请登录区政府门户网站填写申请表）', '(请如实填写申请表并附身份证明)', '（请下载并填写《政府信息公开申请表》）',
      '提交申请时(请如实填写申请人姓名及联系方式)', '可通过网上提交申请（请如实填写申请信息）', '可通过信函提出申请（请在提交申请时填写有效联系方式）'];
    expect(findingsOf(draftingNote, makeReport(), makeContext({ lines }))).toEqual([]);
  });

  it('warns about a template\'s note published with the figure (zhuzhou-lusong-jtj-2025)', () => {
    const ctx = makeContext({ lines: ['(一)主动公开。本年度,我局扎实履行政府信息主动公开义务,确保法定内容全面、及时、准确发布。全年通过区政府门户网站、政务新媒体等平台,累计主动公开政府信息 23条(请根据实际情况填写)。'] });
    expect(findingsOf(draftingNote, makeReport(), ctx)).toMatchObject([{ severity: 'warning', message: expect.stringContaining('“(请根据实际情况填写)”') }]);
    expect(wordsOf(draftingNote, makeReport(), ctx)).toEqual([['(请根据实际情况填写)']]);
    expect(findingsOf(draftingNote, makeReport(), makeContext({ lines: ['依申请公开政府信息（此处填写数字）件。'] }))).toHaveLength(1);
    // A note on the applications' figure is one, 申请 in it (not the applicant's form).
    expect(findingsOf(draftingNote, makeReport(), makeContext({ lines: ['本年度共收到政府信息公开申请15件（请填写本年新收申请数量）。'] }))).toHaveLength(1);
    expect(findingsOf(draftingNote, makeReport(), makeContext({ lines: ['本年度共收到政府信息公开申请15件（请填写申请件数）。'] }))).toHaveLength(1);
    // …and one on the 依申请 part or on applicants as a count is one too: the applicant's form's words (申请表, 申请人姓名) are not in it.
    for (const note of ['（请填写依申请公开情况）', '（请补充申请办理情况）', '（请填写申请人数）']) {
      expect(findingsOf(draftingNote, makeReport(), makeContext({ lines: [`三、收到和处理政府信息公开申请情况${note}`] }))).toHaveLength(1);
    }
  });
});
