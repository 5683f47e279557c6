// The parts a report is written in, stated once for each format. Each reader matches them its own way (sections.ts by
// whole title, document/six-parts by the words that survive a damaged heading, report-outline by what a heading is
// about); the titles are here.

/** What a part accounts for. */
export type Topic = 'overview' | 'proactive' | 'applications' | 'fees' | 'review' | 'problems' | 'other';

/** The order the parts stand in, in every format (each format has some of them: the 2019 one no fees part). */
export const TOPICS: readonly Topic[] = ['overview', 'proactive', 'applications', 'fees', 'review', 'problems', 'other'];

export interface Part {
  topic: Topic;
  title: string;
  /** Other wordings of the title that real reports give as the heading. */
  variants: readonly string[];
}

/** The 2019 and 2021 formats' six parts, numbered 一 to 六 in this order. */
export const FORMAT_PARTS: readonly Part[] = [
  { topic: 'overview', title: '总体情况', variants: [] },
  { topic: 'proactive', title: '主动公开政府信息情况', variants: [] },
  { topic: 'applications', title: '收到和处理政府信息公开申请情况', variants: [] },
  { topic: 'review', title: '政府信息公开行政复议、行政诉讼情况', variants: [] },
  { topic: 'problems', title: '存在的主要问题及改进情况', variants: ['政府信息公开工作存在的主要问题及改进情况'] },
  { topic: 'other', title: '其他需要报告的事项', variants: ['其它需要报告的事项'] },
];

/** The pre-2019 reports' parts. */
export const EARLIER_PARTS: readonly Part[] = [
  { topic: 'overview', title: '概述', variants: ['概况', '基本情况'] },
  { topic: 'proactive', title: '主动公开政府信息情况', variants: ['政府信息主动公开情况'] },
  { topic: 'applications', title: '依申请公开政府信息情况', variants: ['政府信息依申请公开情况'] },
  { topic: 'fees', title: '政府信息公开的收费及减免情况', variants: ['政府信息公开收费情况'] },
  { topic: 'review', title: '因政府信息公开申请行政复议、提起行政诉讼的情况', variants: ['行政复议和行政诉讼情况'] },
  { topic: 'problems', title: '存在的主要问题及改进情况', variants: ['主要问题和改进措施'] },
];
