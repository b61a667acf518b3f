/**
 * Words from cleft, heart, gout, radiology, newborn, perinatal and spinal-injury care
 * (round 54, writer 4): phrase entries for senses an everyday word only has inside a longer
 * phrase ("wound breakdown", "contrast blush", "clear response", "nasal escape"), and cue words
 * rare outside health added to gated entries (femoral pulses, baclofen for tone, allopurinol for
 * flares, the aorta for a shunt). Each is tried against the other senses its words have on
 * ordinary pages (a bathroom filter, a thrill ride, low mood lighting, a plant failing to thrive).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('cleft lip and palate', () => {
  itUnderlines([
    ['Two weeks after surgery there was some wound breakdown along the lip scar.', 'wound-dehiscence'],
    ['Her speech therapist noted nasal escape on plosive sounds.', 'nasal-air-escape'],
    ['Nasal air escape can persist after a cleft palate repair.', 'nasal-air-escape'],
    ['His palate was closed with a Furlow Z-plasty at 11 months.', 'palate'],
    ['A palatoplasty was done to close the gap in the palate.', 'palate'],
  ]);
  itSkips([
    ['The talks saw a breakdown of trust between the two parties.', 'wound-dehiscence'],
    ['The hostages made their escape through a side door.', 'nasal-air-escape'],
    ['This wine will please every palate at the dinner party.', 'palate'],
    ['The chef has a refined palate and a love of spice.', 'palate'],
  ]);
});

describe('children’s heart care', () => {
  itUnderlines([
    ['Femoral pulses were hard to feel in the newborn.', 'pulse'],
    ['Weak pulses in the legs can be a sign of coarctation.', 'pulse'],
    ['A thrill was felt at the upper sternal edge over the stenosis.', 'thrill'],
    ['The surgeon placed a shunt between the aorta and the lung artery.', 'shunt'],
    ['A Blalock-Taussig shunt keeps blood reaching the lungs.', 'shunt'],
    ['The baby is failing to thrive and has dropped two centiles on the growth chart.', 'failure-to-thrive'],
    ['She failed to thrive as a baby despite high-calorie formula.', 'failure-to-thrive'],
  ]);
  itSkips([
    ['Lentils, beans and other pulses are cheap sources of protein.', 'pulse'],
    ['Riding the new coaster was a thrill for the whole family.', 'thrill'],
    ['The goods train was shunted into a siding overnight.', 'shunt'],
    ['Small shops are failing to thrive on the high street this year.', 'failure-to-thrive'],
    ['The tomato seedlings failed to thrive in the cold greenhouse.', 'failure-to-thrive'],
    ['Under the new owners the club failed to thrive.', 'failure-to-thrive'],
    ['Faltering growth in China weighed on shares of carmakers this week.', 'failure-to-thrive'],
  ]);
});

describe('gout', () => {
  itUnderlines([
    ['Flares are common in the first months on allopurinol.', 'flare'],
    ['Her urate is at target on febuxostat, below 300 µmol/L.', 'target-range'],
    ['His uric acid is now at target after the dose was raised.', 'target-range'],
  ]);
  itSkips([
    ['The solar flare disrupted radio signals for hours.', 'flare'],
    ['Inflation is back at target for the first time in three years.', 'target-range'],
    ['Thyroid hormone from levothyroxine acts at target tissues all over the body.', 'target-range'],
    ['The archer hit the bullseye and stayed at target for the next round.', 'target-range'],
  ]);
});

describe('radiology and surgery', () => {
  itUnderlines([
    ['The CT showed a contrast blush in the liver, so she went to angiography.', 'contrast-blush'],
    ['An IVC filter was placed because he could not take blood thinners.', 'ivc-filter'],
    ['The filter sits in the main vein and traps clots from the legs.', 'ivc-filter'],
    ['After the bile duct blockage a drain was placed into the liver.', 'surgical-drain'],
    ['A soft pancreas raises the risk of a leak after a Whipple.', 'anastomotic-leak'],
    ['She lost two litres of blood and went into shock.', 'shock'],
  ]);
  itSkips([
    ['She tried to hide her blush when the teacher read out her poem.', 'contrast-blush'],
    ['Change the filter in the cooker hood every three months.', 'ivc-filter'],
    ['The water filter takes out chlorine and lime.', 'ivc-filter'],
    ['During dialysis, heparin anticoagulation stops the filter from clotting.', 'ivc-filter'],
    ['Citrate is an anticoagulant that keeps a filter running for longer on CRRT.', 'ivc-filter'],
    ['Pour the fat into a jar, not down the drain.', 'surgical-drain'],
    ['The leak in the roof got worse after the storm.', 'anastomotic-leak'],
    ['The result came as a shock to the fans.', 'shock'],
  ]);
});

describe('fasting before a procedure', () => {
  itUnderlines([
    ['You can drink clear fluids until two hours before your anaesthetic.', 'clear-fluids'],
    ['Have only clear liquids the day before your colonoscopy.', 'clear-fluids'],
  ]);
  itSkips([
    ['Top up the washer bottle with clear fluids, not dish soap.', 'clear-fluids'],
    ['Strain the stock through muslin until only clear liquids remain.', 'clear-fluids'],
  ]);
});

describe('perinatal mental health and feeding', () => {
  itUnderlines([
    ['Low mood that lasts more than two weeks after the birth may be postnatal depression.', 'low-mood'],
    ['He has had low mood and poor sleep since losing his job.', 'low-mood'],
    ['Most antibiotics are compatible with breastfeeding.', 'compatible-with-breastfeeding'],
  ]);
  itUnderlinesOnHealthPages([
    ['She describes low mood most days and little interest in seeing friends.', 'low-mood'],
  ]);
  itSkips([
    ['There was a low mood in the dressing room after the defeat.', 'low-mood'],
    ['The bar has low mood lighting and soft jazz.', 'low-mood'],
    ['There was a low mood in the garage after the GP as the team slipped down the order.', 'low-mood'],
    ['The new printer is compatible with most laptops.', 'compatible-with-breastfeeding'],
  ]);
  itSkipsOnHealthPages([
    ['Dim, low mood lighting can help some people wind down before bed.', 'low-mood'],
  ]);
});

describe('newborn hearing screen', () => {
  itUnderlines([
    ['The hearing screen showed a clear response in both ears.', 'clear-response'],
    ['No clear response was found, so audiology will see her next week.', 'clear-response'],
    ['A hearing screen is offered to every baby in the first weeks.', 'hearing-test'],
  ]);
  itSkips([
    ['The minister gave no clear response to the question about taxes.', 'clear-response'],
    ['There was no clear response from the council to our letter.', 'clear-response'],
  ]);
});

describe('spinal cord injury', () => {
  itUnderlines([
    ['His neurological level of injury is T4 after the fall.', 'neurological-level-of-injury'],
    ['Neurological level is C5, with shoulder movement kept.', 'neurological-level-of-injury'],
    ['Increased tone in his legs eased once baclofen was started.', 'muscle-tone'],
  ]);
  itSkips([
    ['The app explains meditation on a neurological level.', 'neurological-level-of-injury'],
    ['NLI models decide whether one sentence follows from another.', 'neurological-level-of-injury'],
    ['The model was pre-trained on C4 and then tuned for NLI on clinical notes.', 'neurological-level-of-injury'],
    ['Chronic pain changes how the spinal cord works at a neurological level.', 'neurological-level-of-injury'],
    ['Her tone was sharp when she answered the phone.', 'muscle-tone'],
  ]);
});
