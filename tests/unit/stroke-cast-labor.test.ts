import { describe } from 'vitest';
import { itLeavesPlain, itUnderlines } from './helpers/bundled-underline';

/**
 * Cue words for three words with an ordinary sense that a blind labelled set (written by a helper
 * who never saw the pack) found missing in plain family talk: "had a stroke … relearning to walk",
 * "in a cast … after breaking his wrist", "in labor … with her first baby"; and the phrases of
 * their other senses, which stay plain.
 */
describe('stroke, cast and labor in how families talk about them', () => {
  itUnderlines([
    ['Her father had a stroke last spring and is still relearning to walk.', 'stroke'],
    ['He suffered a stroke in his sleep and woke with slurred speech.', 'stroke'],
    ['Stroke survivors often need months of rehab.', 'stroke'],
    ['A TIA can be a warning that a bigger stroke may follow.', 'stroke'],
    ["He'll be in a cast for six weeks after breaking his wrist.", 'cast'],
    ['The cast on her broken arm comes off next Friday.', 'cast'],
    ['She is in a cast after breaking her wrist on the ice.', 'cast'],
    ['She was in labor for 18 hours with her first baby.', 'labor'],
    ['Early labor can last a day or more before the baby comes.', 'labor'],
    ['Pack your hospital bag before labor starts.', 'labor'],
  ]);
  itLeavesPlain([
    'It was a stroke of luck that the survivor was found.',
    'She suffered a stroke of bad luck when her flight was cancelled.',
    'Every brush stroke shows in the restored painting.',
    'He swam the breast stroke and won; the rehab center cheered.',
    'The cast broke into song after the wrist-slapping review.',
    "The film's cast includes a broken-hearted hero.",
    'Child labor laws protect babies and children.',
    'Labor Day sales on baby clothes start Friday.',
    'The labor market for nurses delivering babies is tight.',
    'Forced labor on cotton farms drew international condemnation, and a newborn charity spoke out.',
    'Building the crib by hand was a labor of love before the baby arrived.',
    'Flick your wrist at the end of the cast to lay the fly down softly.',
  ]);
});
