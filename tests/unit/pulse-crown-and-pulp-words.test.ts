/**
 * Everyday words with a health sense, from clinic letters, dental notes, care-home records and
 * patient leaflets: the pulse (and pulses on food pages), a steroid injection into a joint, heart
 * bypass surgery and the breastbone, the bedside monitor and oxygen levels, a dental crown that is
 * recemented, the pulp of a tooth, pleural plaques from asbestos, and the cues that let depression,
 * a seizure, a stroke and a kidney graft be read in one sentence on an ordinary page. Each is tried
 * against the other senses of its words and cues: cricket and engine strokes, derny pacemakers,
 * ironing, customs seizures, fruit and paper pulp, computer monitors and the Crown.
 */
import { describe } from 'vitest';
import { itLeavesWordPlain, itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('pleural plaques', () => {
  itUnderlines([
    ['A chest X-ray showed a calcified pleural plaque on the left side.', 'pleural-plaque'],
    ['Old shipyard workers often have pleural plaques decades later.', 'pleural-plaque'],
  ]);
  itSkips([
    ['The pleural fluid was sent to the lab.', 'pleural-plaque'],
    ['A blue plaque marks the house where she was born.', 'pleural-plaque'],
  ]);
});

describe('pulse', () => {
  itUnderlines([
    ['Take your pulse each morning before you get out of bed.', 'pulse'],
    ['He learned to feel for a pulse on the side of the neck.', 'pulse'],
    ['Checking your pulse after a run shows how quickly you recover.', 'pulse'],
    ['Her pulse was 96 per minute and irregular.', 'pulse'],
  ]);
  itSkips([
    ['Chickpeas are the slowest pulse to cook unless they are soaked overnight.', 'pulse'],
    ['Soak the dried pulse for 8 hours, then boil it for 40 minutes.', 'pulse'],
    ['Pulse the nuts in the blender for 30 seconds, then rest for a minute.', 'pulse'],
    ['The survey takes the pulse of small firms every quarter.', 'pulse'],
  ]);
  itSkipsOnHealthPages([['Yellow split peas are a cheap pulse to cook in bulk for soups.', 'pulse']]);
});

describe('joint, by a steroid injection or at the thumb', () => {
  itUnderlines([
    ['The steroid injection went straight into the joint under ultrasound.', 'joint'],
    ['Arthritis often starts in the joint at the base of the thumb.', 'joint'],
  ]);
  itSkips([
    ['They opened a joint account after the wedding.', 'joint'],
    ['He rolled a joint and passed it round.', 'joint'],
    ['The sprinter was banned after a steroid injection; it was a joint decision by the panel.', 'joint'],
    ['A rule of thumb: carve the joint of lamb against the grain.', 'joint'],
  ]);
});

describe('heart bypass surgery and the breastbone', () => {
  itUnderlines([
    ['Bypass surgery is done through a cut down the breastbone.', 'heart-bypass-surgery'],
    ['The sternum is wired shut after bypass surgery.', 'heart-bypass-surgery'],
  ]);
  itSkips([
    ['The town bypass cuts the journey by ten minutes.', 'heart-bypass-surgery'],
    ['Slide the knife along the breastbone to lift the breast off the chicken.', 'heart-bypass-surgery'],
  ]);
});

describe('heart monitor and oxygen levels', () => {
  itUnderlines([
    ['The monitor showed his oxygen levels falling during the night.', 'heart-monitor'],
    ['Her monitor bleeps when her oxygen level drops.', 'heart-monitor'],
  ]);
  itSkips([
    ['The monitor shows the oxygen level in the fish tank.', 'heart-monitor'],
    ['We will monitor her oxygen level through the night.', 'heart-monitor'],
    ['Plug the monitor into the laptop with an HDMI cable.', 'heart-monitor'],
  ]);
});

describe('dental crown, recemented', () => {
  itUnderlines([
    ['The crown was recemented the same day.', 'dental-crown'],
    ['A temporary cement holds the crown until the lab makes the final one.', 'dental-crown'],
  ]);
  itSkips([
    ['The Crown Court sentenced him to two years.', 'dental-crown'],
    ['Mix the cement and set the crown of the wall.', 'dental-crown'],
    ['The queen wore the crown at the coronation.', 'dental-crown'],
  ]);
});

describe('pulp of a tooth', () => {
  itUnderlines([
    ['The decay had spread through the enamel and dentine into the pulp.', 'dental-pulp'],
    ['When the pulp of a tooth dies, a root canal may be needed.', 'dental-pulp'],
    ['The dental pulp holds the nerves and blood vessels.', 'dental-pulp'],
  ]);
  itSkips([
    ['Strain the juice if you do not like the pulp.', 'dental-pulp'],
    ['Wood pulp is pressed into sheets of paper.', 'dental-pulp'],
    ['He was beaten to a pulp outside the club.', 'dental-pulp'],
    ['Mash the pulp of the mango with a fork.', 'dental-pulp'],
  ]);
  itLeavesWordPlain([
    ['She loved old pulp novels with lurid covers.', 'pulp'],
    ['The mill pulps recycled cardboard.', 'pulps'],
  ]);
});

describe('depression, seizure, stroke and graft read in one sentence', () => {
  itUnderlines([
    ['If depression lasts more than two weeks, see your GP.', 'depression'],
    ['Her seizure was followed by an EEG the next day.', 'seizure'],
    ['He was referred to neurology after the seizure.', 'seizure'],
    ['My son had a seizure at school yesterday.', 'seizure'],
    ['She had a stroke last year and still has some right-sided weakness.', 'stroke'],
    ['The kidney graft is doing well and the eGFR is stable.', 'graft'],
    ['Rising creatinine can be the first sign that a graft is struggling.', 'graft'],
  ]);
  itSkips([
    ['A deep depression over the North Sea will bring heavy rain and gales.', 'depression'],
    ['Police made a seizure of cash at the port.', 'seizure'],
    ['Customs reported a seizure of ivory at the airport.', 'seizure'],
    ['She had a stroke play lead of two shots after the first round.', 'stroke'],
    ['Years of graft finally paid off.', 'graft'],
  ]);
  itSkipsOnHealthPages([
    ['Customs reported a seizure of fake watches worth millions.', 'seizure'],
    ['It was a stroke of good fortune that the shop was open.', 'stroke'],
    ['In a stroke of inspiration, he moved the class outdoors.', 'stroke'],
  ]);
});

describe('ordinary senses on health pages: cricket, engines, cycling and ironing', () => {
  itSkipsOnHealthPages([
    ['His pull shot was the stroke of the day.', 'stroke'],
    ['The late cut was the stroke of the innings.', 'stroke'],
    ['A longer stroke gives the engine more torque.', 'stroke'],
    ['The bore and stroke of the engine are both 86 mm.', 'stroke'],
    ['The motor pacemaker pulled off with a lap to go.', 'pacemaker'],
    ['Riders sit behind the derny pacemaker for the first laps.', 'pacemaker'],
    ['Iron linen while it is still damp.', 'iron'],
    ['Iron your clothes inside out to keep the colour.', 'iron'],
    ['Iron a shirt collar first, then the cuffs.', 'iron'],
  ]);
});

describe('review 4: the other senses of the new cues', () => {
  itUnderlines([
    ['His pulse quickened when he saw her.', 'pulse'],
    ['The dentist said the pulp was inflamed.', 'dental-pulp'],
    ['A cracked tooth can let germs reach the pulp.', 'dental-pulp'],
    ['Bacteria can reach the pulp in the back molars.', 'dental-pulp'],
  ]);
  itSkips([
    // "per minute" is a cue no more: pulses of machines, lasers and pumps are counted per minute too.
    ['The encoder sends 600 pulses per minute to the counter.', 'pulse'],
    ['Set the metering pump to 40 pulses per minute.', 'pulse'],
    // Fruit and paper pulp beside teeth, enamel pans and molar ratios.
    ['Juice with pulp can leave bits stuck in your teeth.', 'dental-pulp'],
    ['A mango pulp dessert for anyone with a sweet tooth.', 'dental-pulp'],
    ['Kraft pulp is bleached with chlorine dioxide at a molar excess.', 'dental-pulp'],
    ['Tamarind pulp is sour and can stain teeth.', 'dental-pulp'],
    ['Scoop the pulp into an enamel pan and simmer.', 'dental-pulp'],
    ['A joint investigation into steroid injections was opened by police and the agency.', 'joint'],
    // The heart-lung machine, not the bypass operation.
    ['Surgeons open the sternum and put the patient on bypass while they replace the valve.', 'heart-bypass-surgery'],
    ['He came off bypass and the sternum was closed.', 'heart-bypass-surgery'],
    // A finger clip or a fish pond, not a heart monitor.
    ['The monitor clips onto your finger and shows your oxygen saturation.', 'heart-monitor'],
    ['The monitor shows dissolved oxygen saturation in the pond.', 'heart-monitor'],
    ['The chimney crown was recemented last summer.', 'dental-crown'],
  ]);
  itSkipsOnHealthPages([
    ['Orange juice with pulp has more fiber, but its acid can wear away tooth enamel.', 'dental-pulp'],
  ]);
});
