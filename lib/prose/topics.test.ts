import { describe, expect, it } from 'vitest';
import type { ProseFigure } from '../schema.ts';
import { carriedIn, ofAnotherYear, oneChannel, partTopic, proseScope, proseTopic } from './topics.ts';

const figure = (label: string, unit: string | null, text = label): ProseFigure =>
  ({ label, value: 1, unit, approximate: false, text, parts: [] });

describe('proseTopic', () => {
  it.each([
    ['收到政府信息公开申请', '件', 'applicationsReceived'],
    ['受理公开政府信息申请', '件', 'applicationsReceived'],
    ['答复政府信息公开申请', '件', 'applicationsProcessed'],
    ['办结政府信息公开申请', '件', 'applicationsProcessed'],
    ['办理政府信息公开申请', '件', 'applicationsHandled'],
    ['信息公开类行政复议', '件', 'review'],
    ['信息公开行政诉讼', '件', 'litigation'],
    ['主动公开信息', '条', 'activeDisclosed'],
    ['主动公开各类政府信息', '条', 'activeDisclosed'],
    ['受理政府信息公开申请', '宗', 'applicationsReceived'],
  ] as const)('%s (%s) → %s', (label, unit, topic) => {
    expect(proseTopic(figure(label, unit))).toBe(topic);
  });

  it.each([
    ['按时办结', '件'], ['当面申请', '件'], ['政府信息公开申请', '件'], ['政府信息公开咨询', '人次'],
    ['主动公开规范性文件信息', '条'], ['主动公开规章', '件'], ['收到政府信息公开申请', '人次'],
    ['召开新闻发布会', '次'], ['通过其他方式公开政府信息数', null], ['上年度结转申请', '件'], ['受理各类行政许可申请', '件'],
    ['网上申请', '件'], ['行政诉讼败诉', '件'], ['收取费用', '元'],
  ] as const)('%s (%s) corresponds to no table figure', (label, unit) => {
    expect(proseTopic(figure(label, unit))).toBeNull();
  });
});

describe('the applications received, more narrowly', () => {
  it('takes those newly received for 本年新收, and a part naming those carried in for 上年结转 (sayibak-2023)', () => {
    expect(proseTopic(figure('本年度新收政府信息公开申请', '件'))).toBe('applicationsNew');
    expect(['新收', '上年结转', '上年结转申请数', '当面申请', '结转至下年办理'].map((label) => partTopic('applicationsReceived', { label, unit: '件' })))
      .toEqual(['applicationsNew', 'applicationsCarriedOver', 'applicationsCarriedOver', null, null]);
    expect(partTopic('applicationsProcessed', { label: '新收', unit: '件' })).toBeNull();
    expect(partTopic('applicationsReceived', { label: '新收', unit: '人次' })).toBeNull();
  });

  it('tells the applications carried over from last year from those carried forward to the next', () => {
    expect(['上年结转', '上一年度结转', '上年度结转申请数', '上年结转的'].filter(carriedIn)).toHaveLength(4);
    expect(['结转下年度', '结转至下年办理', '结转下一年处理', '按时办结'].filter(carriedIn)).toEqual([]);
  });
});

describe('what the sentence says', () => {
  it('takes 复议 and 诉讼 for the table\'s only where the sentence ties them to disclosure (a 司法局 handles all kinds)', () => {
    expect(proseTopic(figure('收到行政复议申请', '件', '全年共收到行政复议申请120件，审结115件'))).toBeNull();
    expect(proseTopic(figure('行政复议', '件', '因政府信息公开被申请行政复议1件'))).toBe('review');
    // …or the heading of the part it stands in.
    const underHeading = figure('行政复议案', '件', '2017年度针对我局有关的行政复议案0件');
    expect(proseTopic(underHeading)).toBeNull();
    expect(proseTopic(underHeading, () => '五、因信息公开引起的行政复议和行政诉讼情况')).toBe('review');
  });

  it('takes one kind of suit, or what came of the cases, for no count of them all, though the sentence is about disclosure', () => {
    const about = (label: string) => proseTopic(figure(label, '件', `因政府信息公开工作${label}1件`));
    expect(['复议后起诉', '直接提起行政诉讼', '行政复议结果维持', '行政复议纠正', '行政诉讼结果维持'].map(about)).toEqual([null, null, null, null, null]);
    expect(['被申请行政复议', '被提起行政诉讼'].map(about)).toEqual(['review', 'litigation']);
  });

  it('takes what one channel other than the portal published for a part, and what several did for the total', () => {
    expect(proseTopic(figure('主动公开政府信息', '条', '2018年,小板桥街道通过政务微博主动公开政府信息1500条'))).toBeNull();
    expect(proseTopic(figure('主动公开政府信息', '条', '全年通过门户网站、政务微博、微信公众号等渠道主动公开政府信息1700条'))).toBe('activeDisclosed');
    expect(proseTopic(figure('主动公开政府信息', '条', '全年主动公开政府信息1700条并同步推送至政务微博'))).toBe('activeDisclosed');
    // The same label twice: the clause with this figure's value decides.
    expect(proseTopic({ ...figure('主动公开政府信息', '条', '通过政务微博主动公开政府信息300条，全年主动公开政府信息1700条'), value: 1700 })).toBe('activeDisclosed');
    expect(proseTopic({ ...figure('主动公开政府信息', '条', '通过政务微博主动公开政府信息300条，全年主动公开政府信息1700条'), value: 300 })).toBeNull();
  });

  it('reads joints only between channels: not 及时, nor a name (和平街道), nor a list of what was published', () => {
    for (const text of ['通过政务微博及时主动公开政府信息300条', '通过和平街道微信公众号主动公开政府信息300条', '通过政务微博主动公开政策法规、工作动态等信息300条']) {
      expect(proseTopic({ ...figure('主动公开政府信息', '条', text), value: 300 })).toBeNull();
    }
    expect(proseTopic({ ...figure('主动公开政府信息', '条', '通过门户网站和政务微博主动公开政府信息300条'), value: 300 })).toBe('activeDisclosed');
    // A label that names its channel by its own name (as label.ts gives it) is found in its sentence.
    expect(proseTopic({ ...figure('政务微博主动公开政府信息', '条', '全年主动公开政府信息1700条，通过区政务微博主动公开政府信息300条'), value: 300 })).toBeNull();
  });
});

describe('oneChannel', () => {
  it('names the one channel by its own name, without its owner or account; none where several are listed', () => {
    expect(oneChannel('通过微信公众号“人文廿三里”')).toBe('微信公众号');
    expect(oneChannel('依托梅河口市政府网站')).toBe('政府网站');
    expect(oneChannel('通过政务微博及时')).toBe('政务微博');
    expect(oneChannel('通过门户网站、政务微博')).toBeNull();
    expect(oneChannel('通过政务微信公众号“和平街道”和政务微博')).toBeNull();
    expect(oneChannel('通过资阳日报、电视台')).toBeNull();
    expect(oneChannel('通过审计信息专栏')).toBeNull();
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

describe('ofAnotherYear', () => {
  const said = (label: string, value: number, text: string) => ({ label, value, unit: '件', approximate: false, text, parts: [] });
  it('takes the figure of a clause that names the year before for that year\'s, not the report\'s', () => {
    const both = '2021年度共收到政府信息公开申请500件，2022年收到687件';
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, both), 2022)).toBe(true);
    expect(ofAnotherYear(said('收到', 687, both), 2022)).toBe(false);
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, '去年共收到政府信息公开申请500件'), 2022)).toBe(true);
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, '上年度，我办共收到政府信息公开申请500件'), 2022)).toBe(true);
    expect(ofAnotherYear(said('收到政府信息公开申请', 500, '我办2021年共收到政府信息公开申请500件'), 2022)).toBe(true);
    expect(ofAnotherYear(said('行政处罚', 36, '我局2020年主动公开行政许可33项,行政处罚36项,行政强制1项'), 2021)).toBe(true);
  });
  it('keeps a figure whose sentence names a year only to date a document or to compare with', () => {
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '我镇严格落实2019年修订的《条例》，全年共受理政府信息公开申请12件'), 2021)).toBe(false);
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '我镇贯彻《2020年政务公开工作要点》，全年共受理政府信息公开申请12件'), 2021)).toBe(false);
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '与上年相比，全年共受理政府信息公开申请12件'), 2021)).toBe(false);
    expect(ofAnotherYear(said('受理政府信息公开申请', 12, '全年较去年多受理政府信息公开申请12件'), 2021)).toBe(false);
    // The year a clause between names is of that clause (the application carried into 2022), not of the figure after it.
    expect(ofAnotherYear(said('办理', 11, '2021年，我镇共收到申请12件，1件结转2022年度继续办理，已办理的11件均已答复'), 2021)).toBe(false);
  });
  it('keeps the report\'s own year, a sentence without one, and 上年结转 (the applications carried in)', () => {
    expect(ofAnotherYear(said('受理政府信息公开申请', 704, '2022年，我办共受理政府信息公开申请704件'), 2022)).toBe(false);
    expect(ofAnotherYear(said('受理', 704, '本年新收687件，上年结转17件，共受理704件'), 2022)).toBe(false);
    expect(ofAnotherYear(said('收到政府信息公开申请', 687, '全年共收到政府信息公开申请687件'), 2022)).toBe(false);
    // A figure without words is placed nowhere in its sentence (and is no endless search for an empty label).
    expect(ofAnotherYear(said('', 262, '2021年新收252件，结转10件，共计262件'), 2022)).toBe(false);
  });
});
