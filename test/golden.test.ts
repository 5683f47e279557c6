// Golden tests: the whole report JSON of every fixture page. The expected figures below were typed
// from the pages themselves (each row as printed, left to right), not pasted from the program's output.
// To add a page: copy it into test/fixtures/pages/, add its manifest entry, and write its expectation
// here from the page. Extraction's own notes are compared as rule ids + severities; the consistency
// findings are in findings.test.ts.
import { describe, expect, it } from 'vitest';
import { APPLICANT_COLUMNS, OUTCOME_COLUMNS, type Report } from '../lib/schema.ts';
import { FIXED_NOW, fixtureReport, fixtureUrl } from './support/fixtures.ts';

type Row = (number | null)[];
const cols = (row: Row) => Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [c, row[i]]));
const outcome = (row: Row) => Object.fromEntries(OUTCOME_COLUMNS.map((c, i) => [c, row[i]]));

/** 表三 from its rows as printed: 新收, 结转, 予以公开, 部分公开, 不予公开×8, 无法提供×3, 不予处理×5, 其他处理×1 or ×3, 总计, 结转下年度. */
function applications(rows: Row[]): Report['applications'] {
  const r = rows.map(cols);
  const other = rows.length === 25
    ? { noCorrection: r[20], noFee: r[21], other: r[22] }
    : { all: r[20] };
  const t = rows.length - 2;
  return {
    newReceived: r[0], carriedOver: r[1], granted: r[2], partiallyGranted: r[3],
    withheld: { stateSecret: r[4], lawForbidden: r[5], safetyStability: r[6], thirdPartyRights: r[7], internalAffairs: r[8], processInformation: r[9], enforcementFiles: r[10], administrativeQuery: r[11] },
    unavailable: { notHeld: r[12], needsCreation: r[13], stillUnclear: r[14] },
    notProcessed: { complaint: r[15], repeated: r[16], publication: r[17], excessive: r[18], confirmation: r[19] },
    otherHandling: other,
    totalProcessed: r[t], carriedForward: r[t + 1],
  } as Report['applications'];
}
/** 表四 from its one row of fifteen. */
function reviewLitigation(row: Row): Report['reviewLitigation'] {
  return { review: outcome(row.slice(0, 5)), litigationDirect: outcome(row.slice(5, 10)), litigationAfterReview: outcome(row.slice(10, 15)) };
}
const zeros = (n: number): Row => Array(n).fill(0);
const _ = null; // a blank cell (&nbsp;) as published

/** What extraction itself noted (noise, position-read labels); the rules' findings are tested in findings.test.ts. */
/** The six parts of the 2019/2021 formats as their headings are printed; a page's own wording overrides. */
function sixParts(found: Partial<Record<number, { number?: string; title?: string }>> = {}): Report['document']['sections'] {
  const parts = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
  return parts.map((title, i) => ({ number: '一二三四五六'[i]!, title, ...found[i + 1] }));
}

function warningsOf(report: Report) {
  return report.warnings.filter((w) => /^(figure|recognition)\//.test(w.rule)).map((w) => `${w.severity} ${w.rule}`).sort();
}

interface Golden {
  document: Report['document'];
  activeDisclosure: Report['activeDisclosure'];
  applications: Report['applications'];
  reviewLitigation: Report['reviewLitigation'];
  /** Rows of the 统计表 (their values are checked row by row in lib/legacy/stats.test.ts). */
  legacyRows?: number;
  title: string;
  warnings: string[];
}

const GOLDEN: Record<string, Golden> = {
  'tieling-2019.html': {
    title: '铁岭市2019年度政府信息公开工作报告',
    document: {
      isReport: true, confidence: 1, format: '2019', year: 2019, issuer: '铁岭市人民政府',
      publishedAt: '2020-02-28', signedAt: null, period: null,
      // The last heading lost its 六 and reads 其它.
      sections: sixParts({ 6: { number: '', title: '其它需要报告的事项' } }),
    },
    activeDisclosure: {
      regulations: { newlyMade: 13, newlyPublished: 13, totalPublished: 90 },
      normativeDocuments: { newlyMade: 327, newlyPublished: 300, totalPublished: 1109 },
      licensing: { previousCount: 653, change: 52, decisions: 821198 },
      otherServices: { previousCount: 727, change: 233, decisions: 3083 },
      punishment: { previousCount: 562, change: 102, decisions: 139194 },
      coercion: { previousCount: 81, change: 16, decisions: 812 },
      fees: { previousCount: 80, change: 7 },
      procurement: { projects: 85, amount: 82577588, unit: null },
    },
    applications: applications([
      [33, 2, 0, 0, 7, 0, 42], zeros(7),
      [27, 2, 0, 0, 4, 0, 33], zeros(7),
      [3, 0, 0, 0, 0, 0, 3], zeros(7), zeros(7), [1, 0, 0, 0, 0, 0, 1], zeros(7), zeros(7), zeros(7), zeros(7),
      [2, 0, 0, 0, 3, 0, 5], zeros(7), zeros(7),
      zeros(7), zeros(7), zeros(7), zeros(7), zeros(7),
      zeros(7),
      [33, 2, 0, 0, 7, 0, 42], zeros(7),
    ]),
    reviewLitigation: reviewLitigation(zeros(15)),
    warnings: ['info figure/noise-removed', 'info figure/noise-removed', 'info figure/noise-removed'],
  },
  'longde-chengguan-2021.html': {
    title: '隆德县城关镇2021年政府信息公开年度报告',
    document: {
      isReport: true, confidence: 1, format: '2021', year: 2021, issuer: '隆德县城关镇人民政府',
      publishedAt: '2022-01-19', signedAt: '2021-01-19', period: { start: '2021-01-01', end: '2021-12-31' },
      sections: sixParts({ 1: { title: '总体情' } }), // 一、总体情 lost its 况
    },
    activeDisclosure: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 0, repealed: 0, inForce: 0 },
      licensing: { decisions: 0 }, punishment: { decisions: 0 }, coercion: { decisions: 0 },
      fees: { amount: 0, unit: '万元' },
    },
    applications: applications(Array.from({ length: 25 }, () => zeros(7))),
    reviewLitigation: reviewLitigation(zeros(15)),
    // The 规章 label is blank on the page, 表三 lost four column names (机构, 组织, 机构, and 其他
    // entirely) and 表四 six (结果 for 结果纠正 and 其他结果): the layout decides, and a note per table says so.
    warnings: ['info recognition/label-by-position', 'info recognition/label-by-position', 'info recognition/label-by-position'],
  },
  'shanghai-office-2019.html': {
    title: '2019年上海市人民政府办公厅政府信息公开工作年度报告',
    document: {
      isReport: true, confidence: 1, format: '2019', year: 2019, issuer: '上海市人民政府办公厅',
      publishedAt: '2020-01-31', signedAt: null, period: { start: '2019-01-01', end: '2019-12-31' },
      sections: sixParts({ 5: { title: '政府信息公开工作存在的主要问题及改进情况' } }),
    },
    activeDisclosure: {
      regulations: { newlyMade: 13, newlyPublished: 13, totalPublished: 524 },
      normativeDocuments: { newlyMade: 60, newlyPublished: 60, totalPublished: 368 },
      licensing: { previousCount: 0, change: 0, decisions: 0 },
      otherServices: { previousCount: 0, change: 0, decisions: 0 },
      punishment: { previousCount: 0, change: 0, decisions: 0 },
      coercion: { previousCount: 0, change: 0, decisions: 0 },
      fees: { previousCount: 0, change: 0 },
      procurement: { projects: 6, amount: 251000, unit: '元' },
    },
    applications: applications([
      [821, 35, _, _, 2, 1, 859], [18, _, _, _, _, _, 18],
      [258, 12, _, _, 1, 1, _], [3, _, _, _, _, _, _],
      [14, _, _, _, _, _, _], [_, _, _, _, _, _, _], [_, _, _, _, _, _, _], [_, _, _, _, _, _, _],
      [5, _, _, _, _, _, _], [3, 1, _, _, _, _, _], [_, _, _, _, _, _, _], [10, 2, _, _, _, _, _],
      [252, 12, _, _, 1, _, _], [44, 3, _, _, _, _, _], [25, _, _, _, _, _, _],
      [148, 1, _, _, _, _, _], [5, 4, _, _, _, _, _], [_, _, _, _, _, _, _], [_, _, _, _, _, _, _], [_, _, _, _, _, _, _],
      [_, _, _, _, _, _, _],
      [767, 35, _, _, 2, 1, 805], [72, _, _, _, _, _, 72],
    ]),
    reviewLitigation: reviewLitigation([5, _, _, 2, 7, 8, _, _, 1, 9, _, _, _, _, _]),
    // 251000元: the unit is kept as procurement.unit, the figure read from more than its number noted, as the contract
    // has it (the header names no unit); the blank cells of 表三 and 表四 (each _ above) are said to be read as null.
    warnings: ['info figure/blank', 'info figure/blank', 'info figure/noise-removed'],
  },
  'xiaobanqiao-2018.html': {
    title: '小板桥街道办事处2018年政府信息公开年度报告',
    document: {
      isReport: true, confidence: 0.75, format: 'legacy', year: 2018, issuer: '小板桥街道办事处',
      // It states no 统计期限, but counts "截止2018年11月29日": the year up to that day.
      publishedAt: '2018-12-03', signedAt: null, period: { start: '2018-01-01', end: '2018-11-29' },
      sections: [
        { number: '一', title: '加强领导,落实工作责任' }, { number: '二', title: '政府信息和政务公开工作完成情况' },
        { number: '三', title: '存在问题' }, { number: '四', title: '下步工作打算' },
      ],
    },
    activeDisclosure: null, applications: null, reviewLitigation: null,
    legacyRows: 65, // 66 rows, the 统 计 指 标 | 单位 | 统计数 header aside
    warnings: [],
  },
  'shulan-tiande-2014.html': {
    title: '舒兰市天德乡2014年政府信息公开工作年度报告',
    document: {
      isReport: true, confidence: 0.75, format: 'prose', year: 2014, issuer: '舒兰市天德乡人民政府',
      publishedAt: '2015-03-31', signedAt: null, period: { start: '2014-01-01', end: '2014-12-31' },
      sections: [
        { number: '一', title: '基本工作情况' }, { number: '二', title: '主动公开政府信息情况' },
        { number: '三', title: '回应解读情况' }, { number: '四', title: '依申请公开政府信息情况' },
        { number: '五', title: '行政复议、诉讼和举报投诉情况' }, { number: '', title: '工作存在的主要问题、改进情况及工作打算' },
      ],
    },
    activeDisclosure: null, applications: null, reviewLitigation: null,
    warnings: [],
  },
  'template-essay-site.html': {
    title: '地区党政信息公开工作报告范文',
    document: {
      // A copy on a 范文 site: it reads as a report (so its figures are shown), with low confidence.
      isReport: true, confidence: 0.55, format: 'prose', year: null, issuer: null,
      publishedAt: null, signedAt: null, period: null,
      sections: [{ number: '二', title: '主动公开政府信息情况' }, { number: '三', title: '依申请公开政府信息情况' }],
    },
    activeDisclosure: null, applications: null, reviewLitigation: null,
    warnings: [],
  },
};

describe('golden reports', () => {
  for (const [file, golden] of Object.entries(GOLDEN)) {
    it(file, () => {
      const report = fixtureReport(file);
      expect(report.schemaVersion).toBe(1);
      expect(report.source).toEqual({ url: fixtureUrl(file), title: golden.title, extractedAt: FIXED_NOW.toISOString() });
      expect(report.document).toEqual(golden.document);
      expect(report.activeDisclosure).toEqual(golden.activeDisclosure);
      expect(report.applications).toEqual(golden.applications);
      expect(report.reviewLitigation).toEqual(golden.reviewLitigation);
      expect(report.legacyStats?.length ?? null).toBe(golden.legacyRows ?? null);
      expect(warningsOf(report)).toEqual([...golden.warnings].sort());
    });
  }

  it('longde-chengguan-2021: names the column labels it could not read', () => {
    const notes = fixtureReport('longde-chengguan-2021.html').warnings.filter((w) => w.rule === 'recognition/label-by-position').map((w) => w.message);
    expect(notes).toContain('表三（依申请公开）有4个列名无法辨认（“机构”、“组织”、“机构”、空白），按标准格式中的位置依次读作“科研机构”、“社会公益组织”、“法律服务机构”、“其他”');
  });

  it('longde-chengguan-2021: every table figure is 0, none null', () => {
    const report = fixtureReport('longde-chengguan-2021.html');
    const figures = JSON.stringify([report.activeDisclosure, report.applications, report.reviewLitigation]).match(/":(-?\d+|null)/g)!;
    expect(figures.length).toBe(10 + 25 * 7 + 15); // 表二: 3+3+1+1+1+1
    expect(new Set(figures)).toEqual(new Set(['":0']));
  });
});
