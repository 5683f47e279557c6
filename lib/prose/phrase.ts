// The page's own words for a figure of the text whose label says too little to know it by: "部门：53个" of
// "统一受理平台接入53个部门2261项事项" (shanghai-office-2019) is, in the page's words, 统一受理平台接入53个部门.
import { ACTIVITY, clauseStart } from './label.ts';
import { BODY_WORDS, CHANNEL } from './topics.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import type { ProseFigure } from '../schema.ts';
import { HAN } from '../text/han.ts';

/** Past this many characters before the figure, the phrase keeps those nearest it. */
const LEAD = 16;

/** A label of a word of one or two characters (单位, 部门, 区, 发行): it does not tell the reader which figure it is. */
const NOT_A_LETTER = new RegExp(`[^${HAN}\\p{L}]`, 'gu');
export const saysLittle = (label: string): boolean => [...label.replace(NOT_A_LETTER, '')].length <= 2;

/**
 * The figure in its sentence: from its clause's start, or the figure before it, through the figure and the label after it;
 * a zero said in words, from the words that say none (未发生…行政复议), those of the zeros named before it in one breath
 * too (未发生…行政复议、行政诉讼); null where the sentence holds no figure of that value and unit, or several and the label
 * stands by none of them.
 */
export function figurePhrase(figure: Pick<ProseFigure, 'text' | 'value' | 'unit' | 'label'>): string | null {
  const found = figureToken(figure);
  return found && phraseOf(figure.text, found.tokens, found.token, figure.label);
}

/** The sentence's counts, and the one that is the figure: of its value and unit, and labelled as it is. */
function figureToken({ text, value, unit, label }: Pick<ProseFigure, 'text' | 'value' | 'unit' | 'label'>): { tokens: NumberToken[]; token: NumberToken } | null {
  const tokens = findNumbers(text);
  const token = labelled(text, tokens.filter((t) => t.value === value && t.unit === unit), label);
  return token ? { tokens, token } : null;
}

/** The phrase of `token`, the figure, among the sentence's counts: see figurePhrase. */
function phraseOf(text: string, tokens: readonly NumberToken[], token: NumberToken, label: string): string {
  let i = tokens.indexOf(token);
  // 行政诉讼 of 未发生…行政复议、行政诉讼: none is said before the first zero of the run.
  while (i > 0 && inWords(text, token) && inWords(text, tokens[i - 1]!) && clauseStart(text, tokens[i]!.start, tokens[i - 1]!.stop) === tokens[i - 1]!.stop) i--;
  const first = tokens[i]!;
  const start = wholeNumber(text, clauseStart(text, first.at, Math.max(i > 0 ? tokens[i - 1]!.stop : 0, first.at - LEAD)));
  const lead = SPEAKER_AT_PLACE.exec(text.slice(start, first.at))?.[0] ?? '';
  const from = start + (CHANNEL.test(lead) ? 0 : lead.length);
  const after = text.startsWith(label, token.stop) ? label : inWords(text, token) ? restOfClause(text, token, tokens) : '';
  return text.slice(from, token.stop + after.length).trim();
}

/** `start` moved back to the start of a number it falls inside: the lead cut at LEAD characters keeps 2023年 whole, not 023年. */
const wholeNumber = (text: string, start: number) => {
  while (start > 0 && /[0-9]/.test(text[start - 1]!) && /[0-9]/.test(text[start]!)) start--;
  return start;
};

// Who did it and where, before what was done (我在新区钻石广场组织30余家单位, tieling-2019): no part of what the figure counts.
// Not a channel it was done on (我局在政府网站发布…), nor words that say it was not (我局在本年度未收到…).
const SPEAKER_AT_PLACE = new RegExp(`^我(?:们|${BODY_WORDS})?在[^，,。；;：:、未没无不]{2,12}?(?=${ACTIVITY})`);
// A zero said in words goes on to its clause's end where no other count follows in it and the rest is short: 未收到公众申请要求
// 公开其他方面政府信息 (huaihua-yuanjianglu-2023), …行政诉讼的情况.
const CLAUSE_REST = /^[^，,。；;：:（(）)]{0,16}(?=[，,。；;：:（(）)]|$)/;
const restOfClause = (text: string, token: NumberToken, tokens: readonly NumberToken[]) => {
  const rest = CLAUSE_REST.exec(text.slice(token.stop))?.[0] ?? '';
  return tokens.some((t) => t.start >= token.stop && t.start < token.stop + rest.length) ? '' : rest;
};

/** The page's words for a figure where its label alone would mislead: a label that says little, or a zero said in words (行政复议：0件 of 未发生…行政复议). */
export function shownPhrase(figure: Pick<ProseFigure, 'text' | 'value' | 'unit' | 'label'>): string | null {
  const little = saysLittle(figure.label);
  if (!little && figure.value !== 0) return null;
  const found = figureToken(figure);
  return found && (little || inWords(figure.text, found.token)) ? phraseOf(figure.text, found.tokens, found.token, figure.label) : null;
}

/**
 * Whether the figure is a zero said in words (未发生…行政复议案、行政诉讼案和有关的申诉案): the panel names it by its label with 0,
 * its phrase beside it, as the phrases of one run's zeros are cuts of one sentence that read alike (zoucheng-tangcun-2010).
 */
export function saidNone(figure: Pick<ProseFigure, 'text' | 'value' | 'unit' | 'label'>): boolean {
  const found = figure.value === 0 ? figureToken(figure) : null;
  return found !== null && inWords(figure.text, found.token);
}

/** Whether a count is a zero said in words (未收到…申请, 无行政复议), no digit or 零 of its own. */
const inWords = (text: string, t: NumberToken) => t.value === 0 && !/[0-9０-９零〇]/.test(text.slice(t.start, t.end));

/**
 * Which of the sentence's figures of that value and unit (`same`) is the one labelled `label`: the one the label stands
 * right before (办结5件 in 全年收到政府信息公开申请5件，办结5件) or right after (53个部门), or a zero said in words that ends in it
 * (行政复议 of 未发生…行政复议、行政诉讼); the only one, where it is labelled in other words (合计 of 共计6000册).
 */
function labelled(text: string, same: readonly NumberToken[], label: string): NumberToken | undefined {
  return same.find((t) => clauseIs(text, t, label))
    ?? same.find((t) => text.slice(0, t.at).trimEnd().endsWith(label) || text.startsWith(label, t.stop) || (inWords(text, t) && text.slice(t.start, t.stop).endsWith(label)))
    ?? (same.length === 1 ? same[0] : undefined);
}

/** Whether the label is the whole of the clause before `t` (公开0件 of …依申请公开0件,公开0件): it stands by that one before any whose words end in it. */
const clauseIs = (text: string, t: NumberToken, label: string) => {
  const before = text.slice(0, t.at).trimEnd();
  const from = before.length - label.length;
  return before.endsWith(label) && clauseStart(text, from, 0) === from;
};
