// Which units of count count the same thing: the one place the prose readers and rules ask.

// Applications and cases are 件, 宗 or 起 as the writer pleases.
const SAME_COUNT: Record<string, string> = { 宗: '件', 起: '件' };

/** Whether two units count the same kind of thing (件 and 宗 do; 件 and 条 do not). */
export function sameUnit(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && (SAME_COUNT[a] ?? a) === (SAME_COUNT[b] ?? b));
}

// Units reports use loosely for pieces of information, documents and applications alike, in one list (公开各类信息
// 236条,其中…发布信息198条,回复群众诉求11件), each time published too (网站共发布89篇次): money, accounts, people or
// events (5次公告) counted among them are something else.
const PIECES = /^(?:[条件篇]次?|份|宗|起)$/;

/** Whether two units, both given, count different kinds of thing: not the same unit, nor both pieces. */
export function otherKind(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && !sameUnit(a, b) && !(PIECES.test(a) && PIECES.test(b));
}

/** Whether a unit counts papers sent or received, one each: a notice (发出收费通知3件, 3份), an application (收到1份申请). */
export const isPaper = (unit: string | null) => unit === '件' || unit === '份';

// 条 and 份 count applications where the label's noun is the application itself (共收到政府信息公开申请3条, as 平潭's
// offices write; 收到1份…行政复议申请), not what was applied for (答复依申请公开政府信息35条) nor the papers
// (受理政府信息公开申请材料30份).
const APPLICATION = /申请$/;

/** The unit a figure counts in, as 件 for applications and cases however the writer put it (宗, 起; 条 or 份 of applications). */
export function countUnit(figure: { label: string; unit: string | null }): string | null {
  const { label, unit } = figure;
  if (unit === null) return null;
  if ((unit === '条' || isPaper(unit)) && APPLICATION.test(label)) return '件';
  return SAME_COUNT[unit] ?? unit;
}
