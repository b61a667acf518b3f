import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchKit, type BrowserKit } from './harness/kit';
import { serveStatic, type StaticServer } from './harness/fixture-server';
import { ENGINE_TEST_SETTINGS } from './harness/kit';
import { termlightHighlights, waitFor, type Evaluator } from './harness/page-helpers';
import { CHROME_BUILD, FIREFOX_BUILD, FIXTURES } from './harness/paths';
import { BUNDLED_TABLES_SCRIPT } from '../../glossary/packs/tables-file';

/**
 * The background matches the bundled pack with its build-time tables and reads the pack file
 * (every entry in full) only for cards and for compiling with the user's glossaries, so pages are
 * underlined without waiting for that file, and even when it cannot be read.
 */
describe('a package whose pack file is damaged, in Chromium', () => {
  let dir: string;
  let server: StaticServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'termlight-damaged-'));
    cpSync(CHROME_BUILD, dir, { recursive: true });
    // The second part of the pack: its entry list is damaged, so reading the pack fails.
    writeFileSync(join(dir, 'health-pack-2.json'), '{"entries":[{"term":"no id"}]}');
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    session = await launchChromium({ extensionDir: dir });
    await session.serviceWorker.evaluate((settings) => chrome.storage.sync.set({ settings }), { ...ENGINE_TEST_SETTINGS });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still underlines every term the page expects', async () => {
    const page = await session.newPage();
    await expectArticleUnderlined({ goto: (url) => page.goto(url), evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never }, server);
    await page.close();
  });
});

/**
 * Firefox's package holds the tables in scripts of their own (glossary/packs/tables-file.ts). Should
 * one be damaged, the background compiles the pack's entries instead: slower, but pages are still
 * underlined, with the same terms.
 */
describe('a Firefox package whose tables script is damaged', () => {
  let dir: string;
  let server: StaticServer;
  let kit: BrowserKit;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'termlight-damaged-'));
    cpSync(FIREFOX_BUILD, dir, { recursive: true });
    writeFileSync(join(dir, BUNDLED_TABLES_SCRIPT), 'this is not a script');
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    kit = await launchKit('firefox', { extensionDir: dir });
  });
  afterAll(async () => {
    await kit?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('still underlines every term the page expects', async () => {
    const page = await kit.newPage();
    await expectArticleUnderlined(page, server);
    await page.close();
  });
});

/** Opens the fixture article and waits until its underlined terms are the ones it lists as expected. */
async function expectArticleUnderlined(page: Evaluator & { goto(url: string): Promise<unknown> }, server: StaticServer) {
  await page.goto(server.url('/article.html'));
  const expected = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as string[], undefined);
  const wanted = JSON.stringify([...expected].sort());
  const actual = await waitFor(() => termlightHighlights(page), (found) => JSON.stringify(found) === wanted, 20_000).catch(() => termlightHighlights(page));
  expect(expected.length).toBeGreaterThan(5);
  expect(actual).toEqual([...expected].sort());
}
