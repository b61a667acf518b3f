/**
 * Pack 2.38 took named conditions, signs, tests and procedures that consumer pages use and that
 * had no entry: names made of ordinary words (Stevens, Johnson, Sweet, Alexander) never count as
 * rare, so the coverage tool never asked for them. Each in a sentence such a page would hold, written
 * as pages do (hyphen, en dash, with or without the possessive), and the names in their other
 * senses, where nothing may be underlined.
 */
import { describe } from 'vitest';
import { itLeavesPlain, itUnderlines } from './helpers/bundled-underline';

describe('named conditions, signs and procedures', { timeout: 30_000 }, () => {
  itUnderlines([
    ['Stevens-Johnson syndrome is a rare, serious reaction to a medicine.', 'stevens-johnson-syndrome'],
    ['Stevens–Johnson syndrome is listed among the side effects.', 'stevens-johnson-syndrome'],
    ['Epstein-Barr virus causes most cases of mono.', 'epstein-barr-virus'],
    ['Horner syndrome causes a drooping eyelid and a small pupil on one side.', 'horner-syndrome'],
    ['Her Glasgow Coma Scale score was 14.', 'glasgow-coma-scale'],
    ['Breathing out against a closed airway is called the Valsalva maneuver.', 'valsalva-maneuver'],
    ['Cheyne-Stokes breathing is common in heart failure.', 'cheyne-stokes-breathing'],
    ['The Philadelphia chromosome is found in most cases of CML.', 'philadelphia-chromosome'],
    ['Brugada syndrome can cause a dangerous heart rhythm.', 'brugada-syndrome'],
    ['Familial Mediterranean fever causes repeated bouts of fever.', 'familial-mediterranean-fever'],
    ['Arnold-Chiari malformation was seen on the MRI.', 'chiari-malformation'],
    ['He had Tommy John surgery on his elbow.', 'tommy-john-surgery'],
  ]);

  itLeavesPlain([
    'The city of Philadelphia hosted the parade.',
    'Glasgow won the match three goals to one.',
    'Alexander scored twice in the second half.',
    'She sang a sweet song about home.',
    'Tommy John pitched for 26 seasons.',
  ]);
});
