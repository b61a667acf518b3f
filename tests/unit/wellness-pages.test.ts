import { describe } from 'vitest';
import { itLeavesPlain, itUnderlines } from './helpers/bundled-underline';

/**
 * Health basics 2.39: the words of everyday-health pages (activity, food, sleep and screens,
 * alcohol and drugs, mental wellbeing, sun safety, screening), in sentences as CDC, NIH, NHS and
 * MedlinePlus pages write them, and the same words in their other senses, where nothing is
 * underlined.
 */
describe('words of everyday-health pages', () => {
  itUnderlines([
    ['Adults need 2 to 3 sessions of balance training each week to lower the risk of falls.', 'balance-training'],
    ['A brisk walk uses about 3.5 METs, and running uses more, according to the physical activity guidelines.', 'metabolic-equivalent-of-task'],
    ['Broccoli, cabbage and kale are cruciferous vegetables.', 'cruciferous-vegetable'],
    ['Cutting back on sugar-sweetened beverages lowers the sugar in your diet.', 'sugar-sweetened-beverage'],
    ['Keep raw meat apart from salad to avoid cross-contamination and food poisoning.', 'cross-contamination'],
    ['Berries and tea are rich in polyphenols.', 'polyphenol'],
    ['Fentanyl test strips can show whether a drug has been mixed with fentanyl.', 'fentanyl-test-strip'],
    ['Xylazine has been found mixed into the illicit drug supply.', 'xylazine'],
    ['Cannabinoid hyperemesis syndrome causes bouts of severe vomiting in people who use cannabis often.', 'cannabinoid-hyperemesis-syndrome'],
    ['Nurses face high rates of burnout, with exhaustion and cynicism about their work.', 'burnout'],
    ['The stigma of mental illness keeps many people from seeking help for depression.', 'stigma'],
    ['Call or text the 988 Suicide & Crisis Lifeline any time.', '988-suicide-and-crisis-lifeline'],
    ['A home blood pressure monitor helps find white coat hypertension.', 'white-coat-hypertension'],
    ['The UV index forecasts how strong the sun will be tomorrow.', 'uv-index'],
    ['Both UVA and UVB rays from the sun can damage the skin and cause skin cancer.', 'uvb'],
    ['Using a tanning bed before age 35 raises the risk of melanoma.', 'tanning-bed'],
    ['The task force advises yearly lung cancer screening with a low-dose CT scan for some people who smoked.', 'lung-cancer-screening'],
    ['The blood–brain barrier keeps many medicines out of the brain.', 'blood-brain-barrier'],
    ['Nicotine pouches are placed between the gum and lip.', 'nicotine-pouch'],
    ['Blood alcohol concentration rises faster when you drink on an empty stomach.', 'blood-alcohol-concentration'],
    ['Good office ergonomics, such as a chair at the right height, can prevent back pain.', 'ergonomics'],
  ]);

  itLeavesPlain([
    'After main engine burnout, the second stage separated.',
    'The bridge showed resilience under the heavy load.',
    'Pollen grains land on the stigma of the flower.',
    'The ministry kept a defensive posture in the budget talks.',
    'UVA beat Duke in overtime on Saturday.',
    'BAC shares rose after the bank reported strong earnings.',
    'Police cars with flashing blue lights blocked the road.',
    'The pilot flew into the danger zone over enemy territory.',
    'Add two sharps to the key signature.',
    'Wild mushrooms are not always edible.',
    'Apple added new Screen Time controls to the phone.',
    'The sunbeds by the pool were all taken.',
    // Programmers call an easy API ergonomic: 7 of the Go pages did, before the word needed a cue.
    'This creates a powerful and ergonomic foundation for custom collections.',
  ]);
});
