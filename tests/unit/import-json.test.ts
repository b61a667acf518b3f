import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readGlossaryFile } from '../../glossary/import';
import { findJsonSyntaxError } from '../../glossary/import/json-syntax';

const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, file = 'test.json') => readGlossaryFile(file, utf8(text));
const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);
const valid = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  term: id,
  short: 'Short.',
  explanation: 'Long.',
  category: 'other',
  source: 'N',
  reviewed: '2026-11-30',
  ...extra,
});

describe('JSON syntax errors: line, column and a reason in plain words', () => {
  it.each([
    ['[1, 2,]', 1, 7, 'there is an extra comma before this ]'],
    ['{"a": 1,}', 1, 9, 'there is an extra comma before this }'],
    ['[\n  {"term": "stroke}\n]', 2, 12, 'the text that starts here does not end on its line: add the missing quotation mark ("), or write a line break inside text as \\n'],
    ['["stroke', 1, 2, 'the text that starts here is never closed with a quotation mark (")'],
    ["[{'term': 'x'}]", 1, 3, 'names must be in double quotation marks ("), not single ones'],
    ['[{"term": \'x\'}]', 1, 11, 'text must be in double quotation marks ("), not single ones'],
    ['[{term: "x"}]', 1, 3, 'a name in double quotation marks, like "term", is expected here'],
    ['[{"term" "x"}]', 1, 10, 'a colon (:) is missing after the name'],
    ['[{"term": stroke}]', 1, 11, 'text must be in double quotation marks ("), like "stroke"'],
    ['[{"term": "x"}', 1, 15, 'the file ends too early: a [ is never closed with ]'],
    ['[{"term": "x"', 1, 14, 'the file ends too early: a { is never closed with }'],
    ['[1] [2]', 1, 5, 'there is more text after the end of the data'],
    ['["line\nbreak"]', 1, 2, 'the text that starts here does not end on its line: add the missing quotation mark ("), or write a line break inside text as \\n'],
    ['["bad \\q escape"]', 1, 7, 'this backslash (\\) is not followed by something JSON understands; write \\\\ for a backslash'],
    ['["\\u12"]', 1, 3, '\\u must be followed by four hexadecimal digits, like \\u00e9'],
    ['[012]', 1, 2, 'this number is not written the way JSON needs, like 12 or 3.5'],
    ['[NaN]', 1, 2, 'text must be in double quotation marks ("), like "stroke"'],
    ['[{"a": }]', 1, 8, 'a value is expected here, but there is "}"'],
    ['[\u00a01]', 1, 2, 'a value is expected here, but there is a non-breaking space'],
  ])('%j → line %i, column %i: %s', (text, line, column, problem) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual({ line, column, problem });
  });

  it('puts the place and reason into the message', () => {
    expect(messages(read('[\n  {"id": "a",}\n]').errors)).toEqual([
      'test.json, line 2, column 14: there is an extra comma before this }. The file is not valid JSON, so nothing could be read.',
    ]);
  });

  it('finds no error in any valid JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('finds an error wherever JSON.parse finds one', () => {
    // Cutting valid JSON short or splicing in a stray character breaks it in many different ways.
    const broken = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', ':', '"', "'", 'x', '\n'))
      .map(([text, at, extra]) => text.slice(0, at % (text.length + 1)) + extra + text.slice(at % (text.length + 1) + (extra === '' ? 1 : 0)))
      .filter((text) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      });
    fc.assert(
      fc.property(broken, (text) => {
        expect(findJsonSyntaxError(text)).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('survives very deep nesting without overflowing the stack', () => {
    const text = '['.repeat(200_000);
    expect(findJsonSyntaxError(text)).toEqual({ line: 1, column: 200_001, problem: 'the file ends too early: a [ is never closed with ]' });
  });
});

describe('reading JSON entries', () => {
  it('reads a list of entries, filling the list fields the schema defaults', () => {
    const preview = read(JSON.stringify([valid('stroke', { aliases: ['CVA'], caseSensitive: false, context: [] })]));
    expect(preview).toMatchObject({ format: 'json', rowsRead: 1, errors: [], warnings: [] });
    expect(preview.entries).toEqual([
      {
        id: 'stroke',
        term: 'stroke',
        aliases: ['CVA'],
        forms: [],
        short: 'Short.',
        explanation: 'Long.',
        category: 'other',
        related: [],
        source: 'N',
        reviewed: '2026-11-30',
        caseSensitive: false,
      },
    ]);
  });

  it.each([
    ['"just text"', 'the file must hold a list of entries between [ and ], but it holds a single text. The JSON template shows the layout.'],
    ['42', 'the file must hold a list of entries between [ and ], but it holds a single number. The JSON template shows the layout.'],
    ['null', 'the file must hold a list of entries between [ and ], but it holds null. The JSON template shows the layout.'],
    ['[]', 'the list of entries is empty, so there is nothing to import.'],
    [
      '{"format": "termlight-backup", "version": 1}',
      'this is a Termlight backup, not a glossary. Import it with "Import settings and glossaries" instead.',
    ],
  ])('refuses %s', (text, problem) => {
    expect(messages(read(text).errors)).toEqual([`test.json: ${problem}`]);
  });

  it('explains an entry that is not a group of fields', () => {
    expect(messages(read(JSON.stringify([valid('a'), 'stroke', null])).errors)).toEqual([
      'test.json, entry 2: this entry must be a group of fields between { and }, like {"term": "…", "short": "…"}, but it is text ("stroke").',
      'test.json, entry 3: this entry must be a group of fields between { and }, like {"term": "…", "short": "…"}, but it is null (empty).',
    ]);
  });

  it('does not apply the CSV defaults: JSON uses the schema as it is', () => {
    const { id: _id, category: _category, ...rest } = valid('stroke');
    expect(messages(read(JSON.stringify([rest])).errors)).toEqual([
      'test.json, entry 1, field id: this field is missing, but every entry needs it.',
      'test.json, entry 1, field category: this field is missing, but every entry needs it.',
    ]);
  });

  it('reports one problem per field, in entry order', () => {
    const preview = read(JSON.stringify([valid('b', { term: '   ', reviewed: 'yesterday' }), valid('a', { related: ['ok', 'NOT OK'] })]));
    expect(messages(preview.errors)).toEqual([
      'test.json, entry 1, field term: this is empty, but every entry needs it.',
      'test.json, entry 1, field reviewed: "yesterday" is not a date written like 2026-11-30.',
      'test.json, entry 2, field related: the 2nd id, "NOT OK", is not a valid id. Use only lower-case letters a–z, digits and single hyphens, like "heart-attack".',
    ]);
  });

  it('reports a duplicate id against the entry that used it first', () => {
    expect(messages(read(JSON.stringify([valid('a'), valid('b'), valid('a', { term: 'other' })])).errors)).toEqual([
      'test.json, entry 3, field id: the id "a" is already used by entry 1. Every entry needs its own id.',
    ]);
  });

  it('keeps __proto__ out of every object it builds', () => {
    const preview = read('[{"id": "a", "__proto__": {"term": "smuggled"}}]');
    expect(preview.entries).toEqual([]);
    expect(preview.errors[0]).toMatchObject({ row: 1, field: '__proto__' });
  });

  it('reports a forbidden key outside any entry without an entry number', () => {
    expect(messages(read('{"constructor": 1}').errors)).toEqual([
      'test.json, field constructor: this name is not allowed in Termlight files, so the file was refused. Remove it and try again.',
    ]);
  });
});
