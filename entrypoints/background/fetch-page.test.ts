import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from './fetch-page.ts';

// Two servers on this machine: the portal the frame is on, and another port of the same host.
let portal: Server, other: Server, base: string, otherBase: string;
const GBK_PAGE = Buffer.from([...Buffer.from('<html><body><p>'), 0xc4, 0xea, 0xb1, 0xa8, ...Buffer.from('</p></body></html>')]); // 年报 in GBK

beforeAll(async () => {
  portal = createServer((req, res) => {
    switch (req.url) {
      case '/2019.html': res.writeHead(200, { 'content-type': 'text/html; charset=GBK' }); res.end(GBK_PAGE); return;
      case '/away': res.writeHead(302, { location: `${otherBase}/2019.html` }); res.end(); return;
      case '/report.pdf': res.writeHead(200, { 'content-type': 'application/pdf' }); res.end('%PDF-1.4'); return;
      case '/huge': res.writeHead(200, { 'content-type': 'text/html' }); res.end(Buffer.alloc(9 * 1024 * 1024, 0x20)); return;
      default: res.writeHead(404); res.end();
    }
  });
  other = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html' }); res.end('<html><body>elsewhere</body></html>'); });
  await Promise.all([portal, other].map((s) => new Promise<void>((done) => s.listen(0, '127.0.0.1', done))));
  base = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(() => { portal.close(); other.close(); });

describe('fetchPage', () => {
  it('reads a page of the frame\'s own site, decoded by the charset the server names', async () => {
    const page = await fetchPage(`${base}/2019.html`, `${base}/2020.html`);
    expect(page).toMatchObject({ ok: true, url: `${base}/2019.html` });
    expect(page.ok && page.html).toContain('<p>年报</p>');
  });

  it('asks nothing of another port or site, nor follows a redirect there', async () => {
    expect(await fetchPage(`${otherBase}/2019.html`, `${base}/2020.html`)).toEqual({ ok: false, problem: { kind: 'other-site', site: '127.0.0.1' } });
    expect(await fetchPage('http://example.org/2019.html', `${base}/2020.html`)).toMatchObject({ ok: false, problem: { kind: 'other-site' } });
    expect(await fetchPage(`${base}/away`, `${base}/2020.html`)).toMatchObject({ ok: false, problem: { kind: 'other-site' } });
  });

  it('refuses a file and a page too large to be a report\'s, and names the server\'s answer', async () => {
    expect(await fetchPage(`${base}/report.pdf`, `${base}/2020.html`)).toEqual({ ok: false, problem: { kind: 'not-page', type: 'application/pdf' } });
    expect(await fetchPage(`${base}/huge`, `${base}/2020.html`)).toEqual({ ok: false, problem: { kind: 'unreachable', cause: 'too-large' } });
    expect(await fetchPage(`${base}/gone.html`, `${base}/2020.html`)).toEqual({ ok: false, problem: { kind: 'unreachable', cause: 404 } });
  });
});
