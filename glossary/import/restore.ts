/**
 * What restoring a backup will change, told before anything is written: each glossary with its
 * entry count now and after, and which settings differ.
 */
import { resolveSettings, type Settings } from '../settings-schema';
import type { UserGlossary } from '../user-glossary-schema';

interface GlossaryChange {
  id: string;
  name: string;
  /** Entries now, or null when the backup adds this glossary. */
  before: number | null;
  /** Entries after restoring, or null when the restore removes this glossary. */
  after: number | null;
}

export interface RestoreChanges {
  glossaries: GlossaryChange[];
  /** The settings whose values the restore changes, by key. */
  settings: (keyof Settings)[];
  /** Nothing would change at all. */
  same: boolean;
}

export function describeRestore(current: { settings: Settings; glossaries: readonly UserGlossary[] }, backup: { settings: Partial<Settings>; userGlossaries: readonly UserGlossary[] }): RestoreChanges {
  const glossaries: GlossaryChange[] = [];
  const after = new Map(backup.userGlossaries.map((glossary) => [glossary.id, glossary]));
  for (const glossary of current.glossaries) {
    const next = after.get(glossary.id);
    if (next && JSON.stringify(next) === JSON.stringify(glossary)) continue;
    glossaries.push({ id: glossary.id, name: next?.name ?? glossary.name, before: glossary.entries.length, after: next ? next.entries.length : null });
  }
  const now = new Set(current.glossaries.map((glossary) => glossary.id));
  for (const glossary of backup.userGlossaries) {
    if (!now.has(glossary.id)) glossaries.push({ id: glossary.id, name: glossary.name, before: null, after: glossary.entries.length });
  }
  const restored = resolveSettings(backup.settings);
  const settings = (Object.keys(restored) as (keyof Settings)[]).filter((key) => JSON.stringify(restored[key]) !== JSON.stringify(current.settings[key]));
  return { glossaries, settings, same: glossaries.length === 0 && settings.length === 0 };
}
