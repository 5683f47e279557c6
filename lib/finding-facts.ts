// A finding's English gist with its facts: the rule's check, then the figures it is about named in English with their
// values, and the dates it is about. Built from the warning's cells and the report (never from the Chinese message,
// which quotes the page and stays as it is): an English reader learns which row and column, which figures, which dates.
import { figureAt, figureName, pathNameIn, shortTableName } from './labels.ts';
import { placeName } from './findings-text.ts';
import { CATALOGUE } from './rules/registry.ts';
import { englishSummary } from './rules/summary.ts';
import type { CellRef, Report, Warning } from './schema.ts';

/** Past this many figures a finding's facts count the rest (a blank-cell note names a hundred). */
const FIGURES_NAMED = 6;

const GRIDS = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;
type Grid = (typeof GRIDS)[number];
const isGrid = (table: CellRef['table']): table is Grid => (GRIDS as readonly string[]).includes(table);

const shown = (value: number | null | undefined) => (value == null ? 'blank' : String(value));
const tableShown = (table: CellRef['table']) => `${shortTableName(table, 'en')} (${shortTableName(table)})`;
const lower = (name: string) => name[0]!.toLowerCase() + name.slice(1);

/** Names and values, the first FIGURES_NAMED of them, the rest counted. */
function listed(items: string[]): string {
  const named = items.slice(0, FIGURES_NAMED).join(', ');
  return items.length > FIGURES_NAMED ? `${named} and ${items.length - FIGURES_NAMED} more` : named;
}

/**
 * A standard table's cells with their values: by their common column ("Individuals column: received this year 33, …")
 * or common row ("Disclosed in full row: individuals 27, …"), else each by its full name.
 */
function gridFacts(report: Report, table: Grid, paths: string[]): string {
  const split = paths.map((p) => ({ row: p.slice(0, p.lastIndexOf('.')), column: p.slice(p.lastIndexOf('.') + 1), value: figureAt(report[table], p) }));
  const same = (key: 'row' | 'column') => split.length > 1 && split.every((s) => s[key] === split[0]![key]);
  if (same('column')) {
    return `${tableShown(table)}, ${lower(pathNameIn(split[0]!.column, 'en'))} column: ${listed(split.map((s) => `${lower(pathNameIn(s.row, 'en'))} ${shown(s.value)}`))}`;
  }
  if (same('row')) {
    return `${tableShown(table)}, ${lower(pathNameIn(split[0]!.row, 'en'))} row: ${listed(split.map((s) => `${lower(pathNameIn(s.column, 'en'))} ${shown(s.value)}`))}`;
  }
  return `${tableShown(table)}: ${listed(paths.map((p, i) => `${lower(pathNameIn(p, 'en'))} ${shown(split[i]!.value)}`))}`;
}

/** A figure of the text by the words the page puts before it, with its value: “予以公开及部分公开” 258. */
function proseFact(report: Report, path: string): string | null {
  const [index, , part] = path.split('.');
  const whole = report.proseFigures[Number(index)];
  const figure = part === undefined ? whole : whole?.parts[Number(part)];
  return figure ? `“${figure.label}” ${figure.approximate ? 'about ' : ''}${figure.value}${figure.unit === '%' ? '%' : ''}` : null;
}

/** The text's figures under one name of the place, as a table's cells are (a sentence's total and its 13 parts named Text (正文) once). */
function proseFacts(report: Report, paths: string[]): string[] {
  const figures = paths.map((p) => proseFact(report, p)).filter((f): f is string => f !== null);
  return figures.length > 0 ? [`${tableShown('proseFigures')}: ${listed(figures)}`] : [];
}

/** What the finding is about, table by table in the order its cells name them; null where it names no cell. */
export function findingFacts(report: Report, warning: Pick<Warning, 'cells'>): string | null {
  const tables = [...new Set(warning.cells.map((c) => c.table))];
  const facts = tables.flatMap((table) => {
    const paths = [...new Set(warning.cells.filter((c) => c.table === table).map((c) => c.path))];
    if (isGrid(table)) return [gridFacts(report, table, paths)];
    if (table === 'legacyStats') {
      return [listed(paths.map((p) => `${figureName(report, table, p, 'en')} ${shown(figureAt(report.legacyStats, p.includes('.') ? p : `${p}.value`))}`))];
    }
    if (table === 'proseFigures') return proseFacts(report, paths);
    return paths.map((path) => placeName(report, { table, path }, 'en')).filter((f): f is string => f !== null);
  });
  return facts.length > 0 ? facts.join('; ') : null;
}

/** A finding's English gist: what its rule checks (or what reading did), and, where it names cells, its facts. */
export interface EnglishGist { check: string; facts: string | null }

/**
 * The English lines above a finding's Chinese message: what the rule checks, then the facts of this finding where it names
 * cells. A reading note (figure/blank, recognition/…) keeps its gist alone: its cells are the many it read so, no facts to weigh.
 */
export function englishGist(report: Report | null, warning: Warning): EnglishGist | null {
  const check = englishSummary(warning.rule, warning.message);
  if (!check) return null;
  const facts = report && CATALOGUE.some((r) => r.id === warning.rule) ? findingFacts(report, warning) : null;
  return { check, facts: facts && `${facts[0]!.toUpperCase()}${facts.slice(1)}` };
}

/** The gist as one line: "Check: …. Table 3 (表三), individuals column: …". */
export const gistText = ({ check, facts }: EnglishGist): string => (facts ? `${check}. ${facts}` : check);
