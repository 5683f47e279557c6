import { useEffect, useRef } from 'preact/hooks';
import { useMessages } from './i18n.ts';

/** The outcome of the last copy; `fallback` holds the text the clipboard refused, to be copied by hand. */
export interface Feedback { ok: boolean; text: string; fallback?: string }

interface Props {
  onCopyJson: () => void;
  onDownloadJson: () => void;
  onDownloadCsv: () => void;
  onDownloadWarnings: () => void;
  /** The findings as a numbered list to paste into a memo or an article. */
  onCopyFindings: () => void;
  /** The outcome of the last copy, announced to screen readers too. */
  feedback: Feedback | null;
  /** Why there is nothing to copy or download (a page that is not a report: its files would be empty), or null. */
  unavailable: string | null;
}

/** Copy and download the report; the result of a copy shows (and is announced) under the buttons. */
export function ActionBar({ onCopyJson, onDownloadJson, onDownloadCsv, onDownloadWarnings, onCopyFindings, feedback, unavailable }: Props) {
  const t = useMessages();
  const box = useRef<HTMLTextAreaElement>(null);
  const fallback = feedback?.fallback;
  const off = unavailable !== null;
  // The refused text, selected, so that Ctrl+C is all the reader has left to do.
  useEffect(() => {
    box.current?.focus({ preventScroll: true });
    box.current?.select();
  }, [fallback]);
  return (
    <section class="actions" aria-label={t.actions}>
      <div class="buttons">
        <button type="button" class="primary" data-action="copy-json" disabled={off} title={unavailable ?? undefined} onClick={onCopyJson}>{t.copyJson}</button>
        <button type="button" data-action="download-json" disabled={off} title={unavailable ?? undefined} onClick={onDownloadJson}>{t.downloadJson}</button>
        <button type="button" data-action="download-csv" disabled={off} aria-label={t.downloadCsv} title={unavailable ?? t.downloadCsv} onClick={onDownloadCsv}>{t.figuresCsv}</button>
        <button type="button" data-action="download-warnings" disabled={off} aria-label={t.downloadWarnings} title={unavailable ?? t.downloadWarnings} onClick={onDownloadWarnings}>{t.findingsCsv}</button>
        <button type="button" data-action="copy-findings" disabled={off} title={unavailable ?? t.copyFindingsText} onClick={onCopyFindings}>{t.copyFindings}</button>
      </div>
      <p class={`feedback ${feedback?.ok === false ? 'refused' : ''}`} role="status" aria-live="polite">{feedback?.text ?? ''}</p>
      {fallback !== undefined && <textarea ref={box} class="fallback" readOnly rows={8} aria-label={t.copyFallback} value={fallback} />}
    </section>
  );
}
