/**
 * Words of the heart device clinic ("capture threshold", "98% paced", "the pocket", "the generator",
 * "a magnet over the ICD", "an inappropriate shock"), of the hair and scalp clinic ("thinning",
 * "regrowth", "shedding", "patchy hair loss", "a 4 mm punch", "the crown") and of the early pregnancy
 * unit ("threatened", "missed" and "complete" miscarriage, "a viable pregnancy", "surgical
 * evacuation"), each tried against the other senses its words have on ordinary pages: a fast-paced
 * thriller, a pocket of resistance, a diesel generator, a fridge magnet, hair salon regrowth, load
 * shedding, the Crown Court, a political graft scandal, a film screening.
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('heart device clinic', () => {
  itUnderlines([
    ['The ventricular capture threshold was 1.0 V at 0.4 ms today.', 'capture-threshold'],
    ['A rising pacing threshold can mean the lead has moved.', 'capture-threshold'],
    ['The ECG shows loss of capture on the right ventricular lead.', 'loss-of-capture'],
    ['He is 40% atrial paced and 2% ventricular paced since the last check.', 'paced-beats'],
    ['Her AF burden was 12% over the last three months.', 'arrhythmia-burden'],
    ['Arrhythmia burden has fallen since the ablation.', 'arrhythmia-burden'],
    ['The pacemaker pocket looks clean and dry.', 'device-pocket'],
    ['Wound check at ten days: the pocket is healing and the stitches are out.', 'device-pocket'],
    ['The pacemaker generator is replaced when the battery runs low.', 'pulse-generator'],
    ['A box change replaces the generator and keeps the old leads.', 'pulse-generator'],
    ['The anaesthetist taped a magnet over the ICD before diathermy was used.', 'device-magnet'],
    ['Placing a magnet on the pacemaker switches it to a fixed rate.', 'device-magnet'],
    ['Fast AF caused an inappropriate shock last week.', 'inappropriate-shock'],
    ['His defibrillator gave a shock while he was playing football.', 'shock'],
    ['After one ICD shock, call the device clinic if you feel unwell.', 'shock'],
  ]);
  itSkips([
    ['It is a fast-paced thriller with a twist at the end.', 'paced-beats'],
    ['She paced the room while she waited for the call.', 'paced-beats'],
    ['The runner paced herself well over the last lap.', 'paced-beats'],
    ['He kept a few coins in his pocket for the bus.', 'device-pocket'],
    ['The plane hit an air pocket over the mountains.', 'device-pocket'],
    ['Pockets of resistance remain in the north of the city.', 'device-pocket'],
    ['The diesel generator kept the lights on during the storm.', 'pulse-generator'],
    ['Use the password generator to make a strong password.', 'pulse-generator'],
    ['The club is a real cash generator for the owners.', 'pulse-generator'],
    ['She stuck the photo to the fridge with a magnet.', 'device-magnet'],
    ['The new market is a magnet for tourists.', 'device-magnet'],
    ['The comedian relied on inappropriate shock tactics.', 'inappropriate-shock'],
    ['The price rise came as a shock to most shoppers.', 'shock'],
  ]);
  itSkipsOnHealthPages([
    ['Coins or keys in a pocket are not allowed near the MRI magnet.', 'device-magnet'],
    ['The hospital has a backup generator in case the power fails.', 'pulse-generator'],
  ]);
});

describe('hair and scalp clinic', () => {
  itUnderlines([
    ['Hair thinning over the crown began in her fifties.', 'hair-thinning-sense'],
    ['She has diffuse thinning of the scalp hair with a widened parting.', 'hair-thinning-sense'],
    ['Heavy hair shedding often starts a few months after a high fever.', 'hair-shedding'],
    ['Good hair regrowth was seen after the steroid injections.', 'hair-regrowth'],
    ['Regrowth in the bald patches started after three months.', 'hair-regrowth'],
    ['She has patchy hair loss on the side of her scalp.', 'patchy-hair-loss'],
    ['Scarring alopecia destroys the hair roots, so the hair does not grow back.', 'scarring-alopecia'],
    ['A 3 mm punch was sent for histology.', 'biopsy-punch'],
    ['The dermatologist took a punch from the edge of the patch.', 'biopsy-punch'],
    ['Hair loss at the crown improved with minoxidil.', 'dental-crown'],
    ['Fat graft surgery can restore volume in the face.', 'graft'],
    ['About 3,000 grafts were placed along the hairline.', 'graft'],
  ]);
  itSkips([
    ['The hairdresser used thinning scissors on her fringe.', 'hair-thinning-sense'],
    ['Thinning crowds left the stadium early.', 'hair-thinning-sense'],
    ['Our dog is shedding hair all over the sofa this spring.', 'hair-shedding'],
    ['The firm is shedding jobs as sales fall.', 'hair-shedding'],
    ['Load shedding left the town without power for hours.', 'hair-shedding'],
    ['A root spray can hide your regrowth between colour appointments.', 'hair-regrowth'],
    ['Forest regrowth after the fire was slow.', 'hair-regrowth'],
    ['He threw a punch and was sent off.', 'biopsy-punch'],
    ['Fruit punch was served at the party.', 'biopsy-punch'],
    ['The Crown Court heard the case on Monday.', 'dental-crown'],
    ['She wore a crown of flowers in her hair.', 'dental-crown'],
    ['The minister resigned over allegations of graft in the ports.', 'graft'],
    ['Crown thinning lets more light through the old oak tree.', 'dental-crown'],
  ]);
});

describe('early pregnancy unit', () => {
  itUnderlines([
    ['The scan shows a viable pregnancy of seven weeks.', 'viable-pregnancy'],
    ['Light bleeding with a heartbeat on scan is a threatened miscarriage.', 'threatened-miscarriage'],
    ['A missed miscarriage was found at the 12-week scan.', 'missed-miscarriage'],
    ['The scan confirmed a complete miscarriage, so no further treatment is needed.', 'complete-miscarriage'],
    ['Surgical evacuation was done under general anaesthetic.', 'surgical-management-of-miscarriage'],
  ]);
  itSkips([
    ['The business plan is not financially viable.', 'viable-pregnancy'],
    ['Missed penalties cost the team the match.', 'missed-miscarriage'],
    ['The evacuation of the town began at dawn.', 'surgical-management-of-miscarriage'],
  ]);
});

describe('screening, tests, strains and germs', () => {
  itUnderlines([
    ['New arrivals are offered screening for latent TB.', 'screening'],
    ['Her IGRA came back negative, so no TB treatment is needed.', 'negative-result'],
    ['The outbreak strain was Vibrio cholerae O1.', 'strain'],
    ['Vocal strain is common in teachers after a long term.', 'strain'],
    ['As a carrier for ARPKD he has no kidney cysts himself.', 'genetic-carrier'],
    ['Sleep under a mosquito net to lower the risk of malaria.', 'bed-net'],
    ['Each child was given an insecticide-treated net.', 'bed-net'],
    ['He walks safely indoors with a frame and uses a stick outside.', 'walking-frame'],
  ]);
  itSkips([
    ['Screening times for the film are on the cinema website.', 'screening'],
    ['The strain on the roads grew during the holiday.', 'strain'],
    ['The payments are treated net of tax.', 'bed-net'],
    ['The goalkeeper pulled the ball out of the net.', 'bed-net'],
    ['The aircraft carrier left port on Monday.', 'genetic-carrier'],
  ]);
  itSkipsOnHealthPages([
    ['The hotel itself was unremarkable, but the beach was lovely.', 'unremarkable'],
    ['The rooms were clean and comfortable but otherwise unremarkable.', 'unremarkable'],
    ['He faces allegations of graft in the awarding of contracts.', 'graft'],
  ]);
  itUnderlinesOnHealthPages([
    ['The chest X-ray was unremarkable.', 'unremarkable'],
  ]);
});

describe('review 23: other senses of the batch words', () => {
  itSkips([
    ['She was shocked by the news of the merger.', 'shock'],
    ['Failure to capture the market leads to losses.', 'loss-of-capture'],
    ['He took a punch to the face, and the cut was closed under local anaesthetic.', 'biopsy-punch'],
    ['Apply the dye to the regrowth first, then comb it through the rest of the hair.', 'hair-regrowth'],
    ['Regular brushing removes loose hair from the coat and cuts down on shedding.', 'hair-shedding'],
    ['She needed surgical evacuation of the haematoma after the fall.', 'surgical-management-of-miscarriage'],
    ['The queen wore the crown over her braided hair.', 'dental-crown'],
    ['The MRI scanner uses a powerful magnet, so tell staff if you have a pacemaker.', 'device-magnet'],
  ]);
  itUnderlines([
    ['The ICD may deliver a shock if the rhythm becomes dangerous.', 'shock'],
    ['Crown thinning improved after a year of minoxidil.', 'dental-crown'],
    ['Hair regrowth was seen in all patches.', 'hair-regrowth'],
    ['Hair shedding of up to 100 hairs a day is normal.', 'hair-shedding'],
  ]);
});
