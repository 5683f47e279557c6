// 表二 as the State Council's template prints it: the 第二十条第(x)项 blocks, the items each lists and
// the value columns each format gives them. The recogniser reads pages by it; the rules check reports against it.
import { pathName } from '../labels.ts';
import type { ActiveDisclosure } from '../schema.ts';
import type { Format } from './formats.ts';

export type Item = keyof ActiveDisclosure;

export interface Block {
  clause: string;
  items: Item[];
  /** The items the 2021 format kept: it dropped 其他对外管理服务事项 and the whole 第(九)项. */
  items2021: Item[];
  fields: Record<Format, string[]>;
}

/** The one column whose figures carry a sign (本年增/减: +3, -253); a sign anywhere else is noise or an error. */
export const SIGNED_FIELD = 'change';

const MADE: Record<Format, string[]> = { '2021': ['issued', 'repealed', 'inForce'], '2019': ['newlyMade', 'newlyPublished', 'totalPublished'] };
const DECIDED: Record<Format, string[]> = { '2021': ['decisions'], '2019': ['previousCount', SIGNED_FIELD, 'decisions'] };

export const BLOCKS: Block[] = [
  { clause: '一', items: ['regulations', 'normativeDocuments'], items2021: ['regulations', 'normativeDocuments'], fields: MADE },
  { clause: '五', items: ['licensing', 'otherServices'], items2021: ['licensing'], fields: DECIDED },
  { clause: '六', items: ['punishment', 'coercion'], items2021: ['punishment', 'coercion'], fields: DECIDED },
  { clause: '八', items: ['fees'], items2021: ['fees'], fields: { '2021': ['amount'], '2019': ['previousCount', SIGNED_FIELD] } },
  { clause: '九', items: ['procurement'], items2021: [], fields: { '2021': [], '2019': ['projects', 'amount'] } },
];

/** Each item's label as the template prints it. */
export const ITEM_LABELS: Record<Item, string> = {
  regulations: '规章', normativeDocuments: '规范性文件', licensing: '行政许可', otherServices: '其他对外管理服务事项',
  punishment: '行政处罚', coercion: '行政强制', fees: '行政事业性收费', procurement: '政府集中采购',
};

/** The items 表二 lists in a format, in the template's order. */
export const itemsIn = (format: Format): Item[] => BLOCKS.flatMap((b) => (format === '2021' ? b.items2021 : b.items));

export interface BlockFormat { clause: string; format: Format; columns: string[] }

/**
 * The format each 第二十条第(x)项 block of 表二 is in, by the columns only one format has (本年新制作,
 * 上一年项目数量… 2019's; 本年制发, 现行有效, 金额 2021's; 处理决定数量 alone is 2021's) and by the items
 * only 2019's has (其他对外管理服务事项, 第(九)项). A page may copy one block from an old report and the
 * rest from the new.
 */
export function blockFormats(a: ActiveDisclosure | null): BlockFormat[] {
  if (!a) return [];
  return BLOCKS.flatMap((block): BlockFormat[] => {
    const items = block.items.filter((item) => a[item]);
    const keys = [...new Set(items.flatMap((item) => Object.keys(a[item]!)))];
    const own = (format: Format) => keys.filter((k) => block.fields[format].includes(k) && !block.fields[other(format)].includes(k));
    const format: Format | null = own('2019').length > 0 || items.some((item) => !block.items2021.includes(item)) ? '2019'
      : keys.some((k) => block.fields['2021'].includes(k)) ? '2021' : null;
    return format ? [{ clause: block.clause, format, columns: own(format).map(pathName) }] : [];
  });
}

const other = (format: Format): Format => (format === '2019' ? '2021' : '2019');
