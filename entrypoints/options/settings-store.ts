// Where the settings live: extension storage (sync), read by the background and the annotator; and how the
// reader left the panel (local: a width fits this computer's screen).
import { storage } from 'wxt/utils/storage';
import type { PanelPrefs } from '../../components/Panel.tsx';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

const item = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });

const withDefaults = (saved: Partial<Settings> | null): Settings => ({ ...DEFAULT_SETTINGS, ...saved });

export async function loadSettings(): Promise<Settings> {
  return withDefaults(await item.getValue());
}

/** Calls `changed` with the settings each time they change (saved from the options page, or cleared); returns how to stop. */
export function watchSettings(changed: (settings: Settings) => void): () => void {
  return item.watch((saved) => changed(withDefaults(saved)));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(settings);
}

const panelItem = storage.defineItem<PanelPrefs>('local:panel', { fallback: {} });

export function loadPanelPrefs(): Promise<PanelPrefs> {
  return panelItem.getValue();
}

/** Keeps `change` over what was kept: a width set in one tab does not undo the severities hidden in another. */
export async function savePanelPrefs(change: PanelPrefs): Promise<void> {
  await panelItem.setValue({ ...await panelItem.getValue(), ...change });
}
