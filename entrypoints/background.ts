import { compiled as prebuiltHealth } from 'virtual:termlight/health-prebuilt';
import { loadHealthPack } from '../glossary/packs/bundled';
import { compiledGlossaryItem } from '../utils/glossary-store';
import { compileEffective, EntryLookup, glossaryRevision, type GlossarySource } from '../utils/effective-glossary';
import { onMessage } from '../utils/messaging';
import { openPopupWithQuery } from '../utils/open-popup';
import { loadSettings, watchSettings } from '../utils/settings';
import { loadUserGlossaries, userGlossariesItem } from '../utils/user-glossaries';

export default defineBackground(() => {
  const health = loadHealthPack();
  const bundled: GlossarySource = { packId: health.manifest.id, version: health.manifest.version, entries: health.entries };
  let lookup = new EntryLookup([bundled]);

  /** Recompiles only when its inputs changed; the bundled pack alone uses the build-time tables. */
  async function publishGlossary() {
    const settings = await loadSettings();
    const user = (await loadUserGlossaries()).filter((glossary) => glossary.enabled);
    const sources: GlossarySource[] = [bundled, ...user.map((glossary) => ({ packId: glossary.id, version: glossary.updatedAt, entries: glossary.entries }))];
    lookup = new EntryLookup(sources);
    const revision = glossaryRevision(sources, settings);
    if ((await compiledGlossaryItem.getValue())?.revision === revision) return;
    const onlyBundled = sources.length === 1 && settings.mutedIds.length === 0 && settings.disabledPacks.length === 0;
    await compiledGlossaryItem.setValue({ revision, compiled: onlyBundled ? prebuiltHealth : compileEffective(sources, settings) });
  }

  const publish = () =>
    void publishGlossary().catch((error: unknown) => console.error('Termlight could not publish the glossary:', error));

  onMessage('getEntry', ({ id, packId }) => lookup.reply(packId, id));
  onMessage('openInTermlight', ({ query }) => openPopupWithQuery(query));
  watchSettings(publish);
  userGlossariesItem.watch(publish);
  publish();
});
