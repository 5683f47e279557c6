// "主动公开政府信息173769万条。市政府及其部门…75656条,县(区)政府及其部门…98113条": the parts add up to the total's
// digits, so the 万 after them is a slip that makes the count ten thousand times too large.
import { countingTheSame, digitsBeforeWan, sameUnit } from '../../prose/units.ts';
import type { Finding, Rule } from '../types.ts';

// Parts looked for: the figure's own (其中…), else the next few figures counting the same thing, as a sentence after it
// lists them.
const FOLLOWING = 4;

/** The first two or more of `parts` (same unit, exact, each below `digits`) that add up to `digits` exactly; null where none do. */
function addingTo<T extends { value: number; unit: string | null; approximate: boolean }>(parts: readonly T[], digits: number, unit: string | null): T[] | null {
  let sum = 0;
  for (const [k, part] of parts.entries()) {
    if (part.approximate || !sameUnit(part.unit, unit) || part.value >= digits) return null;
    sum += part.value;
    if (sum === digits) return k >= 1 ? parts.slice(0, k + 1) : null;
    if (sum > digits) return null;
  }
  return null;
}

export const strayWan: Rule = {
  id: 'prose/stray-wan',
  severity: 'warning',
  description: '总数没有多写“万”字：分项之和不恰是总数去掉“万”的数 (no stray 万 on a total whose parts add up to its digits without it)',
  rationale: {
    zh: '“万”字多写一个，数就大了一万倍。正文说“政府网站主动公开政府信息173769万条”（17亿多条），接着说“市政府及其部门主动公开政府信息75656条,县(区)政府及其部门主动公开政府信息98113条”，两项合计正是173769条：“万”是多写的，总数应为173769条。只在分项（“其中”所列，或紧接着的几个同单位、数的是同一样东西的数，如“…主动公开政府信息”）恰好合计为总数去掉“万”的数时才提示；以万计的数本身常见且合理（“主动公开政府信息9.9万条”“汇聚数据8232万条”“阅读量180万次”），分项同样以万计的（“共12万条，其中市级8万条、县级4万条”）或合计对不上的，都不算；总数去掉“万”后不足100的，分项凑巧相加相等的可能大，不比较。只作警告：请对照原文。',
    en: 'One 万 (ten thousand) too many makes a count ten thousand times too large. A text saying “the government website proactively disclosed 173769万 items” (over 1.7 billion), then “the city government and its departments disclosed 75656 items, the county and district governments 98113”, whose sum is exactly 173769: the 万 is a slip, and the total is 173769 items. Only parts (listed under 其中, or the few counts right after the total in the same unit and of the same thing, such as …主动公开政府信息) adding up exactly to the total\'s digits without 万 raise it; counts in 万 are common and sound in themselves (主动公开政府信息9.9万条, 99 thousand items; 汇聚数据8232万条, 82 million records; 阅读量180万次, 1.8 million reads), and parts also in 万 (共12万条，其中市级8万条、县级4万条) or a sum that does not match do not count; digits under 100 without 万 may be matched by small parts by chance and are not compared. Only a warning: read the original.',
  },
  example: {
    passes: {
      zh: '“全市主动公开政府信息9.9万条，公开政府重要会议219次”。',
      en: '全市主动公开政府信息9.9万条，公开政府重要会议219次 (“the city disclosed 99 thousand items proactively and 219 important meetings”).',
    },
    fails: {
      zh: '“政府网站主动公开政府信息173769万条。市政府及其部门主动公开政府信息75656条,县(区)政府及其部门主动公开政府信息98113条”。',
      en: '政府网站主动公开政府信息173769万条。市政府及其部门主动公开政府信息75656条,县(区)政府及其部门主动公开政府信息98113条 (“173769万 items on the website; 75656 by the city government and its departments, 98113 by the counties and districts”): 75656 + 98113 = 173769.',
    },
  },
  check(report) {
    const figures = report.proseFigures;
    return figures.flatMap((figure, i): Finding[] => {
      const digits = digitsBeforeWan(figure);
      if (digits === null) return [];
      const own = addingTo(figure.parts, digits, figure.unit);
      const following = own ? null : addingTo(figures.slice(i + 1, i + 1 + FOLLOWING), digits, figure.unit);
      const after = following?.every(countingTheSame(figure)) ? following : null;
      const parts = own ?? after;
      if (!parts) return [];
      const unit = figure.unit ?? '';
      const sum = parts.map((part) => `${part.label}${part.value}${unit}`).join('+');
      return [{
        severity: 'warning',
        message: `正文“${figure.label}${digits}万${unit}”多半多写了“万”字：${sum}=${digits}${unit}，正是去掉“万”的数，总数应为${digits}${unit}`,
        cells: [{ table: 'proseFigures', path: `${i}` }, ...(after ? after.map((_, k) => ({ table: 'proseFigures' as const, path: `${i + 1 + k}` })) : [])],
        expected: digits, actual: figure.value,
      }];
    });
  },
};
