/**
 * Ordinary lines that a health page can still hold (round 55): a part-time job ("the job is PT"),
 * weekend overtime, a managing director's results, the capital of Connecticut, an online game's
 * rating, a soldier's honourable discharge, a flat car battery, a plain hotel or drive. Read as
 * part of a health page, where these letters and words need no cue, they stay plain; the health
 * senses beside them still open.
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

const ordinaryLines = [
  ['The role is PT, about 16 hours a week, with some evening shifts.', 'pt'],
  ['This job is PT and would suit a parent on the school run.', 'pt'],
  ['Weekend OT is paid at double time for the warehouse team.', 'ot'],
  ['OT is paid monthly in arrears with your normal salary.', 'ot'],
  ['The MD announced a new factory in the north of the county.', 'md'],
  ['Hartford is the capital city of CT, not Bridgeport.', 'ct'],
  ['Which town is the capital of CT? Hartford.', 'ct'],
  ['Ten wins in a row raised my MMR past the gold rank.', 'mmr'],
  ['My grandfather left the navy with an honourable discharge in 1952.', 'discharge'],
  ['He was given a dishonourable discharge after the court martial.', 'discharge'],
  ['The car battery discharged overnight because a door was left open.', 'discharge'],
  ['The hotel was unremarkable, but the beach made up for it.', 'unremarkable'],
  ['The drive was unremarkable until we reached the coast road.', 'unremarkable'],
] as const;

describe('ordinary lines stay plain, read alone and on a health page', () => {
  itSkips(ordinaryLines);
  itSkipsOnHealthPages(ordinaryLines);
});

describe('the health senses beside the new fences still open on a health page', () => {
  itUnderlinesOnHealthPages([
    ['PT twice a week for the knee, then a home exercise plan.', 'pt'],
    ['OT home visit booked to look at rails for the bathroom.', 'ot'],
    ['CT head showed no bleed, so she went home the same night.', 'ct'],
    ['MMR second dose given today at the GP practice.', 'mmr'],
    ['Green discharge from the ear for three days, swab sent.', 'discharge'],
    ['CT chest unremarkable apart from a small nodule to watch.', 'unremarkable'],
    // Review 18: the fences were narrowed so these health uses still open.
    ['My job is PT on the stroke ward, helping people walk again after surgery.', 'pt'],
    ['My role is PT in a falls clinic, with exercises for balance.', 'pt'],
    ['Weekend OT cover is thin, so the home visit waits until Monday.', 'ot'],
    ['Private OT is paid for by the family; the occupational therapist comes weekly.', 'ot'],
    ['The MD announced that the side effects should ease within a week.', 'md'],
  ]);
});
