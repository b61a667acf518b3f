import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, manifestCommands, PAGE_COMMANDS } from '../../utils/messages/commands';

const README = readFileSync(resolve(import.meta.dirname, '../..', 'README.md'), 'utf8');
const asKbd = (key: string) => key.split('+').map((part) => `<kbd>${part}</kbd>`).join('+');

/** One list of keyboard commands (utils/messages/commands.ts) for the manifest, the background, messages and the README. */
describe('the keyboard commands', () => {
  it('gives the manifest every command, a suggested key where there is one and a localized description', () => {
    const manifest = manifestCommands();
    expect(Object.keys(manifest)).toEqual(Object.keys(COMMANDS));
    expect(manifest['next-term']).toEqual({ suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandNextTerm__' });
    expect(manifest['toggle-site']).toEqual({ description: '__MSG_commandToggleSite__' });
  });

  it('carries out on pages every command but the one that opens the popup', () => {
    expect([...PAGE_COMMANDS].sort()).toEqual(Object.keys(COMMANDS).filter((name) => name !== '_execute_action').sort());
  });

  it.each(Object.entries(COMMANDS).filter(([, command]) => command.key !== null))('has %s in the README table under its key', (_, command) => {
    expect(README).toContain(`| ${asKbd(command.key!)} |`);
  });
});
