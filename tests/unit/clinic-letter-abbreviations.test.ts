/**
 * Letters of UK, Irish and Australian clinic letters, notes and leaflets that read plain in health
 * sentences: POP, MCA, DNA (did not attend), ICS, #NOF, EPU, CTG, CPN, MHA, BV, OME, HV, the dosing
 * and route letters TDS, QDS, nocte, mane and IM (ON, omni nocte, is no alias: in capitals on a
 * label it is the word "on"), PE as pre-eclampsia, PID with its three
 * meanings, and more letters of the same kind (O/E, TCI, HVS, GDM, RFM, DoLS, IMCA, CTO, LPA). Each is
 * tried against its other senses: sport, money, software, law, music, school, places and everyday
 * speech. Then letters read on a page about health that are another thing there (a time zone, a
 * Microsoft product, a dorm's RA, a pitching line, Swiss francs, a song royalty society, a bank).
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

describe('POP: the progestogen-only pill, pelvic organ prolapse, plaster of Paris', () => {
  itUnderlines([
    ['She switched to the POP because she is breastfeeding.', 'pop'],
    ['POP started today; use condoms for the first 2 days as a back-up contraception.', 'pop'],
    ['Grade 2 POP with a cystocele; she would like to try a pessary first.', 'pop'],
    ['Below elbow POP backslab applied for a suspected scaphoid fracture.', 'pop'],
  ]);
  itUnderlinesOnHealthPages([['She has been on the POP for two years.', 'pop']]);
  itChoosesSense([
    ['She switched to the POP because she is breastfeeding.', 'POP', 'progestogen-only pill (mini-pill)'],
    ['Missed pill advice for the POP: take it as soon as you remember.', 'POP', 'progestogen-only pill (mini-pill)'],
    ['Grade 2 POP with a cystocele; she would like to try a pessary first.', 'POP', 'pelvic organ prolapse'],
    ['Below elbow POP backslab applied for a suspected scaphoid fracture.', 'POP', 'plaster of Paris (a cast)'],
  ]);
  itListsMeanings([['She has been on the POP for two years.', 'POP']]);
  itSkips([
    ['Change the POP server settings in your mail app.', 'pop'],
    ['The song went straight to number one on the POP charts.', 'pop'],
    ['Her Funko POP collection fills three shelves.', 'pop'],
  ]);
  itSkipsOnHealthPages([
    ['Your mail app can sync with IMAP or POP.', 'pop'],
    ['We use IMAP rather than POP so mail shows on every device.', 'pop'],
    ['The POP display by the till sells out every week.', 'pop'],
  ]);
});

describe('MCA: the Mental Capacity Act and the middle cerebral artery', () => {
  itUnderlines([
    ['A best interests decision was made under the MCA because he lacks capacity about his finances.', 'mca'],
    ['Occlusion of the left MCA was treated with thrombectomy.', 'mca'],
    ['The fetal MCA Doppler was normal, so fetal anaemia is unlikely.', 'mca'],
  ]);
  itUnderlinesOnHealthPages([['Her daughter asked how the MCA applies to her mother.', 'mca']]);
  itChoosesSense([
    ['A best interests decision was made under the MCA because he lacks capacity about his finances.', 'MCA', 'Mental Capacity Act (UK law)'],
    ['Occlusion of the left MCA was treated with thrombectomy.', 'MCA', 'middle cerebral artery (brain)'],
    ['CT showed a hyperdense right MCA sign.', 'MCA', 'middle cerebral artery (brain)'],
  ]);
  itSkips([
    ['MCA Records released the album in 1975.', 'mca'],
    ['He finished his MCA degree and joined a software firm.', 'mca'],
    ['The MCA warned sailors about gales in the Channel.', 'mca'],
  ]);
  itSkipsOnHealthPages([
    ['The MCA has issued new rules for small fishing boats.', 'mca'],
    ['The MCA said the lifeboat crew found the kayaker safe.', 'mca'],
    ['The band left MCA Records for a smaller label.', 'mca'],
  ]);
});

describe('DNA as did not attend, and DNA in its figurative sense', () => {
  itUnderlines([
    ['He DNA\'d his last two outpatient appointments.', 'did-not-attend'],
    ['She has DNA\'ed three times, so she has been discharged to her GP.', 'did-not-attend'],
    ['Our DNA rate dropped once text reminders began.', 'did-not-attend'],
    ['After two DNA\'d appointments the clinic discharged him back to the GP.', 'did-not-attend'],
    ['DNA is copied each time a cell divides.', 'dna'],
  ]);
  itSkips([
    ['He did not attend the wedding.', 'did-not-attend'],
    ['Attacking football is part of the club\'s DNA.', 'dna'],
    ['Craftsmanship is in the brand\'s DNA.', 'dna'],
    ['Risk-taking is part of our corporate DNA.', 'dna'],
    ['Bacterial DNAs were sequenced in the lab.', 'did-not-attend'],
    ['He did not attend the hospital opening and missed the vote.', 'did-not-attend'],
  ]);
  itSkipsOnHealthPages([
    ['Plasmid DNAs were taken from the cells in the genetics clinic.', 'did-not-attend'],
    ['The new coach wants pressing to be part of the club\'s DNA.', 'dna'],
    ['The DNA of the brand is simple design.', 'dna'],
  ]);
});

describe('ICS: inhaled corticosteroid, integrated care system, intercostal space', () => {
  itUnderlines([
    ['She uses an ICS inhaler twice a day as her preventer.', 'ics'],
    ['Step up to a higher dose of ICS if the asthma is not controlled.', 'ics'],
    ['Each ICS has an integrated care board that holds the NHS budget.', 'ics'],
    ['Chest drain inserted in the 5th ICS, mid-axillary line.', 'ics'],
  ]);
  itUnderlinesOnHealthPages([['Her ICS dose was lowered last year.', 'ics']]);
  itChoosesSense([
    ['Step up to a higher dose of ICS if the asthma is not controlled.', 'ICS', 'inhaled corticosteroid (preventer inhaler)'],
    ['Each ICS has an integrated care board that holds the NHS budget.', 'ICS', 'integrated care system (NHS)'],
    ['Chest drain inserted in the 5th ICS, mid-axillary line.', 'ICS', 'intercostal space (between the ribs)'],
  ]);
  itSkips([
    ['Patch the ICS network before attackers reach the SCADA servers.', 'ics'],
    ['Import the ICS file into your calendar.', 'ics'],
  ]);
  itSkipsOnHealthPages([
    ['Hackers target ICS environments in water plants.', 'ics'],
    ['Add the ICS feed to get every meeting in your diary.', 'ics'],
    ['Hospital managers take ICS training for major incidents.', 'ics'],
  ]);
});

describe('NOF: neck of femur', () => {
  itUnderlines([
    ['Admitted with a #NOF after a fall; listed for theatre in the morning.', 'nof'],
    ['Right NOF fracture, for hemiarthroplasty.', 'nof'],
    ['She was treated for a fractured NOF last year.', 'nof'],
    ['Intracapsular NOF, Garden IV, for hemiarthroplasty.', 'nof'],
  ]);
  itSkips([
    ['The NOF recommends a bone density scan for women over 65 with a fracture.', 'nof'],
    ['The theatre got a NOF grant for its new roof.', 'nof'],
    ['NOF guidelines say hip fracture risk should guide treatment.', 'nof'],
  ]);
  itSkipsOnHealthPages([
    ['According to the NOF, half of women over 50 will break a bone.', 'nof'],
    ['The NOF\'s guide covers calcium, vitamin D and hip fracture.', 'nof'],
  ]);
});

describe('clinics, nurses and laws written in letters', () => {
  itUnderlines([
    ['Any bleeding before 12 weeks, call the EPU for a scan.', 'early-pregnancy-unit'],
    ['She was seen in the EPAU with cramping at 8 weeks pregnant.', 'early-pregnancy-unit'],
    ['She rang the early pregnancy unit.', 'early-pregnancy-unit'],
    ['CTG: baseline 140, normal variability, no decelerations.', 'electronic-fetal-monitoring'],
    ['His CPN will review his depot and his mood next week.', 'community-psychiatric-nurse'],
    ['She was referred to a community mental health nurse.', 'community-psychiatric-nurse'],
    ['His nearest relative was told he is on section 3 of the MHA.', 'mental-health-act'],
    ['Placed on S2 MHA after assessment by the AMHP.', 'mental-health-act'],
    ['He was detained under the Mental Health Act.', 'mental-health-act'],
    ['A DoLS application was sent to the council.', 'deprivation-of-liberty-safeguards'],
    ['An IMCA was asked to help as she lacks capacity and has no family.', 'independent-mental-capacity-advocate'],
    ['He was discharged from section 3 onto a CTO with recall powers.', 'cto'],
    ['She is on a community treatment order.', 'community-treatment-order'],
    ['Her son holds a health and welfare LPA registered with the Office of the Public Guardian.', 'lasting-power-of-attorney'],
  ]);
  itUnderlinesOnHealthPages([
    ['Phone the EPU if you are worried.', 'early-pregnancy-unit'],
    ['The IMCA met her twice before the meeting.', 'independent-mental-capacity-advocate'],
  ]);
  itSkips([
    ['The EPU on the jet supplies power if both engines fail.', 'early-pregnancy-unit'],
    ['CTG repeats are longer in people with myotonic dystrophy.', 'electronic-fetal-monitoring'],
    ['CPN-UML won the most seats in the district.', 'community-psychiatric-nurse'],
    ['The CPN (Maoist) rally drew thousands in Kathmandu.', 'community-psychiatric-nurse'],
    ['The MHA issued new guidelines for the festival season.', 'mental-health-act'],
    ['The MHA detained three men under section 3 of the UAPA.', 'mental-health-act'],
    ['The MHA set up a tribunal to review the ban.', 'mental-health-act'],
    ['The company named a new CTO to run its cloud business.', 'cto'],
    ['Our new CTO faced a tribunal after the product recall.', 'cto'],
    ['The IMCA said vessel capacity for accommodation barges rose.', 'independent-mental-capacity-advocate'],
    ['Honda said the EPU will be upgraded in two weeks.', 'early-pregnancy-unit'],
    ['The LPA refused planning consent for the new houses.', 'lasting-power-of-attorney'],
    ['The LPA registered the application for a dementia care home.', 'lasting-power-of-attorney'],
  ]);
  itSkipsOnHealthPages([
    ['Jane Smith, RN, CPN, leads the children\'s clinic.', 'community-psychiatric-nurse'],
    ['Take the MHA screening quiz to check your mood.', 'mental-health-act'],
    ['CTO PCI was used to open the blocked coronary artery.', 'community-treatment-order'],
    ['The company\'s CTO spoke about the new patient app.', 'cto'],
    ['High Lp(a) is linked to variants in the LPA gene.', 'lasting-power-of-attorney'],
  ]);
});

describe('infections, ears and pregnancy written in letters', () => {
  itUnderlines([
    ['Recurrent BV; she was given metronidazole gel.', 'bacterial-vaginosis'],
    ['HVS sent for BV and thrush.', 'hvs'],
    ['HVS sent for BV and thrush.', 'bacterial-vaginosis'],
    ['OME on both sides; tympanometry flat, so grommets were discussed.', 'ome'],
    ['Her total OME is now 90 mg a day across the oxycodone and the patch.', 'ome'],
    ['GDM on OGTT at 26 weeks, diet controlled.', 'gestational-diabetes'],
    ['Seen in triage with RFM at 36 weeks; CTG was normal.', 'reduced-fetal-movements'],
    ['Call the maternity unit about reduced fetal movements.', 'reduced-fetal-movements'],
  ]);
  itUnderlinesOnHealthPages([
    ['She had GDM in her last pregnancy.', 'gestational-diabetes'],
    ['Come in straight away with any RFM.', 'reduced-fetal-movements'],
  ]);
  itChoosesSense([
    ['OME on both sides; tympanometry flat, so grommets were discussed.', 'OME', 'otitis media with effusion (glue ear)'],
    ['Her total OME is now 90 mg a day across the oxycodone and the patch.', 'OME', 'oral morphine equivalent (opioid dose)'],
  ]);
  itSkips([
    ['Philips Electronics Nederland BV signed the deal.', 'bacterial-vaginosis'],
    ['Hyperventilation syndrome (HVS) makes people feel breathless.', 'hvs'],
    ['Run an RFM analysis on last year\'s customers.', 'reduced-fetal-movements'],
    ['Restart GDM after you edit the login screen settings.', 'gestational-diabetes'],
    ['Turn off GDM before the update, which takes two weeks; the baby monitor app needs a restart.', 'gestational-diabetes'],
  ]);
});

describe('HV: health visitor, and its other meanings in letters', () => {
  itUnderlines([
    ['The HV comes for the new birth visit at 10 to 14 days.', 'hv'],
    ['Your HV will see you for the 1 year review.', 'hv'],
    ['Painful HV with a bunion; Scarf osteotomy planned.', 'hv'],
  ]);
  itUnderlinesOnHealthPages([['The HV is coming on Monday.', 'hv']]);
  itChoosesSense([
    ['Your HV will see you for the 1 year review.', 'HV', 'health visitor'],
    ['Painful HV with a bunion; Scarf osteotomy planned.', 'HV', 'hallux valgus (bunion)'],
    ['EEG: no change with HV or photic stimulation.', 'HV', 'hyperventilation (EEG test)'],
  ]);
  itSkips([['Keep clear of the HV cables at the substation.', 'hv']]);
  itSkipsOnHealthPages([
    ['Electricians treated for HV injuries need heart monitoring.', 'hv'],
    ['A clinical history of HV or NV infection is confirmed by blood tests.', 'hv'],
    ['The HV interval was long on the electrophysiology study.', 'hv'],
  ]);
});

describe('dosing and route letters', () => {
  itUnderlines([
    ['Flucloxacillin 500mg QDS for 7 days.', 'qds'],
    ['Take two tablets QDS when needed.', 'qds'],
    ['Lansoprazole 30mg TDS for two weeks.', 'tds'],
    ['One sachet TDS with plenty of water.', 'tds'],
    ['Mirtazapine 15mg nocte.', 'nocte'],
    ['Zopiclone 3.75mg nocte for a week.', 'nocte'],
    ['Levothyroxine 50 micrograms mane.', 'mane'],
    ['Furosemide 40mg mane.', 'mane'],
    ['Hydroxocobalamin 1mg IM every 12 weeks.', 'im'],
    ['Give one dose of adrenaline IM into the thigh.', 'im'],
  ]);
  itUnderlinesOnHealthPages([
    ['Take it TDS.', 'tds'],
    ['The antibiotic is given QDS.', 'qds'],
  ]);
  itSkips([
    ['The TDS meter showed 180 ppm in the tap water.', 'tds'],
    ['The firm deducted TDS on his salary.', 'tds'],
    ['Turn the heater ON and set the timer.', 'nocte'],
    ['Methotrexate 10 mg ON MONDAYS only.', 'nocte'],
    ['TAKE ONE 20 MG TABLET ON ALTERNATE DAYS', 'nocte'],
    ['TORONTO, ON - The province added 300 units of housing.', 'nocte'],
    ['The firm will keep tabs on TDS deductions.', 'tds'],
    ['TAKE ONE TABLET ON WAKING', 'nocte'],
    ['SWALLOW THE CAPSULES WHOLE WITH WATER ON AN EMPTY STOMACH', 'nocte'],
    ['FOCUS ON DIABETES TABLETS', 'nocte'],
    ['ON THIS PAGE: side effects, dosage, tablets and capsules', 'nocte'],
    ['The horse\'s mane was plaited for the show.', 'mane'],
    ['Lion\'s mane capsules, 500 mg a day.', 'mane'],
    ['IM me when the meeting starts.', 'im'],
    ['I will IM you the dose chart later.', 'im'],
  ]);
  itSkipsOnHealthPages([
    ['Your deposit is held by the TDS until you move out.', 'tds'],
    ['Test the TDS of your drinking water.', 'tds'],
    ['She has more ON time with less dyskinesia on the new levodopa dose.', 'nocte'],
    ['Press the ON button on the nebuliser.', 'nocte'],
    ['Keep the reliever inhaler ON you at all times.', 'nocte'],
    ['NEW ADVICE ON TAKING WARFARIN', 'nocte'],
    ['Strong painkillers are only available ON prescription.', 'nocte'],
    ['Click ON to start the timer for your insulin dose.', 'nocte'],
    ['Her glorious mane grew back after the tablets were stopped.', 'mane'],
    ['She has a lovely thick mane of hair again after chemo.', 'mane'],
  ]);
});

describe('PE as pre-eclampsia, and PE at school', () => {
  itChoosesSense([
    ['PE at 35 weeks, started on labetalol and delivered at 37 weeks.', 'PE', 'preeclampsia (pregnancy)'],
    ['Raised BP and urine protein, so PE was suspected at 34 weeks.', 'PE', 'preeclampsia (pregnancy)'],
    ['D-dimer raised, CTPA to rule out PE.', 'PE', 'pulmonary embolism'],
  ]);
  itListsMeanings([
    ['Her last pregnancy was complicated by PE.', 'PE'],
    ['Past history of PE in 2018.', 'PE'],
  ]);
  itSkipsOnHealthPages([
    ['Bring your PE kit on Mondays.', 'pe'],
    ['Year 7 PE lessons are on the field this term.', 'pe'],
    ['The PE firm bought the chain of clinics.', 'pe'],
  ]);
});

describe('PID: pelvic inflammatory disease, a prolapsed disc, primary immunodeficiency', () => {
  itUnderlines([
    ['PID after a chlamydia infection; she was given antibiotics.', 'pid'],
    ['MRI shows an L5/S1 PID pressing on the S1 nerve root.', 'pid'],
    ['Pelvic inflammatory disease can cause long-term pelvic pain.', 'pelvic-inflammatory-disease'],
  ]);
  itChoosesSense([
    ['PID after a chlamydia infection; she was given antibiotics.', 'PID', 'pelvic inflammatory disease'],
    ['MRI shows an L5/S1 PID pressing on the S1 nerve root.', 'PID', 'prolapsed intervertebral disc (slipped disc)'],
    ['PID with low IgG, treated with immunoglobulin every 3 weeks.', 'PID', 'primary immunodeficiency'],
  ]);
  itListsMeanings([
    ['PID in 2015, nil since.', 'PID'],
    ['Known PID, seen yearly.', 'PID'],
  ]);
  itSkips([
    ['Tune the PID loop so the oven holds its temperature.', 'pid'],
    ['The PID sensor picked up solvent vapour in the store.', 'pid'],
    ['Check disk usage for PID 1234.', 'pid'],
  ]);
  itSkipsOnHealthPages([
    ['Find the PID of the stuck process and end it.', 'pid'],
    ['Each PID controller runs at 1 kHz.', 'pid'],
  ]);
});

describe('notes: O/E, TCI', () => {
  itUnderlines([
    ['O/E: alert, chest clear, abdomen soft and non-tender.', 'o-e'],
    ['TCI 3rd March for day case surgery; nil by mouth from 2am.', 'tci'],
  ]);
  itUnderlinesOnHealthPages([
    ['O/E: looks well.', 'o-e'],
    ['Your TCI date will be sent by post.', 'tci'],
  ]);
  itSkips([
    ['The O/E ratio of deaths was close to 1.', 'o-e'],
    ['Flights to TCI leave twice a week.', 'tci'],
    ['The TCI hospital is on Providenciales, and the consultant flew in.', 'tci'],
  ]);
  itSkipsOnHealthPages([
    ['Rates are given as an O/E ratio for each hospital.', 'o-e'],
    ['She retired to TCI after 30 years as a nurse.', 'tci'],
  ]);
});

describe('CBT, BMI and RBC: free on health pages, plain in their other senses', () => {
  itUnderlines([
    ['CBT for insomnia works as well as sleeping pills.', 'cognitive-behavioral-therapy'],
    ['Her BMI of 31 puts her in the obese range.', 'body-mass-index'],
    ['RBC 3.9, haemoglobin 102, MCV 78.', 'rbc'],
  ]);
  itUnderlinesOnHealthPages([
    ['She starts CBT next month.', 'cognitive-behavioral-therapy'],
    ['His BMI is 24.', 'body-mass-index'],
    ['RBC 4.5 today.', 'rbc'],
  ]);
  itSkips([
    ['Learner riders must pass CBT before taking a moped on the road.', 'cognitive-behavioral-therapy'],
    ['CBT training sessions for motorbike riders cost £150; do not worry if you are new.', 'cognitive-behavioral-therapy'],
    ['RBC said the head count at its branches will fall as iron ore prices slide.', 'rbc'],
    ['The motorcycle CBT runs from 8am to 4pm.', 'cognitive-behavioral-therapy'],
    ['BMI pays songwriters when their songs are played on radio.', 'body-mass-index'],
    ['RBC cut its forecast for the Canadian economy.', 'rbc'],
  ]);
  itSkipsOnHealthPages([
    ['Book your CBT test at a local training centre.', 'cognitive-behavioral-therapy'],
    ['ASCAP and BMI collect royalties for composers.', 'body-mass-index'],
    ['She had her knee surgery at a BMI Healthcare hospital.', 'body-mass-index'],
    ['RBC Capital Markets raised its rating on the drug maker.', 'rbc'],
    ['The RBC Heritage is played in South Carolina every spring.', 'rbc'],
  ]);
});

describe('letters on a health page that are another thing there', () => {
  itSkipsOnHealthPages([
    ['The webinar starts at 11 a.m. PT.', 'pt'],
    ['Doors open at 6 p.m. PT and 9 p.m. ET.', 'pt'],
    ['Save the chart in MS Excel first.', 'ms'],
    ['Join the call on MS Teams.', 'ms'],
    ['Type it up in MS Word.', 'ms'],
    ['Jackson (MS) has a large hospital.', 'ms'],
    ['Meridian MS has a new clinic.', 'ms'],
    ['The charity\'s ED will retire in May.', 'ed'],
    ['The foundation\'s ED signed the grant letter.', 'ed'],
    ['Ask an RA who lives on your floor.', 'ra'],
    ['The RA Summer Exhibition opens next week.', 'ra'],
    ['Final line: 7 IP, 4 H, 2 ER, 1 BB, 9 K.', 'er'],
    ['A double room costs CHF 300 a night.', 'chf'],
    ['The charity is worth CHF 40 million.', 'chf'],
    ['She went to nursing school on the GI Bill.', 'gi'],
    ['His second shot went OB on the par five.', 'ob'],
    ['He holds a BS in biology.', 'bs'],
    ['Open port 443 with a new ACL rule.', 'acl'],
    ['The lecture streams in HD on the hospital website.', 'hd'],
    ['The Bruins took it in double OT.', 'ot'],
    ['City won it 2-1 in OT with a late header.', 'ot'],
  ]);
  itUnderlinesOnHealthPages([
    ['PT twice a week helped her knee.', 'pt'],
    ['She was diagnosed with MS at 30.', 'ms'],
    ['He was seen in the ED overnight.', 'ed'],
    ['RA often affects both hands.', 'ra'],
    ['Admitted with CHF.', 'chf'],
    ['Her OB is on leave.', 'ob'],
    ['He tore his ACL skiing.', 'acl'],
    ['He has had CHF since 2019.', 'chf'],
  ]);
});
