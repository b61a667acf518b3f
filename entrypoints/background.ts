import { browser } from 'wxt/browser';
import { buildId, droppedForms, entryCount, packManifest, tablesScripts } from 'virtual:termlight/health-compiled';
import { commonWords } from 'virtual:termlight/common-words';
import { muteInTables } from '../glossary/mute-tables';
import { readBundledPack } from '../utils/background/bundled-pack';
import { takeBundledTables } from '../utils/background/bundled-tables';
import { badgeText, EXPLAIN_MENU_ID, isPageCommand } from '../utils/messages/commands';
import { compileEffective, EntryLookup, glossaryRevision, userSource, type GlossarySource } from '../utils/background/effective-glossary';
import { migrateStoredMutes } from '../utils/storage/mute-migration';
import { FrameTerms, stepAcrossFrames } from '../utils/background/frame-stepping';
import { publishGlossaryRevision } from '../utils/storage/glossary-revision';
import { compiledGlossaryRevision, encodeTables, readCompiledGlossary, removeTablesOfEarlierBuilds, writeCompiledGlossary } from '../utils/storage/glossary-store';
import { MatchService } from '../utils/background/match-service';
import { emphasisWordCheck } from '../glossary/frequency';
import { StoredCopyWriter } from '../utils/background/stored-copy';
import { LIMITS } from '../glossary/limits';
import { chooseSense } from '../glossary/senses';
import { isExtensionPage, onMessage, sendMessage } from '../utils/messages/messaging';
import { myTermsPath } from '../utils/messages/my-terms-link';
import { openPopupOnEntry, openPopupWithQuery } from '../utils/storage/open-popup';
import { OPEN_PDF_MENU_ID, PDF_LINK_PATTERNS, readerPath } from '../utils/messages/reader-link';
import { t } from '../utils/ui/i18n';
import { loadSettings, migrateStoredSettings, watchSettings } from '../utils/storage/settings';
import { loadUserGlossaries, watchUserGlossaries, type UserGlossary } from '../utils/storage/user-glossaries';
import { readUserSearchIndex, userIndexRevision, writeUserSearchIndex } from '../utils/storage/user-search-index';
import { indexJson } from '../glossary/search-index';
import { toSearchDocuments } from '../glossary/search';

export default defineBackground(() => {
  /** Generated forms the build dropped as other English words: a compile here drops them too. */
  const otherWords = new Set(droppedForms);
  /** Words of emphasis for compiles here (CompileOptions.isEmphasisWord), from the build's word list once one asks. */
  let emphasisWords: ((word: string) => boolean) | null = null;
  const isEmphasisWord = (word: string) => (emphasisWords ??= emphasisWordCheck(commonWords))(word);
  /**
   * The bundled pack's entries (files in the package), which cards and a compile with the user's
   * glossaries need. Matching the bundled pack alone needs only its build-time tables, so that
   * publish does not wait for these: reading about 6 MB from the package took 400 ms of every
   * start of this worker on the development machine.
   */
  const health = readBundledPack().then((pack): GlossarySource => ({ packId: pack.manifest.id, name: pack.manifest.name, version: pack.manifest.version, entries: pack.entries }));
  /**
   * The bundled pack's build-time tables, which their scripts set out before this code ran. Should
   * they be missing or damaged, the pack's entries are compiled instead: slower, but pages still match.
   */
  const bundledTables = takeTablesOrCompile();
  async function takeTablesOrCompile() {
    try {
      return takeBundledTables(tablesScripts);
    } catch (error) {
      console.error('Termlight could not load the bundled tables, and compiles the pack instead:', error);
      return compileEffective([await health], { mutedIds: [], disabledPacks: [] }, otherWords, isEmphasisWord);
    }
  }
  /** The same pack as a revision counts it, known without reading its entries. */
  const bundledHead = { packId: packManifest.id, version: packManifest.version, entries: { length: entryCount } };
  /** Full entries for cards, from the publish in force; a publish of the bundled pack alone sets it once the pack's entries are read. */
  let lookup: Promise<EntryLookup> = Promise.resolve(new EntryLookup([]));
  /** Every page's matching: pages send their text and never load the tables themselves. */
  const matches = new MatchService(() => commonWords);
  let mutedIds: readonly string[] = [];
  const storedCopy = new StoredCopyWriter({ revision: compiledGlossaryRevision, write: writeCompiledGlossary }, (error) =>
    console.error('Termlight could not store the glossary for the PDF reader:', error),
  );

  /** Recompiles only when its inputs changed; the bundled pack alone uses the build-time tables. */
  async function publishGlossary() {
    const settings = await loadSettings();
    mutedIds = settings.mutedIds;
    const stored = await loadUserGlossaries();
    const user = stored.filter((glossary) => glossary.enabled);
    await publishUserSearchIndex(stored, user);
    if (user.length === 0 && settings.disabledPacks.length === 0) {
      // The bundled pack alone needs no compile, muted terms or not: they are marked in its build-time
      // tables. Web pages match through this worker, so they may rescan at once; cards wait for the
      // pack's entries, and the stored copy (a few MB, which the PDF reader reads) is written after,
      // outside this publish.
      const revision = `${buildId}:${glossaryRevision([bundledHead], settings)}`;
      lookup = health.then(
        (bundled) => new EntryLookup([bundled], settings),
        (error: unknown) => {
          // Pages still get their highlights; cards find no entry until the package is whole again.
          console.error('Termlight could not read the bundled glossary for its cards:', error);
          return new EntryLookup([]);
        },
      );
      const compiled = muteInTables(await bundledTables, settings.mutedIds);
      matches.setGlossary(revision, compiled);
      await publishGlossaryRevision(revision);
      void storedCopy.keep(revision, compiled);
      return;
    }
    const sources: GlossarySource[] = [await health, ...user.map(userSource)];
    lookup = Promise.resolve(new EntryLookup(sources, settings));
    const revision = `${buildId}:${glossaryRevision(sources, settings)}`;
    const compile = () => compileEffective(sources, settings, otherWords, isEmphasisWord);
    if ((await compiledGlossaryRevision()) === revision) {
      // Published before this worker started: the stored tables are the ones in force.
      matches.setGlossary(revision, (await readCompiledGlossary())?.compiled ?? compile());
      await publishGlossaryRevision(revision);
      return;
    }
    const compiled = compile();
    matches.setGlossary(revision, compiled);
    await publishGlossaryRevision(revision);
    void storedCopy.keep(revision, compiled);
  }
  /** The popup's index of the user's glossaries, rebuilt only when they changed. */
  async function publishUserSearchIndex(stored: UserGlossary[], enabled: UserGlossary[]) {
    const revision = userIndexRevision(stored);
    if ((await readUserSearchIndex())?.revision === revision) return;
    const docs = enabled.flatMap((glossary) => toSearchDocuments(glossary.id, glossary.entries));
    await writeUserSearchIndex({ revision, index: indexJson(docs) });
  }

  /** The publish in flight: a card asked for right after the worker woke waits for it. */
  let published: Promise<void> = Promise.resolve();
  // One publish at a time, in order: two overlapping ones could leave the pages' revision and the
  // background's matcher on different glossaries.
  const publish = () => {
    published = published.then(publishGlossary).catch((error: unknown) => console.error('Termlight could not publish the glossary:', error));
  };

  onMessage('getEntry', async ({ id, packId }) => {
    await published;
    return (await lookup).reply(packId, id);
  });
  // Pages wait for the publish in flight, so they match with the glossary in force.
  onMessage('matchBlock', async (request) => {
    await published;
    return matches.match(request, mutedIds);
  });
  onMessage('chooseSense', async ({ packId, id, text, start, end }) => {
    await published;
    const senses = (await lookup).get(packId, id)?.senses;
    return senses && senses.length > 0 ? chooseSense(senses, text, start, end) : null;
  });
  onMessage('explainSelection', async ({ text }) => {
    await published;
    return matches.explainSelection(text, mutedIds);
  });
  // The PDF reader's tables where its own database lacks them (a Firefox private window's pages get one of their own).
  onMessage('compiledTables', async ({ revision }, message) => {
    if (!isExtensionPage(message.sender)) return null;
    await published;
    const compiled = matches.compiled;
    return compiled && matches.revision === revision ? encodeTables(revision, compiled) : null;
  });
  onMessage('listUnexplained', async ({ blocks, wordParts }) => {
    await published;
    return matches.unexplained(blocks, wordParts, mutedIds);
  });
  onMessage('openInTermlight', (data, message) =>
    'entry' in data ? openPopupOnEntry(data.entry, message.sender.tab?.id) : openPopupWithQuery(data.query, message.sender.tab?.id),
  );
  onMessage('openMyTerms', async ({ term }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(myTermsPath(term)) });
  });
  const frameTerms = new FrameTerms();
  onMessage('reportTermCount', async ({ count }, message) => {
    const tabId = message.sender.tab?.id;
    const frameId = message.sender.frameId;
    if (tabId === undefined || frameId === undefined) return;
    frameTerms.report(tabId, frameId, count);
    if (frameId !== 0) return;
    const { badge } = await loadSettings();
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#0f766e' });
    await browser.action.setBadgeText({ tabId, text: badgeText(count, badge) });
  });

  // Firefox for Android has no context menus, keyboard commands or windows: each is checked, never assumed.
  const contextMenus = browser.contextMenus as typeof browser.contextMenus | undefined;
  if (contextMenus) {
    browser.runtime.onInstalled.addListener(() => {
      void contextMenus.removeAll().then(() => {
        // The browser puts the selected text where the title says %s.
        contextMenus.create({ id: EXPLAIN_MENU_ID, title: t('menuExplainSelection'), contexts: ['selection'] });
        // The PDF reader (issue #15): links to PDFs open in Termlight's reader page.
        contextMenus.create({ id: OPEN_PDF_MENU_ID, title: t('menuOpenPdf'), contexts: ['link'], targetUrlPatterns: PDF_LINK_PATTERNS });
      });
    });
    contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== OPEN_PDF_MENU_ID || !info.linkUrl) return;
      void browser.tabs.create({ url: browser.runtime.getURL(readerPath(info.linkUrl)), index: tab ? tab.index + 1 : undefined });
    });
    contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== EXPLAIN_MENU_ID || !info.selectionText) return;
      void openPopupWithQuery(info.selectionText.trim().slice(0, LIMITS.queryChars), tab?.id);
    });
  }
  (browser.commands as typeof browser.commands | undefined)?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (!isPageCommand(command) || tabId === undefined) return;
    if (command !== 'next-term' && command !== 'previous-term') {
      void sendMessage('runCommand', { command }, { tabId, frameId: 0 }).catch(() => {});
      return;
    }
    void stepAcrossFrames({
      frames: frameTerms.frames(tabId),
      current: frameTerms.current(tabId),
      direction: command === 'next-term' ? 1 : -1,
      step: (frameId) =>
        sendMessage('runCommand', { command, wrap: false }, { tabId, frameId }).then((reply) => !!reply?.moved, () => false),
    }).then((frameId) => frameTerms.setCurrent(tabId, frameId));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') frameTerms.forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => frameTerms.forget(tabId));

  // Only the settings that change the compiled glossary are worth a publish (not colours, delays…).
  let glossaryInputs = '';
  watchSettings((settings) => {
    mutedIds = settings.mutedIds;
    const inputs = JSON.stringify([settings.mutedIds, settings.disabledPacks]);
    if (inputs !== glossaryInputs) publish();
    glossaryInputs = inputs;
  });
  watchUserGlossaries(publish);
  void migrateStoredSettings();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void removeTablesOfEarlierBuilds().catch((error: unknown) => console.error('Termlight could not remove an old copy of the glossary:', error));
  });
  void health.then((bundled) => migrateStoredMutes(bundled)).catch((error: unknown) => console.error('Termlight could not update muted terms:', error));
  publish();
});
