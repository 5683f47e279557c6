// Pages in traditional characters (mirrors that convert a report, portals in Hong Kong style) read
// through the same engine once their text is simplified. The conversion is one character for one,
// so every offset into a node's text stays right.
import { SHARED, SHARED_SIMPLIFIED, TRADITIONAL_ONLY, TRADITIONAL_ONLY_SIMPLIFIED } from './traditional-map.ts';

let simplifiedOf: Map<number, string> | null = null;

function simplifiedMap(): Map<number, string> {
  if (!simplifiedOf) {
    simplifiedOf = new Map();
    for (let i = 0; i < TRADITIONAL_ONLY.length; i++) simplifiedOf.set(TRADITIONAL_ONLY.charCodeAt(i), TRADITIONAL_ONLY_SIMPLIFIED[i]!);
    for (let i = 0; i < SHARED.length; i++) simplifiedOf.set(SHARED.charCodeAt(i), SHARED_SIMPLIFIED[i]!);
  }
  return simplifiedOf;
}

// One byte per UTF-16 code unit, set for the traditional-only characters: the test reads a page's
// first characters with one array load each (a 1,536-character regex class costs ten times as much).
let traditionalOnly: Uint8Array | null = null;

/** How many traditional-only characters the text holds, counting no further than `limit`. */
export function traditionalCount(text: string, limit: number): number {
  if (!traditionalOnly) {
    traditionalOnly = new Uint8Array(0x10000);
    for (let i = 0; i < TRADITIONAL_ONLY.length; i++) traditionalOnly[TRADITIONAL_ONLY.charCodeAt(i)] = 1;
  }
  const only = traditionalOnly;
  let seen = 0;
  for (let i = 0; i < text.length && seen < limit; i++) seen += only[text.charCodeAt(i)]!;
  return seen;
}

/** The text with each traditional character replaced by its simplified form; the same length. */
export function toSimplified(text: string): string {
  const map = simplifiedMap();
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const simple = map.get(text.charCodeAt(i));
    if (simple === undefined) continue;
    out += text.slice(from, i) + simple;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
