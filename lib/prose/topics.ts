// Which table figure a prose figure clearly restates, so that the prose rules compare like with like.
// Deliberately narrow: a figure maps only when its label, unit and sentence leave no doubt, and stays
// null otherwise (a part such as 按时办结 or 网上申请, a count of 咨询, another kind of application).
import type { ProseFigure } from '../schema.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { RECEIVED_VERB } from './received.ts';
import { countUnit } from './units.ts';
import { LEVELS } from '../document/names.ts';

export type ProseTopic = 'applicationsReceived' | 'applicationsNew' | 'applicationsCarriedOver' | 'applicationsWithCarriedOver' | 'applicationsCarriedForward'
  | 'applicationsProcessed' | 'applicationsHandled' | 'review' | 'litigation' | 'activeDisclosed'
  | 'normativeDocumentsInForce' | 'normativeDocumentsIssued' | 'regulationsInForce' | 'applicationsInPerson' | 'applicationsOnline' | 'applicationsByLetter'
  | 'regulationsPublished' | 'normativeDocumentsPublished' | 'licensingDecisions' | 'otherServicesDecisions' | 'punishmentDecisions' | 'coercionDecisions'
  | 'licensingItems' | 'otherServicesItems' | 'punishmentItems' | 'coercionItems';

// Where a report publishes besides its portal (…通过政务微博主动公开…).
// 公开栏 is a notice board; 公开栏目, a column of the website; 头条 the 今日头条 app, but 头条新闻 the website's headlines.
const OTHER_CHANNEL = /微信|微博|公众号|客户端|公开栏(?!目)|新媒体|融媒体|头条(?!新闻)|抖音|视频号|app|APP|报刊|公报|电视|广播/;
// …and the portal too, by its short name as well (镇政务网, 县政府网, 门户网: not 网格, 网络, 网点).
export const CHANNEL = new RegExp(`网站|(?:政务|政府|门户)网(?![站格点络页])|${OTHER_CHANNEL.source}`);
// A channel by its own name, without its owner or its account (梅河口市政府网站 → 政府网站, 微信公众号“人文廿三里”
// → 微信公众号); a 融媒体中心 is one by its whole name.
const CHANNEL_NAME = new RegExp(`(?:政府|政务|门户|官方)*(?:${CHANNEL.source})+(?:中心)?`, 'g');
// Several channels: a joint right after a channel's name or its account in quotes, or right before a name,
// its owner's word between (门户网站、政务微博, 公众号“…”和微博, 微博等渠道, 日报、电视台, 专栏及我局政务网站);
// not 及时, nor a 和 inside a name (通过和平街道微信公众号).
const JOINT = '(?:、|和|及(?!时)|与|或|等)';
// The words a body calls itself by after 我/本 (我局, 本单位, a 街道's 我街): label.ts drops them as fillers too.
export const BODY_WORDS = `[${LEVELS}]|局|委|办|厅|街道|街|单位|部门`;
const OWNER = `(?:[我本](?:${BODY_WORDS}|机关|院|中心))?`;
const CHANNEL_LIST = new RegExp(`(?:${CHANNEL.source})(?:“[^”]*”|"[^"]*")?${JOINT}|${JOINT}${OWNER}${CHANNEL_NAME.source}`);

/**
 * Whether `label` names another channel than the website that `total` names alone (县政府网站发布各类政务信息 vs
 * 微信公众号“甘谷政务”发布信息): what was published there is none of what the website published.
 */
export function onOtherChannel(total: string, label: string): boolean {
  return total.includes('网站') && !OTHER_CHANNEL.test(total) && OTHER_CHANNEL.test(label) && !label.includes('网站');
}

// Channels that print or air only what the body gives them: no reposts from others (转发, 转载), as a website and new media carry.
const OWN_ONLY = /公开栏|报刊|公报|电视|广播/g;
/** Whether `label` names a channel that may carry reposts: its count need not be of the body's own information. */
export const carriesReposts = (label: string) => CHANNEL.test(label.replace(OWN_ONLY, ''));

/** The one channel `text` names, by its own name (通过政务微博及时… → 政务微博); null where it names none, or several. */
export function oneChannel(text: string): string | null {
  if (CHANNEL_LIST.test(text)) return null;
  return text.match(CHANNEL_NAME)?.at(-1) ?? null;
}

interface TopicRule {
  topic: ProseTopic;
  units: RegExp;
  label: RegExp;
  not?: RegExp;
  /** What the figure's sentence (or its setting: the heading of its part, the sentence it is a clause of) must say for it to count what the table counts. */
  about?: (figure: ProseFigure, setting: string) => boolean;
  /** The topic, where the figure's words choose among several (the kind of decisions a 处理决定数量 is of); null for none. */
  pick?: (figure: ProseFigure) => ProseTopic | null;
}

// What applications and cases are counted in, once countUnit has taken 宗, 起, and 条 or 份 of applications as 件.
const APPLICATION_UNITS = /^件$/;
const CASE_UNITS = /^[件次]$/;
// Applications of no named kind (受理各类申请), as against 受理各类行政许可申请.
const ANY_APPLICATION = new RegExp(`${RECEIVED_VERB}(?:了|的)?(?:各类|各项|有关|相关)?申请`);
// Applications said received, of whatever count (共收到70件申请, 收到政府信息公开申请154件).
const RECEIVED = new RegExp(`${RECEIVED_VERB}.*申请`);
// A service centre's windows take applications for approvals (区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请
// 121510件): a sentence about them that says nothing of 公开 counts no disclosure application. The approval's own words
// (APPROVAL_WORDS) tell it where 公开 is said too; the centre is also where disclosure is applied for (通过…行政服务中心网站…
// 向我局提出信息公开申请: 12-hzs-2015).
export const APPROVAL_WORDS = /审批|窗口|办件|许可/;
const APPROVALS = new RegExp(`${APPROVAL_WORDS.source}|入驻|服务中心|服务大厅`);
const ofApprovals = (f: ProseFigure) => { const s = sentenceOf(f); return APPROVALS.test(s) && !s.includes('公开'); };
// A label naming what was applied for between its verb and 申请, with no 公开 in it (办结不动产登记申请): another kind.
const OTHER_KIND = /^(?!.*公开).*(?:办结|答复|办理|处理完成)[^申]+申请/;
// What documents in force are counted in.
const IN_FORCE_UNITS = /^[件个份]$/;
// What a cleanup found (经清理，现行有效的…) is said anywhere in the sentence before the figure.
const notCleanedUp = (f: ProseFigure) => { const { sentence, end } = placeOf(f); return !/清理/.test(f.text.slice(sentence, end)); };
// 表四's columns and what else reports say came of the cases.
const OUTCOME = '败诉|纠错|维持|纠正|撤销|驳回|审结|结案|结果';
// A 司法局 or 法院 handles 复议 and 诉讼 of every kind: only those its sentence, the part it stands in (四、因政府信息公开
// 引起的行政复议和行政诉讼情况) or the sentence it is a clause of, where that counts the applications for disclosure
// (收到政府信息公开申请190件…；发生行政复议4件), ties to disclosure are the table's; not a sentence that only names
// disclosure in another clause (主动公开信息120条；办理行政复议案件56件).
const aboutDisclosure = (f: ProseFigure, setting: string) => {
  const [heading = '', sentence = ''] = setting.split('\n');
  return f.text.includes('公开') || heading.includes('公开') || /公开申请|申请公开|依申请/.test(sentence);
};

// Cases carried in are said with the same words (上年结转申请1件): the sentence before the figure last names cases, not
// disclosure (本年度收到的行政复议申请中，上年结转申请1件; 行政复议方面，本年新收行政复议申请1件，上年结转申请1件), or the
// clause right after it says whose they were, naming no count of its own (上年结转申请2件，均为行政复议案件).
// The cases the tables count apart from applications (表四's 行政复议 and 行政诉讼).
export const CASES = /复议|诉讼/;
const CASES_OR_DISCLOSURE = new RegExp(`${CASES.source}|信息公开|公开申请`, 'g');
function ofCases(figure: ProseFigure): boolean {
  const { end } = placeOf(figure);
  const after = figure.text.slice(countEnd(figure, end)).split(/[，,。；;]/)[1] ?? '';
  return lastNamed(figure) === 'cases' || (CASES.test(after) && !/\d/.test(after));
}
/** What the sentence names last before the figure: cases, disclosure, or neither (null). */
function lastNamed(figure: ProseFigure): 'cases' | 'disclosure' | null {
  const { sentence, start } = placeOf(figure);
  const last = figure.text.slice(sentence, start).match(CASES_OR_DISCLOSURE)?.at(-1);
  return last === undefined ? null : CASES.test(last) ? 'cases' : 'disclosure';
}

// Applications carried over from last year (上年结转, 上一年度结转, 上年结转的), with those newly received the
// applications of the year (表三's 本年新收 and 上年结转), as against those carried forward (结转下年度).
const CARRIED_IN = /(?:上|去)一?年度?的?结转|结转(?:自|于)?上一?年/;
// Carried forward, however it is said: last year's to next year (上年度结转下年度办理的申请: 表三's 结转下年度继续办理,
// whatever year it names first), put into next year's (转入下年度).
const CARRIED_OUT = /(?:结转|转入|转到|转至)(?:至|到|入)?下一?年/;
export function carriedIn(label: string): boolean {
  return CARRIED_IN.test(label) && !CARRIED_OUT.test(label);
}

// The kinds of matter whose items and 处理决定 表二 counts, as reports name them (行政许事项 for 行政许可 too: 会同县林业局 2020).
const MATTERS: readonly { words: string; decisions: ProseTopic; items: ProseTopic }[] = [
  { words: '行政许可?', decisions: 'licensingDecisions', items: 'licensingItems' },
  { words: '其他对外管理服务', decisions: 'otherServicesDecisions', items: 'otherServicesItems' },
  { words: '行政处罚', decisions: 'punishmentDecisions', items: 'punishmentItems' },
  { words: '行政强制', decisions: 'coercionDecisions', items: 'coercionItems' },
];
const DECISION_KINDS = MATTERS.map(({ words, decisions }) => [decisions, new RegExp(words, 'g')] as const);
// The items of a kind of matter there are now, said after how many were added (行政处罚事项新增10项，总计44项: 会同县林业局
// 2020): 表二's 上一年项目数量 and 本年增/减 together. Only so: a count of items added alone is no net change.
const ITEMS_NOW = new RegExp(`(${MATTERS.map((m) => m.words).join('|')})事项(?:本年)?(?:新增|增加|减少)\\d+项[，,](?:总计|合计|共计?)(\\d+)项`, 'g');
const ITEMS_OF = MATTERS.map(({ words, items }) => [items, new RegExp(`^(?:${words})$`)] as const);
/** The kind of matter a count of items now is of, where its text says so of it alone; null otherwise. */
function itemsOf(figure: ProseFigure): ProseTopic | null {
  const kinds = [...figure.text.matchAll(ITEMS_NOW)].filter((m) => Number(m[2]) === figure.value).map((m) => m[1]!);
  return kinds.length === 1 ? ITEMS_OF.find(([, words]) => words.test(kinds[0]!))![0] : null;
}

/**
 * The kind of decisions a 处理决定数量 counts: the kind its label names (行政处罚和行政强制的处理决定数量分别为8件和2件: the
 * 8 of 行政处罚, though 行政强制 is named after it), else the last one its sentence names before it; null for none.
 */
function decisionsOf(figure: ProseFigure): ProseTopic | null {
  return lastKindIn(figure.label) ?? lastKindIn(figure.text.slice(0, placeOf(figure).end));
}
function lastKindIn(text: string): ProseTopic | null {
  let last: [ProseTopic, number] | null = null;
  for (const [topic, words] of DECISION_KINDS) {
    for (const m of text.matchAll(words)) if (!last || m.index > last[1]) last = [topic, m.index];
  }
  return last?.[0] ?? null;
}

// First match wins.
const RULES: TopicRule[] = [
  {
    // Said alone (上年结转政府信息公开申请3件, 另有上年度结转申请2件): 表三's 上年结转, not applications received this year.
    topic: 'applicationsCarriedOver', units: APPLICATION_UNITS, label: new RegExp(`(?:${CARRIED_IN.source}).*申请|申请.*(?:${CARRIED_IN.source})`),
    not: new RegExp(`复议|诉讼|咨询|${CARRIED_OUT.source}`), about: (f) => !ofApprovals(f) && !ofCases(f),
  },
  {
    // Said bare after the applications it goes with (收到政府信息公开申请6件,上年无结转,办结6件: tj-wuqing-yangcun-2023):
    // disclosure the last thing its sentence named before it.
    topic: 'applicationsCarriedOver', units: APPLICATION_UNITS, label: new RegExp(`^(?:${CARRIED_IN.source})$`),
    about: (f) => !ofApprovals(f) && !ofCases(f) && lastNamed(f) === 'disclosure',
  },
  {
    topic: 'applicationsReceived', units: APPLICATION_UNITS, label: RECEIVED,
    // 当面申请, 网上申请 … are parts; 上年结转 is no application received this year.
    not: /复议|诉讼|咨询|当面|网络|网上|信函|传真|电子邮件|办结|答复|结转/,
    about: (f) => f.label.includes('公开') || (ANY_APPLICATION.test(f.label) && !ofApprovals(f)),
  },
  {
    // 表三's 办理结果总计 too (本年度办理结果总计805件，其中予以公开258件), not the results of proposals handled (建议提案办理结果).
    topic: 'applicationsProcessed', units: APPLICATION_UNITS, label: /(?:办结|答复|办理|处理完成).*申请|申请.*(?:办结|答复)|^(?:本年度?|全年|共|作出)*办理结果$/,
    // Nor those put off to next year (顺延到下年度答复的申请); nor approvals (窗口共受理审批申请1000件，办结998件, its
    // 办结 labelled 办结审批申请), nor applications of another kind named without 公开 (办结不动产登记申请).
    not: /按时|延期|逾期|顺延|下一?年|当面|网络|网上|信函|复议|诉讼|咨询/, about: (f) => !ofApprovals(f) && !OTHER_KIND.test(f.label),
  },
  {
    // Said bare after the applications received in its sentence (全区共收到政府信息公开申请154件，共办结148件: 平潭
    // 2025; 收到…政府信息公开申请7件，…及时规范答复7件: 行政审批局 2023): all of them concluded or answered.
    topic: 'applicationsProcessed', units: APPLICATION_UNITS, label: /^(?:共|已|均|全部|依法|依规|及时|规范)*(?:办结|答复)$/,
    about: (f) => !ofApprovals(f) && lastNamed(f) !== 'cases' && RECEIVED.test(f.text.slice(placeOf(f).sentence, placeOf(f).start)),
  },
  {
    // Those carried forward, naming the applications or said after those received (…共办结148件，结转至2026年6件: 平潭
    // 2025; 共收到70件申请，…办结69件，1件结转下年度继续办理: 平潭 2021): 表三's 结转下年度继续办理.
    topic: 'applicationsCarriedForward', units: APPLICATION_UNITS, label: CARRIED_OUT, not: /复议|诉讼|咨询/,
    about: (f) => !ofApprovals(f) && lastNamed(f) !== 'cases'
      && (f.label.includes('申请') || RECEIVED.test(sentenceOf(f))),
  },
  // What came of the cases (败诉, 被纠错, 结果维持, 审结) is no count of them, nor is one kind of suit (复议后起诉,
  // 直接提起行政诉讼) the count of both that 表四 adds up.
  { topic: 'review', units: CASE_UNITS, label: /复议/, not: new RegExp(`诉讼|起诉|${OUTCOME}`), about: aboutDisclosure },
  { topic: 'litigation', units: CASE_UNITS, label: /诉讼/, not: new RegExp(`复议|直接|${OUTCOME}`), about: aboutDisclosure },
  // What one channel published (通过政务微博主动公开…) is part of the total, not the total; nor are kinds of it: the
  // one that holds the rest (其他应主动公开政府信息, 工作进展动态和其他应主动公开的政府信息90条), those a list names
  // (主动公开机构职能、政策文件…等政府信息249条).
  // Nor a count over the years (累计主动公开信息7976条(2022年新增435条)), nor those kept in full electronic text
  // (全文电子化的主动公开信息数共57条 of 65: 平潭 财政金融局 2015).
  { topic: 'activeDisclosed', units: /^条$/, label: /主动公开/, not: /规范性文件|申请|咨询|范围|^其[他它]|应主动公开|等|^累计|全文电子化/, about: (f) => !byOtherChannel(f) },
  // 表二's 现行有效 (集中公开现行有效行政规范性文件698件), one kind at a time. Not what a cleanup found in force
  // (清理并集中发布现行有效行政规范性文件393件): counted when it was done, before the documents made since (平潭
  // 2023: 393 and 本年度制发的77件 make 表二's 470).
  { topic: 'normativeDocumentsInForce', units: IN_FORCE_UNITS, label: /现行有效.*规范性文件/, not: /规章/, about: notCleanedUp },
  { topic: 'regulationsInForce', units: IN_FORCE_UNITS, label: /现行有效.*规章/, not: /规范性文件/, about: notCleanedUp },
  // 表二's 本年制发 (动态更新本年度制发的规范性文件88件: 平潭 2022; 我局制定规范性文件5件: 行政审批局 2023); not those
  // reviewed, filed, explained or asked about (备案审查规范性文件, 规范性文件解读), nor the rules'.
  { topic: 'normativeDocumentsIssued', units: IN_FORCE_UNITS, label: /(?:制发|制定)[^，,]*规范性文件/, not: /现行有效|清理|废止|备案|审查|审核|解读|征求|规章|草案|代拟/ },
  // The 2019 表二's 对外公开总数量 and 处理决定数量 in its own words (规章对外公开总数量1件; 行政许可处理决定数量776件, then
  // 行政处罚事项新增10项，总计44项，处理决定数量29件: 会同县林业局 2020), the kind of decisions named in the count or before it.
  { topic: 'regulationsPublished', units: IN_FORCE_UNITS, label: /规章.*公开总数/, not: /规范性文件/ },
  { topic: 'normativeDocumentsPublished', units: IN_FORCE_UNITS, label: /规范性文件.*公开总数/, not: /规章/ },
  { topic: 'licensingDecisions', units: APPLICATION_UNITS, label: /处理决定数/, not: /申请|复议|诉讼/, pick: decisionsOf },
  { topic: 'licensingItems', units: /^项$/, label: /^(?:合计|总计|共计?)$/, pick: itemsOf },
];

// The ways of applying the 2008–2018 统计表 counts (当面申请数, 网上申请数, 信函申请数), each on its own row: a count
// that names one alone restates that row (平潭县 2013: 网上申请数3条，信函申请数4条 beside the rows' 4 and 0). Two
// ways together (信函、传真申请) are another row, or none. No topic of proseTopic's: prose/table-agreement asks this
// itself, so a way stays a part of the count it breaks down (申请7条，其中网上申请数5条，信函申请数4条).
const WAYS: [ProseTopic, RegExp][] = [['applicationsInPerson', /当面/], ['applicationsOnline', /网上|网络/], ['applicationsByLetter', /信函/]];
const OTHER_WAYS = /传真|电子邮件|邮寄|来电|[、和及或]/;

/** The way of applying a count of applications for government information names alone, or null. */
export function wayOfApplying(figure: ProseFigure, label = figure.label): ProseTopic | null {
  if (!APPLICATION_UNITS.test(countUnit({ label, unit: figure.unit }) ?? '') || !label.includes('申请') || OTHER_WAYS.test(label) || /复议|诉讼|咨询/.test(label)) return null;
  const ways = WAYS.filter(([, words]) => words.test(label));
  return ways.length === 1 && figure.text.includes('公开') && !ofApprovals(figure) ? ways[0]![0] : null;
}

/**
 * The table figure this prose figure restates, or null when none clearly corresponds. `settingOf` gives
 * the heading of the part the figure's sentence stands in and the sentence it is a clause of (lib/rules/document/outline.ts
 * settingOf), asked only where the sentence leaves it open.
 */
export function proseTopic(figure: ProseFigure, settingOf: () => string = () => ''): ProseTopic | null {
  const unit = countUnit(figure);
  if (unit === null) return null;
  for (const rule of RULES) {
    if (rule.units.test(unit) && rule.label.test(figure.label) && !rule.not?.test(figure.label)) {
      if (rule.about && !rule.about(figure, '') && !rule.about(figure, settingOf())) return null;
      return rule.pick ? rule.pick(figure) : narrowed(rule.topic, figure.label);
    }
  }
  return receivedAndCarriedIn(figure) ? 'applicationsWithCarriedOver' : null;
}

/**
 * Whether a figure whose words name nothing (合计) adds up the applications received and those carried in
 * (新受理…申请252件,2022年结转…申请10件,共计262件): what 表三's 本年新收 and 上年结转 make up together.
 */
function receivedAndCarriedIn(figure: ProseFigure): boolean {
  if (!APPLICATION_UNITS.test(countUnit(figure) ?? '') || figure.parts.length < 2) return false;
  const topics = figure.parts.map((part) => proseTopic({ ...part, text: figure.text, parts: [] }));
  const carried = figure.parts.map((part) => APPLICATION_UNITS.test(countUnit(part) ?? '') && carriedIn(part.label) && part.label.includes('申请'));
  return topics.every((topic, i) => topic === 'applicationsReceived' || topic === 'applicationsNew' || carried[i])
    && topics.some((topic) => topic !== null) && carried.some(Boolean);
}

/**
 * Of the applications received, those a label names more narrowly: newly received (本年新收), or carried in; of those
 * processed, those 办理 (handled) rather than 办结 or 答复.
 */
function narrowed(topic: ProseTopic, label: string): ProseTopic {
  // 办理 alone may count what was in hand (办理704件，含上年结转17件，已办结671件) as well as what was concluded.
  if (topic === 'applicationsProcessed') return /办结|答复|完成|结果/.test(label) ? topic : 'applicationsHandled';
  if (topic !== 'applicationsReceived') return topic;
  if (label.includes('新收')) return 'applicationsNew';
  return carriedIn(label) ? 'applicationsCarriedOver' : topic;
}

// The counts whose parts may be 表三's outcomes: all the applications, not those newly received or carried in alone.
const OUTCOMES_OF = new Set<ProseTopic>(['applicationsReceived', 'applicationsProcessed', 'applicationsHandled', 'applicationsWithCarriedOver']);

/**
 * The table figure a part restates, `total` being its total's and `text` its sentence: of the applications received,
 * a part that names those newly received or carried in (共受理依申请公开33件,其中本年新收33件,上年结转0件); of a count
 * of all the applications, an outcome (办结申请40件，其中予以公开30件); of an outcome, the reason 表三 counts it under (无法提供4件，
 * 其中本机关不掌握相关政府信息3件).
 */
export function partTopic(total: ProseTopic | OutcomeTopic, part: { label: string; unit: string | null }, text = part.label, tokens?: readonly NumberToken[]): ProseTopic | OutcomeTopic | null {
  if (!APPLICATION_UNITS.test(countUnit(part) ?? '')) return null;
  if (typeof total !== 'string') return reasonPart(total, part.label);
  if (OUTCOMES_OF.has(total)) {
    const outcome = outcomeTopic({ ...part, value: 0, approximate: false, text, parts: [] }, tokens);
    if (outcome) return outcome;
  }
  // Those carried in, of the applications answered or handled too (答复…805件（含上年度结转申请18件）); not of a 共计 of
  // both, held against 表三 as one figure (its parts are how it is known).
  if ((total === 'applicationsProcessed' || total === 'applicationsHandled') && carriedIn(part.label)) return 'applicationsCarriedOver';
  if (total === 'applicationsReceived' || total === 'applicationsNew') {
    const way = wayOfApplying({ ...part, value: 0, approximate: false, text, parts: [] });
    if (way) return way;
  }
  if (total !== 'applicationsReceived') return null;
  const topic = narrowed(total, part.label);
  return topic === total ? null : topic;
}

/**
 * What an outcome of applications said in prose restates in 表三: the rows it adds up, each a row (granted,
 * unavailable.notHeld) or an outcome's group of rows (unavailable), and what else its words may mean.
 */
export interface OutcomeTopic {
  rows: string[];
  /** Another reading the words allow, or null: 予以公开 alone may hold 部分公开 too; one reason named with 等 (因本机关不掌握等原因无法提供), the whole outcome. */
  or: string[] | null;
}

// 表三's outcomes as a label ends in them (因本机关不掌握等原因无法提供, 属于同意公开的, 予以公开及部分公开); 部分公开 as
// 《条例》第三十七条 words it too (“区分处理后公开”1件: jtj-2021, gaj-2024).
const OUTCOME_NAME = /(予以公开|同意公开|全部公开|部分公开|区分处理后公开|不予公开|不同意公开|无法提供|不予处理|其他处理)(?:的|答复)?$/;
const OUTCOME_ROW: Record<string, string> = {
  予以公开: 'granted', 同意公开: 'granted', 全部公开: 'granted', 部分公开: 'partiallyGranted', 区分处理后公开: 'partiallyGranted',
  不予公开: 'withheld', 不同意公开: 'withheld', 无法提供: 'unavailable', 不予处理: 'notProcessed', 其他处理: 'otherHandling',
};
// 部分公开 said with 予以公开 as one count: 予以公开及部分公开, 全部或部分公开; 予以公开（含部分公开）.
const GRANTED_WITH = /(?:(?:予以|同意)?公开|全部)(?:及|和|与|或|、|以及)(?:同意)?$/;
const PARTLY_WITHIN = /^[（(]含(?:同意)?部分公开/;
const GRANTED_AND_PARTLY = ['granted', 'partiallyGranted'];
// The reasons 表三 counts an outcome under, by the words reports name them with.
const REASONS: readonly (readonly [string, RegExp])[] = [
  ['withheld.stateSecret', /国家秘密/], ['withheld.lawForbidden', /法律(?:、|和)?行政法规禁止/], ['withheld.safetyStability', /三安全一稳定|危及/],
  ['withheld.thirdPartyRights', /第三方|商业秘密|个人隐私/], ['withheld.internalAffairs', /内部事务/], ['withheld.processInformation', /过程性/],
  ['withheld.enforcementFiles', /执法案卷/], ['withheld.administrativeQuery', /行政查询/],
  ['unavailable.notHeld', /不掌握/], ['unavailable.needsCreation', /另行制作|现成/], ['unavailable.stillUnclear', /不明确/],
  ['notProcessed.complaint', /信访|举报|投诉/], ['notProcessed.repeated', /重复申请/], ['notProcessed.publication', /出版物/],
  ['notProcessed.excessive', /大量反复/], ['notProcessed.confirmation', /确认|重新出具/],
  ['otherHandling.noCorrection', /不补正/], ['otherHandling.noFee', /缴费|缴纳/],
];
// The words that may stand before an outcome of all the applications handled: a frame (在已办结的申请中，属于;
// 从办理结果看; 本年度办理结果为; 其中), not a part of them (网上申请中, 自然人申请) nor a reason 表三 has no row for
// (不属于政府信息公开范围不予处理). Quotes around the outcome's name change nothing (,“同意公开”3件: jtj-2021).
const FRAME = /^(?:其中|另有|全年|本年度?|今年|(?:19|20)\d{2}年度?|共|在|从|对|经|已|依法|所有|全部|政府信息公开|信息公开|依申请公开|申请人?|办结|办理|答复|处理|审查|结果|情况|决定|作出|来?看|方面|中|的|为|是|有|了|属于|[\s，,：:、“”"])*$/;

// What leads into a reason (因本机关不掌握, 因属于信访…, 涉及个人隐私, 由于…), its own lead words among them (因申请内容不明确,
// 因需另行制作, 因没有现成信息, 以属于内部事务信息为由).
const REASON_LEAD = /(?:因为?|由于|以|涉及|系|属于?|本机关|申请内容|需要?|没有|无)+$/;

/**
 * The outcome of applications a figure counts (予以公开及部分公开258件, 因本机关不掌握等原因无法提供265件), or null.
 * Read from the words since the count before it in its sentence: a reason of the outcome's own named there counts
 * that reason's row; other words than a frame, before the reason or the outcome (a part of the applications, a reason
 * 表三 has no row for), leave it null. `tokens`: the counts of its text, where the reading kept them.
 */
export function outcomeTopic(figure: ProseFigure, tokens: readonly NumberToken[] = findNumbers(figure.text)): OutcomeTopic | null {
  if (!APPLICATION_UNITS.test(countUnit(figure) ?? '')) return null;
  const name = OUTCOME_NAME.exec(figure.label);
  if (!name) return null;
  const { start, end, sentence } = placeOf(figure);
  const before = tokens.filter((t) => t.stop <= start).at(-1)?.stop ?? 0;
  let words = figure.text.slice(Math.max(sentence, before), start) + figure.label.slice(0, name.index);
  const after = figure.text.slice(end, countEnd(figure, end));
  const row = OUTCOME_ROW[name[1]!]!;
  let rows = [row];
  if (row === 'partiallyGranted' && GRANTED_WITH.test(words)) {
    rows = GRANTED_AND_PARTLY;
    words = words.replace(GRANTED_WITH, '');
  } else if (row === 'granted' && PARTLY_WITHIN.test(after)) {
    rows = GRANTED_AND_PARTLY;
  } else {
    const reasons = REASONS.filter(([path, said]) => path.startsWith(`${row}.`) && said.test(words));
    if (reasons.length > 0) {
      // The words before the reason frame it, as they frame an outcome said alone: not 其中网上申请中涉及个人隐私…, a part's.
      const lead = Math.min(...reasons.map(([, said]) => said.exec(words)!.index));
      if (!FRAME.test(words.slice(0, lead).replace(REASON_LEAD, ''))) return null;
      return { rows: reasons.map(([path]) => path), or: words.includes('等') ? [row] : null };
    }
  }
  if (!FRAME.test(words)) return null;
  // 予以公开 alone, with no 部分公开 beside it, may count both.
  const alone = rows.length === 1 && row === 'granted' && !sentenceOf(figure).includes('部分公开');
  return { rows, or: alone ? GRANTED_AND_PARTLY : null };
}

/** The reason row of an outcome a part names (无法提供4件，其中本机关不掌握相关政府信息3件), or null. */
function reasonPart(total: OutcomeTopic, label: string): OutcomeTopic | null {
  if (total.rows.length !== 1 || total.rows[0]!.includes('.')) return null;
  const reasons = REASONS.filter(([path, said]) => path.startsWith(`${total.rows[0]}.`) && said.test(label));
  return reasons.length === 1 ? { rows: [reasons[0]![0]], or: null } : null;
}

/**
 * The issuer's own figure beside the whole area's (县政府本级收到5件, 市本级发出收费通知1件): 本级 is the word
 * reports set a government's own office apart from its area with, a part of what its tables may count.
 */
export const OWN_LEVEL = /本级/;

// 全市各级行政机关受理…申请42件 is the whole area's count, not the issuing office's own table.
const WHOLE_AREA = new RegExp(`全(?:[${LEVELS}]|系统)|各级|各地|各(?:部门|单位|[${LEVELS}](?!场)|街道|地区)|市直各|县直各`);

// A share of a total, said right after the figure (…303条，占71.3%, …45条,所占比例75%, …107条,占总数的38.8%): not a share
// of another total named (占申请总数的95.2%).
export const SHARE = /^\s*[，,]\s*约?所?占(?:比例?|比重|总数的)?(?:为|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;

/** Whether a share stated with `decimals` digits after the point is `computed`, rounded or cut at its last digit. */
export const withinLastDigit = (stated: number, decimals: number, computed: number) => Math.abs(stated - computed) <= 10 ** -decimals + 1e-9;

/** Whether the share said right after a count (text from its end: …534条，占27%) is `part` over `whole`, at its last digit. */
export function sharedOf(after: string, part: number, whole: number): boolean {
  const share = SHARE.exec(after);
  return share !== null && whole > 0 && withinLastDigit(Number(share[1]), share[1]!.split('.')[1]?.length ?? 0, (part / whole) * 100);
}
// What an office, a bureau or a company is called by (县政府公开办, 区交建局, 县供电公司).
const OFFICE = /(?:办|局|委|委员会|办公室|中心|公司)$/;
// Bodies a total is shared among (县直各单位, 各乡镇, 市直部门), as against the issuer itself (我局, 本机关).
const BODIES = /(?:部门|单位|机关|乡镇|街道|政府)$/;
const ITSELF = new RegExp(`[我本](?:${BODY_WORDS}|机关|院|中心)`);
// The other bodies a sentence names after one of them, without counting theirs (…为62条，其他主动公开信息量较大部门是教育局…).
const OTHER_BODIES = /^[^。；;\d]*?[，,]其他[^，,。；;\d]{0,16}(?:部门|单位|机关)[^\d]*$/;

/**
 * Whether the sentence speaks of the whole area (全市, 各级, 各部门), of the issuing office itself, or of a part of
 * what the report counts: the share of a total one body has (县直各单位主动公开政府信息303条，占71.3%; not 已办结…申请40件，
 * 占95.2%, the issuer's count as a share of those received), or one office's count where the sentence sets it against
 * the others (县政府公开办主动公开信息数为62条，其他主动公开信息量较大部门是教育局…).
 */
export function proseScope(figure: ProseFigure): 'whole-area' | 'issuer' | 'part' {
  const { start, end, clause } = placeOf(figure);
  const after = figure.text.slice(countEnd(figure, end));
  const subject = figure.text.slice(clause, start).trim();
  const share = SHARE.exec(after);
  // The bodies may be the label's own first words (县直各单位主动公开政府信息1251条，占67.5%: 平潭县人民政府 2013).
  const body = !ITSELF.test(subject) && (WHOLE_AREA.test(subject) || OFFICE.test(subject) || BODIES.test(subject) || WHOLE_AREA.test(figure.label));
  if (share && Number(share[1]) < 100 && body) return 'part';
  if (OFFICE.test(subject) && OTHER_BODIES.test(after.split(/[。；;]/)[0]!)) return 'part';
  return WHOLE_AREA.test(figure.text) ? 'whole-area' : 'issuer';
}

/** The sentence (up to 。 or ；) the figure's label stands in. */
function sentenceOf(figure: ProseFigure): string {
  const { sentence, end } = placeOf(figure);
  const stop = figure.text.slice(end).search(SENTENCE_END);
  return figure.text.slice(sentence, stop < 0 ? figure.text.length : end + stop);
}

/**
 * Whether the figure's clause, up to the end of its label, names one channel other than the portal: 通过政务微博主动公开…
 * (not 通过门户网站、政务微博、微信公众号等渠道主动公开…, all of them).
 */
function byOtherChannel(figure: ProseFigure): boolean {
  const { clause, end } = placeOf(figure);
  const channel = oneChannel(figure.text.slice(clause, end));
  return channel !== null && OTHER_CHANNEL.test(channel);
}

/** Where a figure stands in its text: its label [start, end), where its clause and its sentence begin. */
interface Place { start: number; end: number; clause: number; sentence: number }

const SENTENCE_STOPS = ['。', '；', ';'];
const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS.join('')}]`);

function placeOf(figure: ProseFigure): Place {
  const [start, end] = labelSpan(figure);
  return { start, end, clause: clauseStart(figure.text, start), sentence: clauseStart(figure.text, start, SENTENCE_STOPS) };
}

/**
 * Where the figure's own count ends: the first count that ends at or after its label (未收到…申请 ends with it), if it
 * is the figure's; its text's end where the count stands before the label (另有2件…申请转交…) or is not found.
 */
function countEnd(figure: ProseFigure, labelEnd: number): number {
  const own = findNumbers(figure.text).find((token) => token.stop >= labelEnd);
  return own && own.value === figure.value ? own.stop : figure.text.length;
}

// A label may open with its channel's own name, where the sentence has the owner's or the account's too
// (政务微博主动公开政府信息 from 通过区政务微博主动公开政府信息): what follows it is in the sentence as it stands.
const CHANNEL_FIRST = new RegExp(`^${CHANNEL_NAME.source}`);

/** Where the figure's label stands in its sentence, [start, end): at the mention followed by its value, else the first. */
function labelSpan(figure: ProseFigure): [number, number] {
  const said = figure.label.replace(CHANNEL_FIRST, '') || figure.label;
  if (!said) return [0, 0]; // a figure without words (合计…) is not found by them
  const value = String(figure.value);
  let at = figure.text.indexOf(said);
  if (at < 0) return saidWithNone(figure.text, said) ?? [0, said.length];
  for (let next = at; next >= 0; next = figure.text.indexOf(said, next + 1)) {
    if (figure.text.slice(next + said.length, next + said.length + value.length + 4).includes(value)) { at = next; break; }
  }
  return [at, at + said.length];
}

/**
 * Where a zero's label stands with the word saying none inside it (上年无结转 for 上年结转); null where it does not: the
 * first place its characters stand in order, each but the first after at most one of the words (as /上(?:无|没有|未有)?年…/
 * would find it, but no regex: one compiled for each label costs 0.1–1 ms, and a page's labels are new to it).
 */
function saidWithNone(text: string, label: string): [number, number] | null {
  const chars = [...label];
  // Where the label's characters from the k-th on end when they start at `at`, or -1: a word saying none tried first.
  const endFrom = (k: number, at: number): number => {
    if (k === chars.length) return at;
    for (const none of NONE) {
      if (!text.startsWith(none, at) || !text.startsWith(chars[k]!, at + none.length)) continue;
      const end = endFrom(k + 1, at + none.length + chars[k]!.length);
      if (end >= 0) return end;
    }
    return text.startsWith(chars[k]!, at) ? endFrom(k + 1, at + chars[k]!.length) : -1;
  };
  for (let start = text.indexOf(chars[0]!); start >= 0; start = text.indexOf(chars[0]!, start + 1)) {
    const end = endFrom(1, start + chars[0]!.length);
    if (end >= 0) return [start, end];
  }
  return null;
}
const NONE = ['无', '没有', '未有'];

/** Where the clause (or, with only the stops, the sentence) holding position `at` of the text begins. */
function clauseStart(text: string, at: number, stops = ['，', ',', '；', ';', '。']): number {
  return Math.max(...stops.map((c) => text.lastIndexOf(c, at - 1) + 1));
}

// The time a clause speaks of: a year (2021年), or last year (去年, 上年度; not 上年结转 or 上年无结转, the applications carried in).
const TIME = /((?:19|20)\d{2})\s*年|去年|上一?年度?(?!度?(?:(?:无|没有|未有)?结转|转结))|今年|本年/g;
// A year that dates a document (2019年修订的《条例》, 2019年4月印发), and a year compared with (与上年相比, 较去年, 比上年度).
const DOCUMENT_DATE = /^度?(?:\d{1,2}月(?:\d{1,2}日)?)?新?(?:修订|修正|印发|出台|发布|颁布|公布|施行|实施)/;
const COMPARED = /[与较比]$/;

/**
 * The time that dates the figure (2021年，我办共收到…500件；去年共收到…): the last time named in the figure's own clause
 * before its label, else in its sentence's first clause, which dates the clauses after it (我局2020年主动公开行政许可33项，
 * 行政处罚36项). Not a year in 《》 or of a document's issue, nor one compared with (与上年相比，全年共受理…), nor one in a
 * clause between (1件结转2023年度办理): these do not date the figure. A year named, 'last' (去年, 上年) or 'this' (今年,
 * 本年); null where nothing dates it.
 */
export function figureTime(figure: ProseFigure): number | 'last' | 'this' | null {
  const { start, clause, sentence: sentenceStart } = placeOf(figure);
  const sentence = figure.text.slice(sentenceStart, start);
  const ownClause = clause - sentenceStart;
  const firstClauseEnd = sentence.search(/[，,]|$/);
  const dating = [...sentence.matchAll(TIME)].filter((time) => {
    const before = sentence.slice(0, time.index);
    const after = sentence.slice(time.index + time[0].length);
    return before.split('《').length === before.split('》').length && !DOCUMENT_DATE.test(after) && !COMPARED.test(before);
  });
  const time = dating.filter((t) => t.index >= ownClause).at(-1) ?? dating.filter((t) => t.index < firstClauseEnd).at(-1);
  if (!time) return null;
  return time[1] !== undefined ? Number(time[1]) : /去年|上/.test(time[0]) ? 'last' : 'this';
}

/** Whether the figure is of another year than the report's, as reports compare with the year before (figureTime). */
export function ofAnotherYear(figure: ProseFigure, year: number | null): boolean {
  const time = figureTime(figure);
  return time === 'last' || (typeof time === 'number' && year !== null && time !== year);
}
