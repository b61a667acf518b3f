/**
 * Words of US patient portals, visit notes, discharge papers, imaging reports and patients' own
 * messages that read plain in health sentences: DC and DC'd, contrast, mass, growth, clear to
 * auscultation, productive and dry cough, stage, scope, bypass, vessel, code blue, drip, shots,
 * booster, referral, fasting, labs, sugars, spotting, mole, spine, units of insulin, echo, mammo.
 * Each is tried against its other senses on ordinary pages and on health pages (sport, money,
 * places, software, school, law, cooking, music, everyday speech), and the fences added for
 * discharge, stroke, pacemaker and seizure keep a health page's other senses plain.
 */
import { describe, expect, it } from 'vitest';
import {
  itChoosesSense,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
  senseChosen,
} from './helpers/bundled-underline';

describe('DC and D/C: discharge or discontinue, only beside note words', () => {
  itUnderlines([
    ['Plan: DC home tomorrow if tolerating diet; f/u with PCP in 2 weeks.', 'dc'],
    ['DC metformin 500 mg and start insulin.', 'dc'],
    ["Foley DC'd on day 2 and voiding well.", 'dc'],
    ["Patient was DC'd to SNF on hospital day 5.", 'dc'],
    ["D/C'd home with home health.", 'd-c'],
    ['D/C home once pain is controlled on oral meds.', 'd-c'],
  ]);
  itSkips([
    ['She moved to Washington DC to work for a senator.', 'dc'],
    ['Convert the 12V DC output to AC with an inverter.', 'dc'],
    ['AC/DC played their biggest hits at home in Sydney.', 'dc'],
    ['The DC Comics movie opens at home and abroad this week.', 'dc'],
    ['DC United won at home on Saturday.', 'dc'],
    ['DC home prices rose again this year.', 'dc'],
    ['Plug the DC adapter into the tablet.', 'dc'],
    ['He flew back home to DC after the summit.', 'dc'],
    ['Residents of DC get their meds at a pharmacy in Maryland.', 'dc'],
    ["DC's mayor announced new funding for home care.", 'dc'],
    ['The clinic in DC gives free meds to people without insurance.', 'dc'],
  ]);
  itSkipsOnHealthPages([
    ['The CDC has an office in Washington DC.', 'dc'],
    ['Our office in Washington, DC helps people get medications.', 'dc'],
    ['Residents of DC get their meds at a pharmacy in Maryland.', 'dc'],
    ['The DC Comics hero visited the children at home.', 'dc'],
  ]);
});

describe('imaging and report words', () => {
  itUnderlines([
    ['The CT was done with contrast to look at the kidneys.', 'contrast-dye'],
    ['Tell the radiologist if you have had a reaction to contrast before.', 'contrast-dye'],
    ['Oral contrast is a drink you take before some CT scans.', 'contrast-dye'],
    ['Ultrasound showed a 4 cm mass on the left kidney.', 'mass'],
    ['CT: 1.8 cm mass in the right upper lobe.', 'mass'],
    ['A 3 cm mass was found in the liver.', 'mass'],
    ['The dermatologist froze off a small growth on her hand.', 'growth'],
    ['A biopsy showed the growth on his eyelid was benign.', 'growth'],
    ['Polyps are growths on the lining of the colon.', 'growth'],
    ['A thin needle removes part of a skin growth for testing.', 'growth'],
    ['The benign growth on her neck was left alone.', 'growth'],
    ['Chest: clear to auscultation, no wheezes.', 'ctab'],
    ['Lungs clear to auscultation bilaterally, heart regular.', 'ctab'],
    ['He has had a wet cough for two weeks.', 'productive-cough'],
    ['A chesty cough often comes with a cold.', 'productive-cough'],
    ['Productive cough with yellow phlegm since Monday.', 'productive-cough'],
    ['A nonproductive cough can last weeks after flu.', 'dry-cough'],
    ['Some blood pressure pills cause a non-productive cough.', 'dry-cough'],
  ]);
  itUnderlinesOnHealthPages([['You may get contrast through an IV before the scan.', 'contrast-dye']]);
  itSkips([
    ['The photo editor lets you change brightness and contrast.', 'contrast-dye'],
    ['The colors make a nice contrast with the walls.', 'contrast-dye'],
    ['The mass of the object is measured in kg, its length in cm.', 'mass'],
    ['A 2 kg mass hangs 30 cm below the spring.', 'mass'],
    ['She went to Mass every Sunday before her lung surgery.', 'mass'],
    ['The mass shooting shocked the town.', 'mass'],
    ['Economic growth slowed last year.', 'growth'],
    ['Sales growth beat forecasts for the third quarter.', 'growth'],
    ['A growth mindset helps students learn.', 'growth'],
    ['It was a productive meeting about cough medicine prices.', 'productive-cough'],
  ]);
  itSkipsOnHealthPages([
    ['In contrast, the control group given IV fluids lost weight.', 'contrast-dye'],
    ['By contrast, oral antibiotics work more slowly than IV ones.', 'contrast-dye'],
    ['High contrast text is easier to read for people with low vision.', 'contrast-dye'],
    ['This contrast between rich and poor areas shapes IV drug use.', 'contrast-dye'],
    ['MRI gives better contrast of soft tissues than CT.', 'contrast-dye'],
    ['The Mass General liver transplant team is world famous.', 'mass'],
    ['Strength training helps keep muscle mass as you age, even after lung surgery.', 'mass'],
    ['Low bone mass in the spine raises the risk of a break.', 'mass'],
    ['Given in mass drug administrations, the tablet has cut river blindness and lung worm.', 'mass'],
    ['Mass vaccination campaigns cut measles deaths after lung infections rose.', 'mass'],
    ['Cancer cells need a blood supply for the growth of the tumor.', 'growth'],
    ['Tumor growth was slower in mice given the drug.', 'growth'],
    ['Hair growth often returns after a benign cyst is removed.', 'growth'],
    ['Blood culture: no growth at 48 hours.', 'growth'],
    ['Chemotherapy slows their growth, and a cyst may shrink too.', 'growth'],
    ['Folic acid supports healthy growth of the fetus, and benign tumors are rare.', 'growth'],
    ['Thyroid hormones control growth, body temperature and heart rate.', 'growth'],
    ['Growth hormone helps children grow.', 'growth'],
  ]);
});

describe('stage: how far an illness has gone, with its meanings', () => {
  itUnderlines([
    ['She was diagnosed with stage 2 breast cancer.', 'stage'],
    ['His CKD is now stage 4, and dialysis may be needed.', 'stage'],
    ['A stage 2 pressure sore is an open, shallow wound.', 'stage'],
    ['Stage 1 hypertension starts at 130/80 mmHg.', 'stage'],
    ['The second stage of labor ends when the baby is born.', 'stage'],
    ['People in the late stage of dementia need help with eating.', 'stage'],
  ]);
  itChoosesSense([
    ['She was diagnosed with stage 2 breast cancer.', 'stage', 'cancer stage (how far it has spread)'],
    ['His CKD is now stage 4, and dialysis may be needed.', 'stage', 'stage of chronic kidney disease'],
    ['A stage 2 pressure sore is an open, shallow wound.', 'stage', 'stage of a pressure sore'],
    ['Stage 1 hypertension starts at 130/80 mmHg.', 'Stage', 'stage of high blood pressure'],
    ['The first stage of labour can last many hours.', 'stage', 'stage of labor'],
    ['People in the late stage of dementia need help with eating.', 'stage', 'stage of dementia'],
  ]);
  itSkips([
    ['Stage 4 of the Tour de France ends in the Alps.', 'stage'],
    ['At an early stage of the project we set a budget.', 'stage'],
    ['She used a stage name for her first album.', 'stage'],
    ["The next stage of Labour's plan for the NHS was set out today.", 'stage'],
  ]);
  itSkipsOnHealthPages([
    ['The band took the stage after the cancer charity auction.', 'stage'],
    ['She will be on stage at the cancer benefit concert.', 'stage'],
    ['The five stages of grief can follow a cancer diagnosis.', 'stage'],
    ['At this stage we do not know whether the cancer drug works.', 'stage'],
    ['A positive outlook helps people with cancer at every stage.', 'stage'],
    ['High blood pressure sets the stage for stroke and kidney disease.', 'stage'],
    ['The bill reached its report stage before the dementia vote.', 'stage'],
    ['We are at an early stage of labor market recovery.', 'stage'],
    ['Labour wants to find more cancer at an early stage.', 'labor'],
  ]);
});

describe('procedures patients name plainly', () => {
  itUnderlines([
    ['The doctor used a scope to look at her esophagus.', 'scope'],
    ['They found two polyps during the scope.', 'scope'],
    ['After his heart attack he needed bypass surgery.', 'heart-bypass-surgery'],
    ['She had a double bypass last spring.', 'heart-bypass-surgery'],
    ['The cardiologist said a bypass would work better than a stent.', 'heart-bypass-surgery'],
    ['During bypass surgery a heart-lung machine keeps blood moving.', 'heart-lung-machine'],
    ['She was on cardiopulmonary bypass for 90 minutes.', 'heart-lung-machine'],
    ['A clot blocked a vessel in her lung.', 'blood-vessel'],
    ['The retina has tiny vessels that can leak in diabetes.', 'blood-vessel'],
    ['The surgeon tied off the bleeding vessel.', 'blood-vessel'],
    ['A code blue was called when the patient stopped breathing and CPR began.', 'code-blue'],
    ['Staff called a code blue, and the crash cart arrived within a minute.', 'code-blue'],
    ['ROSC was achieved after two shocks.', 'rosc'],
    ['She is on a heparin drip until the clot is treated.', 'drip'],
    ['A nitro drip was started for chest pain.', 'drip'],
    ['Her echo showed an ejection fraction of 40%.', 'echocardiogram'],
    ['An echo checks how well the heart valves work.', 'echocardiogram'],
    ['Your screening mammo is due next month.', 'mammogram'],
  ]);
  itSkips([
    ['He mounted a new rifle scope before the hunt.', 'scope'],
    ['Scope creep pushed the hospital IT project past its deadline.', 'scope'],
    ['The new bypass road takes traffic around the town centre.', 'heart-bypass-surgery'],
    ['The fishing vessel returned to port with its catch.', 'blood-vessel'],
    ['Store the fluid in a clean glass vessel.', 'blood-vessel'],
    ['Enter the code to unlock your phone.', 'code-blue'],
    ['The Amazon Echo can remind you to check your heart rate.', 'echocardiogram'],
    ['The echo in my heart will never fade, she sang.', 'echocardiogram'],
    ['The guitar amp has valve drive and a tape echo.', 'echocardiogram'],
    ['Use the scope resolution operator, a double colon, to reach the global name.', 'scope'],
    ['Attach the camera to the scope and point it at the moon.', 'scope'],
  ]);
  itSkipsOnHealthPages([
    ['That is beyond the scope of this article on stomach health.', 'scope'],
    ['The scope of the knee injury study was small.', 'scope'],
    ['The scope of practice for nurses varies by state.', 'scope'],
    ['Hackers found a way to bypass security on the heart monitor app.', 'heart-bypass-surgery'],
    ['Gastric bypass helps some people with obesity lose weight.', 'heart-bypass-surgery'],
    ['A leg bypass can restore blood flow when arteries are blocked.', 'heart-bypass-surgery'],
    ['During the operation the patient was put on cardiopulmonary bypass.', 'heart-bypass-surgery'],
    ['A heart-lung bypass machine is used while the surgeon repairs the coronary artery.', 'heart-bypass-surgery'],
    ['The cargo vessel was carrying medical supplies and blood for the clinic.', 'blood-vessel'],
    ['Lymph vessels carry fluid back to the veins.', 'blood-vessel'],
    ['Enter the discount code at checkout to save on your CPR class.', 'code-blue'],
    ['Scan the QR code to watch the CPR video.', 'code-blue'],
    ['The door code for the AED cabinet is on the wall by the CPR poster.', 'code-blue'],
    ['The ICD-10 code for cardiac arrest is I46.9.', 'code-blue'],
    ['He is full code, so CPR would be done.', 'code-blue'],
    ['Follow the code of conduct during CPR training.', 'code-blue'],
    ['The drip irrigation line feeds potassium to the tomatoes.', 'drip'],
    ['Social media can be an echo chamber, even for heart valve advice.', 'echocardiogram'],
    ['His words echo the views of many cardiologists.', 'echocardiogram'],
    ['Echoes from the sound waves are turned into pictures of the heart valves.', 'echocardiogram'],
  ]);
});

describe('vaccines, visits and referrals', () => {
  itUnderlines([
    ['Our son is due for his 2-month shots.', 'shot'],
    ['Kindergarten shots are due before school starts.', 'shot'],
    ['The Tdap booster is given in every pregnancy.', 'booster'],
    ['A COVID booster is offered each fall to older adults.', 'booster'],
    ['Ask your PCP for a referral to a dermatologist.', 'referral'],
    ['Your insurance needs a referral before you see a cardiologist.', 'referral'],
    ['Your referral to neurology was sent today.', 'referral'],
  ]);
  itSkips([
    ['Shares shot to a 12-month high.', 'shot'],
    ['His jump shot improved after a 6-month break.', 'shot'],
    ['The rocket booster landed on a drone ship.', 'booster'],
    ['Share your referral link to earn a bonus.', 'referral'],
    ['Every referral who signs up gets $20 off.', 'referral'],
  ]);
  itSkipsOnHealthPages([
    ['A walk outside is a great mood booster, even in flu season.', 'booster'],
    ['Use a booster seat until the child is tall enough for a seat belt.', 'booster'],
    ['The clinic referral program gives patients a credit when a friend books with a surgeon.', 'referral'],
  ]);
});

describe('patient-speak: fasting, labs, sugars, spotting, mole, spine, units', () => {
  itUnderlines([
    ['Your lab work came back normal, and your A1c is 5.4.', 'lab-test'],
    ["We'll repeat labs in 3 months to check your potassium.", 'lab-test'],
    ['The laboratory test measures TSH to check your thyroid.', 'lab-test'],
    ['His sugars were running high after the steroid shot.', 'blood-sugar'],
    ['Log your sugars and bring the readings to your visit.', 'blood-sugar'],
    ['Her fasting sugars are 130 to 150 mg/dL.', 'blood-sugar'],
    ['Some women have spotting between periods in the first months on the pill.', 'spotting'],
    ['Spotting after sex should be checked by a gynecologist.', 'spotting'],
    ['She noticed brown spotting at 6 weeks pregnant.', 'spotting'],
    ['A new mole that itches or bleeds should be checked.', 'mole'],
    ['Use the ABCDE rule to check a mole.', 'mole'],
    ['Tenderness over the upper spine after the fall.', 'spine'],
    ['She takes 24 units of insulin at bedtime.', 'insulin-unit'],
    ['Each insulin unit on the pen is marked with a click.', 'insulin-unit'],
  ]);
  itUnderlinesOnHealthPages([
    ['She broke a bone in her spine in the fall.', 'spine'],
    ['He has arthritis in his spine.', 'spine'],
  ]);
  itSkips([
    ['Our black labs love swimming in the lake.', 'lab-test'],
    ['Bird spotting is a popular hobby.', 'spotting'],
    ['He is good at spotting mistakes in period dramas.', 'spotting'],
    ['The mole dug tunnels under the lawn.', 'mole'],
    ['A mole of carbon weighs 12 grams.', 'mole'],
    ['Chicken mole is a rich Mexican sauce.', 'mole'],
    ['Crack the spine of the book gently.', 'spine'],
    ['The army unit moved north.', 'insulin-unit'],
    ['Inject 10 units of Lantus at night.', 'insulin-unit'],
  ]);
  itSkipsOnHealthPages([
    ['Fasting during Ramadan can change blood sugar levels.', 'fasting'],
    ['Intermittent fasting is a way of eating.', 'fasting'],
    ['Water fasting for days is risky, and blood tests may show low sodium.', 'fasting'],
    ['Research labs are racing to find better glucose drugs.', 'lab-test'],
    ['The Genetic Testing Registry lists labs that offer testing for this condition.', 'lab-test'],
    ['The test is done only by specialized labs, and results may take months.', 'lab-test'],
    ['Students do lab work in class each Friday, measuring sodium in water.', 'lab-test'],
    ['Labs use different reference ranges for potassium.', 'lab-test'],
    ['Samples may go to different labs, so potassium ranges vary.', 'lab-test'],
    ['Fruit has natural sugars and fiber, and a meter shows your readings.', 'blood-sugar'],
    ['Limit added sugars, and check your readings.', 'blood-sugar'],
    ['Foods high in sugars can push up your readings.', 'blood-sugar'],
    ['Sugars such as honey and syrup raise your readings too.', 'blood-sugar'],
    ['Sugars in fruit juice can spike readings on a glucose meter.', 'blood-sugar'],
    ['Spotting the early signs of miscarriage can be hard.', 'spotting'],
    ['The mole dug tunnels under the lawn.', 'mole'],
    ['Write the title on the book spine.', 'spine'],
    ['The anterior superior iliac spine is a bony point on the hip.', 'spine'],
    ['Dendritic spines are tiny bumps on nerve cells.', 'spine'],
    ['Nurses are the backbone of the health system.', 'spine'],
    ['The film sent shivers down my spine.', 'spine'],
    ['One unit of alcohol can lower blood sugar in people on insulin.', 'insulin-unit'],
    ['He received two units of blood, and his insulin was paused.', 'insulin-unit'],
    ['The diabetes unit is on the third floor, next to the insulin clinic.', 'insulin-unit'],
    ['The intensive care unit treats very sick patients on insulin drips.', 'insulin-unit'],
    ['The mmHg is millimeters of mercury, the units used for blood pressure; insulin lowers sugar.', 'insulin-unit'],
  ]);
  it('finds bloodwork, dry cough and fasting, everyday words that stay plain by default', () => {
    expect(senseChosen('Routine bloodwork was normal.', 'bloodwork')).not.toBe('no match');
    expect(senseChosen('A dry cough kept her up at night.', 'dry cough')).not.toBe('no match');
    expect(senseChosen('Do not eat after midnight; you need to be fasting for the surgery.', 'fasting')).not.toBe('no match');
    expect(senseChosen('Fasting for 8 hours is needed before a glucose test.', 'Fasting')).not.toBe('no match');
    expect(senseChosen('She came in fasted for her blood draw.', 'fasted')).not.toBe('no match');
    expect(senseChosen('Fasting during Ramadan can change blood sugar levels.', 'Fasting')).toBe('no match');
    expect(senseChosen('Water fasting for days is risky, and blood tests may show low sodium.', 'fasting')).toBe('no match');
  });
});

describe('other senses of words free on health pages, read as part of a health page', () => {
  itSkipsOnHealthPages([
    ['He was honourably discharged from the army after ten years.', 'discharge'],
    ['She was discharged from the navy in 1999 and became a nurse.', 'discharge'],
    ['He won by two strokes at the golf event.', 'stroke'],
    ['She finished two strokes behind the leader.', 'stroke'],
    ['He won the open by a single stroke.', 'stroke'],
    ['By a stroke of luck, the clot was found early.', 'stroke'],
    ['Stroke volume is the blood pumped with each beat.', 'stroke'],
    ['The pacemakers dropped out at 30 km and the leaders pushed on.', 'pacemaker'],
    ['A circadian pacemaker in the brain keeps time.', 'pacemaker'],
    ["The heart's natural pacemaker sets the pace.", 'pacemaker'],
    ['Police made the seizure of 20 kilos of heroin public.', 'seizure'],
    ['The Fourth Amendment bans unreasonable search and seizure.', 'seizure'],
  ]);
  itUnderlinesOnHealthPages([
    ['She was discharged from the hospital on Monday.', 'discharge'],
    ['He had a stroke two years ago.', 'stroke'],
    ['She had a stroke of unknown cause last year.', 'stroke'],
    ['A stroke of the brainstem can affect breathing.', 'stroke'],
    ['He was left weaker by two strokes in one year.', 'stroke'],
    ['A cocaine seizure can follow heavy use.', 'seizure'],
    ['The pacemaker keeps his heart from beating too slowly.', 'pacemaker'],
    ['The seizure lasted two minutes.', 'seizure'],
  ]);
});
