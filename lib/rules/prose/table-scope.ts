// Whose count a sentence's figure is, as a rule holding it against the tables needs to know.
import { proseScope } from '../../prose/topics.ts';
import type { ProseFigure } from '../../schema.ts';
import { issuerKind } from '../issuer.ts';

/**
 * 'own' where the figure is the issuer's own, as its tables count; 'wider' where the sentence speaks of the whole area
 * (全市, 各级) in a government's report, whose tables may count its own level only (a difference is a warning); null where
 * it restates no table figure: a part of what the report counts, or the whole area in a department's or township's report.
 */
export function tableScope(figure: ProseFigure, issuer: string | null): 'own' | 'wider' | null {
  const scope = proseScope(figure);
  if (scope === 'part') return null;
  if (scope !== 'whole-area') return 'own';
  const kind = issuerKind(issuer);
  return kind === 'department' || kind === 'township' ? null : 'wider';
}
