// @vitest-environment happy-dom
import { beforeEach, expect, it } from 'vitest';
import { escapeClosesPanel } from './escape-key.ts';

// 上海's report in a portal (ux4: its site search box and an image preview in a <dialog>), a cell marked, an editor of the page's.
beforeEach(() => {
  document.body.innerHTML = '<input id="site-search" placeholder="站内搜索"><dialog id="preview"><p>图片预览</p></dialog>'
    + '<div id="comment" contenteditable="true">留言</div><select id="year"><option>2019</option></select>'
    + '<table><tr><td>总计</td><td id="cell" data-grl-figure="">258</td></tr></table><p id="text">正文</p>';
});

/** Esc pressed on the element `id` (the body where none): whether it closed the panel, and the page's listeners run first. */
function escape(id: string | null, init: KeyboardEventInit = {}, handled = false): boolean {
  let closes: boolean | null = null;
  const target = id ? document.getElementById(id)! : document.body;
  const page = (e: Event) => { if (handled) e.preventDefault(); };
  const panel = (e: Event) => { closes = escapeClosesPanel(e as KeyboardEvent); };
  target.addEventListener('keydown', page);
  window.addEventListener('keydown', panel);
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true, ...init }));
  target.removeEventListener('keydown', page);
  window.removeEventListener('keydown', panel);
  return closes!;
}

it('closes on Esc from the page\'s body or text, and from a marked cell', () => {
  expect([escape(null), escape('text'), escape('cell')]).toEqual([true, true, true]);
});

it('leaves Esc to the page\'s search box, its editors and lists, and to a key its script handled', () => {
  expect([escape('site-search'), escape('comment'), escape('year'), escape('text', {}, true)]).toEqual([false, false, false, false]);
  // …and to an input method composing.
  expect(escape('text', { isComposing: true })).toBe(false);
  // Other keys are none of its business.
  expect(escape('cell', { key: 'Enter' })).toBe(false);
});

it('leaves Esc to the page\'s dialog while one is open, a <dialog> or a script\'s modal box', () => {
  document.getElementById('preview')!.setAttribute('open', '');
  expect(escape('text')).toBe(false);
  document.getElementById('preview')!.removeAttribute('open');
  document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true">登录</div>');
  expect(escape('text')).toBe(false);
});
