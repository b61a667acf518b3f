/**
 * Letters of vasculitis and scleroderma clinics, Huntington's and MND care, hip and clubfoot
 * clinics, sexual assault referral centres, ME/CFS, tissue viability, school vaccination teams and
 * medical cannabis clinics, each tried against the other senses the same letters have on ordinary
 * pages (grade point averages, a browser tab, London, an HTTP GET, an FME workspace, the Dubai
 * regulator, a graduate school) and on health pages (tablets, diffusion imaging, the AV node).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('vasculitis and scleroderma clinic letters', () => {
  itUnderlines([
    ['Her yearly echocardiogram was clear, so there is no sign of PAH so far.', 'pah-pulmonary'],
    ['He was started on macitentan for PAH linked to his systemic sclerosis.', 'pah-pulmonary'],
    ['GPA diagnosed after PR3-ANCA came back strongly positive.', 'gpa-vasculitis'],
    ['Her GPA relapsed, so rituximab was restarted.', 'gpa-vasculitis'],
    ['BVAS 3 at this visit on rituximab, down from 12 in March.', 'bvas'],
    ['The Birmingham Vasculitis Activity Score was 14 at the flare.', 'bvas'],
    ['Suspected GCA with scalp tenderness; TAB booked for Monday.', 'tab-temporal-artery-biopsy'],
    ['The temporal artery biopsy showed giant cells.', 'tab-temporal-artery-biopsy'],
  ]);
  itSkips([
    ['She graduated with a GPA of 3.8 and a place at law school.', 'gpa-vasculitis'],
    ['Your GPA this semester fell after the maths exam.', 'gpa-vasculitis'],
    ['Water samples were tested for PAH from the old gasworks site.', 'pah-pulmonary'],
    ['Press TAB to move to the next field in the form.', 'tab-temporal-artery-biopsy'],
    ['He put twenty dollars on the horse at the TAB on Saturday.', 'tab-temporal-artery-biopsy'],
    ['INEC said the BVAS machines failed at some polling units in Lagos.', 'bvas'],
  ]);
  itSkipsOnHealthPages([
    ['PARACETAMOL 500MG TAB, one to be taken four times a day.', 'tab-temporal-artery-biopsy'],
    ['Medical school applicants need a GPA above 3.5.', 'gpa-vasculitis'],
  ]);
});

describe("Huntington's and MND letters", () => {
  itUnderlines([
    ['UHDRS motor score has risen by six points since last year.', 'uhdrs'],
    ['The Unified Huntington\'s Disease Rating Scale was repeated in clinic.', 'uhdrs'],
    ['Your MND nurse will visit next week to talk about a feeding tube.', 'mnd'],
  ]);
});

describe('hip and clubfoot clinic letters', () => {
  itUnderlines([
    ['NIPE at 48 hours: hips stable, red reflex seen in both eyes.', 'nipe'],
    ['Right CTEV picked up on the 20-week scan.', 'ctev'],
    ['After the last Ponseti cast he will go into the FAB.', 'fab-foot-abduction-brace'],
    ['She wears the foot abduction brace at night.', 'fab-foot-abduction-brace'],
    ['X-ray of the hip showed early AVN of the femoral head.', 'avn-avascular-necrosis'],
    ['A TA tenotomy was done in clinic before the final cast.', 'ta'],
    ['Colonoscopy: two small TA removed, low-grade dysplasia.', 'ta'],
  ]);
  itSkips([
    ['The party was FAB, thanks to everyone who came!', 'fab-foot-abduction-brace'],
    ['Ten FAB ideas for longer baby naps this summer.', 'fab-foot-abduction-brace'],
    ['The AVN Awards were held in Las Vegas last weekend.', 'avn-avascular-necrosis'],
    ['Our TA marked the essays and handed them back on Friday.', 'ta'],
    ['Lagging signals are the Achilles heel of TA for most day traders.', 'ta'],
  ]);
  itSkipsOnHealthPages([
    ['AML was classed by the FAB system before the WHO scheme replaced it.', 'fab-foot-abduction-brace'],
    ['Ablation of the AVN was done with a pacemaker put in first.', 'avn-avascular-necrosis'],
    ['The TA on the ward helped her back to bed after lunch.', 'ta'],
    ['A TA transfer was planned for his relapsed clubfoot.', 'ta'],
  ]);
});

describe('sexual assault referral centre letters', () => {
  itUnderlines([
    ['She went to the SARC after the rape and had a forensic exam.', 'sarc'],
    ['The FME took swabs in custody with the detainee\'s consent.', 'fme'],
    ['PEPSE was given within 24 hours, with a 28-day course.', 'pepse'],
    ['An ISVA can go with you to court.', 'isva'],
    ['Possible DFSA, so urine was kept for toxicology.', 'dfsa'],
  ]);
  itSkips([
    ['We built the data pipeline in an FME workspace and ran it overnight.', 'fme'],
    ['Open the FME samples folder to try the example workspaces.', 'fme'],
    ['The DFSA fined the bank for breaches of its conduct rules in Dubai.', 'dfsa'],
    ['The SARC trial of a new sarcoma drug opened in three countries.', 'sarc'],
  ]);
});

describe('ME/CFS letters', () => {
  itUnderlines([
    ['Since the ME diagnosis she has had to give up work.', 'me-myalgic-encephalomyelitis'],
    ['People with severe ME may be housebound.', 'me-myalgic-encephalomyelitis'],
    ['GET is no longer offered for ME/CFS in the UK.', 'get-graded-exercise-therapy'],
    ['I was told to try graded exercise therapy last year.', 'get-graded-exercise-therapy'],
    ['LDN at 1.5 mg helped my fibromyalgia a little.', 'ldn'],
    ['Use the HR monitor to keep below your limit.', 'hr'],
  ]);
  itSkips([
    ['CALL ME WHEN YOU GET HOME.', 'me-myalgic-encephalomyelitis'],
    ['Send a GET request to the endpoint to fetch the list.', 'get-graded-exercise-therapy'],
    ['Load the PEM certificate, then retry the GET with request pacing on.', 'get-graded-exercise-therapy'],
    ['LDN cafes charge 4 pounds for a flat white and a 50 mg caffeine shot.', 'ldn'],
    ['LDN fashion week returns to Soho in February.', 'ldn'],
    ['The ME ruled the death an accident after the autopsy.', 'me-myalgic-encephalomyelitis'],
  ]);
  itSkipsOnHealthPages([
    ['The ME ruled the death an accident after the autopsy.', 'me-myalgic-encephalomyelitis'],
    ['LDN hospitals are short of nurses this winter.', 'ldn'],
    ['HR monitor sickness absence and refer staff to occupational health.', 'hr'],
  ]);
});

describe('tissue viability letters', () => {
  itUnderlines([
    ['Suspected DTI on the sacrum; repositioning every two hours.', 'dti-deep-tissue-injury'],
    ['A deep tissue injury on the heel can open up over days.', 'dti-deep-tissue-injury'],
  ]);
  itSkipsOnHealthPages([
    ['DTI showed damage to the white matter tracts after the head injury.', 'dti-deep-tissue-injury'],
  ]);
  itSkips([['The DTI ratio of the borrower was too high for the loan.', 'dti-deep-tissue-injury']]);
});

describe('school vaccination letters', () => {
  itUnderlines([
    ['The SAIS nurses will give the HPV vaccine in school.', 'sais'],
    ['Students get dTpa in Year 7.', 'dtpa'],
    ['HBV vaccine was given at birth and at 8 weeks.', 'hbv'],
    ['Any child without records can have a catch-up MMR.', 'mmr'],
  ]);
  itSkips([
    ['SAIS students held a debate on foreign policy in Washington.', 'sais'],
    ['My MMR dropped after three ranked losses in a row.', 'mmr'],
  ]);
  itSkipsOnHealthPages([['DTPA scan results show how well each kidney filters.', 'dtpa']]);
});

describe('medical cannabis clinic letters', () => {
  itUnderlines([
    ['CBD oil did little for her fibromyalgia.', 'cbd'],
    ['Referral for CNCP after years of neck pain.', 'cncp'],
  ]);
  itSkips([
    ['Office rents in the CBD rose again this quarter.', 'cbd'],
    ['Parking in the CBD is expensive after 9 am.', 'cbd'],
  ]);
  itSkipsOnHealthPages([
    ['The pub screens are HD now, so the match looks sharp.', 'hd'],
    ['The new HD screens in the waiting room show the queue.', 'hd'],
    ['The SLT is taking the team out for lunch on Friday.', 'slt'],
  ]);
  itUnderlinesOnHealthPages([
    ['The SLT will assess his swallowing on Monday.', 'slt'],
    ['He has HD and lives with his carer; chorea is worse at night.', 'hd'],
  ]);
});
