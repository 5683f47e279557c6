// Figures written into report pages the ways portals lay the standard tables out, read back exactly:
// every figure of 表二, 表三 and 表四, in both formats, whatever the layout (test/support/standard-tables.ts).
// Each case is a seed; a failure names it and the layout, so it can be replayed alone.
import { describe, expect, it } from 'vitest';
import { extractWithCheerio } from './support/fixtures.ts';
import { legacyPage, randomLegacyLayout } from './support/legacy-table.ts';
import { consistentFigures, random, randomFigures, randomLayout, reportPage, type Layout } from './support/standard-tables.ts';

// ROUNDTRIP_SEEDS=2000 npx vitest run test/roundtrip.test.ts searches wider than CI does.
const SEEDS = Array.from({ length: Number(process.env.ROUNDTRIP_SEEDS ?? 120) }, (_, i) => i + 1);

function readBack(seed: number) {
  const rand = random(seed);
  const layout = randomLayout(rand);
  const figures = randomFigures(rand, layout);
  const { report } = extractWithCheerio(reportPage(figures, layout, rand), 'http://www.example.gov.cn/zfxxgk/ndbg.html');
  return { layout, figures, report };
}

const describeLayout = (l: Layout) =>
  `${l.format}, headings ${l.headings}, labels ${l.labels}${l.word ? ', Word markup' : ''}${l.th ? ', <th> labels' : ''}${l.noise ? ', noise' : ''}${l.damage ? ', damage' : ''}` +
  `${l.splitAt ? `, 表三 cut before data row ${l.splitAt}` : ''}${l.headerSplitAt ? `, 表三 cut after header row ${l.headerSplitAt}, header not repeated` : ''}${l.activeSplitAt ? `, 表二 cut after row ${l.activeSplitAt} of its data` : ''}` +
  `${l.splitAt || l.activeSplitAt ? (l.repeatHeader ? ', header repeated after the cut' : '') : ''}${l.splitAt || l.activeSplitAt || l.headerSplitAt ? (l.splitLead ? ', an empty column first after the cut' : '') : ''}${l.oneTable ? ', one table' : ''}${l.clauseRows ? '' : ', no 第二十条 rows'}${l.extraColumns ? ', extra columns' : ''}${l.stackedHeads ? ', stacked heads' : ''}, 表四 ${l.reviewRows}`;

describe('standard tables written in the layouts portals use, read back', () => {
  it.each(SEEDS)('seed %i', (seed) => {
    const { layout, figures, report } = readBack(seed);
    const where = `seed ${seed}: ${describeLayout(layout)}`;
    expect(report.document.format, where).toBe(layout.format);
    expect(report.activeDisclosure, where).toEqual(figures.activeDisclosure);
    expect(report.applications, where).toEqual(figures.applications);
    expect(report.reviewLitigation, where).toEqual(figures.reviewLitigation);
    // Headings in a row of their own inside a table are the document's headings all the same.
    if (layout.headings !== 'none') {
      const outline = report.warnings.filter((w) => w.rule === 'document/six-parts' || w.rule === 'document/numbering');
      expect(outline.map((w) => w.message), where).toEqual([]);
    }
  });

  it('covers every layout option among its seeds', () => {
    const layouts = SEEDS.map((seed) => randomLayout(random(seed)));
    const seen = (key: keyof Layout) => new Set(layouts.map((l) => String(l[key]))).size;
    expect([seen('format'), seen('headings'), seen('labels'), seen('word'), seen('th'), seen('noise'), seen('damage'), seen('oneTable'), seen('clauseRows'), seen('extraColumns'), seen('reviewRows'), seen('stackedHeads')])
      .toEqual([2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
    expect(layouts.some((l) => l.splitAt > 0 && l.repeatHeader)).toBe(true);
    expect(layouts.some((l) => l.activeSplitAt > 0 && l.repeatHeader)).toBe(true);
    expect(new Set(layouts.map((l) => l.headerSplitAt))).toEqual(new Set([0, 1, 2]));
  });
});

describe('a consistent report, in any layout the templates allow', () => {
  it.each(SEEDS.slice(0, SEEDS.length / 3))('draws no error and no warning, seed %i', (seed) => {
    const rand = random(seed);
    const layout = { ...randomLayout(rand), damage: false };
    const figures = consistentFigures(rand, layout);
    const { report } = extractWithCheerio(reportPage(figures, layout, rand), 'http://www.example.gov.cn/zfxxgk/ndbg.html');
    // The overview restates 收到申请 in words: read, and held against the table without a finding.
    expect(report.proseFigures.some((f) => f.label.includes('收到') && f.value === figures.applications.newReceived?.total)).toBe(true);
    // A page written without its 二、三、四 headings does lack them: those findings are right.
    const lacksHeadings = (w: { rule: string }) => layout.headings === 'none' && (w.rule === 'document/six-parts' || w.rule === 'document/numbering');
    const findings = report.warnings.filter((w) => w.severity !== 'info' && !lacksHeadings(w));
    expect(findings.map((w) => `${w.rule}: ${w.message}`), `seed ${seed}: ${describeLayout(layout)}`).toEqual([]);
    // Every label is whole, so no label was placed by position alone.
    const placed = report.warnings.filter((w) => w.rule === 'recognition/label-by-position');
    expect(placed.map((w) => w.message), `seed ${seed}: ${describeLayout(layout)}`).toEqual([]);
  });
});

describe('the national 统计表 written the ways portals published it, read back', () => {
  it.each(SEEDS.slice(0, SEEDS.length / 3))('seed %i', (seed) => {
    const rand = random(seed);
    const layout = randomLegacyLayout(rand);
    const { html, expected } = legacyPage(layout, rand);
    const { report } = extractWithCheerio(html, 'http://www.example.gov.cn/zwgk/ndbg.html');
    const where = `seed ${seed}: ${JSON.stringify(layout)}`;
    expect(report.document.format, where).toBe('legacy');
    expect(report.legacyStats, where).toEqual(expected);
  });
});

describe('a consistent 统计表 report', () => {
  it.each(SEEDS.slice(0, SEEDS.length / 6))('draws no error and no warning, seed %i', (seed) => {
    const rand = random(seed);
    const layout = randomLegacyLayout(rand);
    const { report } = extractWithCheerio(legacyPage(layout, rand, true).html, 'http://www.example.gov.cn/zwgk/ndbg.html');
    const findings = report.warnings.filter((w) => w.severity !== 'info');
    expect(findings.map((w) => `${w.rule}: ${w.message}`), `seed ${seed}: ${JSON.stringify(layout)}`).toEqual([]);
  });
});
