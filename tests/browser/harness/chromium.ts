import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { assertBuilt, CHROME_BUILD, CHROMIUM_EXTENSION_ID, chromiumPath } from './paths';

/** Flags that keep a root, headless, offline Chromium quiet and deterministic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

function isBrandedChrome(executablePath: string): boolean {
  try {
    return /Google Chrome \d/.test(execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 10_000 }));
  } catch {
    return false;
  }
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  extensionUrl(path: string): string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export interface ChromiumLaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  executablePath?: string;
  colorScheme?: 'light' | 'dark';
  /** A phone: touch input, a 360 × 640 mobile viewport at 2× density. */
  phone?: boolean;
}

export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  assertBuilt(extensionDir);
  const executablePath = options.executablePath ?? chromiumPath();
  // Branded Google Chrome 137+ ignores --load-extension; it loads unpacked extensions over
  // the DevTools pipe instead (Extensions.loadUnpacked), as WXT's own runner does.
  const branded = isBrandedChrome(executablePath);
  const userDataDir = await mkdtemp(join(tmpdir(), 'termlight-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    viewport: options.phone ? { width: 360, height: 640 } : options.viewport === undefined ? { width: 1280, height: 800 } : options.viewport,
    ...(options.phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
    colorScheme: options.colorScheme ?? 'light',
    args: [
      ...CHROMIUM_FLAGS,
      ...(branded
        ? ['--enable-unsafe-extension-debugging']
        : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
    ],
  });
  if (branded) {
    const session = await context.browser()!.newBrowserCDPSession();
    await session.send('Extensions.loadUnpacked' as never, { path: extensionDir } as never);
  }
  const serviceWorker =
    context.serviceWorkers().find((worker) => worker.url().includes(CHROMIUM_EXTENSION_ID)) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (worker) => worker.url().includes(CHROMIUM_EXTENSION_ID),
      timeout: 15_000,
    }));
  return {
    context,
    extensionId: CHROMIUM_EXTENSION_ID,
    serviceWorker,
    extensionUrl: (path) => `chrome-extension://${CHROMIUM_EXTENSION_ID}/${path.replace(/^\//, '')}`,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A new tab on the extension's options page, once the page has rendered its heading. */
export async function openOptionsPage(session: ChromiumSession): Promise<Page> {
  const page = await session.newPage();
  await page.goto(session.extensionUrl('options.html'));
  await page.waitForSelector('h1');
  return page;
}
