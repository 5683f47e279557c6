// Where the settings live: extension storage (sync), read by the background and the annotator.
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings.ts';

const item = storage.defineItem<Partial<Settings>>('sync:settings', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await item.getValue()) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await item.setValue(settings);
}
