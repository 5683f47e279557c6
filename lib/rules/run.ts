// Runs the rules over a parsed report. One failing rule must not cost the reader the others'
// findings, so a rule that throws (or reports something off-contract) becomes an info warning.
import { Warning, type Report } from '../schema.ts';
import { RULES } from './registry.ts';
import type { Finding, Rule, RuleContext, RuleInfo } from './types.ts';

export function runRules(report: Report, ctx: RuleContext, rules: readonly Rule[] = RULES): Warning[] {
  const warnings: Warning[] = [];
  for (const rule of rules) warnings.push(...runChecked(rule, () => rule.check(report, ctx)));
  return warnings;
}

/** One rule's findings as warnings stamped with its id, or the info warning that it failed. */
export function runChecked(rule: RuleInfo, check: () => Finding[]): Warning[] {
  try {
    return check().map((finding) => Warning.parse({ rule: rule.id, ...finding }));
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
