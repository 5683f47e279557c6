// Runs the rules over a parsed report. One failing rule must not cost the reader the others'
// findings, so a rule that throws (or reports something off-contract) becomes an info warning.
import type { Spot } from '../document/page-text.ts';
import { Warning, type Report } from '../schema.ts';
import { RULES } from './registry.ts';
import type { Finding, Rule, RuleContext, RuleInfo } from './types.ts';

/** Where the page's lines print the words each warning is about (Finding.words), for the warnings about some. */
export type WordSpots = Map<Warning, readonly Spot[]>;

/** `words` gets where the page prints the words of the warnings about some. */
export function runRules(report: Report, ctx: RuleContext, rules: readonly Rule[] = RULES, words?: WordSpots): Warning[] {
  const warnings: Warning[] = [];
  for (const rule of rules) warnings.push(...runChecked(rule, () => rule.check(report, ctx), words));
  return warnings;
}

/** One rule's findings as warnings stamped with its id (their words noted in `words`), or the info warning that it failed. */
export function runChecked(rule: RuleInfo, check: () => Finding[], words?: WordSpots): Warning[] {
  try {
    return check().map((finding) => {
      // The schema's fields alone: the words are no part of the report.
      const warning = Warning.parse({ rule: rule.id, ...finding });
      if (finding.words?.length) words?.set(warning, finding.words);
      return warning;
    });
  } catch (error) {
    return [ruleFailed(rule, error)];
  }
}

function ruleFailed(rule: RuleInfo, error: unknown): Warning {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    rule: 'engine/rule-failed',
    severity: 'info',
    message: `检查规则 ${rule.id} 运行出错，本项未检查：${reason}`,
    cells: [], expected: null, actual: null,
  };
}

export { RULES };
