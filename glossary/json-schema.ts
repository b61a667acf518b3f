import { toJsonSchema } from '@valibot/to-json-schema';
import { EntryListSchema } from './schema';

/**
 * The JSON Schema for hand-written glossaries, derived from the one valibot schema so the two
 * can never disagree. Transformations (trim, NFC) have no JSON Schema form and are left out.
 */
export function glossaryJsonSchema(): object {
  return {
    ...toJsonSchema(EntryListSchema, { typeMode: 'input', errorMode: 'ignore' }),
    $id: 'https://termlight.dev/glossary.schema.json',
    title: 'Termlight glossary',
    description: 'A list of glossary entries, as imported by Termlight and used by its bundled packs.',
  };
}
