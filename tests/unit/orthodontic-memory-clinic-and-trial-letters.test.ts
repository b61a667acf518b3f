/**
 * Letters and words of the settings labelled set 26 asked for: oral and maxillofacial surgery and
 * orthodontics (BSSO, IOTN, jaw plates), memory clinics and dementia care (MCI, AChEI, ACE-III, DLB,
 * BPSD, amyloid plaques), eating-disorder services (AN, CBT-E, RFS, BED, NG), learning-disability
 * and autism services (LD, ASC, ADOS-2, PBS, STOMP, meltdown), wheelchair and prosthetics services
 * (TSB, TFA, EPIOC, SCI, MPK), clinical-trial lay summaries (PK, QoL) and GP newsletters (FIT, PSA,
 * PE in pregnancy, pupil size). Each is tried against the other senses its letters or words have in
 * ordinary text: banks, broadcasters, theatre shows, football, hotels, genomics files, nuclear
 * reactors, markets, chemistry, buses, card grading, school pupils and dinner plates.
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

describe('oral and maxillofacial surgery and orthodontics', () => {
  itUnderlines([
    ['She had a BSSO to bring her lower jaw forward last spring.', 'bsso'],
    ['The orthodontist gave an IOTN grade of 5 for the missing teeth.', 'iotn'],
    ['The Index of Orthodontic Treatment Need decides who gets NHS braces.', 'iotn'],
    ['The plate fixing the broken jaw was left in after healing.', 'plate'],
    ['Two small plates and screws hold the mandible after the fracture.', 'plate'],
  ]);
  itUnderlinesOnHealthPages([['Extraction of the lower molar under LA, with articaine.', 'la']]);
  itChoosesSense([['Tooth removed under LA with 2 ml lidocaine.', 'LA', 'local anaesthetic (numbing medicine)']]);
  itSkips([
    ['Put the hot plate on the table before the titanium pans.', 'plate'],
    ['The jaw-dropping goal came as he stepped up to the plate.', 'plate'],
    ['Her new number plate arrived after the crash repairs to the jaw-shaped bumper.', 'plate'],
  ]);
});

describe('memory clinics and dementia care', () => {
  itUnderlines([
    ['Amnestic MCI, so we will see him again in a year.', 'mci'],
    ['He started an AChEI after the diagnosis was made.', 'achei'],
    ['A cholinesterase inhibitor such as donepezil was offered.', 'achei'],
    ['Her ACE-III score was 82 out of 100.', 'ace-iii'],
    ["The Addenbrooke's Cognitive Examination was repeated a year later.", 'ace-iii'],
    ['Visual hallucinations and parkinsonism suggest DLB.', 'dlb'],
    ['Staff noted more BPSD after the move to a new room.', 'bpsd'],
  ]);
  itChoosesSense([
    ['Brain scans showed amyloid plaques in Alzheimer\'s disease.', 'plaques', 'in the brain (amyloid)'],
    ['Brush twice a day to clear plaque from your teeth.', 'plaque', 'on the teeth'],
  ]);
  itSkips([
    ['Ship the parcel by DLB courier tomorrow.', 'dlb'],
    ['A blue plaque marks the house where the poet lived.', 'plaque'],
    ['Press ACE to play the next card.', 'ace-iii'],
  ]);
});

describe('eating-disorder services', () => {
  itUnderlines([
    ['Restrictive AN with amenorrhea for six months.', 'an'],
    ['She was offered CBT-E at the eating disorders service.', 'cbt-e'],
    ['Risk of RFS is high, so phosphate will be checked each day.', 'rfs'],
    ['Guided self-help is the first step for BED.', 'bed'],
    ['NG feeding will start if her oral intake stays low.', 'ng'],
  ]);
  itChoosesSense([
    ['High risk of RFS: thiamine first and phosphate daily.', 'RFS', 'refeeding syndrome (salt shifts when feeding restarts)'],
    ['Median RFS was 14 months with the new drug, with a hazard ratio of 0.7.', 'RFS', 'relapse-free survival (cancer research)'],
  ]);
  itListsMeanings([['RFS was discussed at the meeting today.', 'RFS']]);
  itSkips([
    ['AN EATING DISORDER SUPPORT EVENING', 'an'],
    ['SHE WAS AN ANOREXIC TEEN, THE HEADLINE SAID', 'an'],
    ['Book a KING BED room with a sea view.', 'bed'],
    ['BED AND BREAKFAST near the beach, with eating places nearby.', 'bed'],
    ['Upload your BED file of peaks to the genome browser.', 'bed'],
    ['NG Bailey won the building contract.', 'ng'],
  ]);
  itSkipsOnHealthPages([
    ['Our hotel has a KING BED in every room.', 'bed'],
    ['The new wing was built by NG Bailey.', 'ng'],
  ]);
});

describe('learning-disability and autism services', () => {
  itUnderlines([
    ['His LD health check is booked, with an easy-read letter.', 'ld'],
    ['The team agreed she meets criteria for ASC.', 'asc'],
    ['The ADOS-2 was done by two trained staff.', 'ados-2'],
    ['Please follow the PBS plan when he gets upset.', 'pbs'],
    ['In line with STOMP, his antipsychotic dose is being reviewed.', 'stomp'],
    ['She had a meltdown after the noisy assembly, as autistic children often do.', 'meltdown'],
    ['After a meltdown he needs a quiet space to recover.', 'meltdown'],
  ]);
  itSkips([
    ['The LD candidate won the seat by 300 votes.', 'ld'],
    ['Cells were ASC-US on the smear.', 'asc'],
    ['ASC 606 changed the revenue rules.', 'asc'],
    ['Watch the PBS documentary about autism tonight.', 'pbs'],
    ['STOMP is holding an autism-friendly relaxed performance.', 'stomp'],
    ['The reactor meltdown led to a shutdown of the plant.', 'meltdown'],
    ['A market meltdown overwhelmed traders.', 'meltdown'],
    ['My toddler had a meltdown in the supermarket.', 'meltdown'],
  ]);
  itSkipsOnHealthPages([
    ['PBS NewsHour ran a story on the hospital strike.', 'pbs'],
    ['We saw STOMP at the Ambassadors Theatre.', 'stomp'],
  ]);
});

describe('wheelchair and prosthetics services', () => {
  itUnderlines([
    ['A TSB socket with a silicone liner was made.', 'tsb'],
    ['Left TFA in 2015; he walks with a prosthetic knee.', 'tfa'],
    ['He was assessed for an EPIOC at the wheelchair service.', 'epioc'],
    ['Incomplete SCI at C6 after a diving accident.', 'sci'],
    ['An MPK was fitted after two falls on his old knee.', 'mpk'],
    ['A microprocessor knee can help on stairs.', 'mpk'],
  ]);
  itSkips([
    ['The TSB branch in Leeds is closing next month.', 'tsb'],
    ['TFA corps members teach in rural schools.', 'tfa'],
    ['Add TFA to the HPLC mobile phase.', 'tfa'],
    ['Take the MPK bus to Nowa Huta.', 'mpk'],
    ['The SCI journal list was updated this year.', 'sci'],
  ]);
  itSkipsOnHealthPages([
    ['Pay by transfer from your TSB account.', 'tsb'],
    ['Teach For America (TFA) places graduates in schools.', 'tfa'],
  ]);
});

describe('TSB: a prosthetic socket, or total serum bilirubin in newborn jaundice', () => {
  const SOCKET = 'total surface bearing socket (for an artificial leg)';
  const BILIRUBIN = 'total serum bilirubin (blood test for jaundice)';
  itChoosesSense([
    ['The TSB level was above the phototherapy line at 36 hours.', 'TSB', BILIRUBIN],
    ['Bilirubin: a TSB of 300 needs phototherapy.', 'TSB', BILIRUBIN],
    ['Check the TSB and TcB before discharge if jaundice is visible.', 'TSB', BILIRUBIN],
    ['TSB was checked and phototherapy started at 40 hours.', 'TSB', BILIRUBIN],
    ['A TSB socket with a silicone liner was made.', 'TSB', SOCKET],
    ['TSB and PTB sockets were compared in 20 amputees.', 'TSB', SOCKET],
    ['The TSB was 250 micromol/L at 48 hours.', 'TSB', BILIRUBIN],
    ['TSB in preterm infants was measured daily.', 'TSB', BILIRUBIN],
  ]);
  // PTB is also preterm birth: not a cue for the socket.
  itListsMeanings([['Infants born after PTB had a higher TSB on day 3.', 'TSB']]);
  itSkipsOnHealthPages([
    ['Please pay for parking at the TSB branch opposite the main entrance.', 'tsb'],
    ['TSB customers can now pay prescription charges in the app.', 'tsb'],
    ['The Lloyds TSB Foundation funds local mental health charities.', 'tsb'],
    ['The health expo is at the TSB Arena this weekend.', 'tsb'],
    ['Open a TSB savings account for your newborn.', 'tsb'],
    // Tryptic soy broth, a growth medium in microbiology papers.
    ['Staphylococcus aureus was grown overnight in TSB at 37 °C.', 'tsb'],
    ['Biofilms were formed in TSB supplemented with 1% glucose.', 'tsb'],
    ['Overnight TSB cultures were diluted 1:100 in fresh TSB medium.', 'tsb'],
  ]);
  itSkips([['Open a TSB savings account for your newborn.', 'tsb']]);
});

describe('clinical-trial lay summaries and GP newsletters', () => {
  itUnderlines([
    ['Blood samples for PK were taken over 24 hours.', 'pk'],
    ['Everyone filled in a QoL survey at the start.', 'qol'],
    ['Your FIT kit is in the post; return the stool sample.', 'fit'],
    ['Men over 50 can ask for a PSA test.', 'psa'],
    ['The drops made each pupil smaller for a few hours.', 'pupil'],
    ['Pupil size shrinks in bright light.', 'pupil'],
  ]);
  itListsMeanings([
    ['PMH PE in her first pregnancy, no medicines now.', 'PE'],
    ['A PE in a previous pregnancy was noted at booking.', 'PE'],
  ]);
  itSkips([
    ['He scored the PK in the final minute.', 'pk'],
    ['Graded PSA 10, this card sold for a fortune.', 'psa'],
    ['The PSA about drink driving aired on TV.', 'psa'],
    ['Pupil numbers at the school fell, and class size rose.', 'pupil'],
    ['Pupils who need eye drops at school must bring a form.', 'pupil'],
  ]);
});

describe('letters of admissions, films and banking pages, fenced', () => {
  itSkipsOnHealthPages([
    ['For PPE at Oxford, candidates sit a written test in the autumn.', 'ppe'],
    ['He went on to read PPE and then worked in politics.', 'ppe'],
    ['Half the lines were re-recorded in ADR after the shoot.', 'adr'],
    ['The ADR session with the lead actor ran late.', 'adr'],
    ['Claims for mis-sold PPI closed some years ago.', 'ppi'],
  ]);
  itUnderlinesOnHealthPages([
    ['Wear PPE such as gloves and a mask on the ward.', 'ppe'],
    ['Report a suspected ADR after a new medicine.', 'adr'],
    ['Omeprazole is a PPI that lowers stomach acid.', 'ppi'],
  ]);
});

describe('review 2: other senses of the batch letters and words', () => {
  itUnderlines([
    ['Pyridostigmine is a cholinesterase inhibitor used for myasthenia gravis.', 'achei'],
    ['She meets criteria for ASC after the ADOS-2.', 'asc'],
    ['The RFS improved with adjuvant therapy versus placebo.', 'rfs'],
    ['The autistic boy had a meltdown at school.', 'meltdown'],
    ['The drops made her pupils smaller.', 'pupil'],
  ]);
  itChoosesSense([['RFS and overall survival were both longer.', 'RFS', 'relapse-free survival (cancer research)']]);
  itSkips([
    ['Organophosphates act as cholinesterase inhibitor pesticides on farms.', 'achei'],
    ['Download the NSW RFS Bush Fire Survival Plan before summer.', 'rfs'],
    ['The RFS says a survival plan can save your life.', 'rfs'],
    ['RFS crews dropped phosphate retardant on the fire.', 'rfs'],
    ['SEN schools face a funding meltdown.', 'meltdown'],
    ['The SEND system is in meltdown, councils warn, as EHCP requests soar.', 'meltdown'],
    ['Funding will give pupils smaller classes.', 'pupil'],
  ]);
  itSkipsOnHealthPages([
    ['Semaglutide is listed on the PBS for type 2 diabetes.', 'pbs'],
    ['From January, the PBS co-payment for metformin falls to $25.', 'pbs'],
    ['The arthroscopy was done at an ASC rather than a hospital.', 'asc'],
    ['Serum LD was raised, with haemolysis on the film.', 'ld'],
    ['LD levels and LDH rise in hemolysis.', 'ld'],
    ['PK deficiency causes hemolytic anemia in children.', 'pk'],
  ]);
});
