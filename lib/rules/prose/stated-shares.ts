// "…信息312条。其中,…其它类信息207条,占58.1%": a share stated after a part is its count over the total.
import { outcomesOf, tallied } from '../../prose/kinds.ts';
import { findNumbers, namedCounts, type NumberToken } from '../../prose/numbers.ts';
import { SHARE, withinLastDigit } from '../../prose/topics.ts';
import { sameUnit } from '../../prose/units.ts';
import type { ProseFigure } from '../../schema.ts';
import type { Finding, Rule } from '../types.ts';
import { labelKey, withHalfWidthFigures } from '../../text/normalize.ts';
import { quote, type Place } from '../../text/quote.ts';

/**
 * A share stated of part j, and where the total, the part and the share stand in the text: what a finding quotes.
 * `named`: stated in the sentence after, of a part it names again (nextSentenceShare), whose only total is the figure's.
 */
interface Share { j: number; stated: number; decimals: number; computed: number; places: Place[]; named?: true; ofTotal?: true }

// A share said roughly (约占70%, 占90%以上, 占30%左右, 占20%多) is not one to check at its last digit.
const ROUGH_AFTER = /^\s*(?:以上|左右|多|余|强|弱)/;
// What may stand between a label and its count without being part of it (其他类信息共20条, 自然人申请的有50件).
const NAMING_TAIL = /(?:的|均|为|是|有|达到?|共计?|合计|总计|计)*[\s:：]*$/;

/** Where the total's count and each part's stand among `tokens` (the counts of the figure's text); null where the total's is not found. */
function placedCounts(figure: ProseFigure, tokens: readonly NumberToken[]): { total: NumberToken; parts: (NumberToken | null)[] } | null {
  const named = namedCounts(figure.text, tokens);
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
  if (t < 0) return null;
  const total = named[t]!.token;
  const parts = figure.parts.map((part) => {
    const found = counts(part, t + 1);
    const k = found.find((c) => names(c, part.label)) ?? (found.length === 1 ? found[0]! : -1);
    if (k < 0) return null;
    t = k;
    return named[k]!.token;
  });
  return { total, parts };
}

const shareOf = (figure: ProseFigure, j: number, stated: string, places: Place[]): Share =>
  ({ j, stated: Number(stated), decimals: stated.split('.')[1]?.length ?? 0, computed: (figure.parts[j]!.value / figure.value) * 100, places });

/** Where the total's count and each part's stand in a figure's text (placedCounts), null where the total's is not found. */
type Placed = ReturnType<typeof placedCounts>;

/** The shares stated right after the parts' counts (…5条,占1.6%; `placed`: where they stand), each with what the part over the total comes to. */
function sharesOf(figure: ProseFigure, placed: Placed): Share[] {
  if (!placed) return [];
  return placed.parts.flatMap((count, j) => {
    if (!count) return [];
    const after = figure.text.slice(count.stop);
    const share = SHARE.exec(after);
    if (!share || share[0].includes('约') || ROUGH_AFTER.test(after.slice(share[0].length))) return [];
    const stated = shareOf(figure, j, share[1]!, [placed.total, count, { at: count.stop, stop: count.stop + share[0].length }]);
    return [share[0].includes('总数') ? { ...stated, ofTotal: true as const } : stated];
  });
}

// The sentence right after a figure, opening on what a share is of and the share (czj-2021: 。主动公开的政府信息占41.5%).
const NEXT_SHARE = /^[\s。；;]+([^，,。；;：:\d%％]{2,30}?)\s*[，,]?\s*所?占(?:比例?|比重)?(?:为|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
// A part's label as the next sentence may name it again: 主动公开的政府信息 for 主动公开政府信息.
const bareLabel = (label: string) => labelKey(label).replace(/的/g, '');

/**
 * A share the sentence right after the figure states of one of its parts, naming it by its label (czj-2021: …总数510条，
 * 其中主动公开政府信息198条，…。主动公开的政府信息占41.5%), with the figure's text and that sentence to quote; else null.
 * A share named otherwise (占全市的…, 其中…占…) may be of another total: it is not read.
 */
function nextSentenceShare(figure: ProseFigure, placed: Placed, lines: () => readonly string[]): { text: string; share: Share } | null {
  // Only a figure with parts has a share of one to state; the lines are looked through for no other (a list of 4,000
  // counts on one joined line would cost its length at each).
  if (figure.parts.length === 0) return null;
  const line = lines().find((l) => l.includes(figure.text));
  if (!line) return null;
  const end = line.indexOf(figure.text) + figure.text.length;
  const next = NEXT_SHARE.exec(line.slice(end));
  if (!next || next[1]!.endsWith('约') || ROUGH_AFTER.test(line.slice(end + next[0].length))) return null;
  const j = figure.parts.map((p) => bareLabel(p.label)).indexOf(bareLabel(next[1]!));
  const count = j >= 0 ? placed?.parts[j] : null;
  if (!placed || !count) return null;
  const at = figure.text.length + next[0].indexOf(next[1]!);
  return { text: figure.text + next[0], share: { ...shareOf(figure, j, next[2]!, [placed.total, count, { at, stop: figure.text.length + next[0].length }]), named: true } };
}

/**
 * Where a count of applications or cases ends its sentence and the sentences right after give what came
 * of it, each a figure of its own (受理…申请805件…。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%…; after those
 * answered, figures.ts reads them as its parts):
 * the count with those as its parts over the sentences' text, and where each stands among the figures; else null.
 * Only outcomes of the count (kinds.ts's outcomesOf), none above it, in the very next sentences of its line.
 */
function outcomesAfter(figures: readonly ProseFigure[], i: number, lines: readonly string[]): { whole: ProseFigure; indices: number[] } | null {
  const total = figures[i]!;
  if (!tallied(total.label)) return null;
  // Its own sentence's other figures (另有72件申请…) stand between.
  let j = i + 1;
  while (figures[j]?.text === total.text) j++;
  const indices: number[] = [];
  for (; j < figures.length; j++) {
    const f = figures[j]!;
    if (f.approximate || f.value > total.value || !outcomesOf(total.label, [f.label])) break;
    indices.push(j);
  }
  if (indices.length < 3) return null;
  // The figures' text reads full-width figures half-width (extractProseFigures): the line is read so too, its length kept.
  const printed = lines.find((l) => withHalfWidthFigures(l).includes(total.text));
  if (!printed) return null;
  const line = withHalfWidthFigures(printed);
  const start = line.indexOf(total.text);
  let end = start + total.text.length;
  let last = total.text;
  for (const j of indices) {
    const { text } = figures[j]!;
    if (text === last) continue; // another figure of the same sentence
    SENTENCE_GAP.lastIndex = end;
    const gap = SENTENCE_GAP.exec(line)![0].length;
    if (gap === 0 || !line.startsWith(text, end + gap)) return null;
    end += gap + text.length;
    last = text;
  }
  const parts = indices.map((j) => { const { label, value, unit, approximate } = figures[j]!; return { label, value, unit, approximate }; });
  return { whole: { ...total, text: line.slice(start, end), parts }, indices };
}
// Between sentences: their stop and any white space.
const SENTENCE_GAP = /[\s。；;]*/y;

/** Whether the parts, each counted as the whole is and none about so many, add up to it: shares stated of them are of it. */
const addsUp = (whole: ProseFigure) => whole.parts.length >= 2
  && whole.parts.every((part) => !part.approximate && sameUnit(part.unit, whole.unit))
  && whole.parts.reduce((sum, part) => sum + part.value, 0) === whole.value;

/**
 * The findings on `shares` (of `whole`'s parts) that are not the part over it, quoting `text` (the figure's, with the
 * sentence after it where a share stands there); the figure stands at `i`, part j at `pathOf(j)`.
 */
function wrongShares(whole: ProseFigure, shares: readonly Share[], text: string, i: number, pathOf: (j: number) => string): Finding[] {
  // The parts adding up to the total show it is the one their shares are of (mhk-xinghua-2010: 65条。其中,网上公开信息20条,
  // 所占比例为30%,…揭示板上公开45条,所占比例75%); else the other shares must show it: 0% (a part of 0) and 100% (the
  // whole) agree with any. A share the sentence after states of a part it names, which is the part over the parts' sum
  // instead, shows that sum taken for the total (czj-2021: 510条 of 198+142+137=477, 主动公开的政府信息占41.5%, 198/477);
  // not one of the figure's own sentence, which may be of a total it says the parts fall short of (105件（含上年结转5件）).
  if (shares.length === 0) return [];
  const complete = addsUp(whole);
  if (whole.parts.length < 3 && !complete) return [];
  const sum = whole.parts.every((part) => !part.approximate && sameUnit(part.unit, whole.unit)) ? whole.parts.reduce((n, part) => n + part.value, 0) : 0;
  const ofSum = (share: Share) => share.named === true && !complete && sum > 0 && agrees({ ...share, computed: (whole.parts[share.j]!.value / sum) * 100 });
  const agreeing = shares.filter((share) => agrees(share) && share.computed > 0 && share.computed < 100).length;
  // A part larger than the total (a slip prose/parts-sum reports) has no share of it to check.
  return shares.filter((share) => !agrees(share) && (agreeing >= 2 || complete || ofSum(share)) && !whole.parts[share.j]!.approximate
    && whole.parts[share.j]!.value <= whole.value).map((share) => {
    const part = whole.parts[share.j]!, unit = whole.unit ?? '';
    const computed = Number(share.computed.toFixed(Math.max(1, share.decimals)));
    const why = agreeing >= 2 ? `另有${agreeing}项所写占比与这个总数相符` : complete ? '各分项之和正是这个总数' : `这个占比是${part.value}${unit}占各分项之和${sum}${unit}的，而分项之和不是总数：总数或占比可能写错`;
    return {
      severity: 'warning',
      message: `正文${quote(text, share.places)}：${part.label}${part.value}${unit}占总数${whole.value}${unit}的${computed}%，而正文写占${share.stated}%（${why}）`,
      cells: [{ table: 'proseFigures', path: `${i}` }, { table: 'proseFigures', path: pathOf(share.j) }],
      expected: computed, actual: share.stated,
    };
  });
}

/** The totals each share fits at its last digit (107条占38.8%: 275–276), of those with a part and a share above 0. */
type NeededTotal = { share: Share; low: number; high: number };
const neededTotals = (whole: ProseFigure, shares: readonly Share[]): NeededTotal[] =>
  shares.filter((share) => share.stated > 0 && whole.parts[share.j]!.value > 0 && !whole.parts[share.j]!.approximate).map((share) => {
    const part = whole.parts[share.j]!.value, slack = 10 ** -share.decimals;
    return { share, low: (100 * part) / (share.stated + slack), high: (100 * part) / Math.max(share.stated - slack, 1e-9) };
  });

/**
 * Whether the shares all fit a count the text gave before the figure, not the figure's own: they are that count's ("本局2017年共受理信息公开申请10件…在已经答复的9件申请中,“同意公开”的7件,占总数的70%": wenwu-2017, of the
 * 10 received), not the figure's to check.
 */
function ofEarlierTotal(totals: readonly NeededTotal[], figures: readonly ProseFigure[], i: number): boolean {
  const whole = figures[i]!;
  if (totals.length === 0) return false;
  const low = Math.max(...totals.map((t) => t.low)), high = Math.min(...totals.map((t) => t.high));
  return figures.some((f, k) => k < i && !f.approximate && f.value !== whole.value && sameUnit(f.unit, whole.unit) && f.value >= low && f.value <= high);
}

/**
 * Where every share is said of the total (占总数的38.8%: daxing-fgw-2013), they are of one: two whose parts no one total
 * fits at their last digit (107条占38.8% needs 275–276, 17条占4.8% 352–358) show one of them written wrong, whatever the
 * total is. The finding on the first such two; none where a share is not said so (it may be of another total).
 */
function sharesOfNoTotal(whole: ProseFigure, shares: readonly Share[], totals: readonly NeededTotal[], text: string, i: number, pathOf: (j: number) => string): Finding[] {
  if (shares.length < 2 || !shares.every((share) => share.ofTotal)) return [];
  for (let a = 0; a < totals.length; a++) {
    for (let b = a + 1; b < totals.length; b++) {
      const [x, y] = [totals[a]!, totals[b]!];
      if (x.high >= y.low && y.high >= x.low) continue;
      const [p, q] = [whole.parts[x.share.j]!, whole.parts[y.share.j]!], unit = whole.unit ?? '';
      const total = (100 * p.value) / x.share.stated;
      const expected = Number(((100 * q.value) / total).toFixed(Math.max(1, y.share.decimals)));
      return [{
        severity: 'warning',
        message: `正文${quote(text, [...x.share.places.slice(1), ...y.share.places.slice(1)])}：${p.label}${p.value}${unit}占总数的${x.share.stated}%，总数应约为${Math.round(total)}${unit}；${q.label}${q.value}${unit}占总数的${y.share.stated}%，总数应约为${Math.round((100 * q.value) / y.share.stated)}${unit}。没有一个总数同时符合这两个占比（正文所写总数为${whole.value}${unit}），至少一个写错`,
        cells: [{ table: 'proseFigures', path: `${i}` }, { table: 'proseFigures', path: pathOf(x.share.j) }, { table: 'proseFigures', path: pathOf(y.share.j) }],
        expected, actual: y.share.stated,
      }];
    }
  }
  return [];
}

/** Whether a stated share is the computed one, rounded or cut at its last digit. */
const agrees = ({ stated, decimals, computed }: Share) => withinLastDigit(stated, decimals, computed);

export const statedShares: Rule = {
  id: 'prose/stated-shares',
  severity: 'warning',
  description: '正文分项后所写的占比与分项数÷总数相符，包括紧接总数的下一句所列办理结果的占比 (a share stated after a part is its count over the total, the outcomes the next sentences give of a total among them)',
  rationale: {
    zh: '"其中…207条，占58.1%"的占比应是分项除以总数；只有至少另有两项所写占比与这个总数相符（说明占比确是这个总数的；0件占0%与任何总数都相符，不算），或各分项（同一单位）相加正是这个总数（只有两项也算：“其中，网上公开信息20条，所占比例为30%，揭示板上公开45条，所占比例75%”，20+45=65），这一项却差出末位的进位之外，才提醒：可能是数或占比写错了。占比按末位四舍五入或截断都算相符，“约占”“…%以上”“…%左右”等约数不比；"占全市的…"等别的总数的占比和"同比增长…%"不比。总数结束一句、下一句接着列出各项办理结果及其占比的（"答复政府信息公开申请805件…。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%…"），这些占比也是这个总数的：只在紧接的句子里、各项都是这个申请数或案件数的办理结果、每项都不大于总数时才这样比，不与别的数字相比。紧接的下一句以某一分项的名称开头写出占比的（"总数510条，其中主动公开政府信息198条，依申请公开信息数142条，不予公开信息数137条。主动公开的政府信息占41.5%"），这个占比也与该分项÷总数相比；除上述依据外，这个占比恰是该分项÷各分项之和（198÷477=41.5%）而分项之和不是总数时也提醒：总数或占比可能写错。各项占比都写明“占总数的”时，它们是同一个总数的：两项的占比要求的总数对不上（“机构职能类信息107条，占总数的38.8%；规划计划类信息17条，占总数的4.8%”，前者的总数约276条，后者约354条），不论总数是多少，至少一个占比写错，也提醒；没有写明“总数”的占比可能是别的总数的，不这样比。所写占比都恰与正文前面写出的另一个数相符的（“本局共受理信息公开申请10件…在已经答复的9件申请中，同意公开的7件，占总数的70%”），是那个数的占比，不与后面这个数相比。',
    en: 'In 其中…207条，占58.1% (“of which … 207 items, 58.1%”) the share should be the part over the total. Only where at least two other parts state shares that fit this total (showing that the shares are indeed of it; 0 at 0% fits any total and does not count), or where the parts (in one unit) add up to exactly this total (two parts are enough: 其中，网上公开信息20条，所占比例为30%，揭示板上公开45条，所占比例75%, 20 items online at 30% and 45 on the notice board at 75%, 20+45=65), and this part\'s share is off by more than rounding its last digit, is there a warning: the number or the share may be written wrong. A share rounded or cut off at its last digit fits; approximate shares (约占, about; …%以上, over; …%左右, around) are not compared, nor shares of another total (占全市的…, of the whole city\'s) or year-on-year growth (同比增长…%). Where a total ends one sentence and the next goes on to list outcomes with their shares (答复政府信息公开申请805件…。予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%…, “805 applications for government information answered…. 258 disclosed in full or in part, 33.9%; 35 withheld, 4.34%…”), those shares are of this total too: compared so only in the sentence right after, where each part is an outcome of that number of applications or cases and none exceeds the total, and against no other number. Where the very next sentence opens on a part\'s name and gives its share (总数510条，其中主动公开政府信息198条，依申请公开信息数142条，不予公开信息数137条。主动公开的政府信息占41.5%, “510 items in all, of which 198 disclosed proactively, 142 on application, 137 withheld. Information disclosed proactively: 41.5%”), that share too is compared with the part over the total; besides the grounds above, it is flagged where it is exactly the part over the parts\' sum (198÷477 = 41.5%) and that sum is not the total: the total or the share may be written wrong. Where every share is said of the total (占总数的, “of the total”), they are shares of one total: two whose parts need different totals (机构职能类信息107条，占总数的38.8%；规划计划类信息17条，占总数的4.8%, 107 at 38.8% needs about 276, 17 at 4.8% about 354) show at least one share written wrong, whatever the total is, and are flagged too; shares not said of the total may be of another and are not compared so. Shares that all fit a count the text gave earlier (本局共受理信息公开申请10件…在已经答复的9件申请中，同意公开的7件，占总数的70%, “10 applications received… of the 9 answered, 7 disclosed, 70% of the total”) are that count\'s, not compared with the one they follow.',
  },
  example: {
    passes: {
      zh: '共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7%;其它类信息283条,占90.7%。',
      en: '共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7%;其它类信息283条,占90.7% (312 items newly disclosed proactively; of which 5 on the body\'s organisation, 1.6%; 24 policy documents, 7.7%; 283 others, 90.7%).',
    },
    fails: {
      zh: '共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7%;政务动态类信息50条,占16%;其它类信息207条,占58.1% — 207÷312=66.3%。',
      en: '共新增主动公开政府信息312条。其中,机构概况类信息5条,占1.6%;政策文件类信息24条,占7.7%;政务动态类信息50条,占16%;其它类信息207条,占58.1% (312 items; of which 5, 1.6%; 24, 7.7%; 50 government news, 16%; 207 others, 58.1%) — 207÷312 = 66.3%.',
    },
  },
  check(report, ctx) {
    // The figures' text reads full-width figures half-width (extractProseFigures): the lines are read so too, once.
    let halfWidth: string[] | null = null;
    const lines = () => (halfWidth ??= ctx.lines.map(withHalfWidthFigures));
    return report.proseFigures.flatMap((figure, i): Finding[] => {
      if (figure.approximate || figure.value <= 0) return [];
      // The figure's own parts (其中…), and the outcomes the next sentences give of it, each a figure of its own.
      const next = outcomesAfter(report.proseFigures, i, ctx.lines);
      // A share of a part the sentence after states, naming the part (…198条…。主动公开的政府信息占41.5%), is of it too:
      // the parts' counts are placed once for both, and only for a figure with parts (most have none).
      const placed = figure.parts.length > 0 ? placedCounts(figure, ctx.proseCounts[i]!) : null;
      const after = nextSentenceShare(figure, placed, lines);
      const own = [...sharesOf(figure, placed), ...(after ? [after.share] : [])];
      const totals = neededTotals(figure, own);
      const earlier = ofEarlierTotal(totals, report.proseFigures, i);
      const wrong = earlier ? [] : wrongShares(figure, own, after?.text ?? figure.text, i, (j) => `${i}.parts.${j}`);
      return [
        ...(wrong.length > 0 || earlier ? wrong : sharesOfNoTotal(figure, own, totals, figure.text, i, (j) => `${i}.parts.${j}`)),
        // The sentences' joined text was read in pieces, one figure's each: its counts are found again, where it states a share (占).
        ...(next?.whole.text.includes('占') ? wrongShares(next.whole, sharesOf(next.whole, placedCounts(next.whole, findNumbers(next.whole.text))), next.whole.text, i, (j) => `${next.indices[j]}`) : []),
      ];
    });
  },
};
