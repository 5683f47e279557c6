// What a prose figure counts, as far as its breakdown cares: a step of handling an application, an outcome,
// a case, a kind of information, or a count the tables hold. The breakdown reader (figures.ts) asks these
// to tell a part from a figure of its own where the sentence's words leave it open.
import { RECEIVED_VERB } from './received.ts';
import { CASES, proseTopic } from './topics.ts';

// Steps of handling an application, after the count of those received: a label that is the step (按时办结,
// 办结申请, 上年结转, 答复), not a kind of information named with it (提案建议办理结果, 建议提案答复, 重新办理单), nor
// the answers a site publishes to what the public wrote in (答复公众留言: published like any other kind).
const STEP = /办结|答复|结转|办理|转办/;
const ANSWERS = /答复(?:公众|群众|网民)?(?:留言|来信)/;
// …and the decisions a body publishes, named by their handling (办理行政许可4条 among kinds of information: naimanqi-tczx-2022).
const NAMED_WITH_STEP = new RegExp(`(?:建议|提案|议案)的?(?:${STEP.source})|(?:${STEP.source})(?:结果|单|信息|情况)|办理(?:行政)?(?:许可|处罚|强制)|${ANSWERS.source}`);
export function isStep(label: string): boolean {
  return STEP.test(label) && !NAMED_WITH_STEP.test(label);
}

/** Whether the label counts answers to what the public wrote in (答复公众留言): a kind a site publishes, on no channel of its own. */
export function answersPublic(label: string): boolean {
  return ANSWERS.test(label);
}

// What 表三 calls the outcomes of applications, and what reports call them too (属于同意公开的60件), and the reasons
// the old 统计表 counted refusals by, which reports before 2019 name as outcomes of their own (“信息不存在”的1件，
// “非本机关政府信息”的1件，“申请内容不明确”的1件; 非《条例》所指政府信息, 非本部门掌握: Beijing's old 统计表).
const OLDER_OUTCOMES = '信息不存在|非本(?:机关|部门|单位)|不属于本(?:机关|部门|单位)|不属于政府信息|非《条例》所指|申请内容不明确|告知';
export const OUTCOMES = `予以公开|同意公开|部分公开|不予公开|不同意公开|无法提供|不予处理|其他处理|${OLDER_OUTCOMES}`;
const OUTCOME = new RegExp(`^(?:属于)?(?:${OUTCOMES})`);
export function isOutcome(label: string): boolean {
  return OUTCOME.test(label);
}

// Carried forward to next year: 表三's last outcome, what is still being handled (结转下年办理, 结转至下年度).
const CARRIED_FORWARD = /^结转(?:至|到)?下一?年/;
// What came of cases, as 表四 calls it (结果维持, 结果纠正, 其他结果, 尚未审结), and the ends 表四 counts as 其他结果:
// withdrawn or dismissed (行政复议案件3件,维持1件,纠正1件,撤销复议申请1件: qinhuangdao-funing-zfb-2025).
const CASE_OUTCOME = /^(?:结果)?(?:维持|纠正|其他结果|尚未审结)|^(?:申请人)?(?:主动)?撤[回销](?:复议|诉讼)?申请|^撤诉|^驳回/;

/**
 * Whether the labels are what came of `total` as 表三 or 表四 divide it: the outcomes of applications (those carried
 * forward among them, with one outcome at least), or of cases where the total counts cases.
 */
export function outcomesOf(total: string, labels: readonly string[]): boolean {
  if (isCase(total)) return labels.every((label) => CASE_OUTCOME.test(label));
  return labels.every((label) => isOutcome(label) || CARRIED_FORWARD.test(label)) && labels.some(isOutcome);
}

/**
 * Whether those carried forward to next year (`label`) are the last of a list of what came of the applications, named
 * as reports word them (已主动公开和同意公开的31件，不属于本行政机关公开的7件，…其他处理3件，结转下年办理2件): one of
 * 表三's outcomes among them, no step of handling (上年结转 lists where the applications came from, not what came of them).
 */
export function closesOutcomes(label: string, labels: readonly string[]): boolean {
  return CARRIED_FORWARD.test(label) && labels.some(isOutcome) && !labels.some(isStep);
}

// How an application was made, as the 统计表 and many reports count them (当面申请, 网上申请, 2件为信件申请, 邮寄), in the
// 统计表's words too (网上申请数3条, 信函申请数4条: pingtanxian-2013).
const MODE = /^(?:通过)?(?:当面|现场|网络|网上|在线|信函|信件|邮寄|传真|电子邮件|电话)(?:方式)?(?:申请数?|提交|提出)?$/;
export function isMode(label: string): boolean {
  return MODE.test(label);
}

// Who made the applications, as 表三's columns name them and reports say them (自然人, 商业企业, 法人或其他组织; 公民,
// 企业), after a word that introduces them (涉及自然人80件、商业企业1件: pt-2023) or with 申请 after (自然人申请30件).
const APPLICANT = /^(?:涉及|来自|申请人为)?(?:自然人|公民|个人|法人(?:或者?|和|及)?(?:其他组织)?|其他组织|(?:商业)?企业|科研机构|社会公益组织|法律服务机构)(?:的)?(?:申请)?$/;
export function isApplicant(label: string): boolean {
  return APPLICANT.test(label);
}

// What a kind of information is called: 政策法规类, 规范性文件, 工作动态, 通知公告, 其他.
const KIND = /类|信息|文件|动态|公告|通知|规划|计划|总结|简报|其他|其它/;
export function namesKind(label: string): boolean {
  return KIND.test(label);
}

// The kind that holds the rest (其他类别信息, 其它): what a list ends with, after the kinds it named.
const REST = /^其[他它余]/;
export function holdsRest(label: string): boolean {
  return REST.test(label);
}

// Cases the tables count apart from applications: never parts of an application count.
export function isCase(label: string): boolean {
  return CASES.test(label);
}

// What 表三 and 表四 tally: applications received, the steps of their handling (结转 among them, which
// prose/table-agreement does not compare) and cases. Never a kind of information: a total of them breaks down
// only into outcomes (a 主动公开 total does into kinds: prose/table-agreement reads the total itself).
const RECEIVED = new RegExp(`${RECEIVED_VERB}[^，,]*申请`);
export function tallied(label: string): boolean {
  return RECEIVED.test(label) || CASES.test(label) || isStep(label);
}

/** Whether the label counts applications received (收到…申请, 受理…申请). */
export function isReceived(label: string): boolean {
  return RECEIVED.test(label) && !CASES.test(label);
}

/**
 * Whether a figure stands apart, never folded into another figure as its part: what the tables tally, and what
 * prose/table-agreement holds against them (proseTopic: 主动公开 too), which it reads among the figures (among
 * parts, only 本年新收 and 上年结转 of the applications received).
 */
export function heldApart(label: string, unit: string | null, text: string): boolean {
  return tallied(label) || topicOf(label, unit, text) !== null;
}

/**
 * Whether a figure stands apart from `whole`, in whose list it is said: held apart, and not one sort of what the whole
 * counts (主动公开信息213条,其中,工作动态184条;法定主动公开35条;…: cq-kaizhou-dajin-2024, 法定 of 主动公开).
 */
export function heldApartFrom(whole: string, label: string, unit: string | null, text: string): boolean {
  if (!heldApart(label, unit, text)) return false;
  const topic = topicOf(label, unit, text);
  return topic === null || label === whole || topic !== topicOf(whole, unit, text);
}
const topicOf = (label: string, unit: string | null, text: string) => proseTopic({ label, unit, text, value: 0, approximate: false, parts: [] });

/**
 * Figures said alike are parallel, not parts of the figure before them: they open alike (通过网站公开信息300条，
 * 通过微博公开信息150条…) or end in what was done to what (政府网站公开信息30条，新闻发布会公开信息5条…),
 * unless they are outcomes, which end so by their names (予以公开, 部分公开, 不予公开).
 */
export function parallel(total: string, labels: readonly string[], outcomes: boolean): boolean {
  if (labels.every((label) => label.slice(0, 2) === total.slice(0, 2))) return true;
  if (outcomes) return false;
  let shared = total;
  for (const label of labels) while (shared && !label.endsWith(shared)) shared = shared.slice(1);
  return DONE.test(shared);
}
const DONE = /公开|发布|推送|刊登|刊发|报道|转载|采用/;
