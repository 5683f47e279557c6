// The Han script as a character class's ranges, for `[${HAN}]` under the `u` flag: the BMP's and plane 1's Han as Unicode
// 17 assigns them (what /\p{Script=Han}/u matches in Node 20.20, ICU 78, range for range; han.test.ts compares them again
// under whatever Node runs it) and planes 2 and 3 whole, which hold only ideographs, later ones too. Being ranges, it
// matches alike in every browser whatever Unicode its engine knows. V8 builds \p{Script=Han} as those ranges split at
// each gap of planes 2–3 and compiles every such regex at twice the cost (the 21 regexes a report's first extraction
// runs: 7.3 → 3.3 ms CPU), which a page read once pays.
export const HAN = String.raw`\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9\u{16fe2}-\u{16fe3}\u{16ff0}-\u{16ff6}\u{20000}-\u{3ffff}`;

/** One Han character anywhere in the text (no `g`: test() keeps no state). */
export const HAN_CHAR = new RegExp(`[${HAN}]`, 'u');
