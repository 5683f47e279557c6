// Prose that restates a table figure must state the same figure — unless it speaks for a wider scope.
import type { CellRef, ProseFigure, Report } from '../../schema.ts';
import { figureAt, figureName, hasTables } from '../../labels.ts';
import { OWN_LEVEL, ofAnotherYear, partTopic, proseScope, proseTopic, type ProseTopic } from '../../prose/topics.ts';
import { markersOf } from '../document/outline.ts';
import { issuerKind } from '../issuer.ts';
import { plainLabel, RECEIVED } from '../legacyStats/outline.ts';
import type { Finding, Rule } from '../types.ts';
import { quote } from './quote.ts';

/** A table figure (or the sum of a few cells) that prose may restate. */
interface Reading { value: number; name: string; cells: CellRef[] }

/** The sum of some cells of one table, named after the cell when there is one; null when none has a figure. */
function cells(report: Report, table: 'activeDisclosure' | 'applications' | 'reviewLitigation', paths: string[], name = figureName(report, table, paths[0]!)): Reading | null {
  const values = paths.map((p) => figureAt(report[table], p));
  if (values.every((v) => v === null || v === undefined)) return null;
  return { value: values.reduce<number>((s, v) => s + (v ?? 0), 0), name, cells: paths.map((path) => ({ table, path })) };
}

function legacy(report: Report, label: RegExp): Reading | null {
  const index = (report.legacyStats ?? []).findIndex((e) => label.test(plainLabel(e)) && e.value !== null);
  if (index < 0) return null;
  const path = `${index}`;
  return { value: report.legacyStats![index]!.value!, name: figureName(report, 'legacyStats', path), cells: [{ table: 'legacyStats', path }] };
}

const withCarriedOver = (r: Report) => cells(r, 'applications', ['newReceived.total', 'carriedOver.total'], '表三本年新收与上年结转合计');

// The table figures each topic of the prose (lib/prose/topics.ts) may restate. The 统计表 rows as the
// national template (2014–2018) names them and as the older provincial ones do (福建 2009: 主动公开信息数,
// 受理依申请公开信息总数, 行政复议数).
const READINGS: Record<ProseTopic, (r: Report) => (Reading | null)[]> = {
  // "受理" sometimes includes the applications carried over from last year.
  applicationsReceived: (r) => [cells(r, 'applications', ['newReceived.total']), withCarriedOver(r), legacy(r, RECEIVED)],
  applicationsNew: (r) => [cells(r, 'applications', ['newReceived.total']), legacy(r, RECEIVED)],
  applicationsCarriedOver: (r) => [cells(r, 'applications', ['carriedOver.total'])],
  applicationsWithCarriedOver: (r) => [withCarriedOver(r)],
  applicationsProcessed: (r) => [cells(r, 'applications', ['totalProcessed.total']), legacy(r, /^申请办结/)],
  applicationsHandled: (r) => [cells(r, 'applications', ['totalProcessed.total']), withCarriedOver(r), legacy(r, /^申请办结/)],
  review: (r) => [cells(r, 'reviewLitigation', ['review.total']), legacy(r, /^行政复议数/)],
  litigation: (r) => [
    cells(r, 'reviewLitigation', ['litigationDirect.total', 'litigationAfterReview.total'], '表四行政诉讼总计（两类合计）'),
    legacy(r, /^行政诉讼数/),
  ],
  activeDisclosed: (r) => [legacy(r, /^主动公开(?:政府)?信息数/)],
  normativeDocumentsInForce: (r) => [cells(r, 'activeDisclosure', ['normativeDocuments.inForce'])],
  regulationsInForce: (r) => [cells(r, 'activeDisclosure', ['regulations.inForce'])],
};

export const tableAgreement: Rule = {
  id: 'prose/table-agreement',
  severity: 'error',
  description: '正文中的申请数（及其中的本年新收、上年结转）、办结数、复议和诉讼数、现行有效的规范性文件和规章数与统计表一致 (prose restating a table figure agrees with the table)',
  rationale: '同一份报告里正文和表格说的是同一批申请、案件，数字应当相同；"受理33件，其中本年新收33件"里的本年新收也与表三的本年新收比较，"新受理252件，2022年结转10件，共计262件"的共计与表三本年新收与上年结转之和比较，"办理"（不是"办结""答复"）的申请数也可以是这个和（"办理704件（含上年结转17件），已办结671件"）。但"全市各级行政机关…"这类句子说的是全地区，而部门的表格只统计本机关，所以部门、乡镇报告中的这类句子不比较，政府报告中的只作警告，同一句又给出本级数字且与表格一致的（"全县…859件，县政府本级收到5件"）不再警告；说的是其中一部分的也不比较：某一个机关的数字（"县政府公开办主动公开信息数为62条，其他…部门是教育局…"）、占总数的份额（"各乡镇主动公开政府信息122条，占28.7%"）；行政服务中心受理的审批申请（"开设窗口26个，共受理申请121510件"）不是政府信息公开申请；申请按"份"计的（"收到1份…行政复议申请"）与按"件"计的一样比较；"约""余"等近似数、别的年度的数字（"2021年，我办共收到…500件"）不比较；清理时统计的现行有效文件数（"清理并集中发布现行有效行政规范性文件393件"）是清理当时的数，不含此后制发的，也不与表二比较。',
  example: {
    passes: '正文"共受理政府信息公开申请859件"，表三本年新收总计859。',
    fails: '正文"共受理政府信息公开申请859件"，表三本年新收总计860。',
  },
  check(report, ctx) {
    // A report without tables (prose alone) has no figure its sentences could restate: its figures are not read for one.
    if (!hasTables(report)) return [];
    const findings: Finding[] = [];
    // Each topic's table figures, read once per report: several sentences may restate one topic.
    const readingsOf = new Map<ProseTopic, Reading[]>();
    report.proseFigures.forEach((figure, i) => {
      // A cumulative count (历年…, 累计受理…) restates no figure of the year's tables, nor do its parts.
      if (/历年/.test(figure.label) || figure.text.includes(`累计${figure.label}`)) return;
      const topic = proseTopic(figure, () => headingAbove(ctx.lines, figure.text));
      // Nor does last year's, given to compare (2021年，我办共收到…500件).
      if (!topic || ofAnotherYear(figure, report.document.year)) return;
      // A part of what the report counts (one office's count, a share of the total) restates no table figure.
      const scope = proseScope(figure);
      if (scope === 'part') return;
      const wider = scope === 'whole-area';
      const kind = issuerKind(report.document.issuer);
      if (wider && (kind === 'department' || kind === 'township')) return;
      // The figure, and the parts that name a table figure of their own (其中本年新收33件); not approximate ones.
      const stated = [{ said: figure, topic, path: `${i}` }, ...figure.parts.map((part, j) => ({ said: part, topic: partTopic(topic, part), path: `${i}.parts.${j}` }))];
      for (const { said, topic, path } of stated) {
        if (!topic || said.approximate) continue;
        let readings = readingsOf.get(topic);
        if (!readings) readingsOf.set(topic, (readings = READINGS[topic](report).filter((x) => x !== null)));
        if (readings.length === 0 || readings.some((r) => r.value === said.value)) continue;
        if (wider && ownFigureAgrees(report.proseFigures, figure, readings)) continue;
        const main = readings[0]!;
        findings.push({
          severity: wider ? 'warning' : 'error',
          message: message(figure, said === figure ? null : said, main, wider),
          cells: [{ table: 'proseFigures', path }, ...main.cells],
          expected: main.value, actual: said.value,
        });
      }
    });
    return findings;
  },
};

/**
 * Whether the whole area's sentence also gives the issuer's own figure (全县…859件，县政府本级收到5件), and the
 * table restates that one: the sentence itself says the table is the issuer's alone.
 */
function ownFigureAgrees(figures: readonly ProseFigure[], wide: ProseFigure, readings: Reading[]): boolean {
  return figures.some((f) => f !== wide && f.text === wide.text && OWN_LEVEL.test(f.label) && f.unit === wide.unit
    && readings.some((r) => r.value === f.value));
}

/** The top-level heading above the line a sentence starts in (四、因政府信息公开引起的行政复议…), or ''. */
function headingAbove(lines: readonly string[], sentence: string): string {
  const at = lines.findIndex((line) => line.includes(sentence.slice(0, 12)));
  const markers = markersOf(lines);
  for (let i = at - 1; i >= 0; i--) if (markers[i]?.level === 1) return lines[i]!;
  return '';
}

/** The message on a figure, or on its `part`. */
function message(figure: ProseFigure, part: ProseFigure['parts'][number] | null, table: Reading, wider: boolean): string {
  const said = part ?? figure;
  const head = `正文${quote(figure.text)}${part ? `中${part.label}` : ''}为${said.value}${said.unit ?? ''}，${table.name}为${table.value}，相差${Math.abs(said.value - table.value)}`;
  return wider ? `${head}（句子说的是全地区，表格可能只统计本级）` : head;
}
