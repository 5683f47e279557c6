// Which table figure a prose figure clearly restates, so that the prose rules compare like with like.
// Deliberately narrow: a figure maps only when its label and unit leave no doubt, and stays null
// otherwise (a part such as 按时办结, a count of 咨询, a figure "in 0件 applications" without a verb).
import type { ProseFigure } from '../schema.ts';

export type ProseTopic =
  | 'applicationsReceived' | 'applicationsProcessed' | 'carriedOver' | 'review' | 'litigation' | 'activeDisclosed' | 'fees';

interface TopicRule { topic: ProseTopic; units: RegExp; label: RegExp; not?: RegExp }

// First match wins; the order puts the narrower topics first (上年结转申请 before 收到申请).
const RULES: TopicRule[] = [
  { topic: 'carriedOver', units: /^件$/, label: /上年度?结转|结转上年/ },
  { topic: 'applicationsReceived', units: /^件$/, label: /(?:收到|受理|接到|接收|新收).*申请/, not: /咨询|当面|网络|信函|传真|电子邮件|办结|答复/ },
  { topic: 'applicationsProcessed', units: /^件$/, label: /(?:办结|答复|办理完成|处理完成).*申请|申请.*(?:办结|答复)/, not: /按时|延期|逾期|当面|网络|信函/ },
  { topic: 'review', units: /^[件起次]$/, label: /行政复议/, not: /诉讼/ },
  { topic: 'litigation', units: /^[件起次]$/, label: /诉讼/, not: /复议/ },
  { topic: 'activeDisclosed', units: /^条$/, label: /主动公开.*信息/, not: /规范性文件|申请|咨询|范围/ },
  { topic: 'fees', units: /^万?元$/, label: /收取.*费|费用|收费/ },
];

/** The table figure this prose figure restates, or null when none clearly corresponds. */
export function proseTopic(figure: ProseFigure): ProseTopic | null {
  if (figure.unit === null) return null;
  for (const rule of RULES) {
    if (rule.units.test(figure.unit) && rule.label.test(figure.label) && !rule.not?.test(figure.label)) return rule.topic;
  }
  return null;
}

// 全市各级行政机关受理…申请42件 is the whole area's count, not the issuing office's own table.
const WHOLE_AREA = /全(?:省|市|区|县|州|盟|旗|乡|镇)|各级|各(?:部门|单位|县|区|乡镇|乡|镇|街道|地区)|市直各|县直各/;

/** Whether the sentence speaks of the whole area (全市, 各级, 各部门) or of the issuing office itself. */
export function proseScope(figure: ProseFigure): 'whole-area' | 'issuer' {
  return WHOLE_AREA.test(figure.text) ? 'whole-area' : 'issuer';
}
