// The page's own words for a figure of the text whose label says too little to know it by: "部门：53个" of
// "统一受理平台接入53个部门2261项事项" (shanghai-office-2019) is, in the page's words, 统一受理平台接入53个部门.
import { findNumbers } from './numbers.ts';
import type { ProseFigure } from '../schema.ts';

/** Past this many characters before the figure, the phrase keeps those nearest it. */
const LEAD = 16;
// Where the words that go with a figure start: a clause's end, or a bracket.
const CLAUSE_END = /[，,：:；;（()）。！!？?\s\u3000]/;

/** A label of a word of one or two characters (单位, 部门, 区, 发行): it does not tell the reader which figure it is. */
export const saysLittle = (label: string): boolean => [...label.replace(/[^\p{Script=Han}\p{L}]/gu, '')].length <= 2;

/**
 * The figure in its sentence: from its clause's start, or the figure before it, through the figure and the label after it;
 * null where the sentence holds no figure of that value and unit.
 */
export function figurePhrase({ text, value, unit, label }: Pick<ProseFigure, 'text' | 'value' | 'unit' | 'label'>): string | null {
  const tokens = findNumbers(text);
  const i = tokens.findIndex((t) => t.value === value && t.unit === unit);
  const token = tokens[i];
  if (!token) return null;
  let from = token.at;
  const floor = Math.max(i > 0 ? tokens[i - 1]!.stop : 0, token.at - LEAD);
  while (from > floor && !CLAUSE_END.test(text[from - 1]!)) from--;
  const after = text.startsWith(label, token.stop) ? label : '';
  return text.slice(from, token.stop + after.length).trim();
}
