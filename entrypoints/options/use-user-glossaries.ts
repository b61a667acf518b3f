import { useEffect, useState } from 'preact/hooks';
import { parseUserGlossaries, userGlossariesItem, type UserGlossary } from '../../utils/user-glossaries';

/** The user's glossaries, kept live as storage changes (from this page or another). */
export function useUserGlossaries(): UserGlossary[] | null {
  const [glossaries, setGlossaries] = useState<UserGlossary[] | null>(null);
  useEffect(() => {
    void userGlossariesItem.getValue().then((value) => setGlossaries(parseUserGlossaries(value)));
    return userGlossariesItem.watch((value) => setGlossaries(parseUserGlossaries(value)));
  }, []);
  return glossaries;
}

/** Replaces the whole list in one write: a failed write leaves the old list in place. */
export async function saveUserGlossaries(glossaries: UserGlossary[]): Promise<void> {
  await userGlossariesItem.setValue(glossaries);
}
