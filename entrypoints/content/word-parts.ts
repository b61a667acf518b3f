/** The CSS.highlights name of word-parts guesses; content.css gives it a lighter underline of its own. */
export const PARTS_HIGHLIGHT = 'termlight-parts';
