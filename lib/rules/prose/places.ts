// Where the figures a prose finding is about stand in their sentence, so that its quote keeps them in sight.
import { DONE_VERB } from '../../prose/figure-labels.ts';
import type { NumberToken } from '../../prose/numbers.ts';
import { sameUnit } from '../../prose/units.ts';
import type { ProseFigure } from '../../schema.ts';
import { quote } from '../../text/quote.ts';

type Said = { value: number; unit: string | null; label?: string };

/**
 * The counts of a sentence (`tokens`, as the prose reader found them, in `text`) that state the figures `said`, in the
 * order the sentence gives them (a total, then its parts): for each, the first of its value and unit after the one
 * before that its label (or a count done's verb) stands before, or else the first of its value and unit (制定规范性文件0件,
 * 废止规范性文件0件,现行有效的规范性文件0件: 现行有效's 0 is the third); one not found is left out.
 */
function placesOf(text: string, tokens: readonly NumberToken[], said: readonly Said[]): NumberToken[] {
  const places: NumberToken[] = [];
  let from = 0;
  for (const figure of said) {
    const at = (i: number) => i >= from && tokens[i]!.value === figure.value && sameUnit(tokens[i]!.unit, figure.unit);
    // A zero said in words holds its label in its own words (无上年结转件,…,无结转下年件): up to its stop.
    const before = (i: number, words: string | undefined) => !!words
      && text.slice(i > 0 ? tokens[i - 1]!.stop : 0, tokens[i]!.value === 0 ? tokens[i]!.stop : tokens[i]!.at).includes(words);
    // A count done of what came in is labelled with what came in (收到政府信息公开申请23件，…，已办结23件: 办结政府信息公开申请):
    // its verb stands before it.
    const verb = figure.label ? DONE_VERB.exec(figure.label)?.[0] : undefined;
    const k = [...tokens.keys()].find((i) => at(i) && before(i, figure.label)) ?? [...tokens.keys()].find((i) => at(i) && before(i, verb))
      ?? tokens.findIndex((_, i) => at(i));
    if (k < 0) continue;
    places.push(tokens[k]!);
    from = k + 1;
  }
  return places;
}

/** The sentence of prose figure `i` quoted at the figure, and at the `parts` of it named (`counts`: RuleContext.proseCounts). */
export function quoteFigure(figures: readonly ProseFigure[], counts: readonly (readonly NumberToken[])[], i: number, parts: readonly Said[] = []): string {
  const figure = figures[i]!;
  return quote(figure.text, placesOf(figure.text, counts[i] ?? [], [figure, ...parts]));
}
