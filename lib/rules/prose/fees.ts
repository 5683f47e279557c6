// What a report says of the 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号) it charged: the
// fee notices it sent, their total and the amount it collected, the three facts 国办公开办函〔2021〕30号 asks
// part 六 to report. Read from the prose figures, and from the ways of saying none was collected they leave out
// (未产生信息处理费, 未收取政府信息公开信息处理费: the fee's long name; 无向申请人收取政府信息公开费用的情况,
// 依申请提供政府信息，不收取费用: no fee of any kind for the disclosure, the fee among them).
import type { ProseFigure, Report } from '../../schema.ts';
import { isPaper } from '../../prose/units.ts';
import { scaled } from '../../text/chinese-number.ts';
import { quote } from '../../text/quote.ts';
import type { RuleContext } from '../types.ts';
import { quoteFigure } from './places.ts';

/** One of the three facts: its value (in 件 or 元), the sentence that says it, and its prose figure if it is one. */
export interface FeeFact { value: number; text: string; figure: number | null }

export interface FeeStatement {
  /** The first sentence that speaks of the fee at all, or null where none does. */
  mention: string | null;
  notices: FeeFact | null;
  billed: FeeFact | null;
  collected: FeeFact | null;
}

// 表三's row "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", as printed or retold
// (因申请人逾期未按收费通知缴纳费用不再处理的申请3件), names fee notices and says nothing of the ones sent.
const TABLE_ROW = /逾期未(?:按|依)?收费通知/g;
/** The words of the fee itself. */
const FEE = /信息处理费|处理费|收费通知/;
// A figure in 元 about some other money: 表二's 行政事业性收费, the office's 经费, fines.
const OTHER_MONEY = /行政事业性|经费|罚没|罚款|收费项目|涉企|预算|资金/;
const MONEY = /^(?:元|万元)$/;
// Among the fee's figures: the fee notices sent (in 件 or 份; not a 补正通知, nor 表三's row), their total (金额
// not yet collected), and what was collected.
const NOTICES = /(?:发出|发送|送达|出具|开具|下发|寄送|寄发)[^，,。；;]{0,6}?(?:收费|缴费)通知/;
const BILLED = /金额|应收|应缴/;
const COLLECTED = /实际|实收|收取|收缴|缴纳|到账|收到/;
// Nothing collected, in words the prose figures do not read: 未产生政府信息公开信息处理费, 不存在…处理费, or 费用 of
// no kind named (未因信息公开收取公民、法人和其他组织等任何费用) where the sentence is about the disclosure
// (DISCLOSURE). Not 不得收取, nor the 条例's 第四十二条 quoted (行政机关依申请提供政府信息，不收取费用): the rule,
// not what was done; nor a fee that names what no one complained of (未发生…收到不合理费用的投诉), nor one after
// 收到, which says what came in (未收到…对政府信息公开费用提出异议): a fee 收到 is a 处理费, a mention all the same.
const NO_COLLECTION = /(?:未|没有|无|不(?!得))[^，,。；;]{0,12}?(?:收取|收缴|收(?!到)|产生|发生)[^，,。；;]{0,16}?(处理费|费用)(?![^，,。；;]{0,4}?(?:投诉|举报|纠纷|争议))/;
const DISCLOSURE = /信息公开|政府信息|申请/;
const STATUTE = /第四十二条|(?<![本我])行政机关依申请/;

// 《政府信息公开信息处理费管理办法》 by its title is the rule, not what was charged under it; 表三's row names
// fee notices and the fees unpaid (逾期未按收费通知要求缴纳费用), not what was charged.
const ownWords = (text: string) => text.replace(TABLE_ROW, '').replace(/《[^》]*》/g, '');
const feeWords = (text: string) => FEE.test(ownWords(text));

/** Whether the sentence says no fee was collected: the 信息处理费, or any 费用 for the disclosure but other money (行政事业性收费). */
function noneCollected(text: string): boolean {
  const m = NO_COLLECTION.exec(ownWords(text));
  return m !== null && !OTHER_MONEY.test(m[0]) && !STATUTE.test(text) && (m[1] === '处理费' || DISCLOSURE.test(text));
}
const yuan = (f: ProseFigure) => (f.unit === '万元' ? scaled(f.value, 1e4) : f.value);

/** Which of the three facts a prose figure states, or null for none of them. */
function factOf(f: ProseFigure): 'notices' | 'billed' | 'collected' | null {
  if (f.approximate || OTHER_MONEY.test(f.label)) return null;
  if (isPaper(f.unit)) return NOTICES.test(f.label.replace(TABLE_ROW, '')) ? 'notices' : null;
  // An amount is in 元 or 万元. The one amount without a unit is a zero said in words (未向申请人收取费用): the
  // page names no unit for nothing, and a zero is the same in either. Any other number without one (信息数79) is
  // no amount of money.
  if (f.unit === null ? f.value !== 0 : !MONEY.test(f.unit)) return null;
  // 收取费用=0 (未向申请人收取费用): no fee of any kind, the fee among them; an amount of a fee not named may be
  // any other.
  if (!feeWords(f.text) && !(f.value === 0 && /收取|收费/.test(f.label))) return null;
  return BILLED.test(f.label) && !COLLECTED.test(f.label) ? 'billed' : 'collected';
}

/** The sentence that states a fact, as a finding quotes it: at its figure, where it is one (`counts`: RuleContext.proseCounts). */
export const quoteFact = (fact: FeeFact, report: Report, counts: RuleContext['proseCounts']): string =>
  (fact.figure === null ? quote(fact.text) : quoteFigure(report.proseFigures, counts, fact.figure));

/** What the report says of the fee: on the page's lines, and in its prose figures. */
export function readFees(report: Report, lines: readonly string[]): FeeStatement {
  const statement: FeeStatement = { mention: null, notices: null, billed: null, collected: null };
  report.proseFigures.forEach((f, index) => {
    const fact = factOf(f);
    if (!fact) return;
    statement.mention ??= f.text;
    statement[fact] ??= { value: fact === 'notices' ? f.value : yuan(f), text: f.text, figure: index };
  });
  for (const line of lines) {
    if (!line.includes('费')) continue;
    for (const sentence of line.split(/(?<=[。；;])/)) {
      const text = sentence.trim().replace(/[。；;]$/, '');
      const none = noneCollected(text);
      if (!none && !feeWords(text)) continue;
      statement.mention ??= text;
      if (!statement.collected && none) statement.collected = { value: 0, text, figure: null };
    }
  }
  return statement;
}
