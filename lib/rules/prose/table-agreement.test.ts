import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, type ProseFigure, type Report } from '../../schema.ts';
import { findingsOf, makeContext, makeReport, setFigures } from '../../../test/support/report.ts';
import { extractProseFigures } from '../../prose/figures.ts';
import { outcomeGroups, outcomeRows } from '../applications/rows.ts';
import { tableAgreement } from './table-agreement.ts';

const prose = (label: string, value: number, text: string): ProseFigure =>
  ({ label, value, unit: '件', approximate: false, text, parts: [] });

// shanghai-office-2019: the prose and 表三/表四 agree.
const shanghai = (figures: ProseFigure[], issuer = '上海市人民政府办公厅', year = 2019) => setFigures(
  setFigures(makeReport({ document: { issuer, year }, proseFigures: figures }), 'applications', {
    'newReceived.total': 859, 'carriedOver.total': 18, 'totalProcessed.total': 805, 'carriedForward.total': 72,
  }),
  'reviewLitigation', { 'review.total': 7, 'litigationDirect.total': 9, 'litigationAfterReview.total': null },
);

describe('prose/table-agreement', () => {
  it('passes prose that restates the tables', () => {
    const report = shanghai([
      prose('受理政府信息公开申请', 859, '市政府办公厅代表市政府共受理政府信息公开申请859件'),
      prose('答复政府信息公开申请', 805, '答复政府信息公开申请805件'),
      prose('行政复议', 7, '信息公开类行政复议7件'),
      prose('诉讼', 9, '因政府信息公开被提起诉讼9件'),
    ]);
    expect(findingsOf(tableAgreement, report)).toEqual([]);
  });

  it('holds no outcome, nor one kind of suit, against 表四\'s totals (复议后起诉的20件, 行政复议结果维持2件)', () => {
    const report = shanghai([
      prose('复议后起诉的', 20, '未经复议直接起诉的政府信息公开行政诉讼16件，复议后起诉的20件'),
      prose('直接提起行政诉讼', 16, '因政府信息公开被提起行政诉讼的案件中，直接提起行政诉讼16件'),
      prose('行政复议结果维持', 2, '政府信息公开行政复议结果维持2件'),
    ]);
    expect(findingsOf(tableAgreement, report)).toEqual([]);
  });

  it('takes the applications 办理 for those in hand (本年新收 and 上年结转) or those concluded, and 办结 for the concluded only', () => {
    const text = '全年共办理政府信息公开申请877件（含上年结转18件），已办结805件';
    expect(findingsOf(tableAgreement, shanghai([prose('办理政府信息公开申请', 877, text), prose('办理政府信息公开申请', 805, '全年共办理政府信息公开申请805件')]))).toEqual([]);
    expect(findingsOf(tableAgreement, shanghai([prose('办结政府信息公开申请', 877, '全年共办结政府信息公开申请877件')]))).toMatchObject([{ expected: 805, actual: 877 }]);
  });

  it('holds no figure of the year before, given to compare, against this year\'s tables', () => {
    const report = shanghai([prose('收到政府信息公开申请', 500, '2018年，我办共收到政府信息公开申请500件'), prose('收到政府信息公开申请', 859, '2019年共收到政府信息公开申请859件')]);
    expect(findingsOf(tableAgreement, report)).toEqual([]);
    expect(findingsOf(tableAgreement, { ...report, document: { ...report.document, year: 2018 } })).toMatchObject([{ actual: 500 }]);
  });

  it('holds a figure against the tables where an earlier year in its sentence dates a document or is compared with, not the figure', () => {
    const township = (text: string) => setFigures(makeReport({ document: { year: 2021 }, proseFigures: [prose('受理政府信息公开申请', 12, text)] }), 'applications', { 'newReceived.total': 0 });
    expect(findingsOf(tableAgreement, township('我镇严格落实2019年修订的《条例》，全年共受理政府信息公开申请12件'))).toMatchObject([{ severity: 'error', expected: 0, actual: 12 }]);
    expect(findingsOf(tableAgreement, township('与上年相比，全年共受理政府信息公开申请12件'))).toMatchObject([{ severity: 'error', expected: 0, actual: 12 }]);
    expect(findingsOf(tableAgreement, township('去年共受理政府信息公开申请12件'))).toEqual([]);
  });

  it('holds no count over all the years (累计受理…, 历年…) against the year\'s tables', () => {
    const report = shanghai([
      prose('受理依申请公开', 5000, '自2008年以来累计受理依申请公开5000件'),
      prose('历年累计受理政府信息公开申请', 4000, '历年累计受理政府信息公开申请4000件'),
    ]);
    expect(findingsOf(tableAgreement, report)).toEqual([]);
  });

  it('holds no count said 累计 after a place against the year\'s 统计表 row (平潭 公安局 2014: …门户网站累计主动公开政府信息805条)', () => {
    const sentence = '截止2014年12月25日，我局在平潭综合实验区管委会门户网站累计主动公开政府信息805条，全文电子化达100%。其中2014年度我局共主动公开政府信息360条，公开数量同比增长120.9%。';
    const { figures } = extractProseFigures([{ text: sentence, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: sentence.length }] }], 2014);
    const report = (rows: Report['legacyStats']) => ({ ...makeReport({ document: { year: 2014 }, proseFigures: figures,
      activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats: rows });
    expect(findingsOf(tableAgreement, report([{ code: '另1', label: '主动公开信息数', value: 360, cumulative: 805, unit: '条' }]))).toEqual([]);
    // The year's own 全年累计 is the year's.
    const yearly = '2014年，我局全年累计主动公开政府信息361条。';
    const { figures: own } = extractProseFigures([{ text: yearly, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: yearly.length }] }], 2014);
    expect(findingsOf(tableAgreement, { ...report([{ code: '另1', label: '主动公开信息数', value: 360, cumulative: 805, unit: '条' }]), proseFigures: own }))
      .toMatchObject([{ expected: 360, actual: 361 }]);
  });

  it('holds the part disclosed of the information made (福建: 制作、获取政府信息总数32条，其中主动公开政府信息26条) against the 统计表', () => {
    const sentence = '2013年制作、获取政府信息总数32条，其中主动公开政府信息26条，作为依申请公开信息数0条，不予公开信息数0。';
    const { figures } = extractProseFigures([{ text: sentence, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: sentence.length }] }], 2013);
    const report = (disclosed: number) => ({ ...makeReport({ document: { year: 2013 }, proseFigures: figures,
      activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats: [{ code: '另1', label: '主动公开信息数', value: disclosed, unit: '条' }] });
    // 平潭 财政金融局 2013: its 统计表 says 32, as its next sentence does (在主动公开的32条政府信息中).
    expect(findingsOf(tableAgreement, report(32))).toMatchObject([{ severity: 'error', expected: 32, actual: 26,
      message: '正文“2013年制作、获取政府信息总数32条，其中主动公开政府信息26条…”中主动公开政府信息为26条，统计表“主动公开信息数”为32，相差6' }]);
    expect(findingsOf(tableAgreement, report(26))).toEqual([]);
    // One kind of what was disclosed (福建's wording with a kind in place of the whole: built, not found verbatim) is a share.
    const kind = '2013年制作、获取政府信息总数32条，其中主动公开机构职能类信息12条。';
    const ofKind = extractProseFigures([{ text: kind, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: kind.length }] }], 2013).figures;
    expect(ofKind[0]!.parts.map((p) => p.label)).toEqual(['主动公开机构职能类信息']);
    expect(findingsOf(tableAgreement, { ...report(32), proseFigures: ofKind })).toEqual([]);
  });

  it('fails prose that contradicts 表三', () => {
    const report = shanghai([prose('受理政府信息公开申请', 860, '共受理政府信息公开申请860件')]);
    expect(findingsOf(tableAgreement, report)).toMatchObject([{
      severity: 'error', expected: 859, actual: 860,
      message: '正文“共受理政府信息公开申请860件”为860件，表三·本年新收·总计为859，相差1',
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'applications', path: 'newReceived.total' }],
    }]);
  });

  it('holds only disclosure against the tables: not other applications, 复议 of every kind, or one channel', () => {
    // A 司法局 or 政务服务中心 counts its general work in the same report.
    const report = shanghai([
      prose('受理各类行政许可申请', 3200, '政务服务中心全年共受理各类行政许可申请3200件，办结3180件'),
      prose('收到行政复议申请', 120, '全年共收到行政复议申请120件，审结115件'),
      prose('办理行政诉讼应诉案件', 50, '办理行政诉讼应诉案件50件'),
    ]);
    expect(findingsOf(tableAgreement, report)).toEqual([]);
    // The same counts tied to disclosure are the tables'.
    expect(findingsOf(tableAgreement, shanghai([
      prose('行政复议', 120, '因政府信息公开被申请行政复议120件'),
      prose('收到依申请公开', 7, '共收到依申请公开7件，皆为自然人申请'),
    ])).map((f) => f.expected)).toEqual([7, 859]);
    const legacy = { ...makeReport({ document: { year: 2018 }, proseFigures: [
      { ...prose('主动公开政府信息', 1500, '2018年,小板桥街道通过政务微博主动公开政府信息1500条'), unit: '条' },
      { ...prose('主动公开政府信息', 1700, '全年主动公开政府信息1700条'), unit: '条' },
    ] }), legacyStats: [{ code: '一.(一)', label: '主动公开政府信息数', value: 1706, unit: '条' }] };
    expect(findingsOf(tableAgreement, legacy)).toMatchObject([{ expected: 1706, actual: 1700 }]);
  });

  it('holds prose against the rows of an older provincial 统计表 (福建 2009: 主动公开信息数, 受理依申请公开信息总数, 行政复议数)', () => {
    const sentence = '2009年,我局主动公开政府信息120条,受理政府信息公开申请5件';
    const report = { ...makeReport({ document: { year: 2009 }, proseFigures: [{ ...prose('主动公开政府信息', 120, sentence), unit: '条' }, prose('受理政府信息公开申请', 5, sentence),
      prose('行政复议', 0, '全年因政府信息公开被申请行政复议0件')], activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats: [
      { code: '另1', label: '主动公开信息数', value: 130, unit: '条' }, { code: '另1.其中1', label: '政府网站', value: 120, unit: '条' },
      { code: '另2', label: '受理依申请公开信息总数', value: 6, unit: '件' }, { code: '另4', label: '行政复议数', value: 1, unit: '件' },
    ] };
    expect(findingsOf(tableAgreement, report).map((f) => f.message)).toEqual([
      `正文“${sentence}”为120条，统计表“主动公开信息数”为130，相差10`,
      `正文“${sentence}”为5件，统计表“受理依申请公开信息总数”为6，相差1`,
      '正文“全年因政府信息公开被申请行政复议0件”为0件，统计表“行政复议数”为1，相差1',
    ]);
  });

  it('holds prose against the rows of the older provincial 统计表 worded 受理政府信息公开申请数, 申请答复数, 因政府信息公开申请行政复议/诉讼数', () => {
    const received = '全年共受理政府信息公开申请25件，其中当面申请9件，网络申请12件，信函申请4件';
    const cases = '全年发生因政府信息公开申请行政复议3件，行政诉讼1件';
    const report = { ...makeReport({ document: { year: 2010 }, proseFigures: [prose('受理政府信息公开申请', 25, received),
      prose('答复政府信息公开申请', 25, '共答复政府信息公开申请25件'), prose('发生因政府信息公开申请行政复议', 3, cases), prose('行政诉讼', 1, cases)],
    activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats: [
      { code: '二', label: '受理政府信息公开申请数', value: 26, unit: '件' }, { code: '三', label: '申请答复数', value: 26, unit: '件' },
      { code: '五', label: '因政府信息公开申请行政复议数', value: 2, unit: '件' }, { code: '六', label: '因政府信息公开申请行政诉讼数', value: 1, unit: '件' },
    ] };
    expect(findingsOf(tableAgreement, report).map((f) => f.message)).toEqual([
      `正文“${received}”为25件，统计表“二、受理政府信息公开申请数”为26，相差1`,
      '正文“共答复政府信息公开申请25件”为25件，统计表“三、申请答复数”为26，相差1',
      `正文“${cases}”为3件，统计表“五、因政府信息公开申请行政复议数”为2，相差1`,
    ]);
    // A table with 申请办结数 holds the applications concluded there, not in its 申请答复数 (the national template's heading of the answers).
    report.legacyStats.splice(1, 0, { code: '二.(二)', label: '申请办结数', value: 25, unit: '件' });
    expect(findingsOf(tableAgreement, report)).toHaveLength(2);
  });

  it('holds the information disclosed against the 上海 (浦东) form\'s first row, 主动信息公开', () => {
    const sentence = '2010年，我局主动公开政府信息402条';
    const report = { ...makeReport({ document: { year: 2010 }, proseFigures: [{ ...prose('主动公开政府信息', 402, sentence), unit: '条' }],
      activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats: [
      { code: '另1', label: '主动信息公开', value: 405, unit: '条' }, { code: '另1.其中1', label: '全文电子化的主动公开信息数', value: 398, unit: '条' },
    ] };
    expect(findingsOf(tableAgreement, report).map((f) => f.message)).toEqual([`正文“${sentence}”为402条，统计表“主动信息公开”为405，相差3`]);
  });

  it('holds a 复议 count against 表四 where the heading of its part ties it to disclosure', () => {
    const report = shanghai([prose('行政复议案', 0, '2017年度针对我局有关的行政复议案0件')], undefined, 2017);
    const lines = ['五、因信息公开引起的行政复议和行政诉讼情况', '2017年度针对我局有关的行政复议案0件。'];
    expect(findingsOf(tableAgreement, report, makeContext({ lines }))).toMatchObject([{ expected: 7, actual: 0 }]);
    expect(findingsOf(tableAgreement, report, makeContext({ lines: ['五、其他事项', lines[1]!] }))).toEqual([]);
    // The page typed the figures full-width (２０１７年度…０件): the sentence, whose figures read half-width, is found under its heading all the same.
    expect(findingsOf(tableAgreement, report, makeContext({ lines: [lines[0]!, '２０１７年度针对我局有关的行政复议案０件。'] }))).toMatchObject([{ expected: 7, actual: 0 }]);
  });

  it('holds the parts of the applications received that name 本年新收 or 上年结转 against those rows of 表三', () => {
    // d-sayibak-2023-differ: sayibak-2023's sentence under a 表三 of 31 new and 2 carried over.
    const sentence = '2023年共受理依申请公开33件,其中本年新收33件,上年结转0件,结转至下年办理0件';
    const received: ProseFigure = { ...prose('受理依申请公开', 33, sentence), parts: [
      { label: '新收', value: 33, unit: '件', approximate: false }, { label: '上年结转', value: 0, unit: '件', approximate: false },
    ] };
    const sayibak = (figures: ProseFigure[]) => setFigures(makeReport({ document: { year: 2023 }, proseFigures: figures }), 'applications', { 'newReceived.total': 31, 'carriedOver.total': 2 });
    expect(findingsOf(tableAgreement, sayibak([received, prose('结转至下年办理', 0, sentence)]))).toMatchObject([
      { severity: 'error', expected: 31, actual: 33, cells: [{ path: '0.parts.0' }, { path: 'newReceived.total' }],
        message: '正文“2023年共受理依申请公开33件,其中本年新收33件…”中新收为33件，表三·本年新收·总计为31，相差2' },
      { severity: 'error', expected: 2, actual: 0, cells: [{ path: '0.parts.1' }, { path: 'carriedOver.total' }] },
    ]);
    // Scoped as the figure is: not where the sentence speaks for the whole area in a department's report, nor approximate.
    const area = { ...received, text: `全区各级行政机关${sentence}` };
    const approximate = { ...received, parts: received.parts.map((p) => ({ ...p, value: p.value + 1, approximate: true })) };
    expect(findingsOf(tableAgreement, sayibak([area]))).toEqual([]);
    expect(findingsOf(tableAgreement, sayibak([approximate]))).toEqual([]);
  });

  it('holds the applications carried in, said alone or as a part of any count of the applications, against 表三\'s 上年结转 (shanghai-office-2019)', () => {
    const text = '答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）';
    const answered: ProseFigure = { ...prose('答复政府信息公开申请', 805, text), parts: [{ label: '上年度结转申请', value: 18, unit: '件', approximate: false }] };
    const carried = (table: number) => setFigures(shanghai([answered]), 'applications', { 'carriedOver.total': table });
    expect(findingsOf(tableAgreement, carried(18))).toEqual([]);
    expect(findingsOf(tableAgreement, carried(17))).toMatchObject([{ severity: 'error', expected: 17, actual: 18, cells: [{ path: '0.parts.0' }, { path: 'carriedOver.total' }] }]);
    const alone = shanghai([prose('上年结转政府信息公开申请', 3, '另有上年结转政府信息公开申请3件，均已按期答复')]);
    expect(findingsOf(tableAgreement, alone)).toMatchObject([{ severity: 'error', expected: 18, actual: 3, cells: [{ path: '0' }, { path: 'carriedOver.total' }] }]);
    // Carried in from the year named before (d-dongcheng-zjw-2023's wording, said alone): the year is the one carried from, not the figure's.
    const text2022 = '2022年结转政府信息公开申请9件';
    const { figures } = extractProseFigures([{ text: text2022, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text2022.length }] }], 2023);
    const named = setFigures(makeReport({ document: { year: 2023 }, proseFigures: figures }), 'applications', { 'newReceived.total': 252, 'carriedOver.total': 10 });
    expect(findingsOf(tableAgreement, named)).toMatchObject([{ severity: 'error', expected: 10, actual: 9 }]);
  });

  it('holds none carried in, said in words (上年无结转, 无上年结转申请), against 表三\'s 上年结转 (tj-wuqing-yangcun-2023)', () => {
    const carriedIn = (text: string, table: number) => {
      const { figures } = extractProseFigures([{ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] }], 2023);
      const report = setFigures(makeReport({ document: { year: 2023 }, proseFigures: figures }), 'applications',
        { 'newReceived.total': 6, 'carriedOver.total': table, 'totalProcessed.total': 6 });
      return findingsOf(tableAgreement, setFigures(report, 'reviewLitigation', { 'review.total': 2 }));
    };
    const yangcun = '全年收到政府信息公开申请6件,上年无结转,办结6件,申请和答复的渠道包括政府信息依申请平台、信函和当面递交,均在法定时间内办理答复。';
    expect(carriedIn(yangcun, 0)).toEqual([]);
    expect(carriedIn(yangcun, 2)).toMatchObject([{ severity: 'error', expected: 2, actual: 0 }]);
    expect(carriedIn('本年收到政府信息公开申请6件，无上年结转申请，均已办结。', 2)).toMatchObject([{ severity: 'error', expected: 2, actual: 0 }]);
    expect(carriedIn('本年收到政府信息公开申请6件，没有上年度结转的政府信息公开申请。', 2)).toMatchObject([{ severity: 'error', expected: 2, actual: 0 }]);
    // Not the cases' (收到行政复议申请…，上年无结转), nor those carried forward (无上年结转至下年度的申请).
    expect(carriedIn('收到政府信息公开申请6件，收到行政复议申请2件，上年无结转。', 2)).toEqual([]);
    expect(carriedIn('收到政府信息公开申请6件，无上年结转至下年度的申请。', 2)).toEqual([]);
  });

  it('holds none carried forward, said in words (无结转下年件), against 表三\'s 结转下年度 (cq-shizhu-wjw-2021)', () => {
    const carriedForward = (text: string, table: number) => {
      const { figures } = extractProseFigures([{ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] }], 2021);
      return findingsOf(tableAgreement, setFigures(makeReport({ document: { year: 2021 }, proseFigures: figures }), 'applications',
        { 'newReceived.total': 1, 'carriedOver.total': 0, 'totalProcessed.total': 1 - table, 'carriedForward.total': table }));
    };
    const shizhu = '2021年,县卫生健康委共收到政府信息公开申请1件,无上年结转件,当年办结1件,无结转下年件。';
    expect(carriedForward(shizhu, 0)).toEqual([]);
    // Quoted at its own words, not at the zero carried in before it.
    expect(carriedForward(shizhu, 1)).toMatchObject([{ severity: 'error', expected: 1, actual: 0, message: '正文“…当年办结1件,无结转下年件”为0件，表三·结转下年度·总计为1，相差1' }]);
  });

  it('holds those concluded or answered, said bare after the applications received, against 表三\'s 办理结果总计 (平潭 2025, 行政审批局 2023)', () => {
    const concluded = (text: string, processed: number, year = 2025) => {
      const { figures } = extractProseFigures([{ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] }], year);
      return findingsOf(tableAgreement, setFigures(makeReport({ document: { year, issuer: '平潭综合实验区行政审批局' }, proseFigures: figures }), 'applications',
        { 'newReceived.total': 7, 'totalProcessed.total': processed, 'carriedForward.total': 2 }));
    };
    const hzs = '收到公民、法人和其他组织政府信息公开申请7件，按照《条例》要求，及时规范答复7件。';
    expect(concluded(hzs, 7, 2023)).toEqual([]);
    expect(concluded(hzs, 6, 2023)).toMatchObject([{ severity: 'error', expected: 6, actual: 7, cells: [{ path: '1' }, { path: 'totalProcessed.total' }] }]);
    expect(concluded('2025年，共收到政府信息公开申请7件，共办结5件，结转至2026年2件。', 6)).toMatchObject([{ severity: 'error', expected: 6, actual: 5 }]);
    // Not the cases' (收到行政复议申请2件，办结2件), nor approvals (受理行政许可申请…，办结…).
    const ofCases = concluded('收到政府信息公开申请7件，收到行政复议申请2件，办结2件。', 7);
    expect(ofCases.flatMap((f) => f.cells.map((c) => c.path))).not.toContain('totalProcessed.total');
    expect(concluded('窗口共受理审批申请1000件，办结998件。', 7)).toEqual([]);
  });

  it('holds those carried forward, said after the applications received, against 表三\'s 结转下年度继续办理 (平潭 2025, 平潭 2021)', () => {
    const carriedOut = (text: string, table: number, year = 2025) => {
      const { figures } = extractProseFigures([{ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] }], year);
      return findingsOf(tableAgreement, setFigures(makeReport({ document: { year, issuer: '平潭综合实验区行政审批局' }, proseFigures: figures }), 'applications',
        { 'newReceived.total': 154, 'totalProcessed.total': 148, 'carriedForward.total': table }));
    };
    const pt2025 = '2025年，共收到政府信息公开申请154件，共办结148件，结转至2026年6件。';
    expect(carriedOut(pt2025, 6)).toEqual([]);
    expect(carriedOut(pt2025, 5)).toMatchObject([{ severity: 'error', expected: 5, actual: 6, cells: [{ path: '2' }, { path: 'carriedForward.total' }] }]);
    expect(carriedOut('本年度共收到154件申请，及时依法依规办结148件，1件结转下年度继续办理。', 6, 2021)).toMatchObject([{ severity: 'error', expected: 6, actual: 1 }]);
    // Not the cases' (收到行政复议申请2件，1件结转下年度).
    const ofCases = carriedOut('收到政府信息公开申请154件，收到行政复议申请2件，1件结转下年度。', 6);
    expect(ofCases.flatMap((f) => f.cells.map((c) => c.path))).not.toContain('carriedForward.total');
  });

  it('holds a 共计 of the applications newly received and carried in against 表三\'s 本年新收 and 上年结转 together (d-dongcheng-zjw-2023)', () => {
    const sentence = '2023年,我委新受理政府信息公开申请252件,2022年结转政府信息公开申请10件,共计262件,申请量居前的事项为拆迁、征收、行政审批和落实私房政策信息等';
    const total: ProseFigure = { ...prose('合计', 262, sentence), parts: [
      { label: '受理政府信息公开申请', value: 252, unit: '件', approximate: false }, { label: '上年结转政府信息公开申请', value: 10, unit: '件', approximate: false },
    ] };
    const zjw = (carried: number) => setFigures(makeReport({ document: { year: 2023 }, proseFigures: [total] }), 'applications', { 'newReceived.total': 252, 'carriedOver.total': carried });
    expect(findingsOf(tableAgreement, zjw(10))).toEqual([]);
    expect(findingsOf(tableAgreement, zjw(9))).toMatchObject([{
      severity: 'error', expected: 261, actual: 262,
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'applications', path: 'newReceived.total' }, { table: 'applications', path: 'carriedOver.total' }],
      message: '正文“…2022年结转政府信息公开申请10件,共计262件…”为262件，表三本年新收与上年结转合计为261，相差1',
    }]);
    // Carried in by no word the reader knows (its year unknown), the parts say no more than a 合计.
    const unknown = { ...total, parts: [total.parts[0]!, { ...total.parts[1]!, label: '结转政府信息公开申请' }] };
    expect(findingsOf(tableAgreement, setFigures(makeReport({ document: { year: 2023 }, proseFigures: [unknown] }), 'applications', { 'newReceived.total': 252, 'carriedOver.total': 9 }))).toEqual([]);
  });

  it('holds applications counted in 条 against 表三 (平潭经济发展局 2023: 0条, 表三 3)', () => {
    const said = (value: number): ProseFigure => ({ ...prose('收到政府信息公开申请', value, `2023年，共收到政府信息公开申请${value}条`), unit: '条' });
    const jjf = (value: number) => setFigures(makeReport({ document: { year: 2023 }, proseFigures: [said(value)] }), 'applications', { 'newReceived.total': 3 });
    expect(findingsOf(tableAgreement, jjf(3))).toEqual([]);
    expect(findingsOf(tableAgreement, jjf(0))).toMatchObject([{ severity: 'error', expected: 3, actual: 0 }]);
  });

  it('holds the documents in force against 表二\'s 现行有效, but not what a cleanup found in force (平潭 2022, 2023)', () => {
    const inForce = (label: string, value: number, text: string, table: number) => setFigures(
      makeReport({ document: { year: 2023 }, proseFigures: [prose(label, value, text)] }), 'activeDisclosure', { 'normativeDocuments.inForce': table });
    const y2022 = ['集中公开现行有效行政规范性文件', 698, '设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件'] as const;
    expect(findingsOf(tableAgreement, inForce(...y2022, 698))).toEqual([]);
    expect(findingsOf(tableAgreement, inForce(...y2022, 470))).toMatchObject([{
      severity: 'error', expected: 470, actual: 698, cells: [{ table: 'proseFigures', path: '0' }, { table: 'activeDisclosure', path: 'normativeDocuments.inForce' }],
    }]);
    // 393 found in force by the cleanup and the year's 77 make 表二's 470.
    expect(findingsOf(tableAgreement, inForce('发布现行有效行政规范性文件', 393, '按照省政府办公厅相关工作要求设立规范性文件库，清理并集中发布现行有效行政规范性文件393件，动态更新本年度制发的规范性文件77件', 470))).toEqual([]);
  });

  it('quotes the clause of the figure compared, not an earlier count of the same value (西柳镇 2023: 0件 three times)', () => {
    const text = '西柳镇人民政府办公室共制定规范性文件0件,废止规范性文件0件,现行有效的规范性文件0件。';
    const { figures } = extractProseFigures([{ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] }], 2023);
    const found = findingsOf(tableAgreement, setFigures(makeReport({ document: { year: 2023 }, proseFigures: figures }), 'activeDisclosure',
      { 'normativeDocuments.issued': 4, 'normativeDocuments.repealed': 0, 'normativeDocuments.inForce': 32 }));
    expect(found.map((f) => f.message)).toEqual([
      '正文“西柳镇人民政府办公室共制定规范性文件0件…”为0件，表二·行政规范性文件·本年制发为4，相差4',
      '正文“…现行有效的规范性文件0件”为0件，表二·行政规范性文件·现行有效为32，相差32',
    ]);
  });

  it('quotes the count concluded where its verb stands, not the count received of the same value its label is made of (平潭管委会办公室 2021)', () => {
    const text = '全年收到政府信息公开申请23件，申请事项主要涉及土地房屋征用拆迁、统计数据、重大建设项目等方面，已办结23件，办结率100%。';
    const { figures } = extractProseFigures([{ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] }], 2021);
    const found = findingsOf(tableAgreement, setFigures(makeReport({ document: { year: 2021 }, proseFigures: figures }), 'applications',
      { 'newReceived.total': 23, 'totalProcessed.total': 30 }));
    expect(found.map((f) => f.message)).toEqual(['正文“…统计数据、重大建设项目等方面，已办结23件…”为23件，表三·办理结果总计·总计为30，相差7']);
  });

  it('holds the documents issued this year against 表二\'s 本年制发, not those filed or explained (平潭 2022, 行政审批局 2023)', () => {
    const issued = (text: string, table: number) => {
      const { figures } = extractProseFigures([{ text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] }], 2023);
      return findingsOf(tableAgreement, setFigures(makeReport({ document: { year: 2023 }, proseFigures: figures }), 'activeDisclosure',
        { 'normativeDocuments.issued': table, 'normativeDocuments.inForce': 16 }));
    };
    const hzs = '全面梳理了我局现行有效的规范性文件16件，在“行政规范性文件”栏目下公开。2023年，我局制定规范性文件5件，全部完成图文解读。';
    expect(issued(hzs, 5)).toEqual([]);
    expect(issued(hzs, 4)).toMatchObject([{ severity: 'error', expected: 4, actual: 5, cells: [{ path: '1' }, { table: 'activeDisclosure', path: 'normativeDocuments.issued' }] }]);
    expect(issued('动态更新本年度制发的规范性文件88件。', 5)).toMatchObject([{ severity: 'error', expected: 5, actual: 88 }]);
    expect(issued('备案审查制定的规范性文件12件。', 5)).toEqual([]);
  });

  it('holds the whole area\'s count and a 复议 in 份 against the 统计表, but no office\'s own count, no share of the total and no service centre\'s approvals (pingtan-2013, pingtan-2014)', () => {
    const said = (label: string, value: number, unit: string, text: string, parts: ProseFigure['parts'] = []): ProseFigure =>
      ({ label, value, unit, approximate: false, text, parts });
    const pingtan = (year: number, figures: ProseFigure[], legacyStats: Report['legacyStats']) =>
      ({ ...makeReport({ document: { issuer: '平潭综合实验区', year }, proseFigures: figures, activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats });
    const y2013 = pingtan(2013, [
      said('主动公开政府信息', 4970, '条', '区管委会办公室、区直各部门、各乡镇、县直各单位对政府信息进行了梳理和编目，2013年主动公开政府信息4970条。其中，区直、县直各单位主动公开政府信息3933条，占79%',
        [{ label: '主动公开政府信息', value: 3933, unit: '条', approximate: false }]),
      said('主动公开政府信息', 1037, '条', '各乡镇主动公开政府信息1037条，占21%'),
      said('主动公开信息数', 222, '条', '在互联网上，2013年区管委会、县政府公开办主动公开信息数为222条，其他主动公开信息量较大部门是区交建局、区经发局、教育局、公安局等'),
      said('有关政府信息公开行政复议申请', 1, '份', '2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理'),
    ], [{ code: '另1', label: '主动公开信息数', value: 72804, unit: '条' }, { code: '另4', label: '行政复议数', value: 0, unit: '件' }]);
    expect(findingsOf(tableAgreement, y2013)).toMatchObject([
      { severity: 'warning', actual: 4970, expected: 72804 },
      { severity: 'warning', actual: 1, expected: 0, message: '正文“2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理”为1份，统计表“行政复议数”为0，相差1（句子说的是全地区，表格可能只统计本级）' },
    ]);
    // The report says it was compiled from its bodies' reports: its 统计表 is the whole area's too, and no note says it may be the issuer's alone.
    const intro = '本报告主要根据《中华人民共和国政府信息公开条例》（以下简称《条例》）以及平潭综合实验区管委会及各工作部门、平潭县人民政府、平潭县各乡镇人民政府的政府信息公开年度报告编制，现公布2013年度政府信息公开年度报告。';
    expect(findingsOf(tableAgreement, y2013, makeContext({ lines: [intro] }))).toMatchObject([
      { severity: 'warning', actual: 4970, expected: 72804 },
      { severity: 'warning', actual: 1, expected: 0, message: '正文“2013年全区未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请已及时处理”为1份，统计表“行政复议数”为0，相差1' },
    ]);
    const y2014 = pingtan(2014, [said('受理申请', 121510, '件', '目前，区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请121510件')],
      [{ code: '另2', label: '受理依申请公开信息总数', value: 1, unit: '条' }]);
    expect(findingsOf(tableAgreement, y2014)).toEqual([]);
  });

  it('compares no share of the total whose bodies open its label (平潭县人民政府 2013: 县直各单位主动公开政府信息1251条，占67.5%)', () => {
    const said = (label: string, value: number, text: string): ProseFigure => ({ label, value, unit: '条', approximate: false, text, parts: [] });
    const report = { ...makeReport({ document: { issuer: '平潭县人民政府', year: 2013 }, proseFigures: [
      said('县直各单位主动公开政府信息', 1251, '主动公开的政府信息，县直各单位主动公开政府信息1251条，占67.5%'),
      said('各乡镇主动公开政府信息', 602, '各乡镇主动公开政府信息602条，占32.5%'),
    ], activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats: [{ code: '另1', label: '主动公开信息数', value: 1853, unit: '条' }] };
    expect(findingsOf(tableAgreement, report)).toEqual([]);
  });

  it('holds a way of applying said alone against its 统计表 row, not against two ways in one row (平潭县人民政府 2013)', () => {
    const sentence = '2013年全县共收到有关政府信息公开的申请7条，网上申请数3条，信函申请数4条';
    const said = (label: string, value: number): ProseFigure => ({ label, value, unit: '条', approximate: false, text: sentence, parts: [] });
    const rows = (letter: string): Report['legacyStats'] => [
      { code: '另2', label: '受理依申请公开信息总数', value: 7, unit: '条' }, { code: '另2.其中1', label: '当面申请数', value: 0, unit: '条' },
      { code: '另2.其中3', label: '电子邮件申请数', value: 3, unit: '条' }, { code: '另2.其中4', label: '网上申请数', value: 4, unit: '条' },
      { code: '另2.其中5', label: letter, value: 0, unit: '条' },
    ];
    const report = (letter: string) => ({ ...makeReport({ document: { issuer: '平潭县人民政府', year: 2013 },
      proseFigures: [said('收到有关政府信息公开的申请', 7), said('网上申请数', 3), said('信函申请数', 4)],
      activeDisclosure: null, applications: null, reviewLitigation: null }), legacyStats: rows(letter) });
    expect(findingsOf(tableAgreement, report('信函申请数')).map((f) => f.message)).toEqual([
      `正文“${sentence}”为3条，统计表“其中：网上申请数”为4，相差1（句子说的是全地区，表格可能只统计本级）`,
      `正文“${sentence}”为4条，统计表“其中：信函申请数”为0，相差4（句子说的是全地区，表格可能只统计本级）`,
    ]);
    expect(findingsOf(tableAgreement, report('信函、传真申请数')).map((f) => f.actual)).toEqual([3]);
  });

  it('skips a sentence about the whole city in a department\'s report, and only warns in the government\'s', () => {
    const figures = [prose('受理公开政府信息申请', 50, '2019年,全市各级行政机关受理公开政府信息申请50件')];
    expect(findingsOf(tableAgreement, shanghai(figures))).toEqual([]);
    expect(findingsOf(tableAgreement, shanghai(figures, '上海市人民政府'))).toMatchObject([{ severity: 'warning' }]);
  });

  describe('outcomes', () => {
    // shanghai-office-2019's sentences; 表三 as the page prints it in its applicant columns: 予以公开 258+12+1+1 = 272,
    // 部分公开 3, 不予公开 14+5+(3+1)+(10+2) = 35, 无法提供 (252+12+1) + (44+3) + 25 = 265+47+25 = 337, 不予处理 (148+1) + (5+4) = 158.
    const said = ['予以公开及部分公开258件，占33.9%', '不予公开35件，占4.34%', '因本机关不掌握等原因无法提供265件，占32.9%', '不予处理158件，占19.6%', '其他处理0件'];
    // The sentence before the outcomes says they are of the issuer's applications (ofApplications).
    const answered805 = prose('答复政府信息公开申请', 805, '答复政府信息公开申请805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复），均在法定期限内予以答复');
    const outcomes = (figures: ProseFigure[]) => setFigures(shanghai([answered805, ...figures]), 'applications', {
      'granted.total': 272, 'partiallyGranted.total': 3, 'withheld.stateSecret.total': 14, 'withheld.internalAffairs.total': 5,
      'withheld.processInformation.total': 4, 'withheld.administrativeQuery.total': 12, 'unavailable.notHeld.total': 265,
      'unavailable.needsCreation.total': 47, 'unavailable.stillUnclear.total': 25, 'notProcessed.complaint.total': 149, 'notProcessed.repeated.total': 9,
    });
    const page = said.map((text) => prose(text.slice(0, text.search(/\d/)).replace(/^因本机关不掌握等原因/, ''), Number(/\d+/.exec(text)![0]), text));

    it('holds 予以公开及部分公开 against 表三\'s 予以公开 and 部分公开 together, and the others against their rows (shanghai-office-2019: 258 ≠ 272+3)', () => {
      expect(page.map((f) => f.label)).toEqual(['予以公开及部分公开', '不予公开', '无法提供', '不予处理', '其他处理']);
      expect(findingsOf(tableAgreement, outcomes(page))).toEqual([{
        rule: 'prose/table-agreement', severity: 'error', expected: 275, actual: 258,
        message: '正文“予以公开及部分公开258件，占33.9%”为258件，表三予以公开与部分公开合计为275，相差17',
        cells: [{ table: 'proseFigures', path: '1' }, { table: 'applications', path: 'granted.total' }, { table: 'applications', path: 'partiallyGranted.total' }],
      }]);
    });

    it('takes a 总计 the page leaves blank as its row\'s applicant columns summed, and says so (shanghai-office-2019: 258 ≠ 272+3)', () => {
      // 表三's outcomes as the page prints them: every 总计 blank, the applicants' columns filled; 其他处理 blank throughout.
      const report = shanghai([answered805, ...page]);
      const blank = outcomeRows(outcomeGroups(report.applications!)).flatMap((row) => APPLICANT_COLUMNS.map((column) => [`${row.path}.${column}`, null]));
      setFigures(report, 'applications', Object.fromEntries(blank));
      setFigures(report, 'applications', {
        'granted.naturalPerson': 258, 'granted.commercial': 12, 'granted.legalService': 1, 'granted.otherOrg': 1,
        'partiallyGranted.naturalPerson': 3,
        'withheld.stateSecret.naturalPerson': 14, 'withheld.internalAffairs.naturalPerson': 5,
        'withheld.processInformation.naturalPerson': 3, 'withheld.processInformation.commercial': 1,
        'withheld.administrativeQuery.naturalPerson': 10, 'withheld.administrativeQuery.commercial': 2,
        'unavailable.notHeld.naturalPerson': 252, 'unavailable.notHeld.commercial': 12, 'unavailable.notHeld.legalService': 1,
        'unavailable.needsCreation.naturalPerson': 44, 'unavailable.needsCreation.commercial': 3, 'unavailable.stillUnclear.naturalPerson': 25,
        'notProcessed.complaint.naturalPerson': 148, 'notProcessed.complaint.commercial': 1,
        'notProcessed.repeated.naturalPerson': 5, 'notProcessed.repeated.commercial': 4,
      });
      // 不予公开 14+5+4+12 = 35, 无法提供 for want of it 265, 不予处理 149+9 = 158 agree; 其他处理0件 has no figure to be held against.
      expect(findingsOf(tableAgreement, report)).toEqual([{
        rule: 'prose/table-agreement', severity: 'error', expected: 275, actual: 258,
        message: '正文“予以公开及部分公开258件，占33.9%”为258件，表三予以公开与部分公开合计（报告未填总计，取各申请人列之和）为275，相差17',
        // The finding is about the cells summed, those with figures.
        cells: [{ table: 'proseFigures', path: '1' }, ...['granted.naturalPerson', 'granted.commercial', 'granted.legalService', 'granted.otherOrg',
          'partiallyGranted.naturalPerson'].map((path) => ({ table: 'applications', path }))],
      }]);
    });

    it('takes the 总计 of a 表三 printed without that column as its applicant columns summed, and says so (hanyang-bgs-2022\'s wording)', () => {
      // The page's sentence, with 9 for its 8; 表三 with the applicant columns only: no row has a total.
      const report = makeReport({ document: { issuer: '武汉市汉阳区人民政府办公室', year: 2022 },
        proseFigures: [{ ...prose('收到政府信息公开申请', 9, '2022年，区政府办公室共收到9份政府信息公开申请，均为自然人申请'), unit: '份' }] });
      for (const row of Object.values(report.applications!)) if (row && typeof row === 'object' && 'total' in row) delete (row as { total?: unknown }).total;
      setFigures(report, 'applications', { 'newReceived.naturalPerson': 8 });
      expect(findingsOf(tableAgreement, report)).toMatchObject([{
        severity: 'error', expected: 8, actual: 9,
        message: '正文“2022年，区政府办公室共收到9份政府信息公开申请，均为自然人申请”为9份，表三·本年新收·总计（表三没有总计列，取各申请人列之和）为8，相差1',
      }]);
    });

    it('holds the applications a sentence says were handled of those carried over against nothing (a reviewer\'s wording)', () => {
      // 共办理了2件上年结转的政府信息公开申请 reads 政府信息公开申请=2, not 办理政府信息公开申请=2 (all in hand: 14).
      const text = '2022年共收到政府信息公开申请12件，另外，本年度共办理了2件上年结转的政府信息公开申请';
      const report = setFigures(makeReport({ document: { year: 2022 }, proseFigures: [prose('收到政府信息公开申请', 12, text), prose('政府信息公开申请', 2, text)] }),
        'applications', { 'newReceived.total': 12, 'carriedOver.total': 2, 'totalProcessed.total': 14 });
      expect(findingsOf(tableAgreement, report)).toEqual([]);
      report.proseFigures[1]!.label = '办理政府信息公开申请';
      expect(findingsOf(tableAgreement, report)).toMatchObject([{ severity: 'error', expected: 14, actual: 2 }]);
    });

    it('holds no count received against the carried over alone where 表三\'s 本年新收 went unread (its figures in words: 八 | 零 …)', () => {
      const report = makeReport({ document: { year: 2022 }, proseFigures: [prose('收到政府信息公开申请', 8, '2022年，区政府办公室共收到8份政府信息公开申请')] });
      delete (report.applications as { newReceived?: unknown }).newReceived;
      expect(findingsOf(tableAgreement, report)).toEqual([]);
    });

    it('holds no outcome said of no application of the issuer\'s: the whole area\'s, a 保密审查\'s, a 行政处罚\'s', () => {
      const after = (before: ProseFigure, ...figures: ProseFigure[]) =>
        findingsOf(tableAgreement, setFigures(shanghai([before, ...figures]), 'applications', { 'granted.total': 272, 'withheld.stateSecret.total': 14 }));
      const wide = prose('受理政府信息公开申请', 500, '2019年,全市各级行政机关共受理政府信息公开申请500件');
      expect(after(wide, prose('予以公开', 300, '予以公开300件'))).toEqual([]);
      const review = prose('审查信息', 120, '全年共审查拟公开信息120条');
      expect(after(review, prose('不予公开', 12, '经审查不予公开12件'))).toEqual([]);
      // The same outcome after the issuer's own applications is held against 表三.
      expect(after(answered805, prose('予以公开', 300, '予以公开300件'))).toMatchObject([{ expected: 272, actual: 300 }]);
    });

    it('holds an outcome said for one reason with 等 against that reason\'s row, or the whole outcome, and only warns', () => {
      const unavailable = (value: number) => outcomes([prose('无法提供', value, `因本机关不掌握等原因无法提供${value}件，占32.9%`)]);
      // 265 is the 本机关不掌握 row, 337 all of 无法提供: the words allow either.
      expect(findingsOf(tableAgreement, unavailable(265))).toEqual([]);
      expect(findingsOf(tableAgreement, unavailable(337))).toEqual([]);
      expect(findingsOf(tableAgreement, unavailable(300))).toMatchObject([{
        severity: 'warning', expected: 265, actual: 300,
        message: '正文“因本机关不掌握等原因无法提供300件，占32.9%”为300件，表三·无法提供·本机关不掌握相关政府信息·总计为265，相差35（也可能指表三无法提供各项合计，为337）',
      }]);
      // Without 等 the reason is the row alone.
      expect(findingsOf(tableAgreement, outcomes([prose('无法提供', 337, '因本机关不掌握相关政府信息无法提供337件')]))).toMatchObject([{ severity: 'error', expected: 265, actual: 337 }]);
    });

    it('holds the outcomes a count of applications breaks into, and the reasons an outcome breaks into, against their rows', () => {
      const text = '答复政府信息公开申请805件，其中予以公开272件，部分公开3件，无法提供337件，其中本机关不掌握相关政府信息265件';
      const answered = (granted: number): ProseFigure => ({ ...prose('答复政府信息公开申请', 805, text), parts: [
        { label: '予以公开', value: granted, unit: '件', approximate: false }, { label: '部分公开', value: 3, unit: '件', approximate: false },
      ] });
      const unavailable = (notHeld: number): ProseFigure => ({ ...prose('无法提供', 337, text), parts: [{ label: '本机关不掌握相关政府信息', value: notHeld, unit: '件', approximate: false }] });
      expect(findingsOf(tableAgreement, outcomes([answered(272), unavailable(265)]))).toEqual([]);
      expect(findingsOf(tableAgreement, outcomes([answered(258), unavailable(252)]))).toMatchObject([
        { severity: 'error', expected: 272, actual: 258, cells: [{ path: '1.parts.0' }, { path: 'granted.total' }] },
        { severity: 'error', expected: 265, actual: 252, cells: [{ path: '2.parts.0' }, { path: 'unavailable.notHeld.total' }] },
      ]);
    });

    it('takes 予以公开 said alone, with no 部分公开 beside it, for 予以公开 or both, and only warns', () => {
      expect(findingsOf(tableAgreement, outcomes([prose('予以公开', 275, '予以公开275件')]))).toEqual([]);
      expect(findingsOf(tableAgreement, outcomes([prose('予以公开', 258, '予以公开258件')]))).toMatchObject([{ severity: 'warning', expected: 272, actual: 258 }]);
      expect(findingsOf(tableAgreement, outcomes([prose('予以公开', 275, '予以公开275件，部分公开3件')]))).toMatchObject([{ severity: 'error', expected: 272, actual: 275 }]);
    });

    it('holds no outcome of a part of the applications, for a reason 表三 has no row for, of another year or of the whole city in a department\'s report', () => {
      expect(findingsOf(tableAgreement, outcomes([
        prose('予以公开', 20, '网上申请中，予以公开20件'),
        prose('自然人申请予以公开', 20, '自然人申请予以公开20件'),
        prose('不属于政府信息公开范围不予处理', 2, '经审查，不属于政府信息公开范围不予处理2件'),
        prose('不予公开', 30, '2018年不予公开30件'),
        prose('全市各级行政机关不予公开', 300, '全市各级行政机关不予公开300件'),
      ]))).toEqual([]);
    });
  });

  it('takes a sentence of the whole area that restates the table by its issuer\'s own figure as saying the table is the issuer\'s (v4-wider)', () => {
    const text = '2022年，全县各级行政机关共收到政府信息公开申请859件，县政府本级收到5件';
    const both = [prose('收到政府信息公开申请', 859, text), prose('县政府本级收到', 5, text)];
    const county = (figures: ProseFigure[]) => setFigures(makeReport({ document: { issuer: '某县人民政府', year: 2022 }, proseFigures: figures }), 'applications', { 'newReceived.total': 5 });
    expect(findingsOf(tableAgreement, county(both))).toEqual([]);
    // Without the issuer's own figure, or with one the table does not restate, the whole area's still gets its warning.
    expect(findingsOf(tableAgreement, county(both.slice(0, 1)))).toMatchObject([{ severity: 'warning', actual: 859 }]);
    expect(findingsOf(tableAgreement, county([both[0]!, prose('县政府本级收到', 6, text)]))).toMatchObject([{ severity: 'warning', actual: 859 }]);
  });

  it('holds the 2019 表二\'s 对外公开总数量 and 处理决定数量 said in its words against it, the kind of decisions named before a bare one (会同县林业局 2020)', () => {
    const text = '我局对2020年度公开的政府信息进行了认真的梳理和统计：规章对外公开总数量1件。主动公开政府信息中新增项目事项88项，其中行政许事项本年新增21项，总计21项，行政许可处理决定数量776件；其他对外管理服务事项新增57项，总计57项，处理决定数量0件；行政处罚事项新增10项，总计44项，处理决定数量29件。';
    const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
    const { figures } = extractProseFigures([line], 2020);
    // Its 表二 as printed: 规章 0 0 0; 行政许可 0 +21 776; 其他对外管理服务事项 0 +57 0; 行政处罚 34 +10 29.
    const bureau = (decisions: Record<string, number>) => setFigures(makeReport({ document: { issuer: '会同县林业局', year: 2020 }, proseFigures: figures }), 'activeDisclosure', {
      'regulations.totalPublished': 0, 'normativeDocuments.totalPublished': 0,
      'licensing.decisions': 776, 'otherServices.decisions': 0, 'punishment.decisions': 29, 'coercion.decisions': 0, ...decisions,
    });
    expect(findingsOf(tableAgreement, bureau({}), makeContext({ lines: [text] }))).toEqual([{
      rule: 'prose/table-agreement', severity: 'error', expected: 0, actual: 1,
      cells: [{ table: 'proseFigures', path: '0' }, { table: 'activeDisclosure', path: 'regulations.totalPublished' }],
      message: '正文“我局对2020年度公开的政府信息进行了认真的梳理和统计：规章对外公开总数量1件”为1件，表二·规章·对外公开总数为0，相差1',
    }]);
    const decisions = findingsOf(tableAgreement, bureau({ 'regulations.totalPublished': 1, 'punishment.decisions': 28, 'licensing.decisions': 777 }), makeContext({ lines: [text] }));
    expect(decisions.map((f) => [f.cells[1]!.path, f.expected, f.actual])).toEqual([['licensing.decisions', 777, 776], ['punishment.decisions', 28, 29]]);
  });

  it('holds the items of a kind there are now (新增10项，总计44项) against 表二\'s 上一年项目数量 and 本年增/减 added up, not those added (会同县林业局 2020)', () => {
    const text = '主动公开政府信息中新增项目事项88项，其中行政许事项本年新增21项，总计21项，行政许可处理决定数量776件；其他对外管理服务事项新增57项，总计57项，处理决定数量0件；行政处罚事项新增10项，总计44项，处理决定数量29件。';
    const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
    const { figures } = extractProseFigures([line], 2020);
    // Its 表二 as printed: 行政许可 0 +21 776; 其他对外管理服务事项 0 +57 0; 行政处罚 34 +10 29; 行政强制 0 0 0.
    const printed = {
      'licensing.previousCount': 0, 'licensing.change': 21, 'licensing.decisions': 776, 'otherServices.previousCount': 0, 'otherServices.change': 57, 'otherServices.decisions': 0,
      'punishment.previousCount': 34, 'punishment.change': 10, 'punishment.decisions': 29, 'coercion.previousCount': 0, 'coercion.change': 0, 'coercion.decisions': 0,
    };
    const bureau = (cells: Record<string, number>) => setFigures(makeReport({ document: { issuer: '会同县林业局', year: 2020 }, proseFigures: figures }), 'activeDisclosure', { ...printed, ...cells });
    expect(findingsOf(tableAgreement, bureau({}), makeContext({ lines: [text] }))).toEqual([]);
    expect(findingsOf(tableAgreement, bureau({ 'punishment.previousCount': 33, 'otherServices.change': 56 }), makeContext({ lines: [text] }))).toMatchObject([{
      severity: 'error', expected: 56, actual: 57,
      cells: [{ table: 'proseFigures' }, { table: 'activeDisclosure', path: 'otherServices.previousCount' }, { table: 'activeDisclosure', path: 'otherServices.change' }],
    }, {
      severity: 'error', expected: 43, actual: 44,
      message: '正文“…行政处罚事项新增10项，总计44项…”为44项，表二行政处罚上一年项目数量与本年增/减之和为43，相差1',
    }]);
  });

  it('holds a 处理决定数量 whose label names its kind against that kind, though another is named after it (分别为)', () => {
    const text = '本年度主动公开规范性文件3件；行政处罚和行政强制的处理决定数量分别为8件和2件。';
    const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
    const bureau = (coercion: number) => setFigures(makeReport({ document: { issuer: '某县市场监督管理局', year: 2019 }, proseFigures: extractProseFigures([line], 2019).figures }),
      'activeDisclosure', { 'punishment.decisions': 8, 'coercion.decisions': coercion });
    expect(findingsOf(tableAgreement, bureau(2), makeContext({ lines: [text] }))).toEqual([]);
    expect(findingsOf(tableAgreement, bureau(3), makeContext({ lines: [text] })).map((f) => [f.cells[1]!.path, f.expected, f.actual])).toEqual([['coercion.decisions', 3, 2]]);
  });

  it('holds no information items, nor another year\'s decisions, against 表二\'s 处理决定数量 (行政审批局 2019, 咸宁高新区 2020)', () => {
    const items = '今年我局主动公开政府信息595条，其中规范性文件类信息6条，行政许可类信息126条，财政预算类信息7条。';
    const other = '2019年行政许可处理决定数量328件, 2020年共办理行政许可处理决定数量313件比2019年减少15件；其他对外管理服务事项无。';
    for (const [text, year] of [[items, 2019], [other, 2020]] as const) {
      const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
      const report = setFigures(makeReport({ document: { issuer: '平潭综合实验区行政审批局', year }, proseFigures: extractProseFigures([line], year).figures }), 'activeDisclosure',
        { 'licensing.decisions': 313, 'normativeDocuments.totalPublished': 6 });
      expect(findingsOf(tableAgreement, report, makeContext({ lines: [text] }))).toEqual([]);
    }
  });

  it('reads a clause after a ；in its whole sentence where that counts the applications for disclosure, not where another clause only names disclosure', () => {
    const check = (text: string, issuer: string) => {
      const line = { text, table: -1, cellTextLength: 0, pieces: [{ node: {}, nodeStart: 0, lineStart: 0, length: text.length }] };
      const report = setFigures(makeReport({ document: { issuer, year: 2020 }, proseFigures: extractProseFigures([line], 2020).figures }), 'reviewLitigation',
        { 'review.total': 3, 'litigationDirect.total': 4, 'litigationAfterReview.total': 0 });
      return findingsOf(tableAgreement, report, makeContext({ lines: [text] })).filter((f) => f.cells[1]!.table === 'reviewLitigation');
    };
    // 湖南省人民政府办公厅 2020: the reviews are those of the applications counted before the ；(表四 here 3, not 4).
    const hunan = '2020年收到政府信息公开申请190件,结转上年度政府信息公开申请10件,共办理完成198件,结转下年度继续办理2件,收到感谢信2封;发生行政复议4件,其中3件维持,1件尚未审结;发生行政诉讼4件,其中3件维持,1件尚未审结。';
    expect(check(hunan, '湖南省人民政府办公厅').map((f) => [f.cells[1]!.path, f.expected, f.actual])).toEqual([['review.total', 3, 4]]);
    // 咸宁市司法局 2020 decides others' reviews: a clause naming disclosure before them (two clauses of that page, joined) makes them no table's.
    expect(check('及时公开综合监管和检查执法相关信息；截至11月底，受理行政复议申请56件，目前已办结38件，撤回申请13件，撤销4件，确认违法7件，维持12件。', '咸宁市司法局')).toEqual([]);
  });
});
