// The main job for a newcomer: build Termlight, serve the demo article on 127.0.0.1 and open
// Chromium (or Chrome) with the extension loaded on it.
//   npm run demo                          a real browser window; close it to stop
//   npm run demo -- --headless --shots DIR   no display: saves screenshots into DIR
//   npm run demo -- --headless --store-shots DIR   the stores' 1280 × 800 screenshots into DIR
//   npm run demo -- --pdf                  the PDF reader on a generated sample leaflet (with --shots: reader.png)
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/browser/harness/chromium';
import { openPopupFor } from '../tests/browser/harness/chromium-tabs';
import { serveStatic } from '../tests/browser/harness/fixture-server';
import { type Evaluator, pointOfHighlight, readHighlights, readTooltip, waitFor } from '../tests/browser/harness/page-helpers';
import { chromiumPath, DEMO, ROOT } from '../tests/browser/harness/paths';
import { openReaderDemo, writeSamplePdf } from './demo-pdf';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    shots: { type: 'string' },
    'store-shots': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '0' },
    pdf: { type: 'boolean', default: false },
  },
});

let executablePath: string;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(`demo: ${(error as Error).message}`);
  process.exit(1);
}
if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('demo: no display found. Run `npm run demo -- --headless --shots shots` to get screenshots instead.');
  process.exit(1);
}

if (!values['no-build']) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = await serveStatic({ '/': DEMO }, Number(values.port));
const session = await launchChromium({
  executablePath,
  headless: values.headless,
  viewport: values.headless ? { width: 1280, height: 900 } : null,
});
const page = session.context.pages()[0] ?? (await session.newPage());
if (values.pdf) {
  const samplePath = await writeSamplePdf();
  const found = await openReaderDemo(session, page, server.url(samplePath), values.shots);
  console.log(`demo: the Termlight reader shows ${server.url(samplePath)} with ${found} highlighted terms${values.shots ? `; screenshots in ${values.shots}` : ''}`);
  if (values.headless) {
    await session.close();
    await server.close();
  } else {
    console.log('demo: close the browser window to stop.');
    await new Promise<void>((done) => session.context.on('close', () => done()));
    await server.close();
  }
  process.exit(0);
}
await page.goto(server.url('/'));
const highlights = await waitForSettledHighlights(page);
const count = highlights[highlightNameIn(highlights)]?.length ?? 0;
console.log(`demo: ${server.url('/')} open in ${executablePath} with ${count} highlighted terms`);

if (values.shots) {
  const dir = resolve(process.cwd(), values.shots);
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, 'page-highlights.png') });
  const point = await pointOfFirst(page, highlightNameIn(highlights));
  if (point) {
    await page.mouse.move(point.x - 20, point.y);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await waitFor(() => readTooltip(page), (card) => !!card?.visible, 5_000);
    await page.waitForTimeout(200);
    await page.screenshot({ path: resolve(dir, 'tooltip.png') });
  }
  const popup = await openPopupFor(session, page);
  await popup.waitForSelector('.page-term');
  await popup.screenshot({ path: resolve(dir, 'popup-on-this-page.png') });
  await popup.fill('input[type="search"]', 'magnesum');
  await popup.waitForSelector('.result');
  await popup.screenshot({ path: resolve(dir, 'popup-search.png') });
  const options = await session.newPage();
  await options.setViewportSize({ width: 900, height: 1100 });
  await options.goto(session.extensionUrl('options.html'));
  await options.waitForSelector('#glossaries');
  await options.screenshot({ path: resolve(dir, 'options.png') });
  console.log(`demo: screenshots saved in ${dir}`);
}

if (values['store-shots']) {
  const dir = resolve(process.cwd(), values['store-shots']);
  await mkdir(dir, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(dir, 'store-1-page.png') });
  const name = highlightNameIn(await readHighlights(page));
  const point = await pointOfFirst(page, name);
  if (point) {
    await page.mouse.move(point.x - 20, point.y);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await waitFor(() => readTooltip(page), (card) => !!card?.visible, 5_000);
    await page.waitForTimeout(200);
    await page.screenshot({ path: resolve(dir, 'store-2-card.png') });
  }
  // The popup and the options page, each in a 1280 × 800 frame as the stores ask.
  const popupPage = await session.newPage();
  await popupPage.setViewportSize({ width: 1280, height: 800 });
  await popupPage.goto(session.extensionUrl('popup.html?q=twiching'));
  await popupPage.waitForSelector('.result');
  await popupPage.screenshot({ path: resolve(dir, 'store-3-search.png') });
  const options = await session.newPage();
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.goto(session.extensionUrl('options.html'));
  await options.waitForSelector('#glossaries');
  await options.screenshot({ path: resolve(dir, 'store-4-options.png') });
  console.log(`demo: store screenshots (1280 × 800) saved in ${dir}`);
}

if (values.headless) {
  await session.close();
  await server.close();
} else {
  console.log('demo: close the browser window to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await server.close();
}

/** Where to hover for the card screenshots: the first of these terms the page underlines. */
async function pointOfFirst(target: typeof page, name: string) {
  for (const term of ['muscle spasms', 'muscle spasm', 'spasm', 'twitch', 'tendon']) {
    const point = await pointOfHighlight(target, term, name);
    if (point) return point;
  }
  return null;
}

/**
 * The highlights once the scan is done: the glossary's count has not changed for ten reads in a row
 * (about half a second). The first highlight comes after the first slice of the scan and the
 * word-parts guesses after the whole scan, so a count read at the first highlight changed from run
 * to run.
 */
async function waitForSettledHighlights(page: Evaluator): Promise<Record<string, string[]>> {
  let sameReads = 0;
  let last = -1;
  return waitFor(
    () => readHighlights(page),
    (found) => {
      const count = found[highlightNameIn(found)]?.length ?? 0;
      sameReads = count > 0 && count === last ? sameReads + 1 : 0;
      last = count;
      return sameReads >= 10;
    },
    15_000,
  );
}

function highlightNameIn(found: Record<string, string[]>): string {
  // The glossary's own highlight, not the focus marker or the word-parts guesses.
  return Object.keys(found).find((name) => name.startsWith('termlight-') && !['termlight-focus', 'termlight-parts', 'termlight-parts-tint'].includes(name)) ?? 'termlight';
}
