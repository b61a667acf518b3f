/** The downloadable templates and examples must import cleanly, and the two examples must agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, readGlossaryFile } from '../../glossary/import';

const load = (name: string) => new Uint8Array(readFileSync(new URL(`../../public/templates/${name}`, import.meta.url)));
const read = (name: string) => readGlossaryFile(name, load(name), { today: '2026-12-01' });

describe('templates and examples', () => {
  it.each(['glossary-template.csv', 'glossary-template.json', 'glossary-example.csv', 'glossary-example.json'])('%s imports without errors or warnings', (name) => {
    const preview = read(name);
    expect(preview.errors.map((e) => e.message)).toEqual([]);
    expect(preview.warnings.map((w) => w.message)).toEqual([]);
    expect(preview.entries.length).toBeGreaterThan(0);
  });

  it('the CSV template names every column, in export order', () => {
    const header = new TextDecoder().decode(load('glossary-template.csv')).split('\n')[0];
    expect(header).toBe(CSV_COLUMNS.join(','));
  });

  it('the CSV and JSON examples hold the same entries', () => {
    expect(read('glossary-example.csv').entries).toEqual(read('glossary-example.json').entries);
  });

  it('the CSV and JSON templates describe the same example entry', () => {
    const csv = read('glossary-template.csv').entries[0]!;
    const json = read('glossary-template.json').entries[0]!;
    expect({ ...csv, explanation: '' }).toEqual({ ...json, explanation: '' });
  });
});
