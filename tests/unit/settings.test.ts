import { describe, expect, it } from 'vitest';
import { readBackup } from '../../glossary/import/backup';
import { DEFAULT_SETTINGS, diffFromDefaults, migrateSiteList, resolveSettings } from '../../glossary/settings-schema';
import { hostMatches, isSiteSwitchedOn, siteState, withSiteActive } from '../../glossary/site-state';
import { badgeText } from '../../utils/messages/commands';

describe('stored settings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['a non-object', 'garbage', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['one changed value', { color: 'rose' }, { ...DEFAULT_SETTINGS, color: 'rose' }],
    ['a bad value next to a good one', { color: 'chartreuse', paused: true }, { ...DEFAULT_SETTINGS, paused: true }],
    ['a delay out of range', { tooltipDelayMs: 5000 }, DEFAULT_SETTINGS],
    ['an invalid host pattern', { pausedSites: ['exa mple.com'] }, DEFAULT_SETTINGS],
    ['host patterns, folded to lower case', { pausedSites: ['Example.COM', '*.nhs.uk'] }, { ...DEFAULT_SETTINGS, pausedSites: ['example.com', '*.nhs.uk'] }],
    ['a host listed twice, once', { allowedSites: ['nhs.uk', 'NHS.uk'] }, { ...DEFAULT_SETTINGS, allowedSites: ['nhs.uk'] }],
  ])('resolves %s', (_, stored, expected) => {
    expect(resolveSettings(stored)).toEqual(expected);
  });

  it('falls back field by field to the same defaults that nothing stored gives', () => {
    // Every field stored with a wrong type: the schema's fallbacks must be exactly the defaults.
    const garbage = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((key) => [key, { not: 'a setting' }]));
    expect(resolveSettings(garbage)).toEqual(DEFAULT_SETTINGS);
    expect(Object.keys(resolveSettings(garbage)).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('hands out settings a caller may change without touching the defaults or the next reader', () => {
    const first = resolveSettings(undefined);
    first.mutedIds.push('stroke');
    first.pausedSites.push('example.com');
    expect(DEFAULT_SETTINGS.mutedIds).toEqual([]);
    expect(resolveSettings({}).pausedSites).toEqual([]);
    const parsed = resolveSettings({ paused: true });
    parsed.allowedSites.push('nhs.uk');
    expect(resolveSettings({ paused: true }).allowedSites).toEqual([]);
  });

  it('stores only what differs from the defaults', () => {
    expect(diffFromDefaults(DEFAULT_SETTINGS)).toEqual({});
    expect(diffFromDefaults({ ...DEFAULT_SETTINGS, style: 'both', mutedIds: ['stroke'] })).toEqual({ style: 'both', mutedIds: ['stroke'] });
  });

  it('round-trips: resolving a diff gives the same settings back', () => {
    const settings = { ...DEFAULT_SETTINGS, density: 'first' as const, pausedSites: ['example.com'], allowedSites: ['nhs.uk'], badge: false };
    expect(resolveSettings(diffFromDefaults(settings))).toEqual(settings);
  });
});

describe('version 1 settings: one site list for both modes', () => {
  it.each([
    ['the list of "everywhere except" mode holds paused sites', { sites: ['nhs.uk'] }, { pausedSites: ['nhs.uk'] }],
    ['so does a list stored with that mode named', { siteMode: 'all-except', sites: ['nhs.uk'] }, { siteMode: 'all-except', pausedSites: ['nhs.uk'] }],
    ['the list of "only listed" mode holds allowed sites', { siteMode: 'only-listed', sites: ['*.nih.gov'] }, { siteMode: 'only-listed', allowedSites: ['*.nih.gov'] }],
    ['an unreadable mode reads as the default, "everywhere except"', { siteMode: 'sometimes', sites: ['nhs.uk'] }, { siteMode: 'sometimes', pausedSites: ['nhs.uk'] }],
    ['an old list next to a new one joins it', { sites: ['nhs.uk'], pausedSites: ['cdc.gov'] }, { pausedSites: ['cdc.gov', 'nhs.uk'] }],
    ['an old list that is not a list is dropped', { sites: 'nhs.uk', color: 'rose' }, { color: 'rose' }],
    ['the other settings are left as they were', { sites: [], mutedIds: ['stroke'], paused: true }, { pausedSites: [], mutedIds: ['stroke'], paused: true }],
    ['version 2 settings are left alone', { siteMode: 'only-listed', allowedSites: ['nhs.uk'] }, { siteMode: 'only-listed', allowedSites: ['nhs.uk'] }],
    ['nothing becomes nothing', undefined, {}],
  ])('%s', (_, stored, expected) => {
    expect(migrateSiteList(stored)).toEqual(expected);
  });

  it('keeps what a site meant: active where it was active, paused where it was paused', () => {
    const cases: [Record<string, unknown>, string, boolean][] = [
      [{ sites: ['nhs.uk'] }, 'nhs.uk', false],
      [{ sites: ['nhs.uk'] }, 'cdc.gov', true],
      [{ siteMode: 'only-listed', sites: ['*.nih.gov'] }, 'medlineplus.nih.gov', true],
      [{ siteMode: 'only-listed', sites: ['*.nih.gov'] }, 'cdc.gov', false],
    ];
    for (const [stored, host, active] of cases) expect(siteState(resolveSettings(stored), host) === 'active').toBe(active);
  });

  it('is idempotent, so every context may run it', () => {
    const once = migrateSiteList({ siteMode: 'only-listed', sites: ['nhs.uk'] });
    expect(migrateSiteList(once)).toEqual(once);
    expect(resolveSettings(once)).toEqual(resolveSettings({ siteMode: 'only-listed', sites: ['nhs.uk'] }));
  });

  it('a backup made with version 1 restores its list into the mode it was made in', () => {
    const bytes = new TextEncoder().encode(
      JSON.stringify({ format: 'termlight-backup', version: 1, exportedAt: '2026-01-02T03:04:05.000Z', settings: { siteMode: 'only-listed', sites: ['Example.ORG'] }, userGlossaries: [] }),
    );
    const { backup, errors, warnings } = readBackup('old.json', bytes);
    expect([errors, warnings]).toEqual([[], []]);
    expect(backup!.settings).toStrictEqual({ siteMode: 'only-listed', allowedSites: ['example.org'] });
  });
});

describe('the state of a site', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['example.com', 'www.example.com', false],
    ['*.example.com', 'www.example.com', true],
    ['*.example.com', 'example.com', true],
    ['*.example.com', 'badexample.com', false],
  ])('pattern %s matches %s: %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });

  it.each([
    ['active everywhere by default', {}, 'nhs.uk', 'active'],
    ['paused on a paused site', { pausedSites: ['nhs.uk'] }, 'nhs.uk', 'paused-here'],
    ['active elsewhere when one site is paused', { pausedSites: ['nhs.uk'] }, 'cdc.gov', 'active'],
    ['paused everywhere when paused globally', { paused: true }, 'cdc.gov', 'paused-everywhere'],
    ['paused everywhere wins over a paused site', { paused: true, pausedSites: ['nhs.uk'] }, 'nhs.uk', 'paused-everywhere'],
    ['paused everywhere wins over an allowed site', { paused: true, siteMode: 'only-listed', allowedSites: ['nhs.uk'] }, 'nhs.uk', 'paused-everywhere'],
    ['active on a listed site in allow-list mode', { siteMode: 'only-listed', allowedSites: ['*.nih.gov'] }, 'medlineplus.nih.gov', 'active'],
    ['not allowed on an unlisted site in allow-list mode', { siteMode: 'only-listed', allowedSites: ['*.nih.gov'] }, 'cdc.gov', 'not-allowed'],
    ['allow-list mode ignores the paused list', { siteMode: 'only-listed', pausedSites: ['nhs.uk'], allowedSites: ['nhs.uk'] }, 'nhs.uk', 'active'],
    ['"everywhere" mode ignores the allowed list', { allowedSites: ['nhs.uk'] }, 'cdc.gov', 'active'],
  ])('%s', (_, stored, host, expected) => {
    expect(siteState(resolveSettings(stored), host)).toBe(expected);
  });

  it('the site switch keeps its own answer under the global pause', () => {
    expect(isSiteSwitchedOn(resolveSettings({ paused: true }), 'nhs.uk')).toBe(true);
    expect(isSiteSwitchedOn(resolveSettings({ paused: true, pausedSites: ['nhs.uk'] }), 'nhs.uk')).toBe(false);
  });
});

describe('switching one site on or off', () => {
  it.each([
    ['pauses a site by listing it', {}, false, { pausedSites: ['nhs.uk'], allowedSites: [] }],
    ['resumes it by unlisting it', { pausedSites: ['nhs.uk'] }, true, { pausedSites: [], allowedSites: [] }],
    ['resumes a site covered by a wildcard by removing the wildcard', { pausedSites: ['*.nhs.uk', 'cdc.gov'] }, true, { pausedSites: ['cdc.gov'], allowedSites: [] }],
    ['turns a site on in allow-list mode by allowing it', { siteMode: 'only-listed' }, true, { pausedSites: [], allowedSites: ['nhs.uk'] }],
    ['turns it off in allow-list mode by unlisting it', { siteMode: 'only-listed', allowedSites: ['nhs.uk'] }, false, { pausedSites: [], allowedSites: [] }],
    ['leaves the list alone when the site is already as asked', { pausedSites: ['cdc.gov'] }, true, { pausedSites: ['cdc.gov'], allowedSites: [] }],
    ['touches only the list of the mode in use', { siteMode: 'only-listed', pausedSites: ['nhs.uk'] }, true, { pausedSites: ['nhs.uk'], allowedSites: ['nhs.uk'] }],
  ])('%s', (_, stored, on, lists) => {
    const next = withSiteActive(resolveSettings(stored), 'nhs.uk', on);
    expect({ pausedSites: next.pausedSites, allowedSites: next.allowedSites }).toEqual(lists);
    expect(siteState(next, 'nhs.uk') === 'active').toBe(on);
  });

  it('a site switched on in allow-list mode is not paused by going back to "everywhere except"', () => {
    const allowed = withSiteActive(resolveSettings({ siteMode: 'only-listed' }), 'nhs.uk', true);
    expect(siteState({ ...allowed, siteMode: 'all-except' }, 'nhs.uk')).toBe('active');
    const paused = withSiteActive(resolveSettings({}), 'cdc.gov', false);
    expect(siteState({ ...paused, siteMode: 'only-listed' }, 'cdc.gov')).toBe('not-allowed');
    expect(siteState({ ...paused, siteMode: 'only-listed', allowedSites: ['cdc.gov'] }, 'cdc.gov')).toBe('active');
  });
});

describe('the toolbar badge', () => {
  it.each([
    [0, true, ''],
    [7, true, '7'],
    [140, true, '99+'],
    [7, false, ''],
  ])('%i terms with the badge %s reads "%s"', (count, enabled, expected) => {
    expect(badgeText(count, enabled)).toBe(expected);
  });
});
