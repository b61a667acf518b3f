/**
 * Letters of children's cancer care, stem cell transplants, IV lines, thyroid clinics and falls
 * clinics that two blind sets asked for: B-cell ALL, VCR (vincristine), VOD, ATG, DLI, PIVC, the
 * VIP score, CLABSI, SVC, US-guided, TED, PTU, ACB, MVR and TUG; and cue words added to existing
 * letters (ANC, MRD, RAI, PT, GA, TCC, FT4, CGA, LOC, OM, PD). Each is tried against the other
 * senses its letters have in ordinary text (video, streaming, theatre tickets, language schools,
 * Windows services, talks, police units, film ratings, driving records, barges, PA announcers,
 * online Q&As), also in sentences that hold a health term.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itUnderlinesOnHealthPages,
  itLeavesWordPlain,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe("children's leukaemia and chemotherapy", () => {
  itUnderlines([
    ['Her son has B-cell ALL and is now in the maintenance phase of chemotherapy.', 'b-cell-all'],
    ['He was found to have pre-B ALL when he was four.', 'b-cell-all'],
    ['VCR was given on day 8 along with dexamethasone.', 'vcr'],
    ['Tingling fingers after VCR, so the chemo team lowered the dose.', 'vcr'],
    ['ANC 0.6 x10^9/L this morning; ring the ward with any fever.', 'anc'],
    ['The end-of-induction MRD was positive, so treatment was made stronger.', 'mrd'],
  ]);
  itLeavesWordPlain([
    ['ALL staff must clean their hands before touching a cannula.', 'ALL'],
    ['We ALL know someone who has had chemotherapy.', 'ALL'],
  ]);
  itSkips([['We found an old VCR and a box of tapes in the loft.', 'vcr']]);
  itSkipsOnHealthPages([
    ['Nurses set up a VCR on the ward so children having chemotherapy could watch films.', 'vcr'],
    ['Plug the VCR remote into the TV beside the hospital bed.', 'vcr'],
    ['ANC leaders met in Johannesburg to discuss clinic funding.', 'anc'],
  ]);
});

describe('stem cell transplants', () => {
  itUnderlines([
    ['VOD was diagnosed on day +14 after a rise in bilirubin and weight.', 'vod'],
    ['Defibrotide is used to treat severe VOD after a transplant.', 'vod'],
    ['ATG was given before the transplant to lower the risk of rejection.', 'atg'],
    ['Horse ATG and ciclosporin were started for severe aplastic anaemia.', 'atg'],
    ['A DLI was planned after the chimerism fell.', 'dli'],
    ['DLI can cause graft-versus-host disease.', 'dli'],
  ]);
  itSkips([
    ['The film comes out on VOD next month.', 'vod'],
    ['Book your seats through ATG Tickets for the musical.', 'atg'],
    ['She studied Arabic as a DLI student in Monterey.', 'dli'],
  ]);
  itSkipsOnHealthPages([
    ['The documentary about kidney transplant patients is now on VOD.', 'vod'],
    ['VOD services stream many dramas set in a cancer ward after a transplant.', 'vod'],
    ['ATG theatres are holding a gala night for leukaemia research.', 'atg'],
    ['As a DLI student he gave blood as a donor at the base clinic.', 'dli'],
  ]);
});

describe('IV lines and cannulas', () => {
  itUnderlines([
    ['The PIVC was removed after three days.', 'pivc'],
    ['VIP score of 1 at the cannula site, so it was left in place.', 'vip-score'],
    ['The visual infusion phlebitis score was written down on each shift.', 'vip-score'],
    ['Every CLABSI is reviewed by the infection team.', 'clabsi'],
    ['The PICC tip sits in the lower SVC on the chest X-ray.', 'svc'],
    ['SVC obstruction caused swelling of his face and arms.', 'svc'],
    ['A US-guided biopsy of the lump was done on Friday.', 'us-guided'],
    ['The cannula was placed under US guidance after two misses.', 'us-guided'],
  ]);
  itSkips([
    ['Your VIP score goes up each time you shop with us.', 'vip-score'],
    ['Restart the SVC host process in Task Manager.', 'svc'],
    ['The agency follows US guidance on needle exchange schemes.', 'us-guided'],
  ]);
  itSkipsOnHealthPages([
    ['Members with a high VIP score get free entry to the spa and the flu vaccine clinic.', 'vip-score'],
    ['The SVC host process was using most of the CPU on the radiology workstation.', 'svc'],
    ['Clinics in Kenya follow US guidance for needle disposal and HIV testing.', 'us-guided'],
  ]);
  itLeavesWordPlain([['The US has a higher rate of diabetes than Japan.', 'US']]);
});

describe('thyroid clinic', () => {
  itUnderlines([
    ['TED with proptosis and double vision; referred to the orbital clinic.', 'ted'],
    ['Selenium may help mild TED in Graves disease.', 'ted'],
    ['PTU was chosen in the first trimester instead of carbimazole.', 'ptu'],
    ['FT4 19 pmol/L on carbimazole 10 mg.', 'ft4'],
    ['We talked about RAI as a definitive treatment.', 'rai'],
  ]);
  itSkips([
    ['She gave a TED talk about living with diabetes.', 'ted'],
    ['PTU officers were sent to the protest.', 'ptu'],
    ['RAI broadcast the match live from Rome.', 'rai'],
  ]);
  itSkipsOnHealthPages([
    ['He watched TED Talks on thyroid hormones and sleep.', 'ted'],
    ['TED stockings were fitted before the thyroid surgery to lower the risk of a clot.', 'ted'],
  ]);
});

describe('falls clinic and medicine reviews', () => {
  itUnderlines([
    ['TUG of 14 seconds with a walker.', 'timed-up-and-go-test'],
    ['Her ACB score fell after the oxybutynin was stopped.', 'acb'],
    ['A high ACB is linked to confusion, so the amitriptyline was reviewed.', 'acb'],
    ['Scope under GA tomorrow; clear fluids only until 7 am.', 'ga'],
    ['TCC changed today; keep the overshoe on when walking.', 'tcc'],
    ['No LOC reported by the ambulance crew.', 'loc'],
    ['?OM, started on oral antibiotics.', 'om'],
    ['The PD nurse will visit on Friday.', 'pd'],
  ]);
  itChoosesSense([
    ['Referred to the falls clinic for PT.', 'PT', 'physical therapy'],
    ['Scope under GA tomorrow; clear fluids only until 7 am.', 'GA', 'general anesthetic'],
    ['TCC changed today; keep the overshoe on when walking.', 'TCC', 'total contact cast (foot ulcer)'],
    ['She was booked for a CGA after two falls at home.', 'CGA', 'comprehensive geriatric assessment'],
    ['Walked 10 m with CGA and a rollator.', 'CGA', 'contact guard assist (therapy)'],
  ]);
  itListsMeanings([
    ['On warfarin; PT booked before her falls clinic visit.', 'PT'],
    ['?OM, started on oral antibiotics.', 'OM'],
  ]);
  itSkips([
    ['The TUG pulled the barge into the harbour.', 'timed-up-and-go-test'],
    ['Walker anchored the winning TUG of war team.', 'timed-up-and-go-test'],
  ]);
  itUnderlinesOnHealthPages([['She was booked for a CGA after two falls at home.', 'cga']]);
  // "a CGA" is no cue of its own: a Canadian accountant is "a CGA" too. It still picks the sense.
  itSkips([['She worked as a CGA in Vancouver before moving to Toronto.', 'cga']]);
  itSkipsOnHealthPages([
    ['The ACB banned the game over its drug use scenes.', 'acb'],
    // ACB is also the adductor canal block in anaesthesia letters (ownContextOnly).
    ['ACB provided good analgesia after total knee arthroplasty.', 'acb'],
    ['ACB officials arrested the hospital superintendent over bribes for dialysis contracts.', 'acb'],
    ['The PA announcer read out the team sheets.', 'pa'],
    ['Join our live AMA with the author of a book on diabetes.', 'ama'],
  ]);
});

describe('heart valve surgery', () => {
  itUnderlines([['He had an MVR in 2015 and takes warfarin.', 'mvr']]);
  itChoosesSense([
    ['He had an MVR in 2015 and takes warfarin.', 'MVR', 'mitral valve replacement'],
    ['MVR with an annuloplasty ring last spring.', 'MVR', 'mitral valve repair'],
  ]);
  itListsMeanings([['Post MVR, seen yearly in the valve clinic.', 'MVR']]);
  itSkipsOnHealthPages([['An MVR report lists a driver’s tickets and accidents.', 'mvr']]);
});

describe('insurance driving records and US policy beside health words', () => {
  itSkipsOnHealthPages([
    ['The insurer will pull your MVR before it quotes for a driver with epilepsy.', 'mvr'],
    ['A clean MVR lowered his premium after the cardiac surgery.', 'mvr'],
    ['Under US guidance, clinics began screening for tuberculosis and hepatitis B.', 'us-guided'],
  ]);
});

describe('letters that health writing itself uses in another sense wait for their own cue words', () => {
  itSkipsOnHealthPages([
    // ATG: the start codon and the autophagy genes.
    ['The ATG start codon was mutated in the BRCA1 gene.', 'atg'],
    ['ATG genes control autophagy in neurodegeneration.', 'atg'],
    // SVC: slow vital capacity in lung function tests.
    ['Spirometry: FVC 2.1 L, SVC 2.3 L, with a restrictive pattern in myasthenia gravis.', 'svc'],
    ['SVC was 65% predicted, so noninvasive ventilation was discussed for his ALS.', 'svc'],
    // TED: anti-embolism stockings ("TEDs").
    ['TEDs on and enoxaparin for VTE prophylaxis after the hip replacement.', 'ted'],
    ['TEDs were fitted before her thyroid surgery.', 'ted'],
    // US: the United States in health policy.
    ['The US-guided coalition shipped antiretroviral drugs to clinics.', 'us-guided'],
    ['PEPFAR, a US-guided programme, funds antiretroviral therapy in Africa.', 'us-guided'],
    // MVR: the eye surgeon's MVR blade and the insurer's motor vehicle record.
    ['An MVR blade was used to make the sclerotomy during the vitrectomy.', 'mvr'],
    ['Insurers check your MVR if you have epilepsy and drive for work.', 'mvr'],
    ['Your MVR shows two speeding tickets, so premiums rise after a seizure.', 'mvr'],
    // VOD: video on demand beside a health word.
    ['VOD viewing of the lymphoma documentary rose sharply.', 'vod'],
  ]);
});
