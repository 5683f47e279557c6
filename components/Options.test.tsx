// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, parseDomains } from '../entrypoints/options/settings.ts';
import { Options } from './Options.tsx';

afterEach(() => render(null, document.body));

// So many reports remembered, one issuer's years from 2010 on, each at its address.
const reports = (n: number) => Array.from({ length: n }, (_, i) => ({ issuer: '平潭综合实验区管委会', year: 2010 + i, url: `https://www.pingtan.gov.cn/nb/${2010 + i}.htm` }));

describe('Options', () => {
  it('saves each change at once, trusted domains cleaned up', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<Options initial={DEFAULT_SETTINGS} onSave={onSave} parseDomains={parseDomains} remembered={[]} onForget={() => Promise.resolve()} />, document.body);
    const [autoCheck] = document.body.querySelectorAll<HTMLInputElement>('input[type=checkbox]');
    autoCheck!.click();
    expect(onSave).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, autoCheck: false });
    const area = document.body.querySelector('textarea')!;
    area.value = 'https://www.example.org/path\n*.mirror.net, bogus';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onSave).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, autoCheck: false, trustedDomains: ['www.example.org', 'mirror.net'] });
  });

  // UX review 2 §5: a domain typed was saved only on blur, lost on reload; http://foo stayed in the box as if accepted.
  it('saves the trusted domains as they are typed, and marks the entries that will not be used', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<Options initial={{ ...DEFAULT_SETTINGS, trustedDomains: ['www.tieling-mirror.example'] }} onSave={onSave} parseDomains={parseDomains}
      remembered={[]} onForget={() => Promise.resolve()} />, document.body);
    const area = document.body.querySelector('textarea')!;
    const type = async (text: string) => {
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
    };
    await type('www.tieling-mirror.example\nabc.example.org');
    expect(onSave).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, trustedDomains: ['www.tieling-mirror.example', 'abc.example.org'] });
    expect(document.body.querySelector('[data-testid=ignored-domains]')).toBeNull();
    const saves = onSave.mock.calls.length;
    await type('www.tieling-mirror.example\nabc.example.org\nhttp://foo');
    expect(onSave.mock.calls.length).toBe(saves); // no domain changed
    expect(document.body.querySelector('[data-testid=ignored-domains]')!.textContent).toBe('以下不是域名，不会使用：http://foo');
    expect(area.getAttribute('aria-describedby')).toBe('grl-ignored');
  });

  it('switches its own language with the setting', async () => {
    render(<Options initial={DEFAULT_SETTINGS} onSave={() => Promise.resolve()} parseDomains={parseDomains} remembered={[]} onForget={() => Promise.resolve()} />, document.body);
    const select = document.body.querySelector('select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.body.querySelector('h1')!.textContent).toBe('GovReport Lens settings');
    // ux6: the tab kept 年报透视 设置, and the page outside <main> said zh-CN.
    expect([document.title, document.documentElement.lang]).toEqual(['GovReport Lens settings', 'en']);
    expect(document.body.querySelector<HTMLButtonElement>('[data-action=forget]')!.textContent).toBe('No reports remembered');
  });

  it('remembers reports for cross-year checks unless told not to, and forgets them on request', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    const onForget = vi.fn(() => Promise.resolve());
    render(<Options initial={DEFAULT_SETTINGS} onSave={onSave} parseDomains={parseDomains} remembered={reports(12)} onForget={onForget} />, document.body);
    const remember = document.body.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[2]!;
    expect(remember.checked).toBe(true);
    remember.click();
    expect(onSave).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, rememberReports: false });
    const forget = document.body.querySelector<HTMLButtonElement>('button')!;
    expect(forget.textContent).toBe('清除记住的 12 份年报');
    // UX review 2 §5: one stray click cleared all 38; it asks first, with the count.
    forget.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.body.querySelector('[data-testid=confirm-forget]')!.textContent).toBe('清除全部 12 份记住的年报？清除后无法恢复，跨年比对要重新读取各年报告。 确认清除 取消');
    document.body.querySelector<HTMLButtonElement>('[data-action=cancel-forget]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(onForget).not.toHaveBeenCalled();
    expect(document.body.querySelector('[data-testid=confirm-forget]')).toBeNull();
    forget.click();
    await new Promise((r) => setTimeout(r, 0));
    document.body.querySelector<HTMLButtonElement>('[data-action=confirm-forget]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(onForget).toHaveBeenCalledOnce();
    expect(forget.textContent).toBe('没有记住的年报');
    expect(forget.disabled).toBe(true);
  });

  it('says so when the browser refuses to forget, and still counts what is remembered', async () => {
    render(<Options initial={DEFAULT_SETTINGS} onSave={() => Promise.resolve()} parseDomains={parseDomains} remembered={reports(3)}
      onForget={() => Promise.reject(new Error('QUOTA'))} />, document.body);
    const forget = document.body.querySelector<HTMLButtonElement>('button')!;
    forget.click();
    await new Promise((r) => setTimeout(r, 0));
    document.body.querySelector<HTMLButtonElement>('[data-action=confirm-forget]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    const status = document.body.querySelector('[role=status]')!;
    expect(status.textContent).toBe('未能清除：浏览器拒绝了对扩展存储的访问');
    expect(forget.textContent).toBe('清除记住的 3 份年报');
    document.body.querySelector<HTMLInputElement>('input[type=checkbox]')!.click(); // a later change, saved
    await new Promise((r) => setTimeout(r, 0));
    expect(status.textContent).toBe('已保存');
  });

  // ui39: the page said how many reports this computer keeps, never which: the reader could not see what was stored before forgetting it.
  it('shows the reports remembered, each by issuer and year linked to its page, and none once forgotten', async () => {
    const remembered = [...reports(2), { issuer: '宣州区杨柳镇人民政府', year: 2019, url: null }];
    render(<Options initial={{ ...DEFAULT_SETTINGS, language: 'en' }} onSave={() => Promise.resolve()} parseDomains={parseDomains}
      remembered={remembered} onForget={() => Promise.resolve()} />, document.body);
    const list = document.body.querySelector('[data-testid=remembered-reports]')!;
    expect(list.querySelector('summary')!.textContent).toBe('See the 3 reports remembered');
    expect([...list.querySelectorAll('li')].map((li) => [li.textContent, li.querySelector('a')?.getAttribute('href') ?? null])).toEqual([
      ['平潭综合实验区管委会, 2010', 'https://www.pingtan.gov.cn/nb/2010.htm'],
      ['平潭综合实验区管委会, 2011', 'https://www.pingtan.gov.cn/nb/2011.htm'],
      ['宣州区杨柳镇人民政府, 2019', null],
    ]);
    document.body.querySelector<HTMLButtonElement>('[data-action=forget]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    document.body.querySelector<HTMLButtonElement>('[data-action=confirm-forget]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.body.querySelector('[data-testid=remembered-reports]')).toBeNull();
  });

  it('lets the user forget what storage could not count', () => {
    render(<Options initial={DEFAULT_SETTINGS} onSave={() => Promise.resolve()} parseDomains={parseDomains} remembered={null}
      onForget={() => Promise.resolve()} />, document.body);
    const forget = document.body.querySelector<HTMLButtonElement>('button')!;
    expect(forget.disabled).toBe(false);
    expect(forget.textContent).toBe('清除记住的年报');
  });
});
