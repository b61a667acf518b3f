import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtensionPage } from './harness/firefox';
import { launchKit, type BrowserKit, type BrowserName, type KitPage } from './harness/kit';
import { pointOfHighlight, readHighlights, readTooltip, waitFor, type Evaluator } from './harness/page-helpers';
import { decodePng } from './harness/png';
import { CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_UUID } from './harness/paths';
import { PASSWORD, readerFixtures } from './reader-pdfs';

/** Serves the generated PDFs (and a 404 and a web page) on 127.0.0.1, logging every request. */
async function servePdfs(files: Record<string, Uint8Array>) {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    const name = path.slice(1);
    if (path === '/page.html') return void response.writeHead(200, { 'content-type': 'text/html' }).end('<p>Not a PDF.</p>');
    const body = files[name];
    if (!body) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': body.length, 'cache-control': 'no-store' }).end(Buffer.from(body));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, requests, close: () => new Promise<void>((done) => server.close(() => done())) };
}

const readerUrl = (browser: BrowserName, query = '') =>
  `${browser === 'chromium' ? `chrome-extension://${CHROMIUM_EXTENSION_ID}` : `moz-extension://${FIREFOX_EXTENSION_UUID}`}/reader.html${query}`;

/** Termlight's term highlights in the reader (not the focus or find markers, nor word-parts guesses), as texts. */
async function termTexts(page: Evaluator): Promise<string[]> {
  const found = await readHighlights(page);
  return Object.entries(found)
    .filter(([name]) => name.startsWith('termlight-') && !['termlight-focus', 'termlight-find', 'termlight-parts'].includes(name))
    .flatMap(([, texts]) => texts)
    .map((text) => text.toLowerCase())
    .sort();
}

/** PDF.js's document workers running for a reader page (Chromium's automation lists a page's workers). */
const pdfWorkersOf = (page: KitPage) => (page.raw as PlaywrightPage).workers().filter((worker) => worker.url().includes('pdf.worker'));

const text = (page: Evaluator, selector: string) => page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
const texts = (page: Evaluator, selector: string) => page.evaluate((sel) => [...document.querySelectorAll(sel)].map((node) => (node.textContent ?? '').trim()), selector);

describe.each<BrowserName>(['chromium', 'firefox'])('PDF reader in %s', (browserName) => {
  let kit: BrowserKit;
  let server: Awaited<ReturnType<typeof servePdfs>>;
  let dir: string;
  /** Requests the browser made from reader pages (anything but the extension's own files). */
  const browserRequests: string[] = [];

  beforeAll(async () => {
    const files = await readerFixtures();
    dir = mkdtempSync(join(tmpdir(), 'termlight-pdfs-'));
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    server = await servePdfs(files);
    kit = await launchKit(browserName);
  });
  afterAll(async () => {
    await kit?.close();
    await server?.close();
  });

  async function openReader(query = ''): Promise<KitPage> {
    const page = await kit.newPage();
    const record = (url: string) => {
      if (!/^(chrome|moz)-extension:|^data:|^blob:|^about:/.test(url)) browserRequests.push(url);
    };
    if (browserName === 'chromium') {
      (page.raw as PlaywrightPage).context().on('request', (request) => record(request.url()));
      await (page.raw as PlaywrightPage).goto(readerUrl(browserName, query));
      await (page.raw as PlaywrightPage).waitForSelector('.reader');
    } else {
      (page.raw as PuppeteerPage).on('request', (request) => record(request.url()));
      await openExtensionPage(page.raw as PuppeteerPage, readerUrl(browserName, query), '.reader');
    }
    return page;
  }

  const openUrl = (name: string) => openReader(`?url=${encodeURIComponent(`${server.origin}/${name}`)}`);

  async function chooseFile(page: KitPage, name: string): Promise<void> {
    if (browserName === 'chromium') await (page.raw as PlaywrightPage).setInputFiles('#file', join(dir, name));
    else {
      const input = await (page.raw as PuppeteerPage).$('#file');
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(join(dir, name));
    }
  }

  const messageOf = (page: KitPage) => waitFor(() => page.evaluate(() => document.querySelector('#reader-error, #no-text, #password-message')?.textContent?.trim() ?? null, undefined), (message) => !!message, 15_000);

  it('opens a two-column report by URL and highlights its terms, the side panel counting the same', async () => {
    const page = await openUrl('report.pdf');
    const found = await waitFor(() => termTexts(page), (list) => list.length >= 7, 15_000);
    // Both columns, each in its own reading order.
    expect(found).toEqual(expect.arrayContaining(['anemia', 'arrhythmia', 'biopsy', 'cholesterol', 'migraine', 'tachycardia', 'tachycardia']));
    const names = await waitFor(() => texts(page, '.doc-term-name'), (list) => list.length >= 6);
    const expectedOrder = ['tachycardia', 'arrhythmia', 'anemia', 'cholesterol', 'migraine', 'biopsy'];
    expect(names.filter((name) => expectedOrder.includes(name))).toEqual(expectedOrder);
    const counts = (await texts(page, '.doc-term .count')).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(found.length);
    expect(counts[names.indexOf('tachycardia')]).toBe(2);
    // Every listed term is highlighted as often as the panel says.
    for (const [i, name] of names.entries()) expect(found.filter((text) => text === name.toLowerCase()).length || counts[i]).toBe(counts[i]);
    await page.close();
  });

  it('follows a term muted while it is open, and its unmuting, without being reloaded or blinking', async () => {
    const page = await openUrl('report.pdf');
    const before = await waitFor(() => termTexts(page), (list) => list.includes('migraine'), 15_000);
    const without = before.filter((text) => text !== 'migraine');
    /** Every state the reader shows until it shows `wanted`: the old highlights, then the new, never none. */
    const statesUntil = async (wanted: string[]) => {
      const seen: string[][] = [];
      const until = Date.now() + 15_000;
      while (Date.now() < until && JSON.stringify(seen.at(-1)) !== JSON.stringify(wanted)) seen.push(await termTexts(page));
      return seen;
    };
    try {
      // The background writes the tables to the extension's database and then their revision,
      // which the reader watches (utils/storage/glossary-store.ts).
      await kit.setSettings({ mutedIds: ['health-basics:migraine'] });
      const muting = await statesUntil(without);
      expect(muting.at(-1)).toEqual(without);
      expect(muting.filter((state) => state.length === 0)).toEqual([]);
    } finally {
      await kit.setSettings({});
    }
    const unmuting = await statesUntil(before);
    expect(unmuting.at(-1)).toEqual(before);
    expect(unmuting.filter((state) => state.length === 0)).toEqual([]);
    await page.close();
  });

  it("gets the tables in force from the background when its own database lacks them (a Firefox private window's pages have one of their own)", async () => {
    const page = await openReader();
    const reply = await page.evaluate(async () => {
      const revision = (await chrome.storage.local.get('compiledGlossaryRevision')).compiledGlossaryRevision as string;
      // The wire format of utils/messages/messaging.ts (@webext-core/messaging); its reply is { res }.
      const ask = async (wanted: string) => ((await chrome.runtime.sendMessage({ id: 1, type: 'compiledTables', data: { revision: wanted }, timestamp: Date.now() })) as { res: { revision: string; tables: { entries: string } } | null }).res;
      const current = await ask(revision);
      return { revision, answered: current?.revision, entries: current ? (JSON.parse(current.tables.entries) as unknown[]).length : 0, stale: await ask(`${revision}-old`) };
    }, undefined);
    expect(reply.answered).toBe(reply.revision);
    expect(reply.entries).toBeGreaterThan(8_000);
    // Tables of another revision than the one asked for are never handed out.
    expect(reply.stale).toBeNull();
    await page.close();
  });

  it("draws the page's picture in PDF.js's renderer worker and shows it as it came", async () => {
    const page = await openUrl('report.pdf');
    await waitFor(() => termTexts(page), (list) => list.length >= 7, 15_000);
    // The top of the first page on screen: its canvas's pixels, as the reader sees them.
    const clip = await page.evaluate(() => {
      const box = document.querySelector('.viewer canvas')!.getBoundingClientRect();
      return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(Math.min(box.width, 500)), height: Math.round(Math.min(box.height, 300)) };
    }, undefined);
    const inkShare = async () => {
      const png = await (page.raw as unknown as { screenshot(options: object): Promise<Uint8Array> }).screenshot({ clip, type: 'png' });
      const { data } = decodePng(png);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 128 && data[i + 1]! < 128 && data[i + 2]! < 128) ink++;
      return ink / (data.length / 4);
    };
    // Text on white (the text layer above it is transparent): some ink, most of the page not.
    const share = await waitFor(inkShare, (value) => value > 0.002, 15_000);
    expect(share).toBeLessThan(0.5);
    // A canvas that took the worker's picture holds an ImageBitmapRenderingContext; one drawn on the
    // reader's own thread holds a 2D context, and then asking for the other kind gives null.
    expect(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('.viewer canvas')!.getContext('bitmaprenderer') !== null, undefined)).toBe(true);
    await page.close();
  });

  it('opens a file from the file input and finds terms broken across lines', async () => {
    const page = await openReader();
    await chooseFile(page, 'broken-term.pdf');
    const found = await waitFor(() => termTexts(page), (list) => list.length >= 2, 15_000);
    expect(found).toEqual(['high blood pressure', 'muscle spasm']);
    await page.close();
  });

  it("opens a second document in the same page, ending the first one's PDF worker", async () => {
    // Each document has a PDF.js worker (a thread of its own); the one it replaces is closed with
    // its worker, not left running beside it.
    const page = await openUrl('report.pdf');
    await waitFor(() => termTexts(page), (list) => list.length >= 7, 15_000);
    const pdfWorkers = () => pdfWorkersOf(page);
    let firstEnded: Promise<unknown> | null = null;
    if (browserName === 'chromium') {
      expect(pdfWorkers()).toHaveLength(1);
      const first = pdfWorkers()[0]!;
      firstEnded = new Promise((resolve) => first.on('close', resolve));
    }
    await chooseFile(page, 'broken-term.pdf');
    const found = await waitFor(() => termTexts(page), (list) => list.join() === 'high blood pressure,muscle spasm', 15_000);
    expect(found).toEqual(['high blood pressure', 'muscle spasm']);
    expect(await text(page, '.doc-title')).toBe('broken-term.pdf');
    if (firstEnded) {
      await Promise.race([firstEnded, new Promise((_, reject) => setTimeout(() => reject(new Error('the first PDF worker is still running')), 5_000))]);
      expect(pdfWorkers()).toHaveLength(1);
    }
    await page.close();
  });

  it('shows the card when a highlighted term is hovered', async () => {
    const page = await openUrl('report.pdf');
    await waitFor(() => termTexts(page), (list) => list.length >= 7, 15_000);
    const point = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('termlight-') || name === 'termlight-focus') continue;
        for (const staticRange of highlight) {
          const range = document.createRange();
          range.setStart(staticRange.startContainer, staticRange.startOffset);
          range.setEnd(staticRange.endContainer, staticRange.endOffset);
          if (range.toString() !== 'anemia') continue;
          const rect = range.getClientRects()[0]!;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    }, undefined);
    expect(point).not.toBeNull();
    await page.move(point!.x - 30, point!.y);
    await page.move(point!.x, point!.y, 4);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 10_000);
    expect(card!.text.toLowerCase()).toContain('anemia');
    await page.close();
  });

  it('moves through the terms of every page with the keyboard, and the popup lists them', async () => {
    const page = await openUrl('leaflet.pdf');
    await waitFor(() => texts(page, '.doc-term-name'), (list) => list.length >= 5, 15_000);
    const seen: string[] = [];
    for (let i = 0; i < 40 && !seen.some((entry) => entry.startsWith('3:')); i++) {
      await page.press('n');
      const current = await waitFor(() => page.evaluate(() => {
        const focus = CSS.highlights.get('termlight-focus');
        for (const staticRange of focus ?? []) {
          const range = document.createRange();
          range.setStart(staticRange.startContainer, staticRange.startOffset);
          range.setEnd(staticRange.endContainer, staticRange.endOffset);
          const pageNumber = (range.startContainer.parentElement?.closest('.pdf-page') as HTMLElement | null)?.dataset.page;
          const node = [...(range.startContainer.parentElement?.closest('.textLayer')?.childNodes ?? [])].indexOf(range.startContainer.parentElement as ChildNode);
          return `${pageNumber}:${node}:${range.startOffset}:${range.toString().toLowerCase()}`;
        }
        return null;
      }, undefined), (value) => !!value && value !== seen[seen.length - 1], 10_000);
      seen.push(current!);
    }
    const pages = seen.map((entry) => Number(entry.split(':')[0]));
    expect(new Set(pages)).toEqual(new Set([1, 2, 3]));
    // In document order, page after page, and never the same term twice.
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    await page.press('p');
    await waitFor(() => page.evaluate(() => [...(CSS.highlights.get('termlight-focus') ?? [])].length, undefined), (n) => n === 1);

    const popup = await kit.openPopup(page);
    const listed = await waitFor(() => texts(popup, '.page-term-name'), (list) => list.length > 0, 10_000);
    expect(listed).toEqual(await texts(page, '.doc-term-name'));
    await popup.close();
    await page.close();
  });

  it('asks for the password of a protected PDF and says when it is wrong', async () => {
    const page = await openUrl('protected.pdf');
    expect(await messageOf(page)).toBe('This PDF is protected by a password.');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#password')!;
      input.value = 'wrong';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      document.querySelector<HTMLFormElement>('#password-form')!.requestSubmit();
    }, undefined);
    await waitFor(() => text(page, '#password-message'), (message) => message === 'That password is not right. Try again.', 10_000);
    await page.evaluate((password) => {
      const input = document.querySelector<HTMLInputElement>('#password')!;
      input.value = password;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      document.querySelector<HTMLFormElement>('#password-form')!.requestSubmit();
    }, PASSWORD);
    expect(await waitFor(() => termTexts(page), (list) => list.length >= 2, 15_000)).toEqual(['high blood pressure', 'muscle spasm']);
    await page.close();
  });

  it.each([
    ['corrupt.pdf', /damaged or incomplete/],
    ['not-a-pdf.pdf', /did not return a PDF/],
    ['missing.pdf', /server answered 404/],
    ['scanned.pdf', /no text layer/],
  ])('explains a bad input: %s', async (name, expected) => {
    const page = await openUrl(name);
    expect(await messageOf(page)).toMatch(expected);
    await page.close();
  });

  it('ends the PDF worker of a document that could not be opened', async () => {
    const page = await openUrl('corrupt.pdf');
    expect(await messageOf(page)).toMatch(/damaged or incomplete/);
    // Firefox's automation here lists no workers; Chromium's does.
    if (browserName === 'chromium') {
      expect(await waitFor(async () => pdfWorkersOf(page).length, (count) => count === 0, 5_000)).toBe(0);
    }
    // The page still opens the next document it is given.
    await chooseFile(page, 'broken-term.pdf');
    expect(await waitFor(() => termTexts(page), (list) => list.length >= 2, 15_000)).toEqual(['high blood pressure', 'muscle spasm']);
    await page.close();
  });

  it('explains a local file that is not a PDF, and an address that cannot be reached', async () => {
    const page = await openReader();
    await chooseFile(page, 'not-a-pdf.pdf');
    expect(await messageOf(page)).toBe('This file is not a PDF.');
    await page.close();
    const unreachable = await openReader(`?url=${encodeURIComponent('http://127.0.0.1:9/gone.pdf')}`);
    expect(await messageOf(unreachable)).toMatch(/could not be reached/);
    await unreachable.close();
  });

  /** Term highlights (or word-parts guesses), each as its text and the text-layer spans it starts and ends in. */
  const rangesIn = (page: Evaluator, kind: 'terms' | 'parts') =>
    page.evaluate((wanted) => {
      const out: { name: string; text: string; from: string; to: string }[] = [];
      for (const [name, highlight] of CSS.highlights) {
        const isParts = name === 'termlight-parts';
        if (!name.startsWith('termlight-') || ['termlight-focus', 'termlight-find'].includes(name) || isParts !== (wanted === 'parts')) continue;
        for (const staticRange of highlight) {
          const range = document.createRange();
          range.setStart(staticRange.startContainer, staticRange.startOffset);
          range.setEnd(staticRange.endContainer, staticRange.endOffset);
          out.push({ name, text: range.toString(), from: staticRange.startContainer.parentElement?.textContent ?? '', to: staticRange.endContainer.parentElement?.textContent ?? '' });
        }
      }
      return out.sort((a, b) => a.text.localeCompare(b.text));
    }, kind);

  it('joins a word hyphenated at a line end, its highlight running over both lines', async () => {
    // Every level is underlined, so what is joined does not depend on a word's level.
    await kit.setSettings({ underline: 'everyday' });
    try {
      const page = await openUrl('hyphenated.pdf');
      const names = await waitFor(() => texts(page, '.doc-term-name'), (list) => list.length >= 3, 15_000);
      // "A chest X-ray was clear" is a phrase of its own since pack 2.62 (the clear X-ray card),
      // matched whole across the hyphen.
      expect([...names].sort()).toEqual(['clear X-ray', 'heartburn', 'hypoplasia']);
      const ranges = await waitFor(() => rangesIn(page, 'terms'), (list) => list.length >= 3, 10_000);
      // Each runs from the first line's span (ending in the hyphen) to the next line's.
      expect(ranges.map(({ text, from, to }) => ({ text, from, to }))).toEqual([
        { text: 'chest X-\nray was clear', from: 'plasia was noted. A chest X-', to: 'ray was clear, and the heart-' },
        { text: 'heart-\nburn', from: 'ray was clear, and the heart-', to: 'burn has settled. Hypo-' },
        { text: 'hypo-\nplasia', from: 'The scan showed mild hypo-', to: 'plasia was noted. A chest X-' },
      ]);
      // The counts agree, and find finds the word whole.
      expect((await texts(page, '.doc-term .count')).map(Number)).toEqual([1, 1, 1]);
      await page.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#find')!;
        input.value = 'hypoplasia';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, undefined);
      // Submitted once the form has rendered with the query.
      await waitFor(() => page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))), undefined), Boolean);
      await page.evaluate(() => document.querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit(), undefined);
      expect(await waitFor(() => text(page, '#find-count'), (value) => !!value, 5_000)).toBe('1 of 1');
      await page.close();
    } finally {
      await kit.setSettings({});
    }
  });

  it('underlines rare words with a word-parts guess and shows its card, as on web pages, unless the setting is off', async () => {
    const page = await openUrl('rare-words.pdf');
    const guesses = await waitFor(() => rangesIn(page, 'parts'), (list) => list.length >= 2, 15_000);
    expect(guesses.map((range) => range.text)).toEqual(['nephroptosis', 'onychomalacia']);
    const point = await pointOfHighlight(page, 'nephroptosis', 'termlight-parts');
    expect(point).not.toBeNull();
    await page.move(point!.x - 30, point!.y);
    await page.move(point!.x, point!.y, 4);
    const card = await waitFor(() => readTooltip(page), (value) => !!value?.visible, 10_000);
    expect(card!.text).toContain('nephro (kidney) + ptosis (drooping)');
    expect(card!.text).toContain("Best guess from the word's parts");
    // The keyboard reaches guesses too.
    await page.press('Escape');
    await page.press('n');
    await waitFor(() => page.evaluate(() => [...(CSS.highlights.get('termlight-focus') ?? [])].length, undefined), (n) => n === 1, 10_000);
    await page.close();

    await kit.setSettings({ wordParts: false });
    try {
      const plain = await openUrl('rare-words.pdf');
      await waitFor(() => texts(plain, '.doc-term-name'), (list) => list.length >= 1, 15_000);
      await waitFor(() => plain.evaluate(() => document.querySelectorAll('.textLayer').length, undefined), (n) => n >= 1, 10_000);
      // Give a guess every chance to appear: the tables load and build after the terms.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await rangesIn(plain, 'parts')).toEqual([]);
      await plain.close();
    } finally {
      await kit.setSettings({});
    }
  });

  it('made no request but the PDFs the user asked for', () => {
    const paths = browserRequests.map((url) => new URL(url).pathname);
    for (const url of browserRequests) expect(url.startsWith(server.origin) || url.startsWith('http://127.0.0.1:9/')).toBe(true);
    expect(paths.every((path) => /\.pdf$/.test(path))).toBe(true);
    expect(server.requests.every((path) => /\.pdf$/.test(path))).toBe(true);
  });
});
