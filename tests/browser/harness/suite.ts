import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type ChromiumSession } from './chromium';
import { serveStatic, type StaticServer } from './fixture-server';
import { launchKit, type BrowserKit, type BrowserName } from './kit';
import { FIXTURES } from './paths';

export interface KitSuite {
  readonly kit: BrowserKit;
  readonly server: StaticServer;
}

/** One browser with Termlight and the fixture pages served, for the describe block it is called in. */
export function useKit(browserName: BrowserName): KitSuite {
  let kit: BrowserKit | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    kit = await launchKit(browserName);
  });
  afterAll(async () => {
    await kit?.close();
    await server?.close();
  });
  return {
    get kit() {
      return kit!;
    },
    get server() {
      return server!;
    },
  };
}

export interface ChromiumSuite {
  readonly session: ChromiumSession;
  readonly server: StaticServer;
}

/** Chromium driven directly (for what only it offers: zoom, CDP metrics), with the fixtures served. */
export function useChromium(): ChromiumSuite {
  let session: ChromiumSession | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic({ '/': `${FIXTURES}/pages` });
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  return {
    get session() {
      return session!;
    },
    get server() {
      return server!;
    },
  };
}
