// What kind of body issued a report, from its name: the legal deadline and the scope of its figures
// depend on it (条例第四十九条 distinguishes the government-wide report from a department's).
export type IssuerKind = 'government' | 'department' | 'township' | 'unknown';

const TOWNSHIP = /(乡|镇|街道|苏木)(人民政府|政府|办事处)?$|街道办事处|(乡|镇|苏木)人民政府/;
// The government, or the place it governs named alone (周口市, 辽宁省, 鄂伦春自治旗, 浦东新区): a department's name ends
// in what it is (局, 委员会, 办公室, 中心), and holds it; a 社区, 开发区, 高新区, 学区 or 示范区 is a region some body
// runs, not a 县级以上人民政府.
const GOVERNMENT = /(人民政府|政府)$|^(?!.*(?:局|厅|委员会|办公室|办事处|中心)|.*(?:社|开发|高新|学|园|示范|景|保税|试验|实验|合作)区$).{2,}(?:省|市|县|区|州|旗|盟)$/;

/**
 * government: a 县级以上人民政府 itself (铁岭市人民政府, or 周口市 named alone); township: 乡/镇/街道/苏木 (城关镇人民政府,
 * 小板桥街道办事处); department: anything else with a name (上海市人民政府办公厅, 某县农业农村局).
 */
export function issuerKind(issuer: string | null): IssuerKind {
  const name = issuer?.trim();
  if (!name) return 'unknown';
  if (TOWNSHIP.test(name)) return 'township';
  if (GOVERNMENT.test(name)) return 'government';
  return 'department';
}
