// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FigureBinding } from '../../lib/extract.ts';
import type { Severity, Warning } from '../../lib/schema.ts';
import { markFigures } from './marks.ts';

// A portal's article, its table and a sentence with a figure, as a Vue page renders them.
const ARTICLE = '<div id="app"><p id="date">发布时间：2023-01-30</p><table><tr><td>新收政府信息公开申请数量</td><td id="total">33</td></tr></table><p id="prose">全年共收到申请33件。</p></div>';

/** A finding of that severity about the cells of these keys ("table:path"). */
const finding = (severity: Severity, ...keys: string[]): Warning => ({
  rule: 'test/rule', severity, message: '', expected: null, actual: null,
  cells: keys.map((key) => { const [table, path] = key.split(':') as [Warning['cells'][number]['table'], string]; return { table, path }; }),
});

/** Marks the article's figures, or those of them `pick` keeps, with these findings. */
function marked(pick: (binding: FigureBinding<Node>) => boolean = () => true, warnings: Warning[] = []) {
  const cell = document.querySelector('#total')!;
  const text = document.querySelector('#prose')!.firstChild!;
  const bindings: FigureBinding<Node>[] = [
    { ref: { table: 'applications', path: 'newReceived.total' }, node: cell },
    { ref: { table: 'proseFigures', path: '0' }, node: text, range: { start: 7, end: 9 } },
    { ref: { table: 'document', path: 'publishedAt' }, node: document.querySelector('#date')!.firstChild!, range: { start: 5, end: 15 } },
  ];
  return markFigures(document, bindings.filter(pick), warnings, () => {});
}

describe('markFigures: intact', () => {
  beforeEach(() => { document.body.innerHTML = ARTICLE; });

  it('holds while the page leaves the figures as they were read', () => {
    const marks = marked();
    document.body.append('页脚');
    expect(marks.intact()).toBe(true);
  });

  it('fails once the page re-renders the article (new nodes, the marked ones detached)', () => {
    const marks = marked();
    document.querySelector('#app')!.outerHTML = ARTICLE;
    expect(marks.intact()).toBe(false);
  });

  it('fails once a marked cell or sentence is rewritten in place', () => {
    const marks = marked();
    document.querySelector('#total')!.textContent = '34';
    expect(marks.intact()).toBe(false);
    document.body.innerHTML = ARTICLE;
    const again = marked();
    (document.querySelector('#prose')!.firstChild as Text).data = '全年共收到申请34件。';
    expect(again.intact()).toBe(false);
  });
});

describe('markFigures: figures read at the same characters', () => {
  beforeEach(() => { document.body.innerHTML = ARTICLE; });

  it('counts them one place, as a merged cell\'s figures are, and finds a click on them there (wuhan-hannan-ybj-2020\'s cut row)', () => {
    // A row of a table laid out as text cut short: the columns it lacks all stand at its last figure.
    const text = document.querySelector('#prose')!.firstChild!;
    const at = { start: 7, end: 9 };
    const refs = [{ table: 'applications', path: 'granted.legalService' }, { table: 'applications', path: 'granted.otherOrg' }, { table: 'applications', path: 'granted.total' }] as const;
    const marks = markFigures(document, refs.map((ref) => ({ ref, node: text, range: at })), [finding('info', ...refs.map((r) => `${r.table}:${r.path}`))], () => {});
    expect(marks.choose([...refs], { jump: false })).toBe(1);
    const clicked = document.createRange();
    clicked.setStart(text, 7);
    clicked.setEnd(text, 9);
    expect(marks.placeOf([...refs], clicked)).toBe(0);
  });
});

describe('markFigures: the report\'s dates', () => {
  beforeEach(() => { document.body.innerHTML = ARTICLE; });

  it('leaves the date line unmarked and unwatched, and shows it when a finding about it asks', () => {
    const marks = marked();
    expect(marks.choose([{ table: 'document', path: 'publishedAt' }])).toBe(1);
    // A portal's script may rewrite its date line (a clock, a counter beside it): no figure of the report changed.
    (document.querySelector('#date')!.firstChild as Text).data = '发布时间：2023-01-31';
    expect(marks.intact()).toBe(true);
    marks.remove();
  });

  it('watches nothing where the dates are all that was read: they cannot tell that the content stayed', () => {
    expect(marked().watches).toBe(true);
    expect(marked((b) => b.ref.table === 'document').watches).toBe(false);
  });
});

describe('markFigures: the chosen finding', () => {
  beforeEach(() => {
    document.body.innerHTML = '<table><tr><td id="person">20</td><td id="total">21</td></tr></table>';
    vi.useFakeTimers();
  });
  afterEach(() => { vi.useRealTimers(); });
  const cells = () => ['#person', '#total'].map((id) => document.querySelector(id)!);
  const looks = () => cells().map((c) => [c.hasAttribute('data-grl-chosen'), c.hasAttribute('data-grl-flash')]);

  it('keeps the chosen finding\'s cells lit after their blink, and takes the light off them at once when another is chosen', () => {
    const [person, total] = cells() as [Element, Element];
    const marks = markFigures(document, [
      { ref: { table: 'applications', path: 'outcome.naturalPerson' }, node: person },
      { ref: { table: 'applications', path: 'outcome.total' }, node: total },
    ], [], () => {});
    expect(marks.choose([{ table: 'applications', path: 'outcome.naturalPerson' }])).toBe(1);
    expect(looks()).toEqual([[true, true], [false, false]]);
    vi.advanceTimersByTime(5000);
    expect(looks()).toEqual([[true, false], [false, false]]);
    // Chosen again while the first still blinks: only the second's cell is lit, and its blink is not cut short by the first's.
    marks.choose([{ table: 'applications', path: 'outcome.naturalPerson' }]);
    vi.advanceTimersByTime(1000);
    marks.choose([{ table: 'applications', path: 'outcome.total' }]);
    expect(looks()).toEqual([[false, false], [true, true]]);
    vi.advanceTimersByTime(1000);
    expect(looks()).toEqual([[false, false], [true, true]]);
    vi.advanceTimersByTime(5000);
    expect(looks()).toEqual([[false, false], [true, false]]);
    marks.remove();
    expect(looks()).toEqual([[false, false], [false, false]]);
  });

  it('lights a choice kept on marks made afresh where it stands, without a jump or a blink', () => {
    const [person, total] = cells() as [Element, Element];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    const marks = markFigures(document, [
      { ref: { table: 'applications', path: 'outcome.naturalPerson' }, node: person },
      { ref: { table: 'applications', path: 'outcome.total' }, node: total },
    ], [], () => {});
    expect(marks.choose([{ table: 'applications', path: 'outcome.total' }], { jump: false })).toBe(1);
    expect(looks()).toEqual([[false, false], [true, false]]);
    expect(scroll).not.toHaveBeenCalled();
    marks.choose([{ table: 'applications', path: 'outcome.naturalPerson' }]);
    expect(looks()).toEqual([[true, true], [false, false]]);
    expect(scroll).toHaveBeenCalledTimes(1);
    scroll.mockRestore();
    marks.remove();
  });
});

describe('markFigures: figures read from text in conflict', () => {
  // happy-dom has no CSS Custom Highlight API: a registry and Highlight as Chromium's behave.
  const highlights = new Map<string, Set<Range> & { priority: number }>();
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', class extends Set<Range> { priority = 0; constructor(...ranges: Range[]) { super(ranges); } });
  });
  afterEach(() => { highlights.clear(); vi.unstubAllGlobals(); });

  it('lights a sentence\'s figure in conflict in its severity\'s highlight, over the read figures\', and takes it away on remove', () => {
    const marks = marked(() => true, [finding('error', 'proseFigures:0'), finding('warning', 'applications:newReceived.total')]);
    const texts = (name: string) => [...highlights.get(name) ?? []].map((range) => range.toString());
    expect(texts('grl-prose')).toEqual(['33']);
    expect(texts('grl-conflict-error')).toEqual(['33']);
    expect(highlights.get('grl-conflict-error')!.priority).toBeGreaterThan(highlights.get('grl-prose')!.priority);
    // The cell in a warning's conflict is marked as a cell is, with no highlight.
    expect([...highlights.keys()]).toEqual(['grl-prose', 'grl-conflict-error']);
    marks.remove();
    expect(highlights.size).toBe(0);
  });
});

describe('markFigures: a finding\'s places', () => {
  // longde-chengguan-2021: the 统计期限 sentence high up, a table, the 落款 at the foot; tieling-2019's footer.
  const PAGE = '<p id="period">统计期限为2021年1月1日至12月31日。</p><table><tr><td id="a">20</td><td id="b">21</td></tr></table>'
    + '<p id="sign">城关镇人民政府<br>2021年1月19日</p><p id="footer">版权所有:即时比分 主办单位:即时比分办公厅</p>';
  const highlights = new Map<string, Set<Range> & { priority: number }>();
  beforeEach(() => {
    document.body.innerHTML = PAGE;
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', class extends Set<Range> { priority = 0; constructor(...ranges: Range[]) { super(ranges); } });
    vi.useFakeTimers();
  });
  afterEach(() => { highlights.clear(); vi.unstubAllGlobals(); vi.useRealTimers(); });
  const text = (id: string, child = 0) => document.getElementById(id)!.childNodes[child]!;
  const texts = (name: string) => [...highlights.get(name) ?? []].map((range) => range.toString());
  const blinking = () => [...document.querySelectorAll('[data-grl-flash]')].map((cell) => cell.id);
  const bindings: () => FigureBinding<Node>[] = () => [
    { ref: { table: 'applications', path: 'x.a' }, node: document.getElementById('a')! },
    { ref: { table: 'applications', path: 'x.b' }, node: document.getElementById('b')! },
    { ref: { table: 'document', path: 'signedAt' }, node: text('sign', 2), range: { start: 0, end: 10 } },
    // A period read in two pieces, as a page that sets its dates apart in text nodes of their own gives it: one place.
    { ref: { table: 'document', path: 'period' }, node: text('period'), range: { start: 5, end: 14 } },
    { ref: { table: 'document', path: 'period' }, node: text('period'), range: { start: 14, end: 21 } },
  ];

  it('goes to them in the page\'s order, the first unless told which, counting a date over two text nodes once, and lights the one gone to the more', () => {
    const marks = markFigures(document, bindings(), [], () => {});
    const refs = [{ table: 'document', path: 'signedAt' }, { table: 'applications', path: 'x.b' }, { table: 'document', path: 'period' }] as const;
    expect(marks.choose([...refs])).toBe(3);
    expect(texts('grl-chosen')).toEqual(['2021年1月1日', '至12月31日', '2021年1月19日']);
    expect(texts('grl-current')).toEqual(['2021年1月1日', '至12月31日']);
    // All of them blink as the finding is chosen; gone to one by one, only the cell gone to does.
    expect(blinking()).toEqual(['b']);
    expect(marks.choose([...refs], { at: 1 })).toBe(3);
    expect([texts('grl-current'), blinking()]).toEqual([[], ['b']]);
    marks.choose([...refs], { at: 2 });
    expect([texts('grl-current'), blinking()]).toEqual([['2021年1月19日'], []]);
    // Counted round: past the last, the first again.
    marks.choose([...refs], { at: 3 });
    expect(texts('grl-current')).toEqual(['2021年1月1日', '至12月31日']);
    marks.remove();
    expect(highlights.size).toBe(0);
  });

  it('lights the words a finding is about (tieling-2019: each 即时比分 of its footer), with its cells, and takes the light away on remove', () => {
    const before = document.body.innerHTML;
    const marks = markFigures(document, bindings(), [], () => {});
    const footer = text('footer');
    const words = [[{ node: footer, start: 5, end: 9 }], [{ node: footer, start: 15, end: 19 }]];
    expect(marks.choose([{ table: 'applications', path: 'x.a' }], { words })).toBe(3);
    expect(texts('grl-chosen')).toEqual(['即时比分', '即时比分']);
    expect(document.querySelectorAll('[data-grl-chosen]').length).toBe(1);
    expect(marks.choose([], { words, at: 1 })).toBe(2);
    expect(texts('grl-current')).toEqual(['即时比分']);
    expect([...highlights.get('grl-current')!][0]!.startOffset).toBe(15);
    marks.remove();
    expect([highlights.size, document.body.innerHTML]).toEqual([0, before]);
  });
});

describe('markFigures: cells in conflict described to screen readers', () => {
  beforeEach(() => { document.body.innerHTML = ARTICLE; });
  const inConflict = () => marked(() => true, [finding('error', 'applications:newReceived.total')]);
  const descriptionOf = (cell: Element) => cell.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);

  it('describes a cell in conflict by an element never shown, in the words given (again in another language), and takes both away', () => {
    const before = document.body.innerHTML;
    const marks = inConflict();
    const cell = document.querySelector('#total')!;
    marks.describe((bindings) => `本年新收·总计。读取值：33。错误：${bindings.length}`);
    expect(descriptionOf(cell)).toEqual(['本年新收·总计。读取值：33。错误：1']);
    expect(document.querySelector<HTMLElement>('[data-grl-descriptions]')!.style.getPropertyValue('display')).toBe('none');
    marks.describe(() => 'Read as: 33');
    expect(descriptionOf(cell)).toEqual(['Read as: 33']);
    expect(document.querySelectorAll('[data-grl-descriptions]').length).toBe(1);
    marks.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('keeps the page\'s own description of a cell, before its own, and gives it back', () => {
    document.querySelector('#total')!.setAttribute('aria-describedby', 'date');
    const before = document.body.innerHTML;
    const marks = inConflict();
    marks.describe(() => '错误');
    expect(descriptionOf(document.querySelector('#total')!)).toEqual(['发布时间：2023-01-30', '错误']);
    marks.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('describes no cell that is only read', () => {
    const marks = marked();
    marks.describe(() => '读取值：33');
    expect(document.querySelector('[aria-describedby]')).toBeNull();
    marks.remove();
  });
});

describe('markFigures: Tab stops', () => {
  // 表三's rows as shanghai-office-2019 prints them, their 总计 cells blank: 予以公开 258 12 … (blank), 部分公开 3 … (blank).
  beforeEach(() => {
    document.body.innerHTML = '<table><tr><td id="g1">258</td><td id="g2">12</td><td id="gt"></td></tr>'
      + '<tr><td id="p1">3</td><td id="p2"></td><td id="pt"></td></tr></table>';
  });
  const bound = (...ids: string[]): FigureBinding<Node>[] => ids.map((id) => ({ ref: { table: 'applications', path: id }, node: document.getElementById(id)! }));
  const stops = () => [...document.querySelectorAll('[tabindex="0"]')].map((cell) => cell.id);

  it('makes each finding in conflict one Tab stop, at the first of its cells on the page, and takes the stops back', () => {
    const before = document.body.innerHTML;
    // Listed out of the page's order: the stop is still the first cell on the page.
    const marks = markFigures(document, bound('g1', 'g2', 'gt', 'p1', 'p2', 'pt'),
      [finding('warning', 'applications:pt', 'applications:gt'), finding('error', 'applications:p1', 'applications:p2'), finding('info', 'applications:g1')], () => {});
    expect([...document.querySelectorAll('[data-grl-conflict]')].map((cell) => cell.id)).toEqual(['gt', 'p1', 'p2', 'pt']);
    expect(stops()).toEqual(['gt', 'p1']);
    marks.remove();
    expect(document.body.innerHTML).toBe(before);
  });

  it('keeps a cell\'s own tabindex, and leaves it on close', () => {
    document.getElementById('gt')!.setAttribute('tabindex', '-1');
    const marks = markFigures(document, bound('gt'), [finding('warning', 'applications:gt')], () => {});
    expect(document.getElementById('gt')!.getAttribute('tabindex')).toBe('-1');
    marks.remove();
    expect(document.getElementById('gt')!.getAttribute('tabindex')).toBe('-1');
  });
});
