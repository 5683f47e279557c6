// Debian's Firefox ESR with the built extension, over raw WebDriver BiDi (Playwright drives only its own
// patched Firefox). Pages are served at their real URLs by an HTTP proxy; the toolbar click, the badge
// and the clipboard are reached from the parent process, which --remote-allow-system-access opens to BiDi.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

const FIREFOX_EXTENSION = resolve('.output/firefox-mv3-e2e');
/** The gecko id in wxt.config.ts. */
const EXTENSION_ID = 'govreport-lens@govreport.invalid';

export interface Firefox {
  /** A new tab, loaded with `url`; its browsing context. */
  open(url: string): Promise<string>;
  /** Loads `url` in the tab of `context`. */
  navigate(context: string, url: string): Promise<void>;
  /** Runs `fn` (a function or its source) in the page's own world with JSON-able arguments; its result, through JSON. */
  evaluate<A extends unknown[], R>(context: string, fn: string | ((...args: A) => R), ...args: A): Promise<Awaited<R>>;
  /** What a click on the toolbar icon does in the tab showing `url` (Firefox's own path: it grants activeTab too). */
  clickIcon(url: string): Promise<void>;
  badgeOf(url: string): Promise<{ text: string; title: string }>;
  /** Every badge text the extension set for the tab showing `url`, in order, from the first call of all on (which starts the count). */
  badgesSetIn(url: string): Promise<string[]>;
  readClipboard(): Promise<string>;
  close(): Promise<void>;
}

/** Firefox with a fresh profile and the extension installed; it can reach `pages` (URL → HTML) and nothing else. */
/** Why the Firefox tests cannot run here: this Firefox gives WebDriver BiDi no access to its browser window. */
export const NO_CHROME_ACCESS = 'Firefox gives WebDriver BiDi no chrome context (moz:scope chrome): the toolbar and badge cannot be reached';

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
  // only once that failed).
  const prefs = {
    'dom.security.https_first': false, 'dom.security.https_first_pbm': false,
    'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': (proxy.address() as AddressInfo).port,
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));

  const firefox = spawn('/usr/bin/firefox-esr',
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--remote-allow-system-access'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  const exited = new Promise<void>((ok) => firefox.once('exit', () => ok()));
  let ws: WebSocket | undefined;
  /** Gives Firefox `graceMs` to quit by itself, then stops it; removes what it leaves. */
  const cleanUp = async (graceMs: number) => {
    ws?.close();
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, graceMs))]);
    firefox.kill();
    await exited;
    proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    // The port is chosen by Firefox and told on its output.
    const endpoint = await new Promise<string>((ok, fail) => {
      let output = '';
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output);
        if (found) ok(found[1]!);
      };
      firefox.stdout.on('data', read);
      firefox.stderr.on('data', read);
      void exited.then(() => fail(new Error(`firefox-esr exited before listening:\n${output}`)));
    });
    const socket = ws = new WebSocket(`${endpoint}/session`);
    await new Promise((ok, fail) => { socket.once('open', ok); socket.once('error', fail); });

    let nextId = 1;
    const pending = new Map<number, { ok(result: unknown): void; fail(error: Error): void }>();
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) return; // an event: none is subscribed to
      pending.delete(message.id!);
      if (message.type === 'error') waiting.fail(new Error(`${message.error}: ${message.message}`));
      else waiting.ok(message.result);
    });
    socket.on('close', () => { for (const { fail } of pending.values()) fail(new Error('Firefox closed the connection')); pending.clear(); });
    const send = <T>(method: string, params: object): Promise<T> => new Promise((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok: ok as (result: unknown) => void, fail: (e) => fail(new Error(`${method}: ${e.message}`)) });
      socket.send(JSON.stringify({ id, method, params }));
    });

    // Arguments and result cross as JSON strings: BiDi's own value serialisation is not needed.
    const evaluate = async (context: string, source: string, args: unknown[]) => {
      const r = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.callFunction', {
        functionDeclaration: `async (json) => JSON.stringify(await (${source})(...JSON.parse(json)))`,
        arguments: [{ type: 'string', value: JSON.stringify(args) }],
        target: { context }, awaitPromise: true, resultOwnership: 'none',
      });
      if (r.type === 'exception') throw new Error(r.exceptionDetails?.text);
      return r.result?.value === undefined ? undefined : JSON.parse(r.result.value);
    };

    await send('session.new', { capabilities: {} });
    await send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION } });
    // The browser window among the chrome contexts: Firefox 140 may list another one (a hidden window) first, and opens the
    // window a moment after it listens.
    let browserWindow: string | undefined;
    for (let tries = 0; !browserWindow && tries < 100; tries++) {
      const { contexts } = await send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' });
      browserWindow = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')?.context;
      if (!browserWindow) await new Promise((ok) => setTimeout(ok, 100));
    }
    // Debian's firefox-esr 140.12 lists no chrome context to WebDriver BiDi even with --remote-allow-system-access: the
    // toolbar click and the badge cannot be reached, which the tests say by skipping (NO_CHROME_ACCESS).
    if (!browserWindow) throw new Error(NO_CHROME_ACCESS);
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

    const navigate = async (context: string, url: string) => { await send('browsingContext.navigate', { context, url, wait: 'complete' }); };

    return {
      async open(url) {
        const { context } = await send<{ context: string }>('browsingContext.create', { type: 'tab' });
        await navigate(context, url);
        return context;
      },
      navigate,
      evaluate: (context, fn, ...args) => evaluate(context, String(fn), args),
      async clickIcon(url) {
        await evaluate(browserWindow, `(url) => { gBrowser.selectedTab = ${tabAt}(url); ${action}.triggerAction(window); }`, [url]);
      },
      badgeOf: (url) => evaluate(browserWindow, `(url) => {
        const tab = ${tabAt}(url);
        return { text: ${action}.action.getProperty(tab, 'badgeText'), title: ${action}.action.getProperty(tab, 'title') };
      }`, [url]),
      // The action's setter is wrapped once: each call with a tab's badge text is noted for that tab.
      badgesSetIn: (url) => evaluate(browserWindow, `(url) => {
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
      readClipboard: () => evaluate(browserWindow, `() => {
        const transferable = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
        transferable.init(null);
        transferable.addDataFlavor('text/plain');
        Services.clipboard.getData(transferable, Ci.nsIClipboard.kGlobalClipboard, window.browsingContext.currentWindowContext);
        const data = {};
        transferable.getTransferData('text/plain', data);
        return data.value.QueryInterface(Ci.nsISupportsString).data;
      }`, []),
      async close() {
        await send('browser.close', {}).catch(() => { /* it may hang up before answering */ });
        await cleanUp(5_000);
      },
    };
  } catch (error) {
    await cleanUp(0);
    throw error;
  }
}
