import * as v from 'valibot';
import { builtOnce } from './built-once';

/** Colours the highlight can take; each has its own ::highlight() rules in the content CSS. */
export const HIGHLIGHT_COLORS = ['teal', 'blue', 'purple', 'amber', 'rose'] as const;
/**
 * How terms are drawn. 'auto' is a dotted underline, and a soft background on very long pages, where
 * Chromium repaints far more for an underline (entrypoints/content/drawn-style.ts says why).
 */
export const HIGHLIGHT_STYLES = ['auto', 'underline', 'background', 'both'] as const;
/** The styles content.css draws; 'auto' becomes one of them on each page. */
export const DRAWN_STYLES = ['underline', 'background', 'both'] as const;
export type DrawnStyle = (typeof DRAWN_STYLES)[number];
/** The underline setting's choices, most selective first (utils/ui/underline-labels.ts names them). */
export const UNDERLINE_LEVELS = ['technical', 'general', 'everyday'] as const;

const hostPattern = () =>
  v.pipe(
    v.string(),
    v.trim(),
    v.toLowerCase(),
    v.maxLength(253),
    v.regex(/^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/, 'must be a host name like example.com or *.example.com'),
  );

/** One list of sites: host patterns, each once. */
const siteList = () =>
  v.pipe(
    v.array(hostPattern()),
    v.maxLength(1000),
    v.transform((hosts) => [...new Set(hosts)]),
  );

const SITE_MODES = ['all-except', 'only-listed'] as const;
export type SiteMode = (typeof SITE_MODES)[number];
const DENSITIES = ['every', 'section', 'first'] as const;

/** The stored shape's version (WXT keeps it beside the value, in `settings$`); see utils/storage/settings.ts. */
export const SETTINGS_VERSION = 2;

/**
 * Every user setting and its default: the one place defaults are written. The schema below falls
 * back to these, field by field.
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  siteMode: 'all-except',
  pausedSites: [],
  allowedSites: [],
  mutedIds: [],
  disabledPacks: [],
  style: 'auto',
  color: 'teal',
  tooltipDelayMs: 150,
  density: 'section',
  underline: 'general',
  inLinksAndHeadings: true,
  badge: true,
  wordParts: true,
});

/**
 * Stored settings are partial (only what the user changed) and untrusted, so each field is
 * validated on its own and a bad field falls back alone to its default.
 */
const settingsSchema = () =>
  v.object({
    paused: v.fallback(v.boolean(), DEFAULT_SETTINGS.paused),
    /** "Everywhere except the paused sites" or "only on the allowed sites": each mode keeps its own list. */
    siteMode: v.fallback(v.picklist(SITE_MODES), DEFAULT_SETTINGS.siteMode),
    /** Sites left plain in 'all-except' mode. */
    pausedSites: v.fallback(siteList(), () => [...DEFAULT_SETTINGS.pausedSites]),
    /** The only sites highlighted in 'only-listed' mode. */
    allowedSites: v.fallback(siteList(), () => [...DEFAULT_SETTINGS.allowedSites]),
    mutedIds: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(5000)), () => [...DEFAULT_SETTINGS.mutedIds]),
    disabledPacks: v.fallback(v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(100)), () => [...DEFAULT_SETTINGS.disabledPacks]),
    style: v.fallback(v.picklist(HIGHLIGHT_STYLES), DEFAULT_SETTINGS.style),
    color: v.fallback(v.picklist(HIGHLIGHT_COLORS), DEFAULT_SETTINGS.color),
    tooltipDelayMs: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000)), DEFAULT_SETTINGS.tooltipDelayMs),
    /** Every occurrence, the first of each term in each section (between headings), or the first on the page. */
    density: v.fallback(v.picklist(DENSITIES), DEFAULT_SETTINGS.density),
    /** The most familiar level still underlined: 'general' leaves words every adult knows plain. */
    underline: v.fallback(v.picklist(UNDERLINE_LEVELS), DEFAULT_SETTINGS.underline),
    inLinksAndHeadings: v.fallback(v.boolean(), DEFAULT_SETTINGS.inLinksAndHeadings),
    badge: v.fallback(v.boolean(), DEFAULT_SETTINGS.badge),
    /** Rare medical words no glossary entry explains get a lighter underline and a labelled best guess from their parts. */
    wordParts: v.fallback(v.boolean(), DEFAULT_SETTINGS.wordParts),
  });

export interface Settings {
  paused: boolean;
  siteMode: SiteMode;
  pausedSites: string[];
  allowedSites: string[];
  mutedIds: string[];
  disabledPacks: string[];
  style: (typeof HIGHLIGHT_STYLES)[number];
  color: (typeof HIGHLIGHT_COLORS)[number];
  tooltipDelayMs: number;
  density: (typeof DENSITIES)[number];
  underline: (typeof UNDERLINE_LEVELS)[number];
  inLinksAndHeadings: boolean;
  badge: boolean;
  wordParts: boolean;
}

/*
 * Built on first use, not on import: every web page evaluates this module, and there valibot's
 * builders run for the first time (compiled as they go). Measured in Chromium, building this
 * schema and parsing the defaults at import was about 1 ms of each frame's start-up; a reader who
 * never changed a setting now never builds it in a web page.
 */
const builtSchema = builtOnce(settingsSchema);

/** A host pattern as the site lists hold it (the options page checks what the user types). */
export const hostPatternSchema = builtOnce(hostPattern);

/** Turns whatever is stored (possibly nothing, possibly garbage) into complete settings. */
export function resolveSettings(stored: unknown): Settings {
  const migrated = migrateSiteList(stored);
  if (Object.keys(migrated).length === 0) return structuredClone(DEFAULT_SETTINGS) as Settings;
  return v.parse(builtSchema(), migrated);
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
