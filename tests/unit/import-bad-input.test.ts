/**
 * Every bad file ISSUE-7 lists: the exact sentence the user sees, and proof that trying to
 * import the file leaves the stored glossaries exactly as they were.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGlossaryFile, type ImportPreview } from '../../glossary/import';
import { applyPreview } from '../../utils/storage/user-glossaries';
import { serveLocalStorageFrom } from './helpers/memory-local-storage';
import type { GlossaryEntry } from '../../glossary/schema';
import type { UserGlossary } from '../../glossary/user-glossary-schema';

const TODAY = '2026-12-01';
const utf8 = (text: string) => new TextEncoder().encode(text);

function entry(id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    term,
    aliases: [],
    forms: [],
    short: `What ${term} means, in one line.`,
    explanation: `A longer explanation of ${term}.`,
    category: 'other',
    related: [],
    source: 'My notes',
    reviewed: '2026-11-30',
    ...extra,
  };
}

const EXISTING: UserGlossary = {
  id: 'user-my-terms',
  name: 'My terms',
  origin: 'my-terms',
  updatedAt: '2026-11-30T10:00:00.000Z',
  enabled: true,
  entries: [entry('tinnitus', 'tinnitus', { aliases: ['ringing in the ears'] }), entry('bruxism', 'bruxism', { category: 'symptoms' })],
};

/**
 * An in-memory storage.local. get() hands out its live object on purpose: if the importer ever
 * edited what it read instead of a copy, the "untouched" checks below would catch it.
 */
function memoryStorage(failWith?: unknown) {
  const data: Record<string, unknown> = { userGlossaries: structuredClone([EXISTING]), other: { keep: true } };
  const { writes } = serveLocalStorageFrom(data, { failSet: failWith });
  return { data, writes };
}

const CSV_HEADER = 'term,short,explanation,source';
const csvRow = (term: string, extra = '') => `${term},Short text about ${term}.,A longer explanation of ${term}.,My notes${extra}`;
const jsonEntry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  term: id,
  short: 'Short text.',
  explanation: 'A longer explanation.',
  category: 'other',
  source: 'My notes',
  reviewed: '2026-11-30',
  ...extra,
});

function manyRows(n: number): string {
  const rows = [CSV_HEADER];
  for (let i = 0; i < n; i++) rows.push(csvRow(`term ${i}`));
  return rows.join('\n');
}

interface BadCase {
  name: string;
  file: string;
  bytes: () => Uint8Array;
  errors: string[];
  warnings?: string[];
  /** For files that are accepted with warnings: what must reach the entries unchanged. */
  check?: (preview: ImportPreview) => void;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
const SIX_MB = 6 * 1024 * 1024;
const OK_JSON_MISSING = JSON.stringify([{ id: 'stroke', term: 'stroke', explanation: 'x', category: 'other', reviewed: '2026-11-30' }]);

const REFUSED: BadCase[] = [
  {
    name: 'an empty file',
    file: 'empty.csv',
    bytes: () => new Uint8Array(0),
    errors: ['empty.csv: the file is empty. Choose a file that holds your glossary entries.'],
  },
  {
    name: 'a file of only a BOM and blank lines',
    file: 'blank.csv',
    bytes: () => utf8('\uFEFF\r\n  \r\n'),
    errors: ['blank.csv: the file is empty. Choose a file that holds your glossary entries.'],
  },
  {
    name: 'a binary file (an image, with NUL bytes)',
    file: 'photo.png',
    bytes: () => new Uint8Array(PNG),
    errors: ['photo.png: this is not a text file. Save your glossary as a CSV or JSON file and try again.'],
  },
  {
    name: 'a binary file (an Excel workbook)',
    file: 'glossary.xlsx',
    bytes: () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    errors: [
      'glossary.xlsx: this is a spreadsheet or another packed file, not a text file. In your spreadsheet program, save it as "CSV UTF-8" and import that file.',
    ],
  },
  {
    name: 'a UTF-16 text file',
    file: 'utf16.csv',
    bytes: () => new Uint8Array([0xff, 0xfe, ...[...'term'].flatMap((c) => [c.charCodeAt(0), 0])]),
    errors: ['utf16.csv: the file is saved as UTF-16 text. Save it again with the UTF-8 encoding (in Excel: Save As, then "CSV UTF-8") and try again.'],
  },
  {
    name: 'invalid UTF-8 (a Windows-1252 "é" on line 3)',
    file: 'latin1.csv',
    bytes: () => new Uint8Array([...utf8(`${CSV_HEADER}\n${csvRow('anemia')}\n`), ...utf8('caf'), 0xe9, ...utf8(',Short.,Long.,Notes\n')]),
    errors: [
      'latin1.csv, line 3: this line has characters that are not UTF-8 text. Save the file with the UTF-8 encoding (in Excel: Save As, then "CSV UTF-8") and try again.',
    ],
  },
  {
    name: 'JSON with a syntax error (a missing comma)',
    file: 'broken.json',
    bytes: () => utf8('[\n  {\n    "id": "stroke"\n    "term": "stroke"\n  }\n]\n'),
    errors: ['broken.json, line 4, column 5: a comma or a closing } is missing here. The file is not valid JSON, so nothing could be read.'],
  },
  {
    name: 'JSON with a wrong top-level shape (one object, not a list)',
    file: 'object.json',
    bytes: () => utf8(JSON.stringify(jsonEntry('stroke'))),
    errors: [
      'object.json: the file must hold a list of entries between [ and ], but it holds a group of fields between { and }. The JSON template shows the layout.',
    ],
  },
  {
    name: 'JSON with missing required fields',
    file: 'missing.json',
    bytes: () => utf8(OK_JSON_MISSING),
    errors: [
      'missing.json, entry 1, field short: this field is missing, but every entry needs it.',
      'missing.json, entry 1, field source: this field is missing, but every entry needs it.',
    ],
  },
  {
    name: 'JSON with an alias level for a name that is not an alias',
    file: 'alias-levels.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('nosebleed', { aliases: ['epistaxis'], aliasLevels: { epistaxsis: 'technical' } })])),
    errors: ['alias-levels.json, entry 1, field aliasLevels: "epistaxsis" is not one of this entry\'s aliases. Each name here must be written exactly as in aliases.'],
  },
  {
    name: 'JSON with a context-free word that is not one of the entry\'s',
    file: 'context-free.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('hives', { aliases: ['urticaria'], context: ['itch'], contextFree: ['urticara'] })])),
    errors: ['context-free.json, entry 1, field contextFree: "urticara" is not the entry\'s term, one of its aliases or one of its forms, written exactly as there.'],
  },
  {
    name: 'JSON with an alias level that is not a level',
    file: 'alias-level-value.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('nosebleed', { aliases: ['epistaxis'], aliasLevels: { epistaxis: 'rare' } })])),
    errors: ['alias-level-value.json, entry 1, field aliasLevels: "rare" is not a familiarity level. Use one of: everyday, general, technical.'],
  },
  {
    name: 'JSON with wrong types',
    file: 'types.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('stroke', { term: 42, aliases: 'brain attack', caseSensitive: 'yes', context: ['brain', 7] })])),
    errors: [
      'types.json, entry 1, field term: must be text, but it is the number 42.',
      'types.json, entry 1, field aliases: must be a list, like ["first", "second"], but it is text ("brain attack").',
      'types.json, entry 1, field caseSensitive: must be true or false, but it is text ("yes").',
      'types.json, entry 1, field context: the 2nd item must be text, but it is the number 7.',
    ],
  },
  {
    name: 'JSON with a __proto__ key',
    file: 'proto.json',
    bytes: () => utf8(`[${JSON.stringify(jsonEntry('stroke'))}, {"__proto__": {"polluted": true}, "id": "x"}]`),
    errors: ['proto.json, entry 2, field __proto__: this name is not allowed in Termlight files, so the file was refused. Remove it and try again.'],
  },
  {
    name: 'JSON with a constructor key nested deep inside an entry',
    file: 'constructor.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('stroke', { extra: { deeper: [{ constructor: { prototype: { polluted: true } } }] } })])),
    errors: ['constructor.json, entry 1, field constructor: this name is not allowed in Termlight files, so the file was refused. Remove it and try again.'],
  },
  {
    name: 'CSV with a __proto__ column',
    file: 'proto.csv',
    bytes: () => utf8(`${CSV_HEADER},__proto__\n${csvRow('stroke', ',{"polluted":true}')}\n`),
    errors: ['proto.csv, row 1, column __proto__: this column name is not allowed in Termlight files, so the file was refused. Remove the column and try again.'],
  },
  {
    name: 'a 6 MB file (over the 5 MB limit)',
    file: 'huge.csv',
    bytes: () => new Uint8Array(SIX_MB).fill(0x61),
    errors: ['huge.csv: the file is 6 MB, and the limit is 5 MB. Split it into smaller files and import them one at a time.'],
  },
  {
    name: 'a file one byte over 5 MB',
    file: 'just-over.json',
    bytes: () => new Uint8Array(5 * 1024 * 1024 + 1).fill(0x20),
    errors: ['just-over.json: the file is just over 5 MB, and the limit is 5 MB. Split it into smaller files and import them one at a time.'],
  },
  {
    name: '20,001 entries',
    file: 'many.csv',
    bytes: () => utf8(manyRows(20_001)),
    errors: [
      'many.csv: the file has 20,001 entries, and the limit is 20,000 per glossary. Split it into smaller files and import each one as its own glossary.',
    ],
  },
  {
    name: 'a 101-character term',
    file: 'long-term.csv',
    bytes: () => utf8(`${CSV_HEADER}\n${csvRow('b'.repeat(101))}\n`),
    errors: ['long-term.csv, row 2, column term: 101 characters, the limit is 100'],
  },
  {
    name: 'a 2,001-character explanation',
    file: 'long-explanation.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('stroke'), jsonEntry('anemia', { explanation: 'e'.repeat(2001) })])),
    errors: ['long-explanation.json, entry 2, field explanation: 2,001 characters, the limit is 2,000'],
  },
  {
    name: 'a 312-character short text (the example in the issue)',
    file: 'hostile.csv',
    bytes: () => utf8(`term,short,explanation,source\n${Array.from({ length: 12 }, (_, i) => csvRow(`term ${i}`)).join('\n')}\nstroke,${'s'.repeat(312)},Long.,Notes\n`),
    errors: ['hostile.csv, row 14, column short: 312 characters, the limit is 200'],
  },
  {
    name: 'duplicate ids',
    file: 'dupes.csv',
    bytes: () => utf8(`id,${CSV_HEADER}\nstroke,${csvRow('stroke')}\nstroke,${csvRow('brain attack')}\n`),
    errors: ['dupes.csv, row 3, column id: the id "stroke" is already used by row 2. Every entry needs its own id.'],
  },
  {
    name: 'duplicate ids made from the terms',
    file: 'made-dupes.csv',
    bytes: () => utf8(`${CSV_HEADER}\n${csvRow('CT scan')}\n${csvRow('CT-scan')}\n`),
    errors: [
      'made-dupes.csv, row 3, column id: the id "ct-scan", made from the term, is already used by row 2. Every entry needs its own id: fill in the id column for one of them.',
    ],
  },
  {
    name: 'CSV with unbalanced quotes',
    file: 'quotes.csv',
    bytes: () => utf8(`${CSV_HEADER}\n${csvRow('stroke')}\n"anemia,Short.,Long.,Notes\n${csvRow('tinnitus')}\n`),
    errors: [
      'quotes.csv, row 3: a quotation mark (") opens a value that is never closed, so the rest of the file cannot be read. Add the missing closing quotation mark.',
    ],
  },
  {
    name: 'CSV with a missing header',
    file: 'nohead.csv',
    bytes: () => utf8(`${csvRow('stroke')}\n${csvRow('anemia')}\n`),
    errors: [
      'nohead.csv, row 1: the first row must name the columns (term, short, explanation and source, and any of the optional ones), but none of its values is a column name. Add a header row like the one in the CSV template.',
    ],
  },
  {
    name: 'CSV whose header lacks required columns',
    file: 'partial.csv',
    bytes: () => utf8('term,explanation\nstroke,Long.\n'),
    errors: ['partial.csv, row 1: the header is missing the required columns short and source. Add them; the CSV template shows every column.'],
  },
  {
    name: 'CSV with a row that has more values than the header',
    file: 'shifted.csv',
    bytes: () => utf8(`${CSV_HEADER}\nstroke,Short.,Blood, oxygen and the brain.,Notes\n`),
    errors: ['shifted.csv, row 2: this row has 5 values, but the header has 4 columns. Wrap any value that contains a comma in quotation marks.'],
  },
  {
    name: 'CSV with an unreadable yes or no for freeOnHealthPages',
    file: 'health-free.csv',
    bytes: () => utf8(`${CSV_HEADER},context,freeOnHealthPages\n${csvRow('stroke', ',brain,perhaps')}\n`),
    errors: ['health-free.csv, row 2, column freeOnHealthPages: must be true or false, but it is text ("perhaps").'],
  },
  {
    name: 'CSV with an unreadable yes or no for ownContextOnly',
    file: 'own-context.csv',
    bytes: () => utf8(`${CSV_HEADER},caseSensitive,context,ownContextOnly\n${csvRow('GDP', ',yes,dentist,sometimes')}\n`),
    errors: ['own-context.csv, row 2, column ownContextOnly: must be true or false, but it is text ("sometimes").'],
  },
];

const ACCEPTED: BadCase[] = [
  {
    name: 'context-free words in an entry without context words (a warning)',
    file: 'idle-free.csv',
    bytes: () => utf8(`${CSV_HEADER},aliases,contextFree\n${csvRow('hives', ',urticaria,urticaria')}\n`),
    errors: [],
    warnings: ['idle-free.csv, row 2, column contextFree: "urticaria" changes nothing: the entry has no context words, so all its words match without them already.'],
    check: (preview) => expect(preview.entries[0]!.contextFree).toEqual(['urticaria']),
  },
  {
    name: 'free on health pages in an entry without context words (a warning)',
    file: 'idle-health-free.csv',
    bytes: () => utf8(`${CSV_HEADER},freeOnHealthPages\n${csvRow('stroke', ',yes')}\n`),
    errors: [],
    warnings: ['idle-health-free.csv, row 2, column freeOnHealthPages: freeOnHealthPages changes nothing: the entry has no context words, so its words match on every page already.'],
    check: (preview) => expect(preview.entries[0]!.freeOnHealthPages).toBe(true),
  },
  {
    name: 'own context only in an entry without context words (a warning)',
    file: 'idle-own-context.csv',
    bytes: () => utf8(`${CSV_HEADER},caseSensitive,ownContextOnly\n${csvRow('GDP', ',yes,yes')}\n`),
    errors: [],
    warnings: ['idle-own-context.csv, row 2, column ownContextOnly: ownContextOnly changes nothing: the entry has no context words to wait for.'],
    check: (preview) => expect(preview.entries[0]!.ownContextOnly).toBe(true),
  },
  {
    name: 'own context only beside free on health pages (a warning)',
    file: 'both-context.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('gdp', { term: 'GDP', caseSensitive: true, context: ['dentist'], freeOnHealthPages: true, ownContextOnly: true })])),
    errors: [],
    warnings: [
      'both-context.json, entry 1, field ownContextOnly: ownContextOnly contradicts freeOnHealthPages: one lets the words go without context words on health pages, the other never.',
    ],
    check: (preview) => expect(preview.entries[0]!.ownContextOnly).toBe(true),
  },
  {
    name: 'own context only in an entry without abbreviations (a warning)',
    file: 'word-own-context.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('band', { term: 'band', context: ['gastric'], ownContextOnly: true })])),
    errors: [],
    warnings: [
      'word-own-context.json, entry 1, field ownContextOnly: ownContextOnly changes nothing: it applies to abbreviations (names in capitals, or any name of a case-sensitive entry), and the entry has none.',
    ],
  },
  {
    name: 'unknown related ids (a warning)',
    file: 'related.csv',
    bytes: () => utf8(`${CSV_HEADER},related\n${csvRow('stroke', ',heart-atack; anemia')}\n${csvRow('anemia')}\n`),
    errors: [],
    warnings: ['related.csv, row 2, column related: no entry in this file has the id "heart-atack", so this link will not be shown.'],
    check: (preview) => expect(preview.entries[0]!.related).toEqual(['heart-atack', 'anemia']),
  },
  {
    name: 'HTML and script inside text (accepted as text, unchanged)',
    file: 'html.csv',
    bytes: () =>
      utf8(
        `${CSV_HEADER}\n"<b>stroke</b>","<img src=x onerror=alert(1)> short","Blood <script>alert('x')</script> & more",My notes\n${csvRow('heart rate < 60')}\n`,
      ),
    errors: [],
    warnings: [
      'html.csv, row 2, column term: this looks like HTML ("<b>"). Termlight shows text exactly as written, so it will appear as typed and will never run.',
      'html.csv, row 2, column short: this looks like HTML ("<img src=x onerror=alert(1)>"). Termlight shows text exactly as written, so it will appear as typed and will never run.',
      'html.csv, row 2, column explanation: this looks like HTML ("<script>"). Termlight shows text exactly as written, so it will appear as typed and will never run.',
    ],
    check: (preview) => {
      expect(preview.entries[0]).toMatchObject({
        id: 'b-stroke-b',
        term: '<b>stroke</b>',
        short: '<img src=x onerror=alert(1)> short',
        explanation: "Blood <script>alert('x')</script> & more",
      });
      expect(preview.entries[1]!.term).toBe('heart rate < 60');
    },
  },
  {
    name: 'CSV with extra columns (a warning)',
    file: 'extra.csv',
    bytes: () => utf8(`${CSV_HEADER},notes,colour\n${csvRow('stroke', ',ask the GP,red')}\n`),
    errors: [],
    warnings: [
      'extra.csv, row 1: Termlight does not use the columns notes and colour, so they were ignored. The columns it reads are: term, aliases, forms, short, explanation, category, related, source, id, reviewed, caseSensitive, context, level, pronunciation, expansion, notIn, contextFree, freeOnHealthPages, ownContextOnly.',
    ],
    check: (preview) => expect(Object.keys(preview.entries[0]!)).not.toContain('notes'),
  },
  {
    name: 'JSON with a field the format does not have (a warning)',
    file: 'extra.json',
    bytes: () => utf8(JSON.stringify([jsonEntry('stroke', { colour: 'red' }), jsonEntry('anemia', { colour: 'blue' })])),
    errors: [],
    warnings: ['extra.json, field colour: Termlight does not use this field, so it was ignored in 2 entries (the first is entry 1).'],
    check: (preview) => expect(preview.entries.map((e) => Object.keys(e))).not.toContainEqual(expect.arrayContaining(['colour'])),
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bad files are refused with a clear message and nothing stored changes', () => {
  it.each(REFUSED)('$name', async ({ file, bytes, errors, warnings }) => {
    const preview = readGlossaryFile(file, bytes(), { today: TODAY });
    expect(preview.errors.map((e) => e.message)).toEqual(errors);
    expect(preview.warnings.map((w) => w.message)).toEqual(warnings ?? []);
    expect(preview.errors.every((e) => e.severity === 'error' && e.file === file)).toBe(true);
    expect(preview.entries).toEqual([]);

    const { data, writes } = memoryStorage();
    const before = structuredClone(data);
    await expect(applyPreview(preview)).rejects.toThrow(
      `${file} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}, so nothing was imported. Fix ${errors.length === 1 ? 'it' : 'them'} and try again.`,
    );
    expect(writes).toEqual([]);
    expect(data).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('files with only warnings are imported beside the existing glossaries, which stay untouched', () => {
  it.each(ACCEPTED)('$name', async ({ file, bytes, warnings, check }) => {
    const preview = readGlossaryFile(file, bytes(), { today: TODAY });
    expect(preview.errors.map((e) => e.message)).toEqual([]);
    expect(preview.warnings.map((w) => w.message)).toEqual(warnings ?? []);
    expect(preview.warnings.every((w) => w.severity === 'warning')).toBe(true);
    check?.(preview);

    const { data } = memoryStorage();
    const stored = await applyPreview(preview, { now: new Date('2026-12-01T09:00:00Z') });
    expect(data.userGlossaries).toEqual([EXISTING, stored]);
    expect(data.other).toEqual({ keep: true });
    expect(stored.entries).toEqual(preview.entries);
  });
});

describe('the size limit is checked before any decoding or parsing', () => {
  it('never decodes a 6 MB file', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const parse = vi.spyOn(JSON, 'parse');
    // Invalid UTF-8 and NUL bytes: any check that ran before the size check would say something else.
    const bytes = new Uint8Array(SIX_MB).fill(0xff);
    bytes[10] = 0;
    const preview = readGlossaryFile('huge.json', bytes);
    expect(preview.errors.map((e) => e.message)).toEqual([
      'huge.json: the file is 6 MB, and the limit is 5 MB. Split it into smaller files and import them one at a time.',
    ]);
    expect(decode).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
  });

  it('accepts a file of exactly 5 MB as far as size goes', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024).fill(0x20);
    bytes.set(utf8(JSON.stringify([jsonEntry('stroke')])));
    const preview = readGlossaryFile('exact.json', bytes);
    expect(preview.errors).toEqual([]);
    expect(preview.entries).toHaveLength(1);
  });
});

describe('issues carry their place as data too', () => {
  it('gives the row and field of a CSV problem', () => {
    const preview = readGlossaryFile('long-term.csv', utf8(`${CSV_HEADER}\n${csvRow('b'.repeat(101))}\n`));
    expect(preview.errors[0]).toMatchObject({ severity: 'error', file: 'long-term.csv', row: 2, field: 'term' });
  });

  it('gives the line and column of a JSON syntax error', () => {
    const preview = readGlossaryFile('broken.json', utf8('[\n  {\n    "id": "stroke"\n    "term": "stroke"\n  }\n]\n'));
    expect(preview.errors[0]).toMatchObject({ row: null, field: null, line: 4, column: 5 });
  });

  it('never throws, even when the bytes are not a Uint8Array the importer expects', () => {
    const preview = readGlossaryFile('odd.csv', null as unknown as Uint8Array);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]!.message).toMatch(/^odd\.csv: Termlight could not read this file because of an unexpected problem \(.+\)\. Nothing was imported\.$/);
  });
});
