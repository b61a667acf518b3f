import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { HostPatternSchema, type Settings } from '../../glossary/settings-schema';

export function SitesSection({ settings, onChange }: { settings: Settings; onChange(update: (current: Settings) => Settings): void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const parsed = v.safeParse(HostPatternSchema, hostOf(draft));
    if (!parsed.success) return setError(`"${draft}" ${parsed.issues[0]?.message ?? 'is not a host name'}.`);
    setError(null);
    setDraft('');
    onChange((current) => (current.sites.includes(parsed.output) ? current : { ...current, sites: [...current.sites, parsed.output] }));
  };
  return (
    <section aria-labelledby="sites">
      <h2 id="sites">Sites</h2>
      <fieldset class="choice">
        <legend>Where Termlight highlights</legend>
        <label><input type="radio" name="site-mode" checked={settings.siteMode === 'all-except'} onChange={() => onChange((current) => ({ ...current, siteMode: 'all-except' }))} /> Everywhere except the sites listed</label>
        <label><input type="radio" name="site-mode" checked={settings.siteMode === 'only-listed'} onChange={() => onChange((current) => ({ ...current, siteMode: 'only-listed' }))} /> Only on the sites listed</label>
      </fieldset>
      <form class="inline-form" onSubmit={(event) => { event.preventDefault(); add(); }}>
        <label>
          Site
          <input value={draft} placeholder="example.com, *.example.com or a web address" aria-invalid={!!error} aria-describedby={error ? 'site-error' : undefined} onInput={(event) => setDraft(event.currentTarget.value)} />
        </label>
        <button type="submit">Add</button>
      </form>
      {error && <p id="site-error" class="error" role="alert">{error}</p>}
      {settings.sites.length === 0 ? (
        <p class="muted">No sites listed.</p>
      ) : (
        <ul class="rows">
          {settings.sites.map((site) => (
            <li key={site} class="row">
              <span>{site}</span>
              <button type="button" onClick={() => onChange((current) => ({ ...current, sites: current.sites.filter((item) => item !== site) }))} aria-label={`Remove ${site}`}>Remove</button>
            </li>
          ))}
        </ul>
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
