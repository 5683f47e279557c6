// Debian's Firefox ESR with the built extension, over Marionette (Playwright drives only its own patched Firefox). Pages
// are served at their real URLs by an HTTP proxy; the toolbar click, the badge and the clipboard are reached in the
// parent process, Marionette's chrome context, which --remote-allow-system-access opens. (WebDriver BiDi cannot reach it
// in Firefox 140: its browsingContext.getTree lists tabs only and ignores moz:scope, which later Firefox added.)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HOST, PANEL, waitFor } from './browser.ts';

const FIREFOX_EXTENSION = resolve('.output/firefox-mv3-e2e');
/** The gecko id in wxt.config.ts. */
const EXTENSION_ID = 'govreport-lens@govreport.invalid';

export interface Firefox {
  /** A new tab, loaded with `url`; its window handle. */
  open(url: string): Promise<string>;
  /** Loads `url` in the tab `tab`. */
  navigate(tab: string, url: string): Promise<void>;
  /** Runs `fn` (a function or its source) in the page's own world with JSON-able arguments; its result, through JSON. */
  evaluate<A extends unknown[], R>(tab: string, fn: string | ((...args: A) => R), ...args: A): Promise<Awaited<R>>;
  /** The text of a part of the panel in the tab (`selector` in it), null where the panel shows none. */
  panelText(tab: string, selector: string): Promise<string | null>;
  /** Clicks a part of the panel in the tab. */
  clickInPanel(tab: string, selector: string): Promise<void>;
  /** Clicks the first element of the page `selector` finds as the reader's pointer does (a trusted click, at its middle). */
  clickInPage(tab: string, selector: string): Promise<void>;
  /** Clicks the icon in the tab showing `url` (window handle `tab`), once the panel shows `ready`. */
  showPanel(tab: string, url: string, ready: string): Promise<void>;
  /** Clicks the icon again, once the panel has left the page. */
  closePanel(tab: string, url: string): Promise<void>;
  badgeOf(url: string): Promise<{ text: string; title: string }>;
  /** Every badge text the extension set for the tab showing `url`, in order, from the first call of all on (which starts the count). */
  badgesSetIn(url: string): Promise<string[]>;
  readClipboard(): Promise<string>;
  close(): Promise<void>;
}

/** Where Marionette runs a script: in a tab (its window handle), or in the browser window. */
const CHROME = 'chrome';

/** Firefox with a fresh profile and the extension installed; it can reach `pages` (URL → HTML) and nothing else. */
export async function launchFirefoxWithExtension(pages: Map<string, string>): Promise<Firefox> {
  // A proxy sees every http request with its full URL: that is how a page gets its gov.cn address.
  const proxy = createServer((req, res) => {
    const body = pages.get(req.url ?? '');
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));

  const profile = mkdtempSync(join(tmpdir(), 'grl-ff-'));
  // The proxy serves http only: HTTPS-First would try each new site's address at https:// first (and go back to http
  // only once that failed). Marionette on port 0 takes a free port.
  const prefs = {
    'dom.security.https_first': false, 'dom.security.https_first_pbm': false, 'marionette.port': 0,
    'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': (proxy.address() as AddressInfo).port,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));

  const firefox = spawn('/usr/bin/firefox-esr',
    ['--headless', '--no-remote', '--profile', profile, '--marionette', '--remote-allow-system-access'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  const exited = new Promise<void>((ok) => firefox.once('exit', () => ok()));
  let socket: ReturnType<typeof connect> | undefined;
  /** Gives Firefox `graceMs` to quit by itself, then stops it; removes what it leaves. */
  const cleanUp = async (graceMs: number) => {
    socket?.destroy();
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, graceMs))]);
    firefox.kill();
    await exited;
    proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    // The port is chosen by Firefox and told on its output.
    const port = await new Promise<number>((ok, fail) => {
      let output = '';
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /Marionette\s+INFO\s+Listening on port (\d+)/.exec(output);
        if (found) ok(Number(found[1]));
      };
      firefox.stdout.on('data', read);
      firefox.stderr.on('data', read);
      void exited.then(() => fail(new Error(`firefox-esr exited before listening:\n${output}`)));
    });
    const connection = socket = connect(port, '127.0.0.1');

    // Marionette's messages are each the byte length of their JSON, a colon, the JSON. Firefox greets first (an object,
    // sent before it reads anything); then each command [0, id, name, parameters] is answered by [1, id, error, result].
    let nextId = 1;
    const pending = new Map<number, { ok(result: unknown): void; fail(error: Error): void }>();
    let received = Buffer.alloc(0);
    connection.on('data', (chunk) => {
      received = Buffer.concat([received, chunk]);
      for (let colon = received.indexOf(':'); colon >= 0; colon = received.indexOf(':')) {
        const end = colon + 1 + Number(received.subarray(0, colon).toString());
        if (received.length < end) break;
        const message = JSON.parse(received.subarray(colon + 1, end).toString()) as object | [1, number, { error: string; message: string } | null, unknown];
        received = received.subarray(end);
        if (!Array.isArray(message)) continue;
        const [, id, error, result] = message;
        const waiting = pending.get(id)!;
        pending.delete(id);
        if (error) waiting.fail(new Error(`${error.error}: ${error.message}`));
        else waiting.ok(result);
      }
    });
    const hungUp = () => { for (const { fail } of pending.values()) fail(new Error('Firefox closed the connection')); pending.clear(); };
    connection.on('close', hungUp);
    connection.on('error', hungUp);
    const send = <T>(name: string, parameters: object): Promise<T> => new Promise((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok: ok as (result: unknown) => void, fail: (e) => fail(new Error(`${name}: ${e.message}`)) });
      const json = JSON.stringify([0, id, name, parameters]);
      connection.write(`${Buffer.byteLength(json)}:${json}`);
    });

    // Marionette runs each command where the last switch left it (a tab, or the browser window): one at a time, then.
    let queue = Promise.resolve();
    const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
      const done = queue.then(work);
      queue = done.then(() => undefined, () => undefined);
      return done;
    };
    let at: string | undefined;
    let inChrome = false;
    /** Makes `target` (a tab's handle, or CHROME) where the next command runs. */
    const goTo = async (target: string) => {
      if ((target === CHROME) !== inChrome) {
        inChrome = target === CHROME;
        await send('Marionette:SetContext', { value: inChrome ? 'chrome' : 'content' });
      }
      if (target !== CHROME && target !== at) {
        await send('WebDriver:SwitchToWindow', { handle: target });
        at = target;
      }
    };
    // Arguments and result cross as JSON strings. A content script runs in a sandbox over the page's window without
    // Xrays, which sees what the page's own scripts see.
    const evaluate = (target: string, source: string, args: unknown[]) => inTurn(async () => {
      await goTo(target);
      const { value } = await send<{ value: string | null }>('WebDriver:ExecuteScript', {
        script: `return (async (json) => JSON.stringify(await (${source})(...JSON.parse(json))))(arguments[0])`,
        args: [JSON.stringify(args)],
      });
      return value === null ? undefined : JSON.parse(value);
    });

    await send('WebDriver:NewSession', {});
    await send('Addon:Install', { path: FIREFOX_EXTENSION, temporary: true });
    // In the browser window: the extension's toolbar action, and the tab showing a URL.
    const action = `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      return ExtensionParent.apiManager.global.browserActionFor(ExtensionParent.GlobalManager.getExtension(${JSON.stringify(EXTENSION_ID)}));
    })()`;
    const tabAt = `((url) => {
      const tab = [...gBrowser.tabs].find((t) => t.linkedBrowser.currentURI.spec === url);
      if (!tab) throw new Error('no tab at ' + url);
      return tab;
    })`;

    // Navigating waits for the page's load event (Marionette's default page load strategy, normal).
    const navigate = (tab: string, url: string) => inTurn(async () => { await goTo(tab); await send('WebDriver:Navigate', { url }); });
    // What a click on the toolbar icon does in the tab showing `url` (Firefox's own path: it grants activeTab too).
    const clickIcon = async (url: string) => {
      await evaluate(CHROME, `(url) => { gBrowser.selectedTab = ${tabAt}(url); ${action}.triggerAction(window); }`, [url]);
    };
    // In the page: the panel's part, through the host's shadow root.
    const part = (host: string, selector: string) => document.querySelector(host)?.shadowRoot?.querySelector(selector) as HTMLElement | null | undefined;
    const panelText = (tab: string, selector: string): Promise<string | null> =>
      evaluate(tab, `(host, selector) => (${part})(host, selector)?.textContent ?? null`, [HOST, `${PANEL} ${selector}`]);

    return {
      async open(url) {
        // Focused, as a tab the user opens would be.
        const { handle } = await inTurn(() => send<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true }));
        await navigate(handle, url);
        return handle;
      },
      navigate,
      evaluate: (tab, fn, ...args) => evaluate(tab, String(fn), args),
      panelText,
      async clickInPanel(tab, selector) {
        await evaluate(tab, `(host, selector) => { (${part})(host, selector).click(); }`, [HOST, `${PANEL} ${selector}`]);
      },
      clickInPage: (tab, selector) => inTurn(async () => {
        await goTo(tab);
        const { value } = await send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
        await send('WebDriver:ElementClick', { id: Object.values(value)[0] });
      }),
      async showPanel(tab, url, ready) {
        await clickIcon(url);
        await waitFor(() => panelText(tab, ready), (text) => text !== null);
      },
      async closePanel(tab, url) {
        await clickIcon(url);
        await waitFor(() => evaluate(tab, '(host) => document.querySelector(host) === null', [HOST]), (gone) => gone);
      },
      badgeOf: (url) => evaluate(CHROME, `(url) => {
        const tab = ${tabAt}(url);
        return { text: ${action}.action.getProperty(tab, 'badgeText'), title: ${action}.action.getProperty(tab, 'title') };
      }`, [url]),
      // The action's setter is wrapped once: each call with a tab's badge text is noted for that tab.
      badgesSetIn: (url) => evaluate(CHROME, `(url) => {
        const action = ${action}.action;
        if (!window.grlBadgesSet) {
          window.grlBadgesSet = new WeakMap();
          const set = action.setProperty.bind(action);
          action.setProperty = (target, prop, value) => {
            if (prop === 'badgeText') window.grlBadgesSet.set(target, [...(window.grlBadgesSet.get(target) ?? []), value]);
            return set(target, prop, value);
          };
        }
        return window.grlBadgesSet.get(${tabAt}(url)) ?? [];
      }`, [url]),
      readClipboard: () => evaluate(CHROME, `() => {
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
        const data = {};
        transferable.getTransferData('text/plain', data);
        return data.value.QueryInterface(Ci.nsISupportsString).data;
      }`, []),
      async close() {
        await send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => { /* it may hang up before answering */ });
        await cleanUp(5_000);
      },
    };
  } catch (error) {
    await cleanUp(0);
    throw error;
  }
}
