import { assertBuilt, CHROME_BUILD, chromiumPath, FIREFOX_BUILD, firefoxPath } from './paths';

/** Fails fast, with what to do, when the builds or the browsers are missing. */
export default function setup(): void {
  assertBuilt(CHROME_BUILD);
  assertBuilt(FIREFOX_BUILD);
  chromiumPath();
  firefoxPath();
}
