// The words before each figure of real sentences, as the breakdown reader gets them.
import { describe, expect, it } from 'vitest';
import { clauseOf, framesAgain, namesTotal, type Clause } from './clauses.ts';
import { findNumbers } from './numbers.ts';

/** Each figure's clause in a one-sentence text, keyed by its number as written. */
function clauses(text: string): Record<string, Clause> {
  const out: Record<string, Clause> = {};
  let from = 0;
  for (const token of findNumbers(text)) {
    out[text.slice(token.start, token.end)] = clauseOf(text, from, 0, token);
    from = token.stop;
  }
  return out;
}

describe('the words before a figure', () => {
  it('open a breakdown with 其中 and go on with a list after 、', () => {
    const c = clauses('共收到申请10件，其中当面申请3件、网络申请7件');
    expect(c['3']).toMatchObject({ opener: { kind: 'which', words: '其中' }, which: true, listed: false });
    expect(c['7']).toMatchObject({ opener: null, which: false, listed: true });
    // 内有 breaks down the figure before (a part), never the total (共新增主动公开政府信息50条。其中机构类信息20条,内有…).
    expect(clauses('其中机构类信息20条,内有领导成员10条')['10']).toMatchObject({ opener: null, which: true });
    // A 、 before the sentence's first figure lists what it counts, not figures.
    expect(clauses('当面申请、网上申请共3件')['3']!.listed).toBe(false);
  });

  it('open a breakdown in brackets right after a figure (figures.ts closes it where its bracket closes)', () => {
    const c = clauses('主动公开市政府规章13件（含新制定5件，修改4件，废止4件），行政规范性文件42件');
    expect(c['5']).toMatchObject({ opener: { kind: 'contains' }, bracket: true });
    expect(c['4']).toMatchObject({ opener: null, bracket: false });
    expect(c['42']).toMatchObject({ opener: null, bracket: false });
    // A bracket that says 其中 breaks down too (jccq-scj-2023): the bracket comes first.
    expect(clauses('发布信息420条(其中,国家级媒体10篇,省级媒体142篇)')['10']).toMatchObject({ opener: { kind: 'bracket' }, bracket: true, which: true });
  });

  it('set an aside apart, and read a total said after its parts', () => {
    expect(clauses('答复申请805件（含上年度结转申请18件，另有72件申请顺延至下年度答复）')['72']!.aside).toBe(true);
    expect(clauses('办结申请20件，另2件结转下一年处理')['2']!.aside).toBe(true);
    const c = clauses('网上申请105件,快递17件,合计122件');
    expect(c['122']).toMatchObject({ totalWord: true, totalAfter: true });
    expect(c['17']).toMatchObject({ totalWord: false, totalAfter: false });
    // 共 right before the number, after no list, is no total after parts (yj-nb-2016).
    expect(clauses('2016年,我办(局)主动公开政府信息共154条')['154']).toMatchObject({ totalWord: true, totalAfter: false });
  });

  it('tell a change against an earlier year, and the count a change starts from', () => {
    const c = clauses('共收到政府信息公开申请5件，较2021年收到的政府信息公开申请9件减少4件');
    expect([c['5']!.change, c['9']!.change, c['4']!.change]).toEqual([null, 'compared', 'compared']);
    expect(clauses('功能版块由原来的8个增加到现在的16个')['8']!.change).toBe('earlier');
    // yj-qiaoxia-2017.
    expect(clauses('主动公开信息共137条,同比增量29条')['29']!.change).toBe('compared');
  });

  it('frame the total again with 在…中, the first item run straight on', () => {
    const text = '在主动公开的政府信息中便民办事服务信息6条';
    const c = clauses(text)['6']!;
    expect(c.opener).toMatchObject({ kind: 'frame', words: '在主动公开的政府信息中' });
    expect(text.slice(c.opener!.end)).toBe('便民办事服务信息6条');
    // Not 中心 (设立三处公开查询点(市便民服务中心…)).
    expect(clauses('在市便民服务中心设立查询点3处')['3']!.opener).toBeNull();
  });

  it('name the channel a count was published on, from its own clause only', () => {
    const c = clauses('2022年度共计公开各类信息236条,其中政府网站发布工作动态27条,微信公众号发布信息198条,回复群众诉求11件');
    expect([c['236'], c['27'], c['198'], c['11']].map((x) => x!.onChannel)).toEqual([false, true, true, false]);
    // xiaobanqiao-2018: the portal was named in a clause of its own, before the one this count closes.
    expect(clauses('小板桥街道通过政府门户网站主动公开各类信息,其中“街道动态”公开发布99条')['99']!.onChannel).toBe(false);
  });
});

describe('a sentence that frames the total again', () => {
  it('names the total in 在…中, beyond the words every label has', () => {
    expect(namesTotal('在主动公开的信息中', '主动公开政府信息')).toBe(true);
    expect(namesTotal('在政府信息公开工作中', '主动公开政府信息')).toBe(false);
    // A set taken at a step of handling names no count the step is not in (hz-guali-2024).
    expect(namesTotal('在办结答复的政府信息申请中', '邮寄申请')).toBe(false);
    expect(namesTotal('在办结答复的政府信息申请中', '答复')).toBe(true);
  });

  it('frames for the next sentence only where it says where it ends; lists with 主要包括', () => {
    // shicheng-gxj-2010.
    expect(framesAgain('在主动公开的政府信息中主要分为法规文件', '主动公开政府信息', false)).toBe(true);
    expect(framesAgain('在政府信息公开工作中主要包括宣传培训等', '主动公开政府信息', false)).toBe(false);
    expect(framesAgain('在主动公开政府信息工作中坚持依法公开', '主动公开政府信息', false)).toBe(false);
    expect(framesAgain('在主动公开政府信息工作中坚持依法公开', '主动公开政府信息', true)).toBe(true);
    expect(framesAgain('主要包括部门动态477条、重点领域202条', '主动公开政府信息数', true)).toBe(true);
    expect(framesAgain('所有主动公开信息都及时上网公开', '主动公开政府信息', false)).toBe(false);
  });
});
