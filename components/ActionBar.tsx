import { useMessages } from './i18n.ts';

export interface Feedback { ok: boolean; text: string }

interface Props {
  onCopyJson: () => void;
  onDownloadJson: () => void;
  onDownloadCsv: () => void;
  /** The outcome of the last copy, announced to screen readers too. */
  feedback: Feedback | null;
}

/** Copy and download the report; the result of a copy shows (and is announced) under the buttons. */
export function ActionBar({ onCopyJson, onDownloadJson, onDownloadCsv, feedback }: Props) {
  const t = useMessages();
  return (
    <section class="actions" aria-label={t.actions}>
      <div class="buttons">
        <button type="button" class="primary" data-action="copy-json" onClick={onCopyJson}>{t.copyJson}</button>
        <button type="button" data-action="download-json" onClick={onDownloadJson}>{t.downloadJson}</button>
        <button type="button" data-action="download-csv" onClick={onDownloadCsv}>{t.downloadCsv}</button>
      </div>
      <p class={`feedback ${feedback?.ok === false ? 'refused' : ''}`} role="status" aria-live="polite">{feedback?.text ?? ''}</p>
    </section>
  );
}
