/**
 * Everyday words that carry a health meaning in clinic letters, discharge notes and public health
 * messages: a blocked drip line (occlusion), offloading a foot ulcer, skin that peels after a
 * treatment, coming to a health facility (present to), a fracture reduced under sedation, lifelong
 * thyroid hormone replacement, folinic acid rescue, a "satisfactory" result, muscle tone, wasting
 * in children, a weeping burn, a cold thyroid nodule, a stem cell graft, a marrow sample, a pacing
 * lead, a fit, a high sling, sugar readings, shock, dermal filler, a mole, jiggers, cardiac arrest,
 * unremarkable scans, stroke risk, disease outbreaks and seizures. Each is tried against the other
 * senses of its words, aliases and cues, read alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itListsMeanings,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe('occlusion of a drip line or catheter', () => {
  itUnderlines([
    ['The PICC has a partial occlusion, so the nurse will try alteplase to clear it.', 'occlusion'],
    ['An occlusion of the central line means it cannot be used until it is cleared.', 'occlusion'],
  ]);
  itChoosesSense([
    ['The PICC has a partial occlusion, so the nurse will try alteplase to clear it.', 'occlusion', 'blocked drip line or catheter'],
    ['A clot caused occlusion of the artery in his leg.', 'occlusion', 'blocked blood vessel'],
  ]);
  itSkips([
    ['Ambient occlusion adds soft shadows; the catheter prop in the game looks real.', 'occlusion'],
  ]);
  itSkipsOnHealthPages([
    ['Turn on ambient occlusion in the graphics settings for softer shadows.', 'occlusion'],
  ]);
});

describe('offloading, peeling skin and weeping wounds', () => {
  itUnderlines([
    ['Offloading lets the sore heal, so wear the boot every time you stand or walk.', 'offloading'],
    ['Retinoids can make the skin peel and turn red.', 'peeling-skin'],
    ['Your skin may peel a few days after the laser treatment.', 'peeling-skin'],
    ['The burn on his forearm is still weeping, so the dressing will be changed daily.', 'weeping'],
    ['Weeping eczema on the hands often crusts over as it settles.', 'weeping'],
  ]);
  itSkips([
    ['The removal firm is offloading the van, and the boot of the car is full too.', 'offloading'],
    ['Peel the potatoes and carrots, then roast them; sunburn is no fun at a barbecue.', 'peeling-skin'],
    ['Grate the orange peel over the cake; the retinoid cream is in the cupboard.', 'peeling-skin'],
    ['The old paint began to peel after a wet winter.', 'peeling-skin'],
    ['She was weeping at the funeral as the coffin passed.', 'weeping'],
    ['The weeping willow by the river lost a branch in the storm near the burns.', 'weeping'],
  ]);
  itSkipsOnHealthPages([
    ['Mourners stood weeping openly at the memorial for the burns unit nurse.', 'weeping'],
    ['A banana peel on the stairs can cause a fall.', 'peeling-skin'],
  ]);
});

describe('present, satisfactory and a reduced fracture', () => {
  itUnderlines([
    ['People with a cough for three weeks should present to a health facility for a check.', 'present-with'],
    ['Anyone with these signs should present to the nearest health facility the same day.', 'present-with'],
    ['Blood test result from your GP: satisfactory, no further action needed.', 'satisfactory'],
    ['The dislocated finger was reduced under ketamine and buddy strapped.', 'fracture-reduction'],
  ]);
  itSkips([
    ['The mayor will present to the hospital board a cheque for the new wing.', 'present-with'],
    ['Those present at the meeting voted to present a new plan to the council.', 'present-with'],
    ['Police said his account was satisfactory and no further action would be taken.', 'satisfactory'],
    ['His homework was satisfactory and his reading has improved.', 'satisfactory'],
    ['Prices were reduced under the new scheme.', 'fracture-reduction'],
  ]);
  itSkipsOnHealthPages([
    ['Staff will present to the board a plan for shorter waits.', 'present-with'],
  ]);
});

describe('thyroid hormone replacement, a cold nodule and folinic acid rescue', () => {
  itUnderlines([
    ['Without a thyroid gland she needs replacement with levothyroxine for life.', 'thyroid-hormone-replacement'],
    ['Thyroxine replacement is checked with a TSH blood test.', 'thyroid-hormone-replacement'],
    ['A cold nodule on the thyroid scan is usually checked with a needle biopsy.', 'cold-nodule'],
    ['Leucovorin rescue protects healthy cells after high-dose methotrexate.', 'leucovorin-rescue'],
    ['Calcium folinate rescue began on time after the infusion.', 'leucovorin-rescue'],
  ]);
  itSkips([
    ['The replacement goalkeeper saved a penalty; his mother had a thyroidectomy.', 'thyroid-hormone-replacement'],
    ['Order a replacement prescription if you lose your levothyroxine.', 'thyroid-hormone-replacement'],
    ['She had a hip replacement last year and takes levothyroxine every morning.', 'thyroid-hormone-replacement'],
    ['We need a replacement kettle; he was on thyroxine at the time.', 'thyroid-hormone-replacement'],
  ]);
  itSkipsOnHealthPages([
    ['A replacement battery for the blood pressure monitor costs four pounds.', 'thyroid-hormone-replacement'],
  ]);
});

describe('muscle tone, wasting and a high sling', () => {
  itUnderlines([
    ['Tone in the wrist extensors is high, so a night splint has been made.', 'muscle-tone'],
    ['Wasting and stunting are both measured at the child health clinic with MUAC tapes.', 'wasting'],
    ['Children with severe acute malnutrition and wasting are treated with RUTF.', 'wasting'],
    ['Keep the scalded hand up in the high sling for the first two days.', 'arm-sling'],
  ]);
  itSkips([
    ['Stop wasting food: plan meals to help cut malnutrition costs.', 'wasting'],
    ['He is wasting time and money on the project, said UNICEF.', 'wasting'],
    ['Muscle wasting is common after a long stay in bed.', 'wasting'],
    ['The tone of the meeting changed after the splint supplier spoke.', 'muscle-tone'],
  ]);
  itSkipsOnHealthPages([
    ['Cutting down on wasting food at home saves money.', 'wasting'],
  ]);
});

describe('graft, marrow, pacing lead and a fit', () => {
  itUnderlines([
    ['Neutrophils recovered on day +14, showing the graft is working.', 'graft'],
    ['The sheet graft on his forearm looks pink and healthy.', 'graft'],
    ['Marrow aspirate and trephine will show whether the leukaemia has come back.', 'bone-marrow'],
    ['A fracture of the atrial lead was found at the device check.', 'pacemaker-lead'],
    ['The ventricular lead was repositioned the day after implant.', 'pacemaker-lead'],
    ['She had a fit lasting five minutes and was given midazolam.', 'fits'],
  ]);
  itSkips([
    ['Hard work and graft built the business from nothing.', 'graft'],
    ['Stuffed marrow is a classic autumn dish.', 'bone-marrow'],
    ['She felt chilled to the marrow after the walk, despite her leukaemia being in remission.', 'bone-marrow'],
    ['Lead in old water pipes can harm children.', 'pacemaker-lead'],
    ['The coat is a good fit lasting many winters.', 'fits'],
  ]);
  itSkipsOnHealthPages([
    ['Years of graft went into building the charity before a sponsor noticed.', 'graft'],
    ['Vegetable marrow and courgette grow well in a sunny bed.', 'bone-marrow'],
  ]);
});

describe('sugar readings, shock, filler, mole and jiggers', () => {
  itUnderlines([
    ['Your sugar readings after meals are above 10 mmol/L most days.', 'blood-sugar'],
    ['He is in shock with cold peripheries and a weak pulse.', 'shock'],
    ['Lip filler can be dissolved with hyaluronidase if it lumps.', 'dermal-filler'],
    ['The filler in her cheeks was placed by an aesthetic nurse.', 'dermal-filler'],
    ['The mole on your back is a dysplastic naevus and has been removed.', 'mole'],
    ['Jiggers burrow into the toes, and the fleas are removed at the clinic.', 'tungiasis'],
  ]);
  itSkips([
    ['Um and er are filler words; she uses Botox and never says them.', 'dermal-filler'],
    ['Wood filler hides the cracks before you paint.', 'dermal-filler'],
    ['Add a jigger of gin and a dash of bitters; the dog had fleas.', 'tungiasis'],
    ['The bartender used a double jigger to measure the rum.', 'tungiasis'],
    ['She was in shock after the news.', 'shock'],
  ]);
  itLeavesWordPlain([
    ['Wood filler hides the cracks before you paint.', 'filler'],
    ['Add a jigger of gin and a dash of bitters.', 'jigger'],
  ]);
});

describe('arrest, unremarkable, stroke, outbreak and seizures', () => {
  itUnderlines([
    ['He had a hypoxic brain injury after the arrest at home.', 'cardiac-arrest'],
    ['CT head was unremarkable and he went home.', 'unremarkable'],
    ['Warfarin lowers the risk of stroke in people with an irregular heartbeat.', 'stroke'],
    ['Since his stroke he has taken apixaban every day.', 'stroke'],
    ['Health officials confirmed an Ebola outbreak in two districts.', 'outbreak'],
    ['Her seizures stopped after lamotrigine was started.', 'seizure'],
  ]);
  itChoosesSense([
    ['Health officials confirmed an Ebola outbreak in two districts.', 'outbreak', 'more cases of a disease than expected'],
  ]);
  itSkips([
    ['The arrest of the suspect took place at dawn; he later had a hypoxic brain injury after a fall.', 'cardiac-arrest'],
    ['The outbreak of war in 1914 ended the season; polio came later.', 'outbreak'],
  ]);
  itSkipsOnHealthPages([
    ['For six hours the game was unremarkable, then the cards turned.', 'unremarkable'],
    ['The parish entry was unremarkable except for the age of the groom.', 'unremarkable'],
    ['His jab step froze the defender before the jumper.', 'jab'],
    ['Years of graft went into the show before the sponsor noticed.', 'graft'],
  ]);
});

describe('review 4: other senses of the new words and cues', () => {
  itSkips([
    // "a peel" is the treatment (chemical peel), not skin that peels
    ['After a medium-depth peel with TCA, expect the treated area to flake for a week.', 'peeling-skin'],
    ['Stop tretinoin a week before your peel.', 'peeling-skin'],
    // filler on music, design and car pages
    ['Too much filler on this record; the aesthetic is pure 80s.', 'dermal-filler'],
    ['Remove the oil filler cap and check the fuel injector.', 'dermal-filler'],
    // chiggers (harvest mites) are called jiggers in the US
    ['Chiggers, also called jiggers, cause itchy bites around the ankles and toes.', 'tungiasis'],
    ['Jigger bites itch badly; the mites do not burrow into the skin.', 'tungiasis'],
    // other replacements beside thyroid replacement
    ['Her B12 replacement injections go on every three months, and renal replacement therapy has stopped; she had a thyroidectomy.', 'thyroid-hormone-replacement'],
    ['Pilates helps tone the flexors of the hip.', 'muscle-tone'],
    ['The dress was a perfect fit lasting all night.', 'fits'],
  ]);
  itUnderlines([
    ['Thyroid replacement was started after the operation.', 'thyroid-hormone-replacement'],
    ['The filler was placed at an aesthetic clinic and dissolved with hyaluronidase.', 'dermal-filler'],
    ['Tunga fleas cause jiggers, most often in the toes.', 'tungiasis'],
    ['Wasting and weight loss are common in adults with cancer-related malnutrition.', 'wasting'],
  ]);
  itChoosesSense([
    ['The PICC line occlusion was cleared and blood return came back.', 'occlusion', 'blocked drip line or catheter'],
  ]);
  itListsMeanings([
    // a catheter is also how a blocked artery is reached, and alteplase also clears a blocked artery in a stroke
    ['Total occlusion was crossed with a catheter and stented.', 'occlusion'],
    ['Large vessel occlusion in the brain was treated with alteplase.', 'occlusion'],
  ]);
  itLeavesWordPlain([
    ['She is on thyroid replacement; her B12 replacement injections go on too.', 'replacement injections'],
  ]);
});
