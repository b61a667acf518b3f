import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, toLanguageTag } from '../../utils/ui/i18n';
import { getMessageFrom, localeFolders, placeholderNames, readMessages, ROOT, substitutionsUsed, type MessagesFile } from './helpers/locale-messages';
import { hardCodedStrings, keyUses, manifestKeyUses, type KeyUse } from './helpers/ui-strings';
import { manifestCommands } from '../../utils/messages/commands';

/** Everything that ships: scripts, pages, styles, and the manifest's source. */
const SHIPPED_DIRS = ['entrypoints', 'components', 'utils', 'assets'];
const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const shipped = SHIPPED_DIRS.flatMap((dir) => files(resolve(ROOT, dir))).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
const scripts = shipped.filter((file) => /\.tsx?$/.test(file.path) && !file.path.endsWith('.d.ts'));
const uses: (KeyUse & { path: string })[] = scripts.flatMap((file) => keyUses(file.path, file.text).map((use) => ({ ...use, path: file.path })));
// The manifest: wxt.config.ts, and the commands it builds from utils/messages/commands.ts.
const manifestUses = [readFileSync(resolve(ROOT, 'wxt.config.ts'), 'utf8'), JSON.stringify(manifestCommands()), ...shipped.filter((file) => /\.(html|css)$/.test(file.path)).map((file) => file.text)].flatMap(manifestKeyUses);

const english = readMessages('en');
const englishKeys = Object.keys(english);
const where = (use: { path: string; line: number }) => `${use.path}:${use.line}`;
/** The forms of a counted message present in a messages file. */
const formsOf = (messages: MessagesFile, base: string) => Object.keys(messages).filter((key) => PLURAL_FORM.exec(key)?.[1] === base);

describe('the English messages file and the code agree', () => {
  it('finds the calls', () => {
    expect(uses.filter((use) => use.fn === 't').length).toBeGreaterThan(50);
    expect(uses.filter((use) => use.fn === 'tPlural').length).toBeGreaterThan(10);
    expect(manifestUses).toContain('extName');
  });

  it('passes every key as a string literal, so this scan sees it (utils/ui/i18n.ts itself excepted)', () => {
    expect(uses.filter((use) => (use.key === null || use.spread) && use.path !== 'utils/ui/i18n.ts').map(where)).toEqual([]);
  });

  it('has every key the code and the manifest use', () => {
    const missing = [
      ...uses.filter((use) => use.key !== null && use.fn !== 'tPlural' && !(use.key in english)).map((use) => `${where(use)} ${use.key}`),
      ...uses.filter((use) => use.fn === 'tPlural' && use.key !== null && !(`${use.key}_one` in english && `${use.key}_other` in english)).map((use) => `${where(use)} ${use.key}_one/_other`),
      ...manifestUses.filter((key) => !(key in english)).map((key) => `__MSG_${key}__`),
    ];
    expect(missing).toEqual([]);
  });

  it('uses every key it has (no orphans)', () => {
    const used = new Set([...uses.filter((use) => use.fn !== 'tPlural').map((use) => use.key), ...manifestUses]);
    const usedBases = new Set(uses.filter((use) => use.fn === 'tPlural').map((use) => use.key));
    const orphans = englishKeys.filter((key) => {
      const base = PLURAL_FORM.exec(key)?.[1];
      return !used.has(key) && !(base && usedBases.has(base));
    });
    expect(orphans).toEqual([]);
  });

  it('calls plain keys with t and counted ones with tPlural', () => {
    const wrong = uses.filter((use) => use.key !== null && (use.fn === 'tPlural') === (use.key in english)).map((use) => `${where(use)} ${use.fn}(${use.key})`);
    expect(wrong).toEqual([]);
  });

  it('passes exactly the substitutions each message fills in', () => {
    const mismatched = uses.flatMap((use) => {
      if (use.key === null) return [];
      const specs = use.fn === 'tPlural' ? formsOf(english, use.key).map((key) => english[key]!) : [english[use.key]].filter((spec) => spec !== undefined);
      const wanted = Math.max(0, ...specs.map(substitutionsUsed));
      return specs.length > 0 && wanted !== use.substitutions ? [`${where(use)} ${use.key}: passes ${use.substitutions}, the message uses ${wanted}`] : [];
    });
    expect(mismatched).toEqual([]);
  });
});

describe.each(localeFolders())('_locales/%s/messages.json is ready for translators', (folder) => {
  const messages = readMessages(folder);
  const entries = Object.entries(messages);

  it('names its language for plural rules (translationLocale is the folder name)', () => {
    expect(messages.translationLocale?.message).toBe(folder);
    expect(() => new Intl.PluralRules(toLanguageTag(folder))).not.toThrow();
  });

  it('uses only the characters Chrome allows in keys', () => {
    expect(entries.map(([key]) => key).filter((key) => !/^[A-Za-z0-9_]+$/.test(key) || key.startsWith('@@'))).toEqual([]);
  });

  it('describes every message for translators', () => {
    expect(entries.filter(([, spec]) => !spec.description || spec.description.trim().length < 10).map(([key]) => key)).toEqual([]);
  });

  it('declares every placeholder a message uses, uses every one it declares, and gives each an example', () => {
    const problems = entries.flatMap(([key, spec]) => {
      const used = new Set(placeholderNames(spec.message));
      const declared = Object.keys(spec.placeholders ?? {});
      // A counted message's one-form may leave the number out ("this entry"), so `count` may go unused there.
      const mayBeUnused = (name: string) => name === 'count' && PLURAL_FORM.test(key);
      return [
        ...[...used].filter((name) => !declared.some((declaredName) => declaredName.toLowerCase() === name)).map((name) => `${key}: $${name.toUpperCase()}$ is not declared`),
        ...declared.filter((name) => name !== name.toLowerCase()).map((name) => `${key}: placeholder ${name} should be written in lower case`),
        ...declared.filter((name) => !used.has(name) && !mayBeUnused(name)).map((name) => `${key}: ${name} is declared but not used`),
        ...Object.entries(spec.placeholders ?? {})
          .filter(([, placeholder]) => !/^\$[1-9]$/.test(placeholder.content) || !placeholder.example)
          .map(([name]) => `${key}: ${name} needs a content of $1…$9 and an example`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('has every plural form its language needs, with the count as $1', () => {
    const rules = new Intl.PluralRules(toLanguageTag(folder)).resolvedOptions().pluralCategories;
    const bases = new Set(Object.keys(english).flatMap((key) => PLURAL_FORM.exec(key)?.[1] ?? []));
    const problems = [...bases].flatMap((base) => [
      ...rules.filter((category) => !(`${base}_${category}` in messages)).map((category) => `${base}_${category} is missing`),
      ...formsOf(messages, base).filter((key) => messages[key]!.placeholders?.count?.content !== '$1').map((key) => `${key}: its count placeholder must be $1`),
    ]);
    expect(problems).toEqual([]);
  });

  it('translates only keys the English file has', () => {
    const known = new Set(englishKeys.map((key) => PLURAL_FORM.exec(key)?.[1] ?? key));
    expect(Object.keys(messages).filter((key) => !(key in english) && !known.has(PLURAL_FORM.exec(key)?.[1] ?? key))).toEqual([]);
  });
});

describe('t and tPlural', () => {
  const { t, tPlural, locale } = createTranslator(getMessageFrom(english));

  it('fill placeholders in order and pick the English plural forms', () => {
    expect(t('glossaryRenameLabel', 'kidney')).toBe('Rename kidney');
    expect(t('importSummary', 'a.csv', 3, 2, tPlural('errorCount', 1), tPlural('warningCount', 0))).toBe('a.csv: 3 read, 2 ready, 1 error, 0 warnings.');
    expect(tPlural('importDone', 1, 'kidney')).toBe('Imported 1 entry as “kidney”.');
    expect(tPlural('importDone', 1000, 'my-glossary')).toBe('Imported 1000 entries as “my-glossary”.');
    expect(tPlural('importChoiceOurs', 1)).toBe('The ones I have: this entry from the file is left out');
    expect(locale()).toBe('en');
  });

  it('keep the browser’s %s in the selection menu item for the browser to fill', () => {
    expect(t('menuExplainSelection')).toBe('Explain “%s” with Termlight');
  });

  // A translation with more plural forms than English: Polish has one, few, many (and other).
  const polish: MessagesFile = {
    translationLocale: { message: 'pl', description: 'language' },
    files_one: { message: '$COUNT$ plik', description: 'files', placeholders: { count: { content: '$1', example: '1' } } },
    files_few: { message: '$COUNT$ pliki', description: 'files', placeholders: { count: { content: '$1', example: '2' } } },
    files_many: { message: '$COUNT$ plików', description: 'files', placeholders: { count: { content: '$1', example: '5' } } },
    words_other: { message: '$COUNT$ słowa', description: 'words', placeholders: { count: { content: '$1', example: '5' } } },
  };
  const polishTranslator = createTranslator(getMessageFrom(polish));
  const tPolish = polishTranslator.tPlural as (base: string, count: number) => string;

  it('choose the form with the translation’s own plural rules', () => {
    expect([1, 2, 5, 22, 25].map((count) => tPolish('files', count))).toEqual(['1 plik', '2 pliki', '5 plików', '22 pliki', '25 plików']);
    expect(polishTranslator.locale()).toBe('pl');
  });

  it('fall back to the other form when a translation lacks the one a count needs', () => {
    expect(tPolish('words', 3)).toBe('3 słowa');
  });

  it('show an unknown key as itself, never as a blank', () => {
    expect((t as (key: string) => string)('noSuchKey')).toBe('noSuchKey');
  });
});

describe('components take their text from the messages file', () => {
  const components = scripts.filter((file) => file.path.endsWith('.tsx'));

  it('finds the components', () => {
    expect(components.length).toBeGreaterThan(20);
  });

  it.each(components.map((file) => [file.path, file.text]))('%s has no hard-coded text', (path, text) => {
    expect(hardCodedStrings(path, text).map((found) => `${path}:${found.line} (${found.why}) ${found.text}`)).toEqual([]);
  });
});

describe('the hard-coded text check', () => {
  const check = (source: string) => hardCodedStrings('Example.tsx', source).map((found) => found.text);

  it('catches text, visible attributes, literal children and phrases put in state', () => {
    expect(check(`export const A = () => <p title="Close it">Hello</p>;`)).toEqual(['Close it', 'Hello']);
    expect(check(`export const A = ({ n }: { n: number }) => <button aria-label={\`Remove \${n}\`}>{n > 1 ? 'Many' : t('one')}</button>;`)).toEqual(['Remove', 'Many']);
    expect(check(`export const A = ({ n }: { n: number }) => <span>{plural(n, 'entry', 'entries')}</span>;`)).toEqual(['entry', 'entries']);
    expect(check(`export function A() { setError('Something went wrong'); return null; }`)).toEqual(['Something went wrong']);
  });

  it('leaves alone what people do not read', () => {
    const source = `import { t } from '../../utils/ui/i18n';
export const A = ({ on }: { on: boolean }) => (
  <p class={on ? 'row is-on' : 'row'} id="sites" data-kind="word parts">
    {t('glossaryRename')}{', '}{' · '}
    {on && <a href="/templates/glossary template.csv">{t('glossaryRemove')}</a>}
  </p>
);
console.error('Termlight could not do it');`;
    expect(check(source)).toEqual([]);
  });
});
