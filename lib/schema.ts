// The report JSON contract (../shared/contract/report-json.md) as one zod schema; the TypeScript
// types are derived from it, so the contract, the clipboard, the CLI and the tests cannot drift.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/** A figure: a number, or null when the cell exists but is blank or unreadable. */
const Figure = z.number().nullable();

export const APPLICANT_COLUMNS = [
  'naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total',
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他 / 总计 */
export const Cols = z.object({
  naturalPerson: Figure, commercial: Figure, research: Figure, nonprofit: Figure,
  legalService: Figure, otherOrg: Figure, total: Figure,
}).partial();
export type Cols = z.infer<typeof Cols>;

export const OUTCOME_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
/** 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计 */
export const Outcome = z.object({
  upheld: Figure, corrected: Figure, other: Figure, pending: Figure, total: Figure,
}).partial();
export type Outcome = z.infer<typeof Outcome>;

const DocumentSection = z.object({ number: z.string(), title: z.string() });

export const DocumentMeta = z.object({
  isReport: z.boolean(),
  confidence: z.number().min(0).max(1),
  format: z.enum(['2021', '2019', 'legacy', 'prose', 'unknown']),
  year: z.number().int().nullable(),
  issuer: z.string().nullable(),
  publishedAt: z.iso.date().nullable(),
  signedAt: z.iso.date().nullable(),
  period: z.object({ start: z.iso.date(), end: z.iso.date() }).nullable(),
  sections: z.array(DocumentSection),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type ReportFormat = DocumentMeta['format'];

// Strict, so that a union picks the shape whose keys the figures have instead of stripping them.
const Made2021 = z.strictObject({ issued: Figure, repealed: Figure, inForce: Figure }).partial();
const Decisions2021 = z.strictObject({ decisions: Figure }).partial();
const Made2019 = z.strictObject({ newlyMade: Figure, newlyPublished: Figure, totalPublished: Figure }).partial();
const Items2019 = z.strictObject({ previousCount: Figure, change: Figure, decisions: Figure }).partial();
const Unit = z.string().nullable();

/** 二、主动公开政府信息情况: the 2021 shape and the 2019 shape share one object, each key optional. */
export const ActiveDisclosure = z.object({
  regulations: z.union([Made2021, Made2019]),
  normativeDocuments: z.union([Made2021, Made2019]),
  licensing: z.union([Decisions2021, Items2019]),
  otherServices: Items2019,
  punishment: z.union([Decisions2021, Items2019]),
  coercion: z.union([Decisions2021, Items2019]),
  fees: z.object({ amount: Figure, unit: Unit, previousCount: Figure, change: Figure }).partial(),
  procurement: z.object({ projects: Figure, amount: Figure, unit: Unit }).partial(),
}).partial();
export type ActiveDisclosure = z.infer<typeof ActiveDisclosure>;

export const Applications = z.object({
  newReceived: Cols,
  carriedOver: Cols,
  granted: Cols,
  partiallyGranted: Cols,
  withheld: z.object({
    stateSecret: Cols, lawForbidden: Cols, safetyStability: Cols, thirdPartyRights: Cols,
    internalAffairs: Cols, processInformation: Cols, enforcementFiles: Cols, administrativeQuery: Cols,
  }).partial(),
  unavailable: z.object({ notHeld: Cols, needsCreation: Cols, stillUnclear: Cols }).partial(),
  notProcessed: z.object({
    complaint: Cols, repeated: Cols, publication: Cols, excessive: Cols, confirmation: Cols,
  }).partial(),
  otherHandling: z.object({ noCorrection: Cols, noFee: Cols, other: Cols, all: Cols }).partial(),
  totalProcessed: Cols,
  carriedForward: Cols,
}).partial();
export type Applications = z.infer<typeof Applications>;

export const ReviewLitigation = z.object({
  review: Outcome,
  litigationDirect: Outcome,
  litigationAfterReview: Outcome,
}).partial();
export type ReviewLitigation = z.infer<typeof ReviewLitigation>;

export const LegacyStat = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.string().nullable(),
  value: Figure,
  cumulative: Figure.optional(),
});
export type LegacyStat = z.infer<typeof LegacyStat>;

const ProseFigureBase = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  approximate: z.boolean(),
});
export const ProseFigure = ProseFigureBase.extend({
  text: z.string(),
  parts: z.array(ProseFigureBase),
});
export type ProseFigure = z.infer<typeof ProseFigure>;

const TABLE_NAMES = [
  'activeDisclosure', 'applications', 'reviewLitigation', 'legacyStats', 'proseFigures', 'document',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A cell a finding involves: `path` is the dotted path inside `table` (for `document`: `issuer`, `period`, `sections.2`…). */
export const CellRef = z.object({ table: z.enum(TABLE_NAMES), path: z.string() });
export type CellRef = z.infer<typeof CellRef>;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const Warning = z.object({
  rule: z.string().regex(/^[a-zA-Z]+\/[a-z0-9-]+$/),
  severity: Severity,
  message: z.string().min(1),
  cells: z.array(CellRef),
  expected: z.number().nullable(),
  actual: z.number().nullable(),
});
export type Warning = z.infer<typeof Warning>;

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({ url: z.string().nullable(), title: z.string(), extractedAt: z.iso.datetime() }),
  document: DocumentMeta,
  activeDisclosure: ActiveDisclosure.nullable(),
  applications: Applications.nullable(),
  reviewLitigation: ReviewLitigation.nullable(),
  legacyStats: z.array(LegacyStat).nullable(),
  proseFigures: z.array(ProseFigure),
  warnings: z.array(Warning),
});
export type Report = z.infer<typeof Report>;
