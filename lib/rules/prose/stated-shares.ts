// "…信息312条。其中,…其它类信息207条,占58.1%": a share stated after a part is its count over the total.
import { namedCounts } from '../../prose/numbers.ts';
import { SHARE } from '../../prose/topics.ts';
import { sameUnit } from '../../prose/units.ts';
import type { ProseFigure } from '../../schema.ts';
import type { Finding, Rule } from '../types.ts';
import { quote } from './quote.ts';

interface Share { j: number; stated: number; decimals: number; computed: number }

// A share said roughly (约占70%, 占90%以上, 占30%左右, 占20%多) is not one to check at its last digit.
const ROUGH_AFTER = /^\s*(?:以上|左右|多|余|强|弱)/;
// What may stand between a label and its count without being part of it (其他类信息共20条, 自然人申请的有50件).
const NAMING_TAIL = /(?:的|均|为|是|有|达到?|共计?|合计|总计|计)*[\s:：]*$/;

/** The shares stated right after the parts' counts (…5条,占1.6%), each with what the part over the total comes to. */
function sharesOf(figure: ProseFigure): Share[] {
  const named = namedCounts(figure.text);
  const shares: Share[] = [];
  const counts = (counted: { value: number; unit: string | null }, from: number) =>
    named.flatMap(({ token }, k) => (k >= from && token.value === counted.value && sameUnit(token.unit, counted.unit) ? [k] : []));
  // Whether the words around count k name the part, its label whole: 其他20件 (label before, ending the words: not
  // 其中其他组织申请20件 for 其他) or 2宗维持原答复 (after).
  const names = (k: number, label: string) => {
    const { token, words } = named[k]!;
    return words.replace(NAMING_TAIL, '').endsWith(label) || figure.text.slice(token.stop).startsWith(label);
  };
  // The parts' counts follow the total's in the text, in their order. A part's count is found by its place: the one
  // its label names, or the only one of its value left; a sub-part of the same value (…组织申请30件，其中企业申请20件，
  // 占66.7%；其他20件) is not the part's.
  let t = counts(figure, 0)[0] ?? -1;
  if (t < 0) return [];
  figure.parts.forEach((part, j) => {
    const found = counts(part, t + 1);
    const k = found.find((c) => names(c, part.label)) ?? (found.length === 1 ? found[0]! : -1);
    if (k < 0) return;
    t = k;
    const after = figure.text.slice(named[k]!.token.stop);
    const share = SHARE.exec(after);
    if (!share || share[0].includes('约') || ROUGH_AFTER.test(after.slice(share[0].length))) return;
    shares.push({ j, stated: Number(share[1]), decimals: share[1]!.split('.')[1]?.length ?? 0, computed: (part.value / figure.value) * 100 });
  });
  return shares;
}

/** Whether a stated share is the computed one, rounded or cut at its last digit. */
const agrees = ({ stated, decimals, computed }: Share) => Math.abs(stated - computed) <= 10 ** -decimals + 1e-9;

export const statedShares: Rule = {
  id: 'prose/stated-shares',
  severity: 'warning',
  description: '正文分项后所写的占比与分项数÷总数相符 (a share stated after a part is its count over the total)',
  rationale: '"其中…207条，占58.1%"的占比应是分项除以总数；只有至少另有两项所写占比与这个总数相符（说明占比确是这个总数的；0件占0%与任何总数都相符，不算），这一项却差出末位的进位之外，才提醒：可能是数或占比写错了。占比按末位四舍五入或截断都算相符，“约占”“…%以上”“…%左右”等约数不比；"占全市的…"等别的总数的占比和"同比增长…%"不比。',
  example: {
    passes: '共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7%;其它类信息283条,占90.7%。',
    fails: '共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7%;政务动态类信息50条,占16%;其它类信息207条,占58.1% — 207÷312=66.3%。',
  },
  check(report) {
    return report.proseFigures.flatMap((figure, i): Finding[] => {
      // A share is said with 占 (SHARE): a sentence without it states none, and its counts are not read again.
      if (figure.approximate || figure.value <= 0 || figure.parts.length < 3 || !figure.text.includes('占')) return [];
      const shares = sharesOf(figure);
      // The other shares must show the total is the one they are of: 0% (a part of 0) and 100% (the whole) agree with any.
      const agreeing = shares.filter((share) => agrees(share) && share.computed > 0 && share.computed < 100).length;
      return shares.filter((share) => !agrees(share) && agreeing >= 2 && !figure.parts[share.j]!.approximate).map((share) => {
        const part = figure.parts[share.j]!, unit = figure.unit ?? '';
        const computed = Number(share.computed.toFixed(Math.max(1, share.decimals)));
        return {
          severity: 'warning',
          message: `正文${quote(figure.text)}：${part.label}${part.value}${unit}占总数${figure.value}${unit}的${computed}%，而正文写占${share.stated}%（另有${agreeing}项所写占比与这个总数相符）`,
          cells: [{ table: 'proseFigures', path: `${i}` }, { table: 'proseFigures', path: `${i}.parts.${share.j}` }],
          expected: computed, actual: share.stated,
        };
      });
    });
  },
};
