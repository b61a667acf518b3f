import * as v from 'valibot';

/** Colours the highlight can take; each has its own ::highlight() rules in the content CSS. */
export const HIGHLIGHT_COLORS = ['teal', 'blue', 'purple', 'amber', 'rose'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;
/** The underline setting's choices, most selective first, with the words the options and popup show. */
export const UNDERLINE_LEVELS = ['technical', 'general', 'everyday'] as const;
export const UNDERLINE_LABELS: Record<(typeof UNDERLINE_LEVELS)[number], string> = {
  technical: 'Unfamiliar words only',
  general: 'Also common health words',
  everyday: 'Every glossary word',
};

const hostPattern = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(253),
  v.regex(/^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/, 'must be a host name like example.com or *.example.com'),
);

/**
 * Every user setting with its default. Stored settings are partial (only what the user changed)
 * and untrusted, so each field is validated on its own and a bad field falls back alone.
 */
export const SettingsSchema = v.object({
  paused: v.fallback(v.boolean(), false),
  siteMode: v.fallback(v.picklist(['all-except', 'only-listed']), 'all-except'),
  sites: v.fallback(v.pipe(v.array(hostPattern), v.maxLength(1000)), []),
  mutedIds: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(5000)), []),
  disabledPacks: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100)), []),
  style: v.fallback(v.picklist(HIGHLIGHT_STYLES), 'underline'),
  color: v.fallback(v.picklist(HIGHLIGHT_COLORS), 'teal'),
  tooltipDelayMs: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)), 150),
  /** Every occurrence, the first of each term in each section (between headings), or the first on the page. */
  density: v.fallback(v.picklist(['every', 'section', 'first']), 'section'),
  /** The most familiar level still underlined: 'general' leaves words every adult knows plain. */
  underline: v.fallback(v.picklist(UNDERLINE_LEVELS), 'general'),
  inLinksAndHeadings: v.fallback(v.boolean(), true),
  badge: v.fallback(v.boolean(), true),
  /** Rare medical words no glossary entry explains get a lighter underline and a labelled best guess from their parts. */
  wordParts: v.fallback(v.boolean(), true),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});
export const HostPatternSchema = hostPattern;

/** Turns whatever is stored (possibly nothing, possibly garbage) into complete settings. */
export function resolveSettings(stored: unknown): Settings {
  const input = stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {};
  return v.parse(SettingsSchema, input);
}

/** Keeps only the values that differ from the defaults: sync storage is small and shared. */
export function diffFromDefaults(settings: Settings): Partial<Settings> {
  const changed: Partial<Settings> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (JSON.stringify(settings[key]) !== JSON.stringify(DEFAULT_SETTINGS[key])) {
      (changed as Record<string, unknown>)[key] = settings[key];
    }
  }
  return changed;
}

export function hostMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase();
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith('.' + base);
  }
  return host === pattern;
}

/**
 * Settings with this host switched on or off, whatever the site mode: in "everywhere except"
 * mode listing a host pauses it, in "only listed" mode listing it turns it on. Patterns that
 * cover the host (`*.example.com`) are removed when it must not be listed.
 */
export function withSiteActive(settings: Settings, hostname: string, on: boolean): Settings {
  const listed = settings.sites.some((pattern) => hostMatches(pattern, hostname));
  const wantListed = settings.siteMode === 'all-except' ? !on : on;
  if (listed === wantListed) return settings;
  const sites = wantListed ? [...settings.sites, hostname.toLowerCase()] : settings.sites.filter((pattern) => !hostMatches(pattern, hostname));
  return { ...settings, sites };
}

/** Whether Termlight should highlight on a page of this host, given the global and per-site switches. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (settings.paused) return false;
  const listed = settings.sites.some((pattern) => hostMatches(pattern, hostname));
  return settings.siteMode === 'all-except' ? !listed : listed;
}
