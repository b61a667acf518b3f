// `npm run glossary:schema`: writes glossary/glossary.schema.json from glossary/schema.ts.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { glossaryJsonSchema } from '../glossary/json-schema';

const target = resolve(import.meta.dirname, '../glossary/glossary.schema.json');
writeFileSync(target, JSON.stringify(glossaryJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
