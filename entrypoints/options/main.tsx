import { render } from 'preact';
import { Options } from '../../components/Options.tsx';
import { loadSettings, parseDomains, saveSettings } from './settings.ts';

// An extension page's module script runs once per page load; this is its whole job.
void loadSettings().then((settings) => {
  render(<Options initial={settings} onSave={saveSettings} parseDomains={parseDomains} />, document.getElementById('app')!);
});
