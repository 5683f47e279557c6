// The hidden tab's decisions on 平潭's page as served: its 文字版 (.word_con) hidden by the inline display avalon's
// ms-visible writes, beside the 全真版 box (.pic_con) that shows the PDF viewer.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { before, boxesToShow, displayOf, hiddenTab, switchedByPage, tabState, toRestore, type Shown } from './hidden-tab.ts';

const PAGE = readFileSync('test/fixtures/tabs/pingtan-2025-qzb.html', 'utf8');
// The page's stylesheet and its 全真版 viewer are not served here: the page goes without them, as offline.
const window = new Window({ settings: { disableCSSFileLoading: true, disableIframePageLoading: true, disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, handleDisabledFileLoadingAsSuccess: true } });
const { getComputedStyle } = window as unknown as typeof globalThis;

/**
 * The layout a browser gives (happy-dom lays nothing out): no box where the element or one around it has display none, by
 * its styles (happy-dom computes them) or its hidden attribute (the browser's own stylesheet, which an inline display overrides).
 */
function isHidden(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (getComputedStyle(at).display === 'none' || (at.hasAttribute('hidden') && !(at as HTMLElement).style.display)) return true;
  }
  return false;
}

let page: Document, word: HTMLElement, pic: HTMLElement;
beforeEach(() => {
  page = window.document as unknown as Document;
  page.documentElement.innerHTML = PAGE;
  word = page.querySelector('.word_con')!;
  pic = page.querySelector('.pic_con')!;
});

/** What show() does to the 文字版 hidden by its inline display: that display taken away; what it found and left. */
function showWord(): Shown {
  const was = before(word, [word], isHidden);
  word.style.removeProperty('display');
  return { ...was, ours: word.getAttribute('style') };
}

describe('the hidden tab\'s decisions, on 平潭\'s page', () => {
  it('shows the 文字版 the page hides, not once the page\'s switch shows it, nor a box hidden only by one shown before it', () => {
    expect([...boxesToShow([word], isHidden)]).toEqual([word]);
    const area = word.querySelector<HTMLElement>('.article_area')!;
    const boxes = boxesToShow([word, area], isHidden);
    expect(boxes.next().value).toBe(word);
    word.style.display = 'block';
    expect(boxes.next().done).toBe(true);
    expect([...boxesToShow([word], isHidden)]).toEqual([]);
  });

  it('records the 文字版\'s attributes as the page wrote them, and the 全真版 box beside it as showing, not the tab itself', () => {
    expect(before(word, [word], isHidden)).toEqual({ style: 'display: none;', hidden: null, beside: [[pic, false]] });
    word.removeAttribute('style');
    word.setAttribute('hidden', '');
    expect(before(word, [word], isHidden)).toEqual({ style: null, hidden: '', beside: [[pic, false]] });
  });

  it('shows a box its own display left hidden as its kind of box: the 文字版 as a block, a table of it as a table', () => {
    expect(displayOf(word)).toBe('block');
    expect(displayOf(word.querySelector('table')!)).toBe('table');
  });

  it('tells the page\'s switch from what show() left: the display set anew, the hidden attribute, or the 全真版 box hidden beside it', () => {
    const shown = showWord();
    expect(switchedByPage(word, shown, isHidden)).toBe(false);
    word.style.display = 'block';
    expect(switchedByPage(word, shown, isHidden)).toBe(true);
    word.style.removeProperty('display');
    expect(switchedByPage(word, shown, isHidden)).toBe(false);
    word.setAttribute('hidden', '');
    expect(switchedByPage(word, shown, isHidden)).toBe(true);
    word.removeAttribute('hidden');
    pic.style.display = 'none';
    expect(switchedByPage(word, shown, isHidden)).toBe(true);
  });

  it('says who shows the tab: hidden as served, the panel once shown, the page once its switch wrote to it, hidden once it hid it again', () => {
    expect(tabState([word], new Map(), isHidden)).toBe('hidden');
    expect(tabState([], new Map(), isHidden)).toBe('hidden');
    const shown = new Map([[word, showWord()]]);
    expect(tabState([word], shown, isHidden)).toBe('panel');
    pic.style.display = 'none';
    expect(tabState([word], shown, isHidden)).toBe('page');
    pic.removeAttribute('style');
    word.style.display = 'none';
    expect(tabState([word], shown, isHidden)).toBe('hidden');
    word.style.display = 'block';
    expect(tabState([word], new Map(), isHidden)).toBe('page');
  });

  it('gives back the 文字版\'s own style where the page\'s switch has not written since, and nothing where it has', () => {
    const shown = new Map([[word, showWord()]]);
    expect([...toRestore([word], shown, isHidden)]).toEqual([[word, 'display: none;']]);
    pic.style.display = 'none';
    expect([...toRestore([word], shown, isHidden)]).toEqual([]);
  });
});

describe('the hidden tab on 平潭\'s page, laid out as given', () => {
  it('shows the 文字版 and gives the page back exactly', () => {
    const served = page.body.innerHTML;
    const tab = hiddenTab([word], isHidden);
    tab.show();
    expect([isHidden(word), tab.state()]).toEqual([false, 'panel']);
    tab.restore();
    expect(page.body.innerHTML).toBe(served);
  });

  it('shows a 文字版 hidden by its hidden attribute over it, as a block, and gives the attribute and no style back', () => {
    word.removeAttribute('style');
    word.setAttribute('hidden', '');
    const served = word.outerHTML.slice(0, word.outerHTML.indexOf('>') + 1);
    const tab = hiddenTab([word], isHidden);
    tab.show();
    expect([word.getAttribute('style'), tab.state()]).toEqual(['display: block !important;', 'panel']);
    tab.restore();
    expect(word.outerHTML.slice(0, word.outerHTML.indexOf('>') + 1)).toBe(served);
  });

  it('leaves the 文字版 shown on close where the page\'s switch hid the 全真版 box meanwhile', () => {
    const tab = hiddenTab([word], isHidden);
    tab.show();
    pic.style.display = 'none';
    tab.restore();
    expect([isHidden(word), tab.state()]).toEqual([false, 'page']);
  });
});

// The 文字版's box inside another box the template hides, as TRS templates nest them: here 平潭's own tabs_bd box
// (holding the 全真版 and 文字版 boxes) given the display none the 文字版 has. The walk gives the outer box first.
const NESTED = PAGE.replace('<div class="tabs_content tabs_bd">', '<div class="tabs_content tabs_bd" style="display: none;">');

describe('the hidden tab on 平潭\'s page with the 文字版\'s box inside another hidden box', () => {
  let outer: HTMLElement;
  beforeEach(() => {
    page.documentElement.innerHTML = NESTED;
    outer = page.querySelector('.tabs_bd')!;
    word = page.querySelector('.word_con')!;
  });

  it('shows both boxes and gives both back exactly: the outer one given back does not make the inner one look switched', () => {
    const served = page.body.innerHTML;
    const tab = hiddenTab([outer, word], isHidden);
    tab.show();
    expect([isHidden(outer), isHidden(word), tab.state()]).toEqual([false, false, 'panel']);
    tab.restore();
    expect(page.body.innerHTML).toBe(served);
  });

  it('keeps the page\'s switch hiding the outer box meanwhile and gives the 文字版\'s box back under it: the page as served', () => {
    const served = page.body.innerHTML;
    const tab = hiddenTab([outer, word], isHidden);
    tab.show();
    outer.style.display = 'none';
    expect(tab.state()).toBe('hidden');
    tab.restore();
    expect(page.body.innerHTML).toBe(served);
  });

  it('leaves the whole tab shown on close where the page\'s switch showed the outer box meanwhile', () => {
    const tab = hiddenTab([outer, word], isHidden);
    tab.show();
    outer.style.display = 'block';
    expect(tab.state()).toBe('page');
    tab.restore();
    expect([outer.getAttribute('style'), isHidden(word), tab.state()]).toEqual(['display: block;', false, 'page']);
  });
});
