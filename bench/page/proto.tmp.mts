import { chromium } from 'playwright-core';
import { buildInPageBundle } from '/work/main/bench/page/build-bundle.ts';
import { serveStatic } from '/work/main/tests/browser/harness/fixture-server.ts';
import { CHROMIUM_FLAGS } from '/work/main/tests/browser/harness/chromium.ts';
const G = '/work/main/bench/page/.generated';
await buildInPageBundle(G);
const server = await serveStatic({ '/vendor/': '/work/main/node_modules/mark.js/dist', '/': G });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const every = Number(process.argv[2] ?? 20);
for (const file of ['article.html', 'nodes.html']) {
  await page.goto(server.url('/' + file));
  await page.addScriptTag({ url: server.url('/in-page.js') });
  await page.addScriptTag({ url: server.url('/vendor/mark.min.js') });
  const t = performance.now();
  const m = await page.evaluate((every) => (window as any).termlightBench.markjs('/forms-bundled.json', { accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '‘', '“', '”', '—', '–', '/'] }, separateWordSearch: false, diacritics: false }, every), every);
  console.log(file, 'mark', m, performance.now() - t);
}
await browser.close(); await server.close();
