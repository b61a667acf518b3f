import { describe, expect, it } from 'vitest';
import { readGlossaryFile } from '../../glossary/import';
import { idFromTerm } from '../../glossary/import/ids';
import { joinList, readCell, splitList, writeCell } from '../../glossary/import/csv-cells';

const TODAY = '2026-12-01';
const utf8 = (text: string) => new TextEncoder().encode(text);
const read = (text: string, file = 'test.csv') => readGlossaryFile(file, utf8(text), { today: TODAY });
const messages = (issues: { message: string }[]) => issues.map((issue) => issue.message);

describe('reading CSV', () => {
  it('fills the optional columns: id from the term, category "other", reviewed today', () => {
    const preview = read('term,short,explanation,source\nHeart attack,Short.,Long.,My notes\n');
    expect(preview).toMatchObject({ format: 'csv', rowsRead: 1, errors: [], warnings: [] });
    expect(preview.entries).toEqual([
      {
        id: 'heart-attack',
        term: 'Heart attack',
        aliases: [],
        forms: [],
        short: 'Short.',
        explanation: 'Long.',
        category: 'other',
        related: [],
        source: 'My notes',
        reviewed: TODAY,
      },
    ]);
  });

  it('reads quotes, doubled quotes, commas and line breaks inside values', () => {
    const preview = read('term,short,explanation,source\r\n"stroke","A ""brain attack"", in short.","Line one,\r\nline two.\nLine three.",NHS\r\n');
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]).toMatchObject({ short: 'A "brain attack", in short.', explanation: 'Line one,\r\nline two.\nLine three.' });
  });

  it('drops the BOM Excel writes, so the first column is still "term"', () => {
    const preview = read('\uFEFFterm,short,explanation,source\nstroke,S.,L.,N\n');
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]!.term).toBe('stroke');
  });

  it('detects ";" as the separator (Excel in many European languages), with quoted lists', () => {
    const preview = read('term;aliases;short;explanation;source\nstroke;"brain attack; CVA";Kurz, knapp.;Lang.;Notizen\n');
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]).toMatchObject({ aliases: ['brain attack', 'CVA'], short: 'Kurz, knapp.' });
  });

  it('detects tabs as the separator', () => {
    const preview = read('term\tshort\texplanation\tsource\nstroke\tS, s.\tL.\tN\n', 'glossary.tsv');
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]!.short).toBe('S, s.');
  });

  it('does not let ";" inside aliases fool the separator detection', () => {
    const rows = ['term,aliases,short,explanation,source', 'a,b;c;d,S.,L.,N', 'e,f;g;h,S.,L.,N'];
    const preview = read(`${rows.join('\n')}\n`);
    expect(preview.errors).toEqual([]);
    expect(preview.entries.map((e) => e.aliases)).toEqual([
      ['b', 'c', 'd'],
      ['f', 'g', 'h'],
    ]);
  });

  it('matches header names ignoring capitals, spaces, "-" and "_", in any order', () => {
    const preview = read('Source,EXPLANATION,Short,Term,Case sensitive,re-viewed,ID\nNHS,L.,S.,MS,yes,2026-10-01,ms\n');
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]).toMatchObject({ id: 'ms', term: 'MS', caseSensitive: true, reviewed: '2026-10-01', source: 'NHS' });
  });

  it('reads every list column, trimming items and skipping empty ones', () => {
    const preview = read(
      'term,aliases,forms,short,explanation,related,source,context,id\nstroke, brain attack ;; CVA ;,strokes,S.,L.,tia; clot,N,brain ; blood,stroke\ntia,,,S.,L.,,N,,tia\nclot,,,S.,L.,,N,,clot\n',
    );
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]).toMatchObject({ aliases: ['brain attack', 'CVA'], forms: ['strokes'], related: ['tia', 'clot'], context: ['brain', 'blood'] });
    expect(preview.entries[1]).not.toHaveProperty('context');
  });

  it('accepts a category id or its label, in any case', () => {
    const preview = read('term,short,explanation,source,category\na,S.,L.,N,heart-vessels\nb,S.,L.,N,Heart and blood vessels\nc,S.,L.,N,SKIN\nd,S.,L.,N,\n');
    expect(preview.entries.map((e) => e.category)).toEqual(['heart-vessels', 'heart-vessels', 'skin', 'other']);
  });

  it('reads yes/no, true/false and 1/0 for caseSensitive, and leaves it unset when empty', () => {
    const preview = read('term,short,explanation,source,caseSensitive\na,S.,L.,N,TRUE\nb,S.,L.,N,no\nc,S.,L.,N,1\nd,S.,L.,N,\n');
    expect(preview.entries.map((e) => e.caseSensitive)).toEqual([true, false, true, undefined]);
    expect(preview.entries[3]).not.toHaveProperty('caseSensitive');
  });

  it('names the familiarity levels when a level is not one of them', () => {
    const preview = read('term,short,explanation,source,level\na,S.,L.,N,rare\n');
    expect(messages(preview.errors)).toEqual(['test.csv, row 2, column level: "rare" is not a familiarity level. Use one of: everyday, general, technical.']);
    expect(preview.entries).toEqual([]);
  });

  it('explains values the schema refuses, by row and column', () => {
    const preview = read(
      [
        'term,short,explanation,source,category,reviewed,caseSensitive,id,related',
        'a,S.,L.,N,cardio,,,,',
        'b,S.,L.,N,,30/11/2026,,,',
        'c,S.,L.,N,,,maybe,,',
        'd,S.,L.,N,,,,Heart Attack,',
        'e,,L.,N,,,,,',
        'f,S.,L.,N,,,,,ok; Not OK',
      ].join('\n'),
    );
    expect(messages(preview.errors)).toEqual([
      'test.csv, row 2, column category: "cardio" is not a category Termlight knows. Use one of: muscles-bones, nerves-brain, heart-vessels, blood, breathing, digestion, kidneys-urinary, hormones-metabolism, nutrition, hydration-electrolytes, skin, eyes-ears, infections-immunity, medicines-treatments, tests-procedures, symptoms, conditions, genetics, child-development, cancer, mouth-teeth, pregnancy-birth, mental-health, sleep, specialists-care, lab-reports, abbreviations, health-words, other.',
      'test.csv, row 3, column reviewed: "30/11/2026" is not a date written like 2026-11-30.',
      'test.csv, row 4, column caseSensitive: must be true or false, but it is text ("maybe").',
      'test.csv, row 5, column id: "Heart Attack" is not a valid id. Use only lower-case letters a–z, digits and single hyphens, like "heart-attack".',
      'test.csv, row 6, column short: this is empty, but every entry needs it.',
      'test.csv, row 7, column related: the 2nd id, "Not OK", is not a valid id. Use only lower-case letters a–z, digits and single hyphens, like "heart-attack".',
    ]);
    expect(preview.entries).toEqual([]);
  });

  it('numbers rows the way a spreadsheet does, counting blank rows and rows with line breaks as one', () => {
    const preview = read(['term,short,explanation,source', 'a,S.,"two\nlines",N', '', ',,,', `b,${'s'.repeat(201)},L.,N`].join('\n'));
    expect(messages(preview.errors)).toEqual(['test.csv, row 5, column short: 201 characters, the limit is 200']);
    expect(preview.rowsRead).toBe(2);
  });

  it('reports too many aliases, and an alias that is too long', () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `alias ${i}`).join('; ');
    const preview = read(`term,aliases,short,explanation,source\na,"${aliases}",S.,L.,N\nb,"ok; ${'x'.repeat(101)}",S.,L.,N\n`);
    expect(messages(preview.errors)).toEqual([
      'test.csv, row 2, column aliases: 31 aliases, the limit is 30',
      'test.csv, row 3, column aliases: the 2nd item has 101 characters, the limit is 100',
    ]);
  });

  it('skips blank rows above the header, still numbering rows as a spreadsheet does', () => {
    const preview = read(`\n,,\nterm,short,explanation,source\nstroke,${'s'.repeat(201)},L.,N\n`);
    expect(messages(preview.errors)).toEqual(['test.csv, row 4, column short: 201 characters, the limit is 200']);
  });

  it('treats missing trailing values as empty', () => {
    const preview = read('term,short,explanation,source,category,aliases\nstroke,S.,L.,N\n');
    expect(preview.errors).toEqual([]);
    expect(preview.entries[0]).toMatchObject({ category: 'other', aliases: [] });
  });

  it('ignores unnamed empty columns but names unnamed columns that hold values', () => {
    expect(read('term,short,explanation,source,,\nstroke,S.,L.,N,,\n').warnings).toEqual([]);
    expect(messages(read('term,short,explanation,source,\nstroke,S.,L.,N,oops\n').warnings)).toEqual([
      'test.csv, row 1: Termlight does not use the column (unnamed column 5), so it was ignored. The columns it reads are: term, aliases, forms, short, explanation, category, related, source, id, reviewed, caseSensitive, context, level, pronunciation, expansion, notIn, contextFree, freeOnHealthPages, ownContextOnly.',
    ]);
  });

  it('refuses a column that appears twice', () => {
    expect(messages(read('term,short,explanation,source,Term\nstroke,S.,L.,N,x\n').errors)).toEqual([
      'test.csv, row 1, column term: this column appears twice. Keep only one of them.',
    ]);
  });

  it('refuses a header with no entries', () => {
    expect(messages(read('term,short,explanation,source\n\n').errors)).toEqual([
      'test.csv: the file has a header row but no entries, so there is nothing to import.',
    ]);
  });

  it('reports a quotation mark in the wrong place', () => {
    expect(messages(read('term,short,explanation,source\n"stroke"s,S.,L.,N\n').errors)).toEqual([
      'test.csv, row 2: a quotation mark (") is in the wrong place. A value that holds quotation marks must be wrapped in quotation marks, with each inner one doubled ("").',
    ]);
  });

  it('warns when two rows claim the same words', () => {
    const preview = read('term,aliases,short,explanation,source\nstroke,,S.,L.,N\nbrain attack,Stróke,S.,L.,N\n');
    expect(messages(preview.warnings)).toEqual([
      'test.csv, row 3, column aliases: "Stróke" is also a term or alias in row 2, so both entries will claim the same words on a page.',
    ]);
    expect(preview.entries).toHaveLength(2);
  });

  it('normalizes text to NFC and trims it', () => {
    const preview = read('term,short,explanation,source\n  Me\u0301nie\u0300re  ,S.,L.,N\n');
    expect(preview.entries[0]!.term).toBe('Ménière');
    expect(preview.entries[0]!.id).toBe('meniere');
  });

  it('reads a .txt file by its content', () => {
    expect(read('term,short,explanation,source\nstroke,S.,L.,N\n', 'glossary.txt').format).toBe('csv');
    expect(read('[]', 'glossary.txt').format).toBe('json');
  });
});

describe('ids made from terms', () => {
  it.each([
    ['Heart attack', 'heart-attack'],
    ["Ménière's disease", 'menieres-disease'],
    ['  Vitamin B12 (cobalamin) ', 'vitamin-b12-cobalamin'],
    ['Straße', 'strasse'],
    ['x'.repeat(120), 'x'.repeat(100)],
  ])('%s → %s', (term, id) => {
    expect(idFromTerm(term)).toBe(id);
  });

  it('gives terms in other scripts a stable hashed id', () => {
    const id = idFromTerm('中风');
    expect(id).toMatch(/^term-[0-9a-f]{8}$/);
    expect(idFromTerm('中风')).toBe(id);
    expect(idFromTerm('脑卒中')).not.toBe(id);
  });
});

describe('CSV cells', () => {
  it.each([
    [['a', 'b'], 'a; b'],
    [['a;b', 'c'], 'a\\;b; c'],
    [['back\\slash', 'end\\'], 'back\\\\slash; end\\\\'],
  ])('joins %j as %s and splits it back', (items, cell) => {
    expect(joinList(items)).toBe(cell);
    expect(splitList(cell)).toEqual(items);
  });

  it('keeps a hand-typed backslash that escapes nothing', () => {
    expect(splitList('C:\\notes; x')).toEqual(['C:\\notes', 'x']);
  });

  it.each(['=1+1', '+44 20', '-ectomy', '@home', "'tis", "'=x"])('writes %s so no spreadsheet runs it, and reads it back', (text) => {
    expect(writeCell(text)).toBe(`'${text}`);
    expect(readCell(writeCell(text))).toBe(text);
  });

  it('leaves ordinary text alone', () => {
    expect(writeCell('stroke')).toBe('stroke');
    expect(readCell("'quoted'")).toBe("'quoted'");
  });
});
