import '../annotator.content/zod-without-eval.ts';
import { render } from 'preact';
import { Options } from '../../components/Options.tsx';
import { parseDomains } from './settings.ts';
import { loadSettings, saveSettings } from './settings-store.ts';
import { forgetAll, listRemembered } from './remembered-years.ts';

// An extension page's module script runs once per page load; this is its whole job.
// A count that storage cannot give is unknown (null): the settings must still open, and forgetting stays possible.
void Promise.all([loadSettings(), listRemembered().catch(() => null)]).then(([settings, remembered]) => {
  render(<Options initial={settings} onSave={saveSettings} parseDomains={parseDomains} remembered={remembered} onForget={forgetAll} />,
    document.getElementById('app')!);
});
