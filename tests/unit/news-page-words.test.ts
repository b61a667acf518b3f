/**
 * Pack 2.34 measured the pack on news pages (Indian and BBC politics and sports articles) and kept
 * out what it underlined there in another sense: taxes (excise), weariness of a topic (voter
 * fatigue), rules (zero tolerance), hard contests (a bruising defeat), figures of speech
 * (contagious laughter, inflammatory rhetoric, shortsighted policy, parasitic states, teething
 * problems), metals trading (zinc), economics (cognitive tasks, a manufacturing contraction),
 * mining (mineral resources), riots (violent disorder), the Labour party, and post boxes.
 * Each word keeps its health sense in a sentence a health page would hold.
 */
import { describe, expect, it } from 'vitest';
import { underlinedIds as ids } from './helpers/bundled-underline';

describe('words of news pages in their other sense stay plain', { timeout: 30_000 }, () => {
  it.each([
    'Central excise duties and VATs were merged into the new tax.',
    'Analysts warn of voter fatigue before the runoff.',
    'Troops in fatigues stood at the gate.',
    'The club has a zero tolerance policy towards drugs.',
    'Wales suffered a bruising 55-3 defeat in Hamilton.',
    'It was a bruising week for the markets.',
    'His contagious laughter filled the room.',
    'Hindustan Zinc stock hit a fresh 52-week high.',
    'The trader holds large volumes of zinc in its warehouses.',
    'It only has parasitic client states.',
    "AI will automate most cognitive tasks that are valuable in today's economy.",
    'He warned against shortsightedness in politics.',
    'It has been farsighted in diversifying its energy choices.',
    "The expressivity of Go's type system is limited on purpose.",
    'Committed to their well-being, the ministry urged citizens to leave.',
    'He was criticised for using inflammatory rhetoric in the campaign.',
    'Some of the greatest miscarriages of justice happened in those years.',
    'After the 2001 labour landslide came the birth of their fourth child.',
    'The new coach has had the toughest of teething problems.',
    'A drab opening was played at a lethargic pace.',
    'Send donations to PO BOX 9771, Fresno, CA.',
    "The ministry's mineral resources chief said zinc exports would rise as food prices fall.",
    'Factories reported a manufacturing contraction as labor costs rose.',
    'He was charged with violent disorder after the riot, and the patients in the ward were safe.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('the same words on health pages', { timeout: 30_000 }, () => {
  it.each([
    ['The surgeon will excise the mole and send it to the lab.', 'excision'],
    ['Fatigue and joint pain are common in lupus.', 'fatigue'],
    ['With regular opioid use, tolerance builds and the same dose works less well.', 'tolerance'],
    ['There may be some bruising and swelling after the injection.', 'bruise'],
    ['Flu is most contagious in the first three days.', 'contagious'],
    ['Zinc supplements may shorten a cold.', 'zinc'],
    ['Giardia is a parasite that spreads through contaminated water.', 'parasite'],
    ['Memory tests check cognitive function in people with dementia.', 'cognition'],
    ['Myopia makes far objects look blurry, and glasses correct it.', 'myopia'],
    ['Farsighted children may squint or rub their eyes when reading.', 'hyperopia'],
    ['In families with the same gene change, expressivity differs: some have mild symptoms.', 'variable-expressivity'],
    ["Crohn's disease causes inflammatory changes in the gut wall.", 'inflammation'],
    ["Crohn's disease causes inflammatory markers in the blood to rise.", 'inflammatory-marker'],
    ['Bleeding and cramping can be signs of a miscarriage.', 'miscarriage'],
    ['Contractions every five minutes mean labor has started.', 'labor'],
    ['Teething babies drool and chew on things.', 'teething'],
    ['The puppy is lethargic and will not eat; lethargy in a baby with fever needs care.', 'lethargy'],
    ['Amoxicillin 500 mg PO three times a day.', 'po'],
    ['Calcium is a mineral your bones need in your diet.', 'mineral'],
    ['Her contractions came every five minutes during labor.', 'uterine-contraction'],
    ['The disorder is inherited, and its symptoms start in childhood.', 'disorder'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});
