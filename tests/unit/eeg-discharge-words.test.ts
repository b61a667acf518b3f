/**
 * "Discharges" on an EEG report are bursts of spikes, not fluid and not leaving hospital: the phrase
 * entry owns "epileptiform" and "spike-and-wave" discharges so the discharge card stays away from
 * brain wave reports, while a wound's or a ward's discharge keeps its own card.
 */
import { describe } from 'vitest';
import { itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('discharges on an EEG report', () => {
  itUnderlines([
    ['The EEG showed generalised 3 Hz spike-and-wave discharges during hyperventilation.', 'epileptiform-discharge'],
    ['Frequent epileptiform discharges were recorded over the left temporal region.', 'epileptiform-discharge'],
    ['There were brief spike and wave discharges while she was asleep.', 'epileptiform-discharge'],
    ['Occasional sharp-wave discharges were seen on the right side.', 'epileptiform-discharge'],
  ]);
  itSkipsOnHealthPages([
    ['The EEG showed generalised 3 Hz spike-and-wave discharges during hyperventilation.', 'discharge'],
    ['Frequent epileptiform discharges were recorded over the left temporal region.', 'discharge'],
  ]);
  itUnderlinesOnHealthPages([
    ['The wound had a yellow discharge and smelled bad on the third day.', 'discharge'],
  ]);
});
