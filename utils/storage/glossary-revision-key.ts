/**
 * The `storage.local` key under which the background publishes the glossary's revision
 * (glossary-revision.ts). A module of its own, with no imports, so that `npm run bench:popup` can
 * wait for the same key in Node without loading the extension's storage code.
 */
export const GLOSSARY_REVISION_KEY = 'glossaryRevision';
