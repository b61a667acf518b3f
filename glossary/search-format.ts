/**
 * The layout of search documents (glossary/search.ts). Change it whenever their fields change:
 * stored documents of another layout are rebuilt. A module of its own so that the popup's first
 * chunk can read it without loading the search.
 */
export const SEARCH_INDEX_FORMAT = 2;
