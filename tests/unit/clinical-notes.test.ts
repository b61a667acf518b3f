/**
 * The words of the records patients read in a portal, which packs 2.28 and 2.29 added: lab,
 * imaging, pathology and ECG reports, visit and hospital notes, operative reports, exam findings,
 * and the paperwork of paying for care. Each report line below is written the way such records
 * are (terse, abbreviated, full of numbers) and must get the listed cards; the gated words, in
 * sentences that use them in another sense, must stay plain.
 */
import { describe, expect, it } from 'vitest';
import { underlinedIds as ids } from './helpers/bundled-underline';

describe('report and note lines get the cards a reader needs', { timeout: 30_000 }, () => {
  it.each([
    ['CBC: WBC 11.8 (H), Hgb 12.1 (L), Hct 36.5, MCV 88, RDW 14.9, MPV 10.2.', ['mpv']],
    ['CMP: BUN 22 (H), creatinine 1.3 (H), total protein 7.0, albumin 3.9, AST 41, ALT 56.', ['total-protein']],
    [
      'Urine culture: greater than 100,000 CFU/mL E. coli. Susceptible to nitrofurantoin; resistant to ampicillin.',
      ['colony-forming-unit', 'susceptibility', 'resistant'],
    ],
    ['Blood cultures showed no growth at 5 days.', ['no-growth']],
    [
      'MRI LUMBAR SPINE WITHOUT CONTRAST. Right paracentral disc protrusion. Mild facet arthropathy. Multilevel degenerative disc disease.',
      ['without-contrast', 'paracentral', 'disc-protrusion', 'facet-arthropathy', 'multilevel'],
    ],
    ['CT ABDOMEN WITH IV CONTRAST. A 4 mm hypodense lesion in the left kidney is too small to characterize.', ['iv-contrast', 'too-small-to-characterize']],
    ['Thyroid ultrasound: a solid hypoechoic nodule, TI-RADS 5.', ['ti-rads']],
    ['Mammogram: scattered fibroglandular density. No mass or architectural distortion. BI-RADS 1: negative.', ['architectural-distortion', 'bi-rads-abbreviation']],
    [
      'Core needle biopsy: invasive ductal carcinoma, Nottingham grade 2. Lymphovascular invasion not identified.',
      ['core-needle-biopsy', 'nottingham-grade', 'lymphovascular-invasion'],
    ],
    ['ECG: normal sinus rhythm. Left axis deviation. No acute ST-T wave changes. QTc 440 ms.', ['left-axis-deviation', 'st-t-wave-changes', 'qtc']],
    ['He reports orthopnea. Exam: SpO2 93% on room air. Crackles at both bases.', ['orthopnea', 'room-air', 'crackles']],
    ['Acute on chronic heart failure due to dietary indiscretion. Daily weights, fluid restriction.', ['dietary-indiscretion', 'daily-weights', 'fluid-restriction']],
    ['Post-op day 1: ambulating in the hallway. Advance diet as tolerated.', ['ambulate', 'advance-diet-as-tolerated']],
    ['Pulmonary function tests: FEV1 62% predicted, FVC 85% predicted, with a significant bronchodilator response.', ['fev1', 'fvc', 'bronchodilator-response']],
    ['Two sessile polyps were removed with cold snare. Boston Bowel Prep Scale 8.', ['sessile-polyp', 'cold-snare', 'boston-bowel-preparation-scale']],
    ['Dermoscopy showed an atypical network; a shave biopsy was done.', ['dermoscopy', 'shave-biopsy']],
    ['Hospital course: admitted for pneumonia and weaned from nasal cannula to room air.', ['hospital-course', 'wean', 'room-air']],
    ['PSH: appendectomy. He was tachycardic and tachypneic on arrival.', ['psh', 'tachycardia', 'tachypnea']],
    ['PMH: CAD s/p CABG x3, paroxysmal AF on apixaban.', ['cad', 'af']],
    ['History of HTN and CAD s/p PCI with DES to the LAD. Reports DOE and orthopnea.', ['cad', 'des', 'lad', 'doe']],
    ['JVP elevated to 12 cm H2O, with leg edema. Strict I/Os and daily weights.', ['jvp', 'i-and-o']],
    ['Neck supple, no LAD. Lungs CTAB. Heart RRR, no murmur.', ['lad', 'ctab', 'rrr']],
    ['Your plan has a $1,500 deductible, then 20% coinsurance until you reach the out-of-pocket maximum.', ['deductible', 'coinsurance', 'out-of-pocket-maximum']],
    ['The drug is on the formulary but needs prior authorization and step therapy.', ['formulary', 'prior-authorization', 'step-therapy']],
    ['Medicare Part B covers durable medical equipment such as walkers.', ['durable-medical-equipment']],
    // Operative reports (pack 2.29)
    ['The wound was irrigated copiously and closed with subcuticular sutures.', ['irrigation', 'subcuticular-suture']],
    ['The patient was extubated and taken to recovery in stable condition.', ['extubation']],
    ['The cystic duct and cystic artery were clipped and divided.', ['cystic-duct', 'cystic-artery']],
    ['In the lithotomy position, a trocar was placed and the abdomen insufflated.', ['lithotomy-position', 'trocar', 'insufflation']],
    ['Tender over the sinus tarsi after an ankle sprain.', ['sinus-tarsi']],
    // Operative reports (pack 2.32)
    ['A transverse incision was made through the rectus sheath.', ['transverse', 'rectus-sheath']],
    ['The acromion was shaved with a burr.', ['acromion', 'burr']],
    ['Comminuted fracture of the distal radius.', ['comminuted-fracture']],
  ])('%s', (text, expected) => {
    const found = ids(text);
    for (const id of expected) expect(found, id).toContain(id);
  });
});

describe('the same words in another sense stay plain', { timeout: 30_000 }, () => {
  it.each([
    'The new Toyota MPV seats seven.',
    'Resistant starch is found in cooked and cooled potatoes.',
    'This watch is water resistant to 50 metres.',
    'She quit the multilevel marketing scheme after a year.',
    'Mass Effect is a science-fiction game about a starship crew.',
    'KUB crews restored power across Knoxville overnight.',
    'The final report showed no growth in sales this quarter.',
    'The Fed will wean markets off cheap money slowly.',
    'The old radio hisses and crackles.',
    'The triangle has an oblique side.',
    'Longitudinal waves travel through rock.',
    'Every facet of the plan changed.',
    'A weight-bearing wall holds up the roof.',
    'Aaron Burr shot Alexander Hamilton in 1804.',
    'Nonunion workers crossed the picket line.',
    'The horse broke into a gallop across the field.',
    'The app sends telemetry to the server every minute.',
    'Be patient and paste the full code into the editor.',
    'Apply for readmission to the university within 30 days.',
    'Guarding the best scorer is hard in basketball.',
    'Gifts to the charity are tax deductible.',
    'Her car insurance premium went up this year.',
    'They sell premium coffee beans.',
    'Open enrollment for fall classes starts in May.',
    'The lawn care plan includes two feedings a year.',
    'The chief complaint from customers was slow delivery.',
    'Lake Phalen is a popular place for a walk.',
    'Learn CAD software for 3D modeling, or pay in CAD at checkout.',
    'The DES cipher was replaced by AES.',
    'RCA Records signed the band in 1960.',
    'The DOE funds national laboratories.',
    'Set the camera to AF mode before the shot.',
    'Edit the photos in LR before you post them.',
    'She bought a new MAC laptop.',
    'RT @news: the vote is tonight.',
    'The band sold the LP on vinyl.',
    'She sewed the hem of her dress.',
    'Saline soils limit crop growth.',
    'Guidewire sells software to insurers.',
    'Farm irrigation uses a lot of water.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
