// The year store (year-store.ts) as the annotator and the options page use it: each ask a message to the background,
// which runs them one at a time for every tab and page, so that none overwrites what another wrote.
import { browser } from 'wxt/browser';
import type { YearSummary } from '../../lib/years/summary.ts';
import type { RememberedReport, YearsAnswer, YearsAsk } from './year-store.ts';

async function ask<T>(asking: YearsAsk): Promise<T> {
  const answer: YearsAnswer | undefined = await browser.runtime.sendMessage(asking);
  // No answer: a background not listening (yet), as a refused storage, is an error the caller words.
  if (!answer) throw new Error('the background did not answer');
  if (!answer.ok) throw new Error(answer.message);
  return answer.value as T;
}

export const adjacentYears = (own: YearSummary) => ask<YearSummary[]>({ type: 'grl:years', ask: 'adjacent', own });
export const rememberYear = (own: YearSummary) => ask<null>({ type: 'grl:years', ask: 'remember', own }).then(() => {});
export const listRemembered = () => ask<RememberedReport[]>({ type: 'grl:years', ask: 'list' });
export const forgetAll = () => ask<null>({ type: 'grl:years', ask: 'forget' }).then(() => {});
