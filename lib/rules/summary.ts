// What a finding is about, in one line of English, for readers of the English panel: the messages
// themselves are the engine's Chinese, quoting the page's own words.
import { READING_NOTES } from './notes.ts';
import { RULES } from './registry.ts';

// A rule's description ends with its English gloss in brackets: "表三每一列：… (each column: …)".
const GLOSS = /\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/;

/** The English gloss of a rule's or reading note's id, or null for an id neither knows. */
export function englishSummary(id: string): string | null {
  const rule = RULES.find((r) => r.id === id);
  if (rule) return GLOSS.exec(rule.description)?.[1] ?? null;
  return READING_NOTES.find((n) => n.id === id)?.en ?? null;
}
