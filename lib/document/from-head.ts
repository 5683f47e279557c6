// Where the report's issuer, year and date came from when no line of the page states them: the page's
// <title> or a <meta>, which the reader never sees on the page, so the panel names them.
import type { DocumentMeta } from '../schema.ts';
import { squeezed } from '../text/normalize.ts';
import { arabicYears, findDate, yearsIn } from './dates.ts';
import { governedPlace } from './fuller-name.ts';
import { DATE_METAS } from './published.ts';
import { headTitle } from './title.ts';

export type HeadSource = 'title' | 'meta';

/** What of the page's head the metadata readers take values from. */
export interface PageHead { title: string; meta: Record<string, string> }

/**
 * For the issuer, year and publishedAt that `placed` says no line of the page states: where the page's head
 * states that very value, in the title the readers took (headTitle: the ArticleTitle <meta>, else the <title>) or
 * for the date in a date <meta>. Nothing where it does not: a year with no place may be the one the text names
 * most often (reportYear), which no title need name.
 */
export function headSources(doc: Pick<DocumentMeta, 'issuer' | 'year' | 'publishedAt'>, head: PageHead, placed: (path: string) => boolean): Map<string, HeadSource> {
  const { issuer, year, publishedAt } = doc;
  const { title, from } = headTitle(head) ?? { title: head.title, from: 'title' };
  const states: [string, boolean][] = [
    // As the issuer reader compares names: full-width and spaces aside; a place's government by the place (某县2020年…).
    ['issuer', issuer !== null && [issuer, governedPlace(issuer)].some((name) => name !== null && squeezed(title).includes(squeezed(name)))],
    ['year', year !== null && yearsIn(arabicYears(title)).includes(year)],
  ];
  const out = new Map<string, HeadSource>();
  for (const [path, holds] of states) if (holds && !placed(path)) out.set(path, from);
  const dated = (name: string) => findDate(head.meta[name] ?? '')?.iso === publishedAt;
  if (publishedAt !== null && !placed('publishedAt') && DATE_METAS.some(dated)) out.set('publishedAt', 'meta');
  return out;
}
