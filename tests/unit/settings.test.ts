import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, diffFromDefaults, hostMatches, isActiveOn, resolveSettings, withSiteActive } from '../../glossary/settings-schema';
import { badgeText } from '../../utils/commands';

describe('stored settings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['an empty object', {}, DEFAULT_SETTINGS],
    ['a non-object', 'garbage', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['one changed value', { color: 'rose' }, { ...DEFAULT_SETTINGS, color: 'rose' }],
    ['a bad value next to a good one', { color: 'chartreuse', paused: true }, { ...DEFAULT_SETTINGS, paused: true }],
    ['a delay out of range', { tooltipDelayMs: 5000 }, DEFAULT_SETTINGS],
    ['an invalid host pattern', { sites: ['exa mple.com'] }, DEFAULT_SETTINGS],
    ['host patterns, folded to lower case', { sites: ['Example.COM', '*.nhs.uk'] }, { ...DEFAULT_SETTINGS, sites: ['example.com', '*.nhs.uk'] }],
  ])('resolves %s', (_, stored, expected) => {
    expect(resolveSettings(stored)).toEqual(expected);
  });

  it('stores only what differs from the defaults', () => {
    expect(diffFromDefaults(DEFAULT_SETTINGS)).toEqual({});
    expect(diffFromDefaults({ ...DEFAULT_SETTINGS, style: 'both', mutedIds: ['stroke'] })).toEqual({ style: 'both', mutedIds: ['stroke'] });
  });

  it('round-trips: resolving a diff gives the same settings back', () => {
    const settings = { ...DEFAULT_SETTINGS, density: 'first' as const, sites: ['example.com'], badge: false };
    expect(resolveSettings(diffFromDefaults(settings))).toEqual(settings);
  });
});

describe('where Termlight is active', () => {
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
    ['everywhere by default', {}, 'nhs.uk', true],
    ['not on a paused site', { sites: ['nhs.uk'] }, 'nhs.uk', false],
    ['elsewhere when one site is paused', { sites: ['nhs.uk'] }, 'cdc.gov', true],
    ['nowhere when paused globally', { paused: true }, 'cdc.gov', false],
    ['only on listed sites in allow-list mode', { siteMode: 'only-listed', sites: ['*.nih.gov'] }, 'medlineplus.nih.gov', true],
    ['not on unlisted sites in allow-list mode', { siteMode: 'only-listed', sites: ['*.nih.gov'] }, 'cdc.gov', false],
  ])('%s', (_, stored, host, expected) => {
    expect(isActiveOn(resolveSettings(stored), host)).toBe(expected);
  });
});

describe('switching one site on or off', () => {
  it.each([
    ['pauses a site by listing it', {}, false, ['nhs.uk']],
    ['resumes it by unlisting it', { sites: ['nhs.uk'] }, true, []],
    ['resumes a site covered by a wildcard by removing the wildcard', { sites: ['*.nhs.uk', 'cdc.gov'] }, true, ['cdc.gov']],
    ['turns a site on in allow-list mode by listing it', { siteMode: 'only-listed' }, true, ['nhs.uk']],
    ['turns it off in allow-list mode by unlisting it', { siteMode: 'only-listed', sites: ['nhs.uk'] }, false, []],
    ['leaves the list alone when the site is already as asked', { sites: ['cdc.gov'] }, true, ['cdc.gov']],
  ])('%s', (_, stored, on, sites) => {
    const next = withSiteActive(resolveSettings(stored), 'nhs.uk', on);
    expect(next.sites).toEqual(sites);
    expect(isActiveOn(next, 'nhs.uk')).toBe(on);
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
