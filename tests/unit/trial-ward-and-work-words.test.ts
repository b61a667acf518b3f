/**
 * Everyday words in a medical sense that notes, information sheets and letters use tersely: results
 * and the lab, the course of care on a ward, examination findings, clinical-trial information
 * sheets, blood and organ donation, outbreak notices and fitness-for-work letters. Each word is
 * gated by cue words and phrases that stand beside its health sense, and each is tried against its
 * other senses (money, sport, software, politics, cooking, music, everyday speech), alone and on a
 * page about health.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itMatchesAtAnyLevel,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('results and microbiology', () => {
  itUnderlines([
    ['Pre-op MRSA screen negative, so no nasal cream is needed.', 'negative-result'],
    ['CPE rectal swab negative on admission.', 'negative-result'],
    ['Her VRE screen was negative this week.', 'negative-result'],
    ['Urine grew E. coli, sensitive to nitrofurantoin and co-amoxiclav.', 'sensitive'],
    ['The Staph aureus isolate is sensitive to flucloxacillin.', 'sensitive'],
    ['Blood cultures: no growth after 48 hours.', 'no-growth'],
    ['MSU: no growth.', 'no-growth'],
    ['All patients are screened for MRSA on admission to the ward.', 'screened'],
    ['Pregnant women are screened for HIV, hepatitis B and syphilis.', 'screened'],
    ['She is a carrier of MRSA but has no infection.', 'genetic-carrier'],
    ['He is a hepatitis B carrier and sees a liver nurse every year.', 'genetic-carrier'],
    ['Both parents are carriers of the cystic fibrosis gene.', 'genetic-carrier'],
  ]);
  itChoosesSense([
    ['He is a hepatitis B carrier and sees a liver nurse every year.', 'carrier', 'carries a germ without being ill'],
    ['Most carriers of MRSA never become ill.', 'carriers', 'carries a germ without being ill'],
    ['Both parents are carriers of the cystic fibrosis gene.', 'carriers', 'carries a changed gene'],
  ]);
  itSkips([
    ["The film's negative was stored in a cold vault.", 'negative-result'],
    ['She is sensitive to criticism and hates being told what to do.', 'sensitive'],
    ['The microphone is sensitive enough to pick up a whisper.', 'sensitive'],
    ['There was no growth in sales this quarter.', 'no-growth'],
    ['The documentary was screened at the festival last week.', 'screened'],
    ['The new series will be screened on television in the spring.', 'screened'],
    ['The aircraft carrier sailed into the harbour.', 'genetic-carrier'],
    ['Low-cost carriers have cut fares for the summer.', 'genetic-carrier'],
  ]);
  itSkipsOnHealthPages([
    ['The MRSA campaign had a negative impact on staff morale.', 'negative-result'],
    ['Some people are sensitive to light after eye drops.', 'sensitive'],
    ['There was no growth in height over the summer.', 'no-growth'],
    ['The film was screened at a cinema in London.', 'screened'],
    ['Your insurance carrier may ask for a letter about the MRSA infection.', 'genetic-carrier'],
    ['Mix a few drops with a carrier oil before rubbing it on the skin.', 'genetic-carrier'],
  ]);
});

describe('the course of care and the ward', () => {
  itUnderlines([
    ["She's stable now and they've turned her oxygen down.", 'stable'],
    ['He is still in hospital but stable.', 'stable'],
    ['She presented to A&E with chest pain.', 'present-with'],
    ['Patients who present to the emergency department with a head injury are seen quickly.', 'present-with'],
    ['He presented to his GP with a lump in his neck.', 'present-with'],
    ['Presented to OH with back pain after lifting.', 'present-with'],
    ['Two-week history of cough and fever.', 'history-of-symptoms'],
    ['A three-day history of vomiting and diarrhoea.', 'history-of-symptoms'],
    ['A 3-day history of earache.', 'history-of-symptoms'],
    ['The doctor took a full history and examined her.', 'history-of-symptoms'],
    ['Collateral history from his daughter confirms the falls.', 'history-of-symptoms'],
    ['Tolerating full feeds of formula via NG tube.', 'tolerating'],
    ['She is tolerating breast milk well and gaining weight.', 'tolerating'],
    ['Mildly frail, lives alone with carers twice a day.', 'frailty'],
    ['Scored 6 on the frailty scale: moderately frail, needs help with all outside activities.', 'frailty'],
    ['Intake poor; encouraged to finish each meal with a supplement drink.', 'intake'],
    ['The dietitian will check her food intake.', 'intake'],
    ['Fluid balance: input 2 L, output 1.2 L.', 'fluid-output'],
    ['Total output 300 ml over 12 hours via catheter.', 'fluid-output'],
    ['High stoma output of 2 litres a day can cause dehydration.', 'fluid-output'],
    ['Your operation is on the afternoon list, so you may eat breakfast before 7 a.m.', 'operating-list'],
    ['He was added to the trauma list for surgery on his wrist.', 'operating-list'],
    ['She is first on the morning list, so nothing to eat after midnight.', 'operating-list'],
    // The recovery room's own written phrases are longer than the bare word, and win.
    ['After the operation you will be taken to recovery until you are awake.', 'recovery-room'],
    ['She woke up in recovery feeling sick.', 'recovery-room'],
    ['The recovery nurse checked his blood pressure every 15 minutes.', 'theatre-recovery'],
    ['Stepped down from ICU to the surgical ward on day 3.', 'step-down'],
    ['Stepped down from HDU overnight.', 'step-down'],
    ['NEWS2 of 6, escalated to the medical registrar.', 'escalation-of-care'],
    ['Please escalate to the outreach team if his obs worsen.', 'escalation-of-care'],
    ['I had a bad flare and could not get out of bed all weekend.', 'flare'],
    ['My lupus flare left me with swollen joints and fatigue.', 'flare'],
    ['The GP sent the script to the chemist by email.', 'script'],
    ['The pain clinic sent the script for the patches to your chemist.', 'script'],
  ]);
  itMatchesAtAnyLevel([
    ['Please arrive fasting for your operation.', 'fasting'],
    ['No food from midnight: you must be fasting before the anaesthetic.', 'fasting'],
  ]);
  itSkips([
    ['The satellite settled into a stable orbit.', 'stable'],
    ['The pound stayed stable against the dollar.', 'stable'],
    ['The award was presented to the nurse by the mayor.', 'present-with'],
    ['The report was presented to the committee on Monday.', 'present-with'],
    ['The award was presented to Ed by the mayor.', 'present-with'],
    ['The race has a long history of crashes.', 'history-of-symptoms'],
    ['The museum tells the history of the city.', 'history-of-symptoms'],
    ['The club has a 150-year history of success.', 'history-of-symptoms'],
    ['The book gives a full history of the city.', 'history-of-symptoms'],
    ['Racist abuse will not be tolerated at this club.', 'tolerating'],
    ["The coalition's frail majority collapsed in a week.", 'frailty'],
    ['The old bridge looked frail after the storm.', 'frailty'],
    ["The engine's air intake was blocked with leaves.", 'intake'],
    ["The university's autumn intake of students was larger than ever.", 'intake'],
    ['Factory output fell by 2% last month.', 'fluid-output'],
    ['Route the audio output to the speakers.', 'fluid-output'],
    ['Here is my morning list of things to do before work.', 'operating-list'],
    ['The afternoon list of school clubs is on the noticeboard.', 'operating-list'],
    ['Economic recovery is expected next year.', 'theatre-recovery'],
    ['Run a data recovery tool on the memory card.', 'theatre-recovery'],
    ['The chief executive stepped down after ten years.', 'step-down'],
    ['The manager stepped down from the role last week.', 'step-down'],
    ['The row escalated into a fight outside the pub.', 'escalation-of-care'],
    ['Fears of military escalation grew after the strike.', 'escalation-of-care'],
    ['A solar flare disrupted radio signals.', 'flare'],
    ['The boat fired a flare when the engine failed.', 'flare'],
    ['The script for the series went through six drafts.', 'script'],
    ['Run this script to back up your files.', 'script'],
    ['Fasting during Ramadan ends at sunset.', 'fasting'],
  ]);
  itSkipsOnHealthPages([
    ['A stable home helps children feel safe.', 'stable'],
    ['The findings were presented to the hospital board.', 'present-with'],
    ['The history of medicine is full of surprises.', 'history-of-symptoms'],
    ['Clear your browser history after using a shared computer.', 'history-of-symptoms'],
    ['Please fill in the intake form before your first appointment.', 'intake'],
    ["The study's main output is a guide for nurses.", 'fluid-output'],
    ['Recovery from a hip replacement takes about three months.', 'theatre-recovery'],
    ['He has been in recovery from alcohol addiction for ten years.', 'theatre-recovery'],
    ['The hospital boss stepped down as head of the trust after the report.', 'step-down'],
    ['Staff escalated the complaint to the hospital manager.', 'escalation-of-care'],
    ['A lens flare spoiled the photo of the hospital.', 'flare'],
    ['Recovery can take weeks; you meet the anaesthetist in the anaesthetic room.', 'theatre-recovery'],
    ['Her output at work dropped while she had vomiting and a urine infection.', 'fluid-output'],
    ['The liver transplant unit has its own team, and blood donors are welcome.', 'blood-unit'],
    ['The event was held at the hospital during the study to thank volunteers.', 'study-event'],
    ['Negative side effects of the MRSA treatment are rare.', 'negative-result'],
    ['On the stairs, step down with your bad leg first, the physio on the ward will show you.', 'step-down'],
    ['In the dose escalation part of the trial, nurses check the obs every hour.', 'escalation-of-care'],
    ['Keep an emergency list of phone numbers by the phone, as the surgery advises.', 'operating-list'],
  ]);
});

describe('frail: an everyday word, its clinical grades technical', () => {
  // Every adult knows "frail"; the card explains it beside a cue word at the "every word" setting,
  // while the grades of the frailty scale ("moderately frail") are underlined by default.
  itMatchesAtAnyLevel([['Frail elderly people in care homes are at high risk of falls.', 'frailty']]);
  itSkips([['Frail elderly people in care homes are at high risk of falls.', 'frailty']]);
});

describe('examination findings', () => {
  itUnderlines([
    ['Abdomen tender in the RIF with guarding.', 'guarding'],
    ['Tenderness and guarding in the right iliac fossa.', 'guarding'],
    ['Rigid abdomen with peritonism; surgical review requested.', 'peritonism'],
    ['Shuffling gait and a tremor in the right hand.', 'gait'],
  ]);
  itUnderlinesOnHealthPages([
    ['Gait normal, Romberg negative.', 'gait'],
    ['Her gait has slowed since the fall.', 'gait'],
  ]);
  itSkips([
    ['The rook is guarding the back rank.', 'guarding'],
    ['He spent the night guarding the warehouse.', 'guarding'],
    ['Her loping gait made her easy to pick out at the front of the pack.', 'gait'],
    ['The pony moved with an easy gait across the field.', 'gait'],
  ]);
  itSkipsOnHealthPages([
    ['Hand washing is the best way of guarding against infection.', 'guarding'],
    ["The horse's gait changed from a walk to a trot.", 'gait'],
  ]);
});

describe('clinical-trial information sheets', () => {
  itUnderlines([
    ['In a double-blind study, neither you nor the research nurse will know which tablet you take.', 'double-blind'],
    ['The trial was double-blind and placebo-controlled.', 'double-blind'],
    ['You will be randomised to one of two groups, like tossing a coin.', 'randomization'],
    ['Patients were randomized to the new drug or placebo.', 'randomization'],
    ['You will get either the study drug or a dummy tablet.', 'placebo'],
    ['Participants in the control arm will get the usual dressing.', 'trial-arm'],
    ['Women in the placebo arm had more hot flushes.', 'trial-arm'],
    ['You can withdraw from the study at any time without giving a reason.', 'withdraw-from-a-study'],
    ['If you withdraw, it will not affect your care.', 'withdraw-from-a-study'],
    ['Three people withdrew from the study because of side effects.', 'withdraw-from-a-study'],
    ['A fall during the study counts as an event and must be reported.', 'study-event'],
    ['Fewer cardiovascular events happened in the treatment group.', 'study-event'],
    ['A major cardiac event is a heart attack, a stroke or death from heart disease.', 'study-event'],
    ['Please tell the study doctor about any new medicines.', 'study-doctor'],
    ['The research nurse will call you a week after the injection.', 'research-nurse'],
    ['Please read the participant information sheet before you decide.', 'participant-information-sheet'],
    ['The code was broken early and the patient was unblinded after a serious reaction.', 'unblinding'],
    ['Any serious adverse event must be reported to the sponsor within 24 hours.', 'trial-sponsor'],
    ['The sponsor of this study is a university in Leeds.', 'trial-sponsor'],
  ]);
  itUnderlinesOnHealthPages([
    ['This double-blind study compared the new cream with a dummy cream.', 'double-blind'],
    ['Half of the people will be randomised to the treatment group.', 'randomization'],
  ]);
  itSkips([
    ['The journal uses double-blind peer review for all papers.', 'double-blind'],
    ['The orchestra held double-blind auditions behind a screen.', 'double-blind'],
    ['The game randomises the loot in every chest.', 'randomization'],
    ['The playlist is randomized each time you press play.', 'randomization'],
    ["The car's lower control arm was replaced after the crash.", 'trial-arm'],
    ['A worn control arm bushing makes the steering feel loose.', 'trial-arm'],
    ['You can withdraw cash from any machine.', 'withdraw-from-a-study'],
    ['The army will withdraw from the city by Friday.', 'withdraw-from-a-study'],
    ['The charity event raised money for the hospital.', 'study-event'],
    ['England won the first event of the sevens series.', 'study-event'],
    ['The bank is the main sponsor of the marathon.', 'trial-sponsor'],
    ['Please sponsor me for the charity swim.', 'trial-sponsor'],
  ]);
  itSkipsOnHealthPages([
    ['Doctors may withdraw treatment if it is no longer helping.', 'withdraw-from-a-study'],
    ['She became withdrawn and stopped seeing friends.', 'withdraw-from-a-study'],
    ['In the event of a heart attack during the study, call an ambulance.', 'study-event'],
    ['A stressful life event can trigger depression.', 'study-event'],
    ['The clinical trial was paid for by a drug company, and the shirt sponsor of the team is a bank.', 'trial-sponsor'],
    ['NINDS sponsors research on tremor, including clinical trials.', 'trial-sponsor'],
    ['The drug was withdrawn from the market, the research team said.', 'withdraw-from-a-study'],
    ['She withdrew her application after the consent form was signed.', 'withdraw-from-a-study'],
    ['The journal asks for double-blind peer review of every trial report.', 'double-blind'],
  ]);
});

describe('blood and organ donation', () => {
  itUnderlines([
    ['Each unit of blood you give can help up to three people.', 'blood-unit'],
    ['He was transfused two units of red cells.', 'blood-unit'],
    ['A pint of beer holds about two units of alcohol.', 'blood-unit'],
    ['If you have had a tattoo in the last four months, you will be deferred from giving blood.', 'donation-deferral'],
    ['Donors who have been to a malaria area may be deferred for a while.', 'donation-deferral'],
    ['Donors must weigh at least 50 kg to give blood.', 'donor'],
    ['Your haemoglobin is checked with a finger-prick test before you donate.', 'finger-prick-test'],
    ['She became a kidney donor for her brother.', 'donor'],
    ['Stem cell donors are matched to patients by tissue type.', 'donor'],
    ['She is waiting for a stem cell donor match.', 'donor-match'],
    ['Her brother was a perfect match for the bone marrow transplant.', 'donor-match'],
    ['He has been on the transplant list for a year, waiting for a match.', 'donor-match'],
  ]);
  itChoosesSense([
    ['Each unit of blood you give can help up to three people.', 'unit', 'one bag of donated blood'],
    ['A pint of beer holds about two units of alcohol.', 'units', 'a measure of alcohol'],
  ]);
  itSkips([
    ['The army unit moved north overnight.', 'blood-unit'],
    ['The housing units will be ready next year.', 'blood-unit'],
    ['Tax on the gains is deferred until you sell the shares.', 'donation-deferral'],
    ['The vote was deferred until next week.', 'donation-deferral'],
    ['A single donor gave $2 million to the campaign.', 'donor'],
    ['Political donors funded the new party.', 'donor'],
    ['Nobody could match the Slovenian on the final climb.', 'donor-match'],
    ['The football match ended in a draw.', 'donor-match'],
  ]);
  itSkipsOnHealthPages([
    ['The dialysis unit is on the second floor.', 'blood-unit'],
    ['Set the unit to mmol/L in the app.', 'blood-unit'],
    ['Deferred cord clamping gives the baby more blood.', 'donation-deferral'],
    ['The donor site on your thigh may ooze for a few days.', 'donor'],
    ['Wealthy donors paid for the new kidney unit.', 'donor'],
    ['The charity will match your donation pound for pound.', 'donor-match'],
    ['Treatment may be deferred until the platelets recover.', 'donation-deferral'],
    ['The match between symptoms and tests was poor in leukaemia patients.', 'donor-match'],
    ['Thanks to our generous donors, the kidney charity funds new research.', 'donor'],
  ]);
});

describe('outbreak notices', () => {
  itUnderlines([
    ['Three confirmed cases of measles have been reported at the school.', 'case-of-illness'],
    ['The outbreak has grown to 42 confirmed cases.', 'case-of-illness'],
    ['There were 12 cases of measles at the school this week.', 'case-of-illness'],
    ['The index case was a traveller returning from abroad.', 'index-case'],
    ['If you are a close contact, the public health team will call you.', 'close-contact'],
    ['Cohorting of patients with norovirus began on Ward 7.', 'cohorting'],
    ['She was barrier nursed in a side room.', 'barrier-nursing'],
    ['Barrier nursing is used for patients with C. diff.', 'barrier-nursing'],
    ['The bay will have a terminal clean before new patients are admitted.', 'terminal-clean'],
    ['Staff with diarrhoea or vomiting must follow the 48-hour rule.', '48-hour-rule'],
  ]);
  itSkips([
    ['The court case will be heard next month.', 'case-of-illness'],
    ['In most cases, the bank must refund you.', 'case-of-illness'],
    ['Put your phone in a case to protect it.', 'case-of-illness'],
    ['Rugby is a close contact sport.', 'close-contact'],
    ['Police can hold a suspect under the 48-hour rule before charging.', '48-hour-rule'],
  ]);
  itSkipsOnHealthPages([
    ['In most cases, measles gets better on its own.', 'case-of-illness'],
    ['In severe cases, flu can cause pneumonia.', 'case-of-illness'],
    ['Your case manager will help plan your care after the outbreak.', 'case-of-illness'],
    ['Each request about measles vaccines is judged case by case.', 'case-of-illness'],
    ['In other cases, the rash appears on one side of the face during a measles outbreak.', 'case-of-illness'],
    ['In cases where there is no rash, the public health team may still test for measles.', 'case-of-illness'],
    ['Wash pillow cases and towels in hot water during a norovirus outbreak.', 'case-of-illness'],
    ['MRSA spread in hospitals. There is no case since the war of a famine like this one.', 'case-of-illness'],
    ['An outbreak of norovirus is a case where hand washing matters most.', 'case-of-illness'],
    ['MRSA was once caught mainly in hospitals; a drone carrier is a kind of aircraft carrier.', 'genetic-carrier'],
  ]);
});

describe('fitness-for-work letters', () => {
  itUnderlines([
    ['Fit for work with adjustments: shorter shifts and no heavy lifting.', 'workplace-adjustment'],
    ['Fit for work with adjustments: shorter shifts and no heavy lifting.', 'fit-for-work'],
    ['Your employer must make reasonable adjustments for your disability.', 'workplace-adjustment'],
    ['Occupational health recommended adjustments at work, such as a new chair.', 'workplace-adjustment'],
    ['Light duties only for two weeks after the operation.', 'light-duties'],
    ['He was put on modified duties after his back injury.', 'light-duties'],
    ['Workers exposed to noise have yearly health surveillance, including a hearing test.', 'health-surveillance'],
    ['Results of your health surveillance were satisfactory.', 'health-surveillance'],
    ['An occupational health assessment will check whether you are fit to work nights.', 'fit-for-work'],
    ['A phased return to work over four weeks was agreed after her surgery.', 'phased-return'],
    ['Her fit note suggests a phased return, starting at half days.', 'phased-return'],
    ['He took ill-health retirement after his second heart attack.', 'ill-health-retirement'],
    ['A stress risk assessment was completed with your manager.', 'stress-risk-assessment'],
  ]);
  itSkips([
    ['Pay adjustments will be made in April.', 'workplace-adjustment'],
    ['The camera needs a few adjustments before the shoot.', 'workplace-adjustment'],
    ['The officer was placed on restricted duties while the complaint is investigated.', 'light-duties'],
    ['Import duties on wine were cut last year.', 'light-duties'],
    ['Election observers raised concerns about surveillance of opposition rallies.', 'health-surveillance'],
    ['Schools began a phased return of pupils after the summer.', 'phased-return'],
  ]);
  itSkipsOnHealthPages([
    ['Your employer and GP discussed a dose adjustment for your insulin.', 'workplace-adjustment'],
    ['Public health surveillance tracks flu cases across the country.', 'health-surveillance'],
    ['Small lifestyle adjustments can help, and your employer may be able to support you.', 'workplace-adjustment'],
  ]);
});

describe('lines of earlier sets the first merge lost', () => {
  // The flare entry's cue list is at its limit of 30; "rheumatology" came back in place of "anti-inflammatory".
  itUnderlines([['Had a flare over the weekend, so I phoned the rheumatology helpline.', 'flare']]);
  // Gait is gated now, so it no longer shows a sentence is about health by itself: PT needs its own cue.
  itUnderlines([['PT twice weekly for gait training and balance work.', 'pt']]);
  // An Irish or English voluntary-aided school, read on a page about health.
  itSkipsOnHealthPages([['Our children attend a VA Catholic primary school near the hospital.', 'va']]);
});
