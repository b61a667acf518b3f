/**
 * Letters from clinical genetics, continence, neurosurgery, crisis mental health, long COVID and
 * bowel screening letters (CNV, PGT-M, SUI, PFMT, OASI, TVT, SDH, PEARL, DSH, PEM, POTS, PASC, SSP,
 * CTC, TA, BCSP), and cue words added to letters with several meanings (AD, DM, MS, PID, PD, HD, ED,
 * SAD, BS, OT, HR, GCS, EVD, MHA), each tried against the other senses the letters have: a cloud
 * virtualisation product, a crypto token, a cat breed, a hospital payment, a certificate file, a
 * phone line, sick pay, a tax credit, a teaching assistant, a manuscript, a year, a snowboard trick.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('clinical genetics', () => {
  itUnderlines([
    ['The microarray found a small CNV on chromosome 22 that was also present in her father.', 'cnv'],
    ['A de novo CNV was reported as likely pathogenic.', 'cnv'],
    ['They chose PGT-M so that embryos could be checked for the cystic fibrosis variant.', 'pgt-m'],
    ['The disorder follows AD inheritance, so a parent with it has a 1 in 2 chance of passing it on.', 'ad'],
    ['Genetics clinic: DM with grip myotonia and a CTG repeat expansion in DMPK.', 'dm'],
  ]);
  itChoosesSense([
    ['Her pedigree shows AD inheritance across three generations.', 'AD', 'autosomal dominant (inheritance)'],
    ['Genetics clinic: DM with grip myotonia and a CTG repeat expansion in DMPK.', 'DM', 'myotonic dystrophy (inherited muscle disease)'],
    ['Seen in rheumatology: DM on insulin, now with a swollen left knee.', 'DM', 'diabetes mellitus'],
  ]);
  itSkips([
    ['OpenShift CNV lets teams run virtual machines beside their containers.', 'cnv'],
    ['The abbey was founded around AD 1120 by monks from Normandy.', 'ad'],
    ['The coins date from circa AD 300, late in the Roman period.', 'ad'],
    ['Rules of inheritance for land changed in AD 1086 with the survey.', 'ad'],
    ['The family pedigree goes back to a knight who died in AD 1190.', 'ad'],
  ]);
  itSkipsOnHealthPages([
    ['Anti-VEGF injections were started for CNV in the left eye.', 'cnv'],
    ['In wet macular degeneration, CNV means new vessels growing under the retina.', 'cnv'],
  ]);
});

describe('continence and pelvic floor', () => {
  itUnderlines([
    ['She has SUI when she sneezes and wears a pad every day.', 'sui'],
    ['Six months of PFMT with the women’s health physio helped her leakage.', 'pfmt'],
    ['Pelvic floor muscle training is offered before any operation.', 'pfmt'],
    ['An OASI was repaired in theatre after a forceps delivery.', 'oasi'],
    ['She had a TVT for stress incontinence ten years ago and now has pain from the mesh.', 'tvt'],
    ['A tension-free vaginal tape was placed in 2012.', 'tvt'],
  ]);
  itSkips([
    ['SUI tokens rose 12% after the network upgrade went live.', 'sui'],
    ['SUI beat CAN 3-1 in the ice hockey group stage.', 'sui'],
    ['The SUI goalie changed his pads before the third period.', 'sui'],
    ['Canine TVT usually shrinks after a few weekly doses of vincristine.', 'tvt'],
  ]);
});

describe('neurosurgery and neuro observations', () => {
  itUnderlines([
    ['Acute SDH with 6 mm midline shift on the CT head.', 'sdh'],
    ['He needs burr holes for a chronic SDH after a fall last month.', 'sdh'],
    ['Neuro obs hourly: PEARL, GCS 15.', 'pearl'],
    ['GCS 9 on the CT head request, E2 V2 M5.', 'gcs'],
    ['EVD clamped at 15 cmH2O overnight.', 'evd'],
  ]);
  itSkips([
    ['Tickets for the PEARL tour go on sale on Friday.', 'pearl'],
  ]);
  itSkipsOnHealthPages([
    ['Changes in SDH genes can cause paragangliomas and some stomach tumours.', 'sdh'],
    ['Work on SDH, the social determinants of health, looks at income and housing.', 'sdh'],
  ]);
});

describe('crisis mental health', () => {
  itUnderlines([
    ['Several episodes of DSH by overdose in the past year; seen by the crisis team.', 'dsh'],
    ['She was detained under section 2 of the MHA after the assessment.', 'mental-health-act'],
  ]);
  itSkips([
    ['Cuts to Medicaid DSH payments will hit safety-net hospitals.', 'dsh'],
    ['Milo is a friendly DSH cat who is looking for a quiet home.', 'dsh'],
    ['The rescued DSH had wounds on his neck when he came in.', 'dsh'],
    ['DSH payments to psychiatric hospitals are capped by law.', 'dsh'],
  ]);
  itSkipsOnHealthPages([
    ['Congress delayed the DSH cuts for another two years.', 'dsh'],
  ]);
});

describe('long COVID', () => {
  itUnderlines([
    ['Since long COVID, any walk longer than ten minutes brings on PEM the next day.', 'pem'],
    ['Post-exertional malaise is the hallmark of ME/CFS.', 'pem'],
    ['Her heart rate jumps by 40 bpm on standing, so the cardiologist thinks it is POTS.', 'pots'],
    ['PASC can follow even a mild COVID infection.', 'pasc'],
    ['My resting HR is still 95 since the infection.', 'hr'],
    ['A chest strap shows my HR climbing on the stairs.', 'hr'],
    ['Referred to OT for fatigue management at home.', 'ot'],
  ]);
  itSkips([
    ['Convert the certificate to PEM format before you upload it.', 'pem'],
    ['Old POTS lines will be switched off when the copper network closes.', 'pots'],
    ['The PASC conference on scientific computing meets in Basel.', 'pasc'],
    ['The HR team will update the hybrid working policy.', 'hr'],
    ['The PEM fuel cell lost power after membrane fatigue testing.', 'pem'],
    ['Fatigue management rules cap OT for shift workers at 12 hours.', 'ot'],
    ['Time for a BS check on that claim from the minister.', 'bs'],
    ['SUI wallet keys were leaking from the launch pad app.', 'sui'],
  ]);
  itSkipsOnHealthPages([
    ['PEM in young children is a sign of famine and poor diet.', 'pem'],
  ]);
});

describe('bowel screening', () => {
  itUnderlines([
    ['The SSP will go through the bowel prep with you on the phone.', 'ssp'],
    ['CTC was booked because the colonoscopy could not be completed.', 'ctc'],
    ['Two polyps: one TA with low-grade dysplasia and one hyperplastic polyp.', 'ta'],
    ['The tubular adenoma was removed whole.', 'ta'],
    ['She was invited by the BCSP after a positive FIT result.', 'bcsp'],
  ]);
  itSkips([
    ['You can get SSP if you are off work sick for four days in a row.', 'ssp'],
    ['Families can claim the CTC for each child under 17.', 'ctc'],
    ['Ask your TA if you get stuck on the homework.', 'ta'],
    ['He passed the BCSP exam for safety professionals last year.', 'bcsp'],
    ['Our BCSP holder runs the respirator fit checks on site.', 'bcsp'],
    ['Women aged 50 to 69 are invited by the BCSP for a mammogram every two years.', 'bcsp'],
  ]);
  itSkipsOnHealthPages([
    ['SSP is paid by your employer for up to 28 weeks.', 'ssp'],
    ['CTC counts in the blood can track how breast cancer responds to treatment.', 'ctc'],
    ['A TA biopsy confirmed giant cell arteritis.', 'ta'],
  ]);
});

describe('letters in past and family history', () => {
  itUnderlines([
    ['Past medical history: MS, asthma, appendicectomy.', 'ms'],
    ['Family history: a cousin had PID as a baby.', 'pid'],
    ['Family history: his mother had PD and was in a care home for her last years.', 'pd'],
    ['Family history of HD on the father’s side.', 'hd'],
    ['He feels ashamed about his ED and has not told anyone.', 'ed'],
    ['Her GP notes say SAD diagnosed in 2019.', 'sad'],
    ['BS checked at 18:00 and recorded on the chart.', 'bs'],
    ['Her father had DM and cataracts before he was 50.', 'dm'],
    ['BS 180 before lunch, 4 units of insulin given.', 'bs'],
  ]);
  itUnderlinesOnHealthPages([
    ['The trust’s ED saw record numbers of patients this winter.', 'ed'],
    ['The medical center’s ED treated 60,000 patients last year.', 'ed'],
  ]);
  itSkips([
    ['The Bodleian’s MS Digby 23 holds an early French poem.', 'ms'],
    ['We had PD all afternoon, so the kids went home early.', 'pd'],
  ]);
  itSkipsOnHealthPages([
    ['The Bodleian’s MS Ashmole 1511 is a bestiary of about 1200.', 'ms'],
    ['The society’s ED set out the new budget at the meeting.', 'ed'],
    ['She landed a BS 360 on the last jump.', 'bs'],
    ['The final will be shown in HD on the sports channel.', 'hd'],
    ['He won the World GP in October.', 'gp'],
    ['Check the TDS from the tap before you fill the tank.', 'tds'],
    ['Frozen PE mysis is a good food for fussy fish.', 'pe'],
    ['The eruption happened about 7,700 years BP.', 'bp'],
    ['Satellite IR imagery showed the lava flow at night.', 'ir'],
    ['Raise a PO before the supplier delivers.', 'po'],
    ['In crosswords, books are usually OT or NT.', 'ot'],
  ]);
});
