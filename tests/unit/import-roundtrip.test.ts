/** Export then import gives back exactly what was exported: every field, every awkward character. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../glossary/categories';
import { createBackup, entriesCsvLeavesOut, readBackup, readGlossaryFile, toCsv, toJson } from '../../glossary/import';
import type { GlossaryEntry } from '../../glossary/schema';
import type { Settings } from '../../glossary/settings-schema';
import type { UserGlossary } from '../../glossary/user-glossary-schema';

const utf8 = (text: string) => new TextEncoder().encode(text);
const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);

/** Text as the schema outputs it: trimmed, NFC, non-empty. */
const canonical = (s: string) => s.trim().normalize('NFC');
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The characters that break naive CSV and JSON writers, mixed with arbitrary Unicode.
const tricky = fc.constantFrom(';', '\\', '\\;', '"', '""', ',', '\n', '\r', '\r\n', ' ', "'", '=', '+', '-', '@', '<script>', 'e\u0301', 'é', '\u00a0', '#', '\t', '𝄞');
const text = (max: number) =>
  fc
    .array(fc.oneof(tricky, fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 8 })
    .map((parts) => canonical(parts.join('')))
    // NUL is the one character a text file cannot carry: the importer refuses files with it as binary.
    .filter((s) => s !== '' && s.length <= max && canonical(s) === s && !s.includes('\0') && !LONE_SURROGATE.test(s));
const id = fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/);
const date = fc
  .tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

const entryArb: fc.Arbitrary<GlossaryEntry> = fc
  .record({
    id,
    term: text(100),
    aliases: fc.array(text(100), { maxLength: 3 }),
    forms: fc.array(text(100), { maxLength: 3 }),
    short: text(200),
    explanation: text(2000),
    category: fc.constantFrom(...CATEGORY_IDS),
    related: fc.array(id, { maxLength: 3 }),
    source: text(200),
    reviewed: date,
    caseSensitive: fc.option(fc.boolean(), { nil: undefined }),
    context: fc.option(fc.array(text(100), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    notIn: fc.option(fc.array(text(100), { minLength: 1, maxLength: 3 }), { nil: undefined }),
    // contextFree must name the entry's own words, so it is drawn from them: the term, or an alias.
    freeWords: fc.constantFrom('none', 'term', 'alias'),
    freeOnHealthPages: fc.option(fc.boolean(), { nil: undefined }),
    ownContextOnly: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map(({ caseSensitive, context, notIn, freeWords, freeOnHealthPages, ownContextOnly, ...rest }) => {
    const free = freeWords === 'term' ? [rest.term] : freeWords === 'alias' ? rest.aliases.slice(0, 1) : [];
    return {
      ...rest,
      ...(caseSensitive === undefined ? {} : { caseSensitive }),
      ...(context === undefined ? {} : { context }),
      ...(notIn === undefined ? {} : { notIn }),
      ...(context === undefined || free.length === 0 ? {} : { contextFree: free }),
      ...(freeOnHealthPages === undefined ? {} : { freeOnHealthPages }),
      ...(ownContextOnly === undefined ? {} : { ownContextOnly }),
    };
  });
const entriesArb = fc.uniqueArray(entryArb, { minLength: 1, maxLength: 5, selector: (entry) => entry.id });

const STUBBORN: GlossaryEntry[] = [
  {
    id: 'formula',
    term: '=HYPERLINK("http://example.com")',
    aliases: ['a;b', 'back\\slash', '\\;', "'quoted"],
    forms: ['-ectomy', '+plus'],
    short: 'Line one,\r\nline "two"; three',
    explanation: '<script>alert(1)</script> & <b>bold</b>',
    category: 'other',
    related: ['nowhere'],
    source: '@home',
    reviewed: '2026-11-30',
    caseSensitive: false,
    context: ['x;y', '𝄞 music'],
    notIn: ['a;b c', '=HYPERLINK("http://example.com") twice'],
    contextFree: ['-ectomy', '+plus'],
    freeOnHealthPages: true,
    ownContextOnly: false,
  },
  {
    id: 'plain',
    term: 'Ménière’s disease',
    aliases: [],
    forms: [],
    short: 'S.',
    explanation: 'L.',
    category: 'eyes-ears',
    related: [],
    source: 'N',
    reviewed: '2026-01-01',
    caseSensitive: true,
  },
];

describe('glossary export round trip', () => {
  it.each([
    ['CSV', 'out.csv', toCsv],
    ['JSON', 'out.json', toJson],
  ])('%s gives back stubborn entries exactly', (_name, file, write) => {
    const preview = readGlossaryFile(file, utf8(write(STUBBORN)));
    expect(messages(preview.errors)).toEqual([]);
    expect(preview.entries).toStrictEqual(STUBBORN);
  });

  it.each([
    ['CSV', 'out.csv', toCsv],
    ['JSON', 'out.json', toJson],
  ])('%s gives back any valid entries exactly', (_name, file, write) => {
    fc.assert(
      fc.property(entriesArb, (entries) => {
        const preview = readGlossaryFile(file, utf8(write(entries)));
        expect(messages(preview.errors)).toEqual([]);
        expect(preview.entries).toStrictEqual(entries);
      }),
      { numRuns: 300 },
    );
  });

  it('writes CSV that Excel opens as UTF-8 and cannot run as formulas', () => {
    const csv = toCsv(STUBBORN);
    expect(csv.startsWith('\uFEFFterm,aliases,forms,short,explanation,category,related,source,id,reviewed,caseSensitive,context,level,pronunciation,expansion,notIn,contextFree,freeOnHealthPages,ownContextOnly\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect(csv).toContain(`'-ectomy; +plus`);
    expect(csv).toContain(`'@home`);
  });

  it('JSON gives back levels, pronunciation, an expansion, alias levels and senses', () => {
    const entries: GlossaryEntry[] = [
      {
        ...STUBBORN[0]!,
        id: 'nosebleed',
        aliases: ['epistaxis', 'bloody nose'],
        level: 'everyday',
        aliasLevels: { epistaxis: 'technical' },
        pronunciation: 'NOHZ-bleed',
        expansion: 'bleeding from the nose',
        senses: [{ label: 'a sense', short: 'What it means here.', cues: ['nose'], related: 'formula' }],
      },
    ];
    const preview = readGlossaryFile('out.json', utf8(toJson(entries)));
    expect(messages(preview.errors)).toEqual([]);
    expect(preview.entries).toStrictEqual(entries);
  });

  it('counts the entries a CSV export leaves something out of (senses, alias levels), which the options page names', () => {
    const withSenses = { ...STUBBORN[0]!, id: 'er', senses: [{ label: 'a', short: 'A.', cues: ['x'] }] };
    const withAliasLevel = { ...STUBBORN[0]!, id: 'nosebleed', aliases: ['epistaxis'], level: 'everyday' as const, aliasLevels: { epistaxis: 'technical' as const } };
    const emptyOnes = { ...STUBBORN[0]!, id: 'plain', senses: [], aliasLevels: {} };
    expect(entriesCsvLeavesOut([...STUBBORN, emptyOnes])).toBe(0);
    expect(entriesCsvLeavesOut([withSenses, withAliasLevel, ...STUBBORN])).toBe(2);
    const back = readGlossaryFile('out.csv', utf8(toCsv([withAliasLevel]))).entries[0]!;
    expect(back.aliasLevels).toBeUndefined();
  });

  it('writes JSON one entry per line, fields in schema order, empty lists and unset options left out', () => {
    const text = toJson([STUBBORN[0]!, { ...STUBBORN[1]!, context: [] }]);
    expect(text.split('\n')).toHaveLength(5);
    const json = JSON.parse(text) as Record<string, unknown>[];
    expect(Object.keys(json[0]!)).toEqual(['id', 'term', 'aliases', 'forms', 'short', 'explanation', 'category', 'related', 'source', 'reviewed', 'caseSensitive', 'context', 'notIn', 'contextFree', 'freeOnHealthPages', 'ownContextOnly']);
    expect(Object.keys(json[1]!)).toEqual(['id', 'term', 'short', 'explanation', 'category', 'source', 'reviewed', 'caseSensitive']);
    expect(toJson([])).toBe('[]\n');
  });
});

const SETTINGS: Partial<Settings> = {
  paused: true,
  siteMode: 'only-listed',
  allowedSites: ['example.com', '*.nhs.uk'],
  mutedIds: ['stroke'],
  disabledPacks: ['health'],
  style: 'both',
  color: 'rose',
  tooltipDelayMs: 400,
  density: 'first',
  inLinksAndHeadings: false,
  badge: false,
};

const GLOSSARIES: UserGlossary[] = [
  { id: 'user-cardio', name: 'Cardio', origin: 'file', fileName: 'cardio.csv', updatedAt: '2026-11-30T10:00:00.000Z', enabled: true, entries: STUBBORN },
  { id: 'user-my-terms', name: 'My terms', origin: 'my-terms', updatedAt: '2026-12-01T08:30:00.000Z', enabled: false, entries: [] },
];

describe('backup round trip', () => {
  it('createBackup → readBackup gives back every setting and glossary', () => {
    const now = new Date('2026-12-01T12:00:00.000Z');
    const { backup, errors, warnings } = readBackup('termlight-backup.json', utf8(createBackup(SETTINGS, GLOSSARIES, now)));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(backup).toStrictEqual({ format: 'termlight-backup', version: 1, exportedAt: '2026-12-01T12:00:00.000Z', settings: SETTINGS, userGlossaries: GLOSSARIES });
  });

  it('keeps an empty backup empty', () => {
    const { backup } = readBackup('b.json', utf8(createBackup({}, [], new Date(0))));
    expect(backup).toStrictEqual({ format: 'termlight-backup', version: 1, exportedAt: '1970-01-01T00:00:00.000Z', settings: {}, userGlossaries: [] });
  });
});

describe('reading a bad backup', () => {
  const backupText = (change: (raw: Record<string, unknown>) => void) => {
    const raw = JSON.parse(createBackup(SETTINGS, GLOSSARIES, new Date('2026-12-01T12:00:00Z'))) as Record<string, unknown>;
    change(raw);
    return utf8(JSON.stringify(raw));
  };

  it.each([
    ['a glossary file', utf8(toJson(STUBBORN)), 'b.json: this is a glossary file, not a Termlight backup. Import it under Glossaries instead.'],
    ['some other JSON', utf8('{"hello": 1}'), 'b.json: this is not a Termlight backup. Choose a file made with "Export all settings and glossaries".'],
    ['a newer backup', backupText((raw) => (raw.version = 2)), 'b.json: this backup was made by a newer version of Termlight. Update Termlight, then import it again.'],
    [
      'a damaged glossary',
      backupText((raw) => ((raw.userGlossaries as UserGlossary[])[0]!.entries[1]!.short = 's'.repeat(201))),
      'b.json, glossary 1 ("Cardio"), entry 2, field short: 201 characters, the limit is 200',
    ],
    [
      'two glossaries with one id',
      backupText((raw) => ((raw.userGlossaries as UserGlossary[])[1]!.id = 'user-cardio')),
      'b.json, glossary 2 ("My terms"): its id is the same as that of glossary 1, so the backup may be damaged.',
    ],
    [
      'a __proto__ key in the settings',
      utf8('{"format": "termlight-backup", "version": 1, "exportedAt": "2026-12-01T12:00:00Z", "settings": {"__proto__": {"paused": true}}, "userGlossaries": []}'),
      'b.json, settings, field __proto__: this name is not allowed in Termlight files, so the file was refused. Remove it and try again.',
    ],
    ['a file over 20 MB', new Uint8Array(21 * 1024 * 1024), 'b.json: the file is 21 MB, and the limit is 20 MB. Split it into smaller files and import them one at a time.'],
  ])('refuses %s', (_name, bytes, message) => {
    const { backup, errors } = readBackup('b.json', bytes);
    expect(messages(errors)).toEqual([message]);
    expect(backup).toBeNull();
  });

  it('leaves out unknown and unusable settings with a warning, keeping the rest', () => {
    const { backup, errors, warnings } = readBackup(
      'b.json',
      backupText((raw) => {
        const settings = raw.settings as Record<string, unknown>;
        settings.color = 'neon';
        settings.sparkles = true;
        settings.allowedSites = ['Example.ORG'];
        settings.tooltipDelayMs = 99_999;
      }),
    );
    expect(errors).toEqual([]);
    expect(messages(warnings)).toEqual([
      'b.json, setting color: "neon" is not a value this setting can take, so it was left out.',
      'b.json, setting tooltipDelayMs: 99999 is not a value this setting can take, so it was left out.',
      'b.json, setting sparkles: Termlight has no such setting, so it was left out.',
    ]);
    const { color: _color, tooltipDelayMs: _delay, ...kept } = SETTINGS;
    expect(backup!.settings).toStrictEqual({ ...kept, allowedSites: ['example.org'] });
  });
});
