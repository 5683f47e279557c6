// page → grid → recognised tables → typed report (zod) → rules → warnings. The one entry point that
// both the CLI (over cheerio) and the content script (over the live DOM) call.
import type { PageModel } from './page/model.ts';
import type { CellRef, Report } from './schema.ts';

export interface ExtractOptions {
  /** The page's URL, or null for a saved file with no --url. */
  url: string | null;
  /** Domains the user trusts as official besides gov.cn (options page). */
  trustedDomains?: string[];
  /** Clock for extractedAt (tests pass a fixed one). */
  now?: Date;
}

/** Where a figure of the report came from: the table cell (or, for prose, the text node and range). */
export interface FigureBinding<N> {
  ref: CellRef;
  node: N;
  /** For prose figures: the figure's characters inside the text node `node`. */
  range?: { start: number; end: number };
}

export interface Extraction<N> {
  report: Report;
  bindings: FigureBinding<N>[];
}

export declare function extract<N>(page: PageModel<N>, options: ExtractOptions): Extraction<N>;
