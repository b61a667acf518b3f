import { useEffect, useState } from 'preact/hooks';
import { loadHealthPack } from '../../glossary/packs/bundled';
import { type Settings } from '../../utils/settings-schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings';
import { AppearanceSection } from './AppearanceSection';
import { GlossariesSection } from './GlossariesSection';
import { MutedSection } from './MutedSection';
import { SitesSection } from './SitesSection';
import { ShortcutsSection } from './ShortcutsSection';

const health = loadHealthPack();

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const change = (update: (current: Settings) => Settings) =>
    void updateSettings(update)
      .then(() => setError(null))
      .catch((failure: Error) => setError(`Your change was not saved: ${failure.message}`));

  if (!settings) return <main class="options"><p>Loading…</p></main>;
  const termNames = new Map(health.entries.map((entry) => [entry.id, entry.term]));
  return (
    <main class="options">
      <header>
        <h1>Termlight options</h1>
        <p class="lead">Plain-language explanations for health words, right where you read them. Nothing you do here leaves this device.</p>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      <GlossariesSection packs={[{ id: health.manifest.id, name: health.manifest.name, count: health.entries.length, version: health.manifest.version }]} settings={settings} onChange={change} />
      <AppearanceSection settings={settings} onChange={change} />
      <SitesSection settings={settings} onChange={change} />
      <MutedSection settings={settings} termName={(id) => termNames.get(id) ?? id} onChange={change} />
      <ShortcutsSection />
    </main>
  );
}
