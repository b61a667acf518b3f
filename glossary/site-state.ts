import { siteListKey, type Settings } from './settings-schema';

/**
 * Where a site stands, the one answer every part of Termlight gives (the content script, the
 * popup, the options page):
 * - `active`: highlighted;
 * - `paused-everywhere`: the global pause is on, whatever the site lists say;
 * - `paused-here`: "everywhere except" mode, and this site is on the paused list;
 * - `not-allowed`: "only on listed sites" mode, and this site is not on the allowed list.
 */
export type SiteState = 'active' | 'paused-everywhere' | 'paused-here' | 'not-allowed';

type SiteSettings = Pick<Settings, 'paused' | 'siteMode' | 'pausedSites' | 'allowedSites'>;

export function siteState(settings: SiteSettings, hostname: string): SiteState {
  if (settings.paused) return 'paused-everywhere';
  if (settings.siteMode === 'all-except') return isListed(settings.pausedSites, hostname) ? 'paused-here' : 'active';
  return isListed(settings.allowedSites, hostname) ? 'active' : 'not-allowed';
}

/**
 * The site's own switch: on unless this site is paused or left off the allowed list. The global
 * pause does not change it, so resuming brings back each site as the user left it.
 */
export function isSiteSwitchedOn(settings: SiteSettings, hostname: string): boolean {
  return siteState({ ...settings, paused: false }, hostname) === 'active';
}

/**
 * Settings with this site switched on or off in the current mode, by editing that mode's list
 * only: in "everywhere except" mode switching off pauses the site, in "only listed" mode switching
 * on allows it. Patterns that cover the host (`*.example.com`) are removed when it must not be listed.
 */
export function withSiteActive<T extends SiteSettings>(settings: T, hostname: string, on: boolean): T {
  const key = siteListKey(settings.siteMode);
  const list = settings[key];
  const wantListed = settings.siteMode === 'all-except' ? !on : on;
  if (isListed(list, hostname) === wantListed) return settings;
  const next = wantListed ? [...list, hostname.toLowerCase()] : list.filter((pattern) => !hostMatches(pattern, hostname));
  return { ...settings, [key]: next };
}

function isListed(patterns: readonly string[], hostname: string): boolean {
  return patterns.some((pattern) => hostMatches(pattern, hostname));
}

export function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith('.' + base);
  }
  return host === pattern;
}
