import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

/** Mozilla's add-on linter refuses to parse a script larger than this, and the store runs it. */
const LINTER_SCRIPT_BYTES = 5 * 1024 * 1024;

function scriptsIn(dir: string): { file: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.m?js$/.test(file))
    .map((file) => ({ file, bytes: statSync(join(dir, file)).size }));
}

// The background's script carries the bundled pack's compiled tables, entry list included
// (modules/prebuilt-glossary.ts), and grows with the pack: this says so before the linter does.
describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('the %s build', (_browser, dir) => {
  it('has no script the add-on linter would refuse to read', () => {
    const scripts = scriptsIn(dir);
    expect(scripts.map(({ file }) => file)).toContain('background.js');
    const tooLarge = scripts.filter(({ bytes }) => bytes > LINTER_SCRIPT_BYTES);
    expect(tooLarge).toEqual([]);
  });
});
