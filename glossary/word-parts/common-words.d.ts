declare module 'virtual:termlight/common-words' {
  /** The 20,000 most frequent SUBTLEX-US words, lower case, one a line (modules/common-words.ts). */
  export const commonWords: string;
}
