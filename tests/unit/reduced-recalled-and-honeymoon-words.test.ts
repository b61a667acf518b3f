/**
 * Everyday words that carry a clinical meaning in notes and patient letters, and the cues that
 * tell them apart: a joint "reduced in ED", ordering "repeats" from the pharmacy, "maintenance"
 * treatment, a newborn "under the lights", a "fit" with drowsiness afterwards, seizures "in
 * clusters", an insulin "correction dose", the "honeymoon phase" of type 1 diabetes, moving "to a
 * pump", blood sugar "lows", being "recalled" after screening, a breast "mass", HIV drug
 * "resistance", the HIV test "window period" after an exposure, "isolation" in a norovirus
 * outbreak, a "soft motion", a dental "bite", a "grade 2 mobile" tooth, wound "discharge", acute
 * "colitis" and an "episode" of bradycardia or of tongue biting. Each is tried against the other
 * senses of its words, aliases and cues (stadium lights, product recalls, electrical resistance,
 * insider trading windows, parliamentary motions, refurbished phones, episodes of games), read
 * alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe('a dislocation reduced in ED', () => {
  itUnderlines([
    ['The elbow dislocation was reduced in ED with gas and air and then put in a sling.', 'fracture-reduction'],
    ['Dislocated finger reduced in the ED under a ring block and buddy strapped.', 'fracture-reduction'],
  ]);
  itSkips([
    ['Blood flow to the penis is reduced in ED, which is why these tablets can help.', 'fracture-reduction'],
    ['Waiting times were reduced in ED after the new triage system started.', 'fracture-reduction'],
  ]);
  itSkipsOnHealthPages([['Testosterone levels are often reduced in ED and in diabetes.', 'fracture-reduction']]);
});

describe('ordering repeats', () => {
  itUnderlines([
    ['You can order your repeats online or through the NHS App.', 'repeat-prescription'],
    ['Please order your repeats a week before your holiday.', 'repeat-prescription'],
  ]);
  itSkips([
    ['The chorus repeats at the end of every verse.', 'repeat-prescription'],
    ['The pattern repeats across the whole roll of wallpaper.', 'repeat-prescription'],
  ]);
  itSkipsOnHealthPages([['The cycle repeats at night, so keep a sleep diary.', 'repeat-prescription']]);
});

describe('maintenance treatment', () => {
  itUnderlines([
    ['She stayed on maintenance azathioprine once her Crohn\'s was in remission.', 'maintenance-therapy'],
    ['Maintenance chemotherapy for leukaemia can go on for about two years.', 'maintenance-therapy'],
    ['He now has vedolizumab as maintenance every eight weeks.', 'maintenance-therapy'],
    ['Maintenance therapy helps stop the illness coming back.', 'maintenance-therapy'],
  ]);
  itSkips([
    ['The lift is closed for maintenance until Friday.', 'maintenance-therapy'],
    ['Routine maintenance on the boiler is due before winter.', 'maintenance-therapy'],
    ['Car maintenance costs rose again this year.', 'maintenance-therapy'],
  ]);
  itSkipsOnHealthPages([['Building maintenance at the chemo unit will close the lift.', 'maintenance-therapy']]);
  itSkipsOnHealthPages([
    ['Weight maintenance after diabetes remission takes effort.', 'maintenance-therapy'],
    ['The chemo day unit is closed for maintenance on Monday.', 'maintenance-therapy'],
    ['Maintenance fluids were started at the usual rate for his weight in kilograms.', 'maintenance-therapy'],
  ]);
});

describe('a newborn under the lights', () => {
  itUnderlines([['His jaundice came back on day four, so he went under the lights again.', 'phototherapy-newborn']]);
  itChoosesSense([
    ['Her bilirubin rose, so she spent a night under the lights on the ward.', 'under the lights', 'jaundice in newborns'],
  ]);
  itUnderlines([
    ['Phototherapy clears psoriasis for some people.', 'phototherapy-newborn'],
    ['Bili lights break down bilirubin in the skin.', 'phototherapy-newborn'],
  ]);
  itSkips([
    ['The team played under the lights on Friday night.', 'phototherapy-newborn'],
    ['She was nervous under the lights on stage.', 'phototherapy-newborn'],
  ]);
  itSkipsOnHealthPages([['The match under the lights raised money for the children\'s ward.', 'phototherapy-newborn']]);
});

describe('a fit with drowsiness afterwards', () => {
  itUnderlines([['My son had a fit at school and was very drowsy on the way home.', 'fits']]);
  itSkips([
    ['The coat is a loose fit and I felt drowsy in the warm car.', 'fits'],
    ['Mum had a fit when she saw the mess in the kitchen.', 'fits'],
  ]);
});

describe('seizure clusters', () => {
  itUnderlines([
    ['His seizures often come in clusters, two or three in an evening.', 'seizure-cluster'],
    ['A seizure cluster may need a rescue medicine given into the cheek.', 'seizure-cluster'],
    ['Cluster seizures are more common when epilepsy is hard to control.', 'seizure-cluster'],
  ]);
  itSkips([
    ['Grapes grow in clusters on the vine.', 'seizure-cluster'],
    ['Stars form in clusters inside the galaxy.', 'seizure-cluster'],
  ]);
  // Review 3: clusters that are not a run of seizures on epilepsy pages.
  itSkipsOnHealthPages([
    ['Infantile spasms happen in clusters, often just after waking, and are a type of seizure.', 'seizure-cluster'],
    ['The EEG showed spikes in clusters during sleep in this child with epilepsy.', 'seizure-cluster'],
  ]);
  itSkipsOnHealthPages([
    ['Cluster headaches come in clusters lasting weeks, then stop for months.', 'seizure-cluster'],
    ['The spots appear in clusters on the chest and back.', 'seizure-cluster'],
  ]);
});

describe('an insulin correction dose', () => {
  itUnderlines([
    ['If the meter shows 14 mmol/L, add a correction dose to the meal insulin.', 'correction-dose'],
    ['A correction bolus brings a high reading back toward target.', 'correction-dose'],
  ]);
  itSkips([['The spelling correction dose of the software is automatic.', 'correction-dose']]);
  itSkipsOnHealthPages([['A vitamin D correction dose is given weekly for eight weeks.', 'correction-dose']]);
});

describe('the honeymoon phase of type 1 diabetes', () => {
  itUnderlines([
    ['In the honeymoon phase he needed only a little insulin at night.', 'honeymoon-phase'],
    ['The honeymoon period of type 1 diabetes can last months.', 'honeymoon-phase'],
  ]);
  itSkips([
    ['They are still in the honeymoon phase of their marriage.', 'honeymoon-phase'],
    ['The new government\'s honeymoon period ended quickly.', 'honeymoon-phase'],
  ]);
  itSkipsOnHealthPages([['The honeymoon phase of a new relationship can lift your mood.', 'honeymoon-phase']]);
});

describe('moving to an insulin pump', () => {
  itUnderlines([
    ['She switched to a pump last year and her HbA1c came down.', 'insulin-pump'],
    ['Children with type 1 diabetes may go on a pump once the family feels ready.', 'insulin-pump'],
  ]);
  itSkips([
    ['Move the hose to a pump with more pressure.', 'insulin-pump'],
    ['The bike tyre was flat, so we walked on to a pump at the garage.', 'insulin-pump'],
  ]);
  itSkipsOnHealthPages([['Your heart works like a pump, pushing blood around the body.', 'insulin-pump']]);
});

describe('blood sugar lows', () => {
  itUnderlines([
    ['Lots of lows overnight, so his basal insulin was cut.', 'hypo'],
    ['Her CGM alarm wakes her for lows after evening swimming.', 'hypo'],
  ]);
  itSkips([
    ['Petrol prices hit new lows this week.', 'hypo'],
    ['Expect overnight lows of minus two.', 'hypo'],
  ]);
  // Review 3: lows of mood, not of blood sugar.
  itSkipsOnHealthPages([
    ['Living with diabetes brings emotional highs and lows.', 'hypo'],
    ['Mood highs and lows are common after a diabetes diagnosis.', 'hypo'],
  ]);
  itSkipsOnHealthPages([['Insulin makers\' shares fell to record lows on Tuesday.', 'hypo']]);
});

describe('recalled after screening', () => {
  itUnderlines([
    ['About one in twenty-five women are recalled for assessment after a mammogram.', 'screening-recall'],
    ['I have been recalled to the breast clinic after my screening mammogram.', 'screening-recall'],
  ]);
  itSkips([
    ['The car was recalled after a brake fault.', 'screening-recall'],
    ['The ambassador has been recalled to London.', 'screening-recall'],
  ]);
  // Review 3: "recalled" as remembering or as a product recall beside a mammogram cue.
  itUnderlines([
    ['You have been recalled after your breast screening mammogram because we need a closer look at one area.', 'screening-recall'],
    ['She was recalled after her mammogram to have an ultrasound.', 'screening-recall'],
  ]);
  itSkipsOnHealthPages([
    ['I recalled after my mammogram that I had forgotten my deodorant.', 'screening-recall'],
    ['Breast implants have been recalled for safety reasons; mammograms can still be done.', 'screening-recall'],
    ['Textured breast implants were recalled after reports of a rare lymphoma; women still have mammograms.', 'screening-recall'],
  ]);
  itSkipsOnHealthPages([
    ['She recalled her first mammogram with a shudder.', 'screening-recall'],
    ['The blood glucose strips were recalled after wrong readings.', 'screening-recall'],
  ]);
});

describe('a mass near the nipple', () => {
  itUnderlines([['A firm mass was felt just above the nipple, with no axillary nodes.', 'mass']]);
  itSkips([['Critical mass was reached when the nipple shields sold out.', 'mass']]);
  itLeavesWordPlain([['Muscle mass falls with age unless you stay active.', 'mass']]);
});

describe('HIV drug resistance', () => {
  itUnderlines([
    ['A resistance test showed the virus no longer responded to efavirenz.', 'drug-resistance'],
    ['Missing doses of HIV medicines can lead to resistance.', 'drug-resistance'],
    ['Drug-resistant infections are harder to treat.', 'drug-resistance'],
  ]);
  itSkips([
    ['The Resistance fought the occupation in France.', 'drug-resistance'],
    ['Electrical resistance rises as the wire heats up.', 'drug-resistance'],
    ['There was strong resistance to the new parking rules.', 'drug-resistance'],
  ]);
  // Review 3: drug-resistant epilepsy is seizures that medicines do not control, not a germ that changed.
  itUnderlines([['Cancer cells can develop drug resistance during chemotherapy.', 'drug-resistance']]);
  itSkipsOnHealthPages([
    ['Drug-resistant epilepsy affects about one in three people with epilepsy.', 'drug-resistance'],
    ['Her epilepsy is drug-resistant, so she was referred for surgery.', 'drug-resistance'],
    ['Drug resistance in epilepsy is common.', 'drug-resistance'],
    ['The skin\'s resistance to infection falls with age, so antibiotics are used more.', 'drug-resistance'],
  ]);
  itSkipsOnHealthPages([
    ['Use resistance bands three times a week to build strength.', 'drug-resistance'],
    ['A few people have natural resistance to HIV because of a gene change.', 'drug-resistance'],
    ['Insulin resistance is common in people with HIV.', 'drug-resistance'],
  ]);
});

describe('the window period after an exposure', () => {
  itUnderlines([['After a possible exposure, a negative result inside the window period may need repeating.', 'window-period']]);
  itSkips([
    ['The insider trading window period closes two weeks before results.', 'window-period'],
    ['Film exposure and the window period for returns are on the shop website.', 'window-period'],
    ['Check your exposure to the fund during the trading window period.', 'window-period'],
  ]);
});

describe('isolation in an outbreak of diarrhoea and vomiting', () => {
  itChoosesSense([
    ['Patients with norovirus are nursed in isolation until they are well.', 'isolation', 'keeping a sick person away from others'],
    ['Keep him in isolation until 48 hours after the last diarrhoea.', 'isolation', 'keeping a sick person away from others'],
  ]);
  itSkips([['The band recorded the album in isolation on a remote farm.', 'isolation']]);
});

describe('a soft motion', () => {
  itUnderlines([['Bowels open today with a soft motion and no blood in the stool.', 'bowel-movement']]);
  itSkips([
    ['The council passed a motion to close the library.', 'bowel-movement'],
    ['Soft motion control keeps the robot arm steady.', 'bowel-movement'],
  ]);
  itSkipsOnHealthPages([['The camera gimbal gives a soft motion even when you walk.', 'bowel-movement']]);
});

describe('the dental bite', () => {
  itUnderlines([
    ['My bite feels high since the dentist fitted the new crown.', 'dental-bite'],
    ['Braces can correct your bite over a year or two.', 'dental-bite'],
  ]);
  itSkips([
    ['The dog bite left teeth marks on her arm.', 'dental-bite'],
    ['Take your bite of the pie and tell me about the filling.', 'dental-bite'],
    ['The shark has a powerful bite and rows of teeth.', 'dental-bite'],
  ]);
  itSkipsOnHealthPages([['Dog bites to the face can cause dental injuries; the bite wound should be washed at once.', 'dental-bite']]);
  itSkipsOnHealthPages([
    ['The bite of the dentist\'s dog needed stitches.', 'dental-bite'],
    ['Orthodontists say the bite force of a dog is huge.', 'dental-bite'],
  ]);
});

describe('a mobile tooth', () => {
  itUnderlines([
    ['The front tooth was grade 1 mobile after the fall and was splinted.', 'tooth-mobility'],
    ['Gum disease can leave teeth loose; the dentist records tooth mobility at each visit.', 'tooth-mobility'],
    ['A mobile tooth after an injury may settle within weeks.', 'tooth-mobility'],
  ]);
  itSkips([
    ['A grade 2 mobile phone has light scratches on the screen.', 'tooth-mobility'],
    ['She is fully mobile again after the hip operation.', 'tooth-mobility'],
    ['Mobile teeth whitening is available at home across London.', 'tooth-mobility'],
    ['Book our mobile tooth whitening service for your wedding.', 'tooth-mobility'],
  ]);
});

describe('discharge, acute and episode read alone', () => {
  itChoosesSense([
    ['There was some yellow discharge around the wound edges today.', 'discharge', 'fluid coming from the body'],
    ['The pin site has a little crusting and discharge.', 'discharge', 'fluid coming from the body'],
  ]);
  itUnderlines([
    ['Acute colitis can cause bloody diarrhoea many times a day.', 'acute'],
    ['A single episode of bradycardia was seen on the monitor.', 'illness-episode'],
    ['He had another episode with tongue biting and wet clothes.', 'illness-episode'],
  ]);
  itSkips([
    ['An acute angle is smaller than ninety degrees.', 'acute'],
    ['The pin site on the map shows the new bridge.', 'discharge'],
  ]);
  itSkipsOnHealthPages([
    ['The second episode of the game picks up after the ending of the first.', 'illness-episode'],
    ['Each episode of the podcast covers one medicine.', 'illness-episode'],
  ]);
});
