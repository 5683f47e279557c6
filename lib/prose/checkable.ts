// Whether a report's text gives figures the prose rules can hold against each other: the verdict "the text's figures were
// checked against each other" is said only then (lib/verdict.ts), not of two counts of unrelated things.
import type { ProseFigure } from '../schema.ts';
import { RECEIVED_VERB } from './received.ts';
import { sameUnit } from './units.ts';

const RECEIVED = new RegExp(RECEIVED_VERB);
const DONE = /办结|答复|回复/;

/**
 * Two figures of one measure: in one unit, and either counting the same thing (their labels end alike: 主动公开政府信息 and
 * 公开政府信息, as stray-wan sums them) or what came in and what of it was done, in one sentence (completion-rate).
 */
const oneMeasure = (a: ProseFigure, b: ProseFigure): boolean => sameUnit(a.unit, b.unit)
  && (a.label.slice(-2) === b.label.slice(-2) || (a.text === b.text && RECEIVED.test(a.label) && DONE.test(b.label)));

/** A total given with its parts (parts-sum, stated-shares, bracketed-parts), or two figures of one measure. */
export const checkableFigures = (figures: readonly ProseFigure[]): boolean =>
  figures.some((f, i) => f.parts.length > 0 || figures.slice(i + 1).some((g) => oneMeasure(f, g)));
