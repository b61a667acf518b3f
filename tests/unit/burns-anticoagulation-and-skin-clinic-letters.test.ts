/**
 * Letters of burns units, anticoagulation and valve clinics, skin clinics, brain injury
 * rehabilitation and community health in malaria areas: NRB (non-rebreather mask), DPT (deep
 * partial-thickness burn or the DPT vaccine), MVR (mitral valve replacement), IPL (intense pulsed
 * light), LLIN (treated mosquito net), CHV (community health volunteer), PTA (post-traumatic
 * amnesia or angioplasty) and ANC contacts (antenatal care visits); and cue words added to PDT,
 * ITU, PEG, FBC, OT, ABI and MoCA so that a clinic note read on its own gets its card. Each is tried
 * against the other meanings its letters have in ordinary text (central banks, cricket, school
 * associations, driving records, physical therapy degrees, a political party, dog vaccines).
 */
import { describe } from 'vitest';
import { itChoosesSense, itListsMeanings, itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('burns, oxygen and valve letters', () => {
  itUnderlines([
    ['Smoke inhalation suspected, so oxygen was given through an NRB at 15 litres.', 'nrb'],
    ['Switched from nasal cannula to an NRB mask as his saturations fell.', 'nrb'],
    ['Flame burn to both hands, DPT on the palms, for review of grafting next week.', 'dpt'],
    ['Tissue MVR last year; the echocardiogram shows the new valve working well.', 'mvr'],
    ['Her MVR was mechanical, so warfarin is lifelong and the INR is checked weekly.', 'mvr'],
  ]);
  itChoosesSense([
    ['Hot oil scald, mostly DPT with a small full thickness area on the wrist.', 'DPT', 'deep partial-thickness burn (burn depth)'],
    ['The second DPT dose was given at ten weeks with the polio vaccine.', 'DPT', 'DPT vaccine (diphtheria, tetanus, whooping cough)'],
  ]);
  itSkips([
    ['The NRB cut its policy rate by a quarter point on Thursday.', 'nrb'],
    ['Nepal Rastra Bank (NRB) said hospital spending pushed up imports of insulin.', 'nrb'],
    ['Employers check the MVR of every new delivery driver before hiring.', 'mvr'],
    ['Your MVR lists any accidents; one driver had a hip fracture after a crash.', 'mvr'],
  ]);
  itSkipsOnHealthPages([
    ['Alex Lee, PT, DPT, leads our knee osteoarthritis class.', 'dpt'],
    ['She finished her DPT program and now works in stroke rehabilitation.', 'dpt'],
    ['The insurer asked for an MVR report after the crash that left him with whiplash.', 'mvr'],
  ]);
});

describe('skin clinic letters', () => {
  itUnderlines([
    ['Three IPL treatments cleared most of the thread veins on her cheeks.', 'ipl'],
    ['Intense pulsed light can fade sun spots on the backs of the hands.', 'ipl'],
    ['Actinic damage on the forehead, so PDT with methyl aminolevulinate was booked.', 'pdt'],
  ]);
  itSkips([
    ['He scored a century in the IPL final and was named player of the match.', 'ipl'],
    ['A torn hamstring ruled him out of the IPL for the rest of the season.', 'ipl'],
    ['The IPL auction saw a bowler go for a record fee despite his recent knee surgery.', 'ipl'],
    ['The meeting starts at 9 a.m. PDT tomorrow.', 'pdt'],
  ]);
  itSkipsOnHealthPages([
    ['Cricketers in the IPL often play through shoulder tendinopathy.', 'ipl'],
    ['Two IPL teams have hired sports psychologists this year.', 'ipl'],
  ]);
});

describe('community health in malaria areas', () => {
  itUnderlines([
    ['Every child under five should sleep under an LLIN, health officials said.', 'llin'],
    ['Over a million LLINs were handed out before the rainy season.', 'llin'],
    ['The CHV visited each home to check on newborns and test fever cases for malaria.', 'chv'],
    ['A community health volunteer referred her to the dispensary.', 'chv'],
    ['Women who are pregnant are urged to book their first ANC visit before 12 weeks.', 'anc-contact'],
    ['Midwives run the ANC clinic every Tuesday morning.', 'anc-contact'],
  ]);
  itSkips([
    ['The CHV vaccine is given to pregnant bitches to protect newborn puppies.', 'chv'],
    ['Canine herpesvirus (CHV) can kill puppies in their first weeks.', 'chv'],
    ['The ANC visit to Durban drew thousands of supporters.', 'anc-contact'],
    ['The ANC won the vote, and the minister promised more money for malaria control.', 'anc-contact'],
  ]);
  itSkipsOnHealthPages([
    ['ANC leaders met health unions about nurses\u2019 pay.', 'anc-contact'],
  ]);
});

describe('brain injury rehabilitation and ward letters', () => {
  itUnderlines([
    ['After the head injury he stayed in PTA for three weeks and could not recall visitors.', 'pta'],
    ['PTA of the left SFA with a drug-coated balloon restored flow to the foot.', 'pta'],
    ['Transferred to ITU after the fluid resuscitation failed to raise her blood pressure.', 'itu'],
    ['Feeds through the PEG are now Jevity overnight, with water flushes each morning.', 'peg'],
    ['Your FBC results from Monday were within the normal range.', 'cbc'],
    ['Kitchen assessment done by OT: safe making toast with supervision.', 'ot'],
    ['She moved from the stroke ward to the ABI unit for rehabilitation.', 'abi'],
    ['MoCA 24/30, losing marks for executive function only.', 'moca'],
  ]);
  itChoosesSense([
    ['PTA lasted 12 days after the brain injury, by the Westmead scale.', 'PTA', 'post-traumatic amnesia (after a head injury)'],
    ['Balloon PTA of the popliteal artery with a good result.', 'PTA', 'angioplasty (balloon to widen an artery)'],
    ['OT kitchen assessment booked before discharge home.', 'OT', 'occupational therapy'],
  ]);
  itSkips([
    ['The PTA bake sale raised money for new books.', 'pta'],
    ['Join the PTA meeting on Thursday in the school hall.', 'pta'],
    ['The PTA paid for first aid training after a pupil had a seizure in class.', 'pta'],
    ['The ITU agreed a new radio spectrum plan in Geneva.', 'itu'],
    ['The OT kitchen was busy during the school fete.', 'ot'],
    ['The ABI said insurers paid out more for storm damage last year.', 'abi'],
  ]);
  itSkipsOnHealthPages([
    ['The PTA president thanked the school nurse for the flu vaccine clinic.', 'pta'],
    ['The ITU and WHO launched a digital health guide.', 'itu'],
  ]);
});

describe('review 2: letters health writing uses in another sense (ownContextOnly) and MVR repair', () => {
  itSkipsOnHealthPages([
    ['Home medications PTA: metformin and lisinopril, resumed on admission.', 'pta'],
    ['Our PTA helps patients with knee osteoarthritis do their exercises.', 'pta'],
    ['Bumrah was ruled out of IPL because of a lumbar stress fracture.', 'ipl'],
    ['Jane Smith, DPT, treats patients with plantar fasciitis and tendinopathy.', 'dpt'],
    ['Our DPT team uses dry needling for myofascial pain.', 'dpt'],
    ['CHV infection causes hypothermia and sepsis in newborn puppies.', 'chv'],
    ['A 20-gauge MVR blade was used for the sclerotomy during vitrectomy.', 'mvr'],
    ['After a seizure, the licensing office reviews the MVR before the driver may return to work.', 'mvr'],
    ['The ANC visit to the hospital found a shortage of antiretroviral drugs.', 'anc-contact'],
  ]);
  itUnderlines([
    ['The CHV referred the child with pneumonia to the health centre.', 'chv'],
    ['ANC services for pregnant women with HIV include PMTCT.', 'anc-contact'],
    ['The ANC clinic at the maternity unit is open on weekdays.', 'anc-contact'],
    ['IPL for rosacea usually needs three to five sessions.', 'ipl'],
  ]);
  itChoosesSense([
    ['PTA of the SFA was performed; ABI improved from 0.5 to 0.9.', 'PTA', 'angioplasty (balloon to widen an artery)'],
    ['Mitral valve repair (MVR) with an annuloplasty ring in 2018.', 'MVR', 'mitral valve repair'],
    ['Mechanical MVR on warfarin, INR target 3.', 'MVR', 'mitral valve replacement'],
    ['DPT booster given at 18 months.', 'DPT', 'DPT vaccine (diphtheria, tetanus, whooping cough)'],
  ]);
  itListsMeanings([
    ['Post MVR 2019, reviewed yearly with echo.', 'MVR'],
  ]);
});

// Since pack 2.62 PTA also holds the pure tone average of a hearing test, so an audiogram's PTA
// names that sense rather than staying plain (it used to hold only amnesia and angioplasty).
describe('PTA in a hearing test', () => {
  itChoosesSense([
    ['Pure-tone audiometry showed a PTA of 45 dB HL in the right ear with sensorineural hearing loss.', 'PTA', 'pure tone audiometry or average (hearing test)'],
  ]);
});
