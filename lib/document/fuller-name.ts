// One body's name as one of the page's sources gives it more fully than another: the title's 县政府办 and the overview's
// 府谷县人民政府办公室, a contact line's 广州市政府 and the top line's 广州市人民政府, a viewer's title that lost a 区 and
// the 落款 that has it; a place the title names for its body (上海市2022年…) and the government the page names (上海市人民政府);
// a district's body and its city before it (福田区… under 来源:深圳市福田区…). Only forms of the same name count: no other body (县政府办 and 县教育局), no other place's
// (a city's 市政府办 is no district's 某市某区政府办).
import { squeezed } from '../text/normalize.ts';
import { HAN } from '../text/han.ts';
import { LEVELS, LEVELS_ABOVE_TOWNSHIP, levelFirst, placeNamed, ZONE_WORDS } from './names.ts';

// The word of a place's level, ending its name (府谷县, 文登区) and opening a name that leaves the place out (县政府办, 区国资局).
const LEVEL = `[${LEVELS}]`;
const LEVEL_CHAR = new RegExp(LEVEL);
// A name that leaves its place out, a township's body's too (镇政府办).
const LEVEL_FIRST = levelFirst(LEVELS);
// What may stand before such a name as its place (府谷, 威海市文登): Han words, no 全县's or 本区's.
const PLACE_BEFORE = new RegExp(`^(?![全本各我该])[${HAN}]{1,12}$`, 'u');
// A place named alone above a township (湟源县, 浑南区; no 开发区, whose 管委会 is no government) or a township (某某镇).
const BARE_PLACE = placeNamed(LEVELS, 12);
// A 街道 named alone (丽岙街道, 无锡市锡山区人民政府厚桥街道), whose one body is its 办事处, its district government's 派出机关,
// as real reports name it (伊州区丽园街道办事处, 广州市白云区人民政府棠景街道办事处). A zone's body is no such one name: a 管委会
// or 管理委员会, a 管理局, or a township's government it shares (浒墅关经开区(镇)), so a zone is left as the page names it.
const STREET = new RegExp(`^[${HAN}]{2,30}街道$`, 'u');

// A zone named alone (随县经济开发区, 宁波国家高新区, 某工业园区, 综合保税区), whose body is its 管委会 or 管理委员会, and a 地区 or
// 盟, whose body is its 行政公署 (阿拉善盟行政公署), not a government: the name the page prints for it (its 落款, 来源, 发布机构 or
// title) completes it; none is made up where the page prints none.
const ZONE = new RegExp(`^[${HAN}]{2,30}?(?:${ZONE_WORDS})[${HAN}]{0,4}区$`, 'u');
const REGION = new RegExp(`^[${HAN}]{2,12}(?:地区|盟)$`, 'u');

// Places named alone, one within the next (深圳市, 广元市昭化区): what may stand before a name opening with its own place.
const PLACES = new RegExp(`^(?:[${HAN}]{2,12}?[${LEVELS_ABOVE_TOWNSHIP}])+$`, 'u');
// A name opening with a place of its own (福田区集体…, 中扬镇…): two characters at least before its level, no department's
// word (城乡, 城市) for one.
const OWN_PLACE = new RegExp(`^(?![${HAN}]?(?:城乡|城市|乡村|市场|市政|乡镇))[${HAN}]{2,8}?${LEVEL}`, 'u');

/**
 * The name as names of one body compare: 人民政府 as 政府, the government's office as 政府办 (办公室, 办公厅 or 办), and a
 * department named with its government (区政府国资局) as with its place alone (区国资局).
 */
export const nameKey = (name: string): string => squeezed(name)
  .replace(/人民政府/g, '政府').replace(/政府办(?:公室|公厅)?$/, '政府办').replace(new RegExp(`(?<=${LEVEL})政府(?=[^办])`), '');

/**
 * Whether `full` names the body `short` names, more fully: the same name spelt out (县政府办 → 县政府办公室, 广州市政府 →
 * 广州市人民政府), its place before the level it opens with (县政府办 → 府谷县人民政府办公室, 区政府国资局 → 浑南区国资局), or
 * a place's level it lost (威海市文登人民政府办公室 → 威海市文登区人民政府办公室), the place's government for the place (上海市 →
 * 上海市人民政府, 湟源县 → 西宁市湟源县人民政府) or a 街道's 办事处 (某某街道 → 温州市瓯海区某某街道办事处), or the places a name opening with its own lies in (福田区… → 深圳市福田区…),
 * or the words a short name abbreviates, its place before them (市国资委 → 天津市人民政府国有资产监督管理委员会).
 */
export function completes(short: string, full: string): boolean {
  const s = nameKey(short), f = nameKey(full);
  if (s === f) return squeezed(full).length > squeezed(short).length;
  // A place named alone and its body, or the places it lies in, or both (湟源县 → 西宁市湟源县人民政府, 丽岙街道 →
  // 温州市瓯海区丽岙街道 or 温州市瓯海区丽岙街道办事处).
  const bodies = REGION.test(s) ? ['行政公署'] : BARE_PLACE.test(s) ? ['政府'] : STREET.test(s) ? ['办事处'] : ZONE.test(s) ? ['管委会', '管理委员会'] : null;
  const own = bodies === null ? null : [...bodies.map((body) => `${s}${body}`), s].find((end) => f.endsWith(end));
  if (own && (f === own || PLACES.test(f.slice(0, -own.length)))) return true;
  if (OWN_PLACE.test(s) && f.endsWith(s) && f.length > s.length) return PLACES.test(f.slice(0, -s.length));
  if (LEVEL_FIRST.test(s) && f.endsWith(s)) return PLACE_BEFORE.test(f.slice(0, -s.length));
  if (LEVEL_FIRST.test(s) && shortOfPlaced(s, f)) return true;
  if (f.length !== s.length + 1) return false;
  // The lost level stands inside the name, after a place's name of two characters at least.
  for (let i = 2; i < s.length; i++) if (LEVEL_CHAR.test(f[i]!) && f.slice(0, i) + f.slice(i + 1) === s) return true;
  return false;
}

/** Where in `full` the earliest reading of `short`'s characters, in their order, ends (after its last); 0 where they are not all in it. */
function abbreviationEnd(short: string, full: string): number {
  let at = 0;
  for (const c of short) if ((at = full.indexOf(c, at) + 1) === 0) return 0;
  return at;
}

/** Whether every character of `short` is in `full` in its order, as an abbreviation's are (市残联 in 公主岭市残疾人联合会). */
export const abbreviates = (short: string, full: string): boolean => abbreviationEnd(short, full) > 0 && full.length > short.length;

/**
 * Whether a name opening with its level is the short form of the body a name with its place spells out (市国资委 of
 * 天津市国有资产监督管理委员会, tianjin-gzw-2025's title and 来源): after the level, three characters or more that open the
 * full words and end in their last word (委 of 委员会, 局; not a body of it: 市卫健委's 委 is in 卫生健康委员会机关党委 before
 * its 党委), which runs three characters or more longer. A government and
 * its office (市政府, 天津市政府办) are no such pair: 政府 is two.
 */
function shortOfPlaced(short: string, full: string): boolean {
  const words = short.slice(1);
  if (words.length < 3) return false;
  for (let at = full.indexOf(short[0]!); at >= 0; at = full.indexOf(short[0]!, at + 1)) {
    const spelt = full.slice(at + 1);
    if (PLACE_BEFORE.test(full.slice(0, at)) && spelt[0] === words[0] && spelt.length >= words.length + 3
      && abbreviationEnd(words, spelt) >= spelt.length - 2) return true;
  }
  return false;
}

/**
 * `name` (a title's 县人民政府办公室…, leaving its place out) with the place `place` names alone before it, where that place
 * is of the level the name opens with (湟源县 → 湟源县人民政府办公室); null where it is not.
 */
export function withPlace(name: string, place: string): string | null {
  const bare = squeezed(place);
  return LEVEL_FIRST.test(name) && BARE_PLACE.test(bare) && bare.endsWith(name[0]!) ? bare + name.slice(1) : null;
}

// A place's government or its office, by its level (府谷县人民政府, 某镇政府办).
const GOVERNMENT_OF = new RegExp(`(${LEVEL})政府办?$`);
// The levels a name opens with: one, or a word of two (乡镇政府, 市县).
const LEVELS_FIRST = new RegExp(`^${LEVEL}+`);
/**
 * Whether `name` is a place's government, or its office, of another level than the one `levelName` opens with: a town's
 * title (镇人民政府2022年…) over a text that names its county's government (府谷县人民政府高度重视…), which is not its issuer;
 * a 乡镇's title takes a 镇's.
 */
export function ofAnotherLevel(levelName: string, name: string): boolean {
  const level = GOVERNMENT_OF.exec(nameKey(name))?.[1];
  return level !== undefined && LEVEL_FIRST.test(levelName) && !LEVELS_FIRST.exec(levelName)![0].includes(level);
}

// A place whose one government is its 人民政府: a province, city, county, 自治州, 旗, township, or a district (no 社区 or 校区,
// no 管理区, 度假区 or 保护区, whose bodies are a 居委会, a school, a 管委会 or a bureau; no 地区 or 盟, whose is a 行政公署).
const GOVERNED_PLACE = placeNamed(LEVELS.replace('盟', ''), 12, '|地|社|校|管理|度假|保护');

/**
 * The body a place named alone stands for: its 人民政府 (上海市 → 上海市人民政府), a 街道's 办事处 (丽岙街道 → 丽岙街道办事处):
 * a report is a body's, and one body's reports should bear one name from year to year, whether the page names the body or
 * only the place; null for a name that is no such place.
 */
export function placeBody(name: string): string | null {
  const place = squeezed(name);
  return GOVERNED_PLACE.test(place) ? `${place}人民政府` : STREET.test(place) ? `${place}办事处` : null;
}

/** The place a name placeBody() gave stands for (上海市人民政府 → 上海市), where the page may name it; null for any other name. */
export function governedPlace(name: string): string | null {
  const place = squeezed(name).replace(/(?:人民政府|办事处)$/, '');
  return place !== squeezed(name) && placeBody(place) === squeezed(name) ? place : null;
}
