/**
 * Everyday words with a medical sense as clinic letters, ward notes and care plans use them:
 * stoma care (a convex appliance, a retracted stoma), plastics and breast surgery (a flap checked
 * by capillary refill, serous discharge, cording, a compression sleeve), pathology ("negative for
 * metastatic carcinoma"), theatre lists, fracture and joint reduction, hormone tests ("did not
 * suppress"), exposure to an infection, blood counts after chemotherapy, orthodontics (crowding, an
 * impression of the teeth), memory tests (delayed recall, orientation to time), eating disorders
 * (purging, feeding under restraint), learning disability care (challenging behaviour), amputation
 * (the stump), trials (blinded) and tumour growth. Each is tried against the ordinary senses of its
 * words, read alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itMatchesAtAnyLevel,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('stoma care: appliance and retraction', () => {
  itUnderlines([
    ['The nurse suggested a convex appliance to stop the leaks around her ileostomy.', 'ostomy-bag'],
    ['Order a new box of stoma appliances before the holiday.', 'ostomy-bag'],
    ['His stoma has retracted, so output gets under the seal.', 'stoma-retraction'],
    ['A retracted stoma often needs a convex bag base.', 'stoma-retraction'],
  ]);
  itSkips([
    ['The kitchen appliance store has a sale on fridges.', 'ostomy-bag'],
    ['The convex mirror on the bend shows oncoming cars.', 'ostomy-bag'],
    ['The company retracted its statement after the complaint.', 'stoma-retraction'],
    ['The cat retracted its claws and went to sleep.', 'stoma-retraction'],
  ]);
});

describe('plastics and breast surgery', () => {
  itUnderlines([
    ['The flap had good capillary refill at the last check.', 'flap'],
    ['There was some purulent discharge from the wound edge.', 'discharge'],
    ['After the lymph node removal she developed cording in her armpit.', 'axillary-web-syndrome'],
    ['Axillary web syndrome usually eases with stretching.', 'axillary-web-syndrome'],
    ['Her compression sleeve is measured to fit her arm.', 'compression-sleeve'],
  ]);
  itChoosesSense([
    ['Serous discharge from the donor site was noted when the nurse changed the dressing for the patient.', 'discharge', 'fluid coming from the body'],
  ]);
  itSkips([
    ['The cat flap needs a new magnet.', 'flap'],
    ['The bird began to flap its wings.', 'flap'],
    ['Sew the cording along the edge of the cushion cover.', 'axillary-web-syndrome'],
    ['The upholstery cording came loose on the sofa.', 'axillary-web-syndrome'],
  ]);
  itSkipsOnHealthPages([
    ['The cat flap has a lock for the night.', 'flap'],
    ['She bought a new sleeve for her laptop.', 'compression-sleeve'],
  ]);
});

describe('pathology and scans', () => {
  itUnderlines([
    ['All four nodes were negative for metastatic carcinoma.', 'negative-for-malignancy'],
    ['The margins were negative for carcinoma.', 'negative-for-malignancy'],
    ['The adrenal nodule is stable in size on the repeat CT.', 'stable-in-size'],
  ]);
  itSkips([
    ['The survey was negative for the new policy.', 'negative-for-malignancy'],
    ['The pound remained stable at 1.17 euros.', 'stable-in-size'],
    // "remained stable at" is said of any reading, on pages that also name a scan.
    ['Her PSA remained stable at 4.1 after the MRI.', 'stable-in-size'],
    ['Her weight remained stable at 60 kg, the ultrasound team noted.', 'stable-in-size'],
    ['Inflation remains stable at 2 percent, the bank said.', 'stable-in-size'],
  ]);
});

describe('theatre and reduction', () => {
  itUnderlines([
    ['She is second on the theatre list tomorrow for her wrist.', 'theatre'],
    ['The dislocated finger was reduced under a ring block.', 'fracture-reduction'],
    ['The dislocation was reduced in the emergency clinic under sedation.', 'fracture-reduction'],
  ]);
  itUnderlinesOnHealthPages([
    ['You go to theatre after lunch, and you may sip water until 11am.', 'theatre'],
  ]);
  itSkips([
    ['The theatre listings are out for the summer season.', 'theatre'],
    ['Prices were reduced under the new rules.', 'fracture-reduction'],
    ['Take a bottle and sip water at the theatre during the interval.', 'theatre'],
  ]);
});

describe('hormone tests, exposure, counts', () => {
  itUnderlines([
    ['Cortisol did not suppress after the dexamethasone dose.', 'cortisol-suppression'],
    ['Her cortisol failed to suppress, so Cushing\'s syndrome is still possible.', 'cortisol-suppression'],
    ['Anyone exposed to measles should check they have had two doses of the vaccine.', 'exposure'],
    ['Staff exposed to tuberculosis will be offered a screen.', 'exposure'],
    ['Your counts may drop after chemo, raising the risk of infection.', 'blood-count'],
  ]);
  itSkips([
    ['The army did not suppress the protest.', 'cortisol-suppression'],
    ['He failed to suppress a smile.', 'cortisol-suppression'],
    ['The mayor was exposed as a fraud.', 'exposure'],
    ['The loft has exposed brick and beams.', 'exposure'],
    ['Every vote counts in this election.', 'blood-count'],
    // "exposed" alone is mostly "revealed" or "uncovered"; only "exposed to" is the contact sense.
    ['The report exposed sexual abuse at the school.', 'exposure'],
    ['The audit exposed poor infection control on the ward.', 'exposure'],
    ['The gum has receded and the root is exposed, raising the risk of infection.', 'exposure'],
    ['Children exposed to sexual content online may be upset.', 'exposure'],
    // Dexamethasone also damps the immune system; only cortisol that fails to fall is the test result.
    ['Dexamethasone does not suppress the immune system enough to stop cortisol rising.', 'cortisol-suppression'],
  ]);
  itSkipsOnHealthPages([
    ['The report exposed failings at the hospital trust.', 'exposure'],
  ]);
});

describe('orthodontics', () => {
  itUnderlines([
    ['There is crowding of the lower teeth, so the orthodontist suggested braces.', 'dental-crowding'],
    ['Mild crowding in the lower arch; premolars to stay.', 'dental-crowding'],
    ['Crowded teeth are harder to clean.', 'dental-crowding'],
    ['We will take an impression of your lower teeth for the mouthguard.', 'dental-impression'],
  ]);
  itMatchesAtAnyLevel([
    ['The dentist took a dental impression for the new crown.', 'dental-impression'],
  ]);
  itSkips([
    ['Crowding on the trains is worst at 8am.', 'dental-crowding'],
    ['Fans were crowding into the stadium.', 'dental-crowding'],
    ['Commuters brace for crowding as the strike begins.', 'dental-crowding'],
    ['Crowding under the railway arches at the Saturday market.', 'dental-crowding'],
    ['She made a good impression at the interview.', 'dental-impression'],
    ['The first impression of the town was grim.', 'dental-impression'],
  ]);
  itSkipsOnHealthPages([
    ['Crowding in waiting rooms spreads flu.', 'dental-crowding'],
  ]);
});

describe('memory tests', () => {
  itUnderlines([
    ['On delayed recall she named two of the five words, and memory was the main concern.', 'delayed-recall'],
    ['Orientation to time and place was intact.', 'orientation-to-time'],
    ['Orientation to place was poor on the ward.', 'orientation-to-time'],
  ]);
  itSkips([
    ['The delayed recall of the cars cost the maker millions.', 'delayed-recall'],
    ['Owners can check the delayed recall by registration number.', 'delayed-recall'],
    ['Freshers attend an orientation week in September.', 'orientation-to-time'],
    ['His orientation in time and space was a philosophical puzzle.', 'orientation-to-time'],
    ['Sexual orientation is a protected characteristic.', 'orientation-to-time'],
  ]);
});

describe('eating disorders and care', () => {
  itUnderlines([
    ['She has been purging after meals with laxatives.', 'purging'],
    ['Bingeing and purging are signs of bulimia.', 'purging'],
    ['Physical restraint must be recorded every time it is used.', 'physical-restraint'],
    ['NG feeding under restraint was a last resort.', 'physical-restraint'],
    ['Staff use his support plan when challenging behaviour starts.', 'challenging-behavior'],
    ['Challenging behavior is common in people with dementia.', 'challenging-behavior'],
  ]);
  itSkips([
    ['The regime was purging its opponents.', 'purging'],
    ['Purging the cache fixed the slow page.', 'purging'],
    ['The police showed great restraint during the march.', 'physical-restraint'],
    ['Fiscal restraint was the theme of the budget.', 'physical-restraint'],
    ['Check the child restraint is fitted in the car.', 'physical-restraint'],
    ['World leaders urged restraint and de-escalation in the best interests of both sides.', 'physical-restraint'],
    ['Climbing that wall is a challenging task.', 'challenging-behavior'],
  ]);
  itSkipsOnHealthPages([
    ['Rules on restraint of trade apply to the clinic staff contract.', 'physical-restraint'],
    // Bowel preparation and old gut-infection wording use "purging" for the bowel emptying.
    ['The bowel prep laxative starts purging within an hour, and some vomiting can happen.', 'purging'],
    ['Cholera causes vomiting and purging.', 'purging'],
    // Restraint by medicine, by straps, or by holding back on food is not this card.
    ['Chemical restraint with sedatives was used after seclusion failed under the Mental Health Act.', 'physical-restraint'],
    ['Dietary restraint is common in people with eating disorders on NG tube feeding.', 'physical-restraint'],
  ]);
});

describe('amputation, trials and tumour growth', () => {
  itUnderlines([
    ['Check the stump for redness each evening after using the prosthesis.', 'residual-limb'],
    ['The residual limb was measured for a new socket.', 'residual-limb'],
    ['The trial was blinded, so participants did not know which drug they had.', 'blinding'],
    ['The new drug slowed tumour growth in mice.', 'tumor-growth'],
    ['Tumor growth was measured on scans every 8 weeks.', 'tumor-growth'],
  ]);
  itSkips([
    ['The old tree stump was removed last week.', 'residual-limb'],
    ['The candidate was back on the stump in Ohio.', 'residual-limb'],
    ['The tree surgeon used a liner to protect the stump.', 'residual-limb'],
    ['Rehabilitation of the old mill left a stump of a chimney.', 'residual-limb'],
    ['He was blinded by the low sun.', 'blinding'],
    ['Fans were blinded by the floodlights during the match.', 'blinding'],
  ]);
  itSkipsOnHealthPages([
    ['After the operation the rectal stump is left inside, and rehabilitation takes weeks.', 'residual-limb'],
  ]);
  itLeavesWordPlain([
    ['The batsman lost his off stump to a fast ball.', 'stump'],
    ['A flash of light blinded the driver.', 'blinded'],
  ]);
});

describe('everyday baseline and other fixes', () => {
  itUnderlines([
    ['After the infection she is back to her baseline.', 'baseline'],
    ['The peristomal skin irritation has resolved with a new seal.', 'resolve'],
    ['The typical presentation of gout is a hot, swollen toe.', 'presentation'],
    ['Abdomen guarded in the right iliac fossa.', 'guarded'],
  ]);
  itChoosesSense([
    ['Abdomen soft but guarded in the left iliac fossa.', 'guarded', 'belly muscles tense when pressed (guarding)'],
    ['She is in intensive care with a guarded prognosis.', 'guarded', 'outlook uncertain (guarded condition or prognosis)'],
  ]);
  itSkips([
    ['The classic presentation of the dish uses a copper pan.', 'presentation'],
    ['Our team came back to play on the baseline.', 'baseline'],
    ['Analysts were guarded about the rebound in share prices.', 'guarded'],
    ['The shop returned to its baseline prices after the sale.', 'baseline'],
  ]);
});
