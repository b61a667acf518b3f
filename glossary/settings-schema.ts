import * as v from 'valibot';

/** Colours the highlight can take; each has its own ::highlight() rules in the content CSS. */
export const HIGHLIGHT_COLORS = ['teal', 'blue', 'purple', 'amber', 'rose'] as const;
export const HIGHLIGHT_STYLES = ['underline', 'background', 'both'] as const;
/** The underline setting's choices, most selective first (utils/ui/underline-labels.ts names them). */
export const UNDERLINE_LEVELS = ['technical', 'general', 'everyday'] as const;

const hostPattern = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(253),
  v.regex(/^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/, 'must be a host name like example.com or *.example.com'),
);

/** One list of sites: host patterns, each once. */
const siteList = v.pipe(
  v.array(hostPattern),
  v.maxLength(1000),
  v.transform((hosts) => [...new Set(hosts)]),
);

const SITE_MODES = ['all-except', 'only-listed'] as const;
export type SiteMode = (typeof SITE_MODES)[number];

/**
 * Every user setting with its default. Stored settings are partial (only what the user changed)
 * and untrusted, so each field is validated on its own and a bad field falls back alone.
 */
/** The stored shape's version (WXT keeps it beside the value, in `settings$`); see utils/storage/settings.ts. */
export const SETTINGS_VERSION = 2;

const SettingsSchema = v.object({
  paused: v.fallback(v.boolean(), false),
  /** "Everywhere except the paused sites" or "only on the allowed sites": each mode keeps its own list. */
  siteMode: v.fallback(v.picklist(SITE_MODES), 'all-except'),
  /** Sites left plain in 'all-except' mode. */
  pausedSites: v.fallback(siteList, []),
  /** The only sites highlighted in 'only-listed' mode. */
  allowedSites: v.fallback(siteList, []),
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
  return v.parse(SettingsSchema, migrateSiteList(stored));
}

/**
 * Stored settings of version 1 in the shape of version 2. Version 1 kept one `sites` list that
 * meant "paused" or "allowed" depending on the mode chosen at the time, so a site switched on in
 * one mode was paused after changing mode. The old list belongs to the mode that was active
 * then; the other mode starts with an empty list. Applied to everything read (sync storage that
 * an older copy on another device may still write, and old backups), so it must be idempotent.
 */
export function migrateSiteList(stored: unknown): Record<string, unknown> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  if (!Object.hasOwn(stored, 'sites')) return stored as Record<string, unknown>;
  const { sites, ...rest } = stored as Record<string, unknown>;
  if (!Array.isArray(sites)) return rest;
  // An unreadable mode falls back to the default, 'all-except', so its list is the paused one.
  const key = siteListKey(rest.siteMode === 'only-listed' ? 'only-listed' : 'all-except');
  const existing: unknown[] = Array.isArray(rest[key]) ? rest[key] : [];
  return { ...rest, [key]: [...existing, ...sites] };
}

/** Which list a mode reads. */
export function siteListKey(mode: SiteMode): 'pausedSites' | 'allowedSites' {
  return mode === 'all-except' ? 'pausedSites' : 'allowedSites';
}

/**
 * The disabled-pack list after switching a pack on or off (the options page's glossary switches).
 * Switching on removes every mention; switching off adds the pack once.
 */
export function withPackEnabled(disabledPacks: readonly string[], packId: string, enabled: boolean): string[] {
  if (enabled) return disabledPacks.filter((id) => id !== packId);
  return disabledPacks.includes(packId) ? [...disabledPacks] : [...disabledPacks, packId];
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
