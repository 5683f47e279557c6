// What the prose says came of the reconsideration and litigation cases (其中3件维持，1件尚未审结; 均获维持; 未出现结果纠正
// 案件) is what 表四 counts of them: the cases of the count it follows, as prose/table-agreement compares the count itself.
import type { CellRef, ProseFigure, Report } from '../../schema.ts';
import { pathName } from '../../labels.ts';
import { ofAnotherYear, proseTopic } from '../../prose/topics.ts';
import { settingOf } from '../document/outline.ts';
import type { Finding, Rule } from '../types.ts';
import { quoteFigure } from './places.ts';
import { tableScope } from './table-scope.ts';

type Outcome = 'upheld' | 'corrected' | 'other' | 'pending';
type Kind = 'review' | 'litigation';

// 表四's groups of each kind of case: a suit is one brought directly or after a review, the text's count both.
const GROUPS: Record<Kind, readonly string[]> = { review: ['review'], litigation: ['litigationDirect', 'litigationAfterReview'] };
const KIND_NAME: Record<Kind, string> = { review: '表四行政复议', litigation: '表四行政诉讼（两类合计）' };

// A part of the count naming an outcome (其中3件维持, 维持原行政行为2件, 被纠错1件, 1件尚未审结). 驳回 and 撤诉 are left:
// a report may count them as 维持 or as 其他结果.
const PART_OUTCOMES: readonly (readonly [Outcome, RegExp])[] = [
  ['upheld', /^(?:结果|被|予以)?维持(?:了|原)?(?:具体)?(?:行政行为|答复|决定)?$/],
  ['corrected', /^(?:结果|被)?(?:纠正|纠错)$/],
  ['pending', /^(?:尚未|未)审结$|^(?:正在|尚在)审理中?$/],
  ['other', /^其他结果$/],
];
// Words after the counts that say each was upheld (均获维持, 均结果维持, 全部维持, 结果均为维持).
const ALL_UPHELD = /(?:均|全部|都)(?:获|被|已被|予以)?(?:结果)?维持|结果均?为维持/;
// Words before either that say it of some of the cases, not of the count (其中已审结3件，均获维持; 除1件尚未审结外，
// 其余均获维持; 已审结的均维持原行政行为; 1件被纠错，其余未被纠错): what came of the rest is not said. Nor is it of the
// count where what came of that count was said first (行政复议2件，1件被纠正，行政诉讼3件，均获维持: the 均 is the suits').
const OF_SOME = /其中|其余|其[他它]|余下|剩余|除|(?:审结|结案|办结)的|维持|纠正|纠错|审理|驳回|撤|终止|和解/;
/** The words in `after` that say `outcome` of every case of the count, unless said of some of them. */
function saidOfAll(outcome: RegExp, after: string): string | undefined {
  const said = outcome.exec(after);
  return said && !OF_SOME.test(after.slice(0, said.index)) ? said[0] : undefined;
}
// Outcomes 表四 counts as 结果维持 in some reports and as 其他结果 in others (驳回复议申请, 撤诉): where the text names
// one beside those upheld (其中驳回1件，维持1件), its upheld and other need not be the table's.
const EITHER_WAY = /驳回|撤诉|撤回|终止|和解/;
// Words after the counts that say none was corrected (未出现结果纠正案件, 无被纠错, 未被纠错).
const NONE_CORRECTED = /(?:未出现|未发生|没有|未有|无|未)被?(?:结果)?(?:纠正|纠错)/;

/** 表四's figure of `outcome` for a kind of case, its groups summed, and the cells that hold it (not a group's blank); null where all are blank. */
function tableFigure(report: Report, kind: Kind, key: Outcome): { value: number; cells: CellRef[] } | null {
  const known = GROUPS[kind].map((group) => ({ path: `${group}.${key}`, value: report.reviewLitigation?.[group as 'review']?.[key] ?? null }))
    .filter((r) => r.value !== null);
  if (known.length === 0) return null;
  return { value: known.reduce((sum, r) => sum + r.value!, 0), cells: known.map((r) => ({ table: 'reviewLitigation', path: r.path })) };
}

/** Where the figure's count ends in its sentence: after its label, at its value. */
function countEnd(figure: ProseFigure): number {
  const label = Math.max(0, figure.text.indexOf(figure.label));
  const value = figure.text.indexOf(String(figure.value), label);
  return value < 0 ? label + figure.label.length : value + String(figure.value).length;
}

/** The words after the count up to the sentence's next ；(a later clause may speak of other cases). */
const clauseAfter = (figure: ProseFigure) => figure.text.slice(countEnd(figure)).split(/[；;。]/)[0]!;

export const caseOutcomes: Rule = {
  id: 'prose/case-outcomes',
  severity: 'error',
  description: '正文所说行政复议、行政诉讼的结果（其中维持、纠正、尚未审结各几件，均获维持，未被纠错）与表四一致 (the outcomes the text gives of reconsideration and litigation cases agree with Table 4)',
  rationale: {
    zh: '正文说因政府信息公开被申请行政复议、被提起行政诉讼的案件结果，说的是表四同一批案件：“发生行政复议4件，其中3件维持，1件尚未审结”里的维持、尚未审结与表四行政复议的结果维持、尚未审结比较；“行政复议7件，诉讼9件，均获维持”说每一件都维持了，表四就不应有结果纠正、其他结果或尚未审结；“未出现结果纠正案件”“未被纠错”则表四的结果纠正应为0。行政诉讼与表四未经复议直接起诉、复议后起诉两组之和比较。只有数字明确不符时才是错误；说“均获维持”而表四只有尚未审结的，可能是只说已审结的案件，只作警告。驳回、撤诉等，有的报告计入结果维持，有的计入其他结果，不比较，与它们分开说的维持（“其中驳回1件，维持1件”）也不比较；“均获维持”“未被纠错”说的是其中一部分的（“其中已审结3件，均获维持”“其余均获维持”“已审结的均维持”“1件被纠错，其余未被纠错”）或已先说了这批案件结果、跟在后面案件之后的（“行政复议2件，1件被纠正，行政诉讼3件，均获维持”里的“均获维持”只说行政诉讼），不比较；说的是全地区的句子在部门、乡镇报告中不比较，在政府报告中只作警告；别的年度、约数不比较。案件数本身由 prose/table-agreement 比较。',
    en: 'The outcomes the text gives of the administrative reconsideration and litigation cases brought over government information disclosure are those of the cases Table 4 counts: in 发生行政复议4件，其中3件维持，1件尚未审结 (“4 reconsiderations, 3 upheld, 1 pending”) the upheld and pending are compared with Table 4\'s reconsideration · upheld and · pending; 行政复议7件，诉讼9件，均获维持 (“7 reconsiderations and 9 suits, all upheld”) says every case was upheld, so Table 4 should show none corrected, none with another outcome and none pending; 未出现结果纠正案件 or 未被纠错 (“none corrected”) means Table 4\'s corrected is 0. Litigation is compared with the sum of Table 4\'s two groups (suits brought directly and after reconsideration). Only figures plainly at odds are an error; “all upheld” where Table 4 has cases pending alone may speak of the cases concluded, and is a warning. Dismissed or withdrawn cases (驳回, 撤诉), which some reports count as upheld and others as another outcome, are not compared, nor are the upheld counted beside them (其中驳回1件，维持1件, “1 dismissed, 1 upheld”); “all upheld” said of some of the cases (其中已审结3件，均获维持, “3 concluded, all upheld”; 其余均获维持, “the rest all upheld”; 已审结的均维持, “those concluded all upheld”), and “none corrected” so said (1件被纠错，其余未被纠错, “1 corrected, the rest not”), say nothing of the rest, and words after a later count, the earlier count\'s outcome said before them (行政复议2件，1件被纠正，行政诉讼3件，均获维持, “2 reconsiderations, 1 corrected; 3 suits, all upheld”: the suits\'), nothing of the earlier count: neither is compared; sentences about the whole area are not compared in the reports of departments and townships, and only a warning in a government\'s; other years\' figures and approximate ones are not compared. The number of cases itself is compared by prose/table-agreement.',
  },
  example: {
    passes: {
      zh: '正文"发生行政复议4件，其中3件维持，1件尚未审结"，表四行政复议结果维持3、尚未审结1、总计4。',
      en: 'The text says 发生行政复议4件，其中3件维持，1件尚未审结 (“4 reconsiderations, 3 upheld, 1 pending”), and Table 4\'s reconsideration shows upheld 3, pending 1, total 4.',
    },
    fails: {
      zh: '正文"信息公开类行政复议7件，诉讼9件，均获维持"，表四行政复议结果维持5、尚未审结2、总计7。',
      en: 'The text says 信息公开类行政复议7件，诉讼9件，均获维持 (“7 reconsiderations and 9 suits over disclosure, all upheld”), and Table 4\'s reconsideration shows upheld 5, pending 2, total 7.',
    },
  },
  check(report, ctx) {
    if (!report.reviewLitigation) return [];
    const findings: Finding[] = [];
    report.proseFigures.forEach((figure, i) => {
      const kind = proseTopic(figure, () => settingOf(ctx.lines, figure.text));
      if ((kind !== 'review' && kind !== 'litigation') || figure.approximate || ofAnotherYear(figure, report.document.year)) return;
      const scope = tableScope(figure, report.document.issuer);
      if (!scope) return;
      const wider = scope === 'wider';
      const quoted = (parts: ProseFigure['parts'] = []) => quoteFigure(report.proseFigures, ctx.proseCounts, i, parts);
      const name = KIND_NAME[kind];
      const eitherWay = figure.parts.some((part) => EITHER_WAY.test(part.label));
      figure.parts.forEach((part, j) => {
        const outcome = PART_OUTCOMES.find(([, words]) => words.test(part.label))?.[0];
        const compared = outcome && !part.approximate && !(eitherWay && (outcome === 'upheld' || outcome === 'other'));
        const table = compared ? tableFigure(report, kind, outcome) : null;
        if (!outcome || !table || table.value === part.value) return;
        findings.push({
          severity: wider ? 'warning' : 'error',
          message: `正文${quoted([part])}中${part.label}为${part.value}${part.unit ?? ''}，${name}·${pathName(outcome)}为${table.value}，相差${Math.abs(part.value - table.value)}`,
          cells: [{ table: 'proseFigures', path: `${i}.parts.${j}` }, ...table.cells], expected: table.value, actual: part.value,
        });
      });
      const after = clauseAfter(figure);
      // Each upheld: 表四 counts none of them corrected, otherwise ended or pending.
      const allUpheld = saidOfAll(ALL_UPHELD, after);
      const upheld = allUpheld ? tableFigure(report, kind, 'upheld') : null;
      const others = (['corrected', 'other', 'pending'] as const).flatMap((key) => {
        const read = upheld ? tableFigure(report, kind, key) : null;
        return read && read.value > 0 ? [{ key, ...read }] : [];
      });
      if (upheld && others.length > 0) {
        const pendingOnly = others.every((o) => o.key === 'pending');
        findings.push({
          severity: wider || pendingOnly ? 'warning' : 'error',
          message: `正文${quoted()}说${figure.label}${figure.value}${figure.unit ?? ''}“${allUpheld}”，而${name}结果维持${upheld.value}、`
            + `${others.map((o) => `${pathName(o.key)}${o.value}`).join('、')}${pendingOnly ? '（如正文只说已审结的案件，宜写明）' : ''}`,
          cells: [{ table: 'proseFigures', path: `${i}` }, ...upheld.cells, ...others.flatMap((o) => o.cells)], expected: upheld.value, actual: figure.value,
        });
      }
      const corrected = tableFigure(report, kind, 'corrected');
      const noneCorrected = saidOfAll(NONE_CORRECTED, after);
      if (noneCorrected && corrected && corrected.value > 0) {
        findings.push({
          severity: wider ? 'warning' : 'error',
          message: `正文${quoted()}说${figure.label}${figure.value}${figure.unit ?? ''}“${noneCorrected}”，而${name}·结果纠正为${corrected.value}`,
          cells: [{ table: 'proseFigures', path: `${i}` }, ...corrected.cells], expected: corrected.value, actual: 0,
        });
      }
    });
    return findings;
  },
};
