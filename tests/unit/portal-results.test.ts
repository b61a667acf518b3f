import { describe } from 'vitest';
import { itLeavesPlain, itUnderlines } from './helpers/bundled-underline';

/**
 * Health basics 2.40: the words of results and reports that patients read in their portals (lab
 * values, ECG and echo findings, eye, hearing, pregnancy-scan, child-development and dental
 * reports), in sentences as such reports write them, and the same letters and words in their other
 * senses, where nothing is underlined.
 */
describe('words of test results and reports', () => {
  itUnderlines([
    ['Absolute neutrophil count: 1.2 (low).', 'absolute-neutrophil-count'],
    ['Your non-HDL cholesterol is 162 mg/dL.', 'non-hdl-cholesterol'],
    ['Creatinine clearance was estimated from a 24-hour urine collection.', 'creatinine-clearance'],
    ['The BUN-to-creatinine ratio was 25, which can point to dehydration.', 'bun-to-creatinine-ratio'],
    ['CA 19-9 is used to follow pancreatic cancer during treatment.', 'ca-19-9'],
    ['Anti-CCP antibody: positive.', 'anti-ccp-antibody'],
    ['Fecal calprotectin was high, suggesting inflammation in the bowel.', 'fecal-calprotectin'],
    ['HBsAg: nonreactive. Anti-HBs: reactive, consistent with immunity from vaccination.', 'hepatitis-b-surface-antigen'],
    ['A Bosniak category II cyst on the CT scan with contrast was not enhancing.', 'bosniak-classification'],
    ['ECG: sinus rhythm with right bundle branch block.', 'right-bundle-branch-block'],
    ['The ECG showed QT prolongation after the new antibiotic.', 'qt-prolongation'],
    ['Pathologic Q waves in leads II, III and aVF suggest an old heart attack.', 'q-wave'],
    ['The echo showed grade 1 diastolic dysfunction.', 'diastolic-dysfunction'],
    ['The crown-rump length matched a gestational age of 9 weeks.', 'crown-rump-length'],
    ['At the 32-week scan the amniotic fluid index was 12 cm.', 'amniotic-fluid-index'],
    ['The M-CHAT is a checklist parents fill in at the 18-month visit.', 'm-chat'],
    ['Bitewing X-rays show decay between the back teeth.', 'bitewing-x-ray'],
    ['Probing depth was 5 mm on the molar, with bleeding on probing.', 'probing-depth'],
    ['Your dentist may suggest scaling and root planing for gum disease.', 'scaling-and-root-planing'],
    ['Sleep latency was 45 minutes on the sleep study.', 'sleep-latency'],
  ]);

  itLeavesPlain([
    'Plug your MIC into the USB port on the mixer.',
    'The FDA issued a CRL, a complete response letter, for the new drug.',
    'The AFI ranked the film among the greatest of all time.',
    'Radiocarbon dating gave the bone age of the Stone Age site.',
    'In the 2013 census, the Bosniak category was the largest.',
    'Refraction of light through a prism splits it into colours, as the law of refraction says.',
    'The street view shows the St elevation of the old church.',
    'The soil sensor reports its probing depth in inches.',
    'The deep sleep latency of the network card is 2 ms.',
    'The looper pedal works as a loop recorder for guitarists.',
  ]);
});
