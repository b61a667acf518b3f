import { chromium } from 'playwright-core';
import { buildInPageBundle } from '/work/main/bench/page/build-bundle.ts';
import { serveStatic } from '/work/main/tests/browser/harness/fixture-server.ts';
import { CHROMIUM_FLAGS } from '/work/main/tests/browser/harness/chromium.ts';
const G = '/work/main/bench/page/.generated';
await buildInPageBundle(G);
const server = await serveStatic({ '/': G });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const fresh = async (file: string, gl: string) => { await page.goto(server.url('/' + file)); await page.addScriptTag({ url: server.url('/in-page.js') }); await page.evaluate((n) => (window as any).termlightBench.loadGlossary(n, `/glossary-${n}.json`), gl); };
for (const file of ['article.html', 'nodes.html']) for (const gl of ['bundled', '10k', '100']) {
  await fresh(file, gl);
  console.log(file, gl, 'walk', await page.evaluate(() => (window as any).termlightBench.bareWalk()));
  console.log('  breakdown', await page.evaluate((n) => (window as any).termlightBench.breakdown(n), gl));
  await fresh(file, gl);
  const r = await page.evaluate((n) => (window as any).termlightBench.scan(n), gl);
  console.log('  scan', r.ms.toFixed(0), r.busyMs.toFixed(0), r.slices, r.sliceMs.map((x: number) => x.toFixed(0)).join(' '), r.longTasks);
}
await browser.close(); await server.close();
