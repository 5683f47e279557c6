// Prose that restates a table figure must state the same figure — unless it speaks for a wider scope.
import type { Applications, CellRef, ProseFigure, Report } from '../../schema.ts';
import { figureAt, figureName, hasTables, pathName } from '../../labels.ts';
import { OWN_LEVEL, ofAnotherYear, outcomeTopic, partTopic, proseScope, proseTopic, wayOfApplying, type OutcomeTopic, type ProseTopic } from '../../prose/topics.ts';
import { APPLICANTS } from '../applications/rows.ts';
import { settingOf } from '../document/outline.ts';
import { ANSWERED, LITIGATION, plainLabel, RECEIVED, REVIEW } from '../legacyStats/outline.ts';
import type { Finding, Rule } from '../types.ts';
import { quoteFigure } from './places.ts';
import { tableScope } from './table-scope.ts';

/** A table figure (or the sum of a few cells) that prose may restate. */
interface Reading { value: number; name: string; cells: CellRef[] }

type Table = 'activeDisclosure' | 'applications' | 'reviewLitigation';

/**
 * The figure at `path` and the cells it is read from. A 表三 总计 the page leaves blank is its row's applicant columns that
 * have figures, summed (`summed`): shanghai-office-2019 prints no 总计 for its outcomes, only 258 | 12 | | | 1 | 1; so is
 * the 总计 of a 表三 printed without that column (v-hanyang-nototal), whose row then has no total at all.
 */
function figureOf(report: Report, table: Table, path: string): { value: number | null; paths: string[]; summed: 'blank' | 'absent' | null } {
  const read = figureAt(report[table], path);
  const value = read ?? null;
  if (value !== null || table !== 'applications' || !path.endsWith('.total')) return { value, paths: [path], summed: null };
  const columns = APPLICANTS.map((column) => path.replace(/total$/, column)).filter((column) => figureAt(report.applications, column) != null);
  if (columns.length === 0) return { value, paths: [path], summed: null };
  const sum = columns.reduce((total, column) => total + figureAt(report.applications, column)!, 0);
  return { value: sum, paths: columns, summed: read === undefined ? 'absent' : 'blank' };
}

// What the finding says of a 总计 read as its applicant columns' sum.
const SUMMED = { blank: '报告未填总计，取各申请人列之和', absent: '表三没有总计列，取各申请人列之和' } as const;

/** The sum of some cells of one table, named after the cell when there is one; null when none has a figure. */
function cells(report: Report, table: Table, paths: string[], name = figureName(report, table, paths[0]!)): Reading | null {
  const read = paths.map((path) => figureOf(report, table, path));
  if (read.every((r) => r.value === null)) return null;
  const summed = read.find((r) => r.summed !== null)?.summed;
  return {
    value: read.reduce((sum, r) => sum + (r.value ?? 0), 0),
    name: summed ? `${name}（${SUMMED[summed]}）` : name,
    cells: read.flatMap((r) => r.paths.map((path) => ({ table, path }))),
  };
}

function legacy(report: Report, label: RegExp): Reading | null {
  const index = (report.legacyStats ?? []).findIndex((e) => label.test(plainLabel(e)) && e.value !== null);
  if (index < 0) return null;
  const path = `${index}`;
  return { value: report.legacyStats![index]!.value!, name: figureName(report, 'legacyStats', path), cells: [{ table: 'legacyStats', path }] };
}

// The applications concluded: 申请办结数, else, in a table without it, the applications answered.
const concluded = (r: Report) => legacy(r, /^申请办结/) ?? legacy(r, ANSWERED);

// Only with this year's received read: the carried over alone are no sum of both (a 本年新收 row in words left unread).
const withCarriedOver = (r: Report) => cells(r, 'applications', ['newReceived.total'])
  && cells(r, 'applications', ['newReceived.total', 'carriedOver.total'], '表三本年新收与上年结转合计');

// The items of a kind of matter there are now: the 2019 表二's 上一年项目数量 and 本年增/减 of it, added up.
const itemsNow = (r: Report, kind: string) =>
  cells(r, 'activeDisclosure', [`${kind}.previousCount`, `${kind}.change`], `表二${pathName(kind)}上一年项目数量与本年增/减之和`);

// The table figures each topic of the prose (lib/prose/topics.ts) may restate. The 统计表 rows as the
// national template (2014–2018) names them and as the older provincial ones do (福建 2009: 主动公开信息数,
// 受理依申请公开信息总数, 行政复议数; others: 受理政府信息公开申请数, 申请答复数, 因政府信息公开申请行政复议数).
const READINGS: Record<ProseTopic, (r: Report) => (Reading | null)[]> = {
  // "受理" sometimes includes the applications carried over from last year.
  applicationsReceived: (r) => [cells(r, 'applications', ['newReceived.total']), withCarriedOver(r), legacy(r, RECEIVED)],
  applicationsNew: (r) => [cells(r, 'applications', ['newReceived.total']), legacy(r, RECEIVED)],
  applicationsCarriedOver: (r) => [cells(r, 'applications', ['carriedOver.total'])],
  applicationsWithCarriedOver: (r) => [withCarriedOver(r)],
  applicationsCarriedForward: (r) => [cells(r, 'applications', ['carriedForward.total'])],
  applicationsProcessed: (r) => [cells(r, 'applications', ['totalProcessed.total']), concluded(r)],
  applicationsHandled: (r) => [cells(r, 'applications', ['totalProcessed.total']), withCarriedOver(r), concluded(r)],
  review: (r) => [cells(r, 'reviewLitigation', ['review.total']), legacy(r, REVIEW)],
  litigation: (r) => [
    cells(r, 'reviewLitigation', ['litigationDirect.total', 'litigationAfterReview.total'], '表四行政诉讼总计（两类合计）'),
    legacy(r, LITIGATION),
  ],
  // 主动信息公开: the 上海 (浦东) form's first row.
  activeDisclosed: (r) => [legacy(r, /^主动公开(?:政府)?信息总?数|^主动(?:政府)?信息公开(?:总?数)?$/)],
  normativeDocumentsInForce: (r) => [cells(r, 'activeDisclosure', ['normativeDocuments.inForce'])],
  normativeDocumentsIssued: (r) => [cells(r, 'activeDisclosure', ['normativeDocuments.issued'])],
  regulationsInForce: (r) => [cells(r, 'activeDisclosure', ['regulations.inForce'])],
  applicationsInPerson: (r) => [legacy(r, /^当面申请/)],
  applicationsOnline: (r) => [legacy(r, /^(?:网上|网络)申请/)],
  applicationsByLetter: (r) => [legacy(r, /^信函申请/)],
  regulationsPublished: (r) => [cells(r, 'activeDisclosure', ['regulations.totalPublished'])],
  normativeDocumentsPublished: (r) => [cells(r, 'activeDisclosure', ['normativeDocuments.totalPublished'])],
  licensingDecisions: (r) => [cells(r, 'activeDisclosure', ['licensing.decisions'])],
  otherServicesDecisions: (r) => [cells(r, 'activeDisclosure', ['otherServices.decisions'])],
  punishmentDecisions: (r) => [cells(r, 'activeDisclosure', ['punishment.decisions'])],
  coercionDecisions: (r) => [cells(r, 'activeDisclosure', ['coercion.decisions'])],
  licensingItems: (r) => [itemsNow(r, 'licensing')],
  otherServicesItems: (r) => [itemsNow(r, 'otherServices')],
  punishmentItems: (r) => [itemsNow(r, 'punishment')],
  coercionItems: (r) => [itemsNow(r, 'coercion')],
};

/** The 表三 rows an outcome said in prose restates, summed (予以公开 with 部分公开, the rows of 无法提供), then what else its words may mean. */
function outcomeReadings(report: Report, topic: OutcomeTopic): Reading[] {
  const apps = report.applications;
  if (!apps) return [];
  return [topic.rows, topic.or ?? []].flatMap((rows) => {
    if (rows.length === 0) return [];
    // An outcome's group (无法提供) is its rows (本机关不掌握…), each with its 总计.
    const paths = rows.flatMap((row) => row.includes('.') || row === 'granted' || row === 'partiallyGranted'
      ? [`${row}.total`] : Object.keys(apps[row as keyof Applications] ?? {}).map((sub) => `${row}.${sub}.total`));
    const reading = paths.length === 1 ? cells(report, 'applications', paths)
      : cells(report, 'applications', paths, `表三${rows.map(pathName).join('与')}${rows.length === 1 ? '各项' : ''}合计`);
    return reading ? [reading] : [];
  });
}

export const tableAgreement: Rule = {
  id: 'prose/table-agreement',
  severity: 'error',
  description: '正文中的申请数（及其中的本年新收、上年结转）、办结数、结转下年度数、办理结果（予以公开、部分公开、不予公开、无法提供、不予处理、其他处理）、复议和诉讼数、现行有效和本年制发的规范性文件数、现行有效的规章数、2019版表二的对外公开总数量、处理决定数量和事项总计、2019年以前统计表的当面、网上、信函申请数与统计表一致 (the text restating a table figure, an outcome of applications or a way of applying among them, agrees with the table)',
  rationale: {
    zh: '同一份报告里正文和表格说的是同一批申请、案件，数字应当相同；"受理33件，其中本年新收33件"里的本年新收也与表三的本年新收比较，单独写的上年结转（"另有上年结转政府信息公开申请3件"）和答复、办理数中含的上年结转（"答复…805件（含上年度结转申请18件）"）与表三的上年结转比较，"新受理252件，2022年结转10件，共计262件"的共计与表三本年新收与上年结转之和比较，"办理"（不是"办结""答复"）的申请数也可以是这个和（"办理704件（含上年结转17件），已办结671件"）；跟在收到的申请之后单说的办结、答复数和结转数（"共收到政府信息公开申请154件，共办结148件，结转至2026年6件"）与表三的办理结果总计、结转下年度比较。但"全市各级行政机关…"这类句子说的是全地区，而部门的表格只统计本机关，所以部门、乡镇报告中的这类句子不比较，政府报告中的只作警告（报告说明由各部门、各乡镇的年度报告或工作情况汇总编制的，表格也是全地区的，不说表格可能只统计本级），同一句又给出本级数字且与表格一致的（"全县…859件，县政府本级收到5件"）不再警告；说的是其中一部分的也不比较：某一个机关的数字（"县政府公开办主动公开信息数为62条，其他…部门是教育局…"）、占总数的份额（"各乡镇主动公开政府信息122条，占28.7%"）；行政服务中心受理的审批申请（"开设窗口26个，共受理申请121510件"）不是政府信息公开申请；申请按"份"计的（"收到1份…行政复议申请"）与按"件"计的一样比较；办理结果与表三相应的行比较："予以公开及部分公开258件""全部或部分公开"与予以公开、部分公开两行之和比较，"不予公开35件"与不予公开各行之和比较，写明一种理由的（"因属于信访举报投诉类申请不予处理6件"）只与这一理由的行比较；说了理由又加"等"的（"因本机关不掌握等原因无法提供265件"）可能只指这一行，也可能指无法提供全部，两者都不相符才提醒，只作警告，单写"予以公开"而不提部分公开的（可能含部分公开）也是这样；理由在表三中没有对应行的（"不属于政府信息公开范围不予处理"）、只说一部分申请的（"网上申请中，予以公开20件"，说了理由的"网上申请中涉及个人隐私不予公开2件"也是）不比较；表三总计列空白而各申请人列有数字的行，以及整个没有总计列的表三，取各申请人列之和比较，并说明总计是相加得来的（shanghai-office-2019 的办理结果各行都没有填总计，"予以公开及部分公开258件"与272+3=275比较）；"约""余"等近似数、别的年度的数字（"2021年，我办共收到…500件"）不比较；清理时统计的现行有效文件数（"清理并集中发布现行有效行政规范性文件393件"）是清理当时的数，不含此后制发的，也不与表二比较。本年制发、制定的规范性文件数（"我局制定规范性文件5件"）与表二的本年制发比较。2019版表二用自己的话说出的对外公开总数量、处理决定数量（"规章对外公开总数量1件""行政许可处理决定数量776件"）与表二这一格比较，只说"处理决定数量29件"的，按它前面最近说到的事项（"行政处罚事项新增10项，总计44项，处理决定数量29件"）比较；跟在新增、减少的项数之后说的某类事项总计（"总计44项"）是现有的项目数，与表二这一类的上一年项目数量与本年增/减之和比较，新增的项数本身不是本年增/减（增减相抵后的数），不比较；"行政许可类信息126条"这类主动公开的信息条数不是处理决定数量，不比较。2019年以前的统计表分列当面、网上、信函等申请方式，正文单说一种方式的（“网上申请数3条，信函申请数4条”）与这一行比较；两种方式合在一行的（“信函、传真申请数”）不比较。制作、获取的政府信息总数不是表中的数，但其中主动公开的部分（“制作、获取政府信息总数32条，其中主动公开政府信息26条”）与统计表的主动公开信息数比较。',
    en: 'In one report the text and the tables speak of the same applications and cases, and their numbers should be the same. In 受理33件，其中本年新收33件 (“33 accepted, of which 33 received this year”) the received this year is compared with Table 3\'s received this year too; the applications carried over from last year, said alone (另有上年结转政府信息公开申请3件, “besides, 3 applications carried over from last year”) or among those answered or handled (答复…805件（含上年度结转申请18件）, “805 answered, 18 carried over from last year among them”), with Table 3\'s carried over from last year; in 新受理252件，2022年结转10件，共计262件 (“252 newly accepted, 10 carried over from 2022, 262 in all”) the in-all is compared with Table 3\'s received this year plus carried over from last year, and the number of applications 办理 (handled; not 办结, concluded, nor 答复, answered) may be that sum too (办理704件（含上年结转17件），已办结671件, “704 handled, 17 carried over from last year among them, 671 concluded”); those concluded, answered or carried forward, said bare after the applications received (共收到政府信息公开申请154件，共办结148件，结转至2026年6件, “154 applications received, 148 concluded, 6 carried into 2026”), with Table 3\'s total of results and its carried forward to next year. But a sentence such as 全市各级行政机关… (“the administrative bodies at every level of the city…”) speaks of the whole area, while a department\'s tables count the body itself: such sentences are not compared in the reports of departments and townships, and are only a warning in a government\'s (where the report says it was compiled from its departments\' and townships\' reports or work, its tables are the whole area\'s too, and the finding does not say they may count the government alone), not even that where the same sentence also gives the government\'s own figure and it agrees with the table (全县…859件，县政府本级收到5件, “the county … 859; the county government itself received 5”). Sentences about a part of the whole are not compared either: one body\'s figure (县政府公开办主动公开信息数为62条，其他…部门是教育局…, “the county government\'s disclosure office proactively disclosed 62 items; the other … departments are the education bureau…”), a share of the total (各乡镇主动公开政府信息122条，占28.7%, “the townships proactively disclosed 122 items, 28.7%”). Applications for approval that a government service centre accepted (开设窗口26个，共受理申请121510件, “26 service windows opened, 121510 applications accepted”) are no applications for government information. Applications counted by 份 (收到1份…行政复议申请, “1 application for administrative reconsideration received”) are compared as those counted by 件. Outcomes are compared with Table 3\'s rows for them: 予以公开及部分公开258件 (258 disclosed in full or in part) and 全部或部分公开 (disclosed wholly or in part) with the sum of the disclosed in full and disclosed in part rows, 不予公开35件 (35 withheld) with the sum of the withheld rows, and an outcome with one reason given (因属于信访举报投诉类申请不予处理6件, “6 not processed as petitions, reports or complaints”) with that reason\'s row alone. An outcome whose reason is followed by 等 (and others: 因本机关不掌握等原因无法提供265件, “265 could not be provided because this body does not hold the information, among other reasons”) may mean that row alone or all that could not be provided: a warning only where it fits neither, and only a warning; so too a bare 予以公开 (disclosed) with no word of disclosed in part (which it may include). Outcomes whose reason has no row in Table 3 (不属于政府信息公开范围不予处理, “not processed as outside the scope of government information disclosure”) and those of only some of the applications (网上申请中，予以公开20件, “of the applications made online, 20 disclosed”, and with a reason given too: 网上申请中涉及个人隐私不予公开2件, “of those made online, 2 withheld as touching on privacy”) are not compared. A row of Table 3 whose total is blank while its applicant columns have figures is compared by the sum of those columns, and so is every row of a Table 3 printed without its total column, the finding saying that the total was added up (shanghai-office-2019 filled in no total in its outcome rows, and 予以公开及部分公开258件 is compared with 272+3=275). Approximate numbers (约, about; 余, over) and other years\' figures (2021年，我办共收到…500件, “in 2021 this office received … 500”) are not compared; the number of documents in force counted when they were reviewed (清理并集中发布现行有效行政规范性文件393件, “reviewed and published together the 393 normative documents in force”) is the number at the time of the review, without those issued since, and is not compared with Table 2 either. The normative documents the text says were issued or made this year (我局制定规范性文件5件, “this bureau made 5 normative documents”) are compared with Table 2\'s issued this year. The 2019 Table 2\'s total published and decisions made said in its own words (规章对外公开总数量1件, “rules published in all: 1”; 行政许可处理决定数量776件, “licensing decisions: 776”) are compared with that cell, a bare 处理决定数量 with the kind of matter last named before it (行政处罚事项新增10项，总计44项，处理决定数量29件, “penalty matters: 10 added, 44 in all, 29 decisions”); the items of a kind in all said after those added or removed (总计44项) are the items there are now, compared with the sum of Table 2\'s last year\'s items and this year\'s change for that kind, while the items added themselves are no net change and are not compared; the items of information disclosed of a kind (行政许可类信息126条, “126 items on licensing”) are no decisions, and are not compared. The statistics tables before 2019 count the ways of applying on rows of their own (in person, online, by letter): a count the text gives of one way alone (网上申请数3条，信函申请数4条, “3 applications online, 4 by letter”) is compared with that row; a row of two ways together (信函、传真申请数, by letter or fax) is not compared. The information made or obtained is no figure of the tables, but the part of it disclosed proactively (制作、获取政府信息总数32条，其中主动公开政府信息26条, “32 items made or obtained, 26 of them disclosed proactively”) is compared with the table\'s 主动公开信息数.',
  },
  example: {
    passes: {
      zh: '正文"共受理政府信息公开申请859件"，表三本年新收总计859。',
      en: 'The text says 共受理政府信息公开申请859件 (“859 applications for government information accepted”), and Table 3\'s received this year · total is 859.',
    },
    fails: {
      zh: '正文"共受理政府信息公开申请859件"，表三本年新收总计860。',
      en: 'The text says 共受理政府信息公开申请859件 (“859 applications for government information accepted”), and Table 3\'s received this year · total is 860.',
    },
  },
  check(report, ctx) {
    // A report without tables (prose alone) has no figure its sentences could restate: its figures are not read for one.
    if (!hasTables(report)) return [];
    const findings: Finding[] = [];
    // Each topic's table figures, read once per report: several sentences may restate one topic.
    const readingsOf = new Map<ProseTopic, Reading[]>();
    const readingsFor = (topic: ProseTopic | OutcomeTopic): Reading[] => {
      if (typeof topic !== 'string') return outcomeReadings(report, topic);
      let readings = readingsOf.get(topic);
      if (!readings) readingsOf.set(topic, (readings = READINGS[topic](report).filter((x) => x !== null)));
      return readings;
    };
    const areaTables = ctx.lines.some((line) => COMPILED.test(line));
    report.proseFigures.forEach((figure, i) => {
      // A cumulative count (历年…, 累计受理…) restates no figure of the year's tables, nor do its parts.
      if (/历年/.test(figure.label) || saidCumulative(figure)) return;
      const own = proseTopic(figure, () => settingOf(ctx.lines, figure.text)) ?? wayOfApplying(figure);
      const topic = own ?? outcomeTopic(figure, ctx.proseCounts[i]);
      // The information made or obtained counts no table row, but what of it was disclosed proactively is the year's count.
      const made = !topic && MADE.test(figure.label);
      // Nor does last year's, given to compare (2021年，我办共收到…500件), nor an outcome said of no applications of the issuer's.
      if ((!topic && !made) || ofAnotherYear(figure, report.document.year) || (topic && !own && !ofApplications(report.proseFigures, i))) return;
      // A part of what the report counts (one office's count, a share of the total) restates no table figure.
      const scope = tableScope(figure, report.document.issuer);
      if (!scope) return;
      const wider = scope === 'wider';
      // The figure, and the parts that name a table figure of their own (其中本年新收33件, 其中予以公开30件); not approximate ones.
      const stated = topic
        ? [{ said: figure, topic, path: `${i}` }, ...figure.parts.map((part, j) => ({ said: part, topic: partTopic(topic, part, figure.text, ctx.proseCounts[i]), path: `${i}.parts.${j}` }))]
        : figure.parts.map((part, j) => ({ said: part, topic: MADE_DISCLOSED.test(part.label) && proseTopic({ ...part, text: figure.text, parts: [] }) === 'activeDisclosed' ? 'activeDisclosed' as const : null, path: `${i}.parts.${j}` }));
      for (const { said, topic, path } of stated) {
        if (!topic || said.approximate) continue;
        const readings = readingsFor(topic);
        if (readings.length === 0 || readings.some((r) => r.value === said.value)) continue;
        if (wider && ownFigureAgrees(report.proseFigures, figure, readings)) continue;
        // Words that allow two readings (予以公开 alone, 因本机关不掌握等原因): neither agreeing is a doubt, not a contradiction.
        const loose = typeof topic !== 'string' && topic.or !== null;
        const main = readings[0]!;
        const part = said === figure ? null : said;
        // The sentence quoted at the figure, and at the part the finding is about.
        const quoted = quoteFigure(report.proseFigures, ctx.proseCounts, i, part ? [part] : []);
        findings.push({
          severity: wider || loose ? 'warning' : 'error',
          message: message(quoted, figure, part, main, wider && !areaTables) + (loose && readings[1] ? `（也可能指${readings[1].name}，为${readings[1].value}）` : ''),
          cells: [{ table: 'proseFigures', path }, ...main.cells],
          expected: main.value, actual: said.value,
        });
      }
    });
    return findings;
  },
};

// 福建's wording: 2013年制作、获取政府信息总数32条，其中主动公开政府信息26条，作为依申请公开信息数0条 (平潭 财政金融局 2013, whose
// 统计表 and next sentence say 32 disclosed).
const MADE = /^(?:制作|获取|制作、获取)政府信息/;
// The part disclosed of it as a whole; not one kind of it (其中主动公开机构职能类信息12条), a share of the 统计表's count.
const MADE_DISCLOSED = /^主动公开(?:的)?(?:政府)?信息(?:总?数)?$/;

// 累计 right before the figure's words (累计受理…), however the label begins (在…管委会门户网站累计主动公开政府信息805条,
// labelled 门户网站主动公开政府信息: 平潭 公安局 2014); not the year's own 全年累计/本年累计.
const CUMULATIVE = /(?<!全年|本年|今年|年内|年度)累计/g;
// The words after 累计 up to the figure.
const WORDS_TO_FIGURE = /([^\d，。；,;]{2,30}?)(\d+)/y;
const saidCumulative = (figure: ProseFigure): boolean => Array.from(figure.text.matchAll(CUMULATIVE)).some((m) => {
  if (figure.text.startsWith(figure.label, m.index + 2)) return true;
  WORDS_TO_FIGURE.lastIndex = m.index + 2;
  const words = WORDS_TO_FIGURE.exec(figure.text);
  return words !== null && Number(words[2]) === figure.value && figure.label.endsWith(words[1]!);
});

// The report says it was compiled from its bodies' reports or work (本报告…根据…平潭县各乡镇人民政府的政府信息公开年度报告
// 编制; 汇总…各有关单位政府信息公开工作情况编制): its tables count the whole area too (平潭县人民政府 2013: 主动公开 1853 =
// 县直各单位1251 + 各乡镇602), and a sentence of the whole area differing from them says nothing of the issuer's own.
const COMPILED = /(?:根据|汇总|综合)[^。]{0,80}?各[^。]{0,60}?(?:年度(?:总结)?报告|年报|工作情况)[^。]{0,4}编制/;

/**
 * Whether the whole area's sentence also gives the issuer's own figure (全县…859件，县政府本级收到5件), and the
 * table restates that one: the sentence itself says the table is the issuer's alone.
 */
function ownFigureAgrees(figures: readonly ProseFigure[], wide: ProseFigure, readings: Reading[]): boolean {
  return figures.some((f) => f !== wide && f.text === wide.text && OWN_LEVEL.test(f.label) && f.unit === wide.unit
    && readings.some((r) => r.value === f.value));
}

/**
 * Whether an outcome said on its own (不予公开35件) is said of the issuer's applications: its sentence names applications,
 * or the sentence before it does (答复政府信息公开申请805件…。予以公开及部分公开258件…), and not the whole area's (全县…500件。
 * 予以公开300件…). A 保密审查's 经审查不予公开12件, a 建议提案's or a 行政处罚's 不予公开 is of no application.
 */
function ofApplications(figures: readonly ProseFigure[], i: number): boolean {
  const figure = figures[i]!;
  const before = figure.text.includes('申请') ? figure : figures.slice(0, i).findLast((f) => f.text !== figure.text);
  return before !== undefined && before.text.includes('申请') && proseScope(before) !== 'whole-area';
}

/** The message on a figure, or on its `part`, their sentence quoted as `quoted`. */
function message(quoted: string, figure: ProseFigure, part: ProseFigure['parts'][number] | null, table: Reading, wider: boolean): string {
  const said = part ?? figure;
  const head = `正文${quoted}${part ? `中${part.label}` : ''}为${said.value}${said.unit ?? ''}，${table.name}为${table.value}，相差${Math.abs(said.value - table.value)}`;
  return wider ? `${head}（句子说的是全地区，表格可能只统计本级）` : head;
}
