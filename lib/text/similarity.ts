// How alike two labels are, for labels that lost characters on the way (行政许 for 行政许可).

const WORD = 31; // bits usable in one 32-bit bitwise word without the sign bit

/**
 * Length of the longest common subsequence of two strings. Bit-parallel (Hyyrö) when one string fits
 * in a machine word, which every standard label does; the quadratic table otherwise. Exported for its test,
 * which holds both ways against the textbook algorithm.
 */
export function lcsLength(a: string, b: string): number {
  if (a.length > WORD && b.length <= WORD) [a, b] = [b, a];
  if (a.length > WORD) return lcsTable(a, b);
  return lcsWithMasks(a.length, charMasks(a), b);
}

/** For each character of a short string, the bit set of its positions. */
function charMasks(a: string): Map<number, number> {
  const masks = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    masks.set(c, (masks.get(c) ?? 0) | (1 << i));
  }
  return masks;
}

function lcsWithMasks(length: number, masks: Map<number, number>, b: string): number {
  const full = length === WORD ? 0x7fffffff : (1 << length) - 1;
  let v = full;
  for (let j = 0; j < b.length; j++) {
    const u = v & (masks.get(b.charCodeAt(j)) ?? 0);
    v = ((v + u) | (v - u)) & full;
  }
  return length - popcount(v);
}

/** An expected label prepared once (templates are constant), then compared with many found labels. */
export class LabelPattern {
  private readonly masks: Map<number, number> | null;
  constructor(readonly text: string) {
    this.masks = text.length > 0 && text.length <= WORD ? charMasks(text) : null;
  }
  /**
   * Similarity in [0, 1] of a label as found to this one (both already reduced by labelKey): the harmonic mean of how
   * much of this label is there and how much of the found label is this one's.
   */
  similarity(found: string): number {
    if (!found || !this.text) return 0;
    if (found === this.text) return 1; // most labels of a well-kept page, at the cost of one compare
    const common = this.masks ? lcsWithMasks(this.text.length, this.masks, found) : lcsLength(found, this.text);
    return common === 0 ? 0 : (2 * common) / (found.length + this.text.length);
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function lcsTable(a: string, b: string): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
