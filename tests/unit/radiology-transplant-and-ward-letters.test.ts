/**
 * Letters of neurology and headache clinics, imaging reports, orthopaedic and spinal clinics,
 * infectious diseases, transplant clinics, vascular and ENT surgery, intensive-care updates,
 * menopause and bone clinics, infusion-pump notices and student health centres that a blind
 * labelled set found plain: GTCS, MOH, CGRP, STIR, PET-CT, AP, ACDF, CES, OPAT, Tac, MMF, DSA, DGF,
 * PTLD, HT, FESS, T&A, MAP, CRRT, SBT, RASS, GSM, ONJ, VTBI, FDA and ECP, and the cue words added
 * to FWB, ABPI and AS. LFT now lists liver, lung and lateral flow tests where nothing decides, ED
 * no longer picks the emergency department from "visit" alone, and ESR and PPI are fenced from
 * electron spin resonance, capacitors and producer prices. ECP lists the morning-after pill,
 * photopheresis and the emergency care practitioner on health pages. Review 1 took out cue words
 * common in another sense ("HIV clinic" for Pneumocystis beside a primary care provider, "Plan B",
 * "graft", "marrow", "awake", "AP diameter") and fenced CES the electronics show, DSA the
 * angiogram, HT power lines and the FDA union.
 * Each is tried against the other senses its letters have in ordinary text (teaching councils,
 * ministries, tech shows, news agencies, exams, dating, finance, politics, TV channels, phone
 * networks, paper weights, roses, football scores, singers and unions).
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

describe('neurology and headache clinics', () => {
  itUnderlines([
    ['Two GTCS in the last month despite lamotrigine, so an EEG was booked.', 'gtcs'],
    ['MOH from daily triptans for her migraine; a planned withdrawal was agreed.', 'moh'],
    ['Headaches that fit medication overuse headache often settle once painkillers are cut back.', 'moh'],
    ['Rimegepant blocks CGRP and can stop a migraine attack.', 'cgrp'],
    ['Drugs that target calcitonin gene-related peptide cut migraine days for many people.', 'cgrp'],
  ]);
  itUnderlinesOnHealthPages([['Nocturnal GTCS twice this year, both witnessed by her partner.', 'gtcs']]);
  itSkips([
    ['The GTCS registration fee rose this year for every teacher in Scotland.', 'gtcs'],
    ['The MOH announced new rules for private clinics in Singapore.', 'moh'],
    ['He was awarded the MOH for gallantry in Korea.', 'moh'],
  ]);
  itSkipsOnHealthPages([
    ['The local MOH said the boil-water advisory has been lifted.', 'moh'],
    ['The MOH has approved two more vaccination centres in the capital.', 'moh'],
  ]);
});

describe('imaging reports', () => {
  itUnderlines([
    ['Bright signal on STIR images in the tibia fits a stress injury.', 'stir'],
    ['Marrow oedema on STIR and T2 in the lateral femoral condyle.', 'stir'],
    ['PET-CT after two cycles showed no remaining uptake.', 'pet-ct'],
    ['AP and lateral radiographs of the wrist showed a buckle fracture.', 'ap-view'],
    ['The AP view of the pelvis showed no fracture.', 'ap-view'],
  ]);
  itSkips([
    ['STIR IN THE FLOUR AND COOK FOR TWO MINUTES.', 'stir'],
    ['Gently stir in the flour and cook for two minutes.', 'stir'],
    ['AP reported that the senator had resigned.', 'ap-view'],
    ['Transcription factor AP-2 controls genes for the face; a lateral view X-ray of the skull was normal.', 'ap-view'],
    ['The AP-1 protein switches on genes involved in inflammation seen on the radiograph.', 'ap-view'],
    ['Roast the bones, then STIR the marrow into the sauce.', 'stir'],
    ['She is taking AP Biology and AP Calculus this year.', 'ap-view'],
  ]);
  itSkipsOnHealthPages([
    ['According to AP, the hospital strike ended on Friday.', 'ap-view'],
    ['Barrel chest with an increased AP diameter on examination.', 'ap-view'],
    ['STIR WELL BEFORE USE.', 'stir'],
  ]);
});

describe('orthopaedic and spinal clinics', () => {
  itUnderlines([
    ['Mobilising FWB on the ward two days after her knee replacement.', 'fwb'],
    ['Cervical myelopathy from C6/7 stenosis; ACDF planned.', 'acdf'],
    ['He had an anterior cervical discectomy and fusion for arm pain.', 'acdf'],
    ['Urinary retention and saddle anaesthesia: urgent scan to rule out CES.', 'ces'],
    ['New sciatica in both legs and bowel change, so CES must be excluded.', 'ces'],
  ]);
  itSkips([
    ['Looking for FWB, nothing serious, no drama.', 'fwb'],
    ['The new headphones launched at CES in Las Vegas this week.', 'ces'],
  ]);
  itSkipsOnHealthPages([
    ['A smart glucose meter was shown at CES this year.', 'ces'],
    ['Sony showed a new TV at CES.', 'ces'],
    ['A bladder sensor that tracks urine flow was shown at CES this year.', 'ces'],
    ['A posture wearable for back pain was launched at CES 2025.', 'ces'],
  ]);
});

describe('infectious diseases and transplant clinics', () => {
  itUnderlines([
    ['Home IV antibiotics through the OPAT team for six weeks.', 'opat'],
    ['Outpatient parenteral antimicrobial therapy lets many people finish treatment at home.', 'opat'],
    ['Tac trough of 6 after the transplant, so the dose stays the same.', 'tac'],
    ['MMF stopped because of low white cells after the kidney transplant.', 'mmf'],
    ['MMF with tacrolimus and prednisolone for lupus nephritis.', 'mmf'],
    ['New DSA after the kidney transplant, with HLA class II antibodies.', 'dsa'],
    ['Kidney transplant complicated by DGF, needing dialysis for a week.', 'dgf'],
    ['Delayed graft function is more common with kidneys from deceased donors.', 'dgf'],
    ['PTLD was found on the biopsy eight months after the heart transplant.', 'ptld'],
    ['Post-transplant lymphoproliferative disorder is often linked to Epstein-Barr virus.', 'ptld'],
  ]);
  itChoosesSense([['PCP discussed in the HIV clinic; prophylaxis started with co-trimoxazole.', 'PCP', 'Pneumocystis pneumonia']]);
  itChoosesSense([['Ask your PCP about a referral to the HIV clinic near you.', 'PCP', 'primary care provider']]);
  itListsMeanings([['HIV clinic note: PCP discussed today.', 'PCP']]);
  itSkips([
    ['Tic Tac mints come in a small plastic box.', 'tac'],
    ['Money market funds (MMF) yield about 5% this year.', 'mmf'],
    ['DSA members voted to endorse the candidate for mayor.', 'dsa'],
    ['The DGF officials were accused of graft.', 'dgf'],
    ['The DSA will pay for a laptop and a note-taker at university.', 'dsa'],
  ]);
  itSkipsOnHealthPages([
    ['Apply for DSA before your course starts to get study support in place.', 'dsa'],
    ['A Tic Tac has less than two calories.', 'tac'],
    ['Cerebral DSA showed an aneurysm at the top of the basilar artery.', 'dsa'],
  ]);
});

describe('vascular and ENT surgery', () => {
  itUnderlines([
    ['ABPI of 0.5 suggests severe arterial disease in the leg.', 'abpi'],
    ['Listed for FESS after two years of sinusitis that did not respond to steroid sprays.', 'fess'],
    ['He has a T&A booked for loud snoring and big tonsils.', 't-and-a'],
    ['A tonsillectomy and adenoidectomy is often done for sleep apnoea in children.', 't-and-a'],
  ]);
  itSkips([
    ['The ABPI said drug companies spent more on research this year.', 'abpi'],
    ['The magazine was full of T&A and car adverts.', 't-and-a'],
    ['FESS UP AND TELL US WHAT HAPPENED.', 'fess'],
  ]);
});

describe('high blood pressure or hormone therapy', () => {
  itUnderlines([['HT on amlodipine and ramipril, BP 142/88.', 'ht']]);
  itChoosesSense([
    ['Risk factors: HT and hypercholesterolaemia, on amlodipine.', 'HT', 'hypertension (high blood pressure)'],
    ['HT started for hot flushes at 51, with oestrogen gel and a progestogen.', 'HT', 'hormone therapy (menopause or cancer)'],
  ]);
  itListsMeanings([['HT was discussed at the clinic today.', 'HT']]);
  itSkips([
    ['HT was 1-0 to City after a scrappy first half.', 'ht'],
    ['HT roses need a hard prune in early spring.', 'ht'],
  ]);
  itSkipsOnHealthPages([
    ['Ondansetron blocks 5-HT receptors in the gut.', 'ht'],
    ['Plant HT roses in a sunny bed with rich soil.', 'ht'],
    ['Living near HT lines may raise the risk of some cancers, a few studies say.', 'ht'],
  ]);
});

describe('intensive-care updates', () => {
  itUnderlines([
    ['The MAP was 58 mmHg, so noradrenaline was started.', 'map-mean-arterial-pressure'],
    ['CRRT was started for the acute kidney injury after sepsis.', 'crrt'],
    ['Continuous renal replacement therapy runs day and night at the bedside.', 'crrt'],
    ['He passed his SBT and was extubated this afternoon.', 'sbt'],
    ['RASS of -4 on propofol, so the sedation was lightened.', 'rass'],
    ['The Richmond Agitation-Sedation Scale runs from plus 4 to minus 5.', 'rass'],
  ]);
  itSkips([
    ['Check the MAP on the price list before you advertise the product.', 'map-mean-arterial-pressure'],
    ['Open the MAP to find the next quest marker.', 'map-mean-arterial-pressure'],
    ['SBT broadcasts the show every Sunday in Brazil.', 'sbt'],
    ['RASS data show thousands of X-ray sources across the sky.', 'rass'],
  ]);
  itSkipsOnHealthPages([
    ['The clinic is marked on the MAP at the bottom of this page.', 'map-mean-arterial-pressure'],
    ['SBT aired a special on the new hospital in Sao Paulo.', 'sbt'],
  ]);
});

describe('menopause, bone and sexual health clinics', () => {
  itUnderlines([
    ['GSM with vaginal dryness and pain during sex; vaginal oestrogen started.', 'gsm'],
    ['ONJ after a tooth extraction while on zoledronic acid.', 'onj'],
    ['Osteonecrosis of the jaw is a rare side effect of denosumab.', 'onj'],
    ['ECP can be bought from a pharmacy without a prescription.', 'ecp'],
    ['ECP works best the sooner it is taken after unprotected sex.', 'ecp'],
  ]);
  itSkips([
    ['The phone works on GSM and 4G networks.', 'gsm'],
    ['Use 300 GSM card for the covers.', 'gsm'],
    ['ONJ sang the title song from Grease.', 'onj'],
    ['The ECP announced the election date after a meeting in Islamabad.', 'ecp'],
    ['The ECP has a Plan B if the vote is delayed.', 'ecp'],
  ]);
  itChoosesSense([
    ['ECP is available free from the campus pharmacy, with no appointment needed.', 'ECP', 'emergency contraceptive pill (morning-after pill)'],
    ['ECP twice a week has helped her skin GVHD.', 'ECP', 'extracorporeal photopheresis (blood treatment)'],
  ]);
  itSkipsOnHealthPages([
    ['The fitness tracker needs a GSM signal to send alerts.', 'gsm'],
    ['ONJ raised millions for cancer research before her death.', 'onj'],
  ]);
});

describe('pump notices, regulators and results pages', () => {
  itUnderlines([
    ['Enter the VTBI and the rate before you start the pump.', 'vtbi'],
    ['The FDA approved the first drug for the condition in 2023.', 'fda'],
    ['The Food and Drug Administration lists recalled pumps on its website.', 'fda'],
  ]);
  itUnderlinesOnHealthPages([['The FDA has posted a safety notice for these monitors.', 'fda']]);
  itChoosesSense([
    ['LFTs showed an ALT of 250 after the new statin.', 'LFTs', 'liver function tests (blood tests)'],
    ['LFTs showed an FEV1 of 60% predicted with little change after the bronchodilator.', 'LFTs', 'lung function tests (breathing tests)'],
    ['Do an LFT twice a week and report a positive COVID result.', 'LFT', 'lateral flow test (rapid COVID-19 test)'],
  ]);
  itListsMeanings([['Please come in for LFTs on Monday morning.', 'LFTs']]);
  itSkips([['The FDA union said civil servants would not strike.', 'fda']]);
  itSkipsOnHealthPages([['The FDA union said its members approved the pay offer.', 'fda']]);
});

describe('fences and cue words on older entries', () => {
  itUnderlines([
    ['ESR 45 and CRP 30, so the rheumatologist started steroids.', 'esr'],
    ['PPI for reflux, taken before breakfast.', 'ppi'],
    ['Background of AS; echo booked before surgery.', 'as'],
    ['A low ESR is rarely a sign of disease.', 'esr'],
  ]);
  itListsMeanings([
    ['Background of AS noted in the referral letter.', 'AS'],
    ['ED mentioned at the end of the appointment; review at the next visit.', 'ED'],
  ]);
  itChoosesSense([['Two ED visits this year, both for falls.', 'ED', 'emergency department']]);
  itSkips([
    ['ESR spectroscopy shows unpaired electrons in the sample.', 'esr'],
    ['Choose a low ESR capacitor for the power supply.', 'esr'],
    ['Choose low-ESR electrolytic capacitors for the regulator.', 'esr'],
    ['Stocks rose after the PPI fell 0.2% in May.', 'ppi'],
  ]);
  itSkipsOnHealthPages([
    ['ESR spectra of the radicals were recorded at room temperature.', 'esr'],
    ['Bond yields jumped as core PPI beat forecasts.', 'ppi'],
  ]);
});

// MG and mg share their letters: each entry matches them only in its own case, so milligrams
// stay milligrams and myasthenia gravis needs its capitals and a word of the illness nearby.
describe('MG: myasthenia gravis beside milligrams', () => {
  itUnderlines([
    ['Fatigable ptosis and raised acetylcholine receptor antibodies fit MG; pyridostigmine was started.', 'mg-myasthenia-gravis'],
    ['Ocular MG, with double vision that is worse at the end of the day.', 'mg-myasthenia-gravis'],
    ['She had a thymectomy for MG in 2019 and has been well since.', 'mg-myasthenia-gravis'],
    ['Pyridostigmine 60 mg four times a day for MG.', 'mg-myasthenia-gravis'],
    ['Pyridostigmine 60 mg four times a day for MG.', 'mg'],
  ]);
  itSkips([
    ['The MG ZS is a small electric SUV with a long warranty.', 'mg-myasthenia-gravis'],
    ['PYRIDOSTIGMINE 60 MG TABLETS, 200 PER PACK', 'mg-myasthenia-gravis'],
    ['Serum Mg was 0.6 mmol/L after the plasma exchange, so magnesium was given.', 'mg-myasthenia-gravis'],
    ['Serum Mg was 0.6 mmol/L after the plasma exchange, so magnesium was given.', 'mg'],
  ]);
  itSkipsOnHealthPages([
    ['Amoxicillin 500 MG capsules: one three times a day for seven days.', 'mg-myasthenia-gravis'],
    ['Ibuprofen 800 MG, 100 tablets per bottle, for arthritis pain.', 'mg-myasthenia-gravis'],
    ['The MG Rover plant closed in 2005, and many of its workers were treated for depression.', 'mg-myasthenia-gravis'],
  ]);
});
