/**
 * What one custom highlight costs the page's own frames, by how it is drawn and how long the page
 * is: no extension, the page benchmark's article cut to its first N blocks, a highlight of its own
 * registered (none; one range drawn as an underline; twelve ranges drawn as a background), then the
 * page shows a card-sized element 30 times (`controlShow`, as the hover row's floor) and each show
 * is timed to the end of its frame. Traced too: Chromium's `CompositingInputs` phase per changing
 * frame (where it rebuilds highlight markers). entrypoints/content/drawn-style.ts rests on this.
 *
 *   npm run bench:page      (once: writes bench/page/.generated/article.html and in-page.js)
 *   npm run bench:decoration
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../tests/browser/harness/chromium';
import { serveStatic } from '../../tests/browser/harness/fixture-server';
import { chromiumPath } from '../../tests/browser/harness/paths';
import type { TermlightBench } from './in-page';
import { median, percentile } from './stats';

const OUT = resolve(import.meta.dirname, '.generated');
const SHOWS = 30;

interface Variant {
  /** Blocks of the article kept (the rest removed before timing), or all. */
  blocks: number | 'all';
  /** How many ranges the page's highlight holds, and how it is drawn. */
  ranges: number;
  drawn: 'underline' | 'background';
}

const VARIANTS: Variant[] = [
  ...[250, 1000, 'all' as const].flatMap((blocks) => [
    { blocks, ranges: 0, drawn: 'underline' as const },
    { blocks, ranges: 1, drawn: 'underline' as const },
  ]),
  { blocks: 'all', ranges: 200, drawn: 'underline' },
  { blocks: 'all', ranges: 12, drawn: 'background' },
];


async function main(): Promise<void> {
  if (!existsSync(resolve(OUT, 'article.html'))) throw new Error('run `npm run bench:page` once first: it writes bench/page/.generated/');
  const server = await serveStatic({ '/': OUT });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  console.log('| article blocks kept (elements) | highlight | change → painted, p50 / p95 | CompositingInputs per changing frame, median |');
  console.log('|---|---|---:|---:|');
  try {
    for (const variant of VARIANTS) {
      const page = await context.newPage();
      await page.goto(server.url('/article.html'));
      const elements = await page.evaluate(({ blocks, ranges, drawn }) => {
        if (blocks !== 'all') for (const block of [...document.querySelectorAll('body p, body li, body h2, body h3, body table')].slice(blocks)) block.remove();
        const style = document.createElement('style');
        style.textContent = '::highlight(cost-underline){text-decoration:underline dotted 2px teal}::highlight(cost-background){background-color:rgb(15 118 110 / 0.16)}';
        document.head.append(style);
        const highlight = new Highlight();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && highlight.size < ranges; node = walker.nextNode()) {
          const text = node as Text;
          if (text.data.length >= 12) highlight.add(new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 8 }));
        }
        if (ranges > 0) CSS.highlights.set(`cost-${drawn}`, highlight);
        return document.getElementsByTagName('*').length;
      }, variant);
      await page.waitForTimeout(1_000);
      const cdp = await context.newCDPSession(page);
      const events: { name: string; ph: string; dur?: number }[] = [];
      cdp.on('Tracing.dataCollected', (event) => events.push(...(event.value as unknown as typeof events)));
      await cdp.send('Tracing.start', { categories: 'blink,benchmark', transferMode: 'ReportEvents' });
      const shows = await page.evaluate((n) => (window as unknown as { termlightBench: TermlightBench }).termlightBench.controlShow(n), SHOWS);
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      const toPaint = shows.map((show) => show.paintedAt - show.firedAt);
      // Frames without a change skip the phase's work: only those that did some count.
      const phases = events.filter((event) => event.name === 'Blink.CompositingInputs.UpdateTime' && event.ph === 'X' && (event.dur ?? 0) > 100).map((event) => event.dur! / 1000);
      const kept = variant.blocks === 'all' ? 'all' : `first ${variant.blocks}`;
      const drawn = variant.ranges === 0 ? 'none' : `${variant.ranges} range${variant.ranges > 1 ? 's' : ''}, ${variant.drawn}`;
      console.log(`| ${kept} (${elements.toLocaleString('en-US')}) | ${drawn} | ${percentile(toPaint, 50).toFixed(1)} / ${percentile(toPaint, 95).toFixed(1)} ms | ${median(phases).toFixed(1)} ms (${phases.length} frames) |`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
