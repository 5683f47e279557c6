import type { PageProblem, ReportPages } from '../lib/document/page-urls.ts';
import { useMessages } from './i18n.ts';

/** The report's other pages, where the page is one page of several. */
export interface OtherPages extends ReportPages {
  /** How many pages the report has: the pager's count, or the last page it links. */
  total: number;
  /** Once read: the pages joined (this one among them), and those that could not be read, and why. */
  done?: { read: number[]; failed: { page: number; problem: PageProblem }[] };
  /** The other pages are being read. */
  busy?: boolean;
}

/** The header's row for a paginated report: which page this is, the offer to read the others, and what reading them gave. */
export function PagesRow({ pages, onReadPages }: { pages: OtherPages; onReadPages: () => void }) {
  const t = useMessages();
  const { own, total, others, done, busy } = pages;
  return (
    <>
      <dt>{t.pages}</dt>
      <dd data-testid="pages">
        {done && done.read.length > 1 ? t.pagesRead(done.read) : t.pageOf(own, total)}
        {!done && (
          <button type="button" class="read-pages" disabled={busy} aria-busy={busy === true} title={others.map((p) => p.url).join('\n')} onClick={onReadPages}>
            {busy ? t.readingPages(others.length) : t.readPages(others.length)}
          </button>
        )}
        {done?.failed.map(({ page, problem }) => <p class="page-problem" role="alert" key={page}>{t.pageProblem(page, problem)}</p>)}
      </dd>
    </>
  );
}
