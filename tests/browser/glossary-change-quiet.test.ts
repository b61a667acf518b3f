/**
 * A change of the glossary (a mute, an unmute, a glossary imported) reaches web pages as a new
 * revision of a few dozen bytes. The compiled tables, megabytes, go to the extension's own
 * database: every storage.local change is sent, old and new value, to every listener in every
 * context, content scripts in every tab included, and in Firefox a page waited 3–5 s after each
 * mute while its content script took in the tables twice over.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserName, type KitPage } from './harness/kit';
import { termlightHighlights, waitFor } from './harness/page-helpers';
import { useKit } from './harness/suite';

interface Announced {
  key: string;
  bytes: number;
}

describe.each<BrowserName>(['chromium', 'firefox'])('what a glossary change announces, in %s', (browserName) => {
  const suite = useKit(browserName);
  let page: KitPage;
  let listener: KitPage;

  beforeAll(async () => {
    page = await suite.kit.newPage();
    await page.goto(suite.server.url('/mute.html'));
    await waitFor(() => termlightHighlights(page), (found) => found.includes('blood pressure'));
    // An extension page hears every storage change a content script hears.
    listener = await suite.kit.openPopup(page);
    await listener.evaluate(() => {
      const heard: { key: string; bytes: number }[] = [];
      (globalThis as unknown as { heard: typeof heard }).heard = heard;
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area !== 'local') return;
        for (const [key, change] of Object.entries(changes)) heard.push({ key, bytes: JSON.stringify(change).length });
      });
    }, undefined);
  });

  const heard = () => listener.evaluate(() => (globalThis as unknown as { heard: Announced[] }).heard, undefined);

  it('a mute and its undo announce revisions of a few bytes, never the tables, and the page follows each at once', async () => {
    for (const mutedIds of [['health-basics:blood-pressure'], []]) {
      const start = (await heard()).length;
      await suite.kit.setSettings({ mutedIds });
      await page.goto(suite.server.url('/mute.html'));
      const wanted = mutedIds.length === 0;
      await waitFor(() => termlightHighlights(page), (found) => found.length > 0 && found.includes('blood pressure') === wanted);
      // The background's copy for the reader is written after the page's tables; wait for its revision.
      const changes = (await waitFor(heard, (all) => all.slice(start).some((change) => change.key === 'compiledGlossaryRevision'), 10_000)).slice(start);
      expect(changes.map((change) => change.key)).not.toContain('compiledGlossary');
      expect(Math.max(...changes.map((change) => change.bytes))).toBeLessThan(1_000);
    }
  });
});
