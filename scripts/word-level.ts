// `npm run glossary:level -- WORD...`: the general-English rank of each word and the level it proposes.
import { bestRank, proposeLevel } from '../glossary/frequency';
import { subtlexRankOf } from './lib/subtlex';

const words = process.argv.slice(2);
if (words.length === 0) {
  console.error('Give one or more words or quoted terms: npm run glossary:level -- tendon "muscle spasm"');
  process.exitCode = 2;
}
for (const term of words) {
  const ranks = (term.toLowerCase().match(/[a-z]+/g) ?? []).map((word) => `${word} ${bestRank(word, subtlexRankOf)}`);
  console.log(`${term.padEnd(32)} ${proposeLevel(term, subtlexRankOf).padEnd(10)} (${ranks.join(', ')})`);
}
