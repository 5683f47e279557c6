// What a figure in a sentence counts, said concisely: "共收到政府信息公开申请0件" → 收到政府信息公开申请,
// "组织30余家单位开展…" → 单位, "在0件政府信息公开申请中" → 政府信息公开申请. Heuristics over the clause
// around the number; no dictionary of report topics.
import { LIST_JOINS, namesNumber, TOTAL_GONG, type NumberToken } from './numbers.ts';
import { OUTCOMES } from './kinds.ts';
import { BODY_WORDS, CHANNEL, oneChannel } from './topics.ts';
import { HAN, HAN_CHAR } from '../text/han.ts';
import { UNITS } from './units.ts';
import { LEVELS } from '../document/names.ts';

// A label never reaches across these; = leads a figure in as a colon does (发布公开=7件, as tables pasted into text write it).
const CLAUSE_END = new Set(Array.from('，,：:；;（()）。！!？?=＝', (ch) => ch.charCodeAt(0)));

/** Where the clause holding text[at] starts, back to `from` at most: after the last clause end or bracket before `at`. */
export function clauseStart(text: string, at: number, from: number): number {
  let clause = at;
  while (clause > from && !CLAUSE_END.has(text.charCodeAt(clause - 1))) clause--;
  return clause;
}

// Words around the thing counted, not part of it: totals (not 共 inside a word), time (2021年以来, 2016年,
// 2016 alone, 先后, 年内 but not 三年内, 同时: jurong-2022, guangyuan-cangxi-wenchang-2022), what singles it out (特别是), what a list is said to be of (公开类别主要涉及…), the speaker, the rules it was done by (严格按照
// 条例规定, not 按照规定方式), 等 closing a list with what it calls the items (…疫情防控等方面, 因…等原因, 政务咨询等栏目,
// 微信公众号等渠道, 档案局等单位) (历年累计, a count over all the years, stays: it is not the year's; so does the year a
// count was carried to, 结转2024年: which year that is, the report's or the next, says whether it was carried in or
// forward; and the year it was put off to, 顺延到2022年度申请).
// What a column holds is named after its 包括, one item alone (专题专栏包括组织机构4条: pengjiang-fgj-2024); not a list's
// items nor what a verb put out (公开的信息包括工作动态、…政策法规等共30篇; 主动公开包括机构职能等信息144条), nor who are
// among people (参训人员包括各部门信息员120人): those count it all.
// 在此基础上 (在此前提下) says what it was done after, no channel nor part of what was counted (在此基础上公开信息20条).
// 同时 joins the clause to the one before (同时在各村(社区)设置信息公开栏26处: guangyuan-cangxi-wenchang-2022).
// The text between them is tried from the right (各级政府共回应解读共0件 → 回应解读).
// A year after 、 opens a list's item (…、2018年市政府第一次全体会议、…: sanming-2018), no filler to cut the list at.
// 现有, 目前有 say it is there now, no part of what it is (现有政府网站1个: zhongshan-gangkou-2024); not the 现有 of
// 发现有, 实现有, 表现有 (检查发现有问题的网站2个: what was found is the count's).
const FILLERS = new RegExp(String.raw`${TOTAL_GONG}[计有]?|总计|合计|(?<!历年)累[计积]|全年|今年|(?<![一二两三四五六七八九十\d])年内|同时(?![段期])|以来|先后|本年度?(?:内(?![部设容]))?|截[至止][^，,]*?日|(?<!\d|、|(?:结转|顺延)[至到]?)(?:19|20)\d{2}(?:年度?|(?!\d))|其中|内有|另有|此外|在?此(?:基础之?上|前提下)|(?:特别|尤其)是|主要(?:涉及|包括|包含|涵盖)了?|(?<=专栏|栏目|板块|版块|专题|专区|目录)包括(?=[^、等，,]{1,12}$)|已经?|(?:目前|当前)有|(?<![发实表体出呈展])现有(?![效关])|关于|我(?:${BODY_WORDS}|们)|[还也又](?=积极|认真|组织|开展|举办|召开)|积极(?!性)|认真|(?:严格)?(?:按照|依照|依据|根据)[^，,。；;、\d]{0,12}?(?:规定|要求)(?![方的程])|等(?![级待同候])(?:(?:方面|领域|类别?|原因|栏目|渠道|平台|途径|方式|形式|载体|单位|部门)(?!建设))?`, 'g');
// What opens a clause without being its label: list commas and 及, outline numbers and 一是, 二是 …, (其中)(主要)
// 包括/包含/涵盖/含 (内容涵盖 too: wuxi-xishan-anzhen-2025) and 分别是/具体为 of a breakdown; and 和 or 与 where it joins the count before (…0件和提起行政诉讼0件,
// 投诉类328条(占比86.7%)与政策咨询类50条), not 和解结案 opening a clause; an outline number after 其中 too (其中1.组织结构类2条;
// 2.部门文件类3条: heshan-zaiwu-2024-mirror).
const opening = (joins: string) => new RegExp(`^(?:${joins})*(?:(?:其中[:：]?)?[(（]?(?:[一二三四五六七八九十]+|\\d{1,2})[)）、.．]|[①-⑳]|[一二三四五六七八九十]+是)?(?:(?:其中)?(?:内容)?(?:主要)?(?:包括|包含|涵盖)了?|含|(?:分别|具体)(?:是|为))?`);
const OPENING = opening('、|以?及(?!时)');
const OPENING_AFTER_COUNT = opening('、|和|与|以?及(?!时)');
// What closes a clause before its number without being its label: 信息数为 → 信息数, 全职人员为 → 全职人员,
// 阅读量即达 → 阅读量, 参训人员多达 → 参训人员 (多达, 高达: as many as), 订阅用户数增至 → 订阅用户数 (shenyang-ybj-2025), 行政复议、行政诉讼均为 → 行政复议、行政诉讼, 街道公开信息分别为 → 街道公开信息 (one count said
// 分别, longtan-longtanjd-2010), 不予公开信息有 → 不予公开信息 (违法行为, 作为, 历年累计, 所有 and 送达 keep theirs: 许可办结送达
// 1628件, hunan-sthjt-2023).
const CLOSING = /(?<![作行认成])(?:均|分别)?(?:为|是)$|即?(?:(?<![送下传转抵])(?:[多高]达|达到?)|(?<![统会审设估累])计)$|(?<=.)(?:增|升)至$|(?<=.)(?<![所拥具现没含占])有$/;
// Verbs that end the subject: a label starts at the first of them (全市各级行政机关受理…申请 → 受理…申请),
// unless the verb closes the label (政策解读稿件发布), or heads a noun (新闻发布形式主动公开…, 受理窗口).
// 引发行政复议 holds no 发行; 应主动公开的政府信息 names information by what is owed to it, done by no one, and 法定主动公开类信息
// by what the law owes (wanyuan-szf-2025). 答复信息 is a noun, the replies published (人大代表建议及政协委员提案答复信息845条: jl-szfbgt-2025),
// not 答复信息公开申请. 发生 opens what a body had, its name no word of the label (2020年度和平街道发生依申请公开1次: meihekou-heping-2020).
const PREDICATE = /(?<!应|应当|法定)(?:收到|受理|接到|接收|接受|办结|答复(?!信息(?!公开))|解答|发布|(?<!引)发行|编发|印发|制发|召开|举办|举行|录制|刊登|推送|收取|主动公开|发生)(?!会|活动|形式|平台|渠道|窗口|中心)/;

/**
 * What a count counts, from its words alone: the noun after its unit, or the clause before it (from `from`, the
 * previous figure or the sentence start); '' where neither says.
 */
export function countLabel(text: string, from: number, { at, stop, unit }: Pick<NumberToken, 'at' | 'stop' | 'unit'>): string {
  // "对原有291项的审批事项梳理调整": what the count was before stands before it, what it counts after its 的.
  // "除1家涉密单位外的79个预算部门": what is left out is named between the count and 外 or 以外, the year it was carried
  // to among it (除4件结转2022年办理以外).
  const except = text[at - 1] === '除' ? EXCEPT.exec(text.slice(stop, stop + 20)) : null;
  if (except) return except[1]!;
  const chained = inChainOfKinds(text, from, at, stop, unit);
  if (chained !== null) return chained;
  const handled = handledAfter(text, from, at, stop);
  if (handled !== null) return handled;
  const after = labelAfter(text, stop + (HAD.test(text.slice(Math.max(0, at - 2), at)) && text[stop] === '的' ? 1 : 0), unit);
  if (after === null) return outcomeAfter(text, from, at, stop) ?? actAfter(text, stop, unit, labelBefore(text, from, at)) ?? ofPublication(labelBefore(text, from, at), text, from, at, unit);
  // "发布政府信息1026条解读政策信息2篇": pieces counted after their noun; the words after them, running whole into the next
  // count of pieces, are that count's (not 85条道路6000余个停车位: the roads, counted in 条 as roads are); so are those
  // whose audience is measured next (发布政务信息1523条网站访问量达32万人次: the site's visits, not 1523 sites). Issues are
  // counted after their noun as pieces are (预警信息400余期预警短信900余万条: bazhong-qxj-2022), and may be the next
  // count (编发简报12期信息专报报送20期: 信息专报报送 is 20's).
  const rest = text.slice(stop + after.length);
  if (unit !== null && (PIECE_UNITS.test(unit) || unit === '期') && HAN_CHAR.test(text[at - 1] ?? '') && text.startsWith(after, stop)
    && (RUNS_INTO_PIECES.test(rest) || AUDIENCE_NEXT.test(rest) || runsIntoBare(rest) || ACTS_ON_A_COUNT.test(rest))) {
    const before = labelBefore(text, from, at);
    if (before) return before;
  }
  // "答复留言中心34条信息": a noun anything may be counted in says what only with the clause before it.
  if (GENERAL_NOUN.test(after)) return labelBefore(text.slice(0, at) + after, from, at + after.length);
  // "新增1个政务微信公众号" (stats-hubei-dcd-2018): what the year added is not all there are; its label says so.
  return ADDED_BEFORE.test(text.slice(from, at)) ? `新增${after}` : after;
}
const GENERAL_NOUN = /^(?:政府)?信息$/;
const ADDED_BEFORE = /新增\s?$/;

// "提出了6大类30条109项工作任务" (上海 2009), "服务事项5大类53项" (pt-2019): a count of kinds (N大类, never a figure) and the
// counts after it are one phrase, each a finer cut of one thing: what the last of them counts, or what stands before the
// kinds. The kinds' words are no label. Without 大 a numeral's 类 is a class's name (其中一类15项、二类105项: class I, class II).
const KINDS_BEFORE = /(?:[\d０-９]+大?|[一二两三四五六七八九十]+大)[类類]\s?$/;
const NEXT_IN_CHAIN = new RegExp(`^\\s?[\\d０-９]+\\s?(${UNITS})`);
/**
 * The label of a count in a chain after a count of kinds (KINDS_BEFORE), '' where none is said; or of one run straight into
 * a finer count of the same things (按月发布10件27项市办实事推进和完成情况, qingdao-2019-zjtcn: 10 tasks of 27 items), what
 * the last counts where the words after it say; null where it is in none.
 */
function inChainOfKinds(text: string, from: number, at: number, stop: number, unit: string | null): string | null {
  const kinds = KINDS_BEFORE.exec(text.slice(from, at));
  if (!kinds && !NEXT_IN_CHAIN.test(text.slice(stop))) return null;
  let end = stop, last = unit;
  for (let next = NEXT_IN_CHAIN.exec(text.slice(end)); next; next = NEXT_IN_CHAIN.exec(text.slice(end))) {
    end += next[0].length;
    last = next[1]!;
  }
  return labelAfter(text, end, last) ?? (kinds ? labelBefore(text, from, at - kinds[0].length) : null);
}

/**
 * "有约4900人次通过各种方式向我局…咨询涉税信息有关事务" (pingtan-dishui-2013): people counted after no more than that there
 * were some, what they did said after them in the clause, are counted by that act; null otherwise.
 */
function actAfter(text: string, stop: number, unit: string | null, before: string): string | null {
  if (unit === null || !PEOPLE_UNITS.test(unit) || !THERE_WERE.test(before)) return null;
  return ACT.exec(text.slice(stop, stop + 40).split(CLAUSE_SPLIT)[0]!)?.[0] ?? null;
}
const THERE_WERE = /^(?:共计?|合计)?有?$/;
const ACT = /(?:咨询|查阅|投诉|举报|留言|来访|来电)[^\d，,。；;：:、（()）\s]{0,10}$/;
const CLAUSE_SPLIT = /[，,。；;：:]/;

/**
 * "开设《疫情译报》专栏,…,2020年累计发布339期": issues published, their words naming no publication, are of the one the
 * sentence named before them (from `from`): 《疫情译报》发布; 政府公报发行 of 将政府公报下发至…，全年共发行6期.
 */
function ofPublication(label: string, text: string, from: number, at: number, unit: string | null): string {
  if (unit !== '期' || !PUBLISHED.test(label)) return label;
  const title = [...text.slice(from, at).matchAll(PUBLICATION)].at(-1)?.[0];
  return title ? title + label : label;
}
const PUBLISHED = /^(?:发布|编发|编印|印发|出版|推出|刊发|发行|播出)$/;
// Its title, or what it is, where the sentence names none (将政府公报下发至…，全年共发行6期: tieling-2019).
const PUBLICATION = /《[^《》]*》|(?:政府)?公报|简报|专刊|期刊|刊物|年鉴/g;

/**
 * What became of a count that opens its clause (after 其中 too), said at the clause's end after why (其中2件予以公开,4件部分
 * 公开,8件在本单位未查询到相关信息无法提供; 其中12条属于本机关不掌握相关政府信息而无法提供: wehdz-fgj-2024), or what was
 * done to them all, said how (其中,6件均严格按时限依法依规答复: tongchuan-gaj-2024): that, not what the clause before
 * counted; null where the clause says neither.
 */
function outcomeAfter(text: string, from: number, at: number, stop: number): string | null {
  if (!opensClause(text, from, at)) return null;
  const rest = restOfClause(text, stop);
  return OUTCOME_ENDS.exec(rest)?.[0] ?? ALL_DONE.exec(rest)?.[1] ?? null;
}
/** Whether the count at text[at] opens its clause (back to `from` at most), after 其中 and an opening word alone. */
function opensClause(text: string, from: number, at: number): boolean {
  const clause = clauseStart(text, at, from);
  return text.slice(clause, at).replace(/[\s\u3000]+/g, '').replace(AMONG_THEM, '').replace(OPENING, '') === '';
}
/** The words after text[stop] to its clause's end, MAX_OUTCOME_CLAUSE at most. */
function restOfClause(text: string, stop: number): string {
  let end = stop;
  while (end < text.length && end - stop < MAX_OUTCOME_CLAUSE && !CLAUSE_END.has(text.charCodeAt(end))) end++;
  return text.slice(stop, end);
}
const OUTCOME_ENDS = new RegExp(`(?:${OUTCOMES})$`);

/**
 * How a count that opens its clause (after 其中 too) was handled, said whole after it with no noun between (其中17件在法定期限内
 * 完成答复,2件转至下年继续办理: a 遂宁经开区 2024 report): that clause, not the noun its first word may be taken for (转) nor
 * what the clause before counted; null otherwise.
 */
function handledAfter(text: string, from: number, at: number, stop: number): string | null {
  if (!HANDLING_OPENS.test(text.slice(stop, stop + 3))) return null;
  if (!opensClause(text, from, at)) return null;
  return HANDLED.exec(restOfClause(text, stop))?.[0] ?? null;
}
// The words that open how a count was handled: when or where (在法定期限内, 于…), that it was (已, 均已), how (按期, 依法,
// 及时), or where it went (转至下年, 转交): no noun of what was counted.
const HANDLING_OPENS = /^(?:在|于|已|均已|按|依|及时|转(?:至|到|入|交|办))/;
const HANDLED = /^[^\d，,。；;：:、（()）]{1,20}?(?:办结|答复|回复|办理|处理|受理)$/;
const AMONG_THEM = /^其中/;
// 均 and how, then the verb, closing the clause: what was done to each of them (均已… is DONE_AFTER's, wherever the count stands).
const ALL_DONE = /^均([^\d，,。；;：:、（()）]{0,16}?(?:办结|答复|回复|办理|处理|受理))$/;
const MAX_OUTCOME_CLAUSE = 40;
const EXCEPT = new RegExp(`^((?:[${HAN}]|(?:19|20)\\d{2}(?=年)){2,12}?)以?外`, 'u');
const RUNS_INTO_COUNT = /^\s?[\d０-９]/;
const TOTAL_LAST = /(?:共计?|合计|总计)\s?$/;
const INFO_LAST = new RegExp(`(?<=[${HAN}]{2})(?:政府|政务)?信息$`, 'u');
const RUNS_INTO_PIECES = /^\s?[\d０-９][\d０-９.．]*(?:[余多]?万)?\s?[余多]?\s?[条篇份件期]/;
// …or into what they did to a count of their own, where the page lost the comma between the clauses (政府微信公众号更新信息
// 40余条政府官方网站主动公开政府信息86条: jiangjin-dushi-2019): the site is 86's subject, not what 40 counts.
const ACTS_ON_A_COUNT = new RegExp(`^(?:${PREDICATE.source})[^\\d，,。；;：:、（()）\\s]{0,16}[\\d０-９]`);
// …or into a bare number and the next name, where a list ran together (政务要闻415条通知公告307不动产公告84条, zlq-2021:
// 通知公告 is 307's, whose 条 the page lost), the number no name's (2021年, 12345热线).
const RUNS_INTO_BARE = new RegExp(`^[\\d０-９]{1,6}(?![余多万亿]|${UNITS})(?=[${HAN}])`, 'u');
const runsIntoBare = (rest: string) => { const bare = RUNS_INTO_BARE.exec(rest); return bare !== null && !namesNumber(rest, 0, bare[0].length); };
// A kind of information, named by what it is of (重点领域类, 重点领域信息).
const CATEGORY = new RegExp(`^[${HAN}]{0,6}(?:类(?:信息)?|领域(?:类|信息)?)$`, 'u');
const DOES = /^(?:公开|发布|涉及|围绕|聚焦|包括|推进|做好|加强|开展)/;
const HAD = /^(?:原有|现有)$/;

// "A、B、C等重点领域信息分别22条、34条、22条": 分别, then counts joined as the items before it are; a verb or a noun
// between 分别 and the first count (分别发布信息10条、20条) goes with each item.
const RESPECTIVELY = /分别(?:为|是|有|达到?)?([^\d０-９，,。；;：:、（()）\s]*)$/;
export const RUN_JOIN = new RegExp(`^\\s*(?:${LIST_JOINS.source})\\s*$`);
// The words the list of items ends with, after its last one: 等 and what the items are called (等重点领域信息).
const LIST_END = /等[^、]*$/;

/**
 * The labels of counts said 分别 (respectively) of the items listed before it: tokens[t…] are the counts from the
 * first after 分别, `from` where the words before the first start. One label per count of the run, each its item;
 * null where the run is not said so, or the items are not as many as the counts.
 */
export function respectiveLabels(text: string, from: number, tokens: readonly NumberToken[], t: number): string[] | null {
  const first = tokens[t]!, words = text.slice(from, first.at);
  const said = first.label === undefined && words.includes('分别') ? RESPECTIVELY.exec(words) : null;
  if (!said) return null;
  let n = 1;
  for (let next = tokens[t + 1]; next && next.label === undefined && next.unit === first.unit && RUN_JOIN.test(text.slice(tokens[t + n - 1]!.stop, next.at)); next = tokens[t + n]) n++;
  if (n < 2) return null;
  const at = first.at - said[0].length;
  const clause = clauseStart(text, at, from);
  const list = text.slice(clause, at).replace(/[\s\u3000]+/g, '');
  let items = list.split('、');
  // "A、B和C分别…": the last 和 joins the last item.
  if (items.length === n - 1) {
    const last = items.pop()!, join = LIST_JOINS.exec(last);
    items.push(...(join ? [last.slice(0, join.index), last.slice(join.index + join[0].length)] : [last]));
  }
  if (items.length !== n) return null;
  items[n - 1] = items[n - 1]!.replace(LIST_END, '');
  // The verb before the first item is said of them all (主动公开项目…、重大项目建设).
  items[0] = items[0]!.replace(LEADING_VERB, '');
  // So is the noun after the last of levels listed alone (在市级、县级媒体刊发文章和新闻报道分别达到8篇、15篇: zjqy-gtx-2020).
  const level = LEVEL.exec(items[n - 1]!)?.[0];
  if (level && items.slice(0, -1).every((item) => LEVEL_ALONE.test(item))) {
    const noun = items[n - 1]!.slice(level.length);
    items = items.map((item, k) => (k < n - 1 ? item.replace(/^在/, '') + noun : item));
  }
  // So are the scope before the first and the measure after the last (全省行政许可、行政处罚、行政强制决定数量分别为…,
  // gd-2022-trad): the last item's own name as long as the one before it, the rest theirs.
  const scope = SCOPE.exec(items[0]!)?.[0] ?? '';
  const last = items[n - 1]!, own = items[n - 2]!.length;
  const measure = last.length > own + 1 && MEASURE_AFTER.test(last) ? last.slice(own).replace(/^的/, '') : '';
  if (measure) items[n - 1] = last.slice(0, own);
  items = items.map((item, k) => (k > 0 && !item.startsWith(scope) ? scope : '') + item + measure);
  if (items.some((item) => item === '' || /[\d０-９]/.test(item))) return null;
  const labels = items.map((item) => labelBefore(item + said[1], 0, item.length + said[1]!.length));
  return labels.every((label) => label !== '') ? labels : null;
}
const SCOPE = new RegExp(`^(?:全[${LEVELS}]|各级|本级)`);
const GRADE = `(?:国家|中央|乡镇|[${LEVELS}]|村)级`;
const LEVEL = new RegExp(`^${GRADE}`);
const LEVEL_ALONE = new RegExp(`^在?${GRADE}$`);
const MEASURE_AFTER = /(?:数量|总数|件数|次数)$/;
const LEADING_VERB = new RegExp(`^(?:${TOTAL_GONG}[计有]?|全年|累计)*${PREDICATE.source}`);

/**
 * The word a count stands after in its clause (from `from`) where the noun after its unit is its label (制发3份规范性
 * 文件, 废止18份规范性文件; 行政许可717个办理项): what tells it from a count of the same noun done otherwise, or of
 * another kind; '' where there is none, or more than a few words.
 */
export function wordBefore(text: string, from: number, { at, stop, unit }: Pick<NumberToken, 'at' | 'stop' | 'unit'>): string {
  const clause = clauseStart(text, at, from);
  if (clause === at || labelAfter(text, stop, unit) === null) return '';
  const word = lastSegment(text.slice(clause, at).replace(/[\s\u3000]+/g, '').replace(OPENING, ''));
  return ONE_WORD.test(word) ? word : OPENED_OR_CLOSED.exec(word)?.[0] ?? '';
}
const ONE_WORD = new RegExp(`^[${HAN}]{2,6}$`, 'u');
// An account, a site or a body set up or closed, which ones named between the verb and the count (注销1家…政务新媒体，新增
// 区台湾工作部1家政务新媒体: pt-gwh-2023): the verb.
const OPENED_OR_CLOSED = /^(?:新增|新开通|开通|新建|注销|关停|关闭|撤销|撤并|整合)/;

/**
 * Who did what a count's `label` says, named before it in its clause (from `from`; brackets in it kept): 省政府及省直单位 of
 * 省政府及省直单位主动公开信息14.9万条; '' where the clause does not end in the label, or names no one in a few words.
 */
export function subjectBefore(text: string, from: number, at: number, label: string): string {
  let clause = at;
  while (clause > from && !SUBJECT_END.has(text.charCodeAt(clause - 1))) clause--;
  const words = text.slice(clause, at).replace(/[\s\u3000]+/g, '').replace(SHARE_LOST, '').replace(OPENING, '');
  if (!label || !words.endsWith(label)) return '';
  // 分别 says each of those named before did it (…专栏,分别发布相关信息130余条、100余条: mirror-yxjlzs-shangrao-2022), naming no one.
  const subject = words.slice(0, -label.length).replace(FILLERS, '').replace(MEANS, '').replace(/^分别$/, '');
  return SUBJECT.test(subject) ? subject : '';
}
// "利用委内OA系统将办公网络平台发布信息95条,…利用电子屏发布信息108条": what was used to do it, and the 将 that brings forward
// where it was done, lead to who or where did it: 办公网络平台, 电子屏.
const MEANS = /^(?:利用|通过|依托|借助)(?:[^将把]*[将把])?/;
const SUBJECT_END = new Set(Array.from('，,：:；;。！!？?', (ch) => ch.charCodeAt(0)));
// Subjects joined by 、 are one (区直、县直各单位主动公开政府信息1397条: pt-2012).
const SUBJECT = new RegExp(`^(?!、)[${HAN}（()）、]{2,14}(?<!、)$`, 'u');

/** The label from the clause before the number: text[from, to), from the previous figure or the sentence start. */
export function labelBefore(text: string, from: number, to: number): string {
  let clause = to;
  for (;;) {
    clause = clauseStart(text, clause, from);
    // "发布政务要闻、通知公告,工作动态等信息401条" (guizhou-jgsw-2023): a comma the page put for a 、 between a list's items
    // cuts no clause.
    if (COMMAS.has(text[clause - 1] ?? '') && clause - 1 > from && commaInList(text.slice(clauseStart(text, clause - 1, from), to))) {
      clause = clauseStart(text, clause - 1, from);
      continue;
    }
    // "政务(工作)动态类信息36条": a word or two in brackets inside the label is part of it.
    const opening = CLOSE_TO_OPEN[text[clause - 1] ?? ''];
    const open = opening ? text.lastIndexOf(opening, clause - 2) : -1;
    if (open <= from || clause === to || !INNER_WORDS.test(text.slice(open + 1, clause - 1)) || ONLY_COPULA.test(text.slice(clause, to).trim())) break;
    clause = open;
  }
  // A clause that runs on from the figure before it, or from an aside in brackets after it (328条(占比86.7%)与…):
  // from is then where its count stops (a unit, or the digit of a zero), not where the sentence starts (after its
  // end or a blank).
  const afterCount = (clause === from || ASIDE_AFTER.test(text.slice(from, clause))) && from > 0 && COUNT_END.test(text[from - 1]!);
  if (afterCount && ANGLE_ASIDE.test(text.slice(clause, to))) return '';
  const region = withoutHeading(text, from, clause, to).replace(/[\s\u3000]+/g, '').replace(EXAMPLES, '').replace(ACCOUNT_NAME, '').replace(SHARE_LOST, '').replace(afterCount ? OPENING_AFTER_COUNT : OPENING, '').replace(UNIT_LOST, '').replace(FIGURE_LOST, '').replace(LISTED_BEFORE, '').replace(LIST_COMMA, '、');
  // "开设政务微博(1个)": a count in brackets counts what stands before them; "行政复议：0件", what
  // stands before the colon, less the 情况 of an outline's item (1、主动公开政府信息的情况:40条: mirror-szdsmf-zhouqu-balengxiang-2021).
  if (region === '' && LEADS_IN.has(text[clause - 1] ?? '') && clause - 1 > from) return labelBefore(text, from, clause - 1).replace(LEAD_END, '');
  // "收取的费用（检索费、邮寄费等）为0元": an aside in brackets stands between the label and its number.
  // But a word or two in brackets right before the count says which of its kind it is: "重大民生信息(城乡建管)4条、
  // 重大民生信息(市政建设)4条" (scanju-zhj-2021) are two parts, not one named twice; a list there (检索费、邮寄费等) is an aside.
  const opening = CLOSE_TO_OPEN[text[clause - 1] ?? ''];
  if (opening && ONLY_COPULA.test(region)) {
    const open = text.lastIndexOf(opening, clause - 2);
    if (open > from) {
      const before = labelBefore(text, from, open);
      const inner = text.slice(open, clause);
      return region === '' && before !== '' && QUALIFIER.test(inner) ? before + inner : before;
    }
  }
  // "信息发布量由2013年的1128条增加到2014年的1887条": the later count goes on with what changed (an
  // empty label takes the one before; the earlier count is no figure, see changesFrom).
  if (CHANGE.test(region)) return '';
  const changed = region.replace(CHANGE_FROM, '');
  let label = lastSegment(changed).replace(SET_BEFORE, '').replace(CLOSING, '').replace(IN_THE_FORM, '').replace(NOT_CONCLUDED, '');
  if (label) label = (MEANS_GROUP.exec(changed.slice(0, changed.lastIndexOf(label)))?.[0] ?? '') + label;
  if (changed !== region) label = label.replace(BROUGHT, '');
  // A verb inside a quoted name (通过“石家庄教育发布”微信公众号发布信息) or a title (根据《…依申请公开答复模板》回复并办结, ncha-2022) is none. Where the words before the verb
  // name one channel, what was done through it or by it, the channel stays by its own name: the channels a
  // sentence or a 其中 lists are told apart by it (依托梅河口市政府网站主动公开信息 → 政府网站主动公开信息,
  // 园区微信公众号发布信息 → 微信公众号发布信息).
  const verb = PREDICATE.exec(label.replace(QUOTED, (quoted) => '〇'.repeat(quoted.length)).replace(TITLE, (title) => '〇'.repeat(title.length)));
  if (verb && verb.index > 0 && label.length - verb.index - verb[0].length >= 2 && !KEEPS_VERB.test(label.slice(0, verb.index))
    && !(MEASURE_ONLY.test(label.slice(verb.index + verb[0].length)) && !label.slice(0, verb.index).endsWith('的'))) {
    const head = label.slice(0, verb.index);
    // Unless the clause names several (专栏及我局政务网站主动公开…: the total of both); a group named after
    // 等 (通过微信、微博等政务新媒体发布…) is one.
    const before = region.slice(0, region.lastIndexOf(label));
    const own = oneChannel(head);
    const channel = own && (before.endsWith('等') ? own : oneChannel(before + head)) || NAMED_COLUMN.exec(head)?.[1];
    label = (channel && APP.test(channel) ? APP_NAMED.exec(head)?.[1] ?? channel : channel ?? '') + (ADDED.test(head) ? '新增' : '') + label.slice(verb.index);
  } else if (verb?.index === 0) {
    // "政府网站共发布信息100条", "“抚远发改”微信公众号,共发布信息216条": the channel, then only 共/全年 before the verb.
    const before = region.slice(0, region.lastIndexOf(label));
    const said = before === '' || ONLY_FILLERS.test(before) ? channelClauseBefore(text, from, clause) : before;
    if (said !== null && (CHANNEL_THEN_VERB.test(said) || (CHANNEL_OPENS.test(said) && !PREDICATE.test(said)))) label = (oneChannel(said) ?? '') + label;
    else label = (QUOTED_COLUMN_THEN_TOTAL.exec(before)?.[1] ?? SYSTEM_THEN_TOTAL.exec(before)?.[1] ?? '') + label;
  }
  label = QUOTED_NAME_THEN_VERB.exec(label)?.[1] ?? label;
  label = label.replace(QUOTED_SIDE_BY_SIDE, '、').replace(QUOTES, '').replace(OF_AT_ENDS, '').replace(RELATED, '').replace(ITEMS_OF_APPLICATION, '').replace(DONE_MARK, '').replace(STAFFED, '').replace(PUT_UP, '').replace(MEASURED_TWICE, '数');
  label = withoutMeans(label);
  // "印发市政府信息主动公开基本目录,内容涵盖11大类140余项" (qingdao-2019-zjtcn): the words that open a list, the list not said,
  // name nothing: the clause before does.
  if (LIST_HEAD_ALONE.test(label)) label = '';
  // "通过区政府门户网站公开镇财政信息,1条": a number alone in its clause counts what the clause before says.
  // "公示全省…客货运输量统计数据,共计24条信息": so does one that counts information and says no more of it.
  if ((label === '' || (GENERAL_NOUN.test(label) && GENERAL_NOUN.test(region.replace(FILLERS, '')))) && COMMAS.has(text[clause - 1] ?? '') && clause - 1 > from) {
    // "主动公开各类信息，包括工作动态、通知公告等，共计287条": a list of kinds between, no count in it, names no
    // noun of the total; the clause before it does.
    const list = clauseStart(text, clause - 1, from);
    if (kindsListed(text.slice(list, clause - 1)) && COMMAS.has(text[list - 1] ?? '') && list - 1 > from) return labelBefore(text, from, list - 1) || label;
    return labelBefore(text, from, clause - 1) || label;
  }
  // "分两次对…结果信息进行公开": 分 says the work was done in so many goes, not what they were.
  return label === '分' ? '' : label;
}

// "含2020年未办结结转5件" (xiamen-xiangan-2021): carried over because not concluded says only why; what is counted is what
// was carried (结转), not what was concluded (办结).
const NOT_CONCLUDED = /未办结的?(?=结转)/;

// A comma between a list's items (…、通知公告,工作动态等信息…): an item after a 、, then one of no verb closed by 等 and
// the kind they are; not a clause's own 等 that a total follows (…培训,参训人员等共计200人次: 参训人员 is what was counted).
const LIST_COMMA = new RegExp(`(?<=、[${HAN}]{2,10})[，,](?=([${HAN}]{2,10})等(?!${TOTAL_GONG}|[合总累]计)[^、，,]*$)`, 'u');
function commaInList(words: string): boolean {
  const item = LIST_COMMA.exec(words)?.[1];
  return item !== undefined && !PREDICATE.test(item) && !DOES_TO_LIST.test(item);
}

/**
 * What the lead before a list's colon says the list is of (门户网站发布信息情况：工作动态100条、…，共计120条 → 门户网站
 * 发布信息), from `from` to the colon before `to`: the label of the total said after the list by its word alone; '' where no
 * colon leads the list.
 */
export function leadLabel(text: string, from: number, to: number): string {
  const colon = Math.max(text.lastIndexOf('：', to - 1), text.lastIndexOf(':', to - 1));
  return colon > from ? labelBefore(text, from, colon).replace(LEAD_END, '') : '';
}
const LEAD_END = /(?<=.)的?情况$/;

const COUNT_END = /[\p{L}\p{N}]/u;
// "落实专职工作人员1名", "明确了信息员一名", "确定工作人员2名": the staff were assigned; what is counted is the staff.
const STAFFED = new RegExp(`^(?:落实|配备|配齐|明确|确定|指定|安排)了?(?=[${HAN}]{2})`, 'u');
// "在场镇中心路段设置了政府信息公开栏4处" (guangyuan-cangxi-wenchang-2022): what was put up where is counted by what it is,
// not by where nor that it was put up.
const PUT_UP = new RegExp(`^(?:在[^，,。；;]{1,16}?)?(?:设置|设立|增设|新设|安装)了?(?=[${HAN}]{2})`, 'u');
// "政府网站主动公开了政府信息", "网上公开了21件" (zibo-zhongbu-2020): 了 marks the verb done, no part of what was counted.
const DONE_MARK = new RegExp(`(?<=公开|发布|推送|受理|收到|接到|办结|答复|办理|处理|制发|印发|开展|举办|召开|完成|更新|上传|转载|报送)了(?=[${HAN}]|$)`, 'gu');
// "公开信息数总数163条" (benxi-wsjkw-2021): a measure said twice is said once.
const MEASURED_TWICE = /数总数$/;
// A list's 、 right before the number ends the item before it, no part of this count's label.
export const LISTED_BEFORE = /、\s*$/;
// Words before a verb that make the verb part of what is counted: a count over the years (历年…), the kind
// that holds the rest (其他应主动公开政府信息856条: not all that was 主动公开), or the form it was kept in (其中全文电子化
// 主动公开信息35条: not all of the 37).
const KEEPS_VERB = /历年|^其[他它]|全文电子化/;
// A site's column by its own name (政府信息公开专栏, 环境违法行为曝光台, 基层政务公开标准化规范化专题), or a channel by its own
// name (金昌市政府政务公开平台, 台州气象网): what was published there is told apart by it from the kinds and channels listed
// beside it (guizhou-jgsw-2020, xam-sthjj-2022, gs-jinchang-tjj-2024); the words that lead to it (the last 通过 or 在) and
// whoever did it before them (水务集团在桐乡市政府信息公开平台…: tx-shuiwu-2024) are none of it; a list of several (…专栏和…平台)
// is no one name, nor is 平台 alone (通过平台发布信息: nrgd-2019), nor 互联网, nor a clause holding a 的 or a word that leads
// to a channel (在局领导的重视下政务公开平台…, 在岗在编人员通过平台…; 在 as 在岗, 在编, 在建 leads to none). So is a 栏目 by its
// quoted name (chengbei-fuan-2011: “机构设置”栏目发布信息3条；“工作动态”栏目发布信息30条).
// 在 as a preposition: 在线, 在职, 在编, 在岗, 在建 are words of their own (the issuer's overview reads its 在 so too).
export const AT = '在(?![线职编岗建])';
const LEADS_TO_CHANNEL = `通过|${AT}|依托|利用|借助`;
// "通过政务公开栏公开政府信息", "在村公示栏公开政府相关工作", "通过其他方式公开…", "在…政务微博公布信息" (guizhou-jgsw-2023): the word that leads to the channel or way
// is none of what was counted, as 依托…网站主动公开 reads above (政务公开栏公开政府信息); not where no verb follows (在审, 在答复
// 限期内), nor 通过 that passes a check (通过审核, 通过考核, 通过认定, 通过复核, 通过备案, 通过合法性审查: what passed is what was
// counted), nor words that lead to it twice (通过信息报送在市政府网站公开: how it got there too).
const PASSED = '审|评|验|考[核试评]|认定|复[核查审]|备案|核[查准实验]|检[查测验]|鉴定|合法性|公平竞争';
const MEANS_FIRST = new RegExp(`^(?:${LEADS_TO_CHANNEL})(?!${PASSED})(?=(.+)(?:公开|公布|发布|推送|回应|公示|更新))`);
const MEANS_WITHIN = new RegExp(LEADS_TO_CHANNEL);
function withoutMeans(label: string): string {
  const means = MEANS_FIRST.exec(label);
  return means && !MEANS_WITHIN.test(means[1]!) ? label.slice(means[0].length) : label;
}
// "其中“街道动态”公开发布99条,“自身党建”公开37条" (xiaobanqiao-2018): a column by its quoted name and no more than the verb
// that put the count there: the count is the column's, named by it.
const QUOTED_NAME_THEN_VERB = /^[“"「]([^“”"「」]{2,14})[”"」](?:公开|发布|公布)+$/;
const QUOTED_COLUMN = '[“"「][^“”"「」]{2,14}[”"」]栏目';
const NAMED_COLUMN = new RegExp(`^(?:.*(?:${LEADS_TO_CHANNEL}))?((?:(?![和及与或等的]|${LEADS_TO_CHANNEL})[${HAN}]){2,14}(?:专栏|专题|曝光台|平台|(?<![联域])网)|${QUOTED_COLUMN})$`, 'u');
// An app is one only by its name (在大美仁寿APP公开发布内容26条: renshou-zhongxiang-2019), as a website or an account is by
// what it is.
const APP = /^(?:APP|app|客户端)$/;
const APP_NAMED = new RegExp(`^(?:.*(?:${LEADS_TO_CHANNEL}))?((?:(?!${LEADS_TO_CHANNEL})[${HAN}]){2,8}(?:APP|app|客户端))`, 'u');
// …and what the year added, right before the verb, stays with it, without whoever added it (累计…5928条,其中,本年度新增主动
// 公开政府信息2110条: not all that was 主动公开; 全市新增主动公开政府信息 → 新增主动公开政府信息).
const ADDED = /新增$/;
// …and a measure alone after it: what it measures is named before the verb (规范性文件发布数量0条; not 对依申请公开的答复
// 总数, where the words before say what it was done to).
const MEASURE_ONLY = /^(?:数量?|总数|量)$/;
// "所有办结的信息公开申请中同意公开答复9件", "全年主动公开信息中政策文件信息18条", "在已公开信息当中公告、新闻动态类信息…": the
// set the count is taken from (…申请中, …信息中, …当中) is no part of what it counts: that is what follows it (中心, 中央 … open words of their own; 中止, 中途, 中断 and 中转
// say what became of them: 3件申请中止办理).
const AMONG = '中(?![心央国华共介医期学小止途断转])';
const SET_BEFORE = new RegExp(`^[^中]*?(?:申请|信息|案件)当?${AMONG}(?=[${HAN}]{2})`, 'u');
const CHANNEL_FILLERS = '(?:共计?|累[计积]|全年|今年|本年度?)';
// A 栏目 by its quoted name before 共 and the verb (“财政预算-决算”栏目共发布消息2条: jkh-xiang-2016) is named as it is
// right before the verb.
const QUOTED_COLUMN_THEN_TOTAL = new RegExp(`(${QUOTED_COLUMN})${CHANNEL_FILLERS}+$`);
const ONLY_FILLERS = new RegExp(`^${CHANNEL_FILLERS}+$`);
// …and so is an online system taking applications by its own name (政府信息依申请公开系统共收到1宗信息: kaiping-shatang-2016):
// what it received, applied for, is no information published.
const SYSTEM_THEN_TOTAL = new RegExp(`((?:依申请公开|信息公开申请|网上申请)[${HAN}]{0,4}?系统)${CHANNEL_FILLERS}*$`, 'u');
// "通过政府网站公开政府信息1600条;…利用宣传车公开栏等方式公开各类政府信息453条": the means, named as a group, are
// no filler: they tell what was done through them from what was done through the channels beside them.
const MEANS_GROUP = /(?:利用|通过|依托|借助)[^，,。；;：:]{1,12}等(?:方式|渠道|途径|平台|形式|载体)$/;
// "其中通过文字、图解、领导解读、召开新闻发布的形式解读文件32件" (xiaogan-szfb-2020): the form it was done in, said with its 的,
// is how, not what was counted (a verb in it, 召开, none of the label's); means listed with 等 are MEANS_GROUP's.
// After 以 a form needs no 的 (以图文形式解读政策文件7篇: huludao-gxq-2024); a way without one is a channel's name
// (其他方式公开政府信息数: shulan-tiande-2014).
const IN_THE_FORM = new RegExp(`^(?:(?:通过|以|采用|采取)[^，,。；;：:]{1,24}?的(?:形式|方式)|以[^，,。；;：:的]{1,24}?形式)(?=[${HAN}]{2})`, 'u');
// The channel's account may be named (微博账号累计推送信息792条: bbwb-2022), or its platform (旗人民政府微信公众平台共发布
// 信息370条: zlq-2021; “香水书院”抖音号累计发布信息41条: xncz-wtlkj-2023).
const CHANNEL_THEN_VERB = new RegExp(`(?:${CHANNEL.source})(?:公众)?(?:平台|[账帐]?号)?[”"]?${CHANNEL_FILLERS}*$`);
// …or the clause before opens with the channel, its subject, and publishes nothing else (活力安镇微信公众号保持常态化运营,全年
// 发布信息502篇: wuxi-xishan-anzhen-2025); not with where something else was done (在全国省级政府网站率先建立“…”专栏,发布…),
// nor with the channel as what was tended (规范政务新媒体运营,全年主动公开政府信息…: the count is no more the channel's).
const TENDED = '加强|规范|优化|完善|强化|整合|关停|清理|做好|提升|推进|用好|管好|办好';
const CHANNEL_OPENS = new RegExp(`^(?:(?!${LEADS_TO_CHANNEL}|${TENDED})[${HAN}“”"]){0,12}?(?:${CHANNEL.source})(?:公众)?(?:平台|[账帐]?号)?[”"]?(?=[${HAN}])`, 'u');

/** The clause before a comma at text[clause - 1], back to `from`, where it names no count: what it may be the subject of. */
function channelClauseBefore(text: string, from: number, clause: number): string | null {
  if (!COMMAS.has(text[clause - 1] ?? '')) return null;
  let start = clause - 1;
  while (start > from && !CLAUSE_END.has(text.charCodeAt(start - 1))) start--;
  const words = text.slice(start, clause - 1);
  // A date's digits are no count (9月份开通葫芦岛高新区公众号,发布信息64条: huludao-gxq-2024).
  return /[\d０-９]/.test(words.replace(DATE_PART, '')) ? null : words;
}
const DATE_PART = /[\d０-９]{1,4}\s?(?:年|月份?|日)/g;
// "推送信息1363微博发布信息1155条": a number right after what it counts is a count whose unit a copy lost, and the
// label starts after it (12345热线 and 12316农业信息平台 name their numbers); so does a year there, a heading's words
// run on into the sentence under it ((一)主动公开政府信息的数量2022年制作、获取政府信息总数473条).
const UNIT_LOST = /^.*(?:信息|数量?)(?:[\d０-９]+(?![\d０-９.．%％年])|(?:19|20)\d{2}年度?)/;
// "部门概况类信息条、政策文件类信息14条" (xingan-aes-yjj-2020): a list's item whose figure the page lost, its unit right after
// what it counts, is none of the next count's label, which starts after its 、.
export const LOST_FIGURE = /(?:信息|文件|类)[条件篇项]、/;
const FIGURE_LOST = new RegExp(`^.*${LOST_FIGURE.source}`);
// "…65781条,占66.42%通过政府公报公开64条": the share of the count before, where the page lost the comma after it, is
// none of the next count's label, which starts after it.
const SHARE_LOST = /^.*占比?[\d０-９.．]+[%％]/;
// Examples in brackets (政务新媒体(微信公众号等)): the label is what they are examples of.
const EXAMPLES = /[（(][^（()）]*等[)）]/g;
// An account's name or id in brackets after its channel (通过政务微信(“浙江瓜沥”)公开政府信息, 政务微信订阅号“印象理合务”
// (微信号:lhwz4822006)公开政府信息): the channel names it.
const ACCOUNT = '[“"「][^“”"「」（()）]{1,16}[”"」]|(?:微信|微博|公众)?(?:号|账号|帐号)[:：]\\s*[\\w.@-]{1,32}';
const ACCOUNT_NAME = new RegExp(`[（(](?:${ACCOUNT})[)）]`, 'g');

/** text[clause, to) without a marked heading run on into the paragraph under it, a blank between (三、回应解读情况 回应公众关注热点或重大舆情数2次). */
function withoutHeading(text: string, from: number, clause: number, to: number): string {
  const words = text.slice(clause, to);
  const heading = HEADING_RUN_ON.exec(words);
  return heading && (heading[1] || MARKED_BEFORE.test(text.slice(Math.max(from, clause - 6), clause))) ? words.slice(heading[0].length) : words;
}
// Its marker, or one in brackets right before the clause (（三）回应解读情况 …: a bracket ends a clause).
const HEADING_RUN_ON = /^\s*((?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])?)[^\s，,。；;：:、\d０-９]{2,16}[\s\u3000]+(?=\S)/;
const MARKED_BEFORE = /[(（][一二三四五六七八九十]{1,3}[)）]\s*$/;
const ASIDE_AFTER = /^\s*[（(][^（()）]*[)）]$/;
// A word in angle brackets right after a count (政务微信公开269次<天>1189条: gz-sandu-2022) is an aside on it, as one in
// round brackets is: the count after it has no words of its own.
const ANGLE_ASIDE = new RegExp(`^\\s*[<〈][${HAN}]{1,4}[>〉]\\s*$`, 'u');
const CLOSE_TO_OPEN: Record<string, string> = { '）': '（', ')': '(' };
const LEADS_IN = new Set(['（', '(', '：', ':', '=', '＝']);
// What brackets inside a label hold: a word or two, or an account's name in quotes; no figures, no list.
const INNER_WORDS = new RegExp(`^(?:[${HAN}]{1,6}|${ACCOUNT})$`, 'u');
const ONLY_COPULA = /^(?:为|是|达到?|共计?|合计|计)?$/;
// …but not the count's measure, as a table's head pasted into the text gives it (音乐教师培训（人次）, 培训费用（万元）, 信息(条数)).
const QUALIFIER = new RegExp(`^[（(](?!(?:${UNITS}|[${HAN}]{1,4}数|单位)[)）])[${HAN}]{2,6}[)）]$`, 'u');
// Quotation marks around a name ("同意公开"的7件) and the 的 that ties it to its number, or that a filler
// left (…社会保障等的政务动态 → 政务动态).
const QUOTES = /[“”"‘’「」]/g;
// Names quoted side by side (办理“12345”“12366”各类工单) are two: without their quotes they would run into one.
const QUOTED_SIDE_BY_SIDE = /[”"」]\s*[“"「]/g;
const QUOTED = /“[^“”]*”|"[^"]*"|「[^「」]*」/g;
/** The words with each quoted name's own hidden (〇 for each character), its quotes kept where they stand. */
const namesHidden = (words: string) => words.replace(QUOTED, (q) => q[0] + '〇'.repeat(q.length - 2) + q[q.length - 1]);
const OF_AT_ENDS = /^的|的$/g;
// "针对我局有关的行政复议案0件" (izibackup-wwj-2017-spam): 有关的 left by what it related to (我局, a filler) says nothing.
const RELATED = new RegExp(`^(?:有关|相关)的(?=[${HAN}]{2})`, 'u');
// "收到…政府信息公开申请件2件": 申请件 is the applications, counted by the unit after them.
const ITEMS_OF_APPLICATION = /(?<=申请)件$/;
const COMMAS = new Set(['，', ',']);
// A count that goes on from the one before: 增加到…, 减少至…
// Verbs of change, before a count (增加到16个) or after one (8个增加到…).
const CHANGE_VERBS = '增加|增长|减少|下降|上升|提高|降低|增|减';
// …and those that say what a count was brought to, only with where to (由年初38个压缩至20个, 精简为45项).
const BROUGHT_TO = '(?:压缩|压减|精简|缩减|削减|缩短|扩大|提升|降|升)(?:到|至|为)';
const CHANGE = new RegExp(`^(?:(?:${CHANGE_VERBS})(?:到|至|为)|${BROUGHT_TO})`);
// Where a change starts, after what changed: 功能版块由原来的, 信息发布量由, 受理申请比上年的, 较2013年的, 事项由年初,
// 材料由2019年底的; 比/较 only before what is compared with (not 占比, nor 开展政务公开评比).
const CHANGE_FROM = /(?:由|从|(?<![占对相])(?:比|较)(?=原来|原先|去年|上|同期|\d{4}年))(?:原来|原先|去年|上年度?|上一年度?|\d{4}年度?)?(?:全年|同期|年?[初底末])?的?$/;
// "将审批事项从38项减少到21项": what is changed, after the 将 or 把 that brings it forward.
const BROUGHT = new RegExp(`^[将把](?=[${HAN}]{2})`, 'u');

/** Whether the count ending at text[stop] is the earlier one of a change (由原来的8个增加到16个): not the year's. */
export function changesFrom(text: string, stop: number): boolean {
  return CHANGE.test(text.slice(stop, stop + 8).trimStart());
}
// A stretch that says nothing of what is counted: 2013年的 leaves 的.
// So does a verb that only leads to the number: 点击量已达29131次 counts 点击量.
const CONNECTIVE = /^(?:的|由|从|到|至|为|是|达到?|即达|计)$/;

// A verb alone says what was done, not to what: "疫情防控新闻发布会累计举行151场" counts 发布会,
// "行政许可共处理决定62起" 行政许可, "重点项目共公开63条" 重点项目; but after a body, which did it, the verb stays:
// "区政府本级共受理206件" counts what the body received, not the body.
export const ACTIVITY = '举行|举办|召开|开展|组织|发布|公开|公布|受理|收到|接到|办理|办结|答复|处理(?:决定)?|接待|参加|出台|印发|制发|回应';
const VERB_ONLY = new RegExp(`^(?:${ACTIVITY})$`);
/** Whether a label is a verb alone (办理), which says what was done, not to what. */
export const isVerbOnly = (label: string) => VERB_ONLY.test(label);
// A measure of what is named before the year it is of, as the tables word it: 行政处罚本年处理决定数量 →
// 行政处罚处理决定数量 (not 主动公开数据 2016年主动公开政府信息数: a year after a heading starts anew).
const MEASURE = /(?:数量?|总数|量)$/;
const THIS_YEAR = /^本年度?$/;
const JOINED_BY = /(?:和|及|与|以及)$/;
const OURS = new RegExp(`^我(?:${BODY_WORDS})$`);
const DONE_TO_OURS = new RegExp(`(?:${ACTIVITY}|报送|上报|推送)$`);
// …or its year (行政许可2022年处理决定数量), where the measure names no act of its own (主动公开政府信息数 does).
const A_YEAR = /^(?:19|20)\d{2}年度?$/;

// A title (《2021年政务公开工作要点》, 《中华人民共和国…条例》) is one word of the label: no filler inside it.
const TITLE = /《[^《》]*》/g;

// A clause that lists kinds of what was counted: opening with 包括, 涵盖 … (主要包括…, 内容涵盖…), or items set apart by 、
// closed with 等 (工作动态、通知公告等方面) from its first item on — not where a verb leads the list (在门户网站公开财政预算、
// 决算等信息): that clause says what was done and counted.
const LIST_HEAD = /^(?:其中|主要|内容|具体)*(?:包括|包含|涵盖|涉及)/;
const LIST_HEAD_ALONE = new RegExp(`${LIST_HEAD.source}了?$`);
const ITEMS_CLOSED = /、[^，,、]+等(?:方面|内容|类别?|领域|信息)?$/;
const DOES_TO_LIST = /(?<!政务|信息)(?:公开|公示|发布|推送|更新)/;
function kindsListed(clause: string): boolean {
  if (LIST_HEAD.test(clause)) return true;
  const first = clause.split('、')[0]!;
  return ITEMS_CLOSED.test(clause) && !PREDICATE.test(first) && !DOES_TO_LIST.test(first);
}

// "主动公开疫情防控数据、财政数据、…、交易监管等政府信息7074条" (baokang-2020): the items a verb leads before 等 are examples of
// the information it published; the count is of what the verb was done to, as a researcher writes it (主动公开政府信息).
const VERB_LEADS_LIST = new RegExp(`^(.*?(?:${DOES_TO_LIST.source})+)(?=[^、]+、)`);
// Manners before that verb say how it was done (依法、及时向社会公开…: chengkou-xzfjg-2020; 门户网站及时公开…), no items of
// the label: opening the words, or right before the verb.
const HOW = '(?:依法|及时|准确|全面|规范)';
const MANNERS = new RegExp(`^(?:${HOW}、?)+|(?:${HOW}、?)+(?=(?:${DOES_TO_LIST.source})+$)`);
/**
 * The words before a list of examples a verb leads (`before`, the list up to its 等), the list cut: null where no verb
 * leads one. Two items (or three: FEW_ITEMS) before information alone (`noun`) are what it is, not examples of it: they
 * stay (主动公开财政预算、决算等信息42条: the 42 are the budgets and accounts; 主动公开信息 would lose it); a kind's own name (等重点领域信息) says
 * what without them.
 */
function examplesCut(before: string, noun = ''): string | null {
  const led = VERB_LEADS_LIST.exec(before)?.[1];
  if (led === undefined) return null;
  const list = before.slice(led.length);
  const verb = led.replace(MANNERS, '');
  const kept = GENERAL_NOUN.test(noun) && (TWO_ITEMS.test(list) || (noun === '信息' && VERB_ALONE.test(verb) && FEW_ITEMS.test(list)));
  return verb + (kept ? `${list}等` : '');
}
// Two short items: a longer one ran into another where the page lost their 、 (公开政府动态信息通知公告、政策法规等信息: yj-qiaoxia-2017).
const ITEM = `[${HAN}]{2,6}`;
const TWO_ITEMS = new RegExp(`^${ITEM}、${ITEM}$`, 'u');
// Three, where the verb alone would be left before 信息 (其中发布政务要闻、通知公告,工作动态等信息401条: guizhou-jgsw-2023, beside
// 政府信息公开专栏发布信息79条): 发布信息 names nothing, no channel, no kind; the list is the only name the count has.
// (发布…等政府信息 counts the 条例's kind; 门户网站公开…等信息 has its channel.)
const FEW_ITEMS = new RegExp(`^${ITEM}(?:、${ITEM}){1,2}$`, 'u');
const VERB_ALONE = new RegExp(`^(?:${DOES_TO_LIST.source})+$`);

/** The last stretch of text between FILLERS that says what is counted. */
function lastSegment(region: string): string {
  let best = '', before = '', filler = '', between = '', start = 0;
  const titles = region.includes('《') ? [...region.matchAll(TITLE)] : [];
  FILLERS.lastIndex = 0;
  for (let m = FILLERS.exec(region); ; m = FILLERS.exec(region)) {
    if (m && titles.some((t) => m!.index > t.index && m!.index < t.index + t[0].length)) continue;
    const end = m ? m.index : region.length;
    if (end > start) {
      const segment = region.slice(start, end);
      if (!CONNECTIVE.test(segment)) { before = best; best = segment; between = filler; }
    }
    if (!m) break;
    start = m.index + m[0].length;
    filler = m[0];
  }
  // "主动公开政府信息公开目录和我局专题专栏共188条" (51wts-pjfgj-2024): 我局 after 和 says whose the second thing named
  // is; the label is both, not the second alone.
  if (before && JOINED_BY.test(before) && OURS.test(between)) return before + best;
  // "向市政府门户网站报送我区政务信息88条" (dalian-gxq-2024): 我区 after a verb says whose the thing it was done to is; what was
  // done to it, and where, stays.
  if (before && OURS.test(between) && DONE_TO_OURS.test(before)) return before + best;
  if (before && MEASURE.test(best) && (THIS_YEAR.test(between) || (A_YEAR.test(between) && PREDICATE.exec(best)?.index !== 0))) return before + best;
  // "行政许事项本年新增21项" (会同县林业局 2020): what the year added says nothing without what it was added to.
  if (before && CHANGE_ALONE.test(best) && THIS_YEAR.test(between)) return before + best;
  // "累计对外公示2021年政务135条": a noun of two characters after the year it is of says little alone; what was done to it,
  // before the year, says what is counted.
  if (before && A_YEAR.test(between) && best.length <= 2) return before + best;
  // "…财政预决算信息等内容139条" (jl-zsj-2024): 内容 after a list says no more than 信息 does.
  // "财政资金管理使用情况等信息52条", "…补助等类信息0条", "…筹资酬劳等情况类信息0条": information alone says nothing; what it
  // is of, before 等, does. So for the 条例's categories: "扶贫、教育…促进就业等方面的政策、措施及其实施情况", "环境保护与安全
  // 生产等重点领域类".
  // Only the 条例's categories (…等方面的…情况): not "…通知公告等方面的信息", "公开教育、医疗等方面的政策文件", "涉及民生等方面的
  // 申请", where what the list is of says it. A list a verb of publishing leads is its examples, cut as from 政府信息 (公开了财政、
  // 人事等重点领域信息: 公开重点领域信息, as 主动公开…等重点领域信息 is 主动公开重点领域信息); one another verb leads is not
  // the kind's name (涉及财政、人事等重点领域信息: 重点领域信息).
  if (before && (/^等类?$/.test(between) ? GENERAL_NOUN.test(best) || best === '内容' || (CATEGORY.test(best) && (!DOES.test(before) || examplesCut(before) !== null)) : between === '等方面' && /^的.*情况(?:类(?:信息)?)?$/.test(best.replace(CLOSING, '')))) {
    const cut = between === '等' && best !== '内容' ? examplesCut(before, best) : null;
    return cut === null ? before + between + best : cut + best;
  }
  // "其他类累计信息共计844条": information alone says nothing; the kind before the word that sums it up does.
  if (before && GENERAL_NOUN.test(best) && SUMMED_UP.test(between)) return before + best;
  if (!before || !VERB_ONLY.test(best)) return best;
  return BODY.test(before) ? before + best : before;
}
const SUMMED_UP = /^(?:累[计积]|共计?|总计|合计)$/;
const CHANGE_ALONE = /^(?:新增|增加|减少)$/;

// After the unit, a label follows only where a noun does: not 并/均/全部/按时 …, which go on the sentence, nor
// a ranking (1200条位居全市前5位), nor what the people counted after their noun do (专人1名具体负责…), nor the means
// of the next clause where the page lost its comma (刊发政策及工作信息178条利用船山公安微信…); 其他 opens a kind of its
// own (1宗其他结果); nor what a list is said to be of where the page lost the comma before it (其他类型信息36条主要涉及…).
const GOES_ON = new RegExp(`^(?:具体(?=负责|承办|办理|从事|承担)|主要(?:涉及|包括|包含|涵盖)|位居|位列|名列|排名|排在|利用|依托|借助|通过|并|均|全部|全都|已|都|其(?![他它])|同(?!志|事)|较|比|占|共|按|以|的|在(?!线|职)|至|到|和|及|与|或|等|左右|${AMONG}|内(?!容[，,。；;、])|后|前|里|来|间|${CHANGE_VERBS}|${BROUGHT_TO})`);
// Words that end a following label (30余家单位开展… → 单位, 1名工作人员作为… → 工作人员, 11个…大厅同步设立… →
// …大厅, 37个子项进入… → 子项, 3个查询中心配齐… → 查询中心); 具体 only after one (1名工作人员具体负责…, but 25项具体工作措施).
// A verb marked done (区直单位公开了…, 市政府部门和单位检查了…), and 分管/主管 (1名副职领导分管…). 结转到下年度
// keeps where it goes (23件申请结转到下年度继续办理). 做好 opens what they were led to do (18个市县做好预算公开工作), 包括 what
// they hold (10类个人包括57个主题事项). 全部 and 加强 go on with what they did (79个预算部门全部完成…,
// 15家政府网站加强…信息…公开); so does 加大 where the page lost the stop after the count (规范性文件47件加大政策解读力度:
// qingdao-szf-2024). 发布 closing the clause says what was done through them (13个子栏目发布). 兼职/专职
// after the people say how they work (3名工作人员兼职负责…); before them, what kind they are (1名信息公开专职工作人员).
// A total's or the year's word opens what they did (3115名服务代表全年共受理…), not inside the noun after the count
// (5个军民共建示范点, 共用平台, 年度总计划; 共建成/共建立 still total); so does 参与 after people (3115名服务代表参与政务服务),
// not where it is part of the noun (8场公众参与活动, 1200名公众参与人员). So do words that say how it was done (平潭
// 2015, 2018: 20多家预算部门都已对外公布…, 389套房子顺利找到…, 30多个区直单位一并公开…: 一并 whole; 14项重大决策事项逐一列明…,
// 29项公开挂牌督办事项定期在…公开: qingdao-2019-zjtcn).
// 在 says where they did it, but not inside 正在, 存在 or 所在, nor 为 inside 行为 (56家存在违法行为, 北京市民政局 2019).
// 予以 says what was done to them (5个…政务新媒体予以关停注销: 平潭 2024).
// 及 joins the next thing named, but not inside 涉及, 以及, 普及, 危及, 不及, nor as 及时 (timely, said or not: 5家维护更新
// 不及时的政务新媒体, pt-gwh-2022; 3家更新及时的网站).
const AFTER_STOP_SOURCE = `(?<=[${HAN}]{2})(?:全年|${TOTAL_GONG}(?!建(?![成立设])|用)[计有]?|累计|合计|总计(?!划))|`
  + `(?<=[${HAN}]{2})发布$|(?<=[${HAN}]{2})(?:逐一|逐项|定期)|(?<=[${HAN}]{2})公布(?![会栏])|进行|开展|(?<=.)做好|(?<=.)包括|(?<=.)配[齐备置]|(?<!相)结合|同步|同时|[进纳列录接]入|参加|实施|(?<!无法)提供|实现|开设|通过|进一步|按照|根据|顺延|(?<=.)具体|(?<=人员|同志|干部)(?:兼职|专职)|负责|加强|加大|(?<=.)全部|(?<=.)[分主]管|继续|承担|从事|担任|调整|完善|完成|分别|已|一?并|都(?=已|能|将|按|要|可|会)|(?<=.)顺利|(?<![涉以普危不])及(?!时)|(?<![参给授])与|均|即|超|达|作为|(?<!行)为|是|向|对|(?<!结转)(?:至|到)|(?<![正存所])在(?!线|职)|(?<=[${HAN}]{2})予以|(?<=.)[${HAN}]{2}了(?!解)`;
const AFTER_STOP = new RegExp(AFTER_STOP_SOURCE, 'u');
const AFTER_STOP_PEOPLE = new RegExp(`${AFTER_STOP_SOURCE}|参与(?!.*(?:人员|者|群众|人数)$)`, 'u');
// What the thing counted is about, said before it: 针对…的, 关于…的, 对于…的.
const ABOUT = /^(?:针对|关于|对于)/;
// What joins it to the next count: 1名专职人员和2名兼职工作人员.
const JOINS_NEXT = /[和或]$/;
const MAX_AFTER = 16;
const HOW_ONLY = /^(?:专门|统一|集中)$/;
const SOME_APPLICATIONS = /^([^\d，,。；;：:、（()）\s]{0,8}?(?:申请(?:案件)?|案件))(?:(?:按照|根据|依照|依据)《[^》]*》)?((?:顺延|延期|收取|转交|移送|转送)[^\d，,。；;：:、（()）\s]{0,10})/;
// Bodies: a count of 家/个 names them before a 的 (…机构的政务专网), what they have not being what is counted; and
// they do what a verb alone says (区政府本级共受理).
const BODIES = '机构|机关|单位|部门|政府|本级|企业|医院|学校|中心|公司|协会|商会|乡镇|街道|办事处|社区';
const BODY = new RegExp(`(?:${BODIES})$`);
// What was done to them, however said (3件已按照相关要求进行书面回复, 19件已按照规定时限和程序依法依规进行了答复, 2件均已按时
// 办结, 其中1件已撤回).
const DONE_AFTER = /^(?:均已|已经?|正在|按期|按时|逾期|延期)[^\d，,。；;：:、（()）]{0,18}?(?:办结|答复|回复|办理|处理|公开|受理|撤回|撤诉|审结|结案)/;
// "1件还在答复限期内", "审结2件、0件在审" (zhongshan-gangkou-2024): those still being handled, said after them (还 no label).
const PENDING_AFTER = /^(?:还|仍|尚)?(在(?:审(?![核批查计])|(?:办理|处理|审理)中|答复(?:期限|限期)内))/;
// "4件为不予公开，1件为不予处理", "2件为属于行政查询事项": what they were, said after them, or what those who did
// something were (7起申请政府信息公开的为自然人) (均为 goes on the sentence: 申请5件均为自然人申请 counts applications).
// So is where they came from (其中2件来自上一年度结转: hangzhou-binjiang-zfb-2024).
const WERE = new RegExp(`^(?:[${HAN}]{1,12}?的)?(?:为|是|来自)(?:属于)?`, 'u');
// Items by their own name before a 的 are what is counted, what follows being theirs (57个主题事项的快速便捷查询政策,
// beijing-2019; 10类主动公开内容的目录, yongchun-chengxiang-2016: kinds of the content, the 目录 theirs).
const ITEMS = /(?:事项|项目|政府信息|内容)$/;
const APPLIED_FOR = new RegExp(`^(?:要求|申请)公开[${HAN}]{2,8}的申请$`, 'u');
// A list of what people are, 、 between, closed by 的 (政治素质高、责任心强的): no digit in it (1名科员、2名…); or what
// bodies or things are (5个发挥作用不明显、基层无力维护的政务新媒体: 平潭 2024), not a list of the bodies themselves, which
// are what is counted, the list whole (5个乡镇、街道的专栏: 乡镇、街道; 3个住建、交通等部门的网站: 住建、交通等部门).
const DESCRIBED = new RegExp(String.raw`^[^\d，,。；;：:（()）！!？?\s的]{2,12}、[^\d，,。；;：:（()）！!？?\s]{2,30}?的(?=[${HAN}])`, 'u');
// "在完成25个领域…规范化目录的基础上" (qingdao-szf-2021): what a thing was built on is what is counted, not the 基础上.
const BASIS = /^(?:基础之?上|前提下)$/;
// "21个区政府组成部门、9个镇(街)的机关职能…" (xiamen-xiangan-2021): a short name with its alternative in brackets is the
// bodies counted, what of theirs follows the 的 no part of it.
const OR_ALTERNATIVE = new RegExp(`^[${HAN}]{1,3}[（(][${HAN}]{1,3}[）)]$`, 'u');
// Words before 的 that describe what follows it (1个专门的信息申请受理点), not what is counted.
const DESCRIBING = /^(?:专门|专职|兼职|专业|相关|有关|主要|重要|具体|不同|固定|统一|必要|新增)$/;
// "主动公开的107条信息中，工作动态类…": the set a breakdown is taken from counts what it holds (信息), not 信息中, nor
// what the sentence goes on to say of some of them (清单所列50条事项中我校涉及的内容 → 事项).
const SET_OF = new RegExp(`(?<=申请|信息|案件|事项)${AMONG}.*$`, 'u');
// "1个街道办事处政府信息公开工作情况…", "31个部门政策问答", "26个重点领域信息公开": the bodies or fields counted, then
// what of theirs the sentence is about, their publishing, work or answers; not a thing of theirs, which is what is
// counted (8个乡镇街道政务公开专栏); nor the keeping up of it (26个重点领域日常信息更新维护: dalian-gxq-2024). The last body before it (市政府部门, 行业协会: no 行业 of it), not 政府 of 政府信息.
const FIELDS = '领域|行业';
const LISTS_BODIES = new RegExp(`(?:${BODIES}|${FIELDS})等?[、的]`, 'u');
const OF_THEIRS = new RegExp(`^.*(?:${BODIES}|${FIELDS})(?!(?<=政府)信息)(?=(?:政府信息公开|政务公开)(?:工作|情况)|[${HAN}]*(?:公开|工作|情况|问答|更新|维护)$)`, 'u');
// The work done on what was counted, after its 的 or named 工作 (26个试点领域…标准目录的编制工作, 15项行政权力事项的
// 取消), or how that work went (194件人大代表建议和政协提案办理工作情况: gaocheng-2022), is no part of it; alone the verb
// may be what is counted (4次专项清理), 编制 a noun (5名行政编制).
const WORK = '(?:编制|制定|修订|梳理|清理|承接|审核|取消|下放|办理)';
const WORK_ON_IT = new RegExp(`(?<=[${HAN}]{2})(?:的?${WORK}工作(?:情况)?|的${WORK})$`, 'u');
// The same set with a ， after it opens a breakdown as 在…中 does (主动公开的162条信息中，公示公告类97条，…).
const SET_OPENS = /^[^\d，,。；;：:、（()）]{0,8}?(?:申请|信息|案件)中[，,：:]/;

/** Whether the count's words after it name the set the rest of the sentence breaks down (…162条信息中，…). */
export const opensSet = (text: string, stop: number) => SET_OPENS.test(text.slice(stop, stop + 16));
// A dash sets off what the noun is, named (新增1个政务微信公众号——天门调查队: stats-hubei-dcd-2018), no part of it.
// So does the 一是 of a list run on after it where the portal lost the stop (发布126条信息一是做好…: xizang-gzw-2023).
const LABEL_END = /[\d，,。；;：:、（()）！!？?\s—]|(?<![统唯同单第万])[一二三四五六七八九十]是/;
const UNOPENED_CLOSE = /^[^“「]*?[”」]/;

const JOINED_EACH = new RegExp(`(?:以及|和|及|与)[${HAN}]{0,6}?各`, 'u');

// A quoted name may open the words, in any quotes (举办2期‘政务开放日’活动, 开展1次"政务公开——走进社区"主题活动).
const WORDS_NEXT = new RegExp(`^[${HAN}“《‘"「]`, 'u');

/** The label after the unit, where the figure counts the noun that follows (53个部门, 2次全市…培训会). */
export function labelAfter(text: string, stop: number, unit: string | null): string | null {
  const after = text.slice(stop, stop + 40);
  // "15件已答复，5件正在办理": what was done to them, where no noun follows.
  const done = DONE_AFTER.exec(after);
  if (done) return done[0];
  const pending = PENDING_AFTER.exec(after);
  if (pending) return pending[1]!;
  const were = WERE.exec(after)?.[0] ?? '';
  const rest = after.slice(were.length);
  if (!WORDS_NEXT.test(rest) || GOES_ON.test(rest)) return null;
  // "1件政府信息公开申请案件收取信息处理费380元", "72件申请按照《条例》顺延到下年度答复": applications counted with what was
  // done to them, which was done to some, are those it was done to, not all the year's.
  const some = SOME_APPLICATIONS.exec(rest);
  if (some) return `${some[2]}的${some[1]}`;
  const times = unit !== null && !were && (TIMES_UNITS.test(unit) || PEOPLE_UNITS.test(unit)) ? timesDone(text, stop, rest, PEOPLE_UNITS.test(unit)) : null;
  if (times) return times;
  let label = labelWords(rest);
  // "256条酒店住宿业、民生主要商品、药品价格类公众号文章": kinds listed before the noun counted; the label names the noun.
  // Not where the words before the 、 already end in that noun (120条信息、微信公众号推送文章35篇).
  if (rest[label.length] === '、' && unit !== null && PIECE_UNITS.test(unit) && !COUNTED_PIECE.test(label)) label = listedNoun(rest) ?? label;
  // "2名政治素质高、责任心强的同志专门负责…", "5个发挥作用不明显、基层无力维护的政务新媒体": people or things described by a list
  // of what they are, up to its 的, are what follows it.
  const described = rest[label.length] === '、' && unit !== null && (PEOPLE_UNITS.test(unit) || BODY_UNITS.test(unit)) ? DESCRIBED.exec(rest) : null;
  if (described && (PEOPLE_UNITS.test(unit!) || !LISTS_BODIES.test(described[0]))) return labelAfter(text, stop + were.length + described[0].length, unit);
  // "5个乡镇、街道的政务公开专栏", "3个住建、交通等部门的网站": bodies listed up to the 的 are all of them what is counted.
  if (described && described[0].length <= MAX_AFTER) return described[0].slice(0, -1);
  // "两条微信阅读量即达180万次", "两场发布会共吸引500人次", "5个部门共发布信息100条": words that run straight
  // (or past a blank: 15 个平台粉丝数累积超 3170 万) into another count say what that count measures; this one
  // counts only the noun they open with.
  if (RUNS_INTO_COUNT.test(rest.slice(label.length))) {
    const noun = countedNoun(label);
    // "12个区直部门权责清单项共4650项" (平潭 2020), "16个乡镇政府信息共1234条": where the words end in a total's word,
    // the count after it counts them all; a count of bodies counts the bodies they open with.
    label = TOTAL_LAST.test(label) && unit !== null && BODY_UNITS.test(unit) ? BODIES_FIRST.exec(noun)?.[0] ?? noun : noun;
    // "涉及九项重点领域信息350条" (fengxian-2020): the information is what the count after it, in pieces, counts; this one,
    // in kinds or items, counts the areas it is of.
    const info = INFO_LAST.exec(label);
    if (info && unit !== null && !PIECE_UNITS.test(unit) && RUNS_INTO_PIECES.test(rest.slice(label.length))) label = label.slice(0, info.index);
  }
  // “10张服务清单”: a quotation the count opens closes the label (one the label opens stays: 3个“一站式”窗口).
  const quoted = UNOPENED_CLOSE.exec(label);
  if (quoted) label = label.slice(0, quoted[0].length - 1);
  // "1件针对本部门有关…事务的行政诉讼案": words that say what the thing is about reach to the 的 before it (no verb in
  // them ends the label: 针对 holds 对); with no 的 they go on the sentence.
  if (ABOUT.test(label)) {
    const of = label.indexOf('的');
    if (of < 0) return null;
    label = label.slice(of + 1);
  }
  // What they were is said whole, verbs and all (4件为无法提供).
  // "1人专门负责此项工作": a verb after a word that only says how leaves no noun; what they do is what they are.
  // A verb inside a quoted name is the name's (2期“政务公开进社区——面对面”活动: 对).
  const found = were ? null : (unit !== null && PEOPLE_UNITS.test(unit) ? AFTER_STOP_PEOPLE : AFTER_STOP).exec(namesHidden(label));
  const cut = found && !HOW_ONLY.test(label.slice(0, found.index)) ? found : null;
  // "收到2条公众通过“…栏目”提交的申请": people counted in a unit of things are not what is counted but who did what the
  // clause says, down to the thing it ends in: 公众提交的申请 (the means they used left out).
  const theirs = cut && unit !== null && !PEOPLE_UNITS.test(unit) && PEOPLE.test(label.slice(0, cut.index)) ? THEIR_THING.exec(label.slice(cut.index)) : null;
  if (theirs) return label.slice(0, cut!.index) + theirs[0];
  // "8个隶属海关实地开展交叉评审": how they were done by (实地, 现场) is no part of what is counted.
  // Times or rounds of the work count the work itself (3轮次政策文件清理工作), not what it was done to.
  label = (cut ? label.slice(0, cut.index).replace(MANNER, '') : label).replace(JOINS_NEXT, '').replace(SET_OF, '');
  if (unit === null || !TIMES_UNITS.test(unit)) label = label.replace(WORK_ON_IT, '');
  label = OF_THEIRS.exec(label)?.[0] || label;
  // "全县17个乡镇和县直各有关单位": a group joined after the noun, said by 各 (each of them), is none of those counted.
  const each = JOINED_EACH.exec(label);
  if (each && each.index >= 2) label = label.slice(0, each.index);
  if (unit !== null && PEOPLE_UNITS.test(unit)) label = peopleJoined(label);
  // 五个试点区的经验, 16家医疗卫生机构的政务专网 and 2045项应主动公开政府信息的责任主体 (what is said of each of them:
  // cq-gxq-2023) count what stands before 的; 28个涉及群众切身利益的规范性文件,
  // 三项新的重大任务 and 1个专门的信息申请受理点, what follows it.
  // 区政府和26个地方部门平台链接上的政策栏、…等信息 (huangshigang-2025): bodies counted, then where on theirs (上的) the
  // things the sentence is about stand, count the bodies.
  const of = label.indexOf('的');
  const onTheirs = of >= 0 && unit !== null && BODY_UNITS.test(unit) && label[of - 1] === '上' ? BODIES_FIRST.exec(label) : null;
  if (onTheirs) label = onTheirs[0];
  else if (of >= 0) {
    const before = label.slice(0, of);
    // "1件要求公开政府信息的申请" (benxi-wsjkw-2021): what was applied for, then 申请, counts the applications, said whole.
    label = APPLIED_FOR.test(label) ? label
      : ((of === 2 || of === 3) && !DESCRIBING.test(before)) || BODY.test(before) || ITEMS.test(before) || BASIS.test(label.slice(of + 1)) || OR_ALTERNATIVE.test(before) ? before : label.slice(label.lastIndexOf('的') + 1);
  }
  // "1名同志具体负责信息公开业务工作": people named by no role of their own are named by the work they are counted for.
  const role = label === '同志' && cut ? ROLE.exec(rest.slice(cut.index)) : null;
  if (role) label = `${role[1]}的${label}`;
  // "221家所属单位预决算信息全部公开" (shenyang-szf-2021): bodies counted in 家 or 所, then their information, count the bodies.
  const bodies = unit !== null && BODY_ONLY_UNITS.test(unit) ? BODIES_FIRST.exec(label) : null;
  if (bodies && THEIR_INFO.test(label.slice(bodies[0].length))) label = bodies[0];
  if (label.length <= MAX_AFTER) return label || null;
  // "指导全区50余家单位动态更新政府信息主动公开全清单目录": words too many for a label, opening with the bodies a count of
  // bodies counts.
  return (unit !== null && BODY_UNITS.test(unit) && BODIES_FIRST.exec(label)?.[0]) || null;
}
const BODY_UNITS = /^[家个所]$/;
const BODY_ONLY_UNITS = /^[家所]$/;
const THEIR_INFO = new RegExp(`^[${HAN}]{0,6}信息$`, 'u');
// "我局共4次参加区党工委、管委会政府主办的《问政平潭》…等相关栏目" (jtj-2021): times counted before a verb that, after other
// counts, opens what they did (36个部门50余人参加…) count that doing: the verb and what it was done to, read as the
// words before a count are (参加相关栏目). Only where the clause ends within reach: a clause cut short names a wrong thing;
// nor where another count follows in it (举办培训2场参加人员120人次), nor where the clause before the times says what was
// done (召开专题会议3次进行研究部署: the meetings are counted, what they did is said after).
const TIMES_UNITS = /^[次场轮]次?$/;
const TIMES_DONE = /^(?:参加|参与|进行|开展|实施)/;
// So are people counted before 参加 or 参与, whoever brought them (组织30余人参加“政务开放日”活动: guangyuan-zhaohua-weizi-2022;
// 全区共50人参加培训): those who took part in it, not 组织 nor 全区.
const TOOK_PART = /^(?:参加|参与)了?/;
const MAX_TIMES_CLAUSE = 60;
const DONE_BEFORE = new RegExp(ACTIVITY);
function timesDone(text: string, stop: number, rest: string, people: boolean): string | null {
  const said = (people ? TOOK_PART : TIMES_DONE).exec(rest)?.[0];
  if (!said || (!people && DONE_BEFORE.test(text.slice(clauseStart(text, stop, 0), stop)))) return null;
  // 了 marks it done (50余人参加了…专题培训: tianjin-teda-2022), no word of what they did.
  const verb = said.replace(/了$/, '');
  let end = stop + said.length;
  while (end < text.length && end - stop < MAX_TIMES_CLAUSE && !CLAUSE_END.has(text.charCodeAt(end))) end++;
  if (end - stop >= MAX_TIMES_CLAUSE || /\d/.test(text.slice(stop, end))) return null;
  const what = labelBefore(text, stop + said.length, end);
  return what && !what.startsWith(verb) ? verb + what : what || null;
}
const ROLE = /^(?:具体|专门)?(负责[^\d，,。；;：:、（()）\s]{1,10})(?=$|[，,。；;])/;
const BODIES_FIRST = new RegExp(`^[${HAN}]{0,4}?(?:${BODIES})(?!(?<=政府)信息)`, 'u');

// Where the noun counted ends before the next count's words: its measure (阅读量, 播放量, 点击数, 涉及金额), what it
// came to (共, 累计), or what was done (发布, 召开 …; not 发布会). Words that open with one name no noun: they are all
// the next count's (发布采购信息197批次涉及金额3601627.4元).
const AUDIENCE_ACTS = '阅读|播放|点击|浏览|访问|观看|关注|转发|转载|下载|粉丝';
const MEASURE_OF = new RegExp(`总?(?:${AUDIENCE_ACTS}|参与|参加)(?:量|人?次?数|人次)|${TOTAL_GONG}|累计|合计|总计|涉及|金额`);
function countedNoun(words: string): string {
  const cut = [MEASURE_OF.exec(words), PREDICATE.exec(words)].filter((m) => m !== null).map((m) => m!.index);
  return cut.length > 0 ? words.slice(0, Math.min(...cut)) : words;
}

/**
 * Whether a count names no figure of its own, whatever its label: the items a measure of their audience said straight
 * after them is of (两条微信阅读量即达180万次, 41条短视频播放量超2300万: the report states the reading count, the posts
 * only say whose it is), or the rest of some places, counted by what they are not (其他十一个区在消化吸收试点区的经验…;
 * both shanghai-office-2019). Neither is a figure a reader would name, nor one a rule could check. Posts whose own noun
 * or a place stands before their count in its clause are counted, their audience after them (发布政务信息1523条网站访问量达
 * 32万人次, 在海内外15个平台粉丝数累积超3170万): `from` is where the words before the count may begin (the previous figure,
 * the sentence's start).
 */
export function namesNoFigure(text: string, from: number, { at, stop, unit }: Pick<NumberToken, 'at' | 'stop' | 'unit'>): boolean {
  const rest = text.slice(stop, stop + 40);
  const words = labelWords(rest);
  const audience = AUDIENCE.exec(words);
  if (audience && audience.index > 0 && RUNS_INTO_COUNT.test(rest.slice(words.length))) {
    const before = CLAUSE_TAIL.exec(text.slice(from, at))![0].trim();
    if (!before || VERB_ONLY.test(before)) return true;
  }
  // "主要有以下两类:一是…" (gzss-kcx-2020): the count of the items a colon announces counts no thing done.
  if (FOLLOWING.test(text.slice(Math.max(0, at - 2), at)) && ANNOUNCED.test(text.slice(stop, stop + 12))) return true;
  return THE_REST.test(text.slice(Math.max(0, at - 2), at)) && PLACE_ALONE.test(labelAfter(text, stop, unit) ?? '');
}
const FOLLOWING = /(?:以下|如下)$/;
const ANNOUNCED = /^[^，,。；;：:\d]{0,8}[：:]/;
const AUDIENCE = new RegExp(`总?(?:${AUDIENCE_ACTS})(?:量|人?次?数|人次)`);
const AUDIENCE_NEXT = new RegExp(`^${AUDIENCE.source}`);
// The words before a count in its own clause.
const CLAUSE_TAIL = /[^，,。；;：:、！!？?]*$/;
const THE_REST = /(?:其他|其余|其它)$/;
const PLACE_ALONE = new RegExp(`^(?:[${LEVELS}]|乡镇|街道|村|社区|县区|区县)$`);

// A unit of people counts the people on each side of a 和 (2名分管领导和工作人员): where no people follow it
// (1名兼职人员和工作职责), the label ends before it. Other units count what 和 joins (22个市政府部门和单位).
const PEOPLE_UNITS = /^(?:名|位|人次?)$/;
const PEOPLE = /(?:人|员|者|干部|领导|代表|群众|公众|市民|居民|网民|职工|专家|律师|记者)$/;
// What people did, ending a clause in the thing it made (提交的申请, 反映的问题).
const THEIR_THING = new RegExp(`[${HAN}]{2}的[${HAN}]{1,8}$`, 'u');
// 大规模 names no thing even alone: times counted before it and the thing they were done to (先后两次大规模对…政务信息进行
// 梳理: donghuamen-2011) count the doing, which the words after 对 say, as 两次对目录进行梳理 leaves no noun.
const MANNER = new RegExp(`(?<=[${HAN}]{2})(?:实地|现场|集中|逐一|深入|陆续|专门|具体)$|大规模$`, 'u');
function peopleJoined(label: string): string {
  const words = label.split('和');
  let n = 1;
  while (n < words.length && PEOPLE.test(words[n]!)) n++;
  return words.slice(0, n).join('和');
}

// The phrase a count of pieces (not 16家…机构通过宣传展板、…公开各类信息) runs into, 、 and all, where it ends in the
// noun it counts (文章, 信息, 文件): whole where it is short (政策、法规信息), else the noun after its last 、 or 类.
// A verb in it (、微信公众号推送文章) opens a clause of its own: the list did not end in the noun.
const PIECE_UNITS = /^[条篇份件]$/;
const COUNTED_PIECE = /(?:文章|信息|文件)$/;
const LISTED_PHRASE = /^[^\d，,。；;：:（()）！!？?\s]+?(?:文章|信息|文件)(?=$|[\d，,。；;：:（()）！!？?\s])/;
function listedNoun(rest: string): string | null {
  const phrase = LISTED_PHRASE.exec(rest)?.[0];
  if (!phrase || PREDICATE.test(phrase)) return null;
  if (phrase.length <= MAX_AFTER) return phrase;
  return phrase.slice(Math.max(phrase.lastIndexOf('、'), phrase.lastIndexOf('类')) + 1);
}

/**
 * The words of a label up to where it ends; across a 、 between words alike in their last character (31个基层政务
 * 公开标准化、规范化目录, 市级、县级平台), or after one character that shares the next word's (132名专、兼职工作人员),
 * which say what one thing is, not two things counted.
 */
function labelWords(rest: string): string {
  let end = rest.search(LABEL_END);
  // "七个县(市)区": a word in brackets inside the label is part of it.
  while (end > 0 && OPENS_INNER.test(rest[end]!)) {
    const inner = INNER_AFTER.exec(rest.slice(end));
    if (!inner) break;
    const next = rest.slice(end + inner[0].length).search(LABEL_END);
    end = next < 0 ? rest.length : end + inner[0].length + next;
  }
  // "1次“政务公开——走进社区”主题活动", "1000册《政务公开——百问百答》宣传手册": a dash inside a quoted or titled name is
  // the name's, not one setting off what the noun is.
  while (end > 0 && rest[end] === '—' && OPEN_QUOTE.test(rest.slice(0, end))) {
    const next = rest.slice(end + 1).search(LABEL_END);
    end = next < 0 ? rest.length : end + 1 + next;
  }
  while (end > 0 && rest[end] === '、' && (end === 1 || alike(rest.slice(end + 1, end + 4), rest[end - 1]!))) {
    const next = rest.slice(end + 1).search(LABEL_END);
    end = next < 0 ? rest.length : end + 1 + next;
  }
  // "1项结转至2022年办理": the year it was carried to is part of the label (figures.ts reads it against the report's).
  const year = end > 0 && CARRIED_TO.test(rest.slice(0, end)) ? YEAR_AT.exec(rest.slice(end)) : null;
  if (year) {
    const next = rest.slice(end + year[0].length).search(LABEL_END);
    end = next < 0 ? rest.length : end + year[0].length + next;
  }
  return end < 0 ? rest : rest.slice(0, end);
}
const OPENS_INNER = /[（(]/;
const OPEN_QUOTE = /[“「《‘][^”」》’]*$|^[^"]*"(?:[^"]*"[^"]*")*[^"]*$/;
const CARRIED_TO = /结转[至到]?$/;
const YEAR_AT = /^(?:19|20)\d{2}年度?/;
const INNER_AFTER = new RegExp(`^[（(][${HAN}]{1,3}[)）](?=[${HAN}])`, 'u');
/** Whether a word ends in `last` two or three characters on, as the word before the 、 did (标准化、规范化). */
const TWO_HAN = new RegExp(`^[${HAN}]{2}`, 'u');
const alike = (word: string, last: string) => TWO_HAN.test(word) && word.slice(1, 3).includes(last);

/**
 * "在0件政府信息公开申请中" / "在公开的21条信息中": the figure is a total the rest of the sentence
 * breaks down. Returns its label, or null when the figure is not framed so.
 */
export function enclosingLabel(text: string, from: number, at: number, stop: number): string | null {
  // The frame opens at the clause's last 在 before the number, with no comma after it; or, with no 在, where the words
  // of its clause say with 的 which of them it holds, and a comma follows it (已答复办结的16宗申请中,予以公开的4宗…).
  // Looked for back to the clause's start only: a search over the whole line cost a long line (a <br> list joined) its square.
  let open = at - 1;
  while (open >= from && text[open] !== '在') open--;
  let before: string;
  if (open >= from) before = text.slice(open + 1, at);
  else if (text[at - 1] === '的' && opensSet(text, stop)) {
    const clause = clauseStart(text, at, from);
    before = lastSegment(text.slice(clause, at - 1));
  } else return null;
  if (COMMA.test(before)) return null;
  FRAME_CLOSE.lastIndex = stop;
  const inside = FRAME_CLOSE.exec(text);
  if (!inside) return null;
  return before.replace(/的$/, '') + inside[1]!.replace(/^的/, '');
}

const COMMA = /[，,]/;
// "…21条信息中": up to 20 characters after the number, then 中; not across brackets (设立三处公开查询点(市便民
// 服务中心…)) or a 、 (发稿69篇、中国气象报…: the list goes on), nor 中心.
const FRAME_CLOSE = /([^，,。；;、（()）]{1,20}?)中(?!心)/y;
