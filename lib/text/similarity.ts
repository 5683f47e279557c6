// How alike two labels are, for labels that lost characters on the way (行政许 for 行政许可).

/** Length of the longest common subsequence of two strings (O(a·b), labels are short). */
export function lcsLength(a: string, b: string): number {
  if (!a || !b) return 0;
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

/**
 * Similarity in [0, 1] of a label as found and the label expected (both already reduced by labelKey):
 * the harmonic mean of how much of the expected label is there and how much of the found label is expected.
 */
export function labelSimilarity(found: string, expected: string): number {
  if (!found || !expected) return 0;
  const common = lcsLength(found, expected);
  if (common === 0) return 0;
  const recall = common / expected.length;
  const precision = common / found.length;
  return (2 * recall * precision) / (recall + precision);
}
