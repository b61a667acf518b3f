import { describe } from 'vitest';
import { itLeavesPlain, itSkips, itUnderlines } from './helpers/bundled-underline';

/**
 * Cue words for two words with an ordinary sense that a blind labelled set (written by a helper
 * who never saw the pack) found missing in plain family talk ("suffered a stroke … slurred speech",
 * "in a cast after breaking his wrist"), and the sentences of their other senses that a reviewer
 * tried against the first choice of cues: swimming and rowing strokes, petting a cat, a TV cast.
 * Cue words tried for labor (baby, maternity, newborn) opened it on Labour Party and labour-market
 * news and were left out.
 */
describe('stroke and cast in how families talk about them', () => {
  itUnderlines([
    ['He suffered a stroke in his sleep and woke with slurred speech.', 'stroke'],
    ['A TIA can be a warning that a bigger stroke may follow.', 'stroke'],
    ['Her face was drooping on one side, and the doctors confirmed a stroke.', 'stroke'],
    ["He'll be in a cast for six weeks after breaking his wrist.", 'cast'],
    ['She is in a cast after breaking her wrist on the ice.', 'cast'],
    ['The cast on her broken arm comes off next Friday.', 'cast'],
  ]);
  itLeavesPlain([
    'It was a stroke of luck that the survivor was found.',
    'She suffered a stroke of bad luck when her flight was cancelled.',
    'Every brush stroke shows in the restored painting.',
    'He swam the breast stroke and won; the rehab center cheered.',
    "After shoulder surgery I'm relearning my freestyle stroke.",
    'During rehab she rebuilt her freestyle stroke from scratch.',
    'The cast broke into song after the wrist-slapping review.',
    "The film's cast includes a broken-hearted hero.",
    'The Bones cast reunited for a charity table read.',
    "The Winter's Bone cast included a young Jennifer Lawrence.",
    'Flick your wrist at the end of the cast to lay the fly down softly.',
    'Child labor laws protect babies and children.',
    'The labor market for nurses delivering babies is tight.',
  ]);
  // Other words of these sentences have cards of their own; the stroke card must not show.
  itSkips([
    ["Residents with dementia like to stroke the care home's cat.", 'stroke'],
    ['The paralyzed swimmer perfected her stroke for the Paralympics.', 'stroke'],
    ['Cancer survivor wins with a powerful butterfly stroke.', 'stroke'],
  ]);
});
