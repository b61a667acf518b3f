/**
 * Words from fetal medicine, uro-oncology, coeliac and children's gut clinics, diving medicine,
 * fitness-to-fly letters, headache clinics and community mental health ("longitudinal lie",
 * "soft markers", "gluten challenge", "ear squeeze", "the chamber", "blood patch", "fit to fly",
 * "chronic migraine", "ileal conduit", "combined screen"), each tried against the other senses
 * its words have on ordinary pages (marker pens, echo chambers, a patch of blood on a shirt,
 * a plane declared fit to fly, a swimmer's stroke, a screen at work, a job engagement).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('pregnancy scans and the baby in the womb', () => {
  itUnderlines([
    ['The midwife noted a longitudinal lie and a head that was easy to feel.', 'fetal-lie'],
    ['At the clinic the head was not yet engaged and the midwife said it may drop later.', 'engaged'],
    ['Her midwife said the head is engaged now, at 37 weeks.', 'engaged'],
    ['The sonographer found two soft markers, so the results were looked at again.', 'soft-marker'],
    ['A single soft marker on its own rarely changes the chance of Down syndrome.', 'soft-marker'],
    ['The scan showed the placenta is low-lying, so another scan is booked.', 'placenta-previa'],
    ['Your combined test result gives a lower chance of Down syndrome.', 'combined-test'],
    ['The combined screen uses a blood test and the nuchal translucency scan.', 'combined-test'],
    ['First trimester combined screening is offered to every pregnant woman who wants it.', 'combined-test'],
    ['She had a show last night and the tightenings have been coming every ten minutes.', 'bloody-show'],
  ]);
  itSkips([
    ['The kids drew the poster with soft marker pens.', 'soft-marker'],
    ['The combined test scores of the two teams were announced on Friday.', 'combined-test'],
    ['The new combined screen shows email and calendar side by side.', 'combined-test'],
    ['The head teacher engaged a new music tutor for the term.', 'engaged'],
    ['The head is engaged in talks with parents about the new uniform.', 'engaged'],
    ['Tell me the truth; do not lie to me about where you were.', 'fetal-lie'],
    ['They had a show at the village hall this morning and sold every ticket.', 'bloody-show'],
  ]);
});

describe('bladder cancer follow-up and stomas', () => {
  itUnderlines([
    ['An ileal conduit was made when the bladder was removed.', 'ileal-conduit'],
    ['There has been no recurrence since the last check cystoscopy.', 'recurrence'],
  ]);
  itSkips([
    ['The recurrence of the leak in the kitchen means a new pipe is needed.', 'recurrence'],
    ['The pipe acts as a conduit for rainwater from the roof.', 'ileal-conduit'],
  ]);
});

describe('coeliac disease and children who are growing', () => {
  itUnderlines([
    ['His tTG and EMA were both positive, so a biopsy was booked.', 'positive-result'],
    ['The endomysial antibody came back positive last week.', 'positive-result'],
    ['Before the blood test she has to do a gluten challenge for six weeks.', 'gluten-challenge'],
    ['Adherence to a gluten-free diet is hard for teenagers at parties.', 'adherence'],
    ['Dietary adherence was poor, so the dietitian saw him again.', 'adherence'],
    ['The dietitian said his adherence has got much better this year.', 'adherence'],
  ]);
  itSkips([
    ['The coeliac bakery got positive reviews from its customers.', 'positive-result'],
    ['Strict adherence to the rules of the club is expected.', 'adherence'],
    ['Japan\'s Diet voted for strict adherence to the new trade treaty.', 'adherence'],
    ['The coeliac charity had a positive year, with record donations.', 'positive-result'],
  ]);
});

describe('diving medicine and spinal headaches', () => {
  itUnderlines([
    ['Ear squeeze is the most common injury in new divers.', 'barotrauma'],
    ['A mask squeeze can leave red marks around the eyes after a dive.', 'barotrauma'],
    ['The diver with the bends was taken to the chamber at once.', 'recompression-chamber'],
    ['She spent five hours in a hyperbaric chamber after the dive.', 'recompression-chamber'],
    ['An epidural blood patch was done for the headache after the spinal tap.', 'epidural-blood-patch'],
    ['The anaesthetist offered a blood patch for the headache after the epidural.', 'epidural-blood-patch'],
  ]);
  itSkips([
    ['Social media can become an echo chamber for divers who share the same views.', 'recompression-chamber'],
    ['The chamber of commerce met the scuba shop owners on Monday.', 'recompression-chamber'],
    ['The trio played in the small chamber at the back of the hall.', 'recompression-chamber'],
    ['The heart has four chambers, and the lower chamber pumps blood out.', 'recompression-chamber'],
    ['There was a dried blood patch on the shirt after the fight.', 'epidural-blood-patch'],
    ['She gave the lemon a firm squeeze over the fish.', 'barotrauma'],
  ]);
  itSkipsOnHealthPages([
    ['The heart chamber walls were thick on the echo.', 'recompression-chamber'],
  ]);
});

describe('headache clinic', () => {
  itUnderlines([
    ['Chronic migraine is harder to treat than migraine that comes now and then.', 'chronic-migraine'],
    ['Her migraines have several triggers, such as bright light and skipped meals.', 'trigger'],
    ['He started propranolol as a preventive after the headache diary showed ten bad days.', 'preventive'],
    ['A triptan is used as acute treatment when a migraine starts.', 'acute'],
  ]);
  itSkips([
    ['The chronic shortage of migraine nurses was raised in parliament.', 'chronic-migraine'],
    ['The company took preventive steps to stop the server outage.', 'preventive'],
    ['Missed deadlines were the triggers for the team to change its plans.', 'trigger'],
  ]);
});

describe('fitness to fly and strokes', () => {
  itUnderlines([
    ['After his heart attack the doctor said he was fit to fly after two weeks.', 'fit-to-fly'],
    ['A letter on fitness to fly may be needed after 28 weeks pregnant.', 'fit-to-fly'],
    ['Fitness to fly after a stroke depends on how well someone has recovered.', 'stroke'],
  ]);
  itUnderlinesOnHealthPages([
    ['Ask the airline whether you need a fit to fly letter.', 'fit-to-fly'],
  ]);
  itSkips([
    ['The engineers checked the wing and the aircraft was declared fit to fly.', 'fit-to-fly'],
    ['The pilot said the weather looked fit to fly by noon.', 'fit-to-fly'],
  ]);
  itSkipsOnHealthPages([
    ['The swimmer lengthened his stroke on the last length and won.', 'stroke'],
    ['Coaches teach children to lengthen their swimming stroke before they add speed.', 'stroke'],
  ]);
});

describe('community mental health', () => {
  itUnderlines([
    ['Her early warning signs of relapse include poor sleep and stopping medication.', 'relapse'],
    ['If you are in crisis, call the mental health line at any hour.', 'mental-health-crisis'],
    ['He was sectioned last year and spent a month on an acute ward.', 'sectioned'],
    ['Poor insight: he does not accept that the voices are part of his illness.', 'clinical-insight'],
    ['Viral load suppressed at the last clinic visit, so she moves to six-monthly refills.', 'viral-suppression'],
  ]);
  itSkips([
    ['The country is in crisis after the floods, and the government line is unclear.', 'mental-health-crisis'],
    ['The report gives insight into the voices of local people.', 'clinical-insight'],
    ['The oranges were sectioned and laid on the plate.', 'sectioned'],
    ['The team relapsed into old habits after the break.', 'relapse'],
  ]);
});

describe('review 13: other senses of the new cue words', () => {
  itUnderlines([
    ['Combined screen result: higher chance, 1 in 45, so diagnostic testing was offered.', 'combined-test'],
    ['Treated overnight in the chamber at the hyperbaric unit, about five hours in total.', 'recompression-chamber'],
    ['EMA came back positive, so together with the high tTG the diagnosis is coeliac disease.', 'positive-result'],
  ]);
  itSkips([
    ['The price held above the 50-day EMA and momentum stayed positive all week.', 'positive-result'],
    ['The cave divers swam through the flooded passage to reach the third chamber.', 'recompression-chamber'],
    ['Carbon monoxide poisoning is rare when the boiler has a sealed chamber.', 'recompression-chamber'],
    ['Children with a combined screen time over four hours had a higher chance of poor sleep.', 'combined-test'],
    ['Her memoir about her illness is written with rare insight and humour.', 'clinical-insight'],
    ['She had a blood patch in the eye and a headache after the coughing fit.', 'epidural-blood-patch'],
    ['The plane was declared unfit to fly after a medical emergency on board.', 'fit-to-fly'],
  ]);
});
