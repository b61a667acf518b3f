import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium';
import { serveStatic, type StaticServer } from './fixture-server';
import { launchKit, type BrowserKit, type BrowserName } from './kit';
import { FIXTURES } from './paths';

/** A browser launched, and the fixture pages served, for the describe block this is called in. */
function useServed<T extends { close(): Promise<void> }>(launch: () => Promise<T>): { readonly browser: T; readonly server: StaticServer } {
  let browser: T | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get server() {
      return server!;
    },
  };
}

export interface KitSuite {
  readonly kit: BrowserKit;
  readonly server: StaticServer;
}

/** One browser with Termlight, driven the same way in Chromium and Firefox. */
export function useKit(browserName: BrowserName): KitSuite {
  const served = useServed(() => launchKit(browserName));
  return {
    get kit() {
      return served.browser;
    },
    get server() {
      return served.server;
    },
  };
}

export interface ChromiumSuite {
  readonly session: ChromiumSession;
  readonly server: StaticServer;
}

/** Chromium driven directly (for what only it offers: zoom, CDP metrics). */
export function useChromium(): ChromiumSuite {
  const served = useServed(() => launchChromium());
  return {
    get session() {
      return served.browser;
    },
    get server() {
      return served.server;
    },
  };
}
