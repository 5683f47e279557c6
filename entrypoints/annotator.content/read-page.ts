// Runs the engine over this frame's live document, exactly as the CLI runs it over a saved page.
import type { Attachment } from '../../components/Panel.tsx';
import { extract, type FigureBinding } from '../../lib/extract.ts';
import { pageFromDom } from '../../lib/page/dom-source.ts';
import type { Report } from '../../lib/schema.ts';

export type Reading =
  | { ok: true; report: Report; bindings: FigureBinding<Node>[]; attachments: Attachment[] }
  | { ok: false; message: string };

/** Never throws: a page the engine cannot read gives a reading that says why. */
export function readPage(doc: Document, trustedDomains: string[]): Reading {
  try {
    const page = pageFromDom(doc);
    const { report, bindings } = extract(page, { url: doc.location.href, trustedDomains });
    const attachments = page.attachments.map((a) => ({ href: new URL(a.href, doc.baseURI).href, text: a.text }));
    return { ok: true, report, bindings, attachments };
  } catch (error) {
    console.error('[GovReport Lens]', error);
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
