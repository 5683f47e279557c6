// The extension's storage.local as the unit tests give it: a map, read by one key, a list of keys or (null) all.
import { vi } from 'vitest';

export const storageArea = (stored: Map<string, unknown>) => ({
  get: vi.fn(async (keys: string | string[] | null) => Object.fromEntries(
    (keys === null ? [...stored.keys()] : [keys].flat()).flatMap((k) => (stored.has(k) ? [[k, stored.get(k)]] : [])))),
  set: vi.fn(async (items: Record<string, unknown>) => { for (const [k, v] of Object.entries(items)) stored.set(k, v); }),
  remove: vi.fn(async (keys: string[]) => { for (const k of keys) stored.delete(k); }),
});

/** The reports remembered (entrypoints/options/year-store.ts), without the lists of their names. */
export const rememberedIn = (stored: Map<string, unknown>): unknown[] => [...stored].flatMap(([k, v]) => (k.startsWith('year:') ? [v] : []));
