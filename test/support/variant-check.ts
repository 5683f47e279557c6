// The one runner of the variant suites: real pages read as they are, then dressed one way at a time as real
// portals, editors and office suites dress the same report (markup-variants.ts: its tables; article-variants.ts:
// the article around them), and every reading compared with the page's own. A dressing changes no figure, no
// document field, no prose figure and no finding, but the notes it says it brings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report, Warning } from '../../lib/schema.ts';
import { extractWithCheerio, extractWithDom } from './fixtures.ts';

/** What a variant may need of a page that its markup does not say. */
export interface About {
  /** The name of the portal that publishes the page, as its <title> and header give it (铁岭市人民政府). */
  site: string;
}

export interface Variant {
  name: string;
  /** Where real pages do this. */
  seen: string;
  /** The page dressed so: the page itself, unchanged, where it has nothing the variant dresses. */
  rewrite: (page: string, about: About) => string;
  /** Notes (rule ids, severity info) the variant may add: what it did is noise the reading takes out and says so. */
  notes?: string[];
}

export interface VariantPage extends About {
  /** What the failures name it by: its file under test/fixtures, or what was made of it. */
  name: string;
  html: string;
}

/** The reading compared: the CLI's, of a page with no address. */
export const readReport = (html: string): Report => extractWithCheerio(html, null).report;

/** The content script's reading, a live DOM's (happy-dom here). */
const readReportInDom = (html: string): Report => extractWithDom(html, null).report;

/** A fixture page (its path under test/fixtures), with the name of the portal that publishes it. */
export function fixturePage(file: string, site = ''): VariantPage {
  return { name: file, site, html: readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8') };
}

const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation', 'legacyStats'] as const;

/** The values that differ, as `path: before → after`. */
function valueChanges(before: unknown, after: unknown, path: string, out: string[]): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) valueChanges((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], `${path}.${key}`, out);
  } else out.push(`${path}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
}

/** A prose figure as compared: what it counts and how much, not the sentence's characters as printed. */
type Part = Report['proseFigures'][number]['parts'][number];
const figure = ({ label, value, unit, approximate }: Part) => ({ label, value, unit, approximate });
const proseFigures = (report: Report) => report.proseFigures.map((f) => ({ ...figure(f), parts: f.parts.map(figure) }));

/**
 * A finding as compared: a note's words quote the cells as printed (with the variant's characters), so notes go by
 * their cells; the other findings by their words, but the page's words they quote (“二、主动公开…”, a notice's 《…》).
 */
const finding = (w: Warning) => `${w.severity} ${w.rule} ${w.cells.map((c) => `${c.table}:${c.path}`).join(',')}${w.severity === 'info' ? '' : ` ${w.message.replace(QUOTED, (q) => `${q[0]}…`)}`}`;
const QUOTED = /“[^”]*”|《[^》]*》/g;

/** What the reading of the dressed page changed: figures of the tables, document fields, prose figures, findings (but `notes`). */
export function differences(before: Report, after: Report, notes: readonly string[]): string[] {
  const out: string[] = [];
  for (const table of TABLES) valueChanges(before[table], after[table], table, out);
  valueChanges(before.document, after.document, 'document', out);
  valueChanges(proseFigures(before), proseFigures(after), 'proseFigures', out);
  const kept = (w: Warning) => !notes.includes(w.rule);
  const had = new Set(before.warnings.filter(kept).map(finding)), has = new Set(after.warnings.filter(kept).map(finding));
  for (const f of has) if (!had.has(f)) out.push(`+ ${f}`);
  for (const f of had) if (!has.has(f)) out.push(`- ${f}`);
  return out;
}

/**
 * Whether a variant dressed the page: not where it returned the page, nor where it only wrote it out again as
 * `reserialise` writes any page (htmlparser2's serialising differs from most fixtures: such a variant tested nothing).
 */
export const dresses = (page: string, html: string, reserialise?: (html: string) => string) =>
  page !== html && page !== reserialise?.(html);

/**
 * One test a variant: each page it dresses reads as the page itself. Every variant dresses one page at least.
 * The panel reads the page in the browser: one page each variant dresses, a different one from variant to variant,
 * is read in the DOM too (happy-dom, as test/parity.test.ts) and held to the CLI's reading byte for byte; every
 * page dressed so would double the suites' time (all 121 variants on all pages agreed when this was written).
 */
export function checkVariants(title: string, pages: readonly VariantPage[], variants: readonly Variant[], reserialise?: (html: string) => string): void {
  const read = pages.map((page) => ({ ...page, report: readReport(page.html) }));
  describe(title, () => {
    it.each(variants.map((v, k) => [v.name, v, k] as const))('%s', (_, variant, k) => {
      const dressed = read.flatMap((page) => {
        const html = variant.rewrite(page.html, { site: page.site });
        return dresses(html, page.html, reserialise) ? [{ name: page.name, html, before: page.report }] : [];
      });
      expect(dressed.length).toBeGreaterThan(0);
      const changed = dressed.flatMap(({ name, html, before }, i) => {
        const report = readReport(html);
        const out = differences(before, report, variant.notes ?? []);
        if (i === k % dressed.length) valueChanges(report, readReportInDom(html), 'read in the DOM', out);
        return out.map((d) => `${name}: ${d}`);
      });
      expect(changed).toEqual([]);
    }, VARIANT_TIMEOUT_MS);
  });
}

// A variant reads every page it dresses twice and one in happy-dom: 1–5 s on two busy cores, the first with the
// engine's warm-up. vitest's 5 s default would fail a slow machine, not a wrong reading (speed is npm run bench's).
const VARIANT_TIMEOUT_MS = 30_000;
