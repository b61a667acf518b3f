/**
 * Letters of epilepsy clinics (LEV, LTG, VNS, PNES), diabetes care (BG, ICR, TIR, CGM, BM as a
 * finger-prick sugar test), breast imaging (UOQ), HIV care (CD4), ward bowel charts (BNO), New
 * Zealand child health (B4SC) and dental notes (GDP and the Palmer tooth codes such as LR6 or UL4).
 * Each is tried against the other senses its letters have in ordinary text: cars and low-emission
 * rules, army ranks and therapy goals, airports, company names, lab mice, trucks, visas, economics,
 * batteries and robot arms. Also the cue words that let letters with several medical meanings
 * (MS, ARF, PID, HD, CA, OD, LOC, CP) list them in a note read on its own, and the fences that keep
 * ordinary uses of MS, PT, ED, RA, MD, OT, PET, TB, GP and SLE plain on a page about health.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itListsMeanings,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe('epilepsy clinic letters', () => {
  itUnderlines([
    ['The seizure diary shows fewer events since LEV was increased.', 'lev'],
    ['EEG normal; continue LEV 750 mg twice daily.', 'lev'],
    ['Seizures settled after valproate was swapped for LTG.', 'ltg'],
    ['LTG for bipolar depression was built up slowly.', 'ltg'],
    ['The VNS magnet can be swiped to cut a seizure short.', 'vns'],
    ['Her epilepsy improved after VNS surgery.', 'vns'],
    ['Video EEG confirmed PNES rather than epilepsy.', 'psychogenic-nonepileptic-seizure'],
  ]);
  itSkips([
    ['The new LEV rules ban older diesel vans from the city centre.', 'lev'],
    ['Check the LEV hood before you start sanding.', 'lev'],
    ['LTG James Dickinson took command of the corps.', 'ltg'],
    ['Flights to VNS leave Delhi twice a day.', 'vns'],
  ]);
  itSkipsOnHealthPages([
    ['Annual LEV testing is required for workplace dust control.', 'lev'],
    ['Speech therapist: STG and LTG reviewed; LTG not met yet.', 'ltg'],
    ['LTG: patient to walk 10 m with a frame; physiotherapist to review.', 'ltg'],
    ['VNS Health nurses visit patients at home in New York.', 'vns'],
  ]);
});

describe('diabetes letters', () => {
  itUnderlines([
    ['BG 3.2 mmol/L, so she was given glucose gel.', 'bg'],
    ['Check BG before each insulin dose.', 'bg'],
    ['Her ICR at lunch is 1 unit for every 12 g of carbs.', 'icr'],
    ['The pump uses the ICR to work out each bolus.', 'icr'],
    ['TIR rose to 74% after the CGM was started.', 'tir'],
    ['Wear the CGM on the back of your arm.', 'cgm'],
    ['Your CGM sensor needs changing every ten days.', 'cgm'],
  ]);
  itChoosesSense([
    ['BM 5.6 before lunch; insulin given as charted.', 'BM', 'finger-prick blood sugar test (UK notes)'],
    ['BMs below 4 twice this week, so the gliclazide dose is under review.', 'BMs', 'finger-prick blood sugar test (UK notes)'],
    ['BM this morning after senna; stool soft.', 'BM', 'bowel movement'],
    ['BM biopsy showed a packed marrow.', 'BM', 'bone marrow'],
  ]);
  itSkips([
    ['The BG Group merger was completed in 2016.', 'bg'],
    ['Remove the BG from the photo in one click.', 'bg'],
    ['ICR mice were fed a high-fat diet and insulin levels measured.', 'icr'],
    ['Use ICR software to read handwritten forms.', 'icr'],
    ['Trucks crossing under a TIR carnet avoid customs checks.', 'tir'],
    ['TIR microscopy showed glucose transporter movement in live cells.', 'tir'],
    ['CMA CGM ships dock at Southampton.', 'cgm'],
  ]);
  itSkipsOnHealthPages([
    ['The BG Group sponsored the hospital fun run.', 'bg'],
    ['The ICR mouse is a common outbred strain in insulin research.', 'icr'],
  ]);
});

describe('breast imaging, HIV care, bowel charts and child checks', () => {
  itUnderlines([
    ['A 9 mm cyst in the left UOQ was seen on ultrasound.', 'uoq'],
    ['CD4 was 310 at diagnosis and has since doubled.', 'cd4'],
    ['HIV infects CD4 cells and slowly destroys them.', 'cd4'],
    ['Her CD4 count is now above 500.', 'cd4-count'],
    ['BNO 3 days, senna given at night.', 'bno'],
    ['BNO since admission; abdomen soft.', 'bno'],
    ['Book the B4SC once your child turns four.', 'b4sc'],
  ]);
  itSkips([
    ['Her CD4 count is now above 500.', 'cd4'],
    ['Hong Kong families on the BNO visa can apply to settle after five years.', 'bno'],
  ]);
  itSkipsOnHealthPages([['BNO holders can register with a GP after arriving.', 'bno']]);
});

describe('dental letters', () => {
  itUnderlines([
    ["The dentist's letter asks your GDP to review the tooth.", 'gdp'],
    ['Root canal started in hospital; finish it with your GDP.', 'gdp'],
    ['The LR6 needs a root canal.', 'palmer-notation'],
    ['UL8 was taken out under local anaesthetic; the wisdom tooth was impacted.', 'palmer-notation'],
    ['Buccal swelling next to UR6, so the dentist drained the abscess.', 'palmer-notation'],
  ]);
  itSkips([
    ['GDP grew by 0.4% in the third quarter.', 'gdp'],
    ['Dental spending rose faster than GDP last year.', 'gdp'],
    ['The remote takes two LR6 batteries.', 'palmer-notation'],
    ['A UR5 robot arm picks the parts off the belt.', 'palmer-notation'],
  ]);
  itSkipsOnHealthPages([
    ['NHS dental spending as a share of GDP has fallen.', 'gdp'],
    ['Hearing aid shops also sell LR6 cells.', 'palmer-notation'],
    ['The LL1 parser reads one token ahead.', 'palmer-notation'],
  ]);
});

describe('letters with several meanings, read in a note on their own', () => {
  itUnderlines([
    ['Woman with known MS presents with new leg weakness.', 'ms'],
    ['ARF last year; blood tests due next week.', 'arf'],
    ["Living donor assessment paused as the donor's mother has HD.", 'hd'],
    ['Mother died of CA when he was ten.', 'ca'],
    ['Ibuprofen OD for three days, then stop.', 'od'],
    ['Paramedics noted brief LOC at the scene.', 'loc'],
  ]);
  itListsMeanings([
    ['Woman with known MS presents with new leg weakness.', 'MS'],
    ["Living donor assessment paused as the donor's mother has HD.", 'HD'],
    ['Paramedics noted brief LOC at the scene.', 'LOC'],
  ]);
  itSkips([
    ['Developers with known MS Office bugs should update.', 'ms'],
    ['Living donor stories told in HD video.', 'hd'],
    ['Use 22 mm OD copper pipe for the run.', 'od'],
    ['Paramedics treated two soldiers wounded along the LOC.', 'loc'],
    ['Find the PID and send it a signal.', 'pid'],
    // Review 2: "bloods" and "care plan" are no cues: a patient ID (PID) is checked before bloods, and
    // a child protection (CP) plan sits beside a care plan.
    ['Check PID before taking bloods.', 'pid'],
    ['Child on a CP plan; care plan reviewed at conference.', 'cp'],
  ]);
});

describe('ordinary letters on a page about health', () => {
  itSkipsOnHealthPages([
    ["Shares of MS fell after the bank's results.", 'ms'],
    ["The Chrysler PT Cruiser's boot is small.", 'pt'],
    ['ED down 2% after the utility cut its forecast.', 'ed'],
    ['Our RA, Priya, ran the survey.', 'ra'],
    ['She is MD of the family firm.', 'md'],
    ['Readings from the OT and NT alternate each week.', 'ot'],
    ['PET fragments were found in beach sand.', 'pet'],
    ['We shot 3 TB of footage on the trip.', 'tb'],
    ['He crashed at the British GP last year.', 'gp'],
    ['The Yukon SLE comes with cloth seats.', 'lupus'],
  ]);
  itLeavesWordPlain([
    ['The Sierra SLE trim adds heated mirrors.', 'SLE'],
    ['Lap times at the Silverstone GP circuit fell again.', 'GP'],
  ]);
  itUnderlines([
    ['SLE with kidney involvement was treated with mycophenolate.', 'lupus'],
    ['See your GP if the cough lasts three weeks.', 'gp'],
  ]);
});

describe('review 2: other senses of the new letters beside a technical term or a loose cue', () => {
  itUnderlines([
    ['TIR rose to 74% after the CGM was started.', 'tir'],
    ['Lump at 2 o\'clock in the right UOQ.', 'uoq'],
    ['The injection is given into the UOQ of the buttock.', 'uoq'],
    ['BNO 3 days; Bristol type 1 stool yesterday.', 'bno'],
    ['Crown fitted on UR1; the tooth was root-filled last year.', 'palmer-notation'],
    ['The GDP has been informed; tooth extracted under LA.', 'gdp'],
  ]);
  itSkips([
    ['Antimicrobial resistance could cut GDP by 3.8% by 2050.', 'gdp'],
    ['Spending on hemodialysis is rising faster than the GDP.', 'gdp'],
    ["Cardiovascular disease costs Europe 282 billion euros a year, about 2% of the EU's GDP.", 'gdp'],
    ['Patient with aphasia; LTG to use 3-word phrases.', 'ltg'],
    ['STG/LTG reviewed after the aphasia screen.', 'ltg'],
    ['Use LEV to control silica dust that causes silicosis.', 'lev'],
    ['LEV systems must be tested to prevent occupational asthma and silicosis.', 'lev'],
    ['VNS Health provides hospice care for people with epilepsy.', 'vns'],
    ['Mortality from ischaemic heart disease was highest in BG and RO.', 'bg'],
    ['Scientists at the ICR found a way to block metastasis.', 'icr'],
    ['ICR scientists found a new target for metastasis.', 'icr'],
    ['The TIR sensor on the satellite measures land surface temperature.', 'tir'],
    ['Unit of quantity (UOQ) must be reported on the customs declaration.', 'uoq'],
    ['BNO arrivals in Bristol were helped by local charities.', 'bno'],
    ['A UR5 robot arm held the ultrasound probe during laparoscopic surgery.', 'palmer-notation'],
    ['The Land Rover LR3 restoration took two years.', 'palmer-notation'],
    ['My LR4 needed a new crown wheel and pinion.', 'palmer-notation'],
    ['CD4 quadraphonic records need a special cartridge.', 'cd4'],
  ]);
  itLeavesWordPlain([
    ['Dr Jane Smith BM BS is a consultant in diabetes.', 'BM'],
    ['Dr Amy Jones, BM BCh, leads the insulin pump clinic.', 'BM'],
  ]);
});
