/**
 * `npm run bench:mute [-- --runs=N] [--chrome=DIR] [--firefox=DIR]`: how soon Termlight follows
 * "Don't highlight this term" and its Undo, in headless Chromium and Firefox with the built
 * extension (or the builds given). A page about blood pressure is open in the tab in front, and in
 * two tabs behind it; the term is muted, then unmuted, N times (default 5), as the card's buttons
 * do (a settings change). Each time is taken from the change to the moment the page in front
 * shows the new highlights; one tab behind is brought to the front as soon as the change is
 * stored (a reader switching tabs) and timed the same way; the other stays behind, where the
 * browser draws, and so registers highlights, rarely; then a page loaded right after (in front).
 * Prints medians and ranges. It never asserts: a benchmark, not a test.
 */
import { serveStatic } from '../../tests/browser/harness/fixture-server';
import { launchKit, type BrowserName, type KitPage } from '../../tests/browser/harness/kit';
import { termlightHighlights } from '../../tests/browser/harness/page-helpers';
import { FIXTURES } from '../../tests/browser/harness/paths';
import { median } from '../page/stats';

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Math.max(1, Number(option('runs')) || 5);
const TERM = 'blood pressure';
const MUTED = ['health-basics:blood-pressure'];
const GIVE_UP_MS = 30_000;

/** Milliseconds from now until the page's highlights pass `accept`, read as fast as the page answers. */
async function msUntil(page: KitPage, accept: (found: string[]) => boolean, from: number): Promise<number> {
  while (Date.now() - from < GIVE_UP_MS) {
    if (accept(await termlightHighlights(page))) return Date.now() - from;
  }
  return Number.POSITIVE_INFINITY;
}

const muted = (found: string[]) => found.length > 0 && !found.includes(TERM);
const unmuted = (found: string[]) => found.filter((text) => text === TERM).length === 2;

const server = await serveStatic({ '/': `${FIXTURES}/pages` });
const url = server.url('/mute.html');
const rows: string[] = [];
const range = (values: number[]) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const dir = option(name === 'chromium' ? 'chrome' : 'firefox');
  const kit = await launchKit(name, dir ? { extensionDir: dir } : {});
  const behind = await kit.newPage();
  const switched = await kit.newPage();
  const front = await kit.newPage();
  const toFront = (page: KitPage) => (page.raw as { bringToFront(): Promise<void> }).bringToFront();
  for (const page of [behind, switched, front]) {
    await page.goto(url);
    await msUntil(page, unmuted, Date.now());
  }
  const times = new Map<string, number[]>();
  const record = (key: string, ms: number) => times.set(key, [...(times.get(key) ?? []), ms]);
  for (let run = 0; run < RUNS; run++) {
    for (const [what, settings, accept] of [
      ['mute', { mutedIds: MUTED }, muted],
      ['undo', {}, unmuted],
    ] as const) {
      await toFront(front);
      let start = Date.now();
      await kit.setSettings(settings);
      record(`front ${what}`, await msUntil(front, accept, start));
      record(`behind ${what}`, await msUntil(behind, accept, start));
      // The other way back, with the tab switched to at once.
      await kit.setSettings(what === 'mute' ? {} : { mutedIds: MUTED });
      await msUntil(front, what === 'mute' ? unmuted : muted, Date.now());
      await msUntil(switched, what === 'mute' ? unmuted : muted, Date.now());
      start = Date.now();
      await kit.setSettings(settings);
      await toFront(switched);
      record(`switched ${what}`, await msUntil(switched, accept, start));
      await toFront(front);
      const loadStart = Date.now();
      await front.goto(url);
      record(`load ${what}`, await msUntil(front, accept, loadStart));
    }
  }
  const cells = ['front mute', 'front undo', 'switched mute', 'switched undo', 'behind mute', 'behind undo', 'load mute', 'load undo'].map((key) => range(times.get(key)!));
  rows.push(`| ${name} | ${cells.join(' | ')} |`);
  await kit.close();
}
await server.close();

console.log(`\nTermlight mute benchmark: "${TERM}" muted and unmuted ${RUNS} times, median (range)\n`);
console.log('| browser | the tab in front follows the mute | … the undo | a tab switched to at once follows the mute | … the undo | a tab left behind follows the mute | … the undo | a page loaded after the mute | … after the undo |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
