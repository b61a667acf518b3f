/**
 * Letters from eyelid and tear-duct clinics, occupational lung clinics, children's epilepsy surgery
 * and ketogenic diet teams, stammering and voice therapy, Lyme disease, Nepal and Sri Lanka health
 * pages, bereavement letters and young athletes' heart screening, each tried against the other
 * senses its letters have (gaming kill ratios, Ho Chi Minh City, the Twi language, the prime
 * minister and times of day, open-access journals, oxalic acid for bees, moped training, the royal
 * cipher on a postbox, a personal assistant, business development).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages, itChoosesSense } from './helpers/bundled-underline';

describe('eyelid and tear duct clinic', () => {
  itUnderlines([
    ['Left upper lid droop with MRD1 of 2 mm; the right side measures 4 mm.', 'mrd1'],
    ['Ptosis clinic: LF 6 mm on the left, so a brow suspension is more likely.', 'lf-levator-function'],
    ['LF 15 mm each side with a high skin crease on the right eyelid.', 'lf-levator-function'],
    ['A baby with NLDO usually gets better with massage by the first birthday.', 'nldo'],
    ['Epiphora from the left eye for a year; syringing blocked, so DCR is offered.', 'dcr'],
    ['She had an endonasal DCR for a blocked tear duct last spring.', 'dcr'],
    ['The squint operation will be done under GA as a day case.', 'ga'],
  ]);
  itSkips([
    ['Replace the LF line ending with CRLF before you save the file.', 'lf-levator-function'],
    ['The LF band radio picked up signals from the coast.', 'lf-levator-function'],
    ['The DCR form must be signed by the project manager before any change.', 'dcr'],
    ['Tickets in the GA area cost less than seats.', 'ga'],
  ]);
  itSkipsOnHealthPages([
    ['Set your editor to use LF line endings for the clinic website code.', 'lf-levator-function'],
  ]);
});

describe('occupational lung clinic', () => {
  itUnderlines([
    ['His FEV1 is below the LLN for his age and height.', 'lln'],
    ['Spirometry: FVC above LLN, ratio normal.', 'lln'],
    ['Keep a serial PEF record at work and at home for a month.', 'pef'],
    ['SPT to wheat flour gave a 6 mm wheal.', 'spt'],
    ['Bakery worker with suspected OA; serial peak flow shows a work pattern.', 'oa'],
    ['Isocyanate spray painters are at high risk of OA.', 'oa'],
  ]);
  itChoosesSense([
    ['A car sprayer using isocyanate paints with likely OA.', 'OA', 'occupational asthma (caused by work)'],
    ['Knee OA with stiffness in the morning.', 'OA', 'osteoarthritis'],
  ]);
  itSkipsOnHealthPages([
    ['The paper was published in an OA journal last year.', 'oa'],
    ['Treat the colonies with OA vapour while they are broodless.', 'oa'],
  ]);
  itSkips([
    ['The SPT enzyme starts the making of these fats in the cell.', 'spt'],
  ]);
});

describe('children’s epilepsy surgery and ketogenic diet', () => {
  itUnderlines([
    ['She is booked for a week of vEEG to record her night-time events.', 'veeg'],
    ['The MRI found a small FCD in the left temporal lobe, the likely source of her seizures.', 'fcd'],
    ['After SEEG showed the onset zone, the team offered surgery.', 'seeg'],
    ['Two months on the KD and the seizure diary shows far fewer fits.', 'kd'],
    ['Classical KD was started at a 4:1 ratio with a dietitian.', 'kd'],
    ['He is on the MCT diet, which lets him eat a little more carbohydrate.', 'mct'],
    ['MCT emulsion is shared out across his meals.', 'mct'],
  ]);
  itSkips([
    ['His KD ratio in the shooter game went up after the update.', 'kd'],
    ['Our team has the best KD in the league this season.', 'kd'],
    ['The FCD branch opened a new office in the city.', 'fcd'],
    ['She passed the MCT exam and now teaches the software course.', 'mct'],
  ]);
});

describe('stammering and voice therapy', () => {
  itUnderlines([
    ['Her OASES score fell from 3.4 to 2.2 after the group course.', 'oases'],
    ['OASES total in the moderate range; stammering mostly at work.', 'oases'],
    ['VHI-10 was 30 before therapy and 12 after.', 'vhi-10'],
  ]);
  itSkips([
    ['The desert OASES drew travellers for centuries.', 'oases'],
    ['Green oases of calm sit in the middle of the busy city.', 'oases'],
  ]);
});

describe('Lyme disease', () => {
  itUnderlines([
    ['A spreading EM appeared a week after the tick bite on his calf.', 'em-erythema-migrans'],
    ['Multiple EM lesions suggest the infection has spread; treated for Lyme disease.', 'em-erythema-migrans'],
  ]);
  itSkips([
    ['The EM team saw him in resus before he went to the ward.', 'em-erythema-migrans'],
    ['Font sizes are set in em units in the style sheet.', 'em-erythema-migrans'],
    ['EM dash or en dash: the style guide prefers the EM dash.', 'em-erythema-migrans'],
  ]);
});

describe('Nepal and Sri Lanka health pages', () => {
  itUnderlines([
    ['FCHVs teach mothers about family planning and child nutrition.', 'fchv'],
    ['Each FCHV links her village to the nearest health post.', 'fchv'],
    ['Your PHM will check your baby’s weight at the clinic.', 'phm'],
    ['Early DHF warning signs include bleeding gums and belly pain in dengue patients.', 'dhf'],
  ]);
  itSkips([
    ['The PHM project team met the board on Tuesday.', 'phm'],
    ['The DHF tournament was moved to next weekend.', 'dhf'],
  ]);
});

describe('bereavement and chaplaincy letters', () => {
  itUnderlines([
    ['The chaplain visited as the patient is now on EoL care.', 'eol'],
    ['No PM is required, so the death can be registered this week.', 'pm-post-mortem'],
    ['The hospital PM report will be sent to his GP.', 'pm-post-mortem'],
    ['The ME office reviewed the cause of death with the ward doctor.', 'me-myalgic-encephalomyelitis'],
    ['Severe ME left her in bed for most of the year; pacing helped a little.', 'me-myalgic-encephalomyelitis'],
  ]);
  itChoosesSense([
    ['The ME office will call to go over the cause of death.', 'ME', 'medical examiner (reviews deaths)'],
    ['Her ME diagnosis came after two years of post-exertional crashes.', 'ME', 'myalgic encephalomyelitis (ME/CFS)'],
  ]);
  itSkips([
    ['The PM spoke to reporters outside Downing Street.', 'pm-post-mortem'],
    ['The funeral is at 2 PM at the parish church.', 'pm-post-mortem'],
    ['No PM has won four elections in a row since then.', 'pm-post-mortem'],
    ['The EoL date for this laptop model is next March.', 'eol'],
    ['Tell ME the cause of death in the first episode of the show.', 'me-myalgic-encephalomyelitis'],
  ]);
  itSkipsOnHealthPages([
    ['The visiting hours end at 8 PM every evening.', 'pm-post-mortem'],
  ]);
});

describe('young athletes’ heart screening', () => {
  itUnderlines([
    ['His brother has HCM, so he was offered an echo and ECG.', 'hcm'],
    ['LQTS runs in the family, and a beta-blocker was started.', 'lqts'],
    ['Lateral TWI on the ECG of a young footballer needs an echo.', 'twi'],
  ]);
  itSkips([
    ['Flights to HCM City leave twice a day from Hanoi.', 'hcm'],
    ['The TWI runs welding courses for engineers.', 'twi'],
    ['She speaks Twi and English at home in Accra.', 'twi'],
  ]);
});

describe('plain uses of letters on health pages', () => {
  itSkipsOnHealthPages([
    ['You need to pass CBT before riding a moped on the road.', 'cognitive-behavioral-therapy'],
    ['The ER cipher is still on the old postbox outside the surgery.', 'er'],
    ['He works as PA to the CEO of the hospital trust.', 'pa'],
    ['She is head of BD at a drug company.', 'bd'],
  ]);
  itUnderlinesOnHealthPages([
    ['He has had CBT for panic attacks.', 'cognitive-behavioral-therapy'],
    ['Seen by the PA in the urgent care clinic.', 'pa'],
  ]);
});

describe('antenatal care and neutrophil counts', () => {
  itChoosesSense([
    ['ANC early in pregnancy is free at every health post.', 'ANC', 'antenatal care (pregnancy check-ups)'],
    ['ANC 0.6 today, so chemo is put back a week.', 'ANC', 'absolute neutrophil count'],
  ]);
  itUnderlines([
    ['ANC coverage rose in the hill districts after the midwife posts were filled.', 'anc'],
  ]);
  itSkipsOnHealthPages([
    ['The ANC won the vote in the province last year.', 'anc'],
    ['An ANC-led council runs the city clinics.', 'anc'],
    ['The findings will be published OA so anyone can read them.', 'oa'],
  ]);
});

describe('review 20: other senses of the new letters', () => {
  itSkips([
    ['In the trial, ORR was 40% and DCR was 75% in metastatic lung cancer.', 'dcr'],
    ['Kawasaki disease (KD) can cause coronary artery aneurysms in young children.', 'kd'],
    ['Renal biopsy EM showed subepithelial immune deposits.', 'em-erythema-migrans'],
    ['TWI guidance on welding leads and cables was updated this year.', 'twi'],
    ['Under GA law, employers must post the notice in the break room.', 'ga'],
    ['Our Portland, ME office handles all claims for the region.', 'me-myalgic-encephalomyelitis'],
    ['The dog had an MCT grade 2 removed with clean margins and chemotherapy.', 'mct'],
    ['Moving to Workday HCM cut payroll errors across the company.', 'hcm'],
    ['Send the weekly PM report to the client every Friday.', 'pm-post-mortem'],
    ['Fibrous cortical defect (FCD) is a common incidental finding on knee MRI.', 'fcd'],
    ['Diastolic heart failure (DHF) is common in older women with hypertension.', 'dhf'],
    ['PHM fellowship training covers newborn nursery care.', 'phm'],
  ]);
  itSkipsOnHealthPages([
    ['The panel set a TWI of 4.4 ng per kg of body weight for these chemicals, as for lead.', 'twi'],
    ['Renal biopsy EM showed subepithelial immune deposits.', 'em-erythema-migrans'],
    ['Kawasaki disease (KD) can cause coronary artery aneurysms in young children.', 'kd'],
  ]);
});

// ANC holds two health meanings since pack 2.62, so a cue-less ANC is underlined on a health page;
// the governing party's usual phrasings stay plain there.
describe('the ANC as a party, on a health page', () => {
  itSkipsOnHealthPages([
    ['The ruling ANC said the health plan would be phased in over ten years.', 'anc'],
    ['The ANC pledged more money for clinics in rural areas.', 'anc'],
  ]);
  itUnderlinesOnHealthPages([
    ['ANC 0.6 today, so chemotherapy is postponed for one week.', 'anc'],
  ]);
});
