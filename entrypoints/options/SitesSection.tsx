import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { hostPatternSchema, siteListKey, type Settings, type SiteMode } from '../../glossary/settings-schema';
import { t, tPlural } from '../../utils/ui/i18n';

interface ModeWords {
  choice: string;
  says: string;
  listName: string;
  empty: string;
}

/** Each mode in words: the radio's label, what it does, and what its list holds. */
const MODES: Record<SiteMode, () => ModeWords> = {
  'all-except': () => ({
    choice: t('sitesModeAllExcept'),
    says: t('sitesModeAllExceptSays'),
    listName: t('sitesPausedListName'),
    empty: t('sitesPausedListEmpty'),
  }),
  'only-listed': () => ({
    choice: t('sitesModeOnlyListed'),
    says: t('sitesModeOnlyListedSays'),
    listName: t('sitesAllowedListName'),
    empty: t('sitesAllowedListEmpty'),
  }),
};

export function SitesSection({ settings, onChange }: { settings: Settings; onChange(update: (current: Settings) => Settings): void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mode = MODES[settings.siteMode]();
  const key = siteListKey(settings.siteMode);
  const list = settings[key];
  const otherMode = settings.siteMode === 'all-except' ? 'only-listed' : 'all-except';
  const otherCount = settings[siteListKey(otherMode)].length;
  const add = () => {
    const parsed = v.safeParse(hostPatternSchema(), hostOf(draft));
    if (!parsed.success) return setError(t('sitesInvalid', draft, parsed.issues[0]?.message ?? t('sitesNotAHost')));
    setError(null);
    setDraft('');
    // Read the mode again inside the update: it is the stored one that decides the list.
    onChange((current) => {
      const target = siteListKey(current.siteMode);
      return current[target].includes(parsed.output) ? current : { ...current, [target]: [...current[target], parsed.output] };
    });
  };
  const remove = (site: string) =>
    onChange((current) => {
      const target = siteListKey(current.siteMode);
      return { ...current, [target]: current[target].filter((item) => item !== site) };
    });
  return (
    <section aria-labelledby="sites">
      <h2 id="sites">{t('sitesHeading')}</h2>
      {settings.paused && (
        <p class="notice" role="status">
          {t('sitesPausedNotice')}{' '}
          <button type="button" onClick={() => onChange((current) => ({ ...current, paused: false }))}>{t('sitesResume')}</button>
        </p>
      )}
      <fieldset class="choice">
        <legend>{t('sitesModeLegend')}</legend>
        {(Object.keys(MODES) as SiteMode[]).map((choice) => (
          <label key={choice}>
            <input type="radio" name="site-mode" checked={settings.siteMode === choice} aria-describedby="site-mode-says" onChange={() => onChange((current) => ({ ...current, siteMode: choice }))} /> {MODES[choice]().choice}
          </label>
        ))}
      </fieldset>
      <p id="site-mode-says" class="muted">{mode.says}</p>
      <form class="inline-form" onSubmit={(event) => { event.preventDefault(); add(); }}>
        <label>
          {t('sitesSiteLabel')}
          <input value={draft} placeholder={t('sitesSitePlaceholder')} aria-invalid={!!error} aria-describedby={error ? 'site-error' : undefined} onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('sitesAdd')}</button>
      </form>
      {error && <p id="site-error" class="error" role="alert">{error}</p>}
      <h3 id="site-list">{mode.listName}</h3>
      {list.length === 0 ? (
        <p class="muted">{mode.empty}</p>
      ) : (
        <ul class="rows" aria-labelledby="site-list">
          {list.map((site) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button type="button" onClick={() => remove(site)} aria-label={t('sitesRemoveLabel', site)}>{t('sitesRemove')}</button>
            </li>
          ))}
        </ul>
      )}
      {otherCount > 0 && (
        <p class="muted">
          {tPlural('sitesOtherListKept', otherCount, MODES[otherMode]().choice)}
        </p>
      )}
    </section>
  );
}

/**
 * What to list for what was typed or pasted: a web address, with or without its scheme, becomes
 * its host ("www.nhs.uk"); a host or "*.host" pattern stays as it is.
 */
export function hostOf(input: string): string {
  const text = input.trim();
  if (text.startsWith('*.') || !/[/:?#@]/.test(text)) return text;
  try {
    // Only parsed, never fetched: a scheme is added so that "www.nhs.uk/page" reads as a host and a path.
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http:${'//'}${text}`);
    return url.hostname || text;
  } catch {
    return text;
  }
}
