/**
 * Everyday words that carry a medical sense in oncology, transplant, ward, rehabilitation,
 * maternity, dermatology and lab letters: conditioning before a stem cell transplant, protective
 * isolation, a donor match, blood counts after chemotherapy, flushing and locking a drip line, a
 * drip that has leaked into the tissue (infiltration), a dressing, skin glue, freezing a wart, a
 * culture that grew germs, an inadequate screening sample, a fixed lump, a dilated heart chamber,
 * episodes of a symptom, cueing, left neglect, foot drop, a tube feed, delivering a baby,
 * exclusive breastfeeding, a FODMAP challenge, and mobilisation (getting up after surgery, or moving
 * stem cells into the blood before they are collected). Each is tried against the other senses of its
 * words, read alone and as part of a health page.
 */
import { describe } from 'vitest';
import { itChoosesSense, itLeavesWordPlain, itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('stem cell transplant: conditioning, protective isolation, donor match, counts', () => {
  itUnderlines([
    ['Conditioning with melphalan begins two days before the stem cell infusion.', 'conditioning'],
    ['She is having reduced-intensity conditioning because of her age.', 'conditioning'],
    ['Myeloablative conditioning wipes out the bone marrow before the graft.', 'conditioning'],
    ['After the transplant he will be nursed in protective isolation.', 'protective-isolation'],
    ['Reverse barrier nursing is used while her white cells are low.', 'protective-isolation'],
    ['No sibling was suitable, but an unrelated match was found for him.', 'donor-match'],
    ['His counts were too low after carboplatin, so the next cycle is delayed.', 'blood-count'],
    ['Her counts dipped a week after the vincristine dose.', 'blood-count'],
  ]);
  itSkips([
    ['The flat has air conditioning in every room.', 'conditioning'],
    ['Strength and conditioning sessions help rugby players avoid injury.', 'conditioning'],
    ['Pavlov showed classical conditioning with dogs and a bell.', 'conditioning'],
    ['Use a deep conditioning mask once a week for dry hair.', 'conditioning'],
    ['The referee stopped the match after a floodlight failed.', 'donor-match'],
    ['Social isolation can make depression worse.', 'protective-isolation'],
    ['The vote counts came in after midnight.', 'blood-count'],
  ]);
  itSkipsOnHealthPages([
    ['Strength and conditioning work can help people get fit again after a stem cell transplant.', 'conditioning'],
    ['The match report praised the goalkeeper.', 'donor-match'],
  ]);
});

describe('drip lines: flush, lock, infiltration, dressing', () => {
  itUnderlines([
    ['Flush the cannula with saline before and after each antibiotic.', 'line-flush'],
    ['The district nurse will flush the Hickman line every week.', 'line-flush'],
    ['An ethanol lock is left in the line between feeds.', 'catheter-lock'],
    ['A taurolidine lock keeps the lumen from clotting.', 'catheter-lock'],
    ['Reverse isolation is used while his neutrophils are low after chemotherapy.', 'protective-isolation'],
    ['Flush each lumen of the PICC with saline.', 'line-flush'],
    ['The area around the cannula was puffy and cold, a sign of infiltration.', 'infiltration'],
    ['IV infiltration is a common problem with drips in small veins.', 'infiltration'],
    ['The clear dressing over the line was changed after cleaning with chlorhexidine.', 'dressing'],
    ['The dressing was changed with Entonox for the pain.', 'dressing'],
  ]);
  itSkips([
    ['Flush the toilet before you leave.', 'line-flush'],
    ['The cupboard doors sit flush with the wall.', 'line-flush'],
    ['He won the hand with a royal flush.', 'line-flush'],
    ['Her cheeks were flush with pride.', 'line-flush'],
    ['Lock the front door when you go out.', 'catheter-lock'],
    ['A heparin lock was put in a vein in his forearm in the emergency department.', 'catheter-lock'],
    ['The amplifier has a reverse isolation of 40 dB.', 'protective-isolation'],
    ['Flush mount ceiling light, 1200 lumens, sits flush with the ceiling.', 'line-flush'],
    ['Drip irrigation raises the water infiltration rate of the soil.', 'infiltration'],
    ['Water infiltration through the cellar wall caused damp.', 'infiltration'],
    ['The spy ring planned an infiltration of the ministry.', 'infiltration'],
    ['Whisk the oil and vinegar into a dressing for the salad.', 'dressing'],
  ]);
  itSkipsOnHealthPages([
    ['Local infiltration of lidocaine numbs the skin before the cannula goes in.', 'infiltration'],
    ['Tumour infiltration of the marrow was seen on the biopsy.', 'infiltration'],
    ['The lock on the drugs cupboard near the PICC trolley was broken.', 'catheter-lock'],
    ['A hot flush is common around the menopause.', 'line-flush'],
    ['There was a red flush around the PICC site.', 'line-flush'],
    ['Before the infusion, bone marrow infiltration by blasts was 40%.', 'infiltration'],
    ['Before the CAR-T infusion, T cell infiltration of the tumour was low.', 'infiltration'],
  ]);
});

describe('skin and wounds: freezing a wart, skin glue', () => {
  itUnderlines([
    ['The nurse will freeze the verruca, and it may blister.', 'freeze'],
    ['We can freeze the skin tag or snip it off.', 'freeze'],
    ['The cut on his forehead was closed with glue after the laceration was cleaned.', 'skin-glue'],
  ]);
  itSkips([
    ['Freeze the soup for up to three months.', 'freeze'],
    ['There is a pay freeze for all staff this year.', 'freeze'],
    ['The game may freeze when the update loads.', 'freeze'],
    ['She has a wart on one finger, and her hands freeze in winter.', 'freeze'],
    ['Whole-body cryotherapy fans say you can freeze your way to fitness.', 'freeze'],
    ['When sunspots almost vanished, the Thames would freeze over.', 'freeze'],
    ['Warts and all, the film shows how the regime tried to freeze out critics.', 'freeze'],
    ['The parcel was closed with glue and tape.', 'skin-glue'],
    ['Children can glue the paper stitches onto the card.', 'skin-glue'],
  ]);
});

describe('lab results: culture grew, inadequate sample, fixed lump', () => {
  itUnderlines([
    ['The urine sample grew Klebsiella, which the antibiotic covers.', 'culture'],
    ['The throat swab grew group A strep.', 'culture'],
    ['Your smear test sample was inadequate, so it will be taken again.', 'inadequate-sample'],
    ['An inadequate result from cervical screening means the lab could not read the sample.', 'inadequate-sample'],
    ['The breast lump is hard and fixed to the chest wall.', 'fixed-lump'],
    ['A skin nodule fixed to deeper tissue needs a biopsy.', 'fixed-lump'],
  ]);
  itSkips([
    ['The panel sample grew from 500 to 2,000 people over the years.', 'culture'],
    ['The shop grew fast in its first year.', 'culture'],
    ['The study was weak because of an inadequate sample size.', 'inadequate-sample'],
    ['The survey sample was inadequate to draw firm conclusions.', 'inadequate-sample'],
    ['The smear campaign produced an inadequate result for the party.', 'inadequate-sample'],
    ['The shelf is fixed to the wall with two brackets.', 'fixed-lump'],
  ]);
  itSkipsOnHealthPages([
    ['The trial sample grew as more clinics joined.', 'culture'],
    ['Inadequate access to cervical screening is a problem in rural areas.', 'inadequate-sample'],
  ]);
});

describe('heart and symptoms: dilated, episodes', () => {
  itUnderlines([
    ['The left ventricle is dilated and pumps weakly.', 'dilation'],
    ['The aorta is mildly dilated at the root.', 'dilation'],
    ['She has had three episodes of vomiting since lunch.', 'illness-episode'],
    ['Episodes of severe headache woke him at night.', 'illness-episode'],
  ]);
  itSkips([
    ['The latest episodes of the drama were filmed in Wales.', 'illness-episode'],
    ['She binge-watched episodes of the show with a headache.', 'illness-episode'],
    ['Time dilation is a result of special relativity.', 'dilation'],
  ]);
});

describe('rehabilitation: cueing, left neglect, foot drop, insight', () => {
  itUnderlines([
    ['With verbal cueing she can make a cup of tea safely.', 'cueing'],
    ['Cueing from the occupational therapist helps him finish dressing after his brain injury.', 'cueing'],
    ['Left neglect after the stroke means he misses food on one side of his plate.', 'hemispatial-neglect'],
    ['Her left foot drop makes her trip on kerbs.', 'foot-drop'],
    ['He has poor insight into his deficits and tries to walk without his frame.', 'clinical-insight'],
    ['She has little insight into her illness and stops her medicine.', 'clinical-insight'],
  ]);
  itSkips([
    ['The snooker player has a smooth cueing action.', 'cueing'],
    ['The DJ was cueing up the next track.', 'cueing'],
    ['The left neglect of working-class voters cost them the election.', 'hemispatial-neglect'],
    ['Years of neglect left the house in ruins.', 'hemispatial-neglect'],
    ['He scored with a left foot drop kick.', 'foot-drop'],
    ['There is a six-foot drop from the wall to the path.', 'foot-drop'],
    ['The book gives insight into his thinking.', 'clinical-insight'],
    ['Let your left foot drop to the floor and breathe out.', 'foot-drop'],
  ]);
  itSkipsOnHealthPages([
    ['The stage manager was cueing the lights for the second act.', 'cueing'],
    ['The report gives insight into their working methods.', 'clinical-insight'],
  ]);
});

describe('maternity and feeding: deliver, exclusive breastfeeding, tube feed, FODMAP challenge', () => {
  itUnderlines([
    ['Women who deliver vaginally often go home the same day.', 'deliver'],
    ['Mothers are urged to deliver with a skilled birth attendant present.', 'deliver'],
    ['Exclusive breastfeeding means no water or formula, only breast milk.', 'exclusive-breastfeeding'],
    ['Babies who are exclusively breastfed get all the water they need from milk.', 'exclusive-breastfeeding'],
    ['Stop the feed if he vomits, and check the gastrostomy site.', 'baby-feed'],
    ['Pause the feed during physio, then restart the enteral pump.', 'baby-feed'],
    ['The FODMAP challenge phase takes about eight weeks.', 'fodmap-reintroduction'],
    ['In the reintroduction stage, challenge one FODMAP group each week.', 'fodmap-reintroduction'],
  ]);
  itUnderlinesOnHealthPages([
    ['After the low FODMAP phase, the dietitian will challenge wheat first.', 'fodmap-reintroduction'],
  ]);
  itSkips([
    ['The couriers deliver parcels to the maternity unit each morning.', 'deliver'],
    ['The van will deliver new beds to the labour ward next week.', 'deliver'],
    ['The shop has exclusive deals on breast pumps.', 'exclusive-breastfeeding'],
    ['Stop the feed from refreshing while you read the post.', 'baby-feed'],
    ['Eating out is the biggest challenge on a low FODMAP diet.', 'fodmap-reintroduction'],
    ['Teams will challenge each other in the cooking contest.', 'fodmap-reintroduction'],
    ['After the elimination diet, a milk challenge showed she had outgrown the allergy.', 'fodmap-reintroduction'],
    ['Sticking to a low FODMAP diet can challenge your social life.', 'fodmap-reintroduction'],
    ['The placenta delivers oxygen to the baby before a caesarean.', 'deliver'],
    ['An epidural delivers pain relief during a caesarean section.', 'deliver'],
  ]);
  itSkipsOnHealthPages([
    ['Cooking for a family on a FODMAP plan can be a challenge.', 'fodmap-reintroduction'],
    ['The hospital will deliver its new services from next spring.', 'deliver'],
  ]);
  itLeavesWordPlain([
    ['Pharmacies deliver medicines to your door.', 'deliver'],
    ['They accepted the challenge to run a marathon for the cancer charity.', 'challenge'],
  ]);
});

describe('mobilisation: after surgery, or of stem cells', () => {
  itUnderlines([
    ['Mobilisation with G-CSF went well and apheresis is booked for Friday.', 'mobilize'],
    ['Stem cell mobilization with plerixafor raised his CD34 count.', 'mobilize'],
  ]);
  itChoosesSense([
    ['Mobilisation with filgrastim started five days before the stem cell harvest.', 'Mobilisation', 'moving stem cells from the marrow into the blood'],
    ['He was mobilising with a frame on day 1 after the hip replacement.', 'mobilising', 'getting up and moving after illness or surgery'],
  ]);
  itSkips([
    ['The union mobilised its members before the strike.', 'mobilize'],
    ['Charities mobilised volunteers after the floods.', 'mobilize'],
  ]);
});
