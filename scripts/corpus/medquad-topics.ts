// Writes the names MedQuAD's MedlinePlus collections are about, one per line, for
// `npm run glossary:coverage -- --names`: the topics of the A.D.A.M. medical encyclopedia
// (conditions, tests, procedures readers look up) and the medicines of the drug pages.
//   npm run corpus:medquad-topics -- MEDQUAD_DIR OUT_DIR
// Only the names are read (each file's <Focus>); those collections' answers are not openly licensed
// and the public release ships them empty. The output stays out of git.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeXmlEntities } from './medquad-xml';

const [source, out] = process.argv.slice(2);
if (!source || !out) {
  console.error('Usage: npm run corpus:medquad-topics -- MEDQUAD_DIR OUT_DIR');
  process.exit(2);
}

const LISTS = [
  { collection: '10_MPlus_ADAM_QA', file: 'encyclopedia-topics.txt' },
  { collection: '11_MPlusDrugs_QA', file: 'medicine-names.txt' },
];

mkdirSync(out, { recursive: true });
for (const { collection, file } of LISTS) {
  const dir = join(source, collection);
  const names = new Set<string>();
  for (const xml of readdirSync(dir).filter((name) => name.endsWith('.xml'))) {
    const focus = /<Focus>([^<]*)<\/Focus>/.exec(readFileSync(join(dir, xml), 'utf8'))?.[1];
    if (focus?.trim()) names.add(decodeXmlEntities(focus.trim()));
  }
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
  writeFileSync(join(out, file), `${sorted.join('\n')}\n`);
  console.log(`${file.padEnd(26)} ${String(sorted.length).padStart(5)} names from ${collection}`);
}
