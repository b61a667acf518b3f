/**
 * Letters and ward words of the settings a blind set asked for: colorectal surgery, breast surgery
 * and lymphoedema clinics, hand surgery, hearing clinics, endocrinology (adrenal and pituitary),
 * chemotherapy day units, and public health notices from Australia and the US. Each new entry or
 * fix is tried on the sentences where it must be underlined and on the other meanings its letters
 * and words have in ordinary text: loans and interest rates, consent forms, school support, network
 * switches, software, time zones, German politics, cloud accounts, policing, courts, rural
 * hospitals, machine learning, malware, music, boats, washing machines, religious buildings and
 * the Royal Navy.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('colorectal surgery', () => {
  itUnderlines([
    ['Two weeks after APR for a tumour low in the rectum, the perineal wound is clean and dry.', 'apr'],
    ['An APR was needed because the cancer had reached the anal sphincter, so she has a permanent colostomy.', 'apr'],
    ['LAR for a mid-rectal tumour, with a covering loop ileostomy.', 'lar'],
    ['Bowel function after LAR can take a year to settle, a pattern called LARS.', 'lar'],
    ['CEA was 12 ug/L before the bowel cancer operation and is now normal.', 'cea'],
  ]);
  itSkips([
    ['The card has an APR of 24.9% on purchases.', 'apr'],
    ['Compare the APR before you take out a car loan.', 'apr'],
    ['The CEA chair spoke about inflation and jobs.', 'cea'],
  ]);
  itSkipsOnHealthPages([
    ['Payment plans for dental work may come with a 0% APR for the first year.', 'apr'],
    ['The consent form must be signed by the participant or their LAR.', 'lar'],
    ['If the patient lacks capacity, the LAR may give permission for the study.', 'lar'],
  ]);
});

describe('breast surgery and lymphoedema', () => {
  itUnderlines([
    ['MLD sessions helped bring down her lymphoedema after breast surgery.', 'mld'],
    ['The therapist showed him how MLD and a compression sleeve work together.', 'mld'],
    ['WLE with clear margins, followed by radiotherapy to the breast.', 'wle'],
    ['A WLE of the melanoma scar was booked for next month.', 'wle'],
    ['CDT with multilayer bandaging reduced the swelling in her leg.', 'cdt'],
    ['The maintenance phase of CDT relies on daily compression garments.', 'cdt'],
    ['ALND was avoided because the sentinel node was clear.', 'lymph-node-dissection'],
  ]);
  itSkips([
    ['Pupils with MLD get extra help in smaller classes.', 'mld'],
    ['Enable MLD snooping on the switch to cut multicast traffic.', 'mld'],
    ['Download WLE to get Movie Maker and Photo Gallery.', 'wle'],
    ['The webinar starts at 2 pm CDT on Tuesday.', 'cdt'],
  ]);
  itSkipsOnHealthPages([
    ['The helpline opens at 8 am CDT on weekdays.', 'cdt'],
    ['A raised CDT can point to heavy drinking over the past few weeks.', 'cdt'],
  ]);
  // Review 1: MLD also names metachromatic leukodystrophy and, in UK schools, moderate learning difficulties.
  itChoosesSense([
    ['The school has a unit for children with MLD and autism.', 'MLD', 'moderate learning difficulties (in UK schools)'],
    ['Gene therapy for MLD was approved for children before symptoms start.', 'MLD', 'metachromatic leukodystrophy (inherited nerve disease)'],
    ['Children with MLD may lose the ability to walk as myelin is lost.', 'MLD', 'metachromatic leukodystrophy (inherited nerve disease)'],
    ['MLD sessions helped bring down her lymphoedema after breast surgery.', 'MLD', 'manual lymphatic drainage (massage for swelling)'],
  ]);
  itSkips([
    ['Pupils with MLD learn to swim and to roll up a sleeve.', 'mld'],
    ['The programme works on water, land and ecosystems (WLE) and on farmers\' profit margin.', 'wle'],
  ]);
  itUnderlines([['A WLE with a clear surgical margin was done for the melanoma.', 'wle']]);
});

describe('hand surgery', () => {
  itUnderlines([
    ['Swelling of the PIPJ after a ball struck her finger.', 'pipj'],
    ['She dislocated the PIP joint of her little finger playing netball.', 'pipj'],
    ['Osteoarthritis has made both proximal interphalangeal joints of his hand stiff.', 'pipj'],
    ['FDP avulsion, also called jersey finger, in a rugby player.', 'fdp'],
    ['The FDP tendon was repaired and a splint fitted.', 'fdp'],
  ]);
  itSkips([
    ['Her PIP claim was turned down after the assessment.', 'pipj'],
    ['The FDP left the coalition government in Berlin.', 'fdp'],
    ['FDP leader Christian Lindner gave a speech on tax.', 'fdp'],
  ]);
  itSkipsOnHealthPages([
    ['The FDP voted against the hospital reform bill.', 'fdp'],
    ['The FDP splinter group met in Berlin.', 'fdp'],
  ]);
  itUnderlines([['The PIP joint of the second toe is bent in hammer toe.', 'pipj']]);
});

describe('hearing clinics and ear notes', () => {
  itUnderlines([
    ['MRI IAMs were normal, with no sign of an acoustic neuroma.', 'iam'],
    ['An MRI of the IAM was booked because the tinnitus is on one side only.', 'iam'],
    ['A CROS hearing aid was fitted after sudden hearing loss in the left ear.', 'cros'],
    ['Otoscopy: both drums intact, no fluid.', 'drum'],
    ['The left drum is retracted and dull, so a tympanogram was done.', 'drum'],
    ['After microsuction the canal was clear.', 'canal'],
    ['The canal was red and swollen, in keeping with otitis externa.', 'canal'],
  ]);
  itSkips([
    ['Create an IAM role in the AWS console before you deploy.', 'iam'],
    ['IAM policies decide who can read the bucket.', 'iam'],
    ['He plays the bass drum in the school band.', 'drum'],
    ['Oil drums leaked into the river after the flood.', 'drum'],
    ['The washing machine drum is not spinning.', 'drum'],
    ['Local groups are trying to drum up support for the new park.', 'drum'],
    ['We hired a narrowboat for a week on the canal.', 'canal'],
    ['The Panama Canal handles thousands of ships a year.', 'canal'],
    ['A drum band played beside the canal all afternoon.', 'canal'],
  ]);
  itSkipsOnHealthPages([
    ['The hospital moved its IAM system to the cloud last year.', 'iam'],
    ['Music therapy sessions use a hand drum and shakers.', 'drum'],
    ['The root canal was cleaned and filled in one visit.', 'canal'],
    ['Narrowing of the spinal canal presses on the nerves.', 'canal'],
    ['The baby moved down the birth canal.', 'canal'],
    ['Walking along the canal towpath is good exercise.', 'canal'],
    // Review 1: the inner ear's channels are not the ear canal.
    ['MRI of the internal auditory canal showed a small schwannoma and the eardrum was normal.', 'canal'],
    ['MRI of the internal auditory canal showed a small schwannoma and the eardrum was normal.', 'ear-canal'],
    ['The facial canal was exposed during surgery on the eardrum.', 'canal'],
    ['IAM RoadSmart says older drivers with hearing loss can still drive safely.', 'iam'],
    ['The band\'s drummer retracted his statement about the drum solo.', 'drum'],
  ]);
  itUnderlines([
    ['MRI of the IAMs for asymmetric hearing loss.', 'iam'],
    ['Left drum retracted, no fluid seen.', 'drum'],
    ['Otoscopy shows a retraction pocket in the drum.', 'drum'],
  ]);
});

describe('adrenal and pituitary clinics', () => {
  itUnderlines([
    ['ALT is 3 x ULN, so the statin was paused.', 'uln'],
    ['Values above the upper limit of normal are flagged in red.', 'uln'],
    ['HC was doubled during the fever, as the sick day rules say.', 'hc'],
    ['With Addison\'s disease she takes HC three times a day.', 'hc'],
    ['Cranial DI after pituitary surgery, controlled with desmopressin.', 'di'],
    ['Nephrogenic DI from lithium; urine osmolality stays low.', 'di'],
    ['CAH was found on newborn screening, and hydrocortisone was started.', 'cah'],
    ['In CAH, 17-OHP is used to check how well it is controlled.', 'cah'],
  ]);
  itSkips([
    ['Flights to ULN leave twice a week in summer.', 'uln'],
    ['The case went to the HC on appeal.', 'hc'],
    ['DI Smith led the murder inquiry.', 'di'],
    ['Use DI to inject the logger into each service.', 'di'],
  ]);
  itChoosesSense([
    ['HC was doubled during the fever, as the sick day rules say.', 'HC', 'hydrocortisone (steroid that replaces cortisol)'],
    ['HC 35 cm, on the 50th centile on the growth chart.', 'HC', 'head circumference (size around the head)'],
  ]);
  itSkipsOnHealthPages([
    ['Rinse the probe in DI water before each reading.', 'di'],
    ['The hospital is a CAH with 25 beds in rural Kansas.', 'cah'],
  ]);
});

describe('chemotherapy day unit', () => {
  itUnderlines([
    ['Grade 1 PN in the fingertips after six cycles of paclitaxel.', 'pn'],
    ['Carboplatin AUC 6 every three weeks, with the dose set by the Calvert formula.', 'auc'],
    ['Aprepitant lowers the risk of CINV with cisplatin.', 'cinv'],
    ['Chemotherapy-induced nausea and vomiting is less common than it used to be.', 'cinv'],
  ]);
  itSkips([
    ['Order PN 4471-B from the parts list.', 'pn'],
    ['The model reached an AUC of 0.91 on the test set.', 'auc'],
  ]);
  itChoosesSense([
    ['Grade 2 PN in both feet after oxaliplatin.', 'PN', 'peripheral neuropathy (nerve damage in hands and feet)'],
    ['PN was started through the PICC line for intestinal failure.', 'PN', 'parenteral nutrition (feeding through a vein)'],
    ['PN check by the midwife on day 5.', 'PN', 'postnatal (the weeks after giving birth)'],
    ['Carboplatin AUC 5 on day 1.', 'AUC', 'area under the curve (drug exposure, used for dosing)'],
    ['The ROC curve gave an AUC of 0.78 for sepsis.', 'AUC', 'area under the ROC curve (test accuracy score)'],
  ]);
  // Review 1: PN also names prurigo nodularis and practical nursing on health pages.
  itChoosesSense([
    ['Dupilumab was approved for PN, which causes very itchy lumps.', 'PN', 'prurigo nodularis (very itchy lumps on the skin)'],
    ['A PN program and the NCLEX exam lead to work as an LPN.', 'PN', 'practical nurse (a nursing qualification)'],
    ['PN students practise giving injections in the skills lab.', 'PN', 'practical nurse (a nursing qualification)'],
  ]);
  itListsMeanings([
    ['She has had PN for two years.', 'PN'],
    ['The AUC was lower than expected.', 'AUC'],
  ]);
});

describe('public health notices', () => {
  itUnderlines([
    ['Do a RAT if you have a sore throat, and stay home if it shows COVID-19.', 'rat'],
    ['Free RATs are handed out at the pharmacy for people with COVID symptoms.', 'rat'],
    ['Cases of MVE have been found after heavy rain brought more mosquitoes.', 'murray-valley-encephalitis'],
    ['Murray Valley encephalitis is rare but can be serious.', 'murray-valley-encephalitis'],
    ['Most people with WNV never feel ill.', 'west-nile-virus'],
    ['Call the line for AOD counselling at any hour of the day.', 'aod'],
    ['Check your BGL before driving a long way.', 'bgl'],
  ]);
  itUnderlinesOnHealthPages([['Her BGL was 4.2 when the nurse checked it at lunch.', 'bgl']]);
  itSkips([
    ['The attackers installed a RAT to take control of the laptop.', 'rat'],
    ['The RAT drops out of the fuselage when both engines fail.', 'rat'],
    ['The RAT at the hospital checked patients\' flu symptoms and sent them home.', 'rat'],
    ['The MVE of the product shipped in May.', 'murray-valley-encephalitis'],
    ['BGL Group owns several price comparison sites.', 'bgl'],
  ]);
  itSkipsOnHealthPages([
    ['The RAT malware spread through fake invoices sent to the clinic.', 'rat'],
    ['BGL Group reported higher profits this year.', 'bgl'],
    ['Loans for IVF often carry an APR above 20%.', 'apr'],
  ]);
});

describe('the Royal Navy, not a registered nurse', () => {
  itSkipsOnHealthPages([
    ['The sailing club was set up by two retired RN officers.', 'rn'],
    ['Three RN warships sailed past the harbour wall.', 'rn'],
  ]);
  itUnderlinesOnHealthPages([['The RN on the night shift checked his drip.', 'rn']]);
});

describe('body words in skin and wound notes', () => {
  itUnderlines([
    ['A small mole on the left temple was removed under local anaesthetic.', 'temple'],
    ['The nail bed was cut when the finger was shut in a car door.', 'nail-bed'],
    ['Scar tissue can make the skin feel tight and itchy.', 'scar-tissue'],
  ]);
  itSkips([
    ['The monks left the temple at dawn.', 'temple'],
    ['The fakir lay on a bed of nails for an hour.', 'nail-bed'],
    ['Scar Tissue by the Red Hot Chili Peppers won a Grammy.', 'scar-tissue'],
  ]);
  itLeavesWordPlain([['We bought tickets for the temple festival in the old town.', 'temple']]);
});
