// What a finding is about, in one line of English, for readers of the English panel: the messages
// themselves are the engine's Chinese, quoting the page's own words.
import type { Language } from '../labels.ts';
import { UNCHECKED } from './balance.ts';
import { GARBLED_PERIOD } from './document/period-legible.ts';
import { READING_NOTES } from './notes.ts';
import { CATALOGUE } from './registry.ts';

// A rule's description ends with its English gloss in brackets: "表三每一列：… (each column: …)".
const GLOSS = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/;
/** Before a rule's gloss in a finding's gist: the check the finding failed. */
const CHECK = 'Check: ';

/**
 * The English gloss of a rule's or reading note's id, or null for an id neither knows. A rule's gloss says
 * what it requires, so it is given as the check the finding failed ("Check: … is on a government domain"
 * above a finding that it is not), or, where the finding's `message` says blank cells left the sum unchecked, as
 * the check not made (a gist of the sum alone would read as sums that disagree), and where it says the period was
 * read from garbled dates, as that (the header shows the period read); a note's says what reading did.
 */
export function englishSummary(id: string, message = ''): string | null {
  if (CATALOGUE.some((r) => r.id === id)) {
    const gloss = ruleRequirement(id, 'en');
    if (!gloss) return null;
    if (message.startsWith(GARBLED_PERIOD)) return 'Period read from garbled dates (年 or 月 lost or mistyped on the page), as shown: check the original';
    return message.includes(UNCHECKED) ? `Not checked, cells left blank (most likely not filled in): ${gloss}` : `${CHECK}${gloss}`;
  }
  return READING_NOTES.find((n) => n.id === id)?.en ?? null;
}

/** The finding's English gist is its rule's check as such, which the rule's explanation under it need not say again. */
export const gistIsCheck = (id: string, message: string): boolean => englishSummary(id, message)?.startsWith(CHECK) ?? false;

/** What the panel tells of a rule or a reading note on request, in one language: what it checks (or what reading did), why, and examples. */
export interface RuleExplanation {
  checks: string;
  /** The rule's rationale; null for a reading note, which has none, nor examples. */
  why: string | null;
  /** A report the rule passes and one it fails; null for a reading note. */
  example: { passes: string; fails: string } | null;
}

/** A rule's or reading note's explanation in `language` from the rule or note itself (as docs/rules.md gives it), or null for an id neither knows. */
export function ruleExplanation(id: string, language: Language): RuleExplanation | null {
  const rule = CATALOGUE.find((r) => r.id === id);
  if (rule) {
    const { passes, fails } = rule.example;
    return { checks: ruleRequirement(id, language) ?? rule.description, why: rule.rationale[language], example: { passes: passes[language], fails: fails[language] } };
  }
  const note = READING_NOTES.find((n) => n.id === id);
  return note ? { checks: note[language], why: null, example: null } : null;
}

/** What a rule requires, from its description: the Chinese before the gloss, or the English gloss; null for an id no rule has. */
export function ruleRequirement(id: string, language: Language): string | null {
  const description = CATALOGUE.find((r) => r.id === id)?.description;
  if (description === undefined) return null;
  return language === 'zh' ? description.replace(GLOSS, '').trim() : GLOSS.exec(description)?.[1] ?? null;
}
