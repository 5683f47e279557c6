// Where the figures a prose finding is about stand in their sentence, so that its quote keeps them in sight.
import type { NumberToken } from '../../prose/numbers.ts';
import { sameUnit } from '../../prose/units.ts';
import type { ProseFigure } from '../../schema.ts';
import { quote } from '../../text/quote.ts';

type Said = { value: number; unit: string | null };

/**
 * The counts of a sentence (`tokens`, as the prose reader found them) that state the figures `said`, in the order
 * the sentence gives them (a total, then its parts): for each, the first of its value and unit after the one before;
 * one not found is left out.
 */
function placesOf(tokens: readonly NumberToken[], said: readonly Said[]): NumberToken[] {
  const places: NumberToken[] = [];
  let from = 0;
  for (const figure of said) {
    const k = tokens.findIndex((t, i) => i >= from && t.value === figure.value && sameUnit(t.unit, figure.unit));
    if (k < 0) continue;
    places.push(tokens[k]!);
    from = k + 1;
  }
  return places;
}

/** The sentence of prose figure `i` quoted at the figure, and at the `parts` of it named (`counts`: RuleContext.proseCounts). */
export function quoteFigure(figures: readonly ProseFigure[], counts: readonly (readonly NumberToken[])[], i: number, parts: readonly Said[] = []): string {
  const figure = figures[i]!;
  return quote(figure.text, placesOf(counts[i] ?? [], [figure, ...parts]));
}
