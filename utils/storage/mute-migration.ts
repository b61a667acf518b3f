import { storage } from 'wxt/utils/storage';
import type { GlossaryEntry } from '../../glossary/schema';
import { hasOldMutes, migrateMutedIds } from '../../glossary/muted-ids';
import { loadSettings, updateSettings } from './settings';
import { loadUserGlossaries } from './user-glossaries';

/** Set once this browser's mutes were made per glossary: the migration never runs twice. */
const mutesPerPackItem = storage.defineItem<boolean>('local:mutesPerPack', { fallback: false });

/**
 * Rewrites old-style mutes (bare ids) as per-glossary keys and drops the ones the old import
 * flow added (see migrateMutedIds). Runs in the background, once; returns whether it changed anything.
 */
export async function migrateStoredMutes(bundled: { packId: string; entries: readonly GlossaryEntry[] }): Promise<boolean> {
  if (await mutesPerPackItem.getValue()) return false;
  const settings = await loadSettings();
  let changed = false;
  if (hasOldMutes(settings.mutedIds)) {
    const user = await loadUserGlossaries();
    const sources = user.map((glossary) => ({ packId: glossary.id, entries: glossary.entries, enabled: glossary.enabled }));
    await updateSettings((current) => ({ ...current, mutedIds: migrateMutedIds(current.mutedIds, bundled, sources) }));
    changed = true;
  }
  await mutesPerPackItem.setValue(true);
  return changed;
}
