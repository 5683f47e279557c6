// Labels as the breakdown reader gets them from real sentences (figures.test.ts has the sentences).
import { describe, expect, it } from 'vitest';
import { heldApart, isCase, isMode, isOutcome, isStep, namesKind, parallel, tallied } from './kinds.ts';

describe('what a prose figure counts', () => {
  it('tells a step of handling from a kind of information named with one', () => {
    expect(['按时办结', '办结申请', '上年结转', '答复', '转办'].filter(isStep)).toHaveLength(5);
    // tx-jx-2024, huzhu-zwfw-2020, naimanqi-tczx-2022 (办理行政许可4条 among the kinds of 主动公开信息).
    expect(['提案建议办理结果', '建议提案答复', '重新办理单', '当面申请', '办理行政许可'].filter(isStep)).toEqual([]);
  });

  it('knows what became of an application however a report says it, and only from its start', () => {
    expect(['予以公开', '属于同意公开', '不同意公开', '无法提供', '其他处理'].filter(isOutcome)).toHaveLength(5);
    expect(['信息无法提供', '主动公开', '按时办结'].filter(isOutcome)).toEqual([]);
  });

  it('knows how an application was made, by the whole of its label', () => {
    expect(['当面申请', '网络申请', '信件申请', '邮寄', '通过网上申请'].filter(isMode)).toHaveLength(5);
    expect(['收到申请', '网上申请数量较上年增加', '当面咨询'].filter(isMode)).toEqual([]);
  });

  it('knows a kind of information by its name, not a count of what was done', () => {
    expect(['政策法规类', '规范性文件', '政府工作动态类', '通知公告', '其他'].filter(namesKind)).toHaveLength(5);
    expect(['转载', '原创', '当面申请', '预算公开'].filter(namesKind)).toEqual([]);
  });

  it('holds apart what the tables tally and what prose/table-agreement reads', () => {
    expect(['收到政府信息公开申请', '受理依申请公开申请', '按时办结', '行政复议'].filter(tallied)).toHaveLength(4);
    expect(tallied('当面申请') || tallied('主动公开政府信息')).toBe(false);
    expect(isCase('因政府信息公开引发行政复议') && isCase('行政诉讼案件') && !isCase('举报投诉')).toBe(true);
    // 主动公开 is the table's total, unless one channel published it (xbq: 通过微信公众号主动公开…400条).
    expect(heldApart('主动公开政府信息', '条', '主动公开政府信息100条')).toBe(true);
    expect(heldApart('微信公众号主动公开政府信息', '条', '通过微信公众号主动公开政府信息400条')).toBe(false);
    expect(heldApart('规范性文件', '条', '规范性文件22条')).toBe(false);
  });

  it('reads counts said alike as parallel, not as the parts of the first', () => {
    expect(parallel('主动公开信息', ['政策法规类', '规范性文件', '政府工作动态类'], false)).toBe(false);
    expect(parallel('通过网站公开信息', ['通过微博公开信息', '通过微信公开信息'], false)).toBe(true);
    // wenwu-2017: what was done to what.
    expect(parallel('政府网站公开信息', ['新闻发布会公开信息', '新闻媒体公开信息', '政府公报公开信息'], false)).toBe(true);
    // Outcomes end in 公开 by their names.
    expect(parallel('受理依申请公开', ['予以公开', '部分公开', '不予公开'], true)).toBe(false);
  });
});
