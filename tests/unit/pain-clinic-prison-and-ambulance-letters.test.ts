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
    ['DIE was seen on MRI pelvis at the uterosacral ligaments.', 'die'],
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
    ['HMB improved muscle strength in older adults with sarcopenia.', 'hmb'],
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
    // Review 5: the ENDS entry was dropped; the verb in capitals beside a health term, and the
    // "ENDS" that closes a press release, must never open a card.
    ['Free delivery ENDS at midnight on all nicotine replacement products.', 'ends'],
    ['The trial of varenicline ENDS in 2027.', 'ends'],
    ['Vaping is safer than smoking, the respiratory consultant said.\nENDS\nNotes to editors: the trust runs a stop smoking service.', 'ends'],
    ['HR AUDIT of the ward: nurses drinking coffee on shift.', 'audit'],
    ['Our AUDIT showed most patients with COPD had spirometry.', 'audit'],
    ['The internal AUDIT report found no errors in the accounts.', 'audit'],
    ['We will audit the drinks stock on Friday.', 'audit'],
  ]);
  itSkipsOnHealthPages([
    ['This VBA macro counts the smokers in the asthma clinic list.', 'vba'],
    ['The NHS AUDIT of sepsis care found gaps in antibiotic timing.', 'audit'],
    ['The VBA decides disability claims for veterans with PTSD and tinnitus.', 'vba'],
    ['Veterans can file a VBA claim for tinnitus or hearing loss.', 'vba'],
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
    ['An RTC bus was in a collision with a lorry near Hyderabad.', 'rtc'],
    ['First responders reached the village near the LOC after the shelling.', 'loc'],
    ['The MICU paramedics arrived within eight minutes of the cardiac arrest call.', 'micu'],
    ['According to OBG, healthcare spending in Kenya rose in 2024.', 'obg'],
  ]);
  itSkipsOnHealthPages([
    ['The sepsis alert app waits on disk IO when the ward server is busy.', 'io'],
    ['IO throughput fell during the MRI image upload.', 'io'],
    ['Heart Clinic, 1200 Main St STE 300, Houston; call for an ECG appointment.', 'ste'],
    ['Visit us at 450 Oak Ave, STE 210 for your echocardiogram.', 'ste'],
  ]);
  itChoosesSense([
    ['IO access in the proximal tibia after two failed IV attempts.', 'IO', 'intraosseous (needle into a bone)'],
    ['Patients who progressed on IO therapy received docetaxel and then nivolumab.', 'IO', 'immuno-oncology (cancer immunotherapy)'],
    ['Prior IO exposure did not change response to pembrolizumab.', 'IO', 'immuno-oncology (cancer immunotherapy)'],
  ]);
});

describe('doctors and referrals', () => {
  itUnderlines([
    ['She trained in OBG and now runs the high-risk pregnancy clinic.', 'obg'],
    ['Referred by GP regarding ED; seen in clinic today.', 'ed'],
    ['He is a consultant in OBG at a city hospital in Pune.', 'obg'],
  ]);
  itSkips([
    // Review 5: MS as a surgeon's degree is fenced, not a sense: the card is for the illnesses.
    ['Our spine surgeon holds an MBBS and an MS in orthopaedics.', 'ms'],
    ['DNB and MS both rate the stock a buy.', 'ms'],
  ]);
  itListsMeanings([
    ['Old ARF noted; discharge summary requested from the other hospital.', 'ARF'],
    ['Small PE noted; for review by the respiratory team.', 'PE'],
    ['Low MCH and MCV point to iron deficiency; she also has MS.', 'MS'],
  ]);
  itChoosesSense([
    ['RTC, single car at 30 mph, self-extricated, no LOC.', 'RTC', 'road traffic collision (UK)'],
    ['Mitral valve area 1.2 cm2, so severe MS; the surgeon will review.', 'MS', 'mitral stenosis (heart valve)'],
    // Review 5: breathlessness is no longer a mitral stenosis cue (multiple sclerosis can weaken the breathing muscles).
    ['MS can cause breathlessness when the chest muscles are weak, and fatigue is common.', 'MS', 'multiple sclerosis'],
    ['Severe MS causes breathlessness and a heart murmur.', 'MS', 'mitral stenosis (heart valve)'],
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
    ['Dr Anil Rao, MBBS, MS (ENT), sees children with glue ear.', 'MS'],
    ['Dr Sharma, MBBS, MS (Ortho), treats hip fractures.', 'MS'],
    ['Mr Patel MS FRCS, consultant colorectal surgeon, performs laparoscopic surgery.', 'MS'],
    ['Neurons DIE when the blood supply stops during a stroke.', 'DIE'],
    ['Cancer cells DIE by apoptosis after chemotherapy.', 'DIE'],
    ['Live fast, DIE young: the punk singer who beat leukaemia.', 'DIE'],
  ]);
});
