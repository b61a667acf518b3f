/**
 * Letters from nuclear medicine and PET-CT reports, radiotherapy clinics, lipid clinics, orthoptic
 * and children's eye clinics, tongue-tie and infant feeding clinics, varicose vein clinics, Malaysian
 * health pages and US billing letters, each tried against what the same letters mean elsewhere
 * (a car, a TV channel, a software spec, a race, a keyboard key, a fashion brand, a city, an agency).
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe('nuclear medicine and PET-CT', () => {
  itUnderlines([
    ['The left axillary node has an SUVmax of 5.1 on the new scan.', 'suvmax'],
    ['No FDG-avid disease is seen below the diaphragm.', 'fdg-avid'],
    ['Do not eat for six hours before the FDG scan.', 'fdg'],
    ['Administered activity was 400 MBq of the tracer.', 'mbq'],
    ['A PSMA PET found a single spot in the pelvis.', 'psma'],
    ['The patient was treated with lutetium aimed at PSMA.', 'psma'],
  ]);
  itSkips([
    ['We traded the SUV for a smaller hatchback.', 'suvmax'],
    ['The SUV market grew again this year.', 'suvmax'],
  ]);
  itChoosesSense([
    ['Interim PET after two cycles: Deauville 1, CMR.', 'CMR', 'complete metabolic response (no active cancer on PET)'],
    ['CMR showed late gadolinium in the septum, in keeping with myocarditis.', 'CMR', 'cardiac magnetic resonance (heart MRI scan)'],
  ]);
  itLeavesWordPlain([
    ['The CMR for the region fell sharply after the new maternity unit opened.', 'CMR'],
  ]);
});

describe('radiotherapy', () => {
  itUnderlines([
    ['Three brain metastases were treated with SRS in one session.', 'srs'],
    ['SRS to the vestibular schwannoma was given last spring.', 'srs'],
    ['A CBCT was taken before each fraction to check the set-up.', 'cbct'],
    ['The PTV was grown from the CTV with a 7 mm margin.', 'ptv'],
    ['PTV coverage met the dose constraints for the spinal cord.', 'ptv'],
  ]);
  itSkips([
    ['The SRS must be signed off before the developers start coding.', 'srs'],
    ['Write the SRS document for the new billing software.', 'srs'],
    ['The match was shown live on PTV Sports last night.', 'ptv'],
    ['PTV news led with the budget speech.', 'ptv'],
  ]);
  itSkipsOnHealthPages([
    ['The SRS score was higher in the children with autism.', 'srs'],
  ]);
});

describe('lipid clinic', () => {
  itUnderlines([
    ['Her DLCN score was 9, so she was sent for a gene test.', 'dlcn'],
  ]);
  itChoosesSense([
    ['A change in the LDLR gene confirms FH in this family.', 'FH', 'familial hypercholesterolaemia (inherited high cholesterol)'],
    ['A parent with FH passes it on to half of their children on average.', 'FH', 'familial hypercholesterolaemia (inherited high cholesterol)'],
  ]);
});

describe('orthoptics and children\'s eye clinics', () => {
  itUnderlines([
    ['Her logMAR score was 0.3 in the weaker eye.', 'logmar'],
    ['RE esotropia of 15 prism dioptres on cover test.', 're-right-eye'],
    ['Patching of the RE for two hours a day for amblyopia.', 're-right-eye'],
    ['LE exotropia noted on alternate cover test.', 'le-left-eye'],
    ['Stop patching the LE now the squint is controlled.', 'le-left-eye'],
  ]);
  itSkips([
    ['RE: your letter of 3 March about the parking permit.', 're-right-eye'],
    ['RE: Appointment for John Smith, date of birth 1 May 2019.', 're-right-eye'],
    ['We had lunch at Le Petit Bistro before the film.', 'le-left-eye'],
    ['LE MANS: the race starts at four in the afternoon.', 'le-left-eye'],
  ]);
  itChoosesSense([
    ['PCT: 20 prism dioptres at near, 12 at distance.', 'PCT', 'prism cover test (measures the size of a squint)'],
    ['PCT 4.2 ng/mL on admission, so antibiotics were started for sepsis.', 'PCT', 'procalcitonin (blood test for infection)'],
    ['VA with glasses 0.2 each eye; patching to continue.', 'VA', 'visual acuity (sharpness of sight)'],
  ]);
  itLeavesWordPlain([
    ['Turnout in VA was higher than in the last election.', 'VA'],
    ['Sales rose 12 PCT in the third quarter.', 'PCT'],
  ]);
});

describe('tongue-tie and infant feeding', () => {
  itUnderlines([
    ['Posterior TT found at the feeding clinic; frenotomy offered.', 'tt-tongue-tie'],
    ['TT divided on day 5 and the latch is much better.', 'tt-tongue-tie'],
    ['HATLFF scores were 6 for appearance and 8 for function.', 'hatlff'],
    ['An IBCLC helped with positioning on the ward.', 'ibclc'],
    ['Non-IgE CMPA is likely, so the mother will cut out dairy.', 'cmpa'],
    ['The baby with CMPA now takes an extensively hydrolysed formula.', 'cmpa'],
    ['EBF rates at six months rose after the breastfeeding campaign.', 'ebf'],
  ]);
  itSkips([
    ['He won the Senior TT on the Isle of Man last June.', 'tt-tongue-tie'],
    ['She drives an Audi TT with a soft top.', 'tt-tongue-tie'],
    ['Post it on TT and watch the views roll in.', 'tt-tongue-tie'],
    ['EBF members voted on the new banking rules.', 'ebf'],
  ]);
  itSkipsOnHealthPages([
    ['Two doses of TT vaccine are given in pregnancy in some countries.', 'tt-tongue-tie'],
    ['The CMPA advises doctors on medico-legal risk in Canada.', 'cmpa'],
  ]);
});

describe('varicose veins', () => {
  itUnderlines([
    ['Duplex shows GSV reflux from the groin to the knee.', 'gsv'],
    ['The GSV was ablated and the varicosities will be injected later.', 'gsv'],
    ['EVLA was done under local anaesthetic on Friday.', 'evla'],
    ['CEAP C2 disease, with no skin changes.', 'ceap'],
    ['RFA of the left GSV was done without problems.', 'rfa'],
  ]);
  itSkips([
    ['I checked the house on GSV before we booked it.', 'gsv'],
    ['The GSV car drove down our street last summer.', 'gsv'],
    ['The agency put out an RFA for new research grants.', 'rfa'],
  ]);
});

describe('Malaysian health pages and US billing', () => {
  itUnderlines([
    ['Take your baby to the nearest KK for the next vaccine.', 'kk-klinik-kesihatan'],
    ['Antenatal check-ups are free at any Klinik Kesihatan in Malaysia.', 'kk-klinik-kesihatan'],
    ['The breast pump is covered as DME under your plan.', 'dme'],
    ['CMS counts observation hours differently from an inpatient stay for skilled nursing coverage.', 'cms'],
  ]);
  itSkips([
    ['KK, see you at the match tonight.', 'kk-klinik-kesihatan'],
    ['Our website runs on an open-source CMS with many plugins.', 'cms'],
  ]);
});

describe('letters from other walks of life on a health page', () => {
  itSkipsOnHealthPages([
    ['Press ALT and F4 to close the program.', 'alt'],
    ['Hold ALT and press Tab to move between windows.', 'alt'],
    ['Add ALT text to every image on the clinic website.', 'alt'],
    ['He wore a CK watch and a grey suit.', 'ck'],
    ['She packed a CK T-shirt for the trip.', 'ck'],
    ['The EPA set new limits on emissions from cars.', 'epa'],
    ['We flew into LA and hired a car.', 'la'],
  ]);
  itUnderlines([
    ['CK 9,800 U/L, in keeping with muscle breakdown.', 'ck'],
    ['Her CK stays high because of Duchenne muscular dystrophy.', 'ck'],
    ['The EPA warns that radon is a cause of lung cancer.', 'epa'],
    ['The lipoma was excised under LA.', 'la'],
  ]);
});

describe('review 14: other senses of the same letters', () => {
  itSkips([
    ['Pregnant women get two TT injections; breastfeeding can start within an hour of birth.', 'tt-tongue-tie'],
    ['The RE team shipped a patch for the exploit on Friday.', 're-right-eye'],
    ['The LE build needs a patch before release.', 'le-left-eye'],
    ['RE: your cataract operation on 3 May at the eye unit.', 're-right-eye'],
    ['The CMPA advises doctors on consent when treating a baby or infant.', 'cmpa'],
    ['The local PCT cut its budget for antibiotics advice this year.', 'pct'],
    ['Flights to KK from Kuala Lumpur take under three hours, Malaysia Airlines says.', 'kk-klinik-kesihatan'],
  ]);
  itChoosesSense([
    ['FH of bowel cancer in her father; the chance of inheriting Lynch syndrome is 1 in 2.', 'FH', 'family history'],
  ]);
});
