import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { serveStatic, type StaticServer } from './harness/fixture-server';
import { ENGINE_TEST_SETTINGS } from './harness/kit';
import { termlightHighlights, waitFor } from './harness/page-helpers';
import { CHROME_BUILD, FIXTURES } from './harness/paths';

/**
 * The background matches the bundled pack with the tables built into its script and reads the
 * pack file (every entry in full) only for cards and for compiling with the user's glossaries, so
 * pages are underlined without waiting for that file, and even when it cannot be read.
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
    await page.goto(server.url('/article.html'));
    const expected = await page.evaluate(() => JSON.parse(document.getElementById('expected')!.textContent!) as string[]);
    const wanted = JSON.stringify([...expected].sort());
    const evaluator = { evaluate: (fn: never, arg: never) => page.evaluate(fn, arg) as never };
    const actual = await waitFor(() => termlightHighlights(evaluator), (found) => JSON.stringify(found) === wanted, 10_000).catch(() => termlightHighlights(evaluator));
    expect(expected.length).toBeGreaterThan(5);
    expect(actual).toEqual([...expected].sort());
    await page.close();
  });
});
