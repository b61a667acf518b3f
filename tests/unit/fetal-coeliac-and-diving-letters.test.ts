/**
 * Letters from fetal medicine and antenatal scan reports, bladder and kidney cancer clinics,
 * coeliac and children's gut clinics, diving and hyperbaric medicine, fitness-to-fly letters,
 * headache clinics, Ugandan and Ghanaian Ministry of Health pages and community mental health
 * recovery services, each tried against what the same letters mean elsewhere: a waste charity,
 * a police rank, a memory card, a serial disk cable, a church, a camera, an army officer, a
 * festival ticket.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('fetal medicine and antenatal scans', () => {
  itUnderlines([
    ['Scan today: EFW 2,900 g, on the 40th centile, liquor normal.', 'efw'],
    ['The EFW has dropped below the 10th centile, so a Doppler was done.', 'efw'],
    ['Monochorionic twins are scanned every fortnight to look for TTTS.', 'twin-to-twin-transfusion-syndrome'],
    ['Laser treatment for twin-to-twin transfusion syndrome was offered at 19 weeks.', 'twin-to-twin-transfusion-syndrome'],
    ['A low PAPP-A at screening means you will be offered extra growth scans.', 'papp-a'],
    ['The baby’s AC is on the 5th centile while the HC is on the 50th.', 'ac-anterior-chamber'],
  ]);
  itUnderlinesOnHealthPages([['Your EFW today was 1.9 kg.', 'efw']]);
  itChoosesSense([
    ['The AC has fallen across two centiles on this growth scan.', 'AC', 'abdominal circumference (baby\'s tummy on scan)'],
    ['Slit lamp: AC deep and quiet, cornea clear.', 'AC', 'anterior chamber (front of the eye)'],
    ['Liquor reduced, AF index 4 cm, DVP 1.8 cm at 36 weeks.', 'AF', 'amniotic fluid (fluid around the baby)'],
    ['AF with a fast rate on the ECG, started on apixaban.', 'AF', 'atrial fibrillation (uneven heartbeat)'],
  ]);
  itSkipsOnHealthPages([
    ['Turn the AC up in the waiting room, it is hot today.', 'ac-anterior-chamber'],
    ['The AC adapter for the breast pump was left at home.', 'ac-anterior-chamber'],
    ['Keep the camera in continuous AF mode for moving subjects.', 'af'],
    ['Flight AF 1680 leaves for Paris at noon.', 'af'],
  ]);
});

describe('bladder and kidney cancer clinics', () => {
  itUnderlines([
    ['High-grade NMIBC was resected and a course of BCG begins next month.', 'non-muscle-invasive-bladder-cancer'],
    ['Non-muscle-invasive bladder cancer often comes back after treatment.', 'non-muscle-invasive-bladder-cancer'],
    ['MIBC was confirmed and a cystectomy was planned after chemotherapy.', 'muscle-invasive-bladder-cancer'],
    ['Your CTU showed a normal bladder and both kidneys drain well.', 'ctu'],
    ['A CT urogram is booked to look into the blood in your urine.', 'ctu'],
    ['The renal mass is most likely RCC, and a partial nephrectomy was offered.', 'rcc'],
    ['Cystoscopy showed a red patch and biopsy confirmed CIS of the bladder.', 'cis-carcinoma-in-situ'],
    ['CT KUB showed a small stone in the left ureter.', 'ct'],
  ]);
  itChoosesSense([
    ['MMC instillation into the bladder was given after the TURBT.', 'MMC', 'mitomycin C (chemotherapy into the bladder)'],
    ['Antenatal scan shows MMC with early hydrocephalus; fetal surgery team informed.', 'MMC', 'myelomeningocele (open spina bifida)'],
  ]);
  itSkips([
    ['The CTU stormed the building in the final episode of the series.', 'ctu'],
    ['Funding from the CTU covers the statistician on the trial.', 'ctu'],
    ['The RCC coordinated the helicopter search for the missing climbers.', 'rcc'],
    ['The RCC slab on the third floor needs new reinforcement.', 'rcc'],
    ['Many CIS countries still use the rouble in border trade.', 'cis-carcinoma-in-situ'],
    ['Insert the MMC card into the camera slot.', 'mmc'],
    ['The MMC reforms changed how junior doctors were trained.', 'mmc'],
  ]);
  itSkipsOnHealthPages([
    ['CIS on MRI after an episode of optic neuritis, no treatment started yet.', 'cis-carcinoma-in-situ'],
    ['The MMC handbook sets out the foundation programme.', 'mmc'],
    ['AC repair and installation in Tampa, FL, with same-day service.', 'ac-anterior-chamber'],
    ['Swap the old AC for a unit that runs on HC refrigerant.', 'ac-anterior-chamber'],
    ['Analysts compared MMC with BCG and other consulting firms.', 'mmc'],
    ['BCG has opened a new office to serve clients across the CIS.', 'cis-carcinoma-in-situ'],
    ['The trial is run by the Clinical Trials Unit (CTU) and recruits people with kidney cancer.', 'ctu'],
  ]);
});

describe('coeliac disease and children\u2019s gut clinics', () => {
  itUnderlines([
    ['Her tTG was over ten times the upper limit of normal.', 'ttg'],
    ['EMA was positive, which fits with coeliac disease.', 'ema-endomysial-antibody'],
    ['An endomysial antibody test was sent with the blood count.', 'ema-endomysial-antibody'],
    ['He has kept to a strict GFD for two years.', 'gluten-free-diet'],
    ['Babies with CMPA may need a special formula.', 'cmpa'],
    ['Cow\u2019s milk protein allergy usually settles by school age.', 'milk-allergy'],
  ]);
  itSkips([
    ['The EMA approved the new vaccine for use across Europe.', 'ema-endomysial-antibody'],
    ['The 20-day EMA crossed above the 50-day line on the chart.', 'ema-endomysial-antibody'],
    ['Staining for EMA was positive in the tumour cells.', 'ema-endomysial-antibody'],
    ['The TTG tournament starts at seven tonight.', 'ttg'],
  ]);
});

describe('diving and hyperbaric medicine', () => {
  itUnderlines([
    ['Joint pain after a deep dive, treated as DCS with recompression.', 'decompression-sickness'],
    ['Each dive at 2.4 ATA lasts about two hours in the chamber.', 'ata-atmospheres-absolute'],
    ['Hyperbaric sessions are given at 2.0 ATA.', 'ata-atmospheres-absolute'],
    ['AGE is suspected when a diver collapses soon after surfacing.', 'age-arterial-gas-embolism'],
    ['Bubble contrast echo showed a PFO with a large shunt.', 'pfo'],
    ['TM intact, no blood in the ear canal after the dive.', 'tm'],
    ['Left TM shows Teed grade 1 barotrauma after descent.', 'tm'],
    ['ORN of the jaw developed two years after radiotherapy.', 'osteoradionecrosis'],
    ['Osteoradionecrosis is a known risk after a tooth is pulled in a treated area.', 'osteoradionecrosis'],
  ]);
  itChoosesSense([
    ['Diver treated for DCI in the hyperbaric chamber overnight.', 'DCI', 'decompression illness (diving)'],
    ['Day 6 after aneurysmal SAH: new weakness, likely DCI.', 'DCI', 'delayed cerebral ischemia (after a brain bleed)'],
  ]);
  itSkips([
    ['DCI Smith said the inquiry would continue into next week.', 'dci'],
    ['The DCS told reporters that divers had searched the lake.', 'age-arterial-gas-embolism'],
    ['Connect the drive with an ATA cable to the motherboard.', 'ata-atmospheres-absolute'],
    ['The ATA guidelines cover thyroid nodules in adults.', 'ata-atmospheres-absolute'],
    ['AGE: 42   SEX: F   WEIGHT: 61 kg', 'age-arterial-gas-embolism'],
    ['AGEs build up in the skin with high blood sugar.', 'age-arterial-gas-embolism'],
    ['The brand name carries the TM symbol on every box.', 'tm'],
    ['New details surfacing this week were passed to DCI Jones.', 'dci'],
  ]);
  itSkipsOnHealthPages([
    ['DCI Patel led the inquiry into the care home.', 'dci'],
    ['The DCI 4K projector was installed at the hospital cinema.', 'dci'],
  ]);
});

describe('fitness-to-fly letters', () => {
  itUnderlines([
    ['The MEDIF was sent to the airline with the oxygen details.', 'medif'],
    ['HAST showed her SpO2 fell to 85%, so oxygen is advised for the flight.', 'hast'],
    ['A hypoxic challenge test was arranged before the long-haul trip.', 'hast'],
    ['Book a Class 2 medical with an AME before your licence lapses.', 'ame-aviation-medical-examiner'],
  ]);
  itSkips([
    ['The AME church on Main Street hosts a food bank on Fridays.', 'ame-aviation-medical-examiner'],
    ['The AME signed off the engine work on the aircraft.', 'ame-aviation-medical-examiner'],
    ['HAST chambers test how circuit boards cope with heat and damp.', 'hast'],
  ]);
});

describe('headache clinics', () => {
  itUnderlines([
    ['A GON block was given in clinic for cluster headache.', 'greater-occipital-nerve'],
    ['The greater occipital nerve runs up the back of the head.', 'greater-occipital-nerve'],
    ['Your LP is at 9 am; tell us if a spinal headache comes on after.', 'lp'],
    ['BP 150/95 during the migraine attack.', 'bp'],
    ['BP raised at booking; dip urine for protein today.', 'bp'],
  ]);
  itSkips([
    ['The band released a new LP on vinyl last spring.', 'lp'],
    ['BP shares rose after the results.', 'bp'],
    ['Store your LPs upright, never lying flat in a pile.', 'lp'],
    ['GON readers sent in photos of the bucks they took during the season.', 'greater-occipital-nerve'],
  ]);
});

describe('Uganda and Ghana Ministry of Health pages', () => {
  itUnderlines([
    ['New CHPS compounds opened in three districts this year.', 'chps'],
    ['VHTs will visit every home before the measles campaign.', 'village-health-team'],
    ['Each village health team has trained volunteers.', 'village-health-team'],
  ]);
});

describe('community mental health recovery services', () => {
  itUnderlines([
    ['She wrote a WRAP on the recovery college course with her peer support worker.', 'wrap-wellness-recovery-action-plan'],
    ['A wellness recovery action plan lists triggers and a crisis plan.', 'wrap-wellness-recovery-action-plan'],
    ['He meets his IPS employment specialist every Tuesday.', 'ips-individual-placement-and-support'],
    ['Individual placement and support helps people into paid work.', 'ips-individual-placement-and-support'],
  ]);
  itSkips([
    ['WRAP says food waste from homes fell last year.', 'wrap-wellness-recovery-action-plan'],
    ['WRAP the sandwiches in foil before packing them.', 'wrap-wellness-recovery-action-plan'],
    ['Wrap the plan in a folder so it stays dry on the recovery walk.', 'wrap-wellness-recovery-action-plan'],
    ['Ema said the coeliac support group meets on Fridays.', 'ema-endomysial-antibody'],
    ['The new IPS panel has better colours than the old screen.', 'ips-individual-placement-and-support'],
    ['The IPS blocked the attack on the company network.', 'ips-individual-placement-and-support'],
    ['Two coeliac drugs are under review, and the EMA approved neither last year.', 'ema-endomysial-antibody'],
    ['The FDA and EMA both asked for more data on the gluten-digesting enzyme.', 'ema-endomysial-antibody'],
    ['Staff on the mental health ward must finish Prevent WRAP training.', 'wrap-wellness-recovery-action-plan'],
    ['Ask the CMPA for advice before you reply to the complaint.', 'cmpa'],
    ['The DCS said police divers would return to the reservoir.', 'decompression-sickness'],
    ['Spray the exhaust with VHT paint before fitting it.', 'village-health-team'],
  ]);
});

describe('other senses of OT, CO and GA', () => {
  itSkipsOnHealthPages([
    ['She was paid double for OT on Christmas Day.', 'ot'],
    ['Staff get time and a half, with OT paid weekly.', 'ot'],
    ['The CO ordered the company to dig in before dark.', 'co'],
    ['He served as battalion CO for two years.', 'co'],
    ['The festival is GA only, so there are no seats.', 'ga'],
    ['Show your GA wristband at the gate.', 'ga'],
  ]);
  itUnderlinesOnHealthPages([
    ['The operation will be done under GA as a day case.', 'ga'],
    ['CO level on the breath test was 2 ppm.', 'co'],
  ]);
});

describe('full names at the start of a sentence', () => {
  itUnderlines([
    ['Pregnancy-associated plasma protein A is measured at 12 weeks.', 'papp-a'],
    ['Wellness recovery action plan groups meet on Mondays.', 'wrap-wellness-recovery-action-plan'],
    ['Hypoxic challenge test results are sent to your GP.', 'hast'],
    ['Endomysial antibody testing was positive.', 'ema-endomysial-antibody'],
  ]);
});
