/**
 * Words of treatments, devices and procedures that patients meet in terse notes, leaflets and
 * forums (dialysis, fertility treatment, weight-loss surgery, allergy care, diabetes technology,
 * breathing devices, drains and taps), each tried against the other senses of its words.
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('dialysis', () => {
  itUnderlines([
    ['Do four exchanges a day on peritoneal dialysis with a long dwell overnight.', 'dialysis-exchange'],
    ['She does her PD exchange at lunchtime at work.', 'dialysis-exchange'],
    ['The last exchange of the day uses icodextrin for the long dwell.', 'dialysis-exchange'],
    ['His dry weight was lowered after ankle swelling on dialysis.', 'dry-weight'],
    ['Target: reach dry weight by the end of each haemodialysis session.', 'dry-weight'],
    ['Access: left radiocephalic fistula with a good thrill.', 'dialysis-access'],
    ['His access was needled without problems and the fistula had a strong bruit.', 'dialysis-access'],
    ['A fistulogram showed a narrowing in her access.', 'dialysis-access'],
  ]);
  itSkips([
    ['The stock exchange fell sharply on Monday after dialysis firms reported losses.', 'dialysis-exchange'],
    ['Students on the exchange loved Paris.', 'dialysis-exchange'],
    ['In exchange for a lower fee, the dialysis centre signed a longer lease.', 'dialysis-exchange'],
    ['Gas exchange in the lungs is not helped by dialysis.', 'dialysis-exchange'],
    ['They were fined for unauthorized currency exchange near the dialysis centre.', 'dialysis-exchange'],
    ['The trailer has a dry weight of 1,200 kg.', 'dry-weight'],
    ['Report the yield in grams dry weight per plant.', 'dry-weight'],
    ['Access to dialysis is limited in rural areas with few fistula surgeons.', 'dialysis-access'],
    ['The building has wheelchair access.', 'dialysis-access'],
    ['Open access journals publish fistula research for free.', 'dialysis-access'],
  ]);
  itSkipsOnHealthPages([
    ['Patients need easy access to a kidney unit.', 'dialysis-access'],
    ['Oxygen and carbon dioxide exchange happens in the air sacs.', 'dialysis-exchange'],
  ]);
});

describe('fertility treatment', () => {
  itUnderlines([
    ['Egg collection is on Monday after the trigger shot.', 'egg-retrieval'],
    ['Egg collection is done under sedation in the fertility unit.', 'egg-retrieval'],
    ['We got 11 eggs after ICSI and 6 became embryos.', 'oocyte'],
    ['The embryologist said three eggs were mature.', 'oocyte'],
    ['My transfer is on Friday, one embryo on day 5.', 'embryo-transfer'],
    ['The frozen transfer was moved because my lining was thin on progesterone.', 'embryo-transfer'],
    ['Please call the IVF unit on day 1 of your cycle to book a baseline scan.', 'menstrual-cycle'],
    ['Your cycle starts on the first day of your period.', 'menstrual-cycle'],
    ['We have two blasts frozen after ICSI.', 'blastocyst'],
    ['Her womb lining was 8 mm on the scan.', 'endometrium'],
    ['The lining of the womb thickens each month.', 'endometrium'],
  ]);
  itSkips([
    ['The farm egg collection is done twice a day.', 'egg-retrieval'],
    ['Her Faberge egg collection is worth millions.', 'egg-retrieval'],
    ['Eat eggs and fish for protein during IVF.', 'oocyte'],
    ['Our nest egg paid for the IVF.', 'oocyte'],
    ['Boil the eggs for eight minutes.', 'oocyte'],
    ['The transfer window closes on Friday.', 'embryo-transfer'],
    ['The transfer of funds to the embryo research lab was delayed.', 'embryo-transfer'],
    ['Lock your cycle to the rack.', 'menstrual-cycle'],
    ['Your next cycle of chemo starts on Monday.', 'menstrual-cycle'],
    ['The blast damaged nearby buildings.', 'blastocyst'],
    ['We had a blast at the party.', 'blastocyst'],
  ]);
  itSkipsOnHealthPages([
    ['Blast cells were found in the bone marrow.', 'blastocyst'],
    ['Your next cycle of chemotherapy starts on Monday.', 'menstrual-cycle'],
  ]);
});

describe('weight-loss surgery', () => {
  itUnderlines([
    ['I had my sleeve done three years ago and my BMI is now 29.', 'sleeve-gastrectomy'],
    ['After my sleeve I lived on protein shakes for two weeks.', 'sleeve-gastrectomy'],
    ['My gastric band was adjusted last month.', 'gastric-band'],
    ['Her BMI was 42 before her gastric band was fitted after bariatric referral.', 'gastric-band'],
    ['She had a lap band in 2015.', 'gastric-band'],
    ['After a bypass you need vitamin B12 injections for life.', 'gastric-bypass'],
    ['My bypass was done in Leeds and I have lost 8 stone since the bariatric op.', 'gastric-bypass'],
    ['Dumping is common after a bypass, especially with sugary drinks.', 'dumping-syndrome'],
    ['Late dumping happens one to three hours after a meal after weight-loss surgery.', 'dumping-syndrome'],
    ['Contrast swallow showed no leak at the staple line after sleeve gastrectomy.', 'anastomotic-leak'],
    ['A staple line leak is rare but serious.', 'anastomotic-leak'],
  ]);
  itSkips([
    ['He rolled up his sleeve for the flu jab.', 'sleeve-gastrectomy'],
    ['The album sleeve was designed by a famous artist.', 'sleeve-gastrectomy'],
    ['She wears a compression sleeve after breast surgery.', 'sleeve-gastrectomy'],
    ['He has a trick up his sleeve for the BMI debate.', 'sleeve-gastrectomy'],
    ['The band played for two hours and the crowd loved it.', 'gastric-band'],
    ['Use a resistance band for exercises after gastric surgery.', 'gastric-band'],
    ['She is a Band 6 nurse on the bariatric ward.', 'gastric-band'],
    ['He had a triple bypass after his heart attack.', 'gastric-bypass'],
    ['The town bypass opened last year.', 'gastric-bypass'],
    ['Illegal dumping of waste is a problem near the bypass.', 'dumping-syndrome'],
    ['Steel dumping hurt the factory after meals were cut for staff.', 'dumping-syndrome'],
    ['There was a gas leak in the kitchen.', 'anastomotic-leak'],
    ['The leak of documents embarrassed the minister.', 'anastomotic-leak'],
  ]);
  itSkipsOnHealthPages([
    ['Roll up your sleeve so the nurse can give the vaccine.', 'sleeve-gastrectomy'],
    ['A roof leak can lead to mould and asthma.', 'anastomotic-leak'],
  ]);
});

describe('allergy care', () => {
  itUnderlines([
    ['She broke out in hives after eating peanuts.', 'hives'],
    ['Anaphylactic shock needs adrenaline first.', 'anaphylaxis'],
    ['He went into shock from blood loss after the crash.', 'shock'],
    ['Signs of septic shock include cold and clammy skin; shock needs urgent care.', 'shock'],
    ['She started the milk ladder at step 1.', 'milk-ladder'],
    ['He is on step 3 of the egg ladder.', 'milk-ladder'],
  ]);
  itSkips([
    ['A disease broke out in the hives last summer and the bees died.', 'hives'],
    ['The news came as a shock to the family of the sepsis patient.', 'shock'],
    ['Culture shock is common for students.', 'shock'],
    ['He got an electric shock from the fence.', 'shock'],
  ]);
});

describe('diabetes technology', () => {
  itUnderlines([
    ['She now wears her pump with a CGM.', 'insulin-pump'],
    ['My pump alarmed twice overnight for a blocked infusion set.', 'insulin-pump'],
    ['Use a new pen needle for each injection.', 'pen-needle'],
  ]);
  itSkips([
    ['The petrol pump was broken.', 'insulin-pump'],
    ['The heart pumps blood around the body, so insulin reaches the cells.', 'insulin-pump'],
    ['Breast milk can be expressed with a pump.', 'insulin-pump'],
    ['He fixed a pump on the farm.', 'insulin-pump'],
  ]);
  itSkipsOnHealthPages([
    ['Your heart pumps blood to the lungs.', 'insulin-pump'],
  ]);
});

describe('breathing devices', () => {
  itUnderlines([
    ['Left my puffer at home and had a tight chest all afternoon.', 'inhaler'],
    ['Always carry your reliever in case of an asthma attack.', 'rescue-inhaler'],
    ['A full-face mask may suit you better with CPAP.', 'cpap-mask'],
    ['The nasal mask leaked all night, so the CPAP pressure was changed.', 'cpap-mask'],
    ['The nasal pillows sit under your nostrils.', 'cpap-mask'],
    ['Peak flow was 320 L/min this morning, lower than usual for my asthma.', 'peak-flow'],
  ]);
  itSkips([
    ['My puffer jacket kept me warm.', 'inhaler'],
    ['The reliever gave up two runs in the ninth.', 'rescue-inhaler'],
    ['Aspirin is a pain reliever.', 'rescue-inhaler'],
    ['Wear a face mask on public transport during COVID.', 'cpap-mask'],
    ['The kids wore a Halloween mask.', 'cpap-mask'],
    ['A full-face mask lets you breathe through your mouth while snorkelling.', 'cpap-mask'],
  ]);
  itSkipsOnHealthPages([
    ['Wear a mask when you visit someone in hospital.', 'cpap-mask'],
  ]);
  // On a page about health "peak flow" needs no cue (freeOnHealthPages): a river's stands on other pages.
  itSkips([['Peak flow of the river was reached at noon.', 'peak-flow']]);
});

describe('drains, taps, cuffs and other words', () => {
  itUnderlines([
    ['We can arrange another tap for the ascites on the day unit.', 'paracentesis'],
    ['The drain was removed on day 2.', 'surgical-drain'],
    ['Place the cuff on the upper arm at heart level.', 'sphygmomanometer'],
    ['Check your blood pressure with the cuff on bare skin.', 'sphygmomanometer'],
    ['Reflux after sleeve surgery usually settles with omeprazole.', 'acid-reflux'],
    ['Delivery with a skilled birth attendant is free in public hospitals.', 'delivery'],
    ['See a doctor if a mole changes in shape or starts to bleed.', 'mole'],
  ]);
  itSkips([
    ['Turn off the tap while you brush your teeth.', 'paracentesis'],
    ['People with cirrhosis should not drink beer from the tap.', 'paracentesis'],
    ['The drain was cleaned by a plumber.', 'surgical-drain'],
    ['His shirt cuff was stained with ink.', 'sphygmomanometer'],
    ['She tore her rotator cuff playing tennis.', 'sphygmomanometer'],
    ['The mixture was heated under reflux for two hours.', 'acid-reflux'],
    ['Delivery is free on orders over 20 pounds.', 'delivery'],
    ['The mole dug up the lawn.', 'mole'],
  ]);
  itUnderlinesOnHealthPages([['Dry weight reduced to 70 kg because of swollen ankles.', 'dry-weight']]);
});

// Reviewer's sentences (round 3): each word beside another health word in its ordinary sense.
describe('other senses beside health words', () => {
  itSkips([
    ['If your reliever blows the save, your fantasy team loses points.', 'rescue-inhaler'],
    ['My band registered our songs with BMI last year.', 'gastric-band'],
    ['Band fills are popular. The band fills the hall with sound.', 'gastric-band'],
    ['Peak flow of the river is predicted for Tuesday.', 'peak-flow'],
    ['The pump has a peak flow of 40 L/min.', 'peak-flow'],
    ['Your cycle to work counts as exercise over a period of weeks.', 'menstrual-cycle'],
  ]);
  itSkipsOnHealthPages([
    ['Varices can be treated with band ligation; gastric varices bleed more heavily.', 'gastric-band'],
    ['Tension headache can feel like a tight band around the head, unlike gastric pain.', 'gastric-band'],
    ['The heart is a pump that moves blood round the body. Diabetes raises the risk of heart disease.', 'insulin-pump'],
    ['Carbs before training help you get a pump in the gym, but people with diabetes need to watch their blood sugar.', 'insulin-pump'],
    ['Oxygen can be given through nasal prongs or a mask. Some people also have sleep apnea.', 'cpap-mask'],
    ['Wear a face mask in crowded places. Snoring and sleep apnoea are common in older adults.', 'cpap-mask'],
    ['Trauma dumping can leave friends drained. Anxiety can cause palpitations and a racing heart.', 'dumping-syndrome'],
    ['The diagnosis came as a real shock. Sepsis can cause low blood pressure.', 'shock'],
    ['The news of her sepsis was a shock to the family.', 'shock'],
    ['On day 1 of your cycle you have the drug through a drip, then a rest period of three weeks.', 'menstrual-cycle'],
    ['Avoid raw or undercooked eggs in pregnancy. At this stage the embryo is tiny.', 'oocyte'],
    ['Eggs, milk and peanuts are common allergens. Chickens lay eggs, and the embryo grows inside.', 'oocyte'],
    ['Blasts made up 30% of the cells in the marrow. Before treatment, embryos can be frozen for IVF.', 'blastocyst'],
    ['On dialysis, the food exchange list helps: one starch exchange is a slice of bread.', 'dialysis-exchange'],
    ['Good exchange of information between dialysis teams is vital.', 'dialysis-exchange'],
    ['Patients on dialysis may lack access to transport, and people with a fistula often have limited access to care.', 'dialysis-access'],
    ['IV access was difficult, so cannulation was tried twice. Anal fistula surgery is common.', 'dialysis-access'],
    ['The tracheostomy cuff is deflated before speaking. Blood pressure is checked every hour.', 'sphygmomanometer'],
    ['A small leak around the stoma bag is common after a colectomy.', 'anastomotic-leak'],
  ]);
  itUnderlinesOnHealthPages([
    ['This allows stomach acid to reflux into the food pipe, causing heartburn.', 'acid-reflux'],
    ['The last exchange of the day uses icodextrin on peritoneal dialysis.', 'dialysis-exchange'],
  ]);
});
