// Builds small valid reports for tests: a 2021-format report whose tables are all zeros, into which
// a test writes the figures it is about.
import {
  APPLICANT_COLUMNS, OUTCOME_COLUMNS, Report, Warning,
  type Applications, type Cols, type DocumentMeta, type Outcome, type ReviewLitigation,
} from '../../lib/schema.ts';
import { schoolOf } from '../../lib/document/dates.ts';
import { headingLine } from '../../lib/document/page-text.ts';
import { findNumbers } from '../../lib/prose/numbers.ts';
import type { Rule, RuleContext, YearRule } from '../../lib/rules/types.ts';
import { summarize } from '../../lib/years/summary.ts';

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const zeroCols = (): Cols => zeros(APPLICANT_COLUMNS);
const zeroOutcome = (): Outcome => zeros(OUTCOME_COLUMNS);

export function zeroApplications(format: '2019' | '2021' = '2021'): Applications {
  const rows = <K extends string>(keys: K[]) => Object.fromEntries(keys.map((k) => [k, zeroCols()])) as Record<K, Cols>;
  return {
    newReceived: zeroCols(), carriedOver: zeroCols(), granted: zeroCols(), partiallyGranted: zeroCols(),
    withheld: rows(['stateSecret', 'lawForbidden', 'safetyStability', 'thirdPartyRights',
      'internalAffairs', 'processInformation', 'enforcementFiles', 'administrativeQuery']),
    unavailable: rows(['notHeld', 'needsCreation', 'stillUnclear']),
    notProcessed: rows(['complaint', 'repeated', 'publication', 'excessive', 'confirmation']),
    otherHandling: format === '2021' ? rows(['noCorrection', 'noFee', 'other']) : rows(['all']),
    totalProcessed: zeroCols(), carriedForward: zeroCols(),
  };
}

const zeroReviewLitigation = (): ReviewLitigation => ({
  review: zeroOutcome(), litigationDirect: zeroOutcome(), litigationAfterReview: zeroOutcome(),
});

export type ReportPatch = Partial<Omit<Report, 'document'>> & { document?: Partial<DocumentMeta> };

/** A valid, internally consistent 2021 report of a county bureau; `patch` replaces whole parts of it. */
export function makeReport(patch: ReportPatch = {}): Report {
  const base: Report = {
    schemaVersion: 1,
    source: { url: 'https://www.example.gov.cn/xxgk/ndbg/0001.html', title: '某县农业农村局2021年政府信息公开工作年度报告', extractedAt: '2026-01-01T00:00:00.000Z' },
    document: {
      isReport: true, confidence: 0.95, format: '2021', year: 2021, issuer: '某县农业农村局',
      publishedAt: '2022-01-20', signedAt: '2022-01-18',
      period: { start: '2021-01-01', end: '2021-12-31' },
      sections: [
        { number: '一', title: '总体情况' }, { number: '二', title: '主动公开政府信息情况' },
        { number: '三', title: '收到和处理政府信息公开申请情况' }, { number: '四', title: '政府信息公开行政复议、行政诉讼情况' },
        { number: '五', title: '存在的主要问题及改进情况' }, { number: '六', title: '其他需要报告的事项' },
      ],
    },
    activeDisclosure: {
      regulations: { issued: 0, repealed: 0, inForce: 0 }, normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
      licensing: { decisions: 0 }, punishment: { decisions: 0 }, coercion: { decisions: 0 }, fees: { amount: 0, unit: '万元' },
    },
    applications: zeroApplications('2021'),
    reviewLitigation: zeroReviewLitigation(),
    legacyStats: null,
    proseFigures: [],
    warnings: [],
  };
  const { document, ...rest } = patch;
  return Report.parse({ ...base, ...rest, document: { ...base.document, ...document } });
}

/** Writes figures into a report, e.g. `{ 'granted.naturalPerson': 3 }`; returns the same report. */
export function setFigures(
  report: Report, table: 'applications' | 'reviewLitigation' | 'activeDisclosure', figures: Record<string, number | null>,
): Report {
  for (const [path, value] of Object.entries(figures)) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let node = report[table] as Record<string, unknown>;
    for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
    node[last] = value;
  }
  return report;
}

/**
 * A rule's context; the page's lines are the report's unless `patch` gives others, and it is a school's as its title and
 * lines say. No prose was read: withProseCounts gives the counts of a report's prose figures.
 */
export function makeContext(patch: Partial<RuleContext> = {}): RuleContext {
  const { title = '某县农业农村局2021年政府信息公开工作年度报告', lines = [] } = patch;
  return {
    url: 'https://www.example.gov.cn/xxgk/ndbg/0001.html', trustedDomains: [],
    signer: null, signedLine: null, publisher: null, images: [], frames: [], tables: [], attachments: [], links: new Set(), unreadable: [], blankForm: null, asText: [], legacyHeads: [], pagination: null, hiddenTab: false, proseCounts: [], approximate: new Set(), ...patch,
    title, lines, school: patch.school ?? schoolOf(title, lines), pageLines: patch.pageLines ?? lines,
    headingLine: patch.headingLine ?? headingLine(lines, title, undefined, patch.links),
  };
}

/**
 * The context with the counts of the report's prose figures, found in their texts as the prose reader finds them in
 * its lines: a report made in a test, or read back from its JSON, has no reading of its own.
 */
export const withProseCounts = (report: Report, ctx: RuleContext): RuleContext => ({ ...ctx, proseCounts: report.proseFigures.map((f) => findNumbers(f.text)) });

/** Runs one rule and checks every finding is a valid contract Warning. */
export function findingsOf(rule: Rule, report: Report, ctx: RuleContext = makeContext()): Warning[] {
  return rule.check(report, withProseCounts(report, ctx)).map((finding) => Warning.parse({ rule: rule.id, ...finding }));
}

/** Runs one rule and gives, for each finding, the words it is about as the page's lines print them (Finding.words). */
export function wordsOf(rule: Rule, report: Report, ctx: RuleContext = makeContext()): string[][] {
  return rule.check(report, withProseCounts(report, ctx)).map((finding) =>
    (finding.words ?? []).map((spot) => ctx.pageLines[spot.line]!.slice(spot.start, spot.end)));
}

/** Runs one cross-year rule over two reports of one issuer, checking `current` ('earlier' or 'later'). */
export function yearFindingsOf(rule: YearRule, earlier: Report, later: Report, current: 'earlier' | 'later'): Warning[] {
  const pair = { earlier: summarize(earlier)!, later: summarize(later)!, current };
  return rule.check(pair).findings.map((finding) => Warning.parse({ rule: rule.id, ...finding }));
}

/**
 * A quarter's report (the heading lib/document/period.test reads: 某县人民政府2023年第一季度政府信息公开工作报告), its text
 * headed as an annual report's parts with no table: `ctx` titles it so, `annual` as the annual report of 2023 instead.
 */
export function quarterReport(): { report: Report; ctx: RuleContext; annual: RuleContext } {
  const title = '某县人民政府2023年第一季度政府信息公开工作报告';
  const parts = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况'];
  const report = makeReport({
    document: { year: 2023, format: 'prose', period: { start: '2023-01-01', end: '2023-03-31' }, publishedAt: '2023-04-10', signedAt: '2023-04-10',
      sections: parts.map((t, k) => ({ number: '一二三四'[k]!, title: t })) },
    activeDisclosure: null, applications: null, reviewLitigation: null,
  });
  const lines = [title, '二、主动公开政府信息情况', '本季度主动公开政府信息120条。', '三、收到和处理政府信息公开申请情况', '本季度收到政府信息公开申请5件。',
    '四、政府信息公开行政复议、行政诉讼情况', '本季度未发生行政复议、行政诉讼。'];
  return { report, ctx: makeContext({ title, lines, headingLine: 0 }), annual: makeContext({ title: '某县人民政府2023年政府信息公开工作年度报告', lines: lines.slice(1) }) };
}
