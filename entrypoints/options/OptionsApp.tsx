import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BundledPack } from '../../glossary/packs/pack-file';
import { readBundledPack } from '../../utils/background/bundled-pack';
import { type Settings } from '../../glossary/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/storage/settings';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { GlossariesSection } from './GlossariesSection';
import { MutedSection } from './MutedSection';
import { MyTermsSection } from './MyTermsSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { useUserGlossaries } from './use-user-glossaries';
import { termToAdd } from '../../utils/messages/my-terms-link';
import { t } from '../../utils/ui/i18n';

/** A word to add, handed over in the URL by a word-parts card or the popup (validated: a plain word or nothing). */
const addTerm = termToAdd(window.location.search);

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const user = useUserGlossaries();
  // The bundled pack is a file of the package, read once (the page does not carry it in its script).
  const [health, setHealth] = useState<BundledPack | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void readBundledPack()
      .then(setHealth)
      .catch((failure: Error) => setError(t('optionsPackNotRead', failure.message)));
    return watchSettings(setSettings);
  }, []);
  const bundled = useMemo(
    () => health && { id: health.manifest.id, name: health.manifest.name, count: health.entries.length, version: health.manifest.version, entries: health.entries },
    [health],
  );

  const change = (update: (current: Settings) => Settings) =>
    void updateSettings(update)
      .then(() => setError(null))
      .catch((failure: Error) => setError(t('optionsChangeNotSaved', failure.message)));

  if (!settings || !user || !health || !bundled) {
    return <main class="options">{error ? <p class="error" role="alert">{error}</p> : <p>{t('optionsLoading')}</p>}</main>;
  }
  const termNames = new Map([...health.entries, ...user.flatMap((glossary) => glossary.entries)].map((entry) => [entry.id, entry.term]));
  return (
    <main class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="lead">{t('optionsLead')}</p>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      <GlossariesSection bundled={bundled} user={user} settings={settings} onChange={change} onError={setError} />
      <MyTermsSection user={user} onError={setError} prefill={addTerm} />
      <AppearanceSection settings={settings} onChange={change} />
      <SitesSection settings={settings} onChange={change} />
      <MutedSection settings={settings} termName={(id) => termNames.get(id) ?? id} onChange={change} />
      <ShortcutsSection />
      <BackupSection settings={settings} user={user} />
    </main>
  );
}
