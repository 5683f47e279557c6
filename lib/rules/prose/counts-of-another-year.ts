// A report whose only counts of its work are dated to an earlier year (2011年报告: 2010年度主动公开政府信息54条) most likely
// kept last year's sentence unedited: the prose rules set such a figure aside (ofAnotherYear), so nothing else says so.
import type { ProseFigure } from '../../schema.ts';
import { figureTime, proseTopic, type ProseTopic } from '../../prose/topics.ts';
import { countUnit } from '../../prose/units.ts';
import type { Finding, Rule } from '../types.ts';
import { quoteFigure } from './places.ts';

// Counts of what was there at a time or came from another year, rightly dated to it: in force at a year's end, carried in.
const DATED_BY_NATURE = new Set<ProseTopic>(['applicationsCarriedOver', 'applicationsWithCarriedOver', 'applicationsCarriedForward',
  'normativeDocumentsInForce', 'regulationsInForce']);
// A count over several years (2008年以来, 截至2010年底): the years up to the report's, not another year's alone.
const SPAN = /以来|至今|截[至止]|历年|先后/;

/**
 * The earlier year a count of the year's work is dated to, where its sentence names it (2010年度主动公开…); null otherwise.
 * Not 去年 or 上年 (figureTime's 'last'): written after the year it reports, a report's 去年 is as often that year.
 */
function earlierYear(figure: ProseFigure, year: number): number | null {
  const topic = proseTopic(figure);
  if (topic === null || DATED_BY_NATURE.has(topic) || SPAN.test(figure.text)) return null;
  const time = figureTime(figure);
  return typeof time === 'number' && time < year ? time : null;
}

/** Whether the figure may count the report year's own work: a count dated to no year, to this year or to the report's. */
function ofTheYear(figure: ProseFigure, year: number): boolean {
  if (countUnit(figure) === null) return false;
  const time = figureTime(figure);
  return time === null || time === 'this' || time === year;
}

export const countsOfAnotherYear: Rule = {
  id: 'prose/counts-of-another-year',
  severity: 'warning',
  description: '正文写了本年度的工作数量，而不是只写了往年的 (the text counts the report year\'s work, not only an earlier year\'s)',
  rationale: {
    zh: '没有统计表的报告，读者只能从正文得知本年度公开了多少信息、收到多少申请。正文里这类数量都注明是往年的（2011年度报告只写“2010年度主动公开政府信息54条”），本年度的一个也没有写，多半是照搬了上年报告、年份和数字都没改，读者得不到本年度的数量。只作警告。与往年比较的（“较2010年增加6条”“同比”），同时写了本年度数量的，多年累计的（“2008年以来”“截至2010年底”），上年结转的申请、年底现行有效的文件，以及写给下一年的（“2012年将…”），都不算；只写“去年”“上年”的也不算（报告写于所报年度之后，“去年”常常就指本年度）；有统计表的报告，本年度的数量在表里，不查。',
    en: 'In a report with no statistics table the reader learns only from the text how much was published and how many applications came in. Where every such count in the text is dated to an earlier year (a 2011 report saying only 2010年度主动公开政府信息54条, “54 items published proactively in 2010”) and none to the report\'s year, the report most likely copies last year\'s with its year and figures unchanged, and the reader is given no count of the year: a warning only. Comparisons with an earlier year (较2010年增加6条, “6 more than in 2010”; 同比), a sentence beside a count of the report\'s year, counts over several years (2008年以来, 截至2010年底), applications carried in from the year before, documents in force at a year\'s end and plans for the next year (2012年将…) do not count, nor counts dated only 去年 or 上年 (“last year”: written after the year it reports, a report\'s 去年 is often that year); a report with statistics tables has the year\'s counts in them and is not checked.',
  },
  example: {
    passes: {
      zh: '2011年度报告："2011年度主动公开政府信息60条，较2010年增加6条。"',
      en: 'A 2011 report: 2011年度主动公开政府信息60条，较2010年增加6条 (“60 items published proactively in 2011, 6 more than in 2010”).',
    },
    fails: {
      zh: '2011年度报告只写："2010年度主动公开政府信息54条。全文电子化达100%。"',
      en: 'A 2011 report saying only 2010年度主动公开政府信息54条。全文电子化达100% (“54 items published proactively in 2010, all of them electronic”).',
    },
  },
  check(report, ctx) {
    const year = report.document.year;
    if (year === null || report.activeDisclosure || report.applications || report.reviewLitigation || report.legacyStats) return [];
    const figures = report.proseFigures;
    if (figures.some((figure) => ofTheYear(figure, year))) return [];
    const stale = figures.flatMap((figure, i) => {
      const time = earlierYear(figure, year);
      return time === null ? [] : [{ i, time }];
    });
    if (stale.length === 0) return [];
    const years = [...new Set(stale.map(({ time }) => `${time}年`))].join('、');
    const finding: Finding = {
      severity: 'warning',
      message: `正文写的工作数量都是${years}的（${stale.map(({ i }) => quoteFigure(figures, ctx.proseCounts, i)).join('，')}），没有${year}年本年度的；报告可能照搬了上年报告，请核对本年度的数量`,
      cells: stale.map(({ i }) => ({ table: 'proseFigures', path: String(i) })),
      expected: year, actual: stale[0]!.time,
    };
    return [finding];
  },
};
