// Counts a report gives as none in words, not digits: "未收到政府信息公开申请", "无行政复议、行政诉讼案件",
// "未收取任何费用", "…收费为0". Each is a zero of what the tables count (applications, cases, fees, fee notices), bound
// to the words that say it, for the prose rules to hold against the tables. findNumbers (numbers.ts) looks for them
// only where its one scan of the line met the words they start with.
import type { NumberToken } from './numbers.ts';
import { RECEIVED_VERB } from './received.ts';
import { UNITS } from './units.ts';
import { HAN } from '../text/han.ts';

// The cases the tables count (with 申诉, the 统计表's 行政申诉), the one list every pattern of cases below is built from.
export const CASE = '(?:行政诉讼|行政复议|行政申诉|诉讼|复议|申诉|举报投诉|举报|投诉)';
// "未发生行政复议和行政诉讼案件", "未发生被行政复议行政诉讼的情况": each case named after the first is a
// zero of its own. AND_CASE joins one case to the next (举报投诉 is one case, not 举报 and 投诉); JOINED is
// where a zero's words go on to the second, ALSO_NONE reads each further one.
// What disclosure gave rise to may be said again before the next case (投诉及因政府信息公开提起行政诉讼), or that it is about
// it (行政诉讼案和有关的申诉案), and that the office was the one 被 brought to it (被申请行政复议或被提起行政诉讼: linyi-sd-wsj-2010).
const AND_CASE = '(?!投诉)(?:和|及|以及|与|或者?|、)?(?:因[^，,。；;、和及]{0,10}?|有关的?)?被?(?:提起|申请)?';
// Applications listed first, then cases (未收到政府信息公开申请、行政复议和行政诉讼; …依申请公开信息、行政复议…, named by
// what they ask for) are none as well: their joiner said.
const JOINED = new RegExp(`(?<=${CASE}(?:案件|案|申请|情况)?)(?=${AND_CASE}${CASE})|(?<=申请(?:公开(?:政府)?信息)?)(?=(?:、|和|及|以及|与)${CASE})`);
const ALSO_NONE = new RegExp(`^${AND_CASE}(${CASE}(?:案件)?)`);
// A zero of cases is labelled by the cases alone where its words end in them: 未发生因政府信息公开引起的
// 行政复议 counts 行政复议 (未收到…行政复议申请, 行政复议申请), but 未收到要求公开行政诉讼案卷材料的申请
// counts applications.
export const NAMED_CASE = new RegExp(`${CASE}(?:案件|案|情况|申请)?$`);
// "2021年度无依申请公开件", "我乡无依申请公开政府信息事项": none applied for, said with 无 (not of fees: 无依申请公开收费).
const NO_APPLICATION = '暂?无(?=依申请公开(?![^，,。；;]*费))';
// "未收到政府信息公开申请", "未发生行政复议案件", "未引起行政复议与行政诉讼": a zero the report states in words. Only for what the
// tables count (申请 and the cases), so the prose rules can hold it against them; of an applicant (申请人), only
// a request (没有收到申请人要求公开政府信息的情况), not what else one did (目前未收到该申请人提交的补正: the
// application came, its correction did not).
// An application none made to the office is none received (没有行政相对人向我单位提出政府信息公开申请: qiandongnan-swj-2022);
// not what the office did not put to another (我局未向上级机关提出申请, 未向申请人提出延期答复申请).
const MADE_TO_US = '(?<=向(?:我|本)[^，,。；;]{0,7})提出';
// Those who might have applied, named at length between 未有 and 向本机关 (本年度未有公民、法人或其他组织向本机关提出政府信息
// 公开申请): a list of applicants, read as far as 向我/向本 only where it goes on to 提出, so no other verb's gap widens;
// what it was about may stand before 向 (未有公民、法人和其他组织就政府信息公开向本机关提出行政复议). Said with 无 too, only
// before such a list (本年度无公民、法人或其他组织向本机关提出…申请), not before any words (无需申请, 无正当理由申请).
export const APPLICANT = '(?:公民|法人|其他组织|组织|申请人|群众|个人|企业|单位|行政相对人)';
const APPLICANTS_TO_US = `(?:任何)?${APPLICANT}(?:(?:、|和|或者?|及|以及|与)${APPLICANT})*(?:就[^，,。；;]{0,12}?)?向(?:我|本)[^，,。；;]{0,7}?(?=提出)`;
// What is none is what its verb (of receiving: prose/received.ts) governs, not what another verb of receiving after it
// does, where the page lost the comma between (2023年未受理依申请公开事项全年共接收依申请公开事项、…均为零).
// The way it would have come (通过受理电话、网络平台、来信等方式提出的: hospital-bengbu-county-2020) is no part of what is none:
// its 受理电话 a telephone line, no verb of receiving.
const BY_MEANS = '(?:通过[^，,。；;]{0,24}?(?:方式|渠道|途径)(?:提出|提交|递交)?的)?';
const IMPLIED_ZERO = new RegExp(`(?:(?:(?:未|没有|尚未)(?:有?${APPLICANTS_TO_US}|[^，,。；;]{0,10}?)|无${APPLICANTS_TO_US})(${RECEIVED_VERB}|发生|产生|引起|引发|${MADE_TO_US})过?${BY_MEANS}|(?:未|没有|尚未)(?=依?申请公开)|${NO_APPLICATION})((?:(?!${RECEIVED_VERB})[^，,。；;]){0,24}(?:申请(?!人(?!要求))|${CASE})(?:公开(?:政府)?信息|公开)?(?:案件|要求|情况|信件|事项)?)`, 'g');
// What else an applicant may ask the office for is no disclosure application, and no count of the tables: 没有申请人向本机关
// 提出申请延期答复, 未有群众向本机关提出延期申请/收费减免申请 say no zero (表三 counts the applications, not these).
const OTHER_REQUEST = /延期|减免|缓交/;
// "我镇未收到群众的政府信息公开申请要求" (longde-chengguan-2021): an application is a request; 要求 after it says it again.
const REQUEST_SAID_TWICE = /(?<=申请)要求$/;
// "未因政府信息公开被申请行政复议", "无因…提起行政诉讼的情况", "未出现…引发的行政复议": what disclosure
// gave rise to, said of cases alone (未出现依申请公开超期答复的情况 is no zero).
// Said of not one case too (无一例因…, 没有一起因…: dazhu-chaoyang-2016), or with 未有 (未有因…: liangzhou-zhangyi-2008). The reason may be the old 条例's at length
// (没有因公民、法人和其他组织认为行政机关不依法履行政府信息公开义务而提起行政复议…: yueyang-gxq-2021).
export const NOT_ONE = '(?:一例|一起|一件|一宗)?';
const NO_CASE = new RegExp(`(?:(?:未有|未|没有|尚未|无)${NOT_ONE}(?=因)|(?:未|没有)[^，,。；;]{0,10}?(出现))([^，,。；;]{0,40}${CASE}(?:案件)?)`, 'g');
// "没有行政复议和诉讼案件发生", "无行政复议、行政诉讼案件", "未有行政诉讼": the cases named right after the words that say
// none, as 未发生行政复议 says it, where the clause ends with them (无行政复议风险 counts nothing), or a 、 with the next
// none said so (实现无信访、无复议、无诉讼), each of those ending as it does, for a word after the last is all theirs
// (全年无行政复议、无行政诉讼败诉案件: none lost, not no review). The cases may be named as applied for or brought
// (暂无申请行政复议、提起行政诉讼: jilin-changyi-wenmiao-2011). The office may be the one 被 brought to them, 未 saying
// none there too (我局没有被申请行政复议,也没有被提起行政诉讼; 也未被提起行政诉讼).
const NONE_SAID = '(?:未有|没有|尚无|无)', NONE_CASES = `${CASE}(?:${AND_CASE}${CASE})*(?:案件)?`, NONE_END = '(?:案|情况)?(?:发生|产生|出现)?';
const NONE_OF_CASES = new RegExp(`(${NONE_SAID}${NOT_ONE}(?:申请|提起)?|(?:${NONE_SAID}|未)被(?:申请|提起)?)(${NONE_CASES})(?=${NONE_END}(?:、${NONE_SAID}${NONE_CASES}${NONE_END})*(?:[，,。；;]|$))`, 'g');
// "未向申请人收取费用", "未收取任何费用", "未收取检索、复印、邮寄等费用", "未发生依申请公开信息收费": no fee, in no unit: the words name
// none, and the 统计表 count 收取的费用 in 元 or 万元 as each prints. Not 未发现违规收费: what was not found
// is no fee charged; nor 没有行政事业性收费项目: 表二 counts those items, the fees an office may levy at all.
// Nor 未发出收费通知: that is no notice sent (NO_NOTICE). 无收取信息处理费用, 无收费情况, 不存在收费情况 say it
// with 无 right before it, or 不存在; 无政府信息公开收费及减免情况 (平潭 行政审批局 2015) with 无 before the disclosure's fees.
// Nor a request to waive them (未有群众向本机关提出收费减免申请): no such request is no fee.
const NO_FEE = /(?:未|没有|不存在|无(?=(?:任何)?收(?:取|费(?!通知))|(?:政府信息公开|依申请公开)的?收费))(?:(?!发现|违规|乱|超标|行政事业性)[^，,。；;]){0,12}?(收取|收(?=费(?!通知|减免申请)))(?:任何)?([^，,。；;]{0,14}?费用?)/g;
const FEE_SAID_AGAIN = new RegExp(NO_FEE.source);
// "未发出收费通知", "无发出收费通知", "未向申请人发出信息处理费收费通知": no fee notice sent (国办函〔2020〕109号), in 件.
const NO_NOTICE = /(?:未|没有|无)(?:向[^，,。；;]{0,10}?)?(发出|发送|下发|开具|出具|送达)([^，,。；;]{0,10}?收费通知)/g;
const FEE_CLAUSE = /^[^，,。；;]*费/;
const STATED_RIGHT_AFTER = /^\s*(?:为|是)?\s*$/;
// What came of cases (决定书, 判决, 败诉, 被纠错 …) is no count of them: 未出现行政诉讼败诉情况 is no zero; nor is a
// consultation about applying an application (未收到依申请公开信息的咨询, zhongyuan-sjj-2015), nor what the information applied
// for concerned (没有收到申请公开的信息涉及“不予公开”的: 平潭 经济发展局 2017, which received 2).
const NOT_NONE_AFTER = /^(?:决定|答复书|告知书|结果|判决|裁定|被?(?:败诉|纠错|纠正|撤销|确认违法)|的咨询|的[^，,。；;]{0,6}?涉及)/;
// "依申请公开收费为0", "行政复议和行政诉讼案件均为零": a zero said after what it counts, with no unit
// (or, 均为0件, shared by the cases listed before it). Not a rate: 纠错率为0.
// The zero is whole, and no word goes on from it but its unit (均为0次, 数量均为0（件）): 均为零星的个人申请,
// 均为零散个人 say no zero.
const SAID_ZERO = new RegExp(`(?<![率比重])均?为\\s*[零0０](?![\\d０-９.．%％]|\\s?(?!${UNITS})[${HAN}])`, 'gu');
// "依申请受理信息公开申请:无", "收费情况：无" (linzi-linye-2008): a listed item answered none after its colon, the clause
// ending there. Of fees only what was charged (收费, 收取): 与行政复议…有关的费用支出:无 is no spending, no fee and no case.
const COLON_NONE = /[:：][ \u3000]?无(?=\s*(?:[。；;，,]|$))/g;
const COLON_FEE = /收费|收取/;
const NOT_CHARGED = /费|支出/;
// What such a zero counts, from its clause: fees (in no unit, as NO_FEE); applications and cases in 件.
const SAID_FEE = /费|减免/;
const SAID_COUNT = new RegExp(`申请|${CASE}`);
export const CLAUSE_START = /[，,。；;：:（(]/;
// "上年无结转", "无上年结转申请", "没有上年度结转的政府信息公开申请": none carried in from last year (表三's 上年结转), labelled
// as the count would be (上年结转, 上年结转申请); not those carried forward to next year (无上年结转至下年度的申请).
const YEAR_BEFORE = '(?:上一?年度?|去年)';
const CARRIED = '结转(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?![至到入]?下)';
const NO_CARRY_IN = new RegExp(`(${YEAR_BEFORE})(?:无|没有|未有)(${CARRIED})|(?:无|没有|未有)(${YEAR_BEFORE}的?${CARRIED})`, 'g');
// "无结转下年件", "无结转至下一年度办理的申请": none carried forward (表三's 结转下年度继续办理), labelled as its count
// is (结转下年, 结转至下一年度办理).
const NO_CARRY_FORWARD = /(?:无|没有|未有)(结转(?:至|到)?下一?年度?(?:继续)?(?:办理)?)(?:的(?:政府信息公开|依申请公开)?申请|件)?/g;

/** 未收到…申请, 未收取费用: zeros said in words. */
export function addImpliedZeros(text: string, out: NumberToken[]): void {
  for (const [pattern, unit] of [[IMPLIED_ZERO, '件'], [NO_CASE, '件'], [NONE_OF_CASES, '件'], [NO_FEE, null], [NO_NOTICE, '件']] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "未产生依申请信息检索…成本费用", "未产生…诉讼相关的费用支出": fees, not applications or cases;
      // "对未予受理的申请…", "尚未收到行政复议决定书": what was not done to some, not a count of none.
      if (unit === '件' && (FEE_CLAUSE.test(text.slice(m.index + m[0].length)) || NOT_NONE_AFTER.test(text.slice(m.index + m[0].length)) || m[2]!.startsWith('的'))) continue;
      if (pattern === IMPLIED_ZERO && OTHER_REQUEST.test(m[2]! + text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
      // "未因…发生行政复议": one zero, however many of the patterns say it; "未收到政府信息公开申请0件": one, stated.
      const after = m.index + m[0].length;
      if (out.some((t) => t.start === m!.index || (t.start >= after && STATED_RIGHT_AFTER.test(text.slice(after, t.start))))) continue;
      // "未收到政府信息公开申请,无依申请公开情况": the applications said none again in the same sentence are one zero.
      if (pattern === IMPLIED_ZERO && /^暂?无/.test(m[0]) && out.some((t) => t.value === 0 && t.label?.includes('申请') && t.start < m!.index && !/[。；;]/.test(text.slice(t.start, m!.index)))) continue;
      // "无政府信息公开的收费和减免事项,未收取与政府信息申请有关的任何费用": no fee, said twice in a sentence, is one zero,
      // the one that names what was not charged.
      if (pattern === NO_FEE && m[0].startsWith('无') && FEE_SAID_AGAIN.test(text.slice(after).split(/[。；;]/, 1)[0]!)) continue;
      const start = m.index;
      const end = start + m[0].length - m[2]!.length; // 未…收到: the words that say zero
      // "行政复议和行政诉讼": the first thing named is this zero; the others follow as zeros of their own.
      const joint = unit === '件' ? JOINED.exec(m[2]!) : null;
      const what = joint ? m[2]!.slice(0, joint.index) : m[2]!;
      const named = unit === '件' ? NAMED_CASE.exec(what) : null;
      const label = (named ? what.slice(named.index) : (m[1] ?? '') + what + sharedNoun(what, text.slice(end + what.length))).replace(REQUEST_SAID_TWICE, '');
      addZeros(text, out, { value: 0, label, unit, approximate: false, at: start, start, end, stop: end + what.length });
    }
  }
  addNoCarry(text, out);
}

// 依申请 and another way of disclosing, sharing the noun after the second (均未发生依申请和不予公开政府信息: jiangjin-dushi-2019):
// the zero is of 依申请公开政府信息, 依申请 alone no name of it.
const SHARED_NOUN = /^(?:和|及|与|、)[^，,。；;]{0,6}?(公开(?:政府)?信息)/;
const sharedNoun = (what: string, after: string) => (what.endsWith('依申请') ? SHARED_NOUN.exec(after)?.[1] ?? '' : '');

// Each way of saying none was carried, and the label and end of its zero: 上年无结转 bound to all its words (its year and
// what was carried, apart), 无上年结转申请 to those saying none; 无结转下年件 (carried forward) to those saying none.
const NO_CARRY: [RegExp, (m: RegExpExecArray, stop: number) => [string, number]][] = [
  [NO_CARRY_IN, (m, stop) => (m[3] ? [m[3], stop - m[3].length] : [m[1]! + m[2]!, stop])],
  [NO_CARRY_FORWARD, (m) => [m[1]!, m.index + m[0].indexOf(m[1]!)]],
];

/** 上年无结转, 无上年结转申请, 无结转下年件: zeros of the applications carried in or forward. */
function addNoCarry(text: string, out: NumberToken[]): void {
  for (const [pattern, labelled] of NO_CARRY) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index, stop = start + m[0].length;
      if (out.some((t) => t.start === start)) continue;
      const [label, end] = labelled(m, stop);
      insertInOrder(out, { value: 0, label, unit: '件', approximate: false, at: start, start, end, stop });
    }
  }
}

/** A zero, and one for each further case named right after it (行政复议、诉讼和申诉). */
function addZeros(text: string, out: NumberToken[], zero: NumberToken): void {
  insertInOrder(out, zero);
  if (zero.unit !== '件') return;
  let next = zero.stop + /^(?:案件|案)?/.exec(text.slice(zero.stop))![0].length;
  for (let also = ALSO_NONE.exec(text.slice(next)); also; also = ALSO_NONE.exec(text.slice(next))) {
    const at = next + also[0].length - also[1]!.length;
    next = at + also[1]!.length;
    insertInOrder(out, { value: 0, label: also[1]!, unit: zero.unit, approximate: false, at, start: at, end: next, stop: next });
    next += /^案?/.exec(text.slice(next))![0].length;
  }
}

/** "…收费为0", "行政复议和行政诉讼均为零": zeros said after what they count (each item of a list its own: numbers.ts shareAmongListed). */
export function addSaidZeros(text: string, out: NumberToken[]): void {
  SAID_ZERO.lastIndex = 0;
  for (let m = SAID_ZERO.exec(text); m; m = SAID_ZERO.exec(text)) {
    const at = m.index + m[0].length - 1; // the 零 or 0
    // What it is said of starts after the figure before it in its clause (…未受理依申请公开事项全年共接收…均为零).
    const what = text.slice(clauseBefore(text, m.index, out), m.index);
    addZero(out, at, SAID_FEE.test(what) ? null : SAID_COUNT.test(what) ? '件' : undefined);
  }
  COLON_NONE.lastIndex = 0;
  for (let m = COLON_NONE.exec(text); m; m = COLON_NONE.exec(text)) {
    const at = m.index + m[0].length - 1; // the 无
    const what = text.slice(clauseBefore(text, m.index, out), m.index);
    addZero(out, at, COLON_FEE.test(what) ? null : !NOT_CHARGED.test(what) && SAID_COUNT.test(what) ? '件' : undefined);
  }
}

/** A zero said in words at `at`, in `unit` (null: a fee's); none where what it counts is unknown or a token stands there. */
function addZero(out: NumberToken[], at: number, unit: string | null | undefined): void {
  if (unit !== undefined && !out.some((t) => t.start === at)) insertInOrder(out, { value: 0, unit, approximate: false, at, start: at, end: at + 1, stop: at + 1 });
}

/** Where the words a zero at `end` is said of start: after the clause's start or the figure before it in the clause. */
function clauseBefore(text: string, end: number, out: readonly NumberToken[]): number {
  let clause = end;
  while (clause > 0 && !CLAUSE_START.test(text[clause - 1]!)) clause--;
  for (const t of out) if (t.stop <= end && t.stop > clause) clause = t.stop;
  return clause;
}

/** Adds a token among the others in order of start. */
export function insertInOrder(out: NumberToken[], token: NumberToken): void {
  const next = out.findIndex((t) => t.start > token.start);
  out.splice(next < 0 ? out.length : next, 0, token);
}
