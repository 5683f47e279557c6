// Text a mirror garbled by decoding its bytes wrongly: GBK read one byte off turns （一）主动 into ?。ㄒ唬┲鲃
// (gz-dongsha-2024-mirror). Every pair of bytes becomes another character, Han or one of GBK's rows of symbols:
// bopomofo, kana, Cyrillic, pinyin's toned vowels, box drawing, Greek. No Chinese report sets the letters of
// bopomofo, kana or Cyrillic against its characters or punctuation, nor a toned vowel against a character
// (pinyin of its own stands in brackets or apart: （Yuè Shěng Shì）); a box-drawn text table's │ or a formula's
// α are no sign. UTF-8 read for GBK shows as runs of �. What such text spells cannot be read.
const OTHER_SCRIPT = '[\\u3105-\\u3129\\u3041-\\u3093\\u30a1-\\u30f6\\u0401-\\u0451]';
const CJK = '[\\u4e00-\\u9fff\\u3001-\\u3011\\uff01-\\uff1f]';
const TONED = '[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]';
// GBK's own Han (\u4e00-\u9fa5) and stops: all a wrong decoding of its bytes can give; this range on purpose, not
// han.ts's script (so are CJK's and UNCOMMON's).
const GBK_HAN = '[\\u4e00-\\u9fff、。，]';
const GARBLED = new RegExp(`${CJK}${OTHER_SCRIPT}|${OTHER_SCRIPT}${CJK}|${GBK_HAN}${TONED}|${TONED}${GBK_HAN}|\\ufffd{2}`);
// Each of GARBLED's pairs holds a character outside what a Chinese page's own text is set in (ASCII, Latin-1's
// symbols, general and CJK punctuation, Han, full-width forms): a class of a few ranges, tested ~15× faster on a
// page's lines than GARBLED's classes of many single letters, which are tried at every character.
const UNCOMMON = /[^\u0000-\u00df\u2000-\u303f\u4e00-\u9fff\uff00-\ufffc]/;

/** Whether a line holds text garbled by a wrong decoding. */
export const isGarbled = (line: string): boolean => UNCOMMON.test(line) && GARBLED.test(line);

/** The first piece of garbled text among the lines, a few characters either side, to show; null where none is. */
export function garbledSample(lines: readonly string[]): string | null {
  for (const line of lines) {
    const at = UNCOMMON.test(line) ? line.search(GARBLED) : -1;
    if (at >= 0) return line.slice(Math.max(0, at - 2), at + 6).trim();
  }
  return null;
}
