// What kind of body issued a report, from its name: the legal deadline and the scope of its figures
// depend on it (条例第四十九条 distinguishes the government-wide report from a department's). And whether another name
// the page gives may be the issuer's.
import { completes } from '../document/fuller-name.ts';
import { COMPILING_OFFICE } from '../document/issuer.ts';
import { LEVELS, LEVELS_ABOVE_TOWNSHIP, ZONE_WORDS } from '../document/names.ts';
import { squeezed } from '../text/normalize.ts';
import { HAN } from '../text/han.ts';

export type IssuerKind = 'government' | 'department' | 'township' | 'region' | 'unknown';

const TOWNSHIP = /(乡|镇|街道|苏木)(人民政府|政府|办事处)?$|街道办事处|(乡|镇|苏木)人民政府/;
// A 开发区, 高新区, 园区, 示范区 or 实验区 named alone, or any 区 a 管委会 runs (湖南湘江新区管理委员会, 旅游度假区管委会):
// a 派出机构, neither a 县级以上人民政府 nor one of its departments, whose report is often the whole area's (平潭综合实验区
// 汇总各有关单位). 社区 and 学区 are regions too, run by no government at all. A 新区 named alone is a district's
// government as often as not (浦东新区, 滨海新区).
const REGION = new RegExp(`(?:社|学|${ZONE_WORDS})区$|区(?:管理委员会|管委会)$`);
// A zone a department's name opens with, as REGION names it but for 社区 and 学区 (no 管委会 has departments there): its
// 管委会's department (经济技术开发区经济发展局, 高新区管委会财政局), no
// department of a 县级以上人民政府 (a 新区 without its 管委会 is a district's: 浦东新区财政局 is a district government's department).
const ZONE = new RegExp(`^[${HAN}]{0,12}?(?:(?:${ZONE_WORDS})区(?:管理委员会|管委会)?|[${HAN}]区(?:管理委员会|管委会))(?=[${HAN}]{2})`, 'u');

/** The zone whose 管委会 a department belongs to (经济技术开发区 of 经济技术开发区经济发展局), or null. */
export function zoneOf(issuer: string | null): string | null {
  const name = issuer?.trim() ?? '';
  return issuerKind(name) === 'department' ? ZONE.exec(squeezed(name))?.[0] ?? null : null;
}

// The government, or the place it governs named alone (周口市, 辽宁省, 鄂伦春自治旗, 浦东新区): a department's name ends
// in what it is (局, 委员会, 办公室, 中心), and holds it.
const GOVERNMENT = new RegExp(`(人民政府|政府)$|^(?!.*(?:局|厅|委员会|办公室|办事处|中心)).{2,}[${LEVELS_ABOVE_TOWNSHIP}]$`);

// The places a body's name opens with (河北省, 北京市东城区, 侯贯镇); a bare 县 or 区 (县政府办) names the body's own, no place.
// A 州 before 市, 区 or 县 is inside the name (苏州市, 海州区), not a 州's own.
const PLACE = new RegExp(`[${HAN}]{1,7}?(?:州(?![市区县])|[${LEVELS.replace('州', '')}]|街道)`, 'gu');
const PLACES = new RegExp(`^(?:${PLACE.source})+`, 'u');

// How high a place stands, by the word its name ends in: a province (自治区), a city (州, 盟), a county (旗, 区), a township.
const LEVEL = /(?:(省|自治区)|(市|州|盟)|(县|旗|区)|(镇|乡|街道))$/;
const CITY = 1, COUNTY = 2;

// A character of one place's name: no 市, 州 or 盟 that would end it (长沙市株洲市 is two places); a 州 before 市 is inside it (苏州市).
const ONE_PLACE = `(?:(?![市州盟])[${HAN}]|州(?=[市区县]))`;

/**
 * How high a place stands: by its word, but a 市 the texts name under a city (金华市义乌市, 浙江省苏州市昆山市, 恩施州恩施市)
 * is a county-level one. Its city's name starts the text, or after a province or what is no Han character (主办：金华市义乌市…),
 * and is no 城市 or 都市 (全国文明城市杭州市). Names of cities in a row are a list, no nesting: a portal's footer of
 * neighbouring cities' links (市州政府网站：长沙市株洲市湘潭市…) names no 株洲市 under 长沙市.
 */
function levelOf(place: string, texts: readonly string[]): number {
  const level = LEVEL.exec(place)!.slice(1).findIndex(Boolean);
  if (level !== CITY || !place.endsWith('市')) return level;
  const name = place.match(PLACE)!.at(-1)!;
  const under = new RegExp(`(?:^|[^${HAN}]|省|自治区)${ONE_PLACE}{1,10}?(?<![城都])[市州盟]${name}(?!${ONE_PLACE}{2,4}[市州盟])`, 'u');
  return texts.some((text) => text.includes(name) && under.test(text)) ? COUNTY : level;
}

/**
 * Whether the publisher's name places it under another government than the issuer's, not the one right above it:
 * each opens with a place, neither place holds the other (侯贯镇 and 河北省; not 东城区 and 北京市东城区, nor 威县 and
 * 邢台市威县), and the publisher's stands no higher (侯贯镇 over 河北省…), or higher by more than one level (杭州市 over
 * 象山县霞浦镇…), or one level up where the issuer names its own place of that level (杭州市 over 宁波市鄞州区…). Not
 * 象山县 over 霞浦镇…, 长沙市 over 湖南湘江新区…: the government right above publishes its township's or its area's
 * report where it is first published. `texts` (the page's title and lines) may say which that is: a place named right
 * before the issuer's (义乌市上溪镇) is right above it, and a 市 named under a city (金华市义乌市) is a county-level one.
 */
export function lowerOrOtherGovernment(issuer: string, publisher: string, texts: readonly string[] = []): boolean {
  const [own, other] = [PLACES.exec(issuer)?.[0], PLACES.exec(publisher)?.[0]];
  if (own === undefined || other === undefined || own.includes(other) || other.includes(own)) return false;
  if (texts.some((text) => text.includes(other + own))) return false;
  const [mine, theirs] = [levelOf(own, [issuer, ...texts]), levelOf(other, [publisher, ...texts])];
  return theirs >= mine || theirs < mine - 1 || own.match(PLACE)!.slice(0, -1).some((place) => levelOf(place, texts) === theirs);
}

// Words a department's name holds that end like a place: 城市, 都市, a 区 of a kind (社区, 库区, 景区, 保护区), and what
// joins words with 和 past a place's first characters (绿化和市容: 呼和浩特市, 太和县 hold theirs near the start).
const AUTONOMOUS_COUNTY = new RegExp(`^(?:${PLACE.source})*?[${HAN}]{2,14}?族自治[县旗]`, 'u');
const NO_PLACE = /^(?:[城都]市|[社库片景园山林牧校学灾市]区|.*保护区|[^和]{2,}和.*)$/u;

/**
 * Why the issuer can make no 规章, or null where it may or the name does not say: 《立法法》第九十一、九十三条 give
 * that power to the State Council's departments and the governments of provinces, 设区的市 and 自治州 alone. A township,
 * a zone or its 管委会's department, and a body of a county-level place (县, 区, 旗, a 市 named under a city) have none.
 * A 市 named alone may be a 县级市 but is taken for a city; a city's department may have drafted its government's 规章.
 */
export function withoutRulemaking(issuer: string | null, texts: readonly string[] = []): 'township' | 'region' | 'county' | null {
  const kind = issuerKind(issuer);
  if (kind === 'township' || kind === 'region') return kind;
  if (kind === 'department' && zoneOf(issuer)) return 'region';
  const name = squeezed(issuer ?? '');
  // Each place the name opens with by itself: 城乡 in 某市城乡建设局 reads as a place, but stands no lower than 某市. The
  // places end at a word of the department's that PLACE cuts like one (北京市城市管理委员会, 上海市绿化和市容管理局,
  // 上海市社区矫正管理局): no county-level place under the city.
  // An 自治县 or 自治旗 whose name is too long for PLACE (重庆市彭水苗族土家族自治县, 海南省保亭黎族苗族自治县) is a county all the same.
  if (AUTONOMOUS_COUNTY.test(name)) return 'county';
  const cut = PLACES.exec(name)?.[0].match(PLACE) ?? [];
  const words = cut.findIndex((place) => NO_PLACE.test(place));
  const places = words < 0 ? cut : cut.slice(0, words);
  return places.some((place) => levelOf(place, [name, ...texts]) === COUNTY) ? 'county' : null;
}

/**
 * government: a 县级以上人民政府 itself (铁岭市人民政府, or 周口市 named alone); township: 乡/镇/街道/苏木 (城关镇人民政府,
 * 小板桥街道办事处); region: a development zone or the like, or its 管委会 (平潭综合实验区); department: anything else
 * with a name (上海市人民政府办公厅, 某县农业农村局).
 */
export function issuerKind(issuer: string | null): IssuerKind {
  const name = issuer?.trim();
  if (!name) return 'unknown';
  if (TOWNSHIP.test(name)) return 'township';
  if (REGION.test(name)) return 'region';
  if (GOVERNMENT.test(name)) return 'government';
  return 'department';
}

/** Whether `name`, given by the page for the issuer (its 落款, the report the text names), may be the issuer's: the same body named another way, or one that signs for its government. */
export const mayName = (issuer: string, name: string): boolean => sameBody(issuer, name) || signsForGovernment(issuer, name);

/**
 * Whether two names may be one body's. A shorter form keeps the longer's characters in order: the place left
 * out or given (区财政金融局, 平潭综合实验区财政金融局), the office that signs for its government
 * (县人民政府办公室, 县人民政府), 政府 for 人民政府, 管委会 for 管理委员会, 市监局 for 市场监督管理局. A name with
 * a second in brackets (区党工委宣传部(区新闻出版局)) is either. One character other in names of one length is a
 * slip of the pen (沐阳县 for 沭阳县), not another body, unless it names a sibling department (体育局 for 教育局). A name
 * the issuer's reader would complete to the other is the other (区政府国资局 and 浑南区国资局: fuller-name.ts).
 */
function sameBody(a: string, b: string): boolean {
  return completes(a, b) || completes(b, a) || formsOf(a).some((x) => formsOf(b).some((y) => inOrder(x, y) || inOrder(y, x) || oneSlip(x, y)));
}

const formsOf = (name: string): string[] => {
  const bare = squeezed(name);
  return [bare.replace(/\([^()]*\)/g, ''), ...[...bare.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!)];
};

/** Whether `short`'s characters all stand in `long`, in their order. */
function inOrder(short: string, long: string): boolean {
  let at = 0;
  for (const c of long) if (c === short[at]) at++;
  return at === short.length;
}

// The words departments' names are made of. Sibling departments differ in one character of one (教育局, 体育局;
// 林业局, 农业局; 水利局, 水务局): where the character other in each name makes such a word, the names are two bodies.
// A slip makes none (沐阳县 for 沭阳县, 财政全融局 for 财政金融局). A sibling this list lacks is taken for a slip: quiet.
const BODY_WORDS = new Set(`教育 体育 林业 农业 工业 商业 渔业 牧业 产业 企业 就业 水利 水务 民政 财政 行政 市政 邮政
  商务 政务 税务 事务 侨务 外事 服务 公安 安全 司法 审计 统计 人防 信访 气象 地震 档案 粮食 物价 环保 医保 社保 卫生
  卫健 健康 计生 文化 文旅 旅游 广电 交通 运输 城管 房管 规划 国土 住建 城建 建设 发改 经信 工信 网信 科技 民宗 宗教
  民族 人社 人事 劳动 应急 审批 数据 金融 国资 供销 海洋 海事 园林 市容 水产 畜牧 农机 扶贫 编办 保密 法制 监察 药监
  质监 安监 市监 退役 机关`.split(/\s+/));

/** Whether b is a with one character other, and that a slip: neither name makes a body's word of it. */
function oneSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const other = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (other.length !== 1) return false;
  const at = other[0]!;
  const makesWord = (name: string) => BODY_WORDS.has(name.slice(Math.max(at - 1, 0), at + 1)) || BODY_WORDS.has(name.slice(at, at + 2));
  return !(makesWord(a) && makesWord(b));
}

const GOVERNMENT_WORDS = /(?:人民政府|政府|管理委员会|管委会|办事处)$/;

/** The place a government's name or a zone's names (城关镇人民政府 → 城关镇, 隆德县城关镇 as it is); null for a department's. */
function placeOf(name: string): string | null {
  const body = squeezed(name);
  return issuerKind(body) === 'department' ? null : body.replace(GOVERNMENT_WORDS, '');
}

/**
 * Whether the signer may sign for the issuing government: the same place's government (or its office) named
 * another way (城关镇人民政府 for 隆德县城关镇), or any body of the place, its office or the office that runs its
 * disclosure (某县政务公开办公室 for 某县人民政府). An office's own report is a department's.
 */
function signsForGovernment(issuer: string, signer: string): boolean {
  const place = placeOf(issuer);
  if (place === null || place.length < 2) return false;
  const its = placeOf(signer.replace(COMPILING_OFFICE, ''));
  return signer.startsWith(place) || (its !== null && (inOrder(its, place) || inOrder(place, its)));
}

