// Which figures the findings point at: the severity of the worst warning that involves each cell.
// The annotator marks conflicts with it and the panel shows them, from the same computation.
import { headSources, type HeadSource, type PageHead } from './document/from-head.ts';
import { governedPlace } from './document/fuller-name.ts';
import { headTitle } from './document/title.ts';
import { squeezed } from './text/normalize.ts';
import type { FigureBinding, WordPlace } from './extract.ts';
import type { CellRef, DocumentMeta, Report, Severity, Warning } from './schema.ts';

/** A cell's identity across the report, the warnings and the bindings: "table:path". */
export const cellKey = (ref: CellRef): string => `${ref.table}:${ref.path}`;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** For every cell some warning involves: the most severe such warning's severity. */
export function cellSeverities(report: { warnings: readonly Warning[] }): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const w of report.warnings) {
    for (const ref of w.cells) {
      const key = cellKey(ref);
      const had = out.get(key);
      if (!had || RANK[w.severity] < RANK[had]) out.set(key, w.severity);
    }
  }
  return out;
}

/** The warnings that involve one cell, most severe first. */
export function warningsFor(report: Report, ref: CellRef): Warning[] {
  const key = cellKey(ref);
  return report.warnings.filter((w) => w.cells.some((c) => cellKey(c) === key))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Conflicts are cells involved in an error or a warning; info findings (noise removed…) are not. */
export const isConflict = (severity: Severity | undefined): severity is 'error' | 'warning' => severity === 'error' || severity === 'warning';

/** Where the page shows the cells the bindings place (keys of cellKey). */
export interface CellPlaces {
  /** The report's issuer, dates, period, year and sections bound to the line they were read from. */
  located: ReadonlySet<string>;
  /** The cells bound to nodes of the report's other pages: none on this page shows them. */
  elsewhere: ReadonlySet<string>;
  /** The report's issuer, year and date that no line states, by what in the page's head states them: its <title> or a <meta>. */
  fromHead: ReadonlyMap<string, HeadSource>;
  /** The findings about words of the report (Extraction.words), by whether this page prints some of them (false: only its other pages do). */
  words: ReadonlyMap<Warning, boolean>;
  /** The place the page names alone where the issuer is its body, made from it (上海市 → 上海市人民政府, 丽岙街道 → 丽岙街道办事处); else null. */
  completedFrom: string | null;
}

export const NO_PLACES: CellPlaces = { located: new Set(), elsewhere: new Set(), fromHead: new Map(), words: new Map(), completedFrom: null };

/**
 * The places of the bindings and of the findings' `words`; `here` tells a node of this page from one of the report's
 * other pages. `head` is the page's the report's document was read with.
 */
export function cellPlaces<N>(
  bindings: FigureBinding<N>[], here: (node: N) => boolean, document: DocumentMeta, head: PageHead, words: ReadonlyMap<Warning, WordPlace<N>[]> = new Map(),
): CellPlaces {
  const located = new Set<string>(), elsewhere = new Set<string>();
  for (const b of bindings) {
    if (b.ref.table === 'document') located.add(cellKey(b.ref));
    if (!here(b.node)) elsewhere.add(cellKey(b.ref));
  }
  const key = (path: string) => cellKey({ table: 'document', path });
  const fromHead = new Map([...headSources(document, head, (path) => located.has(key(path)))].map(([path, source]) => [key(path), source]));
  const printed = new Map([...words].map(([w, places]) => [w, places.some((place) => place.some((r) => here(r.node)))]));
  return { located, elsewhere, fromHead, words: printed, completedFrom: completedFrom(bindings, document.issuer, fromHead.has(key('issuer')) ? head : null) };
}

/**
 * The place an issuer the reader made from it stands for (fuller-name.ts placeBody), where the page names only the place:
 * the issuer's marks cover fewer characters than its name (上海市 in the title for 上海市人民政府), or the head's title the
 * issuer was taken from (`head`, null where it was not) names the place and not the body.
 */
function completedFrom<N>(bindings: FigureBinding<N>[], issuer: string | null, head: PageHead | null): string | null {
  const place = issuer === null ? null : governedPlace(issuer);
  if (place === null) return null;
  if (head) return squeezed(headTitle(head)?.title ?? head.title).includes(squeezed(issuer!)) ? null : place;
  const marked = bindings.filter((b) => cellKey(b.ref) === 'document:issuer').reduce((n, b) => n + (b.range ? b.range.end - b.range.start : Infinity), 0);
  return marked > 0 && marked < squeezed(issuer!).length ? place : null;
}

/**
 * Whether any of these cells is shown on the page: a table's cell or a sentence's figure, or the report's
 * issuer, a date, period, year or a section where it is bound to its line (a date only a <meta> gives is not); none
 * read on the report's other pages.
 */
const onPage = (cells: CellRef[], places: CellPlaces = NO_PLACES): boolean =>
  cells.some((c) => (c.table !== 'document' || places.located.has(cellKey(c))) && !places.elsewhere.has(cellKey(c)));

/** Whether the page shows something a finding is about: one of its cells (onPage), or the words it is about. */
export const findingOnPage = (w: Warning, places: CellPlaces = NO_PLACES): boolean => onPage(w.cells, places) || places.words.get(w) === true;

/** Whether only the report's other pages show what a finding is about. */
export const findingElsewhere = (w: Warning, places: CellPlaces = NO_PLACES): boolean =>
  !findingOnPage(w, places) && (onPage(w.cells, { ...places, elsewhere: NO_PLACES.elsewhere }) || places.words.get(w) === false);
