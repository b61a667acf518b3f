import { storage } from 'wxt/utils/storage';
import { readStoredKey, watchStoredKey } from './stored-key';
import { diffFromDefaults, migrateSiteList, resolveSettings, SETTINGS_VERSION, type Settings } from '../../glossary/settings-schema';

/**
 * Settings live in sync storage as a partial object holding only what the user changed.
 * Version 1 is the first stored shape. Version 2 gives each site mode its own list
 * (`pausedSites`, `allowedSites`) in place of the one `sites` list; resolveSettings reads the
 * old shape too, because another device or an old backup may still hold it.
 *
 * This module is the item's only writer: updateSettings for a change, replaceSettings for a restore.
 */
const SETTINGS_KEY = 'settings';

/**
 * The item is defined on the first write, not on import: defining a versioned item checks its
 * migrations (storage reads under a lock) at once, and every web page reads the settings. Reads go
 * straight to sync storage, because resolveSettings takes any stored version.
 */
let item: ReturnType<typeof defineSettingsItem> | null = null;
const settingsItem = () => (item ??= defineSettingsItem());

function defineSettingsItem() {
  return storage.defineItem<Partial<Settings>>(`sync:${SETTINGS_KEY}`, {
    fallback: {},
    version: SETTINGS_VERSION,
    migrations: {
      2: (stored: unknown) => migrateSiteList(stored) as Partial<Settings>,
    },
  });
}

/**
 * Rewrites settings stored in an older shape in the current one (the item's migrations). The
 * background and the extension pages run it when they start; web pages never do (see above).
 */
export async function migrateStoredSettings(): Promise<void> {
  try {
    // Reading the item waits for the migrations its definition started.
    await settingsItem().getValue();
  } catch (error) {
    // The settings still read as they meant (resolveSettings takes the old shape); only the rewrite waits.
    console.error('Termlight could not update stored settings:', error);
  }
}

export async function loadSettings(): Promise<Settings> {
  return resolveSettings((await readStoredKey('sync', SETTINGS_KEY)) ?? {});
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await settingsItem().setValue(diffFromDefaults(next));
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchStoredKey('sync', SETTINGS_KEY, (value) => onChange(resolveSettings(value ?? {})));
}

/**
 * Stores `settings` whole in place of the user's (a restored backup, or the Undo of one): read as
 * a stored item would be (an older backup's single site list included), then kept as changes from
 * the defaults like every other write.
 */
export async function replaceSettings(settings: Partial<Settings>): Promise<void> {
  await settingsItem().setValue(diffFromDefaults(resolveSettings(settings)));
}
