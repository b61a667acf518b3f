import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GetMessage } from '../../../utils/ui/i18n';

export const ROOT = resolve(import.meta.dirname, '../../..');
const LOCALES_DIR = resolve(ROOT, 'public/_locales');

export interface MessageSpec {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageSpec>;

/** The folders under public/_locales that hold a messages.json (en, and any translation). */
export function localeFolders(): string[] {
  return readdirSync(LOCALES_DIR).filter((name) => existsSync(resolve(LOCALES_DIR, name, 'messages.json'))).sort();
}

export function readMessages(folder = 'en'): MessagesFile {
  return JSON.parse(readFileSync(resolve(LOCALES_DIR, folder, 'messages.json'), 'utf8')) as MessagesFile;
}

/** `$NAME$` references in a message, lower-cased as placeholder names are matched. */
export function placeholderNames(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());
}

/** The highest `$n` a message fills in, directly or through its placeholders (0: none). */
export function substitutionsUsed(spec: MessageSpec): number {
  const contents = [spec.message.replace(/\$\$/g, ''), ...Object.values(spec.placeholders ?? {}).map((placeholder) => placeholder.content)];
  return Math.max(0, ...contents.flatMap((text) => [...text.matchAll(/\$([1-9])/g)].map((match) => Number(match[1]))));
}

/**
 * `browser.i18n.getMessage` over a messages file, for Node: named placeholders become their
 * content, then `$1`…`$9` the substitutions and `$$` a dollar sign. (A missing substitution
 * comes out empty here; the browsers differ there, and the code always passes them all.)
 * tests/browser/locale-strings.test.ts checks it against Chromium's and Firefox's own.
 */
export function getMessageFrom(messages: MessagesFile): GetMessage {
  return (key, substitutions) => {
    const spec = messages[key];
    if (!spec) return '';
    const placeholders = new Map(Object.entries(spec.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
    const expanded = spec.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
    return expanded.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
  };
}
