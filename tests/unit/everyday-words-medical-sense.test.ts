/**
 * Everyday words and short phrases with a medical sense that patients meet in notes, reports,
 * portal messages, leaflets, ward talk and their own posts ("white count", "bloods", "the runs",
 * "a jab", "back to the floor", "cleared to play", "rounds", "his pressure dropped"): each health
 * use gets its card, and the common other senses of the same words (sport, money, politics,
 * software, cooking, building, school) stay plain, on ordinary pages and, where the entry is free
 * there, on health pages too.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('results and report talk', () => {
  itUnderlines([
    ['Her white count came back at 15, so the infection may be bacterial.', 'white-blood-cell-count'],
    ['White count and CRP are both down today.', 'white-blood-cell-count'],
    ['Raised inflammatory markers, so a scan was arranged.', 'inflammatory-marker'],
    ['Inflammatory markers are settling on antibiotics.', 'inflammatory-marker'],
    ['The GP took bloods to check his kidney function.', 'bloods'],
    ['Bloods: FBC and U&Es normal.', 'bloods'],
    ['Repeat bloods in six weeks to check the cholesterol.', 'bloods'],
    ['Your potassium was flagged high, so we will repeat the test.', 'flagged-result'],
    ['Two lab results were flagged as abnormal on the portal.', 'flagged-result'],
    ['Appearances on the chest X-ray are consistent with pneumonia.', 'consistent-with'],
    ['The biopsy findings are consistent with a benign cyst.', 'consistent-with'],
    ['A small fracture cannot be excluded on this X-ray.', 'cannot-be-excluded'],
    ['Infection cannot be ruled out, so a repeat MRI is advised.', 'cannot-be-excluded'],
    ['Cranial nerves grossly intact.', 'grossly-normal'],
    ['Neuro exam grossly normal.', 'grossly-normal'],
    ['There is a small amount of fluid around the heart on the echo.', 'pericardial-effusion'],
    ['They found a spot on the lung and want a CT scan in three months.', 'lung-nodule'],
    ['Dad was told there is a spot on his lung.', 'lung-nodule'],
    ['The nodes were clear after the breast cancer surgery.', 'node'],
    ['Two nodes under the arm had cancer cells in them.', 'node'],
  ]);
  itUnderlinesOnHealthPages([
    ['Routine bloods were taken this morning.', 'bloods'],
    ['Your bloods came back normal.', 'bloods'],
    ['Both nodes were clear on the biopsy.', 'node'],
    ['Three of the twelve nodes removed at surgery had cancer in them.', 'node'],
    ['Your ferritin was flagged low.', 'flagged-result'],
    ['Her pressure was low this morning, so the nurse checked it again.', 'pressure'],
    ["Dad's pressure has been high since the new tablets.", 'pressure'],
  ]);
  itSkips([
    ['The Bloods and the Crips fought over the block.', 'bloods'],
    ['He was a member of the Bloods gang in his teens.', 'bloods'],
    ['The new player was flagged as high risk by the scouts.', 'flagged-result'],
    ['The email was flagged as low priority.', 'flagged-result'],
    ['Her story is consistent with what the witnesses said.', 'consistent-with'],
    ['The results are consistent with previous studies of the drug.', 'consistent-with'],
    ['Foul play cannot be ruled out, police said.', 'cannot-be-excluded'],
    ['A second vote cannot be excluded, the minister said.', 'cannot-be-excluded'],
    ['Each node in the network stores a copy of the ledger.', 'node'],
    ['Install Node.js before you run the script.', 'node'],
    ['The child node inherits its parent node styles.', 'node'],
    ['There was a spot of rain on the way to the cancer charity run.', 'lung-nodule'],
  ]);
  itSkipsOnHealthPages([
    ['The SA node sets the pace of the heartbeat.', 'node'],
    ['Signals jump from one node of Ranvier to the next.', 'node'],
    ['The app flagged as high risk any day with a heat warning.', 'flagged-result'],
    ['The charity is backed by members of the Bloods and Crips.', 'bloods'],
    ['This is consistent with the guidelines for adults.', 'consistent-with'],
    ['The coach kept up his pressure on the referee all game.', 'pressure'],
    ['A special mattress helps heal her pressure sore.', 'pressure'],
    ['Ask your pressure group to campaign for better care.', 'pressure'],
    ['Doctors determine the best course of treatment for each child.', 'treatment-course'],
  ]);
});

describe('course of illness and exam findings', () => {
  itUnderlines([
    ['The rash resolved after a week of antibiotics.', 'resolve'],
    ['Pneumonia resolving on the repeat X-ray.', 'resolve'],
    ['Most stomach bugs resolve on their own within a few days, and the diarrhoea stops.', 'resolve'],
    ['Her fever has resolved.', 'resolve'],
    ['Her belly was distended and tight with gas.', 'distended'],
    ['Abdomen distended, bowel sounds absent.', 'distended'],
    ['Reduced air entry at the right base with some crackles.', 'air-entry'],
    ['Chest: good air entry bilaterally, no wheeze.', 'air-entry'],
    ['Alert and oriented, no focal deficit.', 'alert-and-oriented'],
    ['She was alert and orientated on arrival.', 'alert-and-oriented'],
    ['Normal heart sounds, no murmur.', 'heart-sound'],
    ['Heart sounds dual, no added sounds.', 'heart-sound'],
    ['Breath sounds reduced on the left.', 'breath-sound'],
    ['No rebound or guarding.', 'rebound-tenderness'],
    ['Abdomen soft, tender in the RIF, with rebound.', 'rebound-tenderness'],
    ['Both ankles pitting to mid-shin.', 'pitting-edema'],
    ['Pitting to the knees, worse than last week.', 'pitting-edema'],
    ['Calves soft and non-tender, no sign of DVT.', 'nontender'],
    ['Tender in the right iliac fossa.', 'tenderness'],
    ['Pale and clammy on arrival, pulse 120.', 'clammy'],
    ['Skin mottled over the knees, cap refill 4 seconds.', 'mottled-skin'],
    ['Cap refill under 2 seconds.', 'capillary-refill'],
    ['Hands warm and well perfused.', 'perfusion'],
    ['Her condition deteriorated overnight on the ward.', 'deterioration'],
  ]);
  itUnderlinesOnHealthPages([
    ['The swelling usually resolves within two weeks.', 'resolve'],
    ['A distended bladder can cause pain low in the belly.', 'distended'],
    ['Air entry was reduced on the right.', 'air-entry'],
  ]);
  itSkips([
    ['The council resolved to build a new park.', 'resolve'],
    ['Talks to resolve the dispute broke down.', 'resolve'],
    ['Her resolve never wavered during the campaign.', 'resolve'],
    ['The bug was resolved in the latest release.', 'resolve'],
    ['Air entry requirements changed for travellers this month.', 'air-entry'],
    ['The new stadium has a separate air entry for the fans.', 'air-entry'],
    ['The point guard grabbed the rebound and scored.', 'rebound-tenderness'],
    ['Shares staged a strong rebound on Friday.', 'rebound-tenderness'],
    ['The rebound in consumer spending surprised economists.', 'rebound-tenderness'],
    ['The final is pitting the two oldest clubs against each other.', 'pitting-edema'],
    ['Pitting cherries is easier with a proper tool.', 'pitting-edema'],
    ['The bird has mottled brown feathers.', 'mottled-skin'],
    ['The old road surface has deteriorated badly.', 'deterioration'],
    ['The heart of the city sounds different at night.', 'heart-sound'],
  ]);
  itSkipsOnHealthPages([
    ['Overuse of nasal spray can cause rebound congestion.', 'rebound-tenderness'],
    ['Painkillers taken too often can cause rebound headaches.', 'rebound-tenderness'],
    ['Nail pitting is common in psoriasis.', 'pitting-edema'],
    ['Dimpling or pitting of the skin of the breast can be a sign of cancer, along with swelling.', 'pitting-edema'],
    ['Fluoride in excess can leave mottled enamel on the teeth.', 'mottled-skin'],
    ['Check the air entry requirements for vaccines before you travel.', 'air-entry'],
  ]);
});

describe('hospital places, devices and people', () => {
  itUnderlines([
    ['Once his oxygen needs drop, he can leave the ICU and go back to the floor.', 'medical-floor'],
    ['She was transferred from the ICU to a regular floor on day three.', 'medical-floor'],
    ['The doctors do rounds every morning at nine, so ask the team your questions then.', 'ward-round'],
    ['The consultant will see her on morning rounds.', 'ward-round'],
    ['He was cleared to return to rugby after his concussion.', 'medical-clearance'],
    ['She has been medically cleared to fly.', 'medical-clearance'],
    ['He was taken straight to the cath lab to open the blocked artery.', 'cath-lab'],
    ['The crash trolley was brought to the bedside.', 'crash-cart'],
    ['He was taken to resus on arrival.', 'resus'],
    ['He woke up in the recovery room after the operation.', 'recovery-room'],
    ['She walks with a Zimmer frame since the hip operation.', 'walking-frame'],
    ['He has a chest drain for the collapsed lung.', 'chest-drain'],
    ['A chest tube was put in to let the air out.', 'chest-drain'],
    ['The drain will come out once there is little fluid in the wound.', 'surgical-drain'],
    ['The surgical drain was removed on day two.', 'surgical-drain'],
    ['Her drain was taken out before she went home after the mastectomy.', 'surgical-drain'],
    ['He has been on the vent in the ICU since Sunday.', 'ventilator'],
    ['She was taken off the ventilator yesterday.', 'ventilator'],
    ['Trach care is done twice a day.', 'tracheostomy'],
    ['My port was flushed at the chemo unit today.', 'port'],
    ['Her stoma bag leaked overnight.', 'ostomy-bag'],
    ['Empty the ostomy pouch when it is a third full.', 'ostomy-bag'],
    ['He has a pain pump after his knee operation.', 'pain-pump'],
    ['Patient-controlled analgesia was stopped on day two.', 'pain-pump'],
    ['An arterial line was placed in the wrist in ICU.', 'arterial-line'],
  ]);
  itUnderlinesOnHealthPages([
    ['Her central line was removed yesterday.', 'central-line'],
    ['The cannula in her hand was changed.', 'cannula'],
    ['She was taken to the recovery room.', 'recovery-room'],
  ]);
  itSkips([
    ['The apartment is on the third floor.', 'medical-floor'],
    ['He fell to the floor after the tackle and needed the ICU.', 'medical-floor'],
    ['The bill goes to the floor for a vote next week.', 'medical-floor'],
    ['The boxer lasted twelve rounds.', 'ward-round'],
    ['She bought two rounds of drinks for the doctors.', 'ward-round'],
    ['The golfer shot rounds of 68 and 70.', 'ward-round'],
    ['The video is making the rounds on social media among doctors.', 'ward-round'],
    ['The plane was cleared to fly after the inspection.', 'medical-clearance'],
    ['The crash left the cart on its side.', 'crash-cart'],
    ['Ministers are planning an economic recovery programme.', 'recovery-room'],
    ['The drain in the kitchen sink is blocked again.', 'surgical-drain'],
    ['Rising costs are a drain on the budget.', 'surgical-drain'],
    ['Drain the pasta and return it to the pan.', 'surgical-drain'],
    ['A stent helps the bile drain into the gut after surgery.', 'surgical-drain'],
    ['Tears drain from the eye into the nose.', 'surgical-drain'],
    ['Open the air vent to let the steam out.', 'ventilator'],
    ['He needed to vent his frustration after the match.', 'ventilator'],
    ['The Central line is closed between two stations this weekend.', 'central-line'],
    ['The ship left the port at dawn.', 'port'],
    ['Plug the charger into the USB port.', 'port'],
    ['Fans left the concert with a bag of merchandise.', 'ostomy-bag'],
    ['The new gas pump was installed at the station.', 'pain-pump'],
    ['The main arterial line of the city metro is closed.', 'arterial-line'],
  ]);
  itSkipsOnHealthPages([
    ['Keep the air vent clear of dust in the bedroom.', 'ventilator'],
    ['Take the Central line to the hospital stop.', 'central-line'],
    ['Pour the water down the storm drain, not the sink.', 'surgical-drain'],
  ]);
});

describe('medicines', () => {
  itUnderlines([
    ['Finish the whole course of antibiotics even if you feel better.', 'treatment-course'],
    ['Finish the whole course of antibiotics even if you feel better.', 'antibiotic'],
    ['Finish the course of tablets the doctor gave you.', 'treatment-course'],
    ['She is on a 7-day course of amoxicillin.', 'treatment-course'],
    ['A short course of steroids helped the flare settle.', 'treatment-course'],
    ['We will taper the prednisone over two weeks.', 'tapering'],
    ['Tapering off the sertraline slowly helps avoid withdrawal.', 'tapering'],
    ['The dose will be titrated up every two weeks until the blood pressure is controlled.', 'titrate'],
    ['Insulin was titrated to the morning glucose.', 'titrate'],
    ['He was put on sliding scale insulin after surgery.', 'sliding-scale-insulin'],
    ['Started on a sliding scale because her blood sugar was high.', 'sliding-scale-insulin'],
    ['Use your reliever when you feel wheezy.', 'rescue-inhaler'],
    ['Take two puffs of the reliever through the spacer.', 'rescue-inhaler'],
    ['Her asthma is better since she started the brown preventer.', 'inhaled-corticosteroid'],
    ['He is on a water tablet for his ankles.', 'diuretic'],
    ['His pressure dropped when he stood up, so we held the amlodipine.', 'pressure'],
    ['Her pressure was 90 over 50 mmHg this morning.', 'pressure'],
  ]);
  itSkips([
    ['Of course, the antibiotics were not needed.', 'treatment-course'],
    ['Over the course of the year the clinic gave out antibiotics to 500 people.', 'treatment-course'],
    ['The golf course is closed for the winter.', 'treatment-course'],
    ['She signed up for an online course in pharmacy law about antibiotics.', 'treatment-course'],
    ['The jeans taper at the ankle.', 'tapering'],
    ['Interest in the show tapered off after the first season.', 'tapering'],
    ['Students titrate the acid against sodium hydroxide in chemistry class.', 'titrate'],
    ['The clinic charges on a sliding scale based on income.', 'sliding-scale-insulin'],
    ['The Blue Jays reliever struck out the side.', 'rescue-inhaler'],
    ['Ibuprofen is a pain reliever sold over the counter.', 'rescue-inhaler'],
    ['Exercise is a great stress reliever.', 'rescue-inhaler'],
    ['Check the blowout preventer on the rig.', 'inhaled-corticosteroid'],
    ['Carry water tablets to purify water from streams.', 'diuretic'],
    ['The team was under pressure in the second half.', 'pressure'],
    ['Peer pressure is hard for teenagers.', 'pressure'],
    ['Check the tyre pressure before a long drive.', 'pressure'],
    ['Apply firm pressure to the wound to stop the bleeding.', 'pressure'],
  ]);
});

describe('patient words', () => {
  itUnderlines([
    ['I think I have a water infection, it stings when I pee.', 'urinary-tract-infection'],
    ['She keeps getting water infections.', 'urinary-tract-infection'],
    ['He had the runs all night after a dodgy takeaway.', 'the-runs'],
    ['The kids have had the runs and a tummy bug since Monday.', 'the-runs'],
    ['Got my flu jab at the pharmacy today.', 'flu-vaccine'],
    ['Baby is due her jabs at 8 weeks, and the practice nurse will give them.', 'jab'],
    ['Had my Covid jab yesterday and my arm is sore.', 'jab'],
    ['Mum is going through the change and the hot flushes are awful.', 'change-of-life'],
    ['The change of life usually comes in your early fifties.', 'change-of-life'],
    ['Trouble with the waterworks at night, up three times to pee.', 'waterworks'],
    ['Bleeding from the back passage needs checking by your GP.', 'back-passage'],
    ['Bowels opened today after the laxative.', 'bowel-movement'],
    ['She had a second-degree tear after the birth and needed stitches.', 'perineal-tear'],
    ['Breakthrough pain needs a quick-acting extra dose.', 'breakthrough-pain'],
    ['Breakthrough bleeding is common in the first months on the pill.', 'breakthrough-bleeding'],
    ['A superbug such as MRSA is hard to treat.', 'superbug'],
  ]);
  itUnderlinesOnHealthPages([
    ['He had the runs for two days and felt dehydrated.', 'the-runs'],
    ['Your baby will have more jabs at 12 weeks.', 'jab'],
    ['She went through the change at 51.', 'change-of-life'],
    ['Any bleeding from the back passage should be checked.', 'back-passage'],
  ]);
  itSkips([
    ['Australia chased down the runs with two overs to spare.', 'the-runs'],
    ['He scored the runs that won the match.', 'the-runs'],
    ['The boxer threw a left jab and then a right hook.', 'jab'],
    ['The senator took a jab at his rival during the debate.', 'jab'],
    ['The comedian made a sly jab at the prime minister.', 'jab'],
    ['She cried and turned on the waterworks for the cameras.', 'waterworks'],
    ['The old city waterworks is now a museum.', 'waterworks'],
    ['A narrow back passage runs between the two houses.', 'back-passage'],
    ['The change in the rules went through the committee.', 'change-of-life'],
    ['The team is going through the change of coach.', 'change-of-life'],
    ['The breakthrough in the talks came at midnight.', 'breakthrough-pain'],
  ]);
  itSkipsOnHealthPages([
    ['The left jab is the most useful punch in boxing fitness classes.', 'jab'],
    ['The runs in my training plan get longer each week.', 'the-runs'],
  ]);
});

describe('procedures said plainly', () => {
  itUnderlines([
    ['He has a shunt to drain fluid from the brain because of hydrocephalus.', 'shunt'],
    ['The shunt in her head was blocked and needed a revision by the neurosurgeon.', 'shunt'],
    ['A skin graft was taken from the thigh to cover the burn.', 'skin-graft'],
    ['The kidney graft is working well a year after the transplant.', 'graft'],
    ['The bypass graft was taken from a vein in his leg.', 'graft'],
    ['His op went well and the surgeon is happy.', 'op'],
    ['She is recovering from her knee op in hospital.', 'op'],
    ['Offered a sweep at 40 weeks by the midwife.', 'membrane-sweep'],
    ['Being induced at 41 weeks as baby is overdue.', 'induction-of-labor'],
    ['Baby is in a transverse lie at 37 weeks.', 'transverse-lie'],
    ["The midwife checked the baby's lie.", 'fetal-lie'],
  ]);
  itUnderlinesOnHealthPages([
    ['A graft was taken from his leg.', 'graft'],
  ]);
  itChoosesSense([
    ['The shunt drains fluid from the brain in hydrocephalus.', 'shunt', 'brain shunt (tube that drains fluid)'],
    ['The echo showed a left-to-right shunt through a hole in the heart.', 'shunt', 'heart shunt (blood flowing the wrong way)'],
    ['A dialysis shunt was made in his arm.', 'shunt', 'dialysis access'],
  ]);
  itSkips([
    ['The train was shunted into a siding.', 'shunt'],
    ['Use a shunt resistor to measure the current.', 'shunt'],
    ['Farming is hard graft in the winter.', 'graft'],
    ['The mayor faces graft charges after the probe.', 'graft'],
    ['The minister posed for a photo op at the hospital.', 'op'],
    ['The OP of the thread asked about hospital parking.', 'op'],
    ['The team finished with a clean sweep of the series.', 'membrane-sweep'],
    ['Police made a sweep of the area after the baby was found.', 'membrane-sweep'],
    ['He was induced to sign the contract by false promises.', 'induction-of-labor'],
    ['She had a second-degree tear of her hamstring in training.', 'perineal-tear'],
  ]);
  itSkipsOnHealthPages([
    ['Hard graft in the garden counts as exercise.', 'graft'],
    ['The governor was accused of graft by the opposition.', 'graft'],
  ]);
});

describe('ward and note words', () => {
  itUnderlines([
    ['Friction rub heard over the left lower chest.', 'friction-rub'],
    ['A pleural rub was heard where the pain was worst.', 'friction-rub'],
    ['She uses a controller inhaler every morning and evening.', 'controller-medicine'],
    ['Pressure area care every two hours to protect her heels.', 'pressure-area-care'],
    ['Her pressure areas are intact and the nurses turn her often.', 'pressure-area-care'],
    ['A fluid balance chart was started on the ward.', 'fluid-balance'],
    ['Mobilising with a frame on the ward.', 'mobilize'],
    ['He mobilised on day one after the hip operation with the physio.', 'mobilize'],
    ['Baby has a good latch and is feeding well.', 'latch'],
    ['It hurts when the baby latches on, and my nipples are sore.', 'latch'],
    ['Voiding well after the catheter came out.', 'void'],
    ['He has not voided since surgery, so a bladder scan was done.', 'void'],
    ['Patient denies chest pain or shortness of breath.', 'denies'],
    ['She denied any fever or chills.', 'denies'],
    ['Safety-netting advice given to return if the fever gets worse.', 'safety-netting'],
    ['Managed conservatively with rest and painkillers.', 'conservative-management'],
    ['The ceiling of care is ward-based treatment.', 'ceiling-of-care'],
    ['Findings in keeping with a simple cyst on ultrasound.', 'consistent-with'],
    ['Appearances compatible with old TB on the chest X-ray.', 'consistent-with'],
    ['She had gas and air during labour.', 'gas-and-air'],
    ['The kids have nits again, so we bought a nit comb for their hair.', 'nit'],
    ['Bleeding piles after the birth.', 'piles'],
  ]);
  itUnderlinesOnHealthPages([
    ['A good latch helps prevent sore nipples.', 'latch'],
  ]);
  itSkips([
    ['Close the gate latch behind you.', 'latch'],
    ['The media latched onto the story about the new baby.', 'latch'],
    ['The contract was declared null and void.', 'void'],
    ['Opening the case will void the warranty.', 'void'],
    ['His death left a void in the team.', 'void'],
    ['The minister denies the allegations of bleeding public funds.', 'denies'],
    ['He was denied bail despite his chest pain.', 'denies'],
    ['The builders put safety netting around the scaffold.', 'safety-netting'],
    ['The army began to mobilise troops along the border.', 'mobilize'],
    ['Campaigners mobilised voters in every ward of the city.', 'mobilize'],
    ['The new chart is in keeping with the spirit of the rules.', 'consistent-with'],
    ['The app is compatible with iPhone and Android.', 'consistent-with'],
    ['A low pressure area will bring rain to the coast.', 'pressure-area-care'],
    ['Piles of paper covered his desk.', 'piles'],
    ['The new TV reaches 1,000 nits of brightness.', 'nit'],
    ['The gas and air conditioning bills went up this winter.', 'gas-and-air'],
    ['The firm is known for its conservative management style.', 'conservative-management'],
  ]);
  itSkipsOnHealthPages([
    ['The nurse lifted the latch on the door.', 'latch'],
  ]);
});

describe('results, medicines and family words', () => {
  itUnderlines([
    ['Deranged LFTs on admission, so the statin was paused.', 'deranged'],
    ['Her U&Es are deranged after the diarrhoea.', 'deranged'],
    ['The vancomycin trough level is due before the fourth dose.', 'trough-level'],
    ['Her time in range has gone up since she got the sensor.', 'time-in-range'],
    ['Bridging with enoxaparin while the warfarin is stopped.', 'bridging'],
    ['She needs bridging therapy before the hip operation.', 'bridging'],
    ['A washout period of two weeks is needed between the two antidepressants.', 'washout-period'],
    ['He is on a drug holiday from his bisphosphonate.', 'drug-holiday'],
    ['Water on the knee after the fall at football.', 'knee-effusion'],
    ['She had fluid on the knee drained by the doctor.', 'knee-effusion'],
    ['Trapped nerve in his neck, so his arm tingles.', 'pinched-nerve'],
    ['He was born with a hole in the heart that closed by itself.', 'septal-defect'],
    ['Her dad has terminal cancer and is in a hospice.', 'terminal-illness'],
    ['Baby is on the 25th centile for weight in the red book.', 'percentile'],
    ['Her six-week check is with the GP next Tuesday.', 'six-week-check'],
    ['Peak flow readings are lower in the mornings, and she is wheezy at night.', 'peak-flow'],
  ]);
  itSkips([
    ['Police said the deranged gunman acted alone.', 'deranged'],
    ['The plot of the film is deranged but fun.', 'deranged'],
    ['The trough in the economy came in the spring.', 'trough-level'],
    ['The company took out a bridging loan to buy the site.', 'bridging'],
    ['The charity is bridging the gap between schools and clinics for blood thinners.', 'bridging'],
    ['The match was a washout after heavy rain.', 'washout-period'],
    ['We had a hole in the heart of our team after he left.', 'septal-defect'],
    ['His death left a hole in the heart of the village.', 'septal-defect'],
    ['The bus terminal is closed for repairs.', 'terminal-illness'],
  ]);
});

describe('more other senses', () => {
  itSkips([
    ['The sails were distended by a strong wind.', 'distended'],
    ['The gym has a recovery room with ice baths for the players.', 'recovery-room'],
    ['The player was cleared to play by the tribunal after his appeal.', 'medical-clearance'],
    ['The back passage behind the shops floods every winter.', 'back-passage'],
    ['In the lab, students titrate the acid until the colour changes.', 'titrate'],
    ['The function returns void and takes a stream as input.', 'void'],
    ['Drivers were told to keep the op shop car park clear near the hospital.', 'op'],
    ['Both armies were fully mobilised near the border.', 'mobilize'],
    ['Members voted to resolve the matter at the next meeting.', 'resolve'],
    ['The nodes of the graph are joined by edges.', 'node'],
    ['Her pressure on the committee paid off.', 'pressure'],
  ]);
});

describe('accuracy review: other senses on health pages', () => {
  itSkipsOnHealthPages([
    ['Keep the runs short and easy in the first weeks of training.', 'the-runs'],
    ['The runs of the program took two hours each.', 'the-runs'],
    ['Each node in the network sends data to the server.', 'node'],
    ['She felt a sudden jab of pain in her chest.', 'jab'],
    ['Wear your pressure stockings every day after surgery.', 'pressure'],
    ['We resolved to fix the problem quickly.', 'resolve'],
    ['The team will resolve this issue next week.', 'resolve'],
    ['Offer void where prohibited.', 'void'],
    ['The insurer denies coverage for the procedure.', 'denies'],
    ['The app is compatible with most phones.', 'consistent-with'],
    ['Read the op-ed by the chief executive of the hospital.', 'op'],
    ['Take a course on nutrition to learn more.', 'treatment-course'],
    ['Doctors must do hard graft to pass their exams.', 'graft'],
  ]);
  itSkips([
    ['Junior doctors have staged several rounds of strikes at the hospital.', 'ward-round'],
    ['Several rounds hit the hospital and patients fled.', 'ward-round'],
    ['Reservists were mobilised for the operation in the north.', 'mobilize'],
    ['Women in the party are going through the change of leadership this period.', 'change-of-life'],
    ['The drain was removed and the hospital basement dried out.', 'surgical-drain'],
    ['Peak flow readings on the river were high after the storm.', 'peak-flow'],
    ['Titrate the acid; the effect on the indicator shows the end point.', 'titrate'],
  ]);
  itUnderlinesOnHealthPages([
    ['The rash resolved after a week of antibiotics.', 'resolve'],
    ['Her pressure dropped when she stood up.', 'pressure'],
    ['The patient denies chest pain or fever.', 'denies'],
    ['Cancer was found in two nodes under her arm.', 'node'],
  ]);
});
