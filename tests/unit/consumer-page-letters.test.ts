/**
 * Letters patients meet on consumer pages and in dental, urgent-care, school-nurse, occupational
 * health, heart-research and pharmacy letters that had no card (MOD, SRP, D&V, IHP, MACE,
 * TMJ...), letters whose cue stood a sentence away (INR) or that waited for cue words plain
 * sentences lack (OTC, STI), letters with two meanings whose card should list them where nothing
 * nearby tells them apart (AS, OD, LOC, BPE, ARR), and the phrases that keep their other senses plain: a car,
 * a stock index, a currency, a railway, a border, a weather system, a drug haul, a school lesson.
 * Each letter is tried against the senses it has on ordinary pages, and on health pages against
 * the other medical letters it shares (OTC the enzyme, OH orthostatic hypotension, ARR the
 * aldosterone-to-renin ratio, BPE the prostate, SRP and MTM the muscle diseases).
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

describe('dental letters', () => {
  itUnderlines([
    ['Upper left first molar: MOD amalgam replaced with a composite today.', 'mod'],
    ['The MOD restoration on the lower molar has a fractured cusp, so an onlay is planned.', 'mod'],
    ['SRP was done on the lower left quadrant under local anaesthetic.', 'srp'],
    ['Pocket depths of 5-6 mm were found, so SRP is planned for next month.', 'srp'],
    ['RCT on lower left first molar, temporary filling placed, review in two weeks.', 'rct'],
    ['The tooth was too badly broken down for RCT, so it was extracted.', 'rct'],
    ['The dentist said my TMJ clicks because I grind my teeth at night.', 'tmj'],
    ['Tenderness over the left TMJ on opening.', 'tmj'],
    ['TMD is often linked to clenching and teeth grinding.', 'tmd'],
    ['He wears a splint at night for TMD and jaw pain.', 'tmd'],
    ['OPG taken to check the position of the wisdom teeth.', 'opg'],
    ['The orthodontist asked for an OPG before fitting braces.', 'opg'],
    ['BPE scores of 2 in all sextants; oral hygiene advice given.', 'bpe'],
    ['Your BPE today was 3 in the lower right, so the hygienist will chart your gums.', 'bpe'],
  ]);
  itChoosesSense([
    ['RCT on the upper premolar, temporary filling placed.', 'RCT', 'root canal treatment (dental)'],
    ['The RCT compared the new drug with placebo in 4,000 participants.', 'RCT', 'randomized controlled trial (research)'],
  ]);
  itListsMeanings([['This RCT is the largest to date.', 'RCT']]);
  itSkips([
    ['The MOD said the new frigates would enter service in 2029.', 'mod'],
    ['The MOD confirmed that a dental officer had been posted to the base.', 'mod'],
    ['Download the MOD file and drop it into the game folder.', 'mod'],
    ['The SRP of the new headphones is $199, but they are often on sale.', 'srp'],
    ['SRP customers in Phoenix face higher power bills this summer.', 'srp'],
    ['Prices shown are SRP and may differ in store.', 'srp'],
    ['Watch TMJ4 for the latest forecast.', 'tmj'],
    ['TMD materials such as molybdenum disulfide could power new chips.', 'tmd'],
    ['The TMD system shot down two test missiles.', 'tmd'],
    ['OPG said the nuclear station would restart next spring.', 'opg'],
    ['BPE firms have been fined for plastic pollution.', 'bpe'],
  ]);
});

describe('urgent care, school nurse and occupational health letters', () => {
  itUnderlines([
    ['Three children in Year 2 are off with D&V.', 'd-and-v'],
    ['Admitted with D&V for two days, unable to keep fluids down.', 'd-and-v'],
    ['V&D since Sunday after a buffet meal.', 'd-and-v'],
    ['N&V post-op, settled with ondansetron.', 'n-v'],
    ['I&D of a buttock abscess under local anaesthetic, cavity packed.', 'i-and-d'],
    ['The boil needed incision and drainage at the walk-in clinic.', 'i-and-d'],
    ['Go to the MIU if you think you have sprained your ankle.', 'miu'],
    ['The MIU at the community hospital can X-ray suspected broken bones.', 'miu'],
    ['UPT negative, LMP two weeks ago, so the X-ray went ahead.', 'upt'],
    ['A UPT was done because her last period was six weeks ago.', 'upt'],
    ['Each child with an IHP has a named member of staff in school.', 'ihp'],
    ["Please update your son's IHCP before the school trip in May.", 'ihp'],
    ['The school nurse will write an individualized healthcare plan for students with seizures.', 'ihp'],
    ['Her AAI was given into the thigh at 12:10 and an ambulance was called.', 'aai'],
    ['Pupils with a nut allergy must bring two AAIs to school.', 'aai'],
    ["The NCMP letter says your child's weight is above the healthy range.", 'ncmp'],
    ['Children in Reception are weighed and measured as part of the NCMP.', 'ncmp'],
    ['The DMMP tells the school nurse when to give insulin.', 'dmmp'],
    ["Please bring an updated DMMP with your child's new pump settings.", 'dmmp'],
    ['BGL 3.2, treated with juice and rechecked after 15 minutes.', 'bgl'],
    ['I had a hypo at work and needed glucose tablets.', 'hypo'],
    ['Keep a hypo box in the classroom for children with type 1 diabetes.', 'hypo'],
    ['The occupational health nurse will see you before you start night shifts.', 'occupational-health'],
    ['RSI in both wrists from typing all day at a desk.', 'rsi'],
    ['My physio says the forearm pain is RSI from using a mouse.', 'rsi'],
    ['Staff must wear an FFP3 mask when caring for patients with TB.', 'ffp3-respirator'],
    ['An FFP3 respirator must pass a fit test before use.', 'ffp3-respirator'],
    ['Annual hearing tests check for NIHL in staff who work with loud machines.', 'noise-induced-hearing-loss'],
  ]);
  itSkips([
    ['Our I&D strategy aims to hire more women into senior roles.', 'i-and-d'],
    ['The I&D team ran a workshop on unconscious bias.', 'i-and-d'],
    ['The MIU campus in Fairfield, Iowa, teaches meditation.', 'miu'],
    ['The UPT bus route will change from Monday.', 'upt'],
    ['Compare each individual healthcare plan on the marketplace before you enroll.', 'ihp'],
    ["The ship's engines were rated at 12,000 IHP in sea trials.", 'ihp'],
    ['AAI said flights would resume once the runway is repaired.', 'aai'],
    ['The AAI plans to expand 25 airports by 2030.', 'aai'],
    ['The NCMP government drafted a common agenda for the coalition.', 'ncmp'],
    ['DMMP is a chemical often used to mimic nerve agents in tests.', 'dmmp'],
    ['The BGL share price rose 3% after the results.', 'bgl'],
    ['Fix the print in hypo for two minutes before washing.', 'hypo'],
    ['She is such a hypo, always worried about her health.', 'hypo'],
    ['OH MY GOD, MY MANAGER JUST QUIT.', 'occupational-health'],
    ['Columbus, OH, employers added 2,000 jobs last month.', 'occupational-health'],
    ['The hydroxyl (OH) group makes the molecule polar.', 'occupational-health'],
    ["The stock's RSI is above 70, suggesting it is overbought.", 'rsi'],
    ['A daily RSI reading under 30 often signals a bounce.', 'rsi'],
    ['RSI Sport has new boots in stock.', 'rsi'],
  ]);
  itSkipsOnHealthPages([['OH NO, THE MANAGER HAS GONE.', 'occupational-health']]);
});

describe('heart research news', () => {
  itUnderlines([
    ['The drug cut MACE by 20% compared with placebo in the trial.', 'mace'],
    ['MACE at one year was lower after the stent than after bypass surgery.', 'mace'],
    ['She has had a MACE since age 7 and does daily washouts through the stoma.', 'mace'],
    ['People with ASCVD are usually offered a high-dose statin.', 'ascvd'],
    ['Your 10-year ASCVD risk is 12%, based on your blood pressure and cholesterol.', 'ascvd'],
    ['The ARR was 2%, giving an NNT of 50 over five years.', 'arr'],
    ['The relative risk fell by half, but the ARR was only 0.5%.', 'arr'],
    ['PCSK9 inhibitors lower LDL cholesterol by about 60%.', 'pcsk9-inhibitor'],
    ['LDL-C fell to 1.4 mmol/L after the injection was added.', 'ldl-cholesterol'],
  ]);
  itChoosesSense([
    ['The drug cut MACE by 20% compared with placebo in the trial.', 'MACE', 'major adverse cardiovascular events (heart research)'],
    ['She has had a MACE since age 7 and does daily washouts through the stoma.', 'MACE', 'Malone antegrade continence enema (bowel operation)'],
  ]);
  itSkips([
    ['Add a pinch of mace and nutmeg to the custard.', 'mace'],
    ['The knight swung his MACE at the dragon.', 'mace'],
    ['The startup reached $10 million in ARR last year.', 'arr'],
    ['ARR growth slowed to 20% as customers cut budgets.', 'arr'],
    ['Their ARR is up 40% since the free trial was launched.', 'arr'],
  ]);
  itSkipsOnHealthPages([
    ['Police used MACE on the protesters outside the station.', 'mace'],
    ['She carries a can of MACE in her bag.', 'mace'],
  ]);
});

describe('pharmacy and medicine letters', () => {
  itUnderlines([
    ['OTC painkillers such as ibuprofen can upset the stomach.', 'over-the-counter'],
    ['Many OTC cold remedies contain paracetamol, so check the label.', 'over-the-counter'],
    ['OTC antacids ease heartburn for a few hours.', 'over-the-counter'],
    ['Your INR was 3.4 on warfarin, a little high, so the dose is lowered.', 'inr'],
    ['A raised INR in liver disease means the blood clots more slowly.', 'inr'],
    ['Read the PIL before you take the first dose of the tablets.', 'pil'],
    ['The pharmacist pointed to the side effects listed in the PIL.', 'pil'],
    ['Check the SmPC for the full list of interactions.', 'smpc'],
    ['The summary of product characteristics lists every known side effect.', 'smpc'],
    ['Your pharmacist can do an MTM review of all your medications.', 'mtm'],
    ['Medicare Part D plans must offer MTM to some members.', 'mtm'],
    ['Ondansetron 4 mg ODT was given for nausea.', 'odt'],
    ['Let the orally disintegrating tablet melt on the tongue.', 'odt'],
  ]);
  itUnderlinesOnHealthPages([
    ['Your INR is 2.6 today. Keep taking the same dose of your blood thinner.', 'inr'],
    ['Your INR was 3.4, a little above your target range.', 'inr'],
    ['Your INR should be checked every week at first.', 'inr'],
    ['Ask which cold medicines you can buy OTC.', 'over-the-counter'],
    ['Most of these are sold over the counter.', 'over-the-counter'],
  ]);
  itSkips([
    ['The film earned INR 120 crore in its first week.', 'inr'],
    ['The new phone is priced at INR 19,999 in India.', 'inr'],
    ['The INR slipped to a record low against the dollar.', 'inr'],
    ['The shares now trade OTC after the company was delisted.', 'over-the-counter'],
    ['Banks must report OTC derivatives to a trade repository.', 'over-the-counter'],
    ['The OTC desk handles large crypto orders for clients.', 'over-the-counter'],
    ['A PIL was filed in the High Court against the new road.', 'pil'],
    ['The PIL seeking a ban on firecrackers will be heard next week.', 'pil'],
    ['Import the image with PIL and resize it to 256 pixels.', 'pil'],
    ['MTM won three Emmys in 1974.', 'mtm'],
    ['Save the report as an ODT file so it opens in LibreOffice.', 'odt'],
    ['You can open ODT documents on your tablet too.', 'odt'],
  ]);
  itSkipsOnHealthPages([
    ['The phone goes on sale at INR 21,499 next month.', 'inr'],
    ['The hospital charges are quoted in INR per day.', 'inr'],
    ['The stock trades OTC in the United States.', 'over-the-counter'],
    ['Regulators want OTC derivatives cleared centrally.', 'over-the-counter'],
    ['Prices on OTC Markets can move fast.', 'over-the-counter'],
  ]);
});

describe('letters with two meanings', () => {
  itListsMeanings([
    ['Instil one drop OD into the affected eye.', 'OD'],
    ['Latanoprost eye drops OD at night.', 'OD'],
    ['Head injury: no LOC, GCS 15, no vomiting.', 'LOC'],
  ]);
  itChoosesSense([
    ['A man with AS was referred to a rheumatologist for back pain and stiffness.', 'AS', 'ankylosing spondylitis'],
    ['She was diagnosed with AS in her twenties and has stiffness in her spine.', 'AS', 'ankylosing spondylitis'],
    ['Severe AS: valve area 0.8 cm2, TAVI planned.', 'AS', 'aortic stenosis (heart valve)'],
    ['OD: -2.25 sphere, OS: -2.00 sphere.', 'OD', 'right eye (eye prescription)'],
    ['Amlodipine 5 mg OD.', 'OD', 'once daily (UK prescriptions)'],
    ['Fell off a ladder, hit his head, brief LOC.', 'LOC', 'loss of consciousness'],
    ['Decreased LOC, GCS 12, drowsy but rousable.', 'LOC', 'level of consciousness'],
  ]);
  itSkips([
    ['She got a B in AS biology and dropped the subject.', 'as'],
    ['He joined AS Roma on a free transfer.', 'as'],
    ['AS level results are out on Thursday.', 'as'],
    ['HE WAS DIAGNOSED AS A CHILD WITH A HEART MURMUR.', 'as'],
  ]);
  itSkipsOnHealthPages([
    ['Troops exchanged fire across the LOC near Poonch.', 'loc'],
    ['The bank issued an irrevocable LOC to the exporter.', 'loc'],
    ['Villagers along the LOC were moved to shelters.', 'loc'],
  ]);
});

describe('other senses read alone', () => {
  itUnderlines([
    ['Some STIs, like chlamydia, often have no symptoms.', 'sexually-transmitted-infection'],
    ['Get tested for STIs if you have a new partner.', 'sexually-transmitted-infection'],
    ['The clinic offers free STI checks.', 'sexually-transmitted-infection'],
    ['He was asked about any STD symptoms at the clinic.', 'sexually-transmitted-infection'],
    ['She had cataract surgery on her left eye.', 'cataract-surgery'],
    ['My first cataract operation went well.', 'cataract'],
  ]);
  itUnderlinesOnHealthPages([
    ['STI rates rose in people over 50 last year.', 'sexually-transmitted-infection'],
    ['STIs are common, and most are easy to treat.', 'sexually-transmitted-infection'],
  ]);
  itSkips([
    ['The Subaru WRX STI was tested on track at Silverstone.', 'sexually-transmitted-infection'],
    ['He swapped his Impreza STI for an electric car.', 'sexually-transmitted-infection'],
    ['The STI closed 0.6% higher at 3,412.', 'sexually-transmitted-infection'],
    ["Singapore's STI hit a record high on Tuesday.", 'sexually-transmitted-infection'],
    ['The river plunges over a cataract of the Nile near Aswan.', 'cataract'],
    ['We walked up Cataract Gorge in Launceston.', 'cataract'],
    ['Rafting trips run through Cataract Canyon in Utah.', 'cataract'],
  ]);
  itSkipsOnHealthPages([
    ['The WRX STI has a turbocharged flat-four engine.', 'sexually-transmitted-infection'],
    ['The old WRX STI still sells for a good price.', 'sexually-transmitted-infection'],
  ]);
});

describe('other senses fenced on health pages', () => {
  itSkipsOnHealthPages([
    ['The laptop has a 1 TB drive and 16 GB of memory.', 'tb'],
    ['I passed my CBT on a wet Saturday in March.', 'cognitive-behavioral-therapy'],
    ['You must pass your CBT before you ride a moped.', 'cognitive-behavioral-therapy'],
    ['Add the redirect URI to the list of allowed callbacks.', 'uri'],
    ['Set the base URI in the config file before you deploy.', 'uri'],
    ['The URI scheme tells the browser which app to open.', 'uri'],
    ['Residents across RCT have been told to boil their water.', 'rct'],
    ['RCT Council has closed the road after a landslip.', 'rct'],
    ['Most people buy their car on PCP and hand it back after three years.', 'pcp'],
    ['The PCP air rifle needs a pump or a diving cylinder to fill it.', 'pcp'],
    ['Rooms in Dubai start from 450 AED per night.', 'aed'],
    ['The new tower cost 3 billion AED to build.', 'aed'],
    ['Back up the ROM before you flash a custom kernel.', 'rom'],
    ['A ROM dump lets you play the cartridge on an emulator.', 'rom'],
    ['CP said the new line would open in the spring.', 'cp'],
    ['A CP train derailed near the river crossing.', 'cp'],
    ['A PD spokesperson said the suspect was arrested.', 'pd'],
    ['PD officers found the driver slumped at the wheel.', 'pd'],
    ['Our RA organized a study night before exams.', 'ra'],
    ['The telescope is pointed at the RA and Dec of the target star.', 'ra'],
    ['Remember your PE kit on PE days.', 'pe'],
    ['The PE department runs the GCSE exam classes.', 'pe'],
    ['Heavy snow is forecast for northern MI overnight.', 'mi'],
    ['Flooding closed roads across southeast MI.', 'mi'],
    ['Smoke from the fires drifted across southern CA.', 'ca'],
    ['Install the root CA certificate before connecting.', 'ca'],
    ['She cleared the CA Final exam on her first try.', 'ca'],
    ['A depression moving across the Atlantic will bring heavy rain.', 'depression'],
    ['A shallow depression in the ground filled with water.', 'depression'],
    ['The tropical storm weakened into a depression over the Bay of Bengal.', 'depression'],
    ['Police made a seizure of 40 kg of cannabis at the docks.', 'seizure'],
    ['Sand the stool legs and give them two coats of oil.', 'stool'],
    ['He built a three-legged stool for milking.', 'stool'],
    ['Her grandfather called the informer a stool pigeon.', 'stool'],
    ['Avoid contractions in your essay if the style is formal.', 'uterine-contraction'],
    ['Use contractions to make dialogue sound natural.', 'uterine-contraction'],
    ['Students learn to solve recurrence relations in discrete maths.', 'recurrence'],
    ['The recurrence interval for a flood this size is about 100 years.', 'recurrence'],
    ['She is a New York transplant who moved to Austin in 2015.', 'transplant'],
    ['Water the roses well to avoid transplant shock.', 'transplant'],
    ['It was an unremarkable season for the club.', 'unremarkable'],
    ['An unremarkable first half ended goalless.', 'unremarkable'],
    ['It was an unremarkable film with a great score.', 'unremarkable'],
    ['The battery discharge rate depends on the temperature.', 'discharge'],
    ['Let the battery discharge fully once a month.', 'discharge'],
    ['The company admitted the discharge of sewage into the bay.', 'discharge'],
    ['Discharge of a firearm within 150 yards of a house is illegal.', 'discharge'],
  ]);
  itUnderlinesOnHealthPages([
    ['The school held a TB drive last month.', 'tb'],
    ['CBT helped me notice the thoughts behind my panic attacks.', 'cognitive-behavioral-therapy'],
    ['URI with cough and runny nose for three days.', 'uri'],
    ['Call your PCP if the fever lasts more than three days.', 'pcp'],
    ['An AED was used on the man before paramedics arrived.', 'aed'],
    ['Active and passive ROM of the right shoulder reduced.', 'rom'],
    ['Child with CP uses a walker and has spasticity in both legs.', 'cp'],
    ['He was diagnosed with PD after a tremor in his right hand.', 'pd'],
    ['RA affects the small joints of the hands and feet.', 'ra'],
    ['The CT scan found a PE in the right lung.', 'pe'],
    ['Previous MI in 2019, stents placed.', 'mi'],
    ['CA of the breast diagnosed on biopsy.', 'ca'],
    ['Deep depression can make it hard to get out of bed.', 'depression'],
    ['A cocaine seizure can be fatal.', 'seizure'],
    ['Bring a stool sample to the GP surgery.', 'stool'],
    ['Contractions feel like strong period pains at first.', 'uterine-contraction'],
    ['The risk of recurrence after surgery is low.', 'recurrence'],
    ['He was listed at the London transplant centre.', 'transplant'],
    ['Chest X-ray unremarkable.', 'unremarkable'],
    ['Green discharge from the ear may mean an infection.', 'discharge'],
    ['He is ready for discharge from hospital tomorrow.', 'discharge'],
  ]);
});

describe('the other senses the reviewer tried', () => {
  itSkips([
    ['HOW TO COPE AS A CARER AFTER A DIAGNOSIS', 'as'],
    ['WOMAN DIAGNOSED WITH CANCER AS DOCTORS MISSED SIGNS', 'as'],
    ['LIVING WITH BACK PAIN AS A PARENT', 'as'],
    ['LIVING WELL AS YOU GET OLDER: YOUR HEALTH CHECK-UP', 'as'],
    ['The hypo on the exam asked whether the contract was void.', 'hypo'],
    ['Families in MOD housing complain of decay and damp in the cavity walls.', 'mod'],
    ['MOD funded the restoration of the old airfield with a composite hangar.', 'mod'],
    ['The SRP for a pack of gum is $1.99, and it fits in any pocket.', 'srp'],
    ['TMD powders were made by grinding the crystals, with a clicking sound.', 'tmd'],
    ['OPG said customers impacted by the outage would get a credit.', 'opg'],
    ['Our I&D lead wound up the meeting early, and everyone left drained.', 'i-and-d'],
    ['UPT rose in the period, while negative footfall hit sales.', 'upt'],
    ['The court heard a PIL on the price of cancer medicines.', 'pil'],
    ['The telehealth startup doubled its ARR as patients signed up.', 'arr'],
    ['The RSI on the chart showed strain as traders left the desk.', 'rsi'],
    ['Bachelor pads in Dubai rent for AED 4,500.', 'aed'],
    ['Singapore shares: the STI fell as COVID cases rose and risk appetite faded.', 'sexually-transmitted-infection'],
    ['The 2019 Silverado STD CAB has a long bed.', 'sexually-transmitted-infection'],
  ]);
  itSkipsOnHealthPages([
    ['Hypo-\nplasia Ward is on the second floor, next to the diabetes clinic.', 'hypo'],
    ['Both hypo- and hyperthyroidism can upset blood glucose control.', 'hypo'],
    ['Signs of hypo/hyperthyroidism can be mistaken for low blood sugar in diabetes.', 'hypo'],
    ['Pseudohypoaldosteronism type 1 is named for signs that mimic low levels (hypo) of a hormone.', 'hypo'],
    ['I was told I am hypo thyroid, though my glucose is normal.', 'hypo'],
    ['Ornithine transcarbamylase (OTC) deficiency is caused by mutations in the OTC gene.', 'over-the-counter'],
    ['The OTC enzyme helps the liver clear ammonia.', 'over-the-counter'],
    ['The RANKL/OPG ratio in the jaw bone rose around the teeth.', 'opg'],
    ['Heart bypass surgery in India costs from INR 1,50,000, with the hospital stay.', 'inr'],
    ['Knee replacement in Delhi starts from INR 2,50,000, including the hospital stay.', 'inr'],
    ['A night in a private room is around INR 8,000.', 'inr'],
    ['The hydroxyl (OH) group of tyrosine is phosphorylated by kinases.', 'occupational-health'],
    ['OH was noted on standing, with a drop in systolic pressure of 30 mmHg; referral to falls clinic.', 'occupational-health'],
    ['SRP myopathy causes severe weakness in the hip and shoulder muscles.', 'srp'],
    ['X-linked MTM causes severe muscle weakness from birth.', 'mtm'],
    ['The pacemaker was set to AAI pacing because AV conduction was normal.', 'aai'],
    ['Executives get an STI and LTI each year on top of salary.', 'sexually-transmitted-infection'],
    ['Flush MACE exposure with cool water for 15 minutes.', 'mace'],
    ['Veterans discharged from the Marines may have PTSD.', 'discharge'],
  ]);
  itChoosesSense([
    ['BPE is common in older men and can cause nocturia.', 'BPE', 'benign prostatic enlargement (prostate)'],
    ['BPE scores of 2 in all sextants; oral hygiene advice given.', 'BPE', 'basic periodontal examination (gum check)'],
    ['The ARR is used to screen for primary aldosteronism.', 'ARR', 'aldosterone-to-renin ratio (blood test)'],
    ['The ARR was 2%, giving an NNT of 50 over five years.', 'ARR', 'absolute risk reduction (research)'],
  ]);
});
