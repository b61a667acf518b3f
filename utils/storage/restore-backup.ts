import type { Settings } from '../../glossary/settings-schema';
import { replaceSettings } from './settings';
import { saveUserGlossaries, type UserGlossary } from './user-glossaries';

/**
 * Writes a restored backup (or the Undo of one): glossaries first, then settings. The two live in
 * different storage areas, so no single write can hold both; if the settings write fails, the
 * glossaries are put back to `previousGlossaries` and the settings' error is thrown, so a restore
 * never leaves half of a backup in place.
 */
export async function writeRestoredState(state: { glossaries: UserGlossary[]; settings: Partial<Settings> }, previousGlossaries: UserGlossary[]): Promise<void> {
  await saveUserGlossaries(state.glossaries);
  try {
    await replaceSettings(state.settings);
  } catch (error) {
    await saveUserGlossaries(previousGlossaries);
    throw error;
  }
}
