// A part's own list, in brackets after it: 法定主动公开35条(其中政策文件6条、…、宅基地使用情况审核2条) (kaizhou-dajin-2024),
// 通知公告29条（其中行政处罚27条）(huitong-lyj-2020). Its items are pieces of that part as the part is of the total: the
// prose reader gives them as counts of their own, so what they add up to is found here, in the sentence's counts.
import { clauseOf } from '../../prose/clauses.ts';
import type { NumberToken } from '../../prose/numbers.ts';
import { sameUnit } from '../../prose/units.ts';
import type { ProseFigure } from '../../schema.ts';

// The bracket opening the part's list: 其中, 内有, 含 (what is within). 含转发 (reposts included) is how the part was
// counted, no list of it.
const OWN_LIST = /^[（(]\s*(?:其中|内有|含(?!转))[:：，,]?/;
// The words naming an item, without the list's opening (（其中政策文件 → 政策文件), the comma before it or the close of
// the item's own bracket before that.
const LEAD = /^[\s（(）)，,、；;:：]*(?:其中|内有|含)?[:：，,]?/;
// A ； within the bracket starts another list of the part, counted another way (图文解读6条、视频解读4条；部门解读7条、…);
// so does an item after those that already make up the part (行政处罚27条、行政许可2条，本级发布20条… of 29).
const NEXT_LIST = /[；;]/;

const OPENS = new Set(['（', '(']);
const CLOSES = new Set(['）', ')']);

/** How many brackets stand open at `at`, counting from `from` (0 where none). */
function depthAt(text: string, from: number, at: number): number {
  let depth = 0;
  for (let i = from; i < at; i++) depth += OPENS.has(text[i]!) ? 1 : CLOSES.has(text[i]!) ? -1 : 0;
  return depth;
}

/** Where the bracket opening at `open` closes, brackets within it passed over; -1 where it does not. */
function closingBracket(text: string, open: number): number {
  for (let i = open + 1, depth = 1; i < text.length; i++) {
    depth += OPENS.has(text[i]!) ? 1 : CLOSES.has(text[i]!) ? -1 : 0;
    if (depth === 0) return i;
  }
  return -1;
}

const sumOf = (items: BracketedList['items']): number => items.reduce((sum, item) => sum + item.value, 0);

export interface BracketedList {
  /** The part of the figure the list is of (its index in figure.parts). */
  j: number;
  /** The items' names and counts, in order. */
  items: { label: string; value: number }[];
  sum: number;
}

/**
 * The parts of `figure` followed by a list of their own in brackets whose items, all exact and counted in the part's
 * unit, add up to more than the part (`tokens`: the counts of its sentence). One item counted in another unit, or
 * approximate (20余条), leaves the list unsummed; a change against last year (较上年增加60条) is no item; lists one after
 * another (a ； between, or the first making up the part) are each the part's own.
 */
export function listsOverTheirPart(figure: ProseFigure, tokens: readonly NumberToken[]): BracketedList[] {
  const text = figure.text;
  const out: BracketedList[] = [];
  let from = tokens.findIndex((t) => t.value === figure.value && sameUnit(t.unit, figure.unit)) + 1;
  figure.parts.forEach((part, j) => {
    // The part's count, named by its label: the same figure in the list of a part before it (通知公告29条（其中行政处罚4条）,
    // 人事信息4条) is not it.
    const counts = (t: NumberToken, at: number) => at >= from && t.value === part.value && sameUnit(t.unit, part.unit);
    const named = tokens.findIndex((t, at) => counts(t, at) && text.slice(tokens[at - 1]?.stop ?? 0, t.at).includes(part.label));
    const k = named >= 0 ? named : tokens.findIndex(counts);
    if (k < 0) return;
    from = k + 1;
    const head = tokens[k]!;
    if (part.approximate || !OWN_LIST.test(text.slice(head.stop))) return;
    const end = closingBracket(text, head.stop);
    if (end < 0) return;
    // A bracket within holds an item's own pieces (政策文件6条（含规范性文件5条）): not items of the list.
    const inside = tokens.map((token, at) => ({ token, at }))
      .filter(({ token }) => token.start > head.stop && token.stop <= end && depthAt(text, head.stop, token.at) === 1);
    if (inside.length === 0 || inside.some(({ token }) => token.approximate || !sameUnit(token.unit, part.unit))) return;
    const lists: BracketedList['items'][] = [[]];
    for (const { token, at } of inside) {
      const after = Math.max(head.stop, tokens[at - 1]?.stop ?? 0);
      if (clauseOf(text, after, head.stop, token).change !== null) continue;
      const words = text.slice(after, token.at);
      const list = lists.at(-1)!;
      if (list.length > 0 && (NEXT_LIST.test(words) || sumOf(list) === part.value)) lists.push([]);
      lists.at(-1)!.push({ label: words.replace(LEAD, ''), value: token.value });
    }
    for (const items of lists) {
      const sum = sumOf(items);
      if (sum > part.value) out.push({ j, items, sum });
    }
  });
  return out;
}
