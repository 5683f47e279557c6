// What a body's name looks like, wherever the page gives one: in the title, above it, in the signature, on a label.
import { HAN } from '../text/han.ts';

/** The words of a place's levels above a township, each ending its name (山东省, 府谷县, 文登区, 阿拉善盟, 鄂托克旗). */
export const LEVELS_ABOVE_TOWNSHIP = '省市县区州盟旗';
/** The words of all a place's levels: those above a township and a township's own (某某乡, 某某镇). */
export const LEVELS = `${LEVELS_ABOVE_TOWNSHIP}乡镇`;
/** A place's level word, a 街道's among them: it stands where a township's would (宣州区杨柳镇, 东城区东直门街道). */
export const PLACE_LEVEL = `(?:[${LEVELS}]|街道)`;
/** A name that leaves its place out opens with the word of one of `levels` alone (县政府办, 区国资局): not 市场监督管理局. */
export const levelFirst = (levels: string): RegExp => new RegExp(`^[${levels}](?!场)`);

/** A body's one-character word for itself, ending its name (水务局, 红十字会) or after 我/本 (我所, 本会). */
export const BODY_CHAR = '[厅局委办署院会所站馆队室]';
/**
 * What a body's name ends with; a named body's own offices are its 机关 (中国科学院机关, 中国科学院兰州分院机关), not
 * the many bodies 机关 also gathers (市直机关, 市政府各部门及直属机关, 区级机关, 行政机关).
 */
export const BODY_SUFFIX = `(?:人民政府(?:办公厅|办公室)?|办公厅|办公室|委员会|管理委员会|街道办事处|办事处|中心|大学|学院|学校|中学|小学|医院|${BODY_CHAR}(?:机关)?|[${LEVELS}]|街道|政府)`;

/** A line that is a body's name and nothing else (盐边县新九镇人民政府, 五常市民意乡): no sentence, no breadcrumb. */
export const NAME_LINE = new RegExp(`^[^，。,;；:：>/|]{2,30}${BODY_SUFFIX}$`);

/**
 * What names a zone before its 区 (经济技术开发区, 高新区, 工业园区, 综合示范区, 西山景区, 综合保税区, 自由贸易试验区, 平潭综合实验区,
 * 深港合作区, 武陵源风景名胜区): a 派出机构's area, no 县级以上 place whose government it would be.
 */
export const ZONE_WORDS = '开发|高新|园|示范|景|保税|试验|实验|合作|名胜';

/**
 * A place's name alone, `longest` characters at most before its level: one of `levels` (LEVELS_ABOVE_TOWNSHIP…), its 区
 * only where no zone's words (or `notDistrict`'s: 社区, 校区) stand before it, nor 新 (a 新区's body is a 管委会 or a
 * government of its own).
 */
export const placeNamed = (levels: string, longest: number, notDistrict = ''): RegExp =>
  new RegExp(`^[${HAN}]{1,${longest}}?(?:(?<!${ZONE_WORDS}|新${notDistrict})区|[${levels.replace('区', '')}])$`, 'u');

// What a school's name ends in: a 学年 report is a school's, and a school's own site may be on edu.cn. An academy (中国科学院,
// 某省社会科学院) is none.
export const SCHOOL_WORDS = '大学|(?<!科)学院|学校|中学|小学|幼儿园';
// A title claiming the 政府信息公开条例's report (a government's, or a school's in its format: 石家庄市第一中学2022年政府信息公开
// 工作年度报告), not the 高等学校信息公开办法's (中山大学2024—2025学年信息公开年度报告).
export const GOVERNMENT_REPORT = /政府信息公开/;
// A public hospital's or a state company's name (淮北市人民医院, 南宁轨道交通集团有限责任公司, 桐乡市水务集团): such bodies
// publish their reports (公共企事业单位信息公开) on sites of their own, on no registry of theirs alone as gov.cn and edu.cn are,
// under the 条例's format or their sector's rules (《供电企业信息公开实施办法》).
// A hospital's name ends in one of HOSPITAL_WORDS.
export const HOSPITAL_WORDS = '医院|卫生院|保健院';
export const PUBLIC_BODY_WORDS = `${HOSPITAL_WORDS}|公司|集团`;
export const PUBLIC_BODY = new RegExp(`(?:${PUBLIC_BODY_WORDS})$`);
