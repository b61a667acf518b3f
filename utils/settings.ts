import { storage } from 'wxt/utils/storage';
import { diffFromDefaults, resolveSettings, type Settings } from '../glossary/settings-schema';

/**
 * Settings live in sync storage as a partial object holding only what the user changed.
 * Version 1 is the first stored shape; later shapes add migrations here, each with a unit test.
 */
export const settingsItem = storage.defineItem<Partial<Settings>>('sync:settings', {
  fallback: {},
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return resolveSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem.setValue(diffFromDefaults(next));
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(resolveSettings(value)));
}
