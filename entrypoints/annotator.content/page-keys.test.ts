// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { panelKeyOnPage, type PanelKey } from './page-keys.ts';

// 上海's report in a portal (ux4: its site search box and an image preview in a <dialog>), a cell marked, an editor of the page's.
beforeEach(() => {
  document.body.innerHTML = '<input id="site-search" placeholder="站内搜索"><dialog id="preview"><p>图片预览</p></dialog>'
    + '<div id="comment" contenteditable="true">留言</div><select id="year"><option>2019</option></select>'
    + '<table><tr><td>总计</td><td id="cell" data-grl-figure="">258</td></tr></table><p id="text">正文</p>';
});

/** `key` pressed on the element `id` (the body where none): what it asked of the panel, the page's listeners run first. */
function press(id: string | null, init: KeyboardEventInit = {}, handled = false): PanelKey | null {
  let asked: PanelKey | null | undefined;
  const target = id ? document.getElementById(id)! : document.body;
  const page = (e: Event) => { if (handled) e.preventDefault(); };
  const panel = (e: Event) => { asked = panelKeyOnPage(e as KeyboardEvent); };
  target.addEventListener('keydown', page);
  window.addEventListener('keydown', panel);
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true, ...init }));
  target.removeEventListener('keydown', page);
  window.removeEventListener('keydown', panel);
  return asked!;
}

it('closes on Esc from the page\'s body or text, and from a marked cell', () => {
  expect([press(null), press('text'), press('cell')]).toEqual(['close', 'close', 'close']);
});

it('leaves Esc to the page\'s search box, its editors and lists, and to a key its script handled', () => {
  expect([press('site-search'), press('comment'), press('year'), press('text', {}, true)]).toEqual([null, null, null, null]);
  // …and to an input method composing.
  expect(press('text', { isComposing: true })).toBe(null);
  // Other keys are none of its business.
  expect([press('cell', { key: 'Enter' }), press('text', { key: 'j' }), press('text', { key: '?' })]).toEqual([null, null, null]);
});

it('leaves Esc to the page\'s dialog while one is open, a <dialog> or a script\'s modal box', () => {
  document.getElementById('preview')!.setAttribute('open', '');
  expect(press('text')).toBe(null);
  document.getElementById('preview')!.removeAttribute('open');
  document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true">登录</div>');
  expect(press('text')).toBe(null);
});

// ux11: a figure of 表三 clicked on the page chose its finding of eleven places, the focus left on the page: n did nothing.
it('goes through the chosen finding\'s places on n / p from the page\'s text or a marked cell, not as typed in its fields or with a modifier', () => {
  expect([press(null, { key: 'n' }), press('cell', { key: 'p' }), press('text', { key: 'n' })]).toEqual(['next-place', 'previous-place', 'next-place']);
  expect([press('site-search', { key: 'n' }), press('comment', { key: 'p' }), press('text', { key: 'n' }, true)]).toEqual([null, null, null]);
  // Ctrl+P prints, Alt+N is a portal's access key: the page's and the browser's.
  expect([press('text', { key: 'p', ctrlKey: true }), press('cell', { key: 'n', altKey: true }), press('text', { key: 'N', shiftKey: true })]).toEqual([null, null, null]);
});
