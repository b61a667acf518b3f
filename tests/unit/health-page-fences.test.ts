import { describe } from 'vitest';
import { itSkipsOnHealthPages, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

/**
 * notIn phrases of entries free on health pages: on a page about health these words are underlined
 * with no cue word, so their common other senses are fenced by phrase ("BP shares", "a 2 TB SSD",
 * "use a colon", "won by two strokes"). A phrase must not fence a health use of the same words:
 * "look at the BP readings", "4 TB cases", "a TB drive" (a vaccination or screening drive), "a colon
 * before surgery", "a chronic inability to sleep", "weakened by two strokes", "record seizure
 * activity", "a cocaine seizure" (one caused by cocaine) and "7 iron tablets" are health uses, which
 * is why no phrase covers them.
 */
describe('other senses fenced on health pages', () => {
  itSkipsOnHealthPages([
    ['BP shares fell after the oil spill report.', 'bp'],
    ['The BP share price rose on Monday.', 'bp'],
    ['We filled up at the BP garage on the corner.', 'bp'],
    ['There is a BP petrol station by the motorway exit.', 'bp'],
    ['Turn left at the BP gas station.', 'bp'],
    ['Press the ALT key and F4 together.', 'alt'],
    ['Close the window with ALT+F4.', 'alt'],
    ['Switch between windows with ALT + Tab.', 'alt'],
    ['Put the CF card in the camera.', 'cf'],
    ['The camera takes CF and SD cards.', 'cf'],
    ['It has two CF slots.', 'cf'],
    ['The new model uses a CF express card.', 'cf'],
    ['A 2 TB SSD is fast enough for video.', 'tb'],
    ['He bought an 8 TB hard drive.', 'tb'],
    ['She keeps backups on a 4 TB external hard drive.', 'tb'],
    ['A 1 TB USB drive fits in a pocket.', 'tb'],
    ['The plan gives you 2 TB of cloud storage.', 'tb'],
    ['The project produced 5 TB of data.', 'tb'],
    ['Use a colon to introduce a list.', 'colon'],
    ['Put a colon after the greeting in a formal letter.', 'colon'],
    ['Colons and semicolons are often confused.', 'colon'],
    ['You may use a semicolon or a colon here.', 'colon'],
    ['The double colon marks a scope in C++.', 'colon'],
    ['Hospitals face a chronic shortage of nurses.', 'chronic'],
    ['Years of chronic underfunding closed the library.', 'chronic'],
    ['He is a chronic latecomer.', 'chronic'],
    ['The prison suffers from chronic overcrowding.', 'chronic'],
    ['Transplant the seedlings when they have two true leaves.', 'transplant'],
    ['We transplanted the seedlings last week.', 'transplant'],
    ['Transplant them outdoors after the last frost.', 'transplant'],
    ['Transplant into the garden in late spring.', 'transplant'],
    ['She won by two strokes at the open.', 'stroke'],
    ['He won by one stroke after a long putt.', 'stroke'],
    ['Police made a record cocaine seizure at the port.', 'seizure'],
    ['The customs seizure was the largest this year.', 'seizure'],
    ['The seizure of counterfeit goods rose last year.', 'seizure'],
    ['The court ordered the seizure of assets.', 'seizure'],
    ['Cook the steak in a cast iron pan.', 'iron'],
    ['He hit a 7-iron onto the green.', 'iron'],
    ['Iron the shirt on a low setting.', 'iron'],
    ['A wrought iron bench stood in the yard.', 'iron'],
    ['The iron gates were locked at night.', 'iron'],
    ['Old iron railings line the park.', 'iron'],
  ]);

  itUnderlinesOnHealthPages([
    ['Look at the BP readings from last week.', 'bp'],
    ['There is a free BP station at the pharmacy.', 'bp'],
    ['Her ALT was twice the normal level.', 'alt'],
    ['Children with CF need extra salt in hot weather.', 'cf'],
    ['There were 4 TB cases at the school.', 'tb'],
    ['Of the 8 TB patients, two needed a hospital stay.', 'tb'],
    ['The school held a TB drive last month.', 'tb'],
    ['A colon before surgery must be empty.', 'colon'],
    ['You can live without a colon after surgery.', 'colon'],
    ['You need a colon to absorb water.', 'colon'],
    ['He has a chronic inability to sleep.', 'chronic'],
    ['She is on the list for a transplant.', 'transplant'],
    ['He was left weakened by two strokes.', 'stroke'],
    ['We record seizure activity during the test.', 'seizure'],
    ['A cocaine seizure can be fatal.', 'seizure'],
    ['She was given 7 iron tablets for the week.', 'iron'],
    ['Cooking in cast iron can add iron to food.', 'iron'],
  ]);
});
