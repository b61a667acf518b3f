import { useEffect, useState } from 'preact/hooks';
import { loadUserGlossaries, watchUserGlossaries, type UserGlossary } from '../../utils/storage/user-glossaries';

/** The user's glossaries, kept live as storage changes (from this page or another). */
export function useUserGlossaries(): UserGlossary[] | null {
  const [glossaries, setGlossaries] = useState<UserGlossary[] | null>(null);
  useEffect(() => {
    void loadUserGlossaries().then(setGlossaries);
    return watchUserGlossaries(setGlossaries);
  }, []);
  return glossaries;
}
