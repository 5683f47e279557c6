// A roundup report of a whole place's bodies, its title and 落款 lost (2020年,全市各级行政机关…主动公开信息13970条:
// xingan-wlht-2020), is that place's government's. The text names the place only where it names its government or its
// site (通过乌兰浩特市政务公开网主动公开…); a text naming two places of the level (a county-level city's and its prefecture's)
// names none for sure.
import { squeezed } from '../text/normalize.ts';
import { HAN } from '../text/han.ts';
import { LEVELS_ABOVE_TOWNSHIP } from './names.ts';

// The whole place's bodies as the year's subject: 全市各级行政机关, 全县各级各部门, 全区各单位.
const ALL_BODIES = new RegExp(`全([${LEVELS_ABOVE_TOWNSHIP}])(?:各级)?各?(?:行政机关|政府部门|部门|单位)`);
// A place's government or its site: the Han run to a level before it (通过乌兰浩特市), three characters at least once the
// words before the name are cut (no 全市, 本县, 2020年市政府's 年市).
const PLACES_OWN = new RegExp(`([${HAN}]{1,10}?[${LEVELS_ABOVE_TOWNSHIP}])(?=(?:人民)?政府|政务公开网|政府网|门户网)`, 'gu');
// The words before the place that are no part of its name: all up to the last verb of means (各级行政机关和部门通过乌兰浩特市:
// the 和 no place's start), then a word of one character.
// Both cut only where a name of two characters or more follows, none of its characters such a word's own.
const NAME_AFTER = '(?=[^通依利借按根经在向由与和及对]{2,})';
const VIA = new RegExp(`^.*(?:通过|依托|利用|借助|按照|根据)${NAME_AFTER}`);
const LEADING = new RegExp(`^.*?(?:经|在|向|由|与|和|及|对)${NAME_AFTER}`);
// What a run read up to a government holds that no place's name does: a party committee and its government (在市委市政府的
// 领导下 → 市委市), places of a kind (各县市政府网站), the subject with the level again (全市各级行政机关通过市政府网站), levels
// side by side (县市区政府, 市县区; not 州, a name's own character in 德州市): three, or two the run opens with, for a name may
// end with a level after its own 市 (沙市区, 新市区: 荆州's and 乌鲁木齐's districts).
const NO_NAME = /[委各]|[省市县区盟旗]{3}|^[省市县区盟旗]{2}/;

/** The government of the one place of the roundup's level the text names, and its line; null where it is no roundup or names none, or two. */
export function roundupGovernment(text: readonly string[]): { value: string; line: number } | null {
  const level = text.map((line) => ALL_BODIES.exec(squeezed(line))?.[1]).find((l) => l !== undefined);
  if (!level) return null;
  const places = new Map<string, number>();
  for (const [line, raw] of text.entries()) {
    for (const m of squeezed(raw).matchAll(PLACES_OWN)) {
      const place = m[1]!.replace(VIA, '').replace(LEADING, '');
      const named = place.length >= 3 && place.endsWith(level) && !place.slice(0, -1).includes(level) && !NO_NAME.test(place);
      if (named && !places.has(place)) places.set(place, line);
    }
  }
  const [one, ...more] = [...places];
  return one && more.length === 0 ? { value: `${one[0]}人民政府`, line: one[1] } : null;
}
