// Whether a report's text gives figures the prose rules can hold against each other: the verdict "the text's figures were
// checked against each other" is said only then (lib/verdict.ts), not of two counts no rule compares.
import type { ProseFigure } from '../schema.ts';
import { DONE_VERB, RECEIVED_VERB } from './received.ts';
import { countingTheSame, digitsBeforeWan, sameUnit } from './units.ts';

const RECEIVED = new RegExp(RECEIVED_VERB);
const DONE = new RegExp(DONE_VERB);
const RATE = new RegExp(`${DONE_VERB}率`);

/**
 * Two figures a rule compares: in one unit, and either a total written with 万 and a count of the same thing (its label
 * ending alike: 主动公开政府信息…万条 and 公开政府信息, as stray-wan sums them) or what came in and what of it was done, in
 * a sentence that states their rate (completion-rate). Two counts of one thing with nothing to check between them
 * (全职工作人员2名, 兼职工作人员0名; 受理申请47件，办结38件) are no such pair.
 */
const compared = (a: ProseFigure, b: ProseFigure): boolean => sameUnit(a.unit, b.unit)
  && ((digitsBeforeWan(a) !== null && countingTheSame(a)(b))
    || (a.text === b.text && RECEIVED.test(a.label) && DONE.test(b.label) && !RECEIVED.test(b.label) && RATE.test(b.text)));

/** A total given with its parts (parts-sum, stated-shares, bracketed-parts), or two figures a rule compares. */
export const checkableFigures = (figures: readonly ProseFigure[]): boolean =>
  figures.some((f, i) => f.parts.length > 0 || figures.slice(i + 1).some((g) => compared(f, g)));
