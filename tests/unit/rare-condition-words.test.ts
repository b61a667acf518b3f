/**
 * Pack 2.37 took rare words that recur on GARD, MedlinePlus Genetics and NCI pages and that no
 * entry explained (enzyme and protein names, the conditions named after them, words of anatomy
 * and research), chosen from the main MedQuAD corpus and half 1 only. Each in a sentence such a
 * page would hold, and the words with another sense (a security licensing body, a grinding-machine
 * maker, leaf shapes, zoo animals' pacing) in sentences from elsewhere, where nothing may be underlined.
 */
import { describe } from 'vitest';
import { itLeavesPlain, itUnderlines } from './helpers/bundled-underline';

describe('rare words of inherited-condition pages', { timeout: 30_000 }, () => {
  itUnderlines([
    ['Oculopharyngeal muscular dystrophy causes drooping eyelids and trouble swallowing.', 'oculopharyngeal-muscular-dystrophy'],
    ['Tracheobronchomalacia makes the airways collapse when a person breathes out.', 'tracheobronchomalacia'],
    ['Mutations in the HEXB gene reduce the activity of beta-hexosaminidase.', 'beta-hexosaminidase'],
    ['Zellweger spectrum disorder is a peroxisome biogenesis disorder.', 'peroxisome-biogenesis-disorder'],
    ['Microscopic polyangiitis inflames small blood vessels in the kidneys and lungs.', 'microscopic-polyangiitis'],
    ['Post-streptococcal glomerulonephritis can follow strep throat.', 'post-streptococcal-glomerulonephritis'],
    ['Nonimmune hydrops fetalis was seen on the ultrasound.', 'nonimmune-hydrops-fetalis'],
    ['Cephalopelvic disproportion can lead to a cesarean birth.', 'cephalopelvic-disproportion'],
    ['Call the state quitline for free help to stop smoking.', 'quitline'],
    ['Unpasteurized milk can carry harmful germs.', 'pasteurization'],
    ['Titin is the largest protein in the body.', 'titin'],
    ['Enthesitis-related arthritis affects where tendons attach to bone.', 'enthesitis-related-arthritis'],
    ['The enzyme lacks a working glucuronidation step.', 'glucuronidation'],
    ['Alzheimers disease and Parkinsons disease are brain disorders.', 'alzheimers-disease'],
  ]);

  itLeavesPlain([
    'The PSRA licensed the security guards at the stadium.',
    'ANCA sells grinding machines to tool makers.',
    'The leaf lobation differs between the two oak species.',
    'The bank began signal processing of the trades at noon.',
  ]);
});
