/**
 * Letters of gynaecology and endometriosis clinics, pain clinics, smoking and alcohol services,
 * prison health, ambulance and emergency notes, intensive care and Indian doctors' degrees
 * (TVUSS, LNG-IUS, HMB, DIE, LBP, RFA, VBA, ENDS, IP medication, AUDIT, CIWA-Ar, IDU, ARBD, IO,
 * STE, MICU, OBG), the cue words added to UPT, TENS, LMP, PA, RTC, PID, PE, ARF, LOC, ED and MS
 * (with MS also read as the Indian surgical degree, Master of Surgery),
 * and fences for the other senses of CT, LH, GBS, ICP, PE, MD, PA, CD and RA (surfing, wetsuits,
 * electronics, music, dog shows, art galleries). Each new set of letters is tried against its
 * other meanings (a supplement, a currency, a programming language, a sale notice, computer
 * input and output, German and film titles, business audits), also beside a health term.
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

describe('gynaecology and endometriosis clinics', () => {
  itUnderlines([
    ['An internal TVUSS showed a small cyst on the right ovary.', 'tvuss'],
    ['She chose an LNG-IUS after a long talk about her options.', 'lng-ius'],
    ['A levonorgestrel intrauterine system was fitted at the clinic.', 'lng-ius'],
    ['HMB for two years; she changes pads every hour on the worst days and takes tranexamic acid.', 'hmb'],
    ['Her HMB improved after the Mirena was fitted.', 'hmb'],
    ['Laparoscopy confirmed DIE with uterosacral nodules.', 'die'],
    ['Scan suggests DIE; referred to the endometriosis centre.', 'die'],
    ['UPT negative before the coil fitting.', 'upt'],
    ['LMP two weeks ago, no intermenstrual bleeding reported.', 'lmp'],
  ]);
  itSkips([
    ['HMB supplements are sold to gym-goers who want to hold on to muscle.', 'hmb'],
    ['Take 3 g of HMB powder a day with creatine, the label says.', 'hmb'],
    ['DIE HARD is on TV again this Christmas.', 'die'],
    ['Die Antwoord played a loud set at the festival.', 'die'],
    ['You will die laughing at this film.', 'die'],
    ['The TENS column in the sum shows a carried one.', 'tens'],
    ['Tens of thousands of people joined the march.', 'tens'],
  ]);
  itSkipsOnHealthPages([
    ['HMB supplementation may help older adults with sarcopenia keep muscle.', 'hmb'],
    ['Calcium HMB and vitamin D were given in the osteoporosis trial.', 'hmb'],
    ['Readers of DIE ZEIT learned about the new vaccine for shingles.', 'die'],
  ]);
});

describe('pain clinics', () => {
  itUnderlines([
    ['Chronic LBP for three years with sciatica down the left leg.', 'lbp'],
    ['LBP without red flags; advised to keep active and referred to physio.', 'lbp'],
    ['He found the TENS machine helped during the worst weeks.', 'tens'],
    ['RFA of the medial branch nerves eased her neck pain for a year.', 'rfa'],
    ['Genicular nerve RFA was offered for his knee pain.', 'rfa'],
    ['A PA runs the Tuesday session of the pain management clinic.', 'pa'],
    ['Old PID on the records; seen in the pain clinic for pelvic pain.', 'pid'],
  ]);
  itSkips([
    ['Fuel now costs 90,000 LBP a litre, up from last month.', 'lbp'],
    ['The exchange rate for USD to LBP moved again today.', 'lbp'],
    ['The RFA ship docked in Portsmouth for repairs.', 'rfa'],
    ['The NIH RFA closes in March, so draft your aims now.', 'rfa'],
    ['Our PA books the meetings for the consultants.', 'pa'],
    ['She was seen by a PA from the agency for the typing job.', 'pa'],
  ]);
  itSkipsOnHealthPages([
    ['Salaries of nurses in Beirut are paid in million LBP, far below the cost of insulin.', 'lbp'],
    ['The NIH RFA funds research on sepsis in older adults.', 'rfa'],
  ]);
});

describe('smoking and alcohol services', () => {
  itUnderlines([
    ['VBA on smoking given; he is not ready to quit yet.', 'vba'],
    ['Has used an ENDS daily since she quit smoking last year.', 'ends'],
    ['ENDS use among teenagers rose, and most devices held nicotine.', 'ends'],
    ['AUDIT score 12 suggests hazardous drinking.', 'audit'],
    ['CIWA-Ar of 12, so chlordiazepoxide was given.', 'ciwa'],
    ['ARBD was thought likely after years of heavy drinking.', 'arbd'],
    ['IDU since her teens; hepatitis C treated last year.', 'idu'],
  ]);
  itSkips([
    ['Write a VBA macro to sort the rows in Excel.', 'vba'],
    ['The VBA code runs when the workbook opens.', 'vba'],
    ['Offer ENDS Sunday, so grab a vape kit while stocks last.', 'ends'],
    ['SALE ENDS TODAY on all e-liquids.', 'ends'],
    ['The story ENDS with a wedding.', 'ends'],
    ['The internal AUDIT report found no errors in the accounts.', 'audit'],
    ['We will audit the drinks stock on Friday.', 'audit'],
  ]);
  itSkipsOnHealthPages([
    ['This VBA macro counts the smokers in the asthma clinic list.', 'vba'],
    ['The NHS AUDIT of sepsis care found gaps in antibiotic timing.', 'audit'],
    ['Clinical AUDIT of alcohol detox on the ward showed good thiamine use.', 'audit'],
  ]);
});

describe('prison health', () => {
  itUnderlines([
    ['He keeps his inhalers as IP medication in his cell.', 'in-possession-medication'],
    ['IP meds were stopped after a search found stockpiled tablets.', 'in-possession-medication'],
  ]);
  itSkips([
    ['The IP address of the server changed overnight.', 'in-possession-medication'],
    ['Protect your IP before you launch the medication app.', 'in-possession-medication'],
  ]);
});

describe('ambulance, emergency and intensive care notes', () => {
  itUnderlines([
    ['IO needle placed in the humeral head during the cardiac arrest.', 'io'],
    ['STE in V1 to V4 on the ECG; cath lab alerted.', 'ste'],
    ['Transferred to the MICU for close monitoring overnight.', 'micu'],
    ['RTC, car vs lamp post, driver self-extricated and walking.', 'rtc'],
    ['Found on the floor, LOC reported by the first responder.', 'loc'],
  ]);
  itSkips([
    ['Disk IO was slow, so the database lagged.', 'io'],
    ['Google IO opens with a keynote on new phones.', 'io'],
    ['The RTC driver keeps the time when the board is off.', 'rtc'],
    ['Mass at STE Anne church begins at nine.', 'ste'],
  ]);
  itSkipsOnHealthPages([
    ['The sepsis alert app waits on disk IO when the ward server is busy.', 'io'],
    ['IO throughput fell during the MRI image upload.', 'io'],
  ]);
});

describe('doctors and referrals', () => {
  itUnderlines([
    ['Our spine surgeon holds an MBBS and an MS in orthopaedics.', 'ms'],
    ['She trained in OBG and now runs the high-risk pregnancy clinic.', 'obg'],
    ['Referred by GP regarding ED; seen in clinic today.', 'ed'],
  ]);
  itListsMeanings([
    ['Old ARF noted; discharge summary requested from the other hospital.', 'ARF'],
    ['Small PE noted; for review by the respiratory team.', 'PE'],
    ['History of MS, now with breathlessness and fatigue on exertion.', 'MS'],
  ]);
  itChoosesSense([
    ['RTC, single car at 30 mph, self-extricated, no LOC.', 'RTC', 'road traffic collision (UK)'],
    ['Dr Anil Rao, MBBS, MS (ENT), sees children with glue ear.', 'MS', "Master of Surgery (surgeon's degree)"],
    ['Mitral valve area 1.2 cm2, so severe MS; the surgeon will review.', 'MS', 'mitral stenosis (heart valve)'],
  ]);
});

describe('other senses of clinic letters on a health page', () => {
  itLeavesWordPlain([
    ['Pipeline decides who keeps a place on the CT next year; her knee surgery went well.', 'CT'],
    ['A long LH point break, though the surfer had a concussion last winter.', 'LH'],
    ['GBS seams keep the wetsuit warm; swimmers with asthma still need care in cold water.', 'GBS'],
    ['Flash the ICP header before you test the insulin pump board.', 'ICP'],
    ['Check the PE pin on the plug before you use the nebuliser.', 'PE'],
    ["The band's MD counted in the tune at the hospice fundraiser.", 'MD'],
    ["The club's PA failed during the charity gig for the dementia ward.", 'PA'],
    ['Her collie won a CD title, then had surgery for a torn ligament.', 'CD'],
    ['The RA Summer Exhibition has a room of art by people with dementia.', 'RA'],
  ]);
});
