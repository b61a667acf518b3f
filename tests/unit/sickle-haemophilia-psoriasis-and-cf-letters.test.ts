/**
 * Letters and words of sickle cell, haemophilia, psoriasis and cystic fibrosis care, and of the
 * services around them: district nurse visits (DN), transcranial Doppler (TCD), hydroxyurea (HU),
 * HbSS, immune tolerance induction (ITI), extended half-life factor (EHL), psoriatic arthritis (PsA),
 * interleukin-17, the CFTR gene, ABPA, DIOS, CF-related diabetes, pancreatic enzymes (PERT),
 * nontuberculous mycobacteria (NTM), urgent treatment centres (UTC) and the meanings of ACS (with
 * the American Cancer Society on cancer pages), DN, PERT and EHL;
 * red cells that sickle, coal tar, nail and nail psoriasis, mobility scooters, "the clap", and the
 * cue words added to joint, script, patch, cold and stitch. Each is tried against the other senses
 * its letters and words have in ordinary text (pipe sizes, universities, CT density, hotel schools,
 * Spanish, project charts, French rap, time zones, surveys, farming tools, hammers, sales calls,
 * software, thunder, e-scooters and road sealant).
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

describe('sickle cell care', () => {
  itUnderlines([
    ['Red blood cells can sickle when the body is short of oxygen.', 'sickle'],
    ['Sickled red cells get stuck in the small blood vessels of the bones.', 'sickle'],
    ['Hydroxyurea lowers sickling by raising fetal hemoglobin.', 'sickle'],
    ['He is HbSS and has had two pain crises this winter.', 'sickle-cell-anemia'],
    ['Her TCD scan showed raised velocities, so monthly transfusions were started.', 'tcd'],
    ['Annual TCD screening is offered to children with sickle cell anaemia from age 2.', 'tcd'],
    ['HU 20 mg/kg daily; neutrophils stable at 2.1.', 'hu'],
    ['Her HbF rose to 18% after a year on HU.', 'hu'],
  ]);
  itUnderlinesOnHealthPages([['Adrenal nodule of 8 HU on the unenhanced CT, in keeping with an adenoma.', 'hu']]);
  itChoosesSense([
    ['Troponin rising, so treated as ACS and sent to the cath lab.', 'ACS', 'acute coronary syndrome (heart)'],
    ['Chest pain with ST elevation: ACS, aspirin given and PCI booked.', 'ACS', 'acute coronary syndrome (heart)'],
    ['HbSS, admitted with ACS: new infiltrate and fever, exchange transfusion planned.', 'ACS', 'acute chest syndrome (sickle cell lung problem)'],
    ['Children with sickle cell disease who get ACS need careful watching of their breathing.', 'ACS', 'acute chest syndrome (sickle cell lung problem)'],
    ['Started on HU after three crises and one episode of ACS.', 'HU', 'hydroxyurea (sickle cell medicine)'],
    ['The lesion measures 12 HU on the unenhanced CT.', 'HU', 'Hounsfield unit (CT density)'],
    ['Simple renal cyst, 4 HU, with no enhancement after contrast.', 'HU', 'Hounsfield unit (CT density)'],
    ['The mass measures 45 HU and shows washout.', 'HU', 'Hounsfield unit (CT density)'],
    // Review 1: on cancer pages "the ACS" is mostly the American Cancer Society; its own sense keeps
    // the heart and sickle cell cards off them.
    ['The ACS recommends that people at average risk start colorectal cancer screening at age 45.', 'ACS', 'American Cancer Society (US cancer charity)'],
    ['According to the ACS, about 1 in 8 women in the US will get breast cancer.', 'ACS', 'American Cancer Society (US cancer charity)'],
    ['ACS guidelines say women aged 45 to 54 should get mammograms every year.', 'ACS', 'American Cancer Society (US cancer charity)'],
    ['Donations to the ACS fund research into new chemotherapy drugs.', 'ACS', 'American Cancer Society (US cancer charity)'],
    ['The 2023 ESC guidelines for ACS recommend ticagrelor or prasugrel.', 'ACS', 'acute coronary syndrome (heart)'],
    ['Confused and agitated overnight, likely ACS secondary to UTI.', 'ACS', 'acute confusional state (delirium)'],
  ]);
  itListsMeanings([
    ['She was admitted twice last year with ACS and is now in clinic for review.', 'ACS'],
    ['He has been on HU since he was four years old.', 'HU'],
  ]);
  itLeavesWordPlain([
    ['Cut the nettles back with a sickle before they seed.', 'sickle'],
    ['A thin sickle moon hung low over the hills.', 'sickle'],
    ['The flag with the hammer and sickle flew over the square.', 'sickle'],
  ]);
  itSkips([
    ['People with sickle cell often feel tired and short of breath.', 'sickle'],
    ['She studied medicine at TCD before moving to London.', 'tcd'],
    ['He graduated from HU in Washington in 2010.', 'hu'],
    ['ACS data show median household income rose last year.', 'acs'],
    ['Buy coffee capsules online. Shipping to HU and AT.', 'hu'],
    ['Trinity College Dublin (TCD) researchers measured blood flow velocities.', 'tcd'],
  ]);
  itSkipsOnHealthPages([
    ['The trial was run with colleagues at TCD and St James\'s Hospital.', 'tcd'],
    ['Howard University (HU) opened a new campus library.', 'hu'],
    ['The hospital is an ACS verified Level I trauma center.', 'acs'],
    ['The American Cancer Society (ACS) recommends screening from age 45.', 'acs'],
    ['ACS data show that 8% of adults had no health insurance in 2023.', 'acs'],
  ]);
});

describe('haemophilia care', () => {
  itUnderlines([
    ['ITI began once his inhibitor titre fell below 10 BU.', 'iti'],
    ['Not every child with hemophilia A and an inhibitor needs ITI.', 'iti'],
    ['An EHL factor IX means infusions once every week or two.', 'ehl'],
    ['Ask the haemophilia team whether an EHL product would suit your prophylaxis.', 'ehl'],
    ['Haemophilic arthropathy has left her right ankle stiff and painful, her worst joint.', 'joint'],
  ]);
  itSkips([
    ['He finished an electrician course at a government ITI in Pune.', 'iti'],
    ['She trained in hotel management at EHL in Lausanne.', 'ehl'],
    ['EHL students learn about herbal infusions in their first year.', 'ehl'],
    ['The World Federation of Hemophilia issued a joint report with the WHO.', 'joint'],
    ['They opened a joint account after the wedding.', 'joint'],
  ]);
  itChoosesSense([
    ['Switched to an EHL factor VIII, so infusions are down to twice a week.', 'EHL', 'extended half-life (longer-lasting clotting factor)'],
    ['EHL power 3/5 on the left with foot drop, in keeping with an L5 root lesion.', 'EHL', 'extensor hallucis longus (big toe muscle)'],
    ['The EHL tendon was repaired after the glass cut the top of his foot.', 'EHL', 'extensor hallucis longus (big toe muscle)'],
    ['Cholangioscopy with EHL was used to break up the large bile duct stone.', 'EHL', 'electrohydraulic lithotripsy (breaking up stones)'],
  ]);
  itListsMeanings([['Ask the clinic about EHL when you are next seen.', 'EHL']]);
});

describe('psoriasis and psoriatic arthritis', () => {
  itUnderlines([
    ['PsA is more likely when psoriasis affects the nails.', 'psa-arthritis'],
    ['Known PsA, on methotrexate, with a flare in both knees.', 'psa-arthritis'],
    ['Ixekizumab blocks IL-17 and clears plaques in many people.', 'interleukin-17'],
    ['Interleukin-17 drives much of the swelling in psoriatic arthritis.', 'interleukin-17'],
    ['Nail psoriasis can cause small dents and lifting of the nail.', 'nail-psoriasis'],
    ['A coal tar shampoo can ease the scaling of scalp psoriasis.', 'coal-tar'],
    ['Coal tar cream helped the itchy eczema on his legs.', 'coal-tar'],
  ]);
  itMatchesAtAnyLevel([
    ['Psoriasis has pitted the nail on her index finger.', 'nail'],
    ['A fungal infection has made the toenail thick and yellow.', 'nail'],
  ]);
  itLeavesWordPlain([
    ['Hammer the nail into the fence post.', 'nail'],
    ['She painted each nail a bright red before the party.', 'nail'],
  ]);
  itSkips([
    ['Your PSA level is 3.1 ng/mL, which is normal for your age.', 'psa-arthritis'],
    ['Take IL 17 north to the county line.', 'interleukin-17'],
    ['Coal tar sealant was banned on driveways in the state.', 'coal-tar'],
    ['Coal tar was a by-product of the old gas works.', 'coal-tar'],
  ]);
});

describe('cystic fibrosis care', () => {
  itUnderlines([
    ['Both her CFTR variants respond to modulator treatment.', 'cftr'],
    ['The cystic fibrosis transmembrane conductance regulator moves chloride across cells.', 'cftr'],
    ['ABPA was diagnosed after her IgE rose and her wheeze got worse.', 'allergic-bronchopulmonary-aspergillosis'],
    ['Allergic bronchopulmonary aspergillosis is more common in people with asthma or CF.', 'allergic-bronchopulmonary-aspergillosis'],
    ['DIOS is treated first with fluids and laxatives such as Klean-Prep.', 'dios'],
    ['In cystic fibrosis, DIOS causes cramping pain low on the right side.', 'dios'],
    ['CFRD was found on his yearly glucose tolerance test.', 'cystic-fibrosis-related-diabetes'],
    ['CF-related diabetes is usually treated with insulin.', 'cystic-fibrosis-related-diabetes'],
    ['Take PERT with every snack, not just with meals.', 'pert'],
    ['Her PERT dose was raised to two Creon capsules with meals.', 'pert'],
    ['NTM grew from his sputum on two occasions despite azithromycin.', 'ntm'],
    ['Bronchiectasis raises the chance of NTM lung disease.', 'ntm'],
    ['Your Kaftrio script has gone to the homecare team.', 'script'],
  ]);
  itSkips([
    ['GRACIAS A DIOS POR TODO', 'dios'],
    ['Draw a PERT chart to plan the project timeline.', 'pert'],
    ['Suprême NTM played their first concert in years.', 'ntm'],
    ['Our homecare company rewrote its sales script.', 'script'],
  ]);
  itSkipsOnHealthPages([
    ['The PERT estimate for the hospital move was six weeks.', 'pert'],
  ]);
  itChoosesSense([
    ['Her PERT dose was raised to two Creon capsules with meals.', 'PERT', 'pancreatic enzyme replacement therapy'],
    ['PERT was activated for a submassive PE and catheter-directed thrombolysis started.', 'PERT', 'pulmonary embolism response team'],
  ]);
});

describe('services, devices and everyday words', () => {
  itUnderlines([
    ['DN to visit twice weekly to redress the leg ulcer.', 'dn'],
    ['DN visit: catheter changed, carer present.', 'dn'],
    ['Go to a UTC for sprains, minor burns and cuts rather than A&E.', 'utc'],
    ['The UTC is next to the walk-in centre and has an X-ray room.', 'utc'],
    ['He uses a mobility scooter to get to the shops.', 'mobility-scooter'],
    ['Medicare may cover a power-operated vehicle if you cannot use a walker.', 'mobility-scooter'],
    ['Put a new patch on each week for three weeks, then have a patch-free week.', 'transdermal-patch'],
    ['I was sure I had the clap, so I went to the sexual health clinic for swabs.', 'the-clap'],
  ]);
  itMatchesAtAnyLevel([
    ['A cold often lasts a week; paracetamol can ease the aches.', 'cold'],
    ['You will need stitches if a deep cut will not stop bleeding.', 'stitch'],
  ]);
  itLeavesWordPlain([
    ['Keep the paracetamol in a cold, dry place.', 'cold'],
    ['Paracetamol and a cold drink helped after the long walk.', 'cold'],
    ['Cast on 40 stitches and knit the first row.', 'stitches'],
  ]);
  itSkips([
    ['The flange is DN 50 to suit the pipe.', 'dn'],
    ['Her interview ran in DN last Sunday.', 'dn'],
    ['The server logs are in UTC, so add an hour for summer time.', 'utc'],
    ['She rode her electric scooter to work.', 'mobility-scooter'],
    ['We heard the clap of thunder just after the lightning.', 'the-clap'],
    ['Give the band the clap they deserve.', 'the-clap'],
    ['This build is patch-free, so no update is needed.', 'transdermal-patch'],
  ]);
  itSkipsOnHealthPages([
    ['The webinar for nurses starts at 14:00 UTC.', 'utc'],
    ['The meeting starts at 14:00 UTC; an urgent care webinar follows.', 'utc'],
  ]);
  // Review 1: DN has a second health sense (diabetic nephropathy), so on a health page the letters
  // list their meanings without cues; the newspaper is now kept plain only off health pages.
  itSkips([['Read the DN interview with the health minister.', 'dn']]);
  itChoosesSense([
    ['DN to visit twice weekly to redress the leg ulcer.', 'DN', 'district nurse (UK home visits)'],
    ['Diabetic nephropathy (DN) affects about a third of people with diabetes; DN progresses slowly.', 'DN', 'diabetic nephropathy (kidney damage)'],
    ['Her eGFR has fallen and DN is now stage 3.', 'DN', 'diabetic nephropathy (kidney damage)'],
  ]);
  itLeavesWordPlain([['Stitches is a deep cut from his first album.', 'Stitches']]);
  itSkips([['Apply the latest patch now; the next release will be patch-free.', 'transdermal-patch']]);
});
