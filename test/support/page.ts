// A page built from a fragment of markup, for the page rewriters' tests (escaped tags, stray commas, pinyin).
import * as cheerio from 'cheerio';
import type { AnyNode, Text } from 'domhandler';
import type { Line } from '../../lib/page/model.ts';
import { pageFromCheerio } from '../../lib/page/cheerio-source.ts';

/** The page of `body` under a head titled `title`. */
export const pageOf = (body: string, title = '') => pageFromCheerio(cheerio.load(`<title>${title}</title><body>${body}</body>`).root()[0]!);

/** Each of a line's pieces as its text node holds it: a rewritten line still reads from its nodes where these make its text. */
export const piecesText = (line: Line<AnyNode>): string[] =>
  line.pieces.map((p) => (p.node as Text).data.slice(p.nodeStart, p.nodeStart + p.length));
