/**
 * Issue #17, options side, in Chromium (these are options-page features): conflicts never hide an
 * explanation, the preview says everything before writing, restore asks and can be undone, and
 * the smaller fixes. Each case follows the steps.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openOptionsPage, type ChromiumSession } from './harness/chromium';
import { serveStatic, type StaticServer } from './harness/fixture-server';
import { pointOfHighlight, readTooltip, termlightHighlights, waitFor } from './harness/page-helpers';
import { FIXTURES, ROOT } from './harness/paths';
import { ENGINE_TEST_SETTINGS } from './harness/kit';

const KIDNEY_CSV = [
  'term,short,explanation,category,source',
  'kidney,My own kidney note.,One of two organs that clean the blood. Mine.,other,My notes',
  'water pill,My own water pill note.,A medicine that makes you pee more. Mine.,other,My notes',
  'eGFR,My own eGFR note.,A number for how well the kidneys filter. Mine.,other,My notes',
].join('\r\n');
const EXAMPLE_JSON = readFileSync(resolve(ROOT, 'public/templates/glossary-example.json'));

const ARTICLE = `<!doctype html><html lang="en"><body>
<p>Your kidney filters blood. A diuretic, sometimes called a water pill, lowers blood pressure.</p>
<p>The glomerular filtration rate (eGFR) shows how well each kidney works.</p>
<p>High blood pressure can be a side effect of some medicines, and so can tinnitus.</p>
</body></html>`;

describe('issue #17: conflicts, restore and the options page, in chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let options: Page;

  beforeAll(async () => {
    const dir = resolve(FIXTURES, 'pages/generated');
    mkdirSync(dir, { recursive: true });
    writeFileSync(resolve(dir, 'kidney-article.html'), ARTICLE);
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    session = await launchChromium();
    // Every occurrence, every level: the article's everyday words (kidney, blood) are counted too.
    await session.serviceWorker.evaluate((settings) => chrome.storage.sync.set({ settings }), ENGINE_TEST_SETTINGS);
    options = await openOptionsPage(session);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const storedSettings = () => session.serviceWorker.evaluate(async () => ((await (chrome.storage.sync as unknown as { get(key: string): Promise<Record<string, unknown>> }).get('settings')).settings ?? {}) as { mutedIds?: string[] });
  const storedGlossaries = () =>
    session.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('userGlossaries')).userGlossaries ?? []) as { id: string; name: string; entries: unknown[] }[]);

  /** Waits until the background has published a glossary with (or without) this pack's entries. */
  const published = (packId: string, present = true) =>
    waitFor(
      () =>
        session.serviceWorker.evaluate(async (id) => {
          // In the extension's database, one JSON string per table (utils/storage/glossary-store.ts, tables-database.ts).
          const database = await new Promise<IDBDatabase | null>((resolve) => {
            const request = indexedDB.open('termlight');
            // Not written yet: creating the database here would leave the extension's without its store.
            request.onupgradeneeded = () => request.transaction!.abort();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => resolve(null);
          });
          if (!database?.objectStoreNames.contains('large-values')) return false;
          const stored = await new Promise<{ tables: { entries: string } } | undefined>((resolve, reject) => {
            const request = database.transaction('large-values').objectStore('large-values').get('compiledGlossary');
            request.onsuccess = () => resolve(request.result as { tables: { entries: string } } | undefined);
            request.onerror = () => reject(request.error);
          });
          database.close();
          return !!stored && (JSON.parse(stored.tables.entries) as { packId: string }[]).some((entry) => entry.packId === id);
        }, packId),
      (found) => found === present,
      10_000,
    );

  async function importFile(name: string, buffer: Buffer, choice?: RegExp) {
    await options.setInputFiles('[data-testid="import-file"]', { name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer });
    await options.locator('[data-testid="import-preview"] .summary', { hasText: name }).waitFor();
    if (choice) await options.getByRole('radio', { name: choice }).check();
  }

  async function removeGlossary(name: string) {
    await options.getByRole('button', { name: `Remove ${name}` }).click();
    await options.getByText(`Removed “${name}”`).waitFor();
  }

  /** Hovers a highlighted word in the page and returns the card's text. */
  async function cardFor(page: Page, word: string): Promise<string> {
    await page.mouse.move(5, 5);
    await waitFor(() => readTooltip(page), (value) => !value?.visible, 3_000).catch(() => null);
    const point = await waitFor(() => pointOfHighlight(page, word, 'termlight-underline-teal'), (value) => value !== null);
    await page.mouse.move(point!.x, point!.y + 200);
    await page.mouse.move(point!.x, point!.y, { steps: 2 });
    return (await waitFor(() => readTooltip(page), (value) => !!value?.visible && value.text.length > 0, 3_000))!.text;
  }

  async function openArticle(): Promise<Page> {
    const page = await session.newPage();
    await page.goto(server.url('/generated/kidney-article.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('kidney'));
    return page;
  }

  it('1. "the file\'s entries" on the example JSON hides nothing: both versions of every word stay explained, nothing is muted', async () => {
    await importFile('glossary-example.json', EXAMPLE_JSON, /The file's/);
    await options.getByRole('button', { name: /^Import \d+ entries$/ }).click();
    await options.getByText(/^Imported 6 entries as “glossary-example”\.$/).waitFor();
    expect((await storedSettings()).mutedIds ?? []).toEqual([]);
    await published('user-glossary-example');

    const page = await openArticle();
    const words = await waitFor(() => termlightHighlights(page), (found) => found.includes('tinnitus') && found.includes('side effect'));
    expect(words).toEqual(expect.arrayContaining(['blood pressure', 'High blood pressure', 'side effect', 'tinnitus']));
    // (The example's own tinnitus needs words like "ear" nearby, so here the bundled one explains it.)
    expect(await cardFor(page, 'side effect')).toContain('From your glossary “glossary-example”');

    // Switched off, the bundled entries are back under the same words.
    await options.getByRole('switch', { name: /glossary-example/ }).uncheck();
    await published('user-glossary-example', false);
    await waitFor(() => cardFor(page, 'side effect'), (text) => !text.includes('From your glossary'), 8_000);
    await options.getByRole('switch', { name: /glossary-example/ }).check();
    await published('user-glossary-example');
    await removeGlossary('glossary-example');
    await page.close();
  });

  it('2. a 3-row CSV claiming kidney, water pill and eGFR mutes nothing, and removing it gives the bundled entries back', async () => {
    await importFile('kidney.csv', Buffer.from(KIDNEY_CSV), /The file's/);
    await options.getByRole('button', { name: 'Import 3 entries' }).click();
    await options.getByText('Imported 3 entries as “kidney”.').waitFor();
    expect((await storedSettings()).mutedIds ?? []).toEqual([]);
    await published('user-kidney');
    await expect(options.locator('section[aria-labelledby="muted"]').textContent()).resolves.toContain('No muted terms');

    const page = await openArticle();
    expect(await cardFor(page, 'kidney')).toContain('My own kidney note.');
    await removeGlossary('kidney');
    await published('user-kidney', false);
    const card = await waitFor(() => cardFor(page, 'kidney'), (text) => !text.includes('My own'), 8_000);
    expect(card).not.toContain('From your glossary');
    const found = await termlightHighlights(page);
    expect(found.filter((word) => word === 'kidney')).toHaveLength(2);
    expect(found).toEqual(expect.arrayContaining(['diuretic', 'water pill', 'glomerular filtration rate', 'eGFR']));
    await page.close();
  });

  it('3. the preview lists every entry and every conflict with right counts; "keep mine" adds nothing; "keep both" shows both; names are unique', async () => {
    await importFile('kidney.csv', Buffer.from(KIDNEY_CSV));
    const preview = options.locator('[data-testid="import-preview"]');
    expect(await preview.locator('.summary').textContent()).toBe('kidney.csv: 3 read, 3 ready, 0 errors, 0 warnings, 3 entries sharing words with entries you already have.');
    expect(await preview.locator('[data-testid="import-added"] li').allTextContents()).toEqual(['kidney', 'water pill', 'eGFR']);
    const conflicts = await preview.locator('.conflict-list li').allTextContents();
    expect(conflicts).toHaveLength(3);
    expect(conflicts[1]).toContain('water pill — already in Health basics (“diuretic”)');
    expect(await storedGlossaries()).toEqual([]);

    await options.getByRole('radio', { name: /The ones I have/ }).check();
    await preview.getByText('Nothing to import: every entry in the file is one you already have, so no glossary will be added.').waitFor();
    expect(await options.getByRole('button', { name: /^Import/ }).count()).toBe(0);
    await options.getByRole('button', { name: 'Close' }).click();
    expect(await storedGlossaries()).toEqual([]);

    await importFile('kidney.csv', Buffer.from(KIDNEY_CSV), /Both/);
    await options.getByRole('button', { name: 'Import 3 entries' }).click();
    await options.getByText('Imported 3 entries as “kidney”.').waitFor();
    await published('user-kidney');
    const page = await openArticle();
    const card = await cardFor(page, 'eGFR');
    expect(card).toContain('From your glossary “kidney”');
    expect(card).toContain('Also in Health basics: glomerular filtration rate');
    expect(card.indexOf('My own eGFR note.')).toBeLessThan(card.indexOf('Also in Health basics'));
    await page.close();

    await importFile('kidney.csv', Buffer.from(KIDNEY_CSV), /Both/);
    await options.getByRole('button', { name: 'Import 3 entries' }).click();
    await options.getByText('Imported 3 entries as “kidney (2)”.').waitFor();
    expect((await storedGlossaries()).map((glossary) => glossary.name)).toEqual(['kidney', 'kidney (2)']);
  });

  it('4. restore shows what will change, asks, and one click undoes it', async () => {
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export everything' }).click()]);
    const backup = readFileSync((await download.path())!);
    // A term added after the backup.
    await importFile('later.csv', Buffer.from('term,short,explanation,category,source\r\nzygomatic arch,Cheekbone.,The bony arch of the cheek. Two.,other,Me'));
    await options.getByRole('button', { name: 'Import 1 entry' }).click();
    await options.getByText('Imported 1 entry as “later”.').waitFor();

    await options.setInputFiles('[data-testid="restore-file"]', { name: 'backup.json', mimeType: 'application/json', buffer: backup });
    const preview = options.locator('[data-testid="restore-preview"]');
    await preview.waitFor();
    expect(await preview.locator('li').allTextContents()).toEqual(['later: removed (it has 1 entry now and is not in the backup)']);
    expect((await storedGlossaries()).map((glossary) => glossary.name)).toEqual(['kidney', 'kidney (2)', 'later']);

    await preview.getByRole('button', { name: 'Restore' }).click();
    await options.getByText('Restored 2 glossaries and your settings.').waitFor();
    expect((await storedGlossaries()).map((glossary) => glossary.name)).toEqual(['kidney', 'kidney (2)']);
    await options.locator('section[aria-labelledby="backup"]').getByRole('button', { name: 'Undo' }).click();
    await options.getByText(/^Undone/).waitFor();
    expect((await storedGlossaries()).map((glossary) => glossary.name)).toEqual(['kidney', 'kidney (2)', 'later']);
  });

  it('smaller: template names, "1 error", pasted web addresses, no stale message, and removing asks once', async () => {
    const links = await options.locator('.import a[download]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('download')));
    expect(links).toEqual(['glossary-template.csv', 'glossary-template.json', 'glossary-example.csv', 'glossary-example.json']);
    const [template] = await Promise.all([options.waitForEvent('download'), options.locator('.import a[download]').first().click()]);
    expect(template.suggestedFilename()).toBe('glossary-template.csv');

    await importFile('one-error.csv', Buffer.from('term,short,explanation,category,source\r\n,No term.,Two. Sentences.,other,Me'));
    expect(await options.locator('[data-testid="import-preview"] .summary').textContent()).toMatch(/1 error, /);
    await options.getByRole('button', { name: 'Close' }).click();

    await options.getByRole('textbox', { name: 'Site' }).fill('https://www.nhs.uk/conditions/kidney-infection/');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.locator('section[aria-labelledby="sites"] li', { hasText: 'www.nhs.uk' }).waitFor();
    expect(await options.locator('#site-error').count()).toBe(0);

    let dialogs = 0;
    options.on('dialog', (dialog) => {
      dialogs++;
      void dialog.accept();
    });
    expect(await options.getByText('Imported 1 entry as “later”.').count()).toBe(0);
    await importFile('stale.csv', Buffer.from('term,short,explanation,category,source\r\nxiphoid,Breastbone tip.,The small tip of the breastbone. Two.,other,Me'));
    await options.getByRole('button', { name: 'Import 1 entry' }).click();
    await options.getByText('Imported 1 entry as “stale”.').waitFor();
    await removeGlossary('stale');
    expect(dialogs).toBe(0);
    // The import's message goes with the glossary it names (in the render after the removal).
    expect(await waitFor(() => options.getByText('Imported 1 entry as “stale”.').count(), (count) => count === 0, 2_000).catch(() => -1)).toBe(0);
    expect(await options.getByRole('button', { name: 'Undo' }).count()).toBe(1);
  });
});
