// Writes the clinical notes of one or more CSV files (such as the MTSamples transcriptions:
// operative reports, consult and visit notes) as one text file per note, for
// `npm run glossary:coverage`: the records patients read in a portal are worded unlike the
// consumer pages of the main corpus.
//   npm run corpus:notes-csv -- OUT_DIR FILE.csv|FILE.txt [...]
// The note is the first of the columns `transcription`, `text`, `tweet` that the file has. A .txt
// file holds one document per line instead (as the Cochrane plain-language summaries come).
// Notes shorter than 200 characters and repeats (same first 300 characters) are left out. The
// output stays out of git.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

const NOTE_COLUMNS = ['transcription', 'text', 'tweet'];
const SHORTEST_NOTE = 200;

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  console.error('Usage: npm run corpus:notes-csv -- OUT_DIR FILE.csv [FILE.csv ...]');
  process.exit(2);
}

mkdirSync(out, { recursive: true });
const seen = new Set<string>();
let written = 0;
for (const file of files) {
  const { source, texts } = documentsOf(file);
  let kept = 0;
  for (const text of texts) {
    // The transcriptions mark their line breaks with ",  " and headings with ":,": plain spacing reads better.
    const note = text.trim().replaceAll(',  ', ' ').replaceAll(':,', ':');
    if (note.length < SHORTEST_NOTE) continue;
    const key = createHash('sha1').update(note.slice(0, 300)).digest('hex');
    if (seen.has(key)) continue;
    seen.add(key);
    written++;
    kept++;
    writeFileSync(join(out, `${String(written).padStart(5, '0')}.txt`), `${note}\n`);
  }
  console.log(`${file}: ${kept} notes from ${source}`);
}
console.log(`${written} notes written to ${out}`);

/** The file's documents, and where in the file they were read from (for the log line). */
function documentsOf(file: string): { source: string; texts: string[] } {
  const content = readFileSync(file, 'utf8');
  if (file.endsWith('.txt')) return { source: 'its lines', texts: content.split('\n') };
  const parsed = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: true });
  const column = NOTE_COLUMNS.find((name) => parsed.meta.fields?.includes(name));
  if (!column) {
    console.error(`${file}: no column named ${NOTE_COLUMNS.join(', ')}`);
    process.exit(1);
  }
  return { source: `column "${column}"`, texts: parsed.data.map((row) => row[column] ?? '') };
}
