// The report JSON contract (../shared/contract/report-json.md) as one zod schema; the TypeScript
// types are derived from it, so the contract, the clipboard, the CLI and the tests cannot drift. zod's mini API, as
// zod's full one validates alike and its schemas' methods keep all of zod in the bundle: annotator.js is 56 kB smaller,
// and its compile and top-level run 5 ms shorter (bench/annotator-load.ts).
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// The issues said in English, as zod's full API says them (the mini API leaves the messages to the caller).
z.config(en());

export const SCHEMA_VERSION = 1;

/** A figure: a number, or null when the cell exists but is blank or unreadable. */
const Figure = z.nullable(z.number());

export const APPLICANT_COLUMNS = [
  'naturalPerson', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total',
] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他 / 总计 */
export const Cols = z.partial(z.object({
  naturalPerson: Figure, commercial: Figure, research: Figure, nonprofit: Figure,
  legalService: Figure, otherOrg: Figure, total: Figure,
}));
export type Cols = z.infer<typeof Cols>;

export const OUTCOME_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
/** 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计 */
export const Outcome = z.partial(z.object({
  upheld: Figure, corrected: Figure, other: Figure, pending: Figure, total: Figure,
}));
export type Outcome = z.infer<typeof Outcome>;

const DocumentSection = z.object({ number: z.string(), title: z.string() });

export const DocumentMeta = z.object({
  isReport: z.boolean(),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  format: z.enum(['2021', '2019', 'legacy', 'prose', 'unknown']),
  year: z.nullable(z.number().check(z.int())),
  issuer: z.nullable(z.string()),
  publishedAt: z.nullable(z.iso.date()),
  signedAt: z.nullable(z.iso.date()),
  period: z.nullable(z.object({ start: z.iso.date(), end: z.iso.date() })),
  sections: z.array(DocumentSection),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type ReportFormat = DocumentMeta['format'];

// Strict, so that a union picks the shape whose keys the figures have instead of stripping them.
const Made2021 = z.partial(z.strictObject({ issued: Figure, repealed: Figure, inForce: Figure }));
const Decisions2021 = z.partial(z.strictObject({ decisions: Figure }));
const Made2019 = z.partial(z.strictObject({ newlyMade: Figure, newlyPublished: Figure, totalPublished: Figure }));
const Items2019 = z.partial(z.strictObject({ previousCount: Figure, change: Figure, decisions: Figure }));
const Unit = z.nullable(z.string());

/** 二、主动公开政府信息情况: the 2021 shape and the 2019 shape share one object, each key optional. */
export const ActiveDisclosure = z.partial(z.object({
  regulations: z.union([Made2021, Made2019]),
  normativeDocuments: z.union([Made2021, Made2019]),
  licensing: z.union([Decisions2021, Items2019]),
  otherServices: Items2019,
  punishment: z.union([Decisions2021, Items2019]),
  coercion: z.union([Decisions2021, Items2019]),
  fees: z.partial(z.object({ amount: Figure, unit: Unit, previousCount: Figure, change: Figure })),
  procurement: z.partial(z.object({ projects: Figure, amount: Figure, unit: Unit })),
}));
export type ActiveDisclosure = z.infer<typeof ActiveDisclosure>;

export const Applications = z.partial(z.object({
  newReceived: Cols,
  carriedOver: Cols,
  granted: Cols,
  partiallyGranted: Cols,
  withheld: z.partial(z.object({
    stateSecret: Cols, lawForbidden: Cols, safetyStability: Cols, thirdPartyRights: Cols,
    internalAffairs: Cols, processInformation: Cols, enforcementFiles: Cols, administrativeQuery: Cols,
  })),
  unavailable: z.partial(z.object({ notHeld: Cols, needsCreation: Cols, stillUnclear: Cols })),
  notProcessed: z.partial(z.object({
    complaint: Cols, repeated: Cols, publication: Cols, excessive: Cols, confirmation: Cols,
  })),
  otherHandling: z.partial(z.object({ noCorrection: Cols, noFee: Cols, other: Cols, all: Cols })),
  totalProcessed: Cols,
  carriedForward: Cols,
}));
export type Applications = z.infer<typeof Applications>;

export const ReviewLitigation = z.partial(z.object({
  review: Outcome,
  litigationDirect: Outcome,
  litigationAfterReview: Outcome,
}));
export type ReviewLitigation = z.infer<typeof ReviewLitigation>;

export const LegacyStat = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.nullable(z.string()),
  value: Figure,
  cumulative: z.optional(Figure),
});
export type LegacyStat = z.infer<typeof LegacyStat>;

const ProseFigureBase = z.object({
  label: z.string(),
  value: z.number(),
  unit: z.nullable(z.string()),
  approximate: z.boolean(),
});
export const ProseFigure = z.extend(ProseFigureBase, {
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
  rule: z.string().check(z.regex(/^[a-zA-Z]+\/[a-z0-9-]+$/)),
  severity: Severity,
  message: z.string().check(z.minLength(1)),
  cells: z.array(CellRef),
  expected: z.nullable(z.number()),
  actual: z.nullable(z.number()),
});
export type Warning = z.infer<typeof Warning>;

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({ url: z.nullable(z.string()), title: z.string(), extractedAt: z.iso.datetime() }),
  document: DocumentMeta,
  activeDisclosure: z.nullable(ActiveDisclosure),
  applications: z.nullable(Applications),
  reviewLitigation: z.nullable(ReviewLitigation),
  legacyStats: z.nullable(z.array(LegacyStat)),
  proseFigures: z.array(ProseFigure),
  warnings: z.array(Warning),
});
export type Report = z.infer<typeof Report>;
