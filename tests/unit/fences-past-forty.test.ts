/**
 * Fences and cue words that only fit once an entry could hold 60 of each (round 54): the other
 * senses of "discharge" (lava, a battery's rating), "stroke" (the rower nearest the stern, an
 * engine's cycle), "spine" (a book being bound), "graft" (hard work), each tried on a page about
 * health, where these words need no cue; and a ward note's "tolerating" beside "orally".
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

const otherSenses = [
  ['The volcano’s lava discharge slowed after the second week of the eruption.', 'discharge'],
  ['Magma discharge from the vent was estimated from satellite images.', 'discharge'],
  ['Pick a drone battery with a high discharge rating for quick climbs.', 'discharge'],
  ['Lead-acid batteries last longer when the depth of discharge stays shallow.', 'discharge'],
  ['Touch a metal tap first to avoid a static discharge on the laptop.', 'discharge'],
  ['She sat at stroke in the university eight and set a rate of 36.', 'stroke'],
  ['He rowed at stroke for Cambridge in the Boat Race.', 'stroke'],
  ['The mower has a two-stroke engine that needs oil mixed into the petrol.', 'stroke'],
  ['Four-stroke outboards are quieter than the older designs.', 'stroke'],
  ['After sewing the sections, round and back the spine before the boards go on.', 'spine'],
  ['Backing the spine gives the book its shoulders.', 'spine'],
  ['Print a spine label with the title and the shelf number.', 'spine'],
  ['Rebuilding the wall by hand was pure graft for two summers.', 'graft'],
  ['It took sheer graft to get the allotment back into shape.', 'graft'],
] as const;

describe('other senses, fenced wherever they stand', () => {
  itSkips(otherSenses);
  itSkipsOnHealthPages(otherSenses);
});

describe('the health senses beside them still open', () => {
  itUnderlines([
    ['Yellow discharge from the wound, so a swab was sent.', 'discharge'],
    ['Her father had a stroke and now has weakness on his left side.', 'stroke'],
    ['The kidney graft is working well and her creatinine is back to normal.', 'graft'],
    ['Tolerating sips orally this morning, IV fluids to stop at noon.', 'tolerating'],
    ['Now tolerating eating and drinking, so the drip has come down.', 'tolerating'],
  ]);
  itUnderlinesOnHealthPages([
    ['She was ready for discharge by the weekend.', 'discharge'],
    ['MRI of the spine showed a narrowed canal at L4.', 'spine'],
    ['A stroke can happen at any age.', 'stroke'],
  ]);
});

// Review 5: health sentences that hold a fence's words, which no fence may hide. "discharge rating"
// and "sat at stroke" were weighed and kept: a hospital's "discharge rating" is rare beside a
// battery's (vape battery safety pages among them), and "sat at stroke" is the rowing idiom.
describe('health sentences beside the fence words still open', () => {
  itUnderlinesOnHealthPages([
    ['When lifting, avoid rounding the spine and bend at the knees instead.', 'spine'],
    ['Try not to round the spine as you lower the weights.', 'spine'],
    ['The deep core muscles wrap round the spine like a corset.', 'spine'],
    ['In the lower back the spine curves gently inwards.', 'spine'],
    ['The surgeon packed plenty of graft into the socket before closing it.', 'graft'],
    ['A small bit of graft was trimmed away at the edge of the wound.', 'graft'],
  ]);
  itUnderlines([
    ['Wound discharge stayed static over the week, so the swab was not repeated.', 'discharge'],
  ]);
});

describe('the narrowed fences still hold', () => {
  const narrowed = [
    ['After sewing the sections, round and back the spine before the boards go on.', 'spine'],
    ['Rounding and backing the spine gives the book its shoulders.', 'spine'],
    ['He put in a bit of graft on the allotment every weekend.', 'graft'],
    ['The midfielder showed plenty of graft in the second half.', 'graft'],
  ] as const;
  itSkips(narrowed);
  itSkipsOnHealthPages(narrowed);
});
