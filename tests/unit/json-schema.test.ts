import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryJsonSchema } from '../../glossary/json-schema';

describe('glossary/glossary.schema.json', () => {
  it('is up to date with glossary/schema.ts (run `npm run glossary:schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../glossary/glossary.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(glossaryJsonSchema())));
  });

  it('describes every entry field, with the required ones required', () => {
    const schema = glossaryJsonSchema() as { items: { properties: Record<string, unknown>; required: string[] } };
    expect(Object.keys(schema.items.properties).sort()).toEqual(
      ['aliasLevels', 'aliases', 'caseSensitive', 'category', 'context', 'contextFree', 'expansion', 'explanation', 'forms', 'freeOnHealthPages', 'id', 'level', 'notIn', 'ownContextOnly', 'pronunciation', 'related', 'reviewed', 'senses', 'short', 'source', 'term'].sort(),
    );
    expect(schema.items.required.sort()).toEqual(['category', 'explanation', 'id', 'reviewed', 'short', 'source', 'term'].sort());
  });
});
