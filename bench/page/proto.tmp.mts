import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildGlossaries } from '/work/main/bench/page/glossaries.ts';
import { articlePage, manyNodesPage, noTermsPage } from '/work/main/bench/page/pages.ts';
import { createMatcher } from '/work/main/glossary/matcher.ts';
import { serveStatic } from '/work/main/tests/browser/harness/fixture-server.ts';
import { CHROMIUM_FLAGS } from '/work/main/tests/browser/harness/chromium.ts';
const G = '/work/main/bench/page/.generated';
let t = performance.now();
const g = buildGlossaries('/work/main/glossary/packs/health');
console.log('glossaries', performance.now() - t); t = performance.now();
const pool = { tiers: [g.bundledWritten, g.generatedWritten], weights: [3, 1] };
const art = articlePage(pool); const nodes = manyNodesPage(pool);
const nt = noTermsPage([createMatcher(g.big), createMatcher(g.bundled)]);
console.log('pages', performance.now() - t, art.bytes, nodes.bytes, nodes.nodes, nt.bytes);
writeFileSync(`${G}/article.html`, art.html); writeFileSync(`${G}/nodes.html`, nodes.html); writeFileSync(`${G}/no-terms.html`, nt.html);
for (const [n, c] of [['bundled', g.bundled], ['10k', g.big], ['100', g.small]] as const) writeFileSync(`${G}/glossary-${n}.json`, JSON.stringify(c));
writeFileSync(`${G}/forms-bundled.json`, JSON.stringify(g.bundledForms));
const server = await serveStatic({ '/vendor/': '/work/main/node_modules/mark.js/dist', '/': G });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (m) => console.log('page:', m.text()));
for (const file of ['article.html', 'nodes.html']) {
  await page.goto(server.url('/' + file));
  await page.addScriptTag({ url: server.url('/in-page.js') });
  await page.addScriptTag({ url: server.url('/vendor/mark.min.js') });
  console.log(file, await page.evaluate(() => (window as any).termlightBench.countNodes()));
  console.log('walk', await page.evaluate(() => (window as any).termlightBench.bareWalk()));
  for (const n of ['bundled', '10k', '100']) {
    await page.evaluate((n) => (window as any).termlightBench.loadGlossary(n, `/glossary-${n}.json`), n);
    const r = await page.evaluate((n) => (window as any).termlightBench.scan(n), n);
    console.log('scan', n, { ...r, longTasks: r.longTasks.map(Math.round) });
  }
  await page.goto(server.url('/' + file));
  await page.addScriptTag({ url: server.url('/in-page.js') });
  await page.addScriptTag({ url: server.url('/vendor/mark.min.js') });
  t = performance.now();
  const m = await page.evaluate(() => (window as any).termlightBench.markjs('/forms-bundled.json', { accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '‘', '“', '”', '—', '–', '/'] }, separateWordSearch: false, diacritics: false }));
  console.log('mark', m, performance.now() - t);
}
await browser.close(); await server.close();
