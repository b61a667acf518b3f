/**
 * Everyday words with a clinical sense from eye clinics, sports and tendon rehab, concussion care,
 * newborn care, falls and home-care notes, blood cancer clinics and TB services: a quiet eye, flare in
 * the anterior chamber, optic disc cupping, cleared to play, a calf strain, tendon load, tender over the
 * malleolus, relative rest, passing meconium, a walking aid, being mobile, a care package, a complete
 * response, a count too low for chemo, a cycle, a stem cell harvest, stable disease, spiking a
 * temperature, IGRA and sputum results, drug-sensitive TB, home isolation and active TB. Each is tried
 * against the other senses of its words, read alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itListsMeanings,
  itMatchesAtAnyLevel,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('eye clinic: a quiet eye, flare and cupping', () => {
  itUnderlines([
    ['The right eye is white and quiet, with no cells in the anterior chamber.', 'white-and-quiet'],
    ['On the slit lamp the eyes are quiet, so the uveitis has settled.', 'white-and-quiet'],
    ['There were 1+ cells and trace flare in the anterior chamber.', 'flare'],
    ['Uveitis causes flare, a haze seen at the slit lamp.', 'flare'],
    ['The cup-to-disc ratio is 0.7 and the cupping is worse than last year.', 'cupping'],
    ['Glaucoma has deepened the cupping, and the visual field shows a new defect.', 'cupping'],
  ]);
  itChoosesSense([
    ['There were 1+ cells and trace flare in the anterior chamber.', 'flare', 'haze in the fluid at the front of the eye'],
    ['Her lupus flare settled after a short course of steroid tablets.', 'flare', 'a time when a long-term illness gets worse'],
    ['The cup-to-disc ratio is 0.7 and the cupping is worse than last year.', 'cupping', 'a hollow in the optic nerve head (optic disc)'],
    ['Cupping is part of traditional Chinese medicine and often leaves round bruising.', 'Cupping', 'a treatment with suction cups on the skin'],
    // A uveitis flare is the illness sense: uveitis is no cue of the eye-haze sense.
    ['She had a uveitis flare and started steroid drops again.', 'flare', 'a time when a long-term illness gets worse'],
  ]);
  itListsMeanings([['Her uveitis flared again and the eye is red.', 'flared']]);
  itSkips([
    ['The snowy village was white and quiet on Christmas morning.', 'white-and-quiet'],
    ['The private eye was quiet for a moment, then lit a cigarette.', 'white-and-quiet'],
    ['The lens flare in the photo came from the low sun.', 'flare'],
    ['Tempers flared in the chamber during the debate.', 'flare'],
    ['Cupping her hands, she drank water from the stream.', 'cupping'],
  ]);
  itSkipsOnHealthPages([
    ['Keep the bedroom white and quiet to help you sleep.', 'white-and-quiet'],
    ['The new eye clinic is bright, white and quiet.', 'white-and-quiet'],
    ['The solar flare caused a radio blackout.', 'flare'],
    ['Cupping his ear, the old man leaned in to hear the nurse.', 'cupping'],
  ]);
});

describe('sport and rehab: cleared to play, strain, load, tender, relative rest', () => {
  itUnderlines([
    ['After the concussion he was cleared by the team doctor to play again.', 'medical-clearance'],
    ['She has been cleared by her doctor to return to the gym after the operation.', 'medical-clearance'],
    ['He was cleared by the club doctor to play on Saturday.', 'medical-clearance'],
    ['Scan showed a grade 1 strain of the soleus.', 'strain'],
    ['A tear of the gastrocnemius is a common strain in older runners.', 'strain'],
    ['We will build up load on the Achilles tendon over twelve weeks.', 'load'],
    ['Heavy slow resistance calf raises add load to the tendon step by step.', 'load'],
    ['Tender over the tip of the medial malleolus after the twist.', 'tenderness'],
    ['Relative rest for a day or two after a concussion is advised.', 'relative-rest'],
  ]);
  itChoosesSense([['Scan showed a grade 1 strain of the soleus.', 'strain', 'a muscle injury']]);
  itSkips([
    ['The minister was cleared by the inquiry of any wrongdoing.', 'medical-clearance'],
    ['The road was cleared by police within an hour.', 'medical-clearance'],
    ['The new strain of tomato grows well in pots.', 'strain'],
    ['Strain the pasta and stir in the sauce.', 'strain'],
    ['Load the dishwasher before you go to bed.', 'load'],
    ['The Achilles heel of this server is its load balancer.', 'load'],
    ['Cook the steak until tender and rest it for five minutes.', 'tenderness'],
    ['The council put the contract out to tender.', 'tenderness'],
    ['The rest of the relatives arrived on Sunday.', 'relative-rest'],
    ['The troops enjoyed a period of relative rest before the spring offensive.', 'relative-rest'],
    ['The body remains in a state of relative rest with respect to the train.', 'relative-rest'],
    ['Post-tensioned tendons carry the load across the slab.', 'load'],
  ]);
  itUnderlinesOnHealthPages([['Relative rest means cutting back on the activities that make it hurt.', 'relative-rest']]);
  itSkipsOnHealthPages([
    ['The doctor carried a heavy load of patients that winter.', 'load'],
    ['Physio is a load of hard work but it pays off.', 'load'],
    ['Cognitive load is high after a concussion, so tendinopathy rehab waits.', 'load'],
    ['The nurse spoke in a tender voice to the child.', 'tenderness'],
  ]);
});

describe('newborn: passing meconium', () => {
  itUnderlines([
    ['Most babies pass meconium in the first day of life.', 'pass-meconium'],
    ['The baby had not passed meconium by 48 hours, so a doctor was called.', 'pass-meconium'],
  ]);
  itSkips([['He passed the exam at the first attempt.', 'pass-meconium']]);
  // Passing it in the womb is the same act; the card names both times.
  itUnderlines([['The baby passed meconium in the womb, so the waters were stained.', 'pass-meconium']]);
});

describe('falls and home care: walking aid, mobile, care package, falls', () => {
  itUnderlines([
    ['He needs a walking aid to get to the bathroom at night.', 'assistive-device'],
    ['Independently mobile on the ward; no falls since admission.', 'mobile'],
    ['She is mobile with one stick around the flat.', 'mobile'],
    ['A care package of four calls a day was set up before he went home.', 'care-package'],
    ['The care package helps with washing and getting dressed.', 'care-package'],
  ]);
  itMatchesAtAnyLevel([['She had two falls last month on the way to the bathroom.', 'fall']]);
  itSkips([
    ['Turn off your mobile phone and pick up a walking stick at the door.', 'mobile'],
    ['Mobile, Alabama, hosts the oldest Mardi Gras in the US.', 'mobile'],
    ['The mobile library visits the village on Tuesdays.', 'mobile'],
    ['I sent my son a care package of snacks and socks at university.', 'care-package'],
    ['The call centre takes 500 calls a day about parcels.', 'care-package'],
  ]);
  itSkipsOnHealthPages([
    ['Download the mobile app to book appointments.', 'mobile'],
    ['Keep your mobile with you in case you fall, and use your walking stick.', 'mobile'],
    ['She works as a mobile physiotherapist visiting patients at home.', 'mobile'],
  ]);
  itLeavesWordPlain([['House prices may fall again next spring.', 'fall']]);
});

describe('blood cancer clinic: response, count, cycle, harvest, stable, spike', () => {
  itUnderlines([
    ['After four cycles of R-CHOP the PET scan shows a complete response.', 'complete-response'],
    ['Her count was too low for chemotherapy, so the dose was delayed a week.', 'blood-count'],
    ['Each cycle of rituximab is given every three weeks.', 'chemotherapy-cycle'],
    ['Stem cell collection takes about four hours on the machine.', 'stem-cell-harvest'],
    ['The stem cell harvest will be frozen until the transplant.', 'stem-cell-harvest'],
    ['His myeloma is stable and the paraprotein has not risen.', 'stable'],
    ['If you spike a temperature after chemo, call the unit.', 'spike'],
  ]);
  itChoosesSense([['If you spike a temperature after chemo, call the unit.', 'spike', 'short burst of fever']]);
  itSkips([
    ['The vote count was too low to change the result.', 'blood-count'],
    ['The bike has a new cycle lane outside the school.', 'chemotherapy-cycle'],
    ['Farmers bring in the harvest in September.', 'stem-cell-harvest'],
    ['The horse is back in its stable after the race.', 'stable'],
    ['Energy prices may spike again this winter.', 'spike'],
    ['A complete response to the council survey is due Friday.', 'complete-response'],
  ]);
});

describe('TB service: positive, negative, sensitive, isolation, active TB', () => {
  itUnderlines([
    ['His IGRA was positive, so he was offered treatment for latent TB.', 'positive-result'],
    ['The sputum sample was negative for acid-fast bacteria.', 'negative-result'],
    ['The germ is sensitive to isoniazid and rifampicin.', 'sensitive'],
    ['The isolate is fully sensitive to first-line drugs, so the standard regimen goes on.', 'sensitive'],
    ['Stay at home in isolation until the TB nurse says you can return to work.', 'isolation'],
    ['Active TB in the lungs can spread through coughing.', 'active-tuberculosis'],
    ['Active pulmonary tuberculosis is treated with several antibiotics for months.', 'active-tuberculosis'],
  ]);
  itChoosesSense([
    ['The sputum sample was negative for acid-fast bacteria.', 'negative', 'test did not find what it looked for'],
    ['His IGRA was positive, so he was offered treatment for latent TB.', 'positive', 'test found what it looked for'],
    ['Stay at home in isolation until the TB nurse says you can return to work.', 'isolation', 'keeping a sick person away from others'],
  ]);
  itSkips([
    ['A negative smear campaign ran in the local papers.', 'negative-result'],
    ['She is sensitive about her first-line drugs budget cuts.', 'sensitive'],
    ['Older patients are often sensitive to the side effects of first-line drugs for epilepsy.', 'sensitive'],
    ['The village felt its isolation in winter.', 'isolation'],
    ['Stay active and keep your TB of photos backed up.', 'active-tuberculosis'],
  ]);
});
