// The units of count, and which count the same thing: the one place the prose readers and rules ask.

// Units of count, longest first where one is the prefix of another. % is deliberately not one: a
// rate (办结率达100%, 占33.9%) is not a count of anything the tables hold. 通 and 通次 count calls (热线电话11通, 接听电话84472通,
// 接听咨询电话120通次); 卷 and 卷次 files taken out of an archive (调阅档案5100卷, 利用档案2061卷(件)次: xialuqu-daj-2022).
// 只 counts pieces where a 绍兴 report speaks so (处理市政府网网上投诉件36只: shangyu-xietang-2013).
export const UNITS = '人次|条次|篇次|件次|场次|批次|轮次|通次|卷次|万元|亿元|元|条|件|次|人|名|位|个|项|篇|期|册|份|家|场|批|轮|起|宗|例|户|所|部|本|张|类|封|套|台|处|座|卷|通|只';

// Applications and cases are 件, 宗 or 起 as the writer pleases.
const SAME_COUNT: Record<string, string> = { 宗: '件', 起: '件' };

/** Whether two units count the same kind of thing (件 and 宗 do; 件 and 条 do not). */
export function sameUnit(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && (SAME_COUNT[a] ?? a) === (SAME_COUNT[b] ?? b));
}

// Units reports use loosely for pieces of information, documents and applications alike, in one list (公开各类信息
// 236条,其中…发布信息198条,回复群众诉求11件; 发布信息607条，其中主动公开380份…), each time published too (网站共发布
// 89篇次): money, accounts, people, events (5次公告), parcels (8宗) or cases (行政处罚决定545起) counted among them
// are something else.
const PIECES = /^(?:[条件篇]次?|份)$/;
export const isPiece = (unit: string | null) => unit !== null && PIECES.test(unit);

/** Whether two units, both given, count different kinds of thing: not the same unit, nor both pieces. */
export function otherKind(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && !sameUnit(a, b) && !(isPiece(a) && isPiece(b));
}

/**
 * The parts that count what their total counts: those in its unit, or, where none is, those in another unit of
 * pieces (发布信息607条，其中主动公开380份，依申请公开…319份: the writer changed the word, not the thing); under a total
 * whose unit the page left out, all of them where all count in one (咨询62,其中:…46次,…16次: baiyang-2009).
 */
export function countedParts<P extends { unit: string | null }>(total: { unit: string | null }, parts: P[]): P[] {
  const own = parts.filter((p) => sameUnit(p.unit, total.unit));
  if (own.length > 0) return own;
  if (total.unit === null) return parts.length > 0 && parts.every((p) => p.unit !== null && sameUnit(p.unit, parts[0]!.unit)) ? parts : own;
  return parts.filter((p) => p.unit !== null && !otherKind(p.unit, total.unit));
}

/** Whether a unit counts papers sent or received, one each: a notice (发出收费通知3件, 3份), an application (收到1份申请). */
export const isPaper = (unit: string | null) => unit === '件' || unit === '份';

// 条 and 份 count applications where the label's noun is the application itself (共收到政府信息公开申请3条, as 平潭's
// offices write; 收到1份…行政复议申请; 网上申请数3条, as the 统计表 names its rows), not what was applied for
// (答复依申请公开政府信息35条) nor the papers (受理政府信息公开申请材料30份).
const APPLICATION = /申请(?:数量?)?$/;

/** The unit a figure counts in, as 件 for applications and cases however the writer put it (宗, 起; 条 or 份 of applications). */
export function countUnit(figure: { label: string; unit: string | null }): string | null {
  const { label, unit } = figure;
  if (unit === null) return null;
  if ((unit === '条' || isPaper(unit)) && APPLICATION.test(label)) return '件';
  return SAME_COUNT[unit] ?? unit;
}

// A total written with a stray 万 (主动公开政府信息173769万条 over parts adding up to 173769: prose/stray-wan).
const WAN = 10_000;
// Digits this few can match a sum of small parts by chance.
const LEAST = 100;

/** The digits a figure gives before 万 (173769 of 173769万条), where it is a whole number so written; else null. */
export function digitsBeforeWan(figure: { value: number; approximate: boolean; text: string }): number | null {
  const digits = figure.value / WAN;
  return !figure.approximate && Number.isInteger(digits) && digits >= LEAST && figure.text.includes(`${digits}万`) ? digits : null;
}

/** Whether a later figure counts what `total` counts, its label ending in the same thing (…主动公开政府信息): round
 * counts of other things can add up to a round total's digits by chance (浏览量300万次, 在线访谈200次, 回应关切100次). */
export const countingTheSame = (total: { label: string }) => (part: { label: string }) => part.label.endsWith(total.label.slice(-2));
