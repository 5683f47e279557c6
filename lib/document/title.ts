// What a report's title says: the one test of "this names a 政府信息公开工作年度报告", for the title the
// metadata reads and for the judgement whether the page is a report.
import { toHalfWidth } from '../text/normalize.ts';
import { yearIn } from './dates.ts';

// 政府信息公开工作年度报告, 政务公开工作报告, 信息公开年报, the year inside (…政府信息公开工作2022年度报告),
// and the odd 信息年度公开报告.
const REPORT_TITLE = /(?:政府信息公开|政务公开|信息公开)(?:工作的?)?(?:(?:19|20)\d{2}年?)?(?:年度)?(?:工作)?(?:报告|年报)|信息年度公开报告/;

/** Whether a text names a report. Every wording ends in 报告/年报: a text without 报 is not normalised. */
export const namesReport = (text: string): boolean => text.includes('报') && REPORT_TITLE.test(toHalfWidth(text).replace(/\s+/g, ''));

// A sentence that names the report is no title: 现将和平街道2022年…年度报告公布如下。, 根据《条例》…, …报告如下：
const SENTENCE = /^\s*(?:现将|现就|现予|特将|现向社会|现特|现公布|现发布|根据|按照|依据)|如下|[。；;]|[:：]\s*$/;

/** A line that reads like a report's title: short, with the year in it (a portal's 政府信息公开年报 menu link is not one), and no sentence. */
export const isTitleLine = (line: string): boolean => line.length <= 60 && namesReport(line) && yearIn(line) !== null && !SENTENCE.test(line);
