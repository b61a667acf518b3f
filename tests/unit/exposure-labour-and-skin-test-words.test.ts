/**
 * Words of work-health notes, labour and birth, skin and allergy checks, liver and heart notes and
 * lab results that a labelled set showed Termlight missing or misreading: exposure at work
 * (isocyanates, silica, spirometry), "immune" to a germ, blanching of a rash, a blood pressure
 * reading, a negative lumbar puncture, the flapping tremor of liver failure as a second meaning of
 * "flap", hives after a medicine, crowning in birth, a stone passed, coronary plaque, and discharge
 * papers kept to health writing. Each is tried against the other meanings its words, forms and cue
 * words have in ordinary text (photography, diplomacy, cooking, royal history, knitting, weather,
 * hydrology, chemistry titrations, meteorites, beekeeping, military records).
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('exposure at work', () => {
  itUnderlines([
    ['Sprayers with exposure to isocyanates are asked about wheeze every year.', 'exposure'],
    ['Quarry staff with exposure to silica dust have a chest check under COSHH rules.', 'exposure'],
    ['Annual spirometry is offered to anyone with exposure to flour dust.', 'exposure'],
  ]);
  itSkips([
    ['The campaign gave the small brand wide exposure in the press.', 'exposure'],
    ['Set a long exposure to catch the star trails.', 'exposure'],
    ['Her first novel got little exposure outside Wales.', 'exposure'],
  ]);
});

describe('immune to a germ', () => {
  itUnderlines([
    ['The blood test shows she is immune to measles, so no extra dose is needed.', 'immune'],
    ['He is not immune to hepatitis B yet, so the course will be repeated.', 'immune'],
    ['Her anti-HBs result shows she is immune after the vaccine.', 'immune'],
    ['Was he vaccinated, and is he immune now?', 'immune'],
  ]);
  itSkips([
    ['No business is immune to a downturn.', 'immune'],
    ['Diplomats are immune from prosecution in the host country.', 'immune'],
    ['He seemed immune to criticism from the press.', 'immune'],
    ['The vaccine sets off an immune response that makes antibodies.', 'immune'],
    ['Measles can wipe out immune memory of other germs.', 'immune'],
    ['Zinc is sold as an immune booster, but the evidence is thin.', 'immune'],
    ['Vitamin D helps the immune system against measles.', 'immune'],
    ['Immune complexes can form after a measles infection.', 'immune'],
    ['Immune tolerance after the hepatitis B vaccine is rare.', 'immune'],
  ]);
  itUnderlines([['Vitamin D helps the immune system against measles.', 'immune-system']]);
});

describe('blanching of a rash', () => {
  itUnderlines([
    ['The rash was blanching when pressed, so the doctor was less worried.', 'blanching'],
    ['Red spots that blanch under a glass test are common with viral rashes.', 'blanching'],
    ['The rash blanches when you press it with a finger.', 'blanching'],
    ['Check whether the redness over the pressure area is blanching.', 'blanching'],
  ]);
  itSkips([
    ['Blanch the green beans for two minutes, then drop them into iced water.', 'blanching'],
    ['Blanching the tomatoes makes the skins slip off.', 'blanching'],
    ['She blanched when she saw the size of the bill.', 'blanching'],
    ['Use blanched almonds for a paler cake.', 'blanching'],
    ['He blanched at her rash promise.', 'blanching'],
    ['She blanched; it had been a rash thing to say.', 'blanching'],
  ]);
  itUnderlines([['A non-blanching rash with a fever is an emergency.', 'non-blanching-rash']]);
  itSkips([['A non-blanching rash with a fever is an emergency.', 'blanching']]);
});

describe('a blood pressure reading', () => {
  itUnderlines([
    ['Her blood pressure reading at the clinic was 152/94.', 'blood-pressure-reading'],
    ['Write down each blood pressure reading from the home monitor.', 'blood-pressure-reading'],
  ]);
  itSkips([
    ['Reading the pressure gauge on the boiler takes a second.', 'blood-pressure-reading'],
    ['The reading room has good light in the morning.', 'blood-pressure-reading'],
  ]);
});

describe('a negative lumbar puncture', () => {
  itUnderlines([['CT was negative for subarachnoid bleeding.', 'negative-result']]);
  itChoosesSense([
    ['The lumbar puncture was negative for xanthochromia.', 'negative', 'test did not find what it looked for'],
    ['CT negative, so a lumbar puncture was done at 12 hours.', 'negative', 'test did not find what it looked for'],
  ]);
  itSkips([['A negative attitude spread through the whole team.', 'negative-result']]);
});

describe('discharge papers', () => {
  itUnderlines([
    ['The nurse went through the discharge papers before he left the ward.', 'discharge-summary'],
    ['A copy of the discharge summary goes to your GP.', 'discharge-summary'],
    ['Read the discharge instructions again once you are home.', 'discharge-summary'],
  ]);
  itUnderlinesOnHealthPages([['Keep your discharge papers with your other records.', 'discharge-summary']]);
  itSkips([
    ["His grandfather's discharge papers from 1919 are in the county archive.", 'discharge-summary'],
    ['She framed her uncle\'s discharge papers beside his medals.', 'discharge-summary'],
    ['The water company filed a discharge plan for the new outfall.', 'discharge-summary'],
    ['The consultant filed a discharge plan for the outfall under the permit.', 'discharge-summary'],
    ['After the armistice he was admitted to the veterans\' club with his discharge papers.', 'discharge-summary'],
    ['Be patient: discharge papers from the army can take weeks.', 'discharge-summary'],
    ['Admission to the museum is free; his discharge papers are on display.', 'discharge-summary'],
    ['The ward councillor backed the discharge plan for the sewage works.', 'discharge-summary'],
  ]);
  itUnderlines([
    ['The discharge plan was agreed with the ward team.', 'discharge-summary'],
    ['The discharge letter for the patient went to the care home.', 'discharge-summary'],
  ]);
});

describe('flap: surgery or the flapping tremor of liver failure', () => {
  itChoosesSense([
    ['Drowsy, with a coarse flap; lactulose was increased.', 'flap', 'flapping tremor of the hands (asterixis)'],
    ['No flap today and no palmar erythema.', 'flap', 'flapping tremor of the hands (asterixis)'],
    ['He had a liver flap on the ward round.', 'flap', 'flapping tremor of the hands (asterixis)'],
    ['The latissimus flap was warm with brisk capillary refill.', 'flap', 'tissue moved in surgery'],
    ['The forearm flap was pink at the flap check.', 'flap', 'tissue moved in surgery'],
  ]);
  // A surgical word and a liver word in one sentence: the card lists both meanings rather than guess the tremor.
  itListsMeanings([['The skin flap healed well in this patient with cirrhosis.', 'flap']]);
  itUnderlines([['A flap was seen, in keeping with encephalopathy from cirrhosis.', 'flap']]);
  itSkips([
    ['She got in a flap about the cirrhosis results.', 'flap'],
    ['The pastry flap was sealed over the liver and onions.', 'flap'],
    ['The cat flap banged all night.', 'flap'],
    ['The tent flap blew open in the storm.', 'flap'],
    ['Birds flap their wings to take off.', 'flap'],
    ['He got into a flap over the rota.', 'flap'],
    ['The flap over the pocket was torn.', 'flap'],
  ]);
});

describe('hives after a medicine', () => {
  itUnderlines([
    ['Hives spread over her back an hour after the amoxicillin.', 'hives'],
    ['The hives settled within a day on cetirizine.', 'hives'],
    ['Hives came back each time the loratadine was stopped.', 'hives'],
  ]);
  itSkips([
    ['The beekeeper moved the hives before the orchard was sprayed.', 'hives'],
    ['Hives of activity sprang up along the river.', 'hives'],
  ]);
});

describe('crowning in birth', () => {
  itUnderlines([
    ['The midwife said the head was crowning and asked her to pant.', 'crowning'],
    ['Crowning came an hour after she started pushing.', 'crowning'],
    ['She felt a hot, stinging stretch as the head was crowning in the birth pool.', 'crowning'],
  ]);
  itSkips([
    ['The abbey was the scene of the crowning of the new king.', 'crowning'],
    ['Winning the cup was the crowning achievement of his career.', 'crowning'],
    ['Her long red hair was her crowning glory.', 'crowning'],
    ['The birth of an heir came a year before the crowning of his father.', 'crowning'],
    ['The dentist is crowning two of his back teeth next week.', 'crowning'],
    ['The second stage of the ceremony was the crowning of the queen.', 'crowning'],
    ['Pushing through the crowd, she saw the crowning of the king.', 'crowning'],
  ]);
});

describe('a stone passed', () => {
  itUnderlines([
    ['The stone passed spontaneously after three days.', 'stone'],
    ['Tamsulosin may help a small stone to pass.', 'stone'],
  ]);
  itSkips([
    ['We passed a stone bridge on the way to the pub.', 'stone'],
    ['He has lost a stone since the summer.', 'stone'],
  ]);
});

describe('coronary plaque', () => {
  itChoosesSense([
    ['A coronary plaque had ruptured, so a stent was placed.', 'plaque', 'in the arteries'],
    ['A plaque rupture in the LAD was treated with angioplasty.', 'plaque', 'in the arteries'],
  ]);
  itSkips([
    ['A plaque for the coronation was fixed to the town hall wall.', 'plaque'],
    ['The club gave him a plaque for thirty years of service.', 'plaque'],
    ['A plaque marks the first coronary angioplasty done at this hospital.', 'plaque'],
    ['The hospital unveiled a plaque to the surgeon who placed the first stent.', 'plaque'],
  ]);
});

describe('titre in a titration', () => {
  itUnderlines([
    ['Her rubella antibody titre was low, so she was offered the MMR.', 'titer'],
    ['Each titre was log-transformed before the geometric mean was found.', 'titer'],
  ]);
  itSkips([
    ['Take the mean of your concordant titres.', 'titer'],
    ['A rough titre comes first, then careful repeats.', 'titer'],
    ['Read the burette and give the titre to the nearest 0.05 mL.', 'titer'],
  ]);
});

describe('ordinary senses on a health page', () => {
  itSkipsOnHealthPages([
    ['River discharge rose sharply after the storm.', 'discharge'],
    ['After an unremarkable first act the play comes alive.', 'unremarkable'],
    ['A depression tracking north will bring rain and gales.', 'depression'],
    ['Graft the stitches together with a blunt needle.', 'graft'],
    ['Use Kitchener stitch to graft the toe stitches together.', 'graft'],
    ['A deep depression tracking across the Irish Sea will bring gales.', 'depression'],
    ['Scatter iron filings around the magnet.', 'iron'],
    ['Most iron meteorites are rich in nickel.', 'iron'],
    ['The rock is a lump of iron and nickel from space.', 'iron'],
  ]);
  itUnderlinesOnHealthPages([
    ['Red meat and beans are good sources of iron.', 'iron'],
    ['Discharge from the wound was thick and yellow.', 'discharge'],
    ['She has lived with depression since her teens.', 'depression'],
    ['Depression tracking apps help people log their mood.', 'depression'],
    ['Surgeons graft the toe onto the hand to make a new thumb.', 'graft'],
    ['The graft on her burn is healing well.', 'graft'],
  ]);
});
