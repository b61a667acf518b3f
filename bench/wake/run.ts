/**
 * `npm run bench:wake [-- --runs=N] [DIR...]`: how soon a page is underlined when the background's
 * service worker has to start first. Chrome stops an extension's worker after about 30 s without
 * work, and the next page that asks for matches starts it again. In headless Chromium with the
 * built extension (or each extension folder given, taking turns, to compare builds), N times
 * (default 6): stop the worker (CDP ServiceWorker.stopAllWorkers) from a blank tab, then open a
 * 10-term article in that tab, which starts the worker again as a reader's navigation does, and
 * time its first highlight from navigation; then the same with the worker running. Prints medians.
 * It never asserts: a benchmark, not a test.
 */
import { launchChromium, type ChromiumSession } from '../../tests/browser/harness/chromium';
import { serveStatic } from '../../tests/browser/harness/fixture-server';
import { CHROME_BUILD, FIXTURES } from '../../tests/browser/harness/paths';
import { median } from '../page/stats';

const runsArg = process.argv.find((arg) => arg.startsWith('--runs='));
const RUNS = Math.max(1, Number(runsArg?.slice(7)) || 6);
const dirs = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (dirs.length === 0) dirs.push(CHROME_BUILD);

const server = await serveStatic({ '/': `${FIXTURES}/pages` });
const sessions: ChromiumSession[] = [];
for (const dir of dirs) {
  const session = await launchChromium({ extensionDir: dir });
  // Every glossary word, every occurrence: the article's terms are underlined whatever their level.
  await session.serviceWorker.evaluate(() => chrome.storage.sync.set({ settings: { underline: 'everyday', density: 'every' } }));
  sessions.push(session);
}
// Past the first start after the install, whose storage set-up is slow in its own way.
await new Promise((resolve) => setTimeout(resolve, 4000));

async function firstHighlightMs(session: ChromiumSession, stopWorker: boolean, visit: string): Promise<number> {
  // A blank tab first, then the article in the same tab: closing a tab or opening one of the
  // extension's pages would wake the worker before the article asks for it.
  const page = await session.newPage();
  await page.goto('about:blank');
  if (stopWorker) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('ServiceWorker.enable' as never);
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
    await cdp.detach();
  }
  await new Promise((resolve) => setTimeout(resolve, 800));
  await page.goto(server.url(`/article.html?${visit}`));
  // A string, not a function: tsx's helpers are not in the page.
  const ms = Number(
    await page.evaluate(
      "new Promise((done) => { const check = () => { for (const [name, found] of CSS.highlights) if (name.startsWith('termlight-') && found.size > 0) return done(performance.now()); requestAnimationFrame(check); }; check(); })",
    ),
  );
  await page.close();
  return ms;
}

const stopped: number[][] = dirs.map(() => []);
const running: number[][] = dirs.map(() => []);
for (let run = 0; run < RUNS; run++) {
  for (const [k, session] of sessions.entries()) {
    stopped[k]!.push(await firstHighlightMs(session, true, `${run}-stopped`));
    running[k]!.push(await firstHighlightMs(session, false, `${run}-running`));
  }
}
for (const session of sessions) await session.close();
await server.close();

console.log(`\nTermlight wake-up benchmark: a 10-term article's first highlight, headless Chromium, median of ${RUNS}${dirs.length > 1 ? ', the builds taking turns' : ''}\n`);
console.log('| build | after the worker was stopped | with the worker running |');
console.log('| --- | --- | --- |');
for (const [k, dir] of dirs.entries()) {
  const all = (values: number[]) => values.map((value) => value.toFixed(0)).join(' ');
  console.log(`| ${dir === CHROME_BUILD ? 'this build' : dir} | ${median(stopped[k]!).toFixed(0)} ms (${all(stopped[k]!)}) | ${median(running[k]!).toFixed(0)} ms (${all(running[k]!)}) |`);
}
