/**
 * Letters of specialty clinics and hospital pages that had no card: dialysis, liver, haematology,
 * allergy, fertility, bariatric, home-health, respiratory, rheumatology, travel and vaccine clinics,
 * genetics, and hospital pages from India, Singapore, Kenya and Nigeria. Each new abbreviation is
 * tried against the other senses its letters have on ordinary pages and on health pages.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('dialysis and kidney clinics', () => {
  itUnderlines([
    ['Her left AVF was needled without trouble and the thrill is strong.', 'avf'],
    ['A new AVF was made in his forearm ahead of haemodialysis.', 'avf'],
    ['The AVG in his thigh clotted, so dialysis went through a line.', 'avg'],
    ['Ferritin is 520, so the ESA dose stays the same this month on dialysis.', 'esa'],
    ['Her anaemia of CKD is treated with an ESA every two weeks.', 'esa'],
    ['URR 72% and Kt/V 1.4 on this month’s dialysis bloods.', 'urr'],
    ['URR 72% and Kt/V 1.4 on this month’s dialysis bloods.', 'kt-v'],
    ['IDWG has been over 3 kg at most sessions this month.', 'idwg'],
  ]);
  itSkips([
    ['ESA launched the probe on an Ariane rocket from Kourou.', 'esa'],
    ['Scientists at ESA and NASA shared the images of the comet.', 'esa'],
    ['The ESA said the satellite would re-enter the atmosphere.', 'esa'],
    ['Install AVG or another antivirus before you browse.', 'avg'],
    ['His batting AVG was .312 for the season.', 'avg'],
  ]);
  itSkipsOnHealthPages([
    ['ESA astronauts take part in studies of bone loss in space.', 'esa'],
  ]);
});

describe('liver clinics', () => {
  itUnderlines([
    ['He had a TIPS for bleeding varices last year.', 'tips'],
    ['TIPS is considered when ascites keeps coming back after paracentesis.', 'tips'],
    ['Her MELD score is 22, so she has been put on the transplant waiting list.', 'meld'],
    ['Six-monthly ultrasound surveillance for HCC in cirrhosis.', 'hcc'],
    ['Report: SGPT 96 U/L, SGOT 71 U/L.', 'alt'],
    ['Report: SGPT 96 U/L, SGOT 71 U/L.', 'ast'],
    ['His SGPT came back high.', 'alt'],
  ]);
  itSkips([
    ['TOP TIPS FOR A HEALTHY LIVER', 'tips'],
    ['Ten TIPS for saving money on groceries.', 'tips'],
    ['HCC students can enrol in the nursing course next term.', 'hcc'],
    ['Doctors are paid more when HCC codes capture every condition.', 'hcc'],
  ]);
  itSkipsOnHealthPages([
    ['Our top TIPS for your first week at home.', 'tips'],
    ['TIPS FOR LIVING WITH CIRRHOSIS', 'tips'],
    ['Here are some TIPS on ascites and a low-salt diet.', 'tips'],
    ['Correct HCC coding raises risk scores for Medicare Advantage plans.', 'hcc'],
  ]);
});

describe('haematology and anticoagulation', () => {
  itUnderlines([
    ['JAK2 positive, in keeping with an MPN; the haematologist will follow her up.', 'mpn'],
    ['JAK2 V617F was found on the blood test.', 'jak2'],
    ['Platelets fell from 240 to 60 on day 7 of heparin; HIT suspected and argatroban started.', 'hit'],
  ]);
  // ET has no senses: on health pages it is also essential tremor, an ET (endotracheal) tube,
  // eustachian tube dysfunction and endothelin, so it needs its cue words there too.
  itUnderlines([
    ['ET with platelets over 900, so he is on hydroxycarbamide.', 'et'],
    ['The ET of one blastocyst is booked for Friday.', 'et'],
  ]);
  itSkips([
    ['The game starts at 8 pm ET on Sunday.', 'et'],
    ['Polls close at 7 p.m. ET in most of Georgia.', 'et'],
    ['HIT workouts burn calories in twenty minutes.', 'hit'],
    ['The single was a HIT across Europe.', 'hit'],
  ]);
  itSkipsOnHealthPages([
    ['Join our live Q&A at 1 pm ET on Thursday.', 'et'],
    ['The webinar runs at noon ET.', 'et'],
    ['The stock was up 2% at 10:30 ET.', 'et'],
    ['HIT sessions suit people short of time.', 'hit'],
    ['People with ET often find that their hands shake when they write.', 'et'],
    ['The ET tube was taped in place after she was intubated.', 'et'],
    ['Swallowing and yawning open the tube in ET dysfunction.', 'et'],
    ['Our clinic opens at 9 am ET; frozen meals are sold in the café.', 'et'],
  ]);
});

describe('allergy and immunology', () => {
  itUnderlines([
    ['HAE attacks of belly swelling stopped after starting lanadelumab.', 'hae'],
    ['SPT to peanut gave an 8 mm wheal.', 'spt'],
    ['He passed an OFC to baked milk in the allergy clinic.', 'ofc'],
    ['She keeps two AAIs in her bag because of a severe allergy.', 'aai'],
  ]);
  itUnderlinesOnHealthPages([
    ['Children with a severe allergy should have two AAIs with them at school.', 'aai'],
  ]);
  itUnderlines([
    ['OFC 35 cm, on the 50th centile.', 'ofc'],
    ['OFC to peanut planned in the allergy unit.', 'ofc'],
  ]);
  itSkips([
    ['The OFC team won the league.', 'ofc'],
    ['SPT sent its crew out to the island on Friday.', 'spt'],
  ]);
  itSkipsOnHealthPages([
    ['AAI pacing keeps the upper chamber beating at a set rate.', 'aai'],
    ['Children with Down syndrome are screened for AAI before sports.', 'aai'],
    ['The OFC helps us weigh rewards when we make choices.', 'ofc'],
    ['Damage to the OFC can change how a person controls impulses.', 'ofc'],
    ['Serine palmitoyltransferase (SPT) makes fats. The SPT enzyme is changed in this neuropathy.', 'spt'],
  ]);
});

describe('fertility and IVF', () => {
  itUnderlines([
    ['The FET went ahead with one thawed blastocyst.', 'fet'],
    ['ICSI was used because of a low sperm count.', 'icsi'],
    ['OPU is booked 36 hours after the trigger; eleven eggs are expected.', 'opu'],
    ['The HSG showed both fallopian tubes are open.', 'hsg'],
    ['TTC for 14 months, ovulation confirmed on day 21 bloods.', 'ttc'],
  ]);
  itSkips([
    ['The FET amplifier gives the guitar a warm tone.', 'fet'],
    ['A FET switch drives the motor in this circuit.', 'fet'],
    ['The TTC subway will be closed this weekend for repairs.', 'ttc'],
    ['Fares on the TTC go up in January.', 'ttc'],
  ]);
  itSkipsOnHealthPages([
    ['TTC riders can reach the hospital from Queen’s Park station.', 'ttc'],
  ]);
});

describe('bariatric surgery', () => {
  itUnderlines([
    ['She had a RYGB in 2022 and takes a daily multivitamin.', 'rygb'],
    ['He had an OAGB abroad and now has bile reflux.', 'oagb'],
    ['His LAGB was loosened after he kept vomiting.', 'lagb'],
    ['At one year after the sleeve, her EWL is 65%.', 'ewl'],
  ]);
  itSkips([
    ['EWL was the team’s code name for the new engine.', 'ewl'],
  ]);
});

describe('home health and neuro notes', () => {
  itUnderlines([
    ['CN II-XII intact, power 5/5 in all limbs.', 'cn'],
    ['CN VII palsy on the left.', 'cn'],
  ]);
  itUnderlinesOnHealthPages([
    ['A DNR order is on his file.', 'do-not-resuscitate-order'],
    ['DNR status was agreed with his family.', 'dnr'],
  ]);
  itChoosesSense([
    ['The PHN will do a home visit to check the new baby.', 'PHN', 'public health nurse'],
    ['PHN after shingles is treated with pregabalin.', 'PHN', 'postherpetic neuralgia'],
  ]);
  // CRF has no senses: on health pages it is also a case report form and corticotropin-releasing factor.
  itUnderlines([
    ['CRF secondary to diabetic kidney disease, on dialysis.', 'crf'],
    ['CRF from severe COPD, on home oxygen and NIV at night.', 'crf'],
  ]);
  itSkips([
    ['The CN Tower is lit up in red tonight.', 'cn'],
    ['CN Rail moved a record volume of grain.', 'cn'],
    ['The state DNR stocked the lake with trout.', 'dnr'],
  ]);
  itSkipsOnHealthPages([
    ['The DNR said the fish in the lake are safe to eat once a week.', 'dnr'],
    ['DNR officials closed the beach after the algae bloom.', 'dnr'],
    ['The Iowa DNR warned swimmers about algae in the lake.', 'dnr'],
    ['The CN Tower is lit up in purple for epilepsy awareness.', 'cn'],
    ['The information may be sent to CDC in lieu of a CRF.', 'crf'],
    ['Corticotropin-releasing factor (CRF) starts the stress response. CRF neurons fire under stress.', 'crf'],
    ['Each site fills in a CRF for every patient in the trial.', 'crf'],
    ['DNR officers and paramedics pulled the swimmer from the lake.', 'dnr'],
    ['EMS crews and the DNR searched the river for the missing kayaker.', 'dnr'],
    ['Print the DNR form for your fishing licence renewal.', 'dnr'],
  ]);
});

describe('respiratory and sleep clinics', () => {
  itUnderlines([
    ['PEF 320 L/min, 70% of her personal best.', 'pef'],
    ['PSG showed an AHI of 34, so CPAP was started.', 'psg'],
    ['He is now on MART with budesonide and formoterol.', 'mart'],
    ['She finds her DPI easier than an inhaler with a spacer.', 'dpi'],
  ]);
  itUnderlinesOnHealthPages([
    ['Write down your PEF every morning.', 'pef'],
  ]);
  itSkips([
    ['PSG beat Lyon 3-1 on Sunday night.', 'psg'],
    ['Set the scanner to 300 DPI for photos.', 'dpi'],
    ['A 1200 DPI mouse suits most gamers.', 'dpi'],
    ['The MART sells fresh bread every morning.', 'mart'],
  ]);
});

describe('rheumatology', () => {
  itUnderlines([
    ['RF positive and anti-CCP strongly positive; rheumatoid arthritis likely.', 'rf'],
    ['DAS28 of 5.4 despite methotrexate.', 'das28'],
    ['ANA 1:640; ENA shows anti-Ro antibodies.', 'ena'],
  ]);
  itSkips([
    ['The RF module links the sensor to the base station.', 'rf'],
    ['RF signals from the router are weak upstairs.', 'rf'],
    ['The RF arm of the army was on parade.', 'rf'],
    ['Rheumatic fever (RF) can cause arthritis that moves from joint to joint.', 'rf'],
  ]);
  itSkipsOnHealthPages([
    ['RF ablation treats the fast heart rhythm.', 'rf'],
    ['The RF coil of the MRI scanner sits over the knee.', 'rf'],
    ['RF denervation of the knee can ease arthritis pain for months.', 'rf'],
  ]);
});

describe('travel clinics and vaccination', () => {
  itUnderlines([
    ['He had the YF jab at the travel clinic before his trip to Ghana.', 'yf'],
    ['Two doses of JE vaccine before a long stay in rural Asia.', 'je'],
    ['TBE vaccine is offered to people hiking in forests with ticks.', 'tbe'],
    ['Bring your ICVP to the border post.', 'icvp'],
    ['Malaria RDT positive for falciparum.', 'rdt'],
    ['All AEFI should be reported to the district office.', 'aefi'],
    ['OPV drops were given in the polio campaign.', 'opv'],
  ]);
  itUnderlinesOnHealthPages([
    ['YF is still a risk in parts of West Africa.', 'yf'],
  ]);
  itSkips([
    ['JE suis content de vous voir.', 'je'],
    ['OPV panels convert light using organic molecules.', 'opv'],
    ['The RDT team was sent to the flood zone.', 'rdt'],
  ]);
});

describe('genetic counselling', () => {
  itUnderlines([
    ['WGS found a new variant in the gene for her rare disease.', 'wgs'],
    ['NGS of the tumour found a KRAS mutation.', 'ngs'],
    ['HBOC was confirmed when a BRCA2 variant was found.', 'hboc'],
  ]);
  // CMA has no senses: on health pages it is also a certified medical assistant and the Canadian Medical Association.
  itUnderlines([
    ['The CMA found a small deletion on chromosome 22.', 'cma'],
    ['Her baby has CMA, so she uses an amino acid formula.', 'cma'],
  ]);
  itSkips([
    ['The CMA said the merger would hurt competition.', 'cma'],
    ['The CMA cleared the takeover of the drug maker.', 'cma'],
    ['Coordinates are given in WGS 84.', 'wgs'],
    ['The CMA found that parents pay too much for baby formula and infant milk.', 'cma'],
  ]);
  itSkipsOnHealthPages([
    ['The CMA investigation into vet prices is due this spring.', 'cma'],
    ['A CMA takes your weight and blood pressure before the doctor sees you.', 'cma'],
    ['The CMA has called for more family doctors in Ontario.', 'cma'],
  ]);
});

describe('hospital pages from India, Singapore, Kenya and Nigeria', () => {
  itUnderlines([
    ['OPD consultation with the cardiologist is on Tuesdays.', 'opd'],
    ['NHIF members pay nothing for a normal delivery.', 'nhif'],
    ['Kenyan hospitals now bill SHA instead of NHIF.', 'sha'],
    ['Your SHIF contribution is 2.75% of gross pay.', 'shif'],
    ['Nigerian enrollees of the NHIS can use this clinic through their HMO.', 'nhis'],
    ['The NHIA has accredited 300 new facilities.', 'nhia'],
    ['We are empanelled with CGHS and ECHS.', 'cghs'],
    ['We are empanelled with CGHS and ECHS.', 'echs'],
    ['Treatment under PM-JAY is free at the counter.', 'pm-jay'],
    ['Her operation was paid from MediSave and MediShield Life.', 'medisave'],
    ['Her operation was paid from MediSave and MediShield Life.', 'medishield-life'],
    ['CHAS card holders get subsidies at this GP clinic in Singapore.', 'chas'],
    ['RBS 212 mg/dL; FBS and HbA1c ordered.', 'rbs'],
    ['PPBS 240 mg/dL two hours after lunch.', 'ppbs'],
    ['KFT and LFT normal.', 'kft'],
  ]);
  itUnderlinesOnHealthPages([
    ['OPD is closed on Sundays.', 'opd'],
  ]);
  itUnderlines([
    ['IPD admissions go through the ward desk.', 'ipd'],
    ['IPD cases fell after PCV13 came into the schedule.', 'ipd'],
  ]);
  itChoosesSense([
    ['ESI may ease leg pain from sciatica for a few months.', 'ESI', 'epidural steroid injection'],
    ['RFT: creatinine 1.9, urea 64.', 'RFT', 'renal (kidney) function tests'],
    ['RFT showed an FEV1 of 62% predicted.', 'RFT', 'respiratory (lung) function tests'],
    ['ESI cardholders are treated cashless at our dispensary.', 'ESI', "Employees' State Insurance (India)"],
    ['ESI level 2 patients are seen within ten minutes of triage.', 'ESI', 'Emergency Severity Index (triage)'],
    ['NHIS enrollees must visit their primary care provider first.', 'NHIS', 'national health insurance (Nigeria, Ghana, South Korea)'],
    ['We used Korean NHIS records of 2 million adults.', 'NHIS', 'national health insurance (Nigeria, Ghana, South Korea)'],
    ['NHIS data show that 1 in 4 adults aged 65 reported a fall.', 'NHIS', 'National Health Interview Survey (US)'],
  ]);
  itSkips([
    ['OPD officers arrested two men after the chase.', 'opd'],
    ['Police said the man was taken to hospital. OPD is looking into the shooting.', 'opd'],
    ['Verify the file with its SHA-256 checksum.', 'sha'],
    ['RBS shares fell 3% after the results.', 'rbs'],
    ['The RBS said it would close 40 branches.', 'rbs'],
    ['Set the IPD slider so the lenses line up with your eyes.', 'ipd'],
    ['The SHA of the commit is printed on the first line.', 'sha'],
  ]);
  itSkipsOnHealthPages([
    ['OPD officers escorted the patient to the hospital.', 'opd'],
    ['Check the SHA-256 checksum before you install the app.', 'sha'],
    ['RBS shares rose after the bank sold its insurance arm.', 'rbs'],
    ['Your IPD is the distance between your pupils, measured for new glasses.', 'ipd'],
    ['We pooled individual patient data (IPD) from 12 trials. The IPD meta-analysis included 4,000 patients.', 'ipd'],
    ['The SHA says patients at the Regina hospital should expect delays.', 'sha'],
    ['Saskatchewan Health Authority (SHA) staff run the clinic. The SHA covers dialysis travel.', 'sha'],
    ['The hospital was built while the SHA ran the NHS in the region.', 'sha'],
    ['The man was taken to hospital, and OPD said the case is open.', 'opd'],
    ['Apply through the Ayushman Bharat Digital Mission to get your health ID.', 'pm-jay'],
  ]);
});

describe('other senses that health pages also meet', () => {
  itSkipsOnHealthPages([
    ['Flights land at 14:00 AST in Halifax.', 'ast'],
    ['Crews wore OD green jackets.', 'od'],
    ['The hotel is ten minutes from the CBD.', 'cbd'],
    ['Couriers must upload a signed POD for every parcel.', 'pod'],
    ['Anchors must not be drilled into a PT slab.', 'pt'],
    ['Cables must meet BS EN 50575.', 'bs'],
    ['The EPO granted the patent in 2019.', 'epo'],
    ['BMI said songwriters earned more from streams.', 'body-mass-index'],
    ['Knit two stitches from the LH needle together.', 'lh'],
    ['The CD reissue has three extra tracks.', 'cd'],
  ]);
  itUnderlinesOnHealthPages([
    ['AST 88 and ALT 120 on today’s bloods.', 'ast'],
    ['POD 2 after the hip replacement, walking with a frame.', 'pod'],
    ['Your BMI is 31.', 'body-mass-index'],
  ]);
});
