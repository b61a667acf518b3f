import { afterAll, beforeAll } from 'vitest';
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
