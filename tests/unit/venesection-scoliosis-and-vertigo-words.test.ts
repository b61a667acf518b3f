/**
 * Words from vestibular, tinnitus and eye clinics, thalassaemia and haemochromatosis letters,
 * children's spine clinics, sperm banking and US workers' compensation notes ("dizzy spells",
 * "iron loading", "the labyrinth", "loose crystals", "a growing rod", "released to full duty",
 * "restrictions"), each tried against the other senses its words have (travel restrictions,
 * a garden labyrinth, healing crystals, ironing a shirt, a school pupil, a dinner plate).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('balance and inner ear', () => {
  itUnderlines([
    ['Labyrinth inflammation after a cold can bring on vertigo for several days.', 'labyrinth'],
    ['The vestibular part of the labyrinth senses head movement.', 'labyrinth'],
    ['Loose crystals in the inner ear are the usual cause of BPPV.', 'otoconia'],
    ['The Epley manoeuvre moves the crystals out of the canal.', 'otoconia'],
    ['Ear crystals can shift after a knock to the head.', 'otoconia'],
    ['Otoconia sit in a small sac of the balance organ.', 'otoconia'],
    ['My mum has had dizzy spells since she started the new tablets.', 'dizziness'],
    ['He had a dizzy turn in the kitchen and sat down.', 'dizziness'],
  ]);
  itSkips([
    ['Theseus killed the Minotaur in the labyrinth and escaped with a thread.', 'labyrinth'],
    ['The cathedral floor has a stone labyrinth for visitors to walk.', 'labyrinth'],
    ['She sells healing crystals and incense at the weekend market.', 'otoconia'],
    ['Sugar crystals formed on the rim of the jar overnight.', 'otoconia'],
    ['The chandelier crystals caught the evening light.', 'otoconia'],
  ]);
  itSkipsOnHealthPages([
    ['Salt crystals formed around the rim of the glass.', 'otoconia'],
    ['We got lost in the hedge labyrinth at the stately home.', 'labyrinth'],
    ['We got lost in the labyrinth of corridors on the way to the ENT clinic.', 'labyrinth'],
  ]);
});

describe('eye clinic words', () => {
  itUnderlines([
    ['Pressure in the left eye was 26 at today\'s visit.', 'intraocular-pressure'],
    ['Pressure in each eye is now within the normal range.', 'intraocular-pressure'],
    ['Both eyes quiet at review, so the drops can be stopped.', 'white-and-quiet'],
    ['The left optic disc is pale compared with the right.', 'optic-disc-pallor'],
    ['There is temporal pallor of the right optic disc.', 'optic-disc-pallor'],
    ['The right pupil reacted sluggishly when the torch was shone.', 'pupil'],
  ]);
  itSkips([
    ['The pressure in the right eye of the storm fell to record lows.', 'intraocular-pressure'],
    ['One pupil reacted to the news with a groan.', 'pupil'],
    ['The pupils sat quietly while the head teacher spoke.', 'pupil'],
    ['Keep both eyes on the road at all times.', 'white-and-quiet'],
  ]);
  itSkipsOnHealthPages([
    ['I feel pressure in the right eye whenever my sinuses are blocked.', 'intraocular-pressure'],
    ['Sinus headache with pressure in both eyes and a blocked nose.', 'intraocular-pressure'],
  ]);
});

describe('blood and iron', () => {
  itUnderlines([
    ['A liver scan showed moderate iron loading despite regular venesection.', 'iron-overload'],
    ['He carries alpha thalassaemia trait, found at a routine blood count.', 'trait'],
    ['Untreated haemochromatosis lets iron build up in the organs.', 'iron'],
  ]);
  itSkips([
    ['Honesty is her best trait.', 'trait'],
    ['Patience is a trait of a good teacher.', 'trait'],
    ['I have to iron my shirt before the wedding.', 'iron'],
    ['The iron ore loading dock closed for the holiday.', 'iron-overload'],
  ]);
  itSkipsOnHealthPages([
    ['I need to iron my clothes for the week ahead.', 'iron'],
    ['Can you iron his shirts tonight?', 'iron'],
  ]);
});

describe('spine clinic and bones', () => {
  itUnderlines([
    ['A growing rod was lengthened in clinic with the magnet device.', 'growing-rod'],
    ['A small plate was fixed at the knee for guided growth.', 'plate'],
    ['The plate across the tibial growth plate will come out next year.', 'plate'],
    ['We check for progression of the scoliosis every six months.', 'progression'],
    ['He wears his scoliosis brace 20 hours a day.', 'orthopedic-brace'],
  ]);
  itSkips([
    ['She served the cake on a plate with a spoon.', 'plate'],
    ['The fishing rod snapped in the storm.', 'growing-rod'],
    ['Career progression at the firm is still growing slowly.', 'progression'],
    ['Fans should brace for a long season.', 'orthopedic-brace'],
    ['The striker scored a brace in the second half.', 'orthopedic-brace'],
    ['The striker trains four hours a day and scored a brace on Saturday.', 'orthopedic-brace'],
    ['Wear your removable brace 22 hours a day, taking it out only to eat.', 'orthopedic-brace'],
  ]);
});

describe('fertility and sperm banking', () => {
  itUnderlines([
    ['He used the sperm bank before starting radiotherapy.', 'sperm-banking'],
    ['Sperm freezing is offered before cancer treatment.', 'sperm-banking'],
  ]);
  itSkips([
    ['The bank raised interest rates again.', 'sperm-banking'],
    ['We put the freezer by the river bank.', 'sperm-banking'],
  ]);
});

describe('US work status and workers\' compensation notes', () => {
  itUnderlines([
    ['Work status: modified duty. Restrictions: no overhead reaching with the left arm.', 'work-restrictions'],
    ['Restrictions remain in place until the next visit; light duty only.', 'work-restrictions'],
    ['The injured worker was released to light duty on Monday.', 'released-to-work'],
    ['She was released back to work after the knee healed.', 'released-to-work'],
    ['The examiner rated a 12% impairment of the left lower extremity.', 'impairment'],
    ['Opening pressure was elevated on the lumbar puncture.', 'elevated'],
  ]);
  itSkips([
    ['Travel restrictions were lifted in the spring.', 'work-restrictions'],
    ['No lifting of restrictions is planned before June, the minister said.', 'work-restrictions'],
    ['The council put parking restrictions on the street.', 'work-restrictions'],
    ['Staff were released to work from home during the snowstorm.', 'released-to-work'],
    ['House prices remain elevated in the capital.', 'elevated'],
  ]);
  itSkipsOnHealthPages([
    ['Restrictions on visiting hours were eased at the care home.', 'work-restrictions'],
    ['Age restrictions apply to this film.', 'work-restrictions'],
    ['Activity: no lifting over 10 pounds for two weeks. Diet: no dietary restrictions.', 'work-restrictions'],
  ]);
});

describe('clear X-rays', () => {
  itUnderlines([
    ['Chest X-ray clear, so the cough is likely viral.', 'clear-x-ray'],
    ['Her wrist X-ray came back clear, with no break seen.', 'clear-x-ray'],
  ]);
  itSkips([
    ['The X-ray machine sits behind a clear plastic screen.', 'clear-x-ray'],
  ]);
});
