import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../schema.ts';
import { proseScope, proseTopic } from './topics.ts';

const figure = (label: string, unit: string | null, text = label): ProseFigure =>
  ({ label, value: 1, unit, approximate: false, text, parts: [] });

describe('proseTopic', () => {
  it.each([
    ['收到政府信息公开申请', '件', 'applicationsReceived'],
    ['受理公开政府信息申请', '件', 'applicationsReceived'],
    ['答复政府信息公开申请', '件', 'applicationsProcessed'],
    ['上年度结转申请', '件', 'carriedOver'],
    ['信息公开类行政复议', '件', 'review'],
    ['诉讼', '件', 'litigation'],
    ['主动公开信息', '条', 'activeDisclosed'],
    ['主动公开各类政府信息', '条', 'activeDisclosed'],
    ['收取费用', '元', 'fees'],
    ['依申请公开信息收取费用', '万元', 'fees'],
  ] as const)('%s (%s) → %s', (label, unit, topic) => {
    expect(proseTopic(figure(label, unit))).toBe(topic);
  });

  it.each([
    ['按时办结', '件'], ['当面申请', '件'], ['政府信息公开申请', '件'], ['政府信息公开咨询', '人次'],
    ['主动公开规范性文件信息', '条'], ['主动公开规章', '件'], ['收到政府信息公开申请', '人次'],
    ['召开新闻发布会', '次'], ['通过其他方式公开政府信息数', null],
  ] as const)('%s (%s) corresponds to no table figure', (label, unit) => {
    expect(proseTopic(figure(label, unit))).toBeNull();
  });
});

describe('proseScope', () => {
  it('tells the whole area from the issuing office', () => {
    expect(proseScope(figure('受理公开政府信息申请', '件', '2019年,全市各级行政机关受理公开政府信息申请42件,按时办结42件'))).toBe('whole-area');
    expect(proseScope(figure('回应解读', '件', '各级政府共回应解读共0件'))).toBe('whole-area');
    expect(proseScope(figure('受理政府信息公开申请', '件', '市政府办公厅代表市政府共受理政府信息公开申请859件'))).toBe('issuer');
    expect(proseScope(figure('收到政府信息公开申请', '件', '共收到政府信息公开申请0件'))).toBe('issuer');
  });
});
