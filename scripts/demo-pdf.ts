// `npm run demo -- --pdf`: the PDF reader on a sample leaflet generated into demo/generated/.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../tests/browser/harness/chromium';
import { readTooltip, waitFor } from '../tests/browser/harness/page-helpers';
import { DEMO } from '../tests/browser/harness/paths';
import { demoLeaflet } from '../tests/browser/reader-pdfs';

/** Writes the sample PDF where the demo server serves it; returns its path below the server root. */
export async function writeSamplePdf(): Promise<string> {
  await mkdir(resolve(DEMO, 'generated'), { recursive: true });
  await writeFile(resolve(DEMO, 'generated/sample-leaflet.pdf'), await demoLeaflet());
  return '/generated/sample-leaflet.pdf';
}

/** Opens the reader on `pdfUrl`, waits for highlights; with `shotsDir`, saves reader.png and reader-card.png. */
export async function openReaderDemo(session: ChromiumSession, page: Page, pdfUrl: string, shotsDir?: string): Promise<number> {
  await page.goto(session.extensionUrl(`reader.html?url=${encodeURIComponent(pdfUrl)}`));
  const count = await waitFor(
    () => page.evaluate(() => [...CSS.highlights].filter(([name]) => name.startsWith('termlight-') && name !== 'termlight-focus').reduce((sum, [, h]) => sum + h.size, 0)),
    (n) => n > 0,
    15_000,
  );
  await page.waitForSelector('.doc-term');
  await page.waitForTimeout(500);
  if (shotsDir) {
    const dir = resolve(process.cwd(), shotsDir);
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: resolve(dir, 'reader.png') });
    await page.keyboard.press('n');
    await page.keyboard.press('n');
    await waitFor(() => readTooltip(page), (card) => !!card?.visible, 5_000).catch(() => null);
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(dir, 'reader-card.png') });
  }
  return count;
}
