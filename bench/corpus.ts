/**
 * Deterministic inputs for the matcher benchmark: generated glossary entries that look like medical
 * vocabulary (shared prefixes and suffixes, as real terms have), and English-like prose with terms
 * mixed in. The same seed always gives the same bytes, so runs compare.
 */
import type { GlossaryEntry } from '../glossary/schema';

/** mulberry32: tiny, fast and good enough to make varied but repeatable text. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

const PREFIXES = ['cardio', 'neuro', 'gastro', 'hepato', 'nephro', 'osteo', 'myo', 'dermato', 'hemo', 'pneumo', 'arthro', 'angio', 'encephalo', 'broncho', 'cysto', 'lipo', 'thrombo', 'leuko', 'erythro', 'oto', 'rhino', 'ophthalmo', 'chondro', 'cyto', 'histo', 'immuno', 'endo', 'peri', 'hyper', 'hypo', 'tachy', 'brady', 'dys', 'poly', 'oligo', 'glosso', 'laryngo', 'colo', 'procto', 'spleno', 'adeno', 'fibro', 'myelo', 'vaso', 'pyelo', 'uro', 'onycho', 'sclero', 'steato', 'xero'];
const ROOTS = ['', 'cyt', 'vas', 'derm', 'troph', 'plas', 'lith', 'kin', 'sten', 'mal', 'path', 'gen', 'cardi', 'neur', 'my', 'oste', 'phleb', 'ren', 'col', 'gastr', 'lymph', 'sarc', 'melan', 'cephal', 'spondyl', 'tend', 'ten', 'ocul', 'pharyng', 'trache'];
const SUFFIXES = ['itis', 'osis', 'emia', 'algia', 'ectomy', 'otomy', 'plasty', 'scopy', 'ology', 'pathy', 'oma', 'megaly', 'rrhea', 'penia', 'trophy', 'plegia', 'genesis', 'lysis', 'spasm', 'stenosis', 'cele', 'dynia', 'ptosis', 'rrhage', 'gram'];
const MODIFIERS = ['chronic', 'acute', 'benign', 'congenital', 'idiopathic', 'primary', 'secondary', 'juvenile', 'recurrent', 'focal', 'diffuse', 'mild', 'severe', 'bilateral', 'systemic'];
const HEADS = ['syndrome', 'disease', 'disorder', 'deficiency', 'reflex', 'test', 'scan', 'therapy', 'injury', 'lesion', 'tumor', 'cyst', 'fracture', 'infection', 'muscle', 'nerve', 'artery', 'vein', 'gland', 'duct'];

/** Entries with invented but plausible terms; none collide with each other or with `taken` forms. */
export function generateEntries(count: number, taken: ReadonlySet<string> = new Set(), seed = 4242): GlossaryEntry[] {
  const rnd = random(seed);
  const seen = new Set(taken);
  const out: GlossaryEntry[] = [];
  while (out.length < count) {
    const word = pick(rnd, PREFIXES) + pick(rnd, ROOTS) + pick(rnd, SUFFIXES);
    const shape = rnd();
    const term = shape < 0.55 ? word : shape < 0.75 ? `${pick(rnd, MODIFIERS)} ${word}` : shape < 0.95 ? `${word} ${pick(rnd, HEADS)}` : `${pick(rnd, MODIFIERS)} ${word} ${pick(rnd, HEADS)}`;
    if (seen.has(term)) continue;
    seen.add(term);
    const aliases: string[] = [];
    if (rnd() < 0.3) {
      const alias = pick(rnd, PREFIXES) + pick(rnd, SUFFIXES) + (rnd() < 0.5 ? '' : ` ${pick(rnd, HEADS)}`);
      if (!seen.has(alias)) {
        seen.add(alias);
        aliases.push(alias);
      }
    }
    out.push({
      id: `gen-${out.length}`,
      term,
      aliases,
      forms: [],
      short: 'A generated entry for the benchmark.',
      explanation: 'Generated. It only exists to make the glossary bigger.',
      category: 'other',
      related: [],
      source: 'Benchmark',
      reviewed: '2026-11-30',
    });
  }
  return out;
}

// Common English words, with function words listed first so the skewed picker uses them most.
const ENGLISH = (
  'the of and to a in is that it for was on are as with his they be at one have this from or had by ' +
  'but some what there we can out other were all your when up use how said an each she which do their ' +
  'time if will way about many then them would write like so these her long make thing see him two has ' +
  'look more day could go come did my no most who over know than call first people may down side been now ' +
  'find any new work part take get place made live where after back little only round man year came show ' +
  'every good me give our under name very through just form much great think say help low line before turn ' +
  'cause same mean differ move right boy old too does tell sentence set three want air well also play small ' +
  'end put home read hand port large spell add even land here must big high such follow act why ask men ' +
  'change went light kind off need house picture try us again animal point mother world near build self ' +
  'earth father head stand own page should country found answer school grow study still learn plant cover ' +
  'food sun four thought let keep eye never last door between city tree cross since hard start might story ' +
  'saw far sea draw left late run while press close night real life few stop open seem together next white ' +
  'children begin got walk example ease paper often always music those both mark book letter until mile river ' +
  'car feet care second group carry took rain eat room friend began idea fish mountain north once base hear ' +
  'horse cut sure watch color face wood main enough plain girl usual young ready above ever red list though ' +
  'feel talk bird soon body dog family direct pose leave song measure state product black short numeral class ' +
  'wind question happen complete ship area half rock order fire south problem piece told knew pass farm top ' +
  'whole king size heard best hour better true during hundred am remember step early hold west ground interest ' +
  'reach fast five sing listen six table travel less morning ten simple several vowel toward war lay against ' +
  'pattern slow center love person money serve appear road map science rule govern pull cold notice voice fall ' +
  'power town fine certain fly unit lead cry dark machine note wait plan figure star box noun field rest ' +
  'correct able pound done beauty drive stood contain front teach week final gave green oh quick develop sleep ' +
  'warm free minute strong special mind behind clear tail produce fact street inch lot nothing course stay ' +
  'wheel full force blue object decide surface deep moon island foot yet busy test record boat common gold ' +
  'possible plane age dry wonder laugh thousand ago ran check game shape yes hot miss brought heat snow bed ' +
  'bring sit perhaps fill east weight language among doctor patient study report health research daily ' +
  'symptom treatment risk older adults often recommend evidence clinic hospital nurse week month'
).split(' ');

const CONTRACTIONS = ['it’s', 'don’t', 'can’t', 'doesn’t', 'you’re', 'that’s', 'isn’t', 'we’ve'];
const PUNCT = [',', ',', ',', ';', ' —', ':'];

/** Where terms inserted into the prose come from: a weighted choice among surface strings. */
export interface TermPool {
  /** Surface strings (as written) to mix into the text, grouped into tiers picked with `weights`. */
  tiers: readonly (readonly string[])[];
  weights: readonly number[];
}

/**
 * Prose of at least `bytes` UTF-16 units: sentences of 6 to 24 words, paragraphs split by blank lines,
 * about one glossary term per 20 words (sometimes capitalized, pluralized, possessive or split by a
 * line break), curly apostrophes and dashes as on real pages, and the odd non-breaking space.
 */
export function generateCorpus(bytes: number, pool: TermPool, seed = 99): string {
  const rnd = random(seed);
  const parts: string[] = [];
  let size = 0;
  const totalWeight = pool.weights.reduce((a, b) => a + b, 0);
  const term = (): string => {
    let r = rnd() * totalWeight;
    let tier = 0;
    while (tier < pool.weights.length - 1 && r >= (pool.weights[tier] ?? 0)) r -= pool.weights[tier++] ?? 0;
    const list = pool.tiers[tier] ?? [];
    if (list.length === 0) return pick(rnd, ENGLISH);
    let t = pick(rnd, list);
    const shape = rnd();
    if (shape < 0.15 && /[a-z]$/.test(t)) t += 's';
    else if (shape < 0.2) t += '’s';
    else if (shape < 0.25) t = t.replace(' ', '\n');
    return t;
  };
  while (size < bytes) {
    const sentenceCount = 2 + Math.floor(rnd() * 5);
    let paragraph = '';
    for (let s = 0; s < sentenceCount; s++) {
      const length = 6 + Math.floor(rnd() * 19);
      const sentence: string[] = [];
      for (let w = 0; w < length; w++) {
        const r = rnd();
        let word: string;
        if (r < 0.05) word = term();
        else if (r < 0.06) word = pick(rnd, CONTRACTIONS);
        else if (r < 0.065) word = `${1 + Math.floor(rnd() * 500)}\u00a0mg`;
        else word = ENGLISH[Math.floor(rnd() * rnd() * ENGLISH.length)]!;
        if (w > 0 && w < length - 1 && rnd() < 0.06) word += pick(rnd, PUNCT);
        sentence.push(word);
      }
      const text = sentence.join(' ');
      paragraph += (s > 0 ? ' ' : '') + text.charAt(0).toUpperCase() + text.slice(1) + (rnd() < 0.9 ? '.' : rnd() < 0.5 ? '?' : '!');
    }
    parts.push(paragraph);
    size += paragraph.length + 2;
  }
  return parts.join('\n\n');
}
