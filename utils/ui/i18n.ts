/**
 * Every user-visible string comes from `public/_locales/<language>/messages.json` through the
 * browser's own i18n API: the browser picks the language (English, the `default_locale`, fills in
 * any message a translation lacks), and the lookup is synchronous in every context — popup,
 * options, the reader page, the background and the content script that draws the card.
 *
 * Keys are typed from the English file, so a typo'd key does not compile; the unit test
 * `tests/unit/locale-strings.test.ts` checks the rest (every key used exists and every key is
 * used, placeholders line up, no hard-coded text in converted components).
 *
 * Plurals: Chrome's messages format has none, so a counted message is a family of keys,
 * `<base>_one`, `<base>_other` (and `_zero`, `_two`, `_few`, `_many` where a language needs them),
 * and `tPlural` picks one with `Intl.PluralRules` for the translation's own language. The count is
 * always the first substitution (`$1`).
 */
import { browser } from 'wxt/browser';

type Messages = typeof import('../../public/_locales/en/messages.json');
type PluralCategory = Intl.LDMLPluralRule;
type PluralFormKey = Extract<keyof Messages, `${string}_${PluralCategory}`>;

/** A plain message. */
export type MessageKey = Exclude<keyof Messages, PluralFormKey>;
/** A counted message: the part of its keys before `_one` / `_other`. */
type PluralMessageBase = keyof Messages extends infer Key ? (Key extends `${infer Base}_other` ? Base : never) : never;
/** Filled into `$1`…`$9`, in order (a message names them with its placeholders). */
type Substitution = string | number;

/** `browser.i18n.getMessage`'s contract: the message with `$1`… filled in, or "" for an unknown key. */
export type GetMessage = (key: string, substitutions: string[]) => string;

export interface Translator {
  t(key: MessageKey, ...substitutions: Substitution[]): string;
  tPlural(base: PluralMessageBase, count: number, ...substitutions: Substitution[]): string;
  /** The BCP 47 tag of the translation in use (its `translationLocale` message), e.g. "en", "pt-BR". */
  locale(): string;
}

export function createTranslator(getMessage: GetMessage): Translator {
  const lookup = (key: string, substitutions: readonly Substitution[]) => getMessage(key, substitutions.map(String));
  // An unknown key shows as itself rather than as nothing, so a gap is visible, never a blank button.
  const t = (key: MessageKey, ...substitutions: Substitution[]) => lookup(key, substitutions) || key;

  let tag: string | undefined;
  let rules: Intl.PluralRules | undefined;
  const locale = () => (tag ??= toLanguageTag(t('translationLocale')));
  const pluralRules = () => (rules ??= makePluralRules(locale()));

  function tPlural(base: PluralMessageBase, count: number, ...substitutions: Substitution[]): string {
    const all = [count, ...substitutions];
    return lookup(`${base}_${pluralRules().select(count)}`, all) || lookup(`${base}_other`, all) || `${base}_other`;
  }
  return { t, tPlural, locale };
}

/** `_locales` folder names use "_" (pt_BR); BCP 47 and Intl use "-". */
export function toLanguageTag(folderName: string): string {
  return folderName.trim().replace(/_/g, '-');
}

function makePluralRules(tag: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(tag);
  } catch {
    // A malformed translationLocale must not take the page down; English rules still pick a form.
    return new Intl.PluralRules('en');
  }
}

// WXT types getMessage with the English keys; plural forms are built at run time, so look up by string.
// Read on each use, not when this module loads: Chromium builds a frame's `i18n` namespace the
// first time it is touched, and the content script, which loads this module in every frame, needs
// a message only once a reader acts. (Measured black-box, the saving is within the noise: under
// half a millisecond either way.)
const i18n = () => browser.i18n as unknown as { getMessage(key: string, substitutions?: string[]): string };
const translator = createTranslator((key, substitutions) => i18n().getMessage(key, substitutions));

/** The message `key`, with `$1`… filled in from `substitutions`. */
export const t = translator.t;
/** The form of the counted message `base` that fits `count` (passed as `$1`), then `substitutions` as `$2`…. */
export const tPlural = translator.tPlural;

/** Title, language and direction of an extension page, from the translation in use. */
export function localizeDocument(titleKey: MessageKey): void {
  document.title = t(titleKey);
  document.documentElement.lang = translator.locale();
  document.documentElement.dir = i18n().getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
