/**
 * US/UK spelling alternates of one lower-case word, so a glossary written in either spelling finds
 * the other. The medical ae/oe forms follow fixed Greek and Latin roots, so the US→UK direction
 * rewrites known roots; the UK→US direction just drops the extra vowel.
 */

/** [pattern, replacement] rewrites from US to UK spelling. */
const US_TO_UK: readonly [RegExp, string][] = [
  [/^((?:carboxy|deoxy|glyco|met|oxy)?)hem(?=[aoi])/, '$1haem'], // hemoglobin, hematoma, hemorrhage, methemoglobinemia
  // anemia, leukemia, ischemia, glycemic; not systemic, chemical, epidemic, academic, whose "emi" is no blood root
  [/^(?!.*(?:stemic|(?<!is)chemi|(?:epi|en|pan|aca)demi|polemic|totemic))(.*?[^aeo])emi(a|c)/, '$1aemi$2'],
  [/(?<![oi])edema/, 'oedema'], // edema, lymphedema (not Wiedemann)
  [/^(trans)?esophag/, '$1oesophag'], // esophagus, transesophageal
  [/^estr(?=[oa])/, 'oestr'], // estrogen, estradiol
  [/^fet(?=us|al)/, 'foet'],
  [/^celiac/, 'coeliac'],
  [/rrhe(?=al$|a$|ic$)/, 'rrhoe'], // diarrhea, gonorrhea, seborrhea, seborrheic
  [/pnea$/, 'pnoea'], // apnea, dyspnea
  [/^ameb/, 'amoeb'],
  [/(^|o)ped(?=iatr|ics?$|ist$|o)/, '$1paed'], // pediatric, orthopedic, pedophilia (not pedicle, pedigree, tinea pedis)
  [/(?<!a)esthe/, 'aesthe'], // anesthesia, anesthetic
  [/^cec(?=um|al)/, 'caec'],
  [/^cesarean/, 'caesarean'],
  [/^previa$/, 'praevia'], // placenta previa
  [/gynec/, 'gynaec'],
  [/^etiolog/, 'aetiolog'],
  [/^fec(?=es|al)/, 'faec'],
  // tumor, color, labor, odor: the -our words by name, since Latin agent nouns keep -or (donor, vector, femoral)
  [/(tum|col|od|hum|lab|vap|fav|flav|hon|harb|neighb|rum|vig|arm|cand|endeav|behavi)or(?=$|ed$|less$|ful$|ing$)/, '$1our'],
  [/behavior(?=al)/, 'behaviour'], // behavioral (not humoral, which keeps its -or)
  [/^(fib|lit|cent|met|theat|sab|calib|somb|lust|spect|goit|mit|nit)er$/, '$1re'], // fiber, liter, center, goiter (not filter, blister)
  [/iz(?=e$|ed$|es$|ing$|ation$|ations$|er$)/, 'is'], // immunize, hospitalization
  [/yz(?=e$|ed$|es$|ing$)/, 'ys'], // paralyze, analyze
  [/alog$/, 'alogue'],
  [/^sulf(?=[aiou])/, 'sulph'], // sulfate, sulfide, sulfonylurea, sulfasalazine
  // counseling, labeled, counselor: the words that double the l by name (not feeling, inhaled, filling -> "filing", pallor)
  [/(counse|labe|trave|mode|cance|fue|signa|leve|channe|tunne|dia|tota|equa|pane|marve|jewe|funne|peda)l(?=ing$|ed$|ers?$|ors?$)/, '$1ll'],
];

/** [pattern, replacement] rewrites from UK to US spelling. */
const UK_TO_US: readonly [RegExp, string][] = [
  [/ae(?=.)/g, 'e'], // anaemia, haemoglobin, paediatric, caesarean (not vertebrae)
  [/oe(?=.)/g, 'e'], // oedema, oesophagus, diarrhoea, foetus, coeliac
  [/([^aeiou]|i)our(?=$|al$|ed$|less$|ful$|ite$)/, '$1or'], // tumour, colour, behavioural
  [/^(.{1,4}[bt])re$/, '$1er'], // fibre, litre, centre
  [/is(?=e$|ed$|es$|ing$|ation$|ations$|er$)/, 'iz'],
  [/ys(?=e$|ed$|es$|ing$)/, 'yz'],
  [/alogue$/, 'alog'],
  [/^sulph/, 'sulf'],
  [/([aeiou])ll(?=ing$|ed$|or$|er$)/, '$1l'],
];

/** Word pairs no rule covers. */
const PAIRS: readonly [string, string][] = [
  ['gray', 'grey'],
  ['mold', 'mould'],
  ['sulfur', 'sulphur'],
  ['aluminum', 'aluminium'],
  ['program', 'programme'],
  ['pajamas', 'pyjamas'],
  ['plow', 'plough'],
  ['check', 'cheque'],
];
const PAIR_OF = new Map<string, string>(PAIRS.flatMap(([us, uk]) => [[us, uk], [uk, us]]));

// Most words contain nothing any rule rewrites; one combined test skips them all at once.
const MAY_CHANGE = new RegExp([...US_TO_UK, ...UK_TO_US].map(([pattern]) => pattern.source).join('|'));
const NONE: readonly string[] = [];
// Words repeat across a glossary; the compiler clears this when done.
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 50_000;

export function clearSpellingCache(): void {
  cache.clear();
}

/** The word's other spellings (US and UK), without the word itself. Words shorter than 4 letters are left alone. */
export function spellingsOf(word: string): readonly string[] {
  if (word.length < 4) return NONE;
  let known = cache.get(word);
  if (known === undefined) {
    known = /^[a-z]+$/.test(word) && (MAY_CHANGE.test(word) || PAIR_OF.has(word)) ? rewrite(word) : NONE;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, known);
  }
  return known;
}

/**
 * The UK spelling of a US word by the rules alone, or null where none applies: one direction and no
 * word pairs, for the explicit forms of an entry, which are written in US spelling. The way back
 * (UK -> US) is left out there because it turns words English spells alike in both into non-words
 * ("excise" -> "excize").
 */
export function britishSpellingOf(word: string): string | null {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) return null;
  const uk = applyRules(word, US_TO_UK);
  return uk === word ? null : uk;
}

function rewrite(word: string): string[] {
  const out = new Set<string>();
  const pair = PAIR_OF.get(word);
  if (pair !== undefined) out.add(pair);
  out.add(applyRules(word, US_TO_UK));
  // Dropping a vowel is only a US spelling where the known roots spell it back: "haemoglobin" ->
  // "hemoglobin" does, while "haem" -> "hem" (a hem of a dress; the US word is "heme") does not.
  const us = applyRules(word, UK_TO_US);
  if (applyRules(us, US_TO_UK) === word) out.add(us);
  out.delete(word);
  return [...out];
}

function applyRules(word: string, rules: readonly [RegExp, string][]): string {
  let out = word;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return out;
}
