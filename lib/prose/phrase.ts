// The page's own words for a figure of the text whose label says too little to know it by: "部门：53个" of
// "统一受理平台接入53个部门2261项事项" (shanghai-office-2019) is, in the page's words, 统一受理平台接入53个部门.
import { clauseStart } from './label.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import type { ProseFigure } from '../schema.ts';

/** Past this many characters before the figure, the phrase keeps those nearest it. */
const LEAD = 16;

/** A label of a word of one or two characters (单位, 部门, 区, 发行): it does not tell the reader which figure it is. */
export const saysLittle = (label: string): boolean => [...label.replace(/[^\p{Script=Han}\p{L}]/gu, '')].length <= 2;

/**
 * The figure in its sentence: from its clause's start, or the figure before it, through the figure and the label after it;
 * null where the sentence holds no figure of that value and unit, or several and the label stands by none of them.
 */
export function figurePhrase({ text, value, unit, label }: Pick<ProseFigure, 'text' | 'value' | 'unit' | 'label'>): string | null {
  const tokens = findNumbers(text);
  const token = labelled(text, tokens.filter((t) => t.value === value && t.unit === unit), label);
  if (!token) return null;
  const i = tokens.indexOf(token);
  const from = clauseStart(text, token.at, Math.max(i > 0 ? tokens[i - 1]!.stop : 0, token.at - LEAD));
  const after = text.startsWith(label, token.stop) ? label : '';
  return text.slice(from, token.stop + after.length).trim();
}

/**
 * Which of the sentence's figures of that value and unit (`same`) is the one labelled `label`: the one the label stands
 * right before (办结5件 in 全年收到政府信息公开申请5件，办结5件) or right after (53个部门); the only one, where it is
 * labelled in other words (合计 of 共计6000册).
 */
function labelled(text: string, same: readonly NumberToken[], label: string): NumberToken | undefined {
  return same.find((t) => text.slice(0, t.at).trimEnd().endsWith(label) || text.startsWith(label, t.stop)) ?? (same.length === 1 ? same[0] : undefined);
}
