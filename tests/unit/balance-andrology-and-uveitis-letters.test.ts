/**
 * Letters and names from balance and hearing clinics, iron and thalassaemia clinics, children's spine
 * clinics, acute oncology, andrology and US workers' compensation letters (round 56, writer 24), each
 * tried against the other senses the same letters have on ordinary pages (a Belgian broadcaster, a
 * keyboard input method, a university, a currency code, a life insurer, a vinyl record, a fund).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('balance and hearing clinics', () => {
  itUnderlines([
    ['The vHIT showed a low gain on the right with catch-up saccades.', 'vhit'],
    ['A video head impulse test was booked for next week.', 'vhit'],
    ['She was told she has PPPD after months of feeling dizzy in supermarkets.', 'persistent-postural-perceptual-dizziness'],
    ['Persistent postural-perceptual dizziness often follows a bout of vertigo.', 'persistent-postural-perceptual-dizziness'],
    ['He was referred for VRT to help with his dizziness after vestibular neuritis.', 'vestibular-rehabilitation-therapy'],
    ['Vestibular rehabilitation therapy uses head and eye exercises.', 'vestibular-rehabilitation-therapy'],
    ['Urgent steroids were given for SSNHL in the left ear.', 'sudden-sensorineural-hearing-loss'],
    ['Sudden sensorineural hearing loss is treated as urgent.', 'sudden-sensorineural-hearing-loss'],
    ['PTA showed a mild hearing loss in the left ear.', 'pta'],
  ]);
  itSkips([
    ['VRT broadcast the match live from Brussels on Saturday night.', 'vestibular-rehabilitation-therapy'],
    ['The cruise line adds a gratuity of $16 PPPD to every booking.', 'persistent-postural-perceptual-dizziness'],
    ['The PTA bake sale raised enough money for new library books.', 'pta'],
  ]);
});

describe('iron and thalassaemia clinics', () => {
  itUnderlines([
    ['HFE genotyping showed two copies of C282Y.', 'hfe-gene'],
    ['The HFE gene test came back negative for her brother.', 'hfe-gene'],
    ['Her HbA2 was 5.1%, pointing to beta thalassaemia trait.', 'hba2'],
    ['LIC on FerriScan has fallen since the chelation dose went up.', 'lic-liver-iron'],
    ['His liver iron concentration was high after years of transfusions.', 'lic-liver-iron'],
    ['DFX was started at 20 mg/kg for transfusion iron overload.', 'dfx-deferasirox'],
  ]);
  itSkips([
    ['She bought an LIC policy to cover her family if anything happened.', 'lic-liver-iron'],
    ['Funding for HFE courses rose at several colleges this year.', 'hfe-gene'],
    ['The DFX audio plugin makes cheap speakers sound louder.', 'dfx-deferasirox'],
  ]);
});

describe("children's spine clinic and acute oncology", () => {
  itUnderlines([
    ['AIS with a Cobb angle of 28 degrees, Risser 1.', 'ais-spinal'],
    ['Spinal cord injury, AIS C at the T10 level.', 'ais-spinal'],
    ['The TLSO is worn under a T-shirt for most of the day.', 'tlso'],
    ['MCGR lengthening is done in clinic every three months.', 'magnetically-controlled-growing-rod'],
    ['Suspected MSCC needs a whole-spine MRI the same day.', 'metastatic-spinal-cord-compression'],
    ['Metastatic spinal cord compression can cause leg weakness.', 'metastatic-spinal-cord-compression'],
  ]);
  itSkips([
    ['The ship switched off its AIS transponder near the coast.', 'ais-spinal'],
  ]);
});

describe('andrology', () => {
  itUnderlines([
    ['Sperm DFI was 32%, so lifestyle changes were suggested before ICSI.', 'dfi-sperm'],
    ['Semen analysis shows OAT, with low count, motility and morphology.', 'oat-sperm'],
  ]);
  itSkips([
    ['The DFI agreed to lend $40 million to the solar farm.', 'dfi-sperm'],
    ['The OAT consortium released a new open-source toolkit.', 'oat-sperm'],
  ]);
});

describe("US workers' compensation letters", () => {
  itUnderlines([
    ['The treating physician says the claimant has reached MMI.', 'mmi-maximum-medical-improvement'],
    ['A 7% WPI rating was given under the AMA Guides.', 'wpi-whole-person-impairment'],
    ['TTD benefits are paid while the injured worker is off work.', 'ttd-temporary-total-disability'],
    ['The insurer asked for an IME with an orthopedic surgeon.', 'ime-independent-medical-exam'],
    ['An independent medical examination was held last month.', 'ime-independent-medical-exam'],
    ['FCE showed he was able to lift 30 lbs from floor to waist.', 'functional-capacity-evaluation'],
    ['The insurer paid the 10% PPD rating as a lump sum.', 'ppd'],
    ['RTW with restrictions: no overhead work for a month.', 'rtw'],
  ]);
  itSkips([
    ['Students at WPI in Worcester built a robot for the contest.', 'wpi-whole-person-impairment'],
    ['The price was 250 TTD at the market in Port of Spain.', 'ttd-temporary-total-disability'],
    ['Switch the keyboard IME to type Japanese characters.', 'ime-independent-medical-exam'],
    ['The car has a new MMI screen with voice control.', 'mmi-maximum-medical-improvement'],
    ['Her FCE results were good enough for the Cambridge course.', 'functional-capacity-evaluation'],
  ]);
});

describe('letters with several meanings', () => {
  itUnderlinesOnHealthPages([
    ['Problem list: AS, seen by cardiology last year.', 'as'],
    ['Problem list includes CP and epilepsy.', 'cp'],
    ['The discharge summary lists ICP, with no further notes.', 'icp'],
    ['Problem list: PID, treated in 2020.', 'pid'],
    ['Referral letter notes an LP last spring.', 'lp'],
    ['Oral LP with lacy white streaks on the buccal mucosa.', 'lp'],
  ]);
  itSkipsOnHealthPages([
    ['The band released a new LP on 180-gram vinyl this week.', 'lp'],
    ['The fund is set up as a Delaware LP with pension investors.', 'lp'],
    ["Open the task manager and note the program's PID before ending it.", 'pid'],
    ['She moved from CT to Boston for a new job.', 'ct'],
  ]);
  itSkipsOnHealthPages([
    ['She had a PPPD for a tumour in the head of the pancreas, and the pancreatic leak settled.', 'persistent-postural-perceptual-dizziness'],
    ['The dermatology group was bought by a private equity fund, Summit Growth LP.', 'lp'],
    ['HM Treasury guidance covers tax for each LP in the scheme.', 'lp'],
  ]);
});
