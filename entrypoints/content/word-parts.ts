/** The CSS.highlights name of word-parts guesses; content.css gives it a lighter underline of its own. */
export const PARTS_HIGHLIGHT = 'termlight-parts';
/** The same guesses where terms are drawn as a background (drawn-style.ts): a lighter tint, no underline. */
export const PARTS_TINT_HIGHLIGHT = 'termlight-parts-tint';
