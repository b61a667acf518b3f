import { loadHealthPack } from '../glossary/packs/bundled';
import { compiledGlossaryItem } from '../utils/glossary-store';
import { compileEffective, EntryLookup, glossaryRevision, type GlossarySource } from '../utils/effective-glossary';
import { onMessage } from '../utils/messaging';
import { loadSettings, watchSettings } from '../utils/settings';
import { openPopupWithQuery } from '../utils/open-popup';

export default defineBackground(() => {
  const health = loadHealthPack();
  const sources: GlossarySource[] = [{ packId: health.manifest.id, version: health.manifest.version, entries: health.entries }];
  const lookup = new EntryLookup(sources);

  async function publishGlossary() {
    const settings = await loadSettings();
    const revision = glossaryRevision(sources, settings);
    const stored = await compiledGlossaryItem.getValue();
    if (stored?.revision === revision) return;
    await compiledGlossaryItem.setValue({ revision, compiled: compileEffective(sources, settings) });
  }

  onMessage('getEntry', ({ id, packId }) => lookup.reply(packId, id));
  onMessage('openInTermlight', ({ query }) => openPopupWithQuery(query));
  watchSettings(() => void publishGlossary());
  void publishGlossary().catch((error: unknown) => console.error('Termlight: could not publish the glossary', error));
});
