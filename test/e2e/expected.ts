// What the engine finds in a fixture the way the CLI reads it (decoded by its charset, cheerio, in Node): the JSON the
// CLI prints and the cells it binds figures to, named by their element path so that the same cell
// can be found in the browser's DOM (both parse with the HTML5 algorithm, so the trees agree).
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { textContent } from 'domutils';
import { decodeHtml } from '../../lib/decode.ts';
import { runCli } from '../../cli/run.ts';
import { cellKey, cellSeverities, isConflict } from '../../lib/cells.ts';
import { extract } from '../../lib/extract.ts';
import { pageFromCheerio } from '../../lib/page/cheerio-source.ts';
import { SURE } from '../../lib/document/is-report.ts';
import { hasTables } from '../../lib/labels.ts';
import { isProvenance } from '../../lib/verdict.ts';
import type { Report, Severity } from '../../lib/schema.ts';

export interface Expected {
  report: Report;
  /** The CLI's stdout for the page at its URL. */
  json: string;
  /** Element paths of the cells holding a figure, and of those in conflict. */
  figureCells: string[];
  conflictCells: string[];
  /** Element paths of the Tab stops: each finding in conflict's first cell in the page's order. */
  stopCells: string[];
  /** Figures read from the text (a sentence's, a table's laid out as text: bound to a range of a text node), marked with CSS highlights. */
  proseRanges: number;
  /** How many figures bound to a range of text are in conflict, by severity (a highlight each). */
  conflictRanges: Partial<Record<Severity, number>>;
  /** The characters each of the report's issuer, dates, period, year and sections is bound to (cell key → texts). */
  located: Map<string, string[]>;
}

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** "1/3/0/2…": the index of each element among its parent's element children, from <html> down. */
function elementPath(node: Element): string {
  const steps: number[] = [];
  for (let at: Element = node; at.parent && isElement(at.parent); at = at.parent) {
    steps.unshift(at.parent.children.filter(isElement).indexOf(at));
  }
  return steps.join('/');
}

export async function expectedFor(file: string, url: string): Promise<Expected> {
  const $ = cheerio.load(decodeHtml(readFileSync(file)).text);
  const { report, bindings } = extract(pageFromCheerio($.root()[0]!), { url });
  const severities = cellSeverities(report);
  const cells = bindings.filter((b) => isElement(b.node));
  // Figures lit over characters of text: a sentence's, a table's laid out as text.
  const ranged = bindings.filter((b) => b.range && b.ref.table !== 'document');
  const paths = (list: typeof cells) => [...new Set(list.map((b) => elementPath(b.node as Element)))].sort();
  const steps = (path: string) => path.split('/').map(Number);
  const beforeInPage = (a: string, b: string) => {
    const [x, y] = [steps(a), steps(b)];
    const i = x.findIndex((step, at) => step !== y[at]);
    return i >= 0 && x[i]! < (y[i] ?? Infinity);
  };
  return {
    report,
    json: (await runCli([file, '--url', url])).stdout,
    figureCells: paths(cells),
    conflictCells: paths(cells.filter((b) => isConflict(severities.get(cellKey(b.ref))))),
    stopCells: [...new Set(report.warnings.filter((w) => isConflict(w.severity)).flatMap((w) => {
      const keys = new Set(w.cells.map(cellKey));
      const own = paths(cells.filter((b) => keys.has(cellKey(b.ref))));
      return own.length ? [own.reduce((first, path) => (beforeInPage(path, first) ? path : first))] : [];
    }))].sort(),
    proseRanges: ranged.length,
    conflictRanges: ranged.reduce((out, b) => {
      const severity = severities.get(cellKey(b.ref));
      return isConflict(severity) ? { ...out, [severity]: (out[severity] ?? 0) + 1 } : out;
    }, {} as Partial<Record<Severity, number>>),
    located: bindings.filter((b) => b.ref.table === 'document').reduce((out, b) => {
      const key = cellKey(b.ref);
      return out.set(key, [...(out.get(key) ?? []), textContent(b.node).slice(b.range!.start, b.range!.end)]);
    }, new Map<string, string[]>()),
  };
}

/** The same element paths, computed in the page for the elements matching `selector`. */
export const pathsInPage = (selector: string) => `(() => {
  const path = (el) => { const s = []; for (let at = el; at.parentElement; at = at.parentElement) s.unshift([...at.parentElement.children].indexOf(at)); return s.join('/'); };
  return [...new Set([...document.querySelectorAll(${JSON.stringify(selector)})].map(path))].sort();
})()`;

/** In the page: how many ranges each conflict highlight (grl-conflict-error, grl-conflict-warning) holds, by severity. */
export const conflictRangesInPage = () => Object.fromEntries([...CSS.highlights].filter(([name]) => name.startsWith('grl-conflict-'))
  .map(([name, highlight]) => [name.slice('grl-conflict-'.length), highlight.size]));

/** The badge on a report: its errors, else 镜 where a finding about where the page comes from doubts it is the issuer's own, else ✓ — or ? where the engine doubts the page is a report at all. */
export function badgeText(report: Report): string {
  const errors = report.warnings.filter((w) => w.severity === 'error').length;
  if (errors > 0) return String(errors);
  if (report.warnings.some(isProvenance)) return '镜';
  if (!hasTables(report)) return '—';
  return report.document.confidence >= SURE ? '✓' : '?';
}

/** The JSON with its one moment-dependent field blanked, for comparing two extractions. */
export const withoutExtractedAt = (json: string) => json.replace(/"extractedAt": "[^"]*"/, '"extractedAt": ""');
