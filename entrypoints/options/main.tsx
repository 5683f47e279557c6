import { render } from 'preact';
import { Options } from '../../components/Options.tsx';
import { parseDomains } from './settings.ts';
import { loadSettings, saveSettings } from './settings-store.ts';

// An extension page's module script runs once per page load; this is its whole job.
void loadSettings().then((settings) => {
  render(<Options initial={settings} onSave={saveSettings} parseDomains={parseDomains} />, document.getElementById('app')!);
});
