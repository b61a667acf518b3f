/**
 * Cue words and fences for letters and report words met in radiotherapy, eye-clinic, vascular,
 * genetics, tropical-fever, poisons and newborn letters (a planning CT, drops OD, a duplex negative
 * for DVT, dengue NS1 positive, a frenotomy tolerated, shock after envenoming, a perinatal arterial
 * stroke), each tried against the other senses of the same letters and words (BP the oil company,
 * PE on the school timetable, a retweet, Colorado, a negative review, a stable job).
 */
import { describe } from 'vitest';
import { itChoosesSense, itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('radiotherapy and scan letters', () => {
  itUnderlines([
    ['Your planning CT is booked for next week, ahead of the first RT session.', 'rt'],
    ['RT referral sent to the cancer centre on Monday.', 'rt'],
    ['A planning CT maps the area so the beams can be aimed.', 'ct'],
    ['The rest of the PET-CT was unremarkable.', 'unremarkable'],
  ]);
  itSkips([
    ['RT if you agree with this post, and follow for more.', 'rt'],
    ['The council is planning to build a new ring road.', 'ct'],
    ['An unremarkable pet shop on the high street closed last week.', 'unremarkable'],
  ]);
});

describe('eye drops, poisons and carbon monoxide', () => {
  itUnderlines([
    ['Use the drops OD each night until review.', 'od'],
    ['CO comes from fuel-burning stoves and cannot be seen.', 'co'],
    ['Call Poison Help: CO builds up fast in a closed garage.', 'co'],
    ['The exposure was a bite of a laundry pod, with no vomiting since.', 'exposure'],
  ]);
  itSkips([
    ['The pipe has an OD of 25 mm and the pressure drops along its length.', 'od'],
    ['She moved to Denver, CO last spring for a new job.', 'co'],
    ['The CO ordered the company to fall back before dawn.', 'co'],
    ['The photo exposure was too long, so the sky came out white.', 'exposure'],
    ['The brand got a lot of media exposure after the advert.', 'exposure'],
  ]);
});

describe('results and how a patient is doing', () => {
  itUnderlines([
    ['Genetic testing came back negative for the family variant.', 'negative-result'],
    ['Ultrasound negative for DVT in both legs.', 'negative-result'],
    ['Dengue NS1 was positive on the first day of fever.', 'positive-result'],
    ['The frenotomy was tolerated well and she fed soon after.', 'tolerating'],
    ['Claudication is stable and he can still walk to the shops.', 'stable'],
  ]);
  itSkips([
    ['The review of the film was negative overall.', 'negative-result'],
    ['The team stayed positive after the loss.', 'positive-result'],
    ['The noise was tolerated by the neighbours for years.', 'tolerating'],
    ['She has a stable job and a flat within walking distance.', 'stable'],
  ]);
});

describe('discharge, shock and stroke', () => {
  itUnderlines([
    ['Squint now controlled, so discharged from orthoptic care.', 'discharge'],
    ['Some discharge at the introitus, with no sores.', 'discharge'],
    ['Snake envenoming can lead to shock within hours.', 'shock'],
    ['A perinatal stroke can cause weakness on one side.', 'stroke'],
    ['Arterial stroke in newborns is often found only months later.', 'stroke'],
  ]);
  itSkips([
    ['The soldier was discharged from the army last year.', 'discharge'],
    ['The news came as a shock to the whole town.', 'shock'],
    ['Her backstroke was a stroke of genius in the final.', 'stroke'],
    ['S7 swimmers with hemiplegia often breathe to one side on every stroke.', 'stroke'],
  ]);
  itChoosesSense([
    ['Your symptoms are settled, so you will be discharged from the vulval clinic.', 'discharged', 'leaving the hospital'],
    ['Some discharge at the introitus, with no sores.', 'discharge', 'fluid coming from the body'],
  ]);
});

describe('BP the company and PE on the school timetable', () => {
  itSkipsOnHealthPages([
    ['BP reported higher quarterly profits as oil prices rose.', 'bp'],
    ['BP profits fell in the last three months of the year.', 'bp'],
    ['Year 9 have PE on Thursday, so bring trainers.', 'pe'],
    ['The history of PE in schools goes back more than a century.', 'pe'],
  ]);
  itUnderlines([
    ['History of PE two years ago, on lifelong anticoagulation.', 'pe'],
    ['BP reported as 150/95 at the pharmacy, mmHg on repeat.', 'bp'],
  ]);
});
