/**
 * Words of intensive-care diaries and ward updates, pharmacy notes, men's and women's health,
 * bone and fracture clinics and device leaflets that name a health meaning with an everyday word:
 * a patient who stays stable or whose outlook is guarded, a feed being tolerated, blood pressure
 * support, delirium that has resolved, a medicine held, urinary frequency, the change (menopause),
 * a spine tender on examination, a fracture reduced under a local anaesthetic, priming a pen, an
 * infusion site, isolating with an infection, the presentation of an illness, a cast, a dressing,
 * glucose test strips, and the everyday words period and bridge of the nose. Each is tried against
 * the other senses of its words, aliases, forms and cue words, read alone and as part of a health
 * page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itMatchesAtAnyLevel,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('ward updates: stable, guarded, tolerating, resolved', () => {
  itUnderlines([
    ['Mum stayed stable through the night, and the nurse was pleased with her.', 'stable'],
    ['The doctors say his outlook is guarded, as his brain may have gone without oxygen for some minutes.', 'guarded'],
    ['He is tolerating small amounts of milk through his nose tube.', 'tolerating'],
    ['Her delirium has now resolved and she is back to her usual self.', 'resolve'],
  ]);
  itUnderlinesOnHealthPages([
    ['The nurse told us Grandad had been stable all day.', 'stable'],
    ['His outlook remains guarded while he is still on the ventilator.', 'guarded'],
  ]);
  itSkips([
    ['He finally found a stable job as a nurse after years of agency shifts.', 'stable'],
    ['The company kept a guarded silence about the merger.', 'guarded'],
    ['Analysts gave a guarded outlook for the second half of the year.', 'guarded'],
    ['The climbers went without oxygen above 8,000 metres, on a route heavily guarded by soldiers.', 'guarded'],
    ['The school will not be tolerating bullying of any kind.', 'tolerating'],
    ['The dispute was resolved after weeks of talks.', 'resolve'],
  ]);
  itSkipsOnHealthPages([
    ['The union resolved to strike after the nurses rejected the pay offer.', 'resolve'],
    ['Staff will not be tolerating abuse from visitors on the ward.', 'tolerating'],
  ]);
});

describe('intensive care: blood pressure support', () => {
  itUnderlines([
    ['He needed noradrenaline for blood pressure support in intensive care.', 'blood-pressure-support'],
    ['She is off all blood pressure support now, the consultant told us.', 'blood-pressure-support'],
  ]);
  itSkips([
    ['Blood pressure support supplements with garlic and hawthorn are sold online.', 'blood-pressure-support'],
    ['Our blood pressure support group meets every Thursday.', 'blood-pressure-support'],
  ]);
  itSkipsOnHealthPages([['Blood pressure support tea blends are not a treatment for hypertension.', 'blood-pressure-support']]);
});

describe('pharmacy notes: a medicine held', () => {
  itUnderlines([
    ['Warfarin held for five days before surgery.', 'held'],
    ['The metformin was held last night and will start again once his kidney tests are back.', 'held'],
    ['Ramipril held while his blood pressure is low.', 'held'],
  ]);
  itSkips([
    ['The race was held under a safety car before the restart.', 'held'],
    ['The meeting was held in the town hall on Tuesday.', 'held'],
  ]);
  itSkipsOnHealthPages([
    ['Warfarin clinics are held every Tuesday in the health centre.', 'held'],
    ['The anticoagulation clinic meeting was held in March.', 'held'],
    ['He held the warfarin box up to the light to read the dose.', 'held'],
  ]);
  itLeavesWordPlain([['Hold the power button for ten seconds to restart your phone.', 'Hold']]);
});

describe("men's health: frequency", () => {
  itUnderlines([
    ['Frequency and urgency are common when the prostate grows and presses on the bladder.', 'urinary-frequency'],
    ['Urgency and frequency of passing urine got better after the UTI was treated.', 'urinary-frequency'],
    ['Urinary frequency can be a sign of an overactive bladder.', 'urinary-frequency'],
  ]);
  // "Frequency" alone is left to the longer phrases: GARD pages say under every list of signs that
  // "the frequency may also be listed as a fraction", beside words such as symptom and patients.
  itSkips([
    ['The frequency may also be listed as a fraction of the patients who have that symptom.', 'urinary-frequency'],
    ['Sometimes no information on frequency is available for a sign such as bladder problems.', 'urinary-frequency'],
    ['The frequency and urgency of the requests grew each week.', 'urinary-frequency'],
    ['The frequency of bladder cancer rises with age.', 'urinary-frequency'],
    ['Prostate cancer is diagnosed with increasing frequency in men over 50.', 'urinary-frequency'],
    ['The radio station changed its frequency last year.', 'urinary-frequency'],
  ]);
  itSkipsOnHealthPages([
    ['Ultrasound uses high frequency sound waves to see the bladder and prostate.', 'urinary-frequency'],
    ['Dosing frequency for the bladder medicine is once a day.', 'urinary-frequency'],
  ]);
});

describe("women's health: period and the change", () => {
  itMatchesAtAnyLevel([
    ['Any bleeding a year or more after your last period should be checked.', 'menstrual-period'],
    ['Your period may be heavier for a few months after the coil is fitted.', 'menstrual-period'],
  ]);
  itUnderlines([
    ['My mother called it the change, and never spoke about hot flushes.', 'change-of-life'],
    ['In her day, the menopause was known as the change.', 'change-of-life'],
  ]);
  itLeavesWordPlain([
    ['The last period of the hockey game was scoreless.', 'period'],
    ['Bleeding may occur for a short period after the procedure.', 'period'],
    ['During the postnatal period, some bleeding is normal.', 'period'],
    ['Perimenopause is the period before menopause when hormone levels change.', 'period'],
  ]);
  itSkips([
    ['The Victorian period saw huge changes in public health.', 'menstrual-period'],
    ['Climate change is the biggest threat to health this century.', 'change-of-life'],
    ['Keep the change, she told the taxi driver.', 'change-of-life'],
  ]);
  itSkipsOnHealthPages([['We noticed the change in her mood over the last month.', 'change-of-life']]);
});

describe('bone and fracture clinics: tender, reduced, cast', () => {
  itUnderlines([
    ['On examination he was tender over the lower ribs on the left.', 'tenderness'],
    ['The dislocated shoulder was reduced under a general anaesthetic.', 'fracture-reduction'],
    ['His wrist was reduced under a local anesthetic in the emergency department.', 'fracture-reduction'],
    ['You will wear the cast for six weeks, and the clinic will check it after one.', 'cast'],
  ]);
  itSkips([
    ['Cook the beef until tender, about two hours.', 'tenderness'],
    ['On examination, the judges found the tender documents incomplete.', 'tenderness'],
    ['Bids were invited in a public tender over the summer.', 'tenderness'],
    ['Prices were reduced under pressure from the regulator.', 'fracture-reduction'],
    ['The cast wore masks for the final scene.', 'cast'],
    ['Cast your line downstream and keep it dry in the bag.', 'cast'],
  ]);
});

describe('device leaflets: prime, infusion site, test strips', () => {
  itUnderlines([
    ['Prime the insulin pen with 2 units before every injection.', 'prime'],
    ['Prime the inhaler by spraying four puffs into the air before first use.', 'prime'],
    ['Insulin pens are primed with 2 units before each injection.', 'prime'],
    ['Move your infusion site every few days to stop lumps forming.', 'infusion-site'],
    ['The cannula site was red and sore, so the nurse took it out.', 'infusion-site'],
    ['Test strips that are past their date can give wrong blood sugar readings.', 'glucose-test-strip'],
    ['Use only the test strips made for your meter.', 'glucose-test-strip'],
    ['The blood glucose test strip gave a reading of 5.8.', 'glucose-test-strip'],
  ]);
  itSkips([
    ['The prime minister visited the hospital on Monday.', 'prime'],
    ['Prime the pump before you start the pressure washer.', 'prime'],
    ['Seven is a prime number.', 'prime'],
    ['Prime the wall with a coat of primer before painting.', 'prime'],
    ['Amazon Prime members get free delivery on insulin cooler bags.', 'prime'],
    ['Test strips from the pool shop showed high chlorine levels.', 'glucose-test-strip'],
    ['Use pH test strips to check the water in your fish tank.', 'glucose-test-strip'],
    ['The meter reader came to check the gas meter and left test strips for the pool.', 'glucose-test-strip'],
  ]);
  itSkipsOnHealthPages([
    ['The first injection primes the immune system and the booster strengthens it.', 'prime'],
    ['A pregnancy test strip shows a second line when hCG is found.', 'glucose-test-strip'],
  ]);
});

describe('infections: isolate and presentation', () => {
  itUnderlines([
    ['People with measles should self-isolate for four days after the rash appears.', 'isolation'],
    ['If you have a fever and test positive, isolate at home until you feel better.', 'isolation'],
    ['Older adults with pneumonia often have an atypical presentation, with confusion but no fever.', 'presentation'],
    ['Sepsis can have a vague presentation at first, like a bad flu.', 'presentation'],
  ]);
  itChoosesSense([
    ['If you have a fever and test positive, isolate at home until you feel better.', 'isolate', 'keeping a sick person away from others'],
    ['Older adults who are lonely may start to isolate themselves from friends.', 'isolate', 'being cut off from other people'],
  ]);
  itSkips([
    ['Scientists managed to isolate the virus from a patient sample.', 'isolation'],
    ['The chef paid close attention to the presentation of the dish.', 'presentation'],
    ['The presentation of the award was delayed by the rain.', 'presentation'],
  ]);
  itSkipsOnHealthPages([
    ['She gave a presentation on the symptoms of stroke at the conference.', 'presentation'],
    ['Her presentation at the sepsis study day covered the symptoms in children.', 'presentation'],
    ['The PowerPoint presentation on diabetes symptoms is available to download.', 'presentation'],
  ]);
});

describe('wound care and masks: dressing, bridge of the nose', () => {
  itUnderlines([
    ['The skin underneath the dressing should look clean and dry.', 'dressing'],
    ['He wore a cast on his broken arm for six weeks.', 'cast'],
  ]);
  itMatchesAtAnyLevel([
    ['Press the metal strip over the bridge of your nose so the mask seals.', 'bridge-of-the-nose'],
    ['The CPAP mask left a red mark on the bridge of his nose.', 'bridge-of-the-nose'],
    ['Glasses that pinch the nasal bridge can leave sore spots.', 'bridge-of-the-nose'],
  ]);
  itSkips([
    ['She chose a dress with a low neckline and was dressing for the party.', 'dressing'],
    ['Add the dressing to the salad just before serving.', 'dressing'],
    ['The dentist fitted a bridge to replace his missing tooth.', 'bridge-of-the-nose'],
  ]);
  itLeavesWordPlain([['The suspension bridge carries traffic over the river.', 'bridge']]);
});

describe('gardening pages read as health pages: transplant', () => {
  itUnderlinesOnHealthPages([['The transplant team will see you before you go on the waiting list.', 'transplant']]);
  itSkipsOnHealthPages([
    ['Transplant the tomato plants into bigger pots when the roots fill the tray.', 'transplant'],
    ['Transplant the young lettuces outdoors after the last frost.', 'transplant'],
  ]);
});

describe('review: other senses near the new cues', () => {
  itUnderlines([
    ["Don't prime the inhaler again unless it has not been used for a week.", 'prime'],
    ['Atypical presentations of heart attack are more common in women.', 'presentation'],
    ['The menopause is sometimes called the change.', 'change-of-life'],
    ['Apixaban was held on Monday and restarted on Thursday.', 'held'],
  ]);
  itSkips([
    ['Prime the fuel injection system and bleed out the air bubbles.', 'prime'],
    ['He primed the shotgun and loaded two units of shot.', 'prime'],
    ['Prime Day deals on insulin cooler bags.', 'prime'],
    ["The Prime Minister's injection of cash into diabetes care was welcomed.", 'prime'],
    ['After the brain injury she became guarded and suspicious.', 'guarded'],
    ['Blood pressure support products: our wellness consultant recommends garlic.', 'blood-pressure-support'],
  ]);
  itSkipsOnHealthPages([
    ['Talks were held with the makers of the anticoagulant.', 'held'],
    ['In her presentation, the nurse described the symptoms of sepsis in children.', 'presentation'],
    ['Her presentation of the research on infection rates won a prize.', 'presentation'],
    ['Researchers isolate the bacteria from patients’ blood samples.', 'isolation'],
    ['Doctors tried to isolate the cause of his symptoms.', 'isolation'],
    ['The tuberculosis isolate was resistant to isoniazid.', 'isolation'],
    ['The nurse called the change in her blood pressure worrying.', 'change-of-life'],
    ['Doctors called it the change of direction in her treatment.', 'change-of-life'],
    ['Prostate cancer screening frequency varies by country.', 'urinary-frequency'],
    ['Urinary incontinence is seen at a lower frequency in men than in women.', 'urinary-frequency'],
    ['Dip the test strip in urine and compare it with the chart; glucose in urine can be a sign of diabetes.', 'glucose-test-strip'],
  ]);
});
