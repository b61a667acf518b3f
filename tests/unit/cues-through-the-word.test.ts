import { describe } from 'vitest';
import { itSkips, itUnderlines } from './helpers/bundled-underline';

/**
 * Cue phrases that hold the entry's own word ("TB test", "peak flow meter", "DNR status"): the
 * context rule reads them through the match, so they count beside the word on any page, as their
 * writers meant, and not only on a page about health.
 */
describe('cue phrases that run through the word they gate, in the bundled pack', () => {
  itUnderlines([
    ['Ask which TB test suits you best.', 'tb'],
    ['Bring your peak flow meter to the clinic.', 'peak-flow'],
    ['Her DNR status was noted on admission.', 'dnr'],
    ['The rash was warm and tender to the touch.', 'tenderness'],
  ]);
  // The same words without the rest of the phrase stay as they were.
  itSkips([
    ['The TB drive in the car is full.', 'tb'],
    ['The tender offer closes on Friday.', 'tenderness'],
  ]);
});
