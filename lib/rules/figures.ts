// Reading figures out of the report by contract path, and the Chinese names a reader knows them by.
import type { Report, TableName } from '../schema.ts';

type FigureTable = Exclude<TableName, 'proseFigures' | 'document'>;

/** The value at a dotted path: a number, null (blank cell), or undefined (the format has no such cell). */
export function figureAt(report: Report, table: FigureTable, path: string): number | null | undefined {
  let node: unknown = report[table];
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' || node === null ? node : undefined;
}

const NAMES: Record<string, string> = {
  // 表三 rows and columns
  newReceived: '本年新收', carriedOver: '上年结转', granted: '予以公开', partiallyGranted: '部分公开',
  withheld: '不予公开', stateSecret: '属于国家秘密', lawForbidden: '其他法律行政法规禁止公开',
  safetyStability: '危及“三安全一稳定”', thirdPartyRights: '保护第三方合法权益',
  internalAffairs: '属于三类内部事务信息', processInformation: '属于四类过程性信息',
  enforcementFiles: '属于行政执法案卷', administrativeQuery: '属于行政查询事项',
  unavailable: '无法提供', notHeld: '本机关不掌握相关政府信息', needsCreation: '没有现成信息需要另行制作',
  stillUnclear: '补正后申请内容仍不明确', notProcessed: '不予处理', complaint: '信访举报投诉类申请',
  repeated: '重复申请', publication: '要求提供公开出版物', excessive: '无正当理由大量反复申请',
  confirmation: '要求确认或重新出具已获取信息', otherHandling: '其他处理', noCorrection: '逾期不补正',
  noFee: '逾期未缴费', all: '其他处理', totalProcessed: '办理结果总计', carriedForward: '结转下年度',
  naturalPerson: '自然人', commercial: '商业企业', research: '科研机构', nonprofit: '社会公益组织',
  legalService: '法律服务机构', otherOrg: '其他组织',
  // 表四
  review: '行政复议', litigationDirect: '行政诉讼（未经复议直接起诉）', litigationAfterReview: '行政诉讼（复议后起诉）',
  upheld: '结果维持', corrected: '结果纠正', other: '其他', pending: '尚未审结',
  // 表二
  regulations: '规章', normativeDocuments: '规范性文件', licensing: '行政许可', otherServices: '其他对外管理服务事项',
  punishment: '行政处罚', coercion: '行政强制', fees: '行政事业性收费', procurement: '政府集中采购',
  issued: '本年制发件数', repealed: '本年废止件数', inForce: '现行有效件数', decisions: '处理决定数量',
  newlyMade: '本年新制作数量', newlyPublished: '本年新公开数量', totalPublished: '对外公开总数量',
  previousCount: '上一年项目数量', change: '本年增/减', projects: '采购项目数量', amount: '金额',
  total: '总计',
};

const TABLE_NAMES: Record<FigureTable, string> = {
  activeDisclosure: '表二', applications: '表三', reviewLitigation: '表四', legacyStats: '统计表',
};

/** "表三·予以公开·自然人", "统计表·（一）收到申请数" — enough for a reader to find the cell. */
export function figureName(report: Report, table: FigureTable, path: string): string {
  if (table === 'legacyStats') {
    const [index, field] = path.split('.');
    const entry = report.legacyStats?.[Number(index)];
    const label = entry ? `${entry.code} ${entry.label}` : `第${Number(index) + 1}行`;
    return `${TABLE_NAMES[table]}·${label}${field === 'cumulative' ? '（历年累计）' : ''}`;
  }
  return `${TABLE_NAMES[table]}·${pathName(path)}`;
}

/** "不予公开·属于国家秘密·自然人" for `withheld.stateSecret.naturalPerson`. */
export function pathName(path: string): string {
  let name = PATH_NAMES.get(path);
  if (name === undefined) PATH_NAMES.set(path, (name = path.split('.').map((key) => NAMES[key] ?? key).join('·')));
  return name;
}
// The contract has a few hundred paths and their names never change: name each once.
const PATH_NAMES = new Map<string, string>();
