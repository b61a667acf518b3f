/**
 * Words of results and of the course of care that terse notes and patient letters use without the
 * cue words their entries waited for: test results ("came back positive"), drug levels ("in range",
 * "therapeutic"), ward and emergency words ("observations", "taken to theatre", "admitted"), the
 * course of an illness ("attacks", "temp spikes", "low-grade fever"), transplant and genetic
 * reports, and examination findings ("chest clear"). Each is tried against the word's other senses.
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

describe('test results', () => {
  itUnderlines([
    ['The skin prick test to peanut was positive at 6 mm.', 'positive-result'],
    ['His urine culture came back positive for E. coli.', 'positive-result'],
    ['Her stool sample was positive for Salmonella.', 'positive-result'],
    ['The blood film was positive for malaria parasites.', 'positive-result'],
    ['Thick and thin blood films were sent to look for parasites.', 'blood-smear'],
    ['A malaria smear was taken on arrival.', 'blood-smear'],
    ['Repeat malaria films were negative.', 'blood-smear'],
    ['His liver markers were raised after the new statin.', 'liver-function-test'],
    ['Liver bloods to be repeated in two weeks.', 'liver-function-test'],
  ]);
  itSkips([
    ['Investors stayed positive after the stool maker reported strong sales.', 'positive-result'],
    ['The team tested the new engine and the results were positive.', 'positive-result'],
    ['The reviews were positive and the skin care range sold out.', 'positive-result'],
    ['Feedback from the pilot came back positive.', 'positive-result'],
    ['Growth came back positive in the third quarter.', 'positive-result'],
    ['The film was shot in Malta and released this spring.', 'blood-smear'],
  ]);
  itChoosesSense([['The skin prick test to cat dander was positive.', 'positive', 'test found what it looked for']]);
});

describe('drug levels and anticoagulation', () => {
  itUnderlines([
    ['Your INR has stayed in range since the dose change.', 'target-range'],
    ['Blood sugars mostly within target range on the new insulin.', 'target-range'],
    ['Lithium level in range at 0.7 mmol/L.', 'target-range'],
    ['Vancomycin trough therapeutic, continue current dose.', 'therapeutic-level'],
    ['Heparin infusion adjusted to keep the anti-Xa therapeutic.', 'therapeutic-level'],
    ['Levels checked to make sure the drug stays at a therapeutic level.', 'therapeutic-level'],
    ['INR subtherapeutic at 1.6, so the dose was increased.', 'subtherapeutic'],
    ['A supratherapeutic INR of 5.2 with no bleeding.', 'supratherapeutic'],
  ]);
  itSkips([
    ['The drone stayed in range of the controller for the whole flight.', 'target-range'],
    ['The Fed kept its target range for rates at 5.25 to 5.5 per cent.', 'target-range'],
    ['The central bank held the INR within its target range.', 'target-range'],
    ['Keep the phone in range of the speaker for a steady connection.', 'target-range'],
    ['Gardening is therapeutic for me on a deep level.', 'therapeutic-level'],
    ['The spa offers a therapeutic soak at a level of luxury few can match.', 'therapeutic-level'],
    ['Knitting is very therapeutic after a long week.', 'therapeutic-level'],
  ]);
});

describe('ward, emergency department and theatre', () => {
  itUnderlines([
    ['He was admitted under the medics with a chest infection and given IV antibiotics.', 'admitted'],
    ['She was admitted from A&E late last night with sepsis.', 'admitted'],
    ['Observations stable overnight on the ward, NEWS2 score of 1.', 'observations'],
    ['The nurse will check your observations, such as your pulse, every four hours.', 'observations'],
    ['She is going to theatre this afternoon for her hernia repair.', 'theatre'],
    ['Please remove nail polish before you are taken to theatre.', 'theatre'],
    ['Patient remained stable overnight with no further bleeding.', 'stable'],
    ['Symptoms stable since the last review.', 'stable'],
  ]);
  itSkips([
    ['He admitted the offence in court and was fined.', 'admitted'],
    ['The nurse admitted taking painkillers from the ward.', 'admitted'],
    ['The hospital admitted that mistakes were made in his care.', 'admitted'],
    ['The university admitted 300 students under the new scheme.', 'admitted'],
    ['The astronomers made observations of the comet from the roof.', 'observations'],
    ['Weather observations show the pressure falling all morning.', 'observations'],
    ['The actor returned to the theatre after ten years away.', 'theatre'],
    ['The patient investor kept her portfolio stable through the crash.', 'stable'],
    ['The horse was moved to a new stable near the racecourse.', 'stable'],
  ]);
  itSkipsOnHealthPages([
    ['She was admitted to the bar in 2019 and now works in London.', 'admitted'],
    ['The university admitted 300 students under the new scheme.', 'admitted'],
  ]);
});

describe('the course of an illness', () => {
  itUnderlines([
    ['Low-grade fever and a dry cough for three days.', 'low-grade-fever'],
    ['She has had a slight fever since the weekend.', 'low-grade-fever'],
    ['Spiking temperatures despite IV antibiotics; blood cultures sent.', 'spike'],
    ['Fever spikes every evening for the past week.', 'spike'],
    ['Big blood sugar spikes after meals with white rice.', 'spike'],
    ['Pre-renal kidney insult from vomiting and poor intake.', 'insult'],
    ['A hypoxic insult to the brain at birth.', 'insult'],
    ['No reaction to the first dose of the vaccine.', 'reaction'],
    ['She had a reaction to penicillin as a child.', 'reaction'],
    ['He had a reaction after the wasp sting and needed adrenaline.', 'reaction'],
  ]);
  // "Attack" in this sense is a word every adult knows ("a gout attack"): everyday, so it is left
  // plain by default and its card opens for readers who show every glossary word.
  itMatchesAtAnyLevel([
    ['Gout attacks have become less frequent on allopurinol.', 'attack'],
    ['Her HAE attacks mostly cause swelling of the face and hands.', 'attack'],
    ['Migraine attacks twice a month, each lasting about a day.', 'attack'],
  ]);
  itChoosesSense([
    ['Temp spikes to 39 in the evenings.', 'spikes', 'short burst of fever'],
    ['Glucose spikes after breakfast on the sensor.', 'spikes', 'quick rise in blood sugar'],
  ]);
  itSkips([
    ['Low fever pitch at the stadium as the home side struggled.', 'low-grade-fever'],
    ['Prices spike every winter when gas demand rises.', 'spike'],
    ['Temperatures spiked to 40C across southern Spain this week.', 'spike'],
    ['He wore spikes for the 400 metres final.', 'spike'],
    ['The spike protein lets the virus enter cells.', 'spike'],
    ['The army launched an attack on the northern town at dawn.', 'attack'],
    ['Their attack looked sharp in the second half, with three goals.', 'attack'],
    ['The shark attack left a swimmer with leg injuries.', 'attack'],
    ['In lupus the immune system attacks healthy tissue.', 'attack'],
    ['Calling him lazy was an insult, and he left the room.', 'insult'],
    ['To add insult to injury, the train was cancelled.', 'insult'],
    ['The chemical reaction releases heat when the acid is added.', 'reaction'],
    ['Fans had a mixed reaction to the new album.', 'reaction'],
    ['The dog had a reaction to the new collar, scratching all night.', 'reaction'],
  ]);
});

describe('transplant, genetic reports and examination findings', () => {
  itUnderlines([
    ['Signs of acute rejection on the kidney biopsy.', 'transplant-rejection'],
    ['Rejection of the new liver is watched for with blood tests.', 'transplant-rejection'],
    ['Organ rejection is the main worry in the first months.', 'transplant-rejection'],
    ['The BRCA2 change was classified as a likely benign variant.', 'benign-variant'],
    ['A benign variant in the BRCA2 gene needs no further action.', 'benign-variant'],
    ['Chest clear, heart sounds normal, abdomen soft.', 'chest-clear'],
    ['On examination his lungs were clear and his pulse was regular.', 'chest-clear'],
    ['Poor fluid compliance between dialysis sessions.', 'adherence'],
    ['Peak flow 280, in the amber zone of the plan.', 'peak-flow'],
  ]);
  itUnderlinesOnHealthPages([
    ['Write your peak flow reading in the diary each morning.', 'peak-flow'],
  ]);
  itSkips([
    ['She faced rejection from every publisher before the book sold.', 'transplant-rejection'],
    ['Fear of rejection stops many people from asking for a raise.', 'transplant-rejection'],
    ['The rejection of the kidney-shaped pool design upset the architect.', 'transplant-rejection'],
    ['The effect on prices is likely benign, the economists said.', 'benign-variant'],
    ['Keep the chest clear of clutter before moving it.', 'chest-clear'],
    ['The river gauge gave a peak flow reading of 300 cubic metres per second.', 'peak-flow'],
    ['Poor compliance with the new tax rules cost the firm dearly.', 'adherence'],
    ['Market exposure to the euro rose sharply this quarter.', 'exposure'],
    ['The photographer used a long exposure to capture the stars.', 'exposure'],
  ]);
  itSkipsOnHealthPages([
    ['The brigade moved to another theatre of operations.', 'theatre'],
  ]);
});

describe('ordinary lines that got a card', () => {
  itSkips([
    ['Simple sugars such as ribose may have formed on comets.', 'simple-carbohydrate'],
    ['Sharps are the best hand-sewing needles for fine cotton.', 'sharps'],
    ['Embroidery sharps have a longer eye than quilting needles.', 'sharps'],
    ['Sharps and flats are marked at the start of each stave.', 'sharps'],
  ]);
  itUnderlines([
    ['Cut down on simple sugars such as sweets and soft drinks.', 'simple-carbohydrate'],
    ['Put used needles and other sharps in a sharps bin.', 'sharps'],
    ['Sharps such as lancets and syringes need a puncture-proof box.', 'sharps'],
  ]);
  itUnderlinesOnHealthPages([
    ['Never throw sharps in the household rubbish.', 'sharps'],
    ['Simple sugars raise blood glucose quickly.', 'simple-carbohydrate'],
  ]);
});

describe('review: the other senses of these words on health pages', () => {
  itSkipsOnHealthPages([
    ['Studies show stable rates of gout attacks in women, according to the report.', 'positive-result'],
    ['A positive outlook may help people cope with malaria treatment.', 'positive-result'],
    ['Exercise has a positive effect on mood in people with HIV.', 'positive-result'],
    ['A positive attitude helps during COVID recovery.', 'positive-result'],
    ['The lump is likely benign, but genes such as BRCA1 are tested in some families.', 'benign-variant'],
    ['In children, sinus arrhythmia is a benign variant of normal heart rhythm, not a gene change.', 'benign-variant'],
    ['Your reaction to the diagnosis may include shock, anger or sadness; medicines can help later.', 'reaction'],
    ['A stress reaction can raise the heart rate, and some medicines make it worse.', 'reaction'],
    ['Researchers study the chemical reactions that make a vaccine stable.', 'reaction'],
    ['The EEG showed spike and wave activity during a fever.', 'spike'],
    ['There was a spike in the number of diabetes cases after 2010.', 'spike'],
    ['There was a spike in infections after the fever clinic closed.', 'spike'],
    ['Observations from the study suggest that pulse and blood pressure fell.', 'observations'],
    ['Early observations show that heart rate falls with training.', 'observations'],
    ['Coughing helps keep your chest clear of mucus after surgery.', 'chest-clear'],
    ['Keep your chest clear by coughing and moving about after surgery.', 'chest-clear'],
    ['Keep the glucose sensor in range of your phone so readings reach the app.', 'target-range'],
    ['Stay within range of the receiver for the glucose readings to upload.', 'target-range'],
    ['Warfarin has a therapeutic effect that depends on vitamin K in the diet.', 'therapeutic-level'],
    ['Lithium is one of several therapeutic options for bipolar disorder.', 'therapeutic-level'],
    ['The therapeutic potential of heparin in cancer is being studied.', 'therapeutic-level'],
    ['A uroflow test records the peak flow of urine in men with an enlarged prostate.', 'peak-flow'],
    ['Bullying with verbal insults can harm the mental health of children with kidney disease.', 'insult'],
    ['Half of the patients admitted they did not drink enough fluids on dialysis.', 'admitted'],
    ['Fear of rejection after a kidney transplant is common; counselling and biopsy results can help.', 'transplant-rejection'],
    ['A slight temperature rise in the room can make the sensor less accurate.', 'low-grade-fever'],
  ]);
  itLeavesWordPlain([
    ['Targeted therapy uses drugs to identify and attack specific cancer cells; gout is unrelated.', 'attack'],
    ['HIV attacks and weakens the immune system, unlike migraine.', 'attack'],
    ['T cells can attack and kill cancer cells, as in gout.', 'attack'],
    ['In lupus the body is attacking its own tissue, unlike in gout.', 'attacking'],
  ]);
  itSkips([
    ['He was stabbed in the abdomen during the attack outside the pub.', 'attack'],
    ['Hornets attacked the bee hives and caused swelling on his arm.', 'attack'],
    ['The thin coating is made of thick and thin films of metal oxide.', 'blood-smear'],
    ['Bake the cake with a simple sugar frosting for dessert.', 'simple-carbohydrate'],
    ['A slight temperature difference between the rooms made the paint dry unevenly.', 'low-grade-fever'],
  ]);
  itUnderlinesOnHealthPages([
    ['She had a mild reaction to the flu vaccine, with a sore arm.', 'reaction'],
    ['Temp spiking to 39 overnight despite antibiotics.', 'spike'],
    ['Chest clear on examination, with no wheeze or crackles.', 'chest-clear'],
    ['Her lithium level is in range, so the dose stays the same.', 'target-range'],
    ['Signs of rejection on the biopsy of the new kidney were treated with steroids.', 'transplant-rejection'],
    ['She has had a slight temperature since yesterday.', 'low-grade-fever'],
    ['He was admitted under the surgeons and given IV fluids.', 'admitted'],
  ]);
});

/**
 * What three lines of earlier development sets say, which this round's first cut lost: the theatre card
 * beside an appendix taken out, DNR beside "bedside", and sharps in a key signature on a page that
 * also talks of health (sharps is free on health pages now).
 */
describe('lines an earlier set had right', () => {
  itUnderlines([
    ['He went to theatre this morning to have his appendix out.', 'theatre'],
    ['DNR status discussed with the patient and his son at the bedside.', 'dnr'],
  ]);
  itSkipsOnHealthPages([['This sonata is in B major, so mind the five sharps in the key signature.', 'sharps']]);
});
