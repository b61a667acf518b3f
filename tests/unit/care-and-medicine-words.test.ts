/**
 * Everyday words that carry a medical sense on wards, at the pharmacy counter, in the examination
 * room and at the dentist: the cue words, aliases and entries that let terse real sentences get the
 * card ("Keep the cast dry.", "A bridge fills the gap."), each tried against the word's other senses
 * on ordinary pages (sport, money, software, transport, school, cooking, politics).
 */
import { describe, expect, it } from 'vitest';
import { itLeavesWordPlain, itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages, senseChosen } from './helpers/bundled-underline';

describe('a hospital stay', () => {
  itUnderlines([
    ['The doctor wants to keep her in overnight for observation.', 'observation'],
    ['After the fall he stayed in for observation until the morning.', 'observation'],
    ['Children with a head injury are often kept under observation for a few hours.', 'observation'],
    ['She spent the night on the observation ward.', 'observation'],
    ['You are on the operating list for tomorrow, so nothing to eat or drink after midnight.', 'operating-list'],
    ['He was on the operating list for Friday but the surgeon had an emergency.', 'operating-list'],
    ['The nurse put a line in the back of your hand for the drip.', 'intravenous-line'],
    ['His line was flushed with saline before the chemotherapy started.', 'intravenous-line'],
    ['She has a peripheral line in for fluids.', 'intravenous-line'],
    ['The baby is fed through a tube in her nose for now.', 'tube'],
    ['He is ventilated through a tube in his windpipe.', 'tube'],
    ['They kept him on the monitor overnight because of his heart rhythm.', 'heart-monitor'],
    ['The monitor kept beeping whenever her sats dropped.', 'heart-monitor'],
    ['He wore a heart monitor for 24 hours.', 'heart-monitor'],
    ['A bedside glucose was checked before breakfast.', 'bedside'],
    ['A bedside ultrasound showed fluid around the heart.', 'bedside'],
    ['Keep the dressing clean and dry for two days.', 'dressing'],
    ['If blood soaks through the dressing, press firmly on it.', 'dressing'],
    ['A waterproof dressing lets you shower the next day.', 'dressing'],
    ['The practice nurse will look at the dressing on Friday.', 'dressing'],
    ['The practice nurse will change the dressing on Friday.', 'dressing-change'],
    ['Poor oral intake for three days, now dehydrated.', 'intake'],
    ['Her intake has dropped since the vomiting started.', 'intake'],
    ['Your consultant will see you in clinic in six weeks.', 'consultant'],
    ['The GP has referred you to a consultant.', 'consultant'],
  ]);
  itSkips([
    ['The observation deck offers views across the city.', 'observation'],
    ['Her powers of observation made her a fine detective.', 'observation'],
    ['The astronomers set up the telescope for observation of the comet.', 'observation'],
    ['Our street is on the list for new broadband next year.', 'operating-list'],
    ['The film is on the list of this year\'s best pictures.', 'operating-list'],
    ['Each line of the poem ends in a rhyme.', 'intravenous-line'],
    ['She crossed the line first to win the race.', 'intravenous-line'],
    ['Please hold the line while we connect you.', 'intravenous-line'],
    ['Amoxicillin is still the first-line antibiotic for ear infections.', 'intravenous-line'],
    ['Take the tube to King\'s Cross and change there.', 'tube'],
    ['Squeeze a pea-sized blob out of the tube of toothpaste.', 'tube'],
    ['The tube strike closed most stations in London.', 'tube'],
    ['Plug the laptop into the monitor with an HDMI cable.', 'heart-monitor'],
    ['A second monitor makes coding much easier.', 'heart-monitor'],
    ['Nurses will monitor your heart rate through the night.', 'heart-monitor'],
    ['The baby monitor crackled in the kitchen.', 'heart-monitor'],
    ['A lamp stood on the bedside table next to the test papers.', 'bedside'],
    ['His bedside manner put every patient at ease.', 'bedside'],
    ['Shake the salad dressing and pour it over the leaves.', 'dressing'],
    ['She needs help with washing and dressing in the morning.', 'dressing'],
    ['The school\'s September intake is larger than last year.', 'intake'],
    ['Clean the air intake on the engine every year.', 'intake'],
    ['The firm hired a management consultant to cut costs.', 'consultant'],
    ['He works as a consultant for a software company.', 'consultant'],
  ]);
  itSkipsOnHealthPages([
    ['The astronomers set up the telescope for observation of the comet.', 'observation'],
    ['Our street is on the list for new broadband next year.', 'operating-list'],
    ['Draw a line under the last entry in your food diary.', 'intravenous-line'],
    ['Nurses will monitor your heart rate through the night.', 'heart-monitor'],
    ['Squeeze a pea-sized blob out of the tube of toothpaste.', 'tube'],
  ]);
});

describe('the examination', () => {
  itUnderlines([
    ['On examination the abdomen was soft and non-tender.', 'soft-abdomen'],
    ['Abdomen soft, no guarding, bowel sounds present.', 'soft-abdomen'],
    ['Her tummy was soft when the doctor pressed it.', 'soft-abdomen'],
    ['Pulse 88, BP 124/80, temperature normal.', 'pulse'],
    ['His pulse was racing at 130 beats per minute.', 'pulse'],
    ['The radial pulse was weak and thready.', 'pulse'],
    ['Right pupil sluggish, left reacts to light.', 'pupil'],
    ['The pupil should shrink when light shines into the eye.', 'pupil'],
    ['One pupil looked bigger than the other when the doctor shone a light into the eye.', 'pupil'],
    ['A soft tissue injury such as a sprain usually heals in weeks.', 'soft-tissue-injury'],
    ['The MRI showed swelling in the soft tissue around the knee.', 'soft-tissue'],
  ]);
  itSkips([
    ['Use a soft brush to clean the suede.', 'soft-abdomen'],
    ['She has a soft spot for old films.', 'soft-abdomen'],
    ['Eat soft foods for a few days if your abdomen is sore.', 'soft-abdomen'],
    ['A soft, non-tender lump under the skin is often a lipoma.', 'soft-abdomen'],
    ['Pulse the nuts in the food processor at regular intervals.', 'pulse'],
    ['Beans and pulses are good for your heart.', 'pulse'],
    ['He keeps his finger on the pulse of the market.', 'pulse'],
    ['Each pupil will get a reading book this term.', 'pupil'],
    ['The report shines a light on pupil absence in both years.', 'pupil'],
    ['Grab a box of soft tissues for your cold.', 'soft-tissue'],
  ]);
});

describe('medicines and the pharmacy', () => {
  itUnderlines([
    ['Finish the course even if you feel better after two days.', 'treatment-course'],
    ['Do not stop taking the course early.', 'treatment-course'],
    ['Order a refill through the NHS App a week ahead.', 'refill'],
    ['Your pharmacist may offer the generic version.', 'generic-drug'],
    ['The generic has the same active ingredient at a lower price.', 'generic-drug'],
    ['Check with the pharmacist for interactions with other medicines.', 'drug-interaction'],
    ['Grapefruit juice has interactions with some statins.', 'drug-interaction'],
    ['The tablets come in a 10 mg strength.', 'medicine-strength'],
    ['Peel off the backing and press the patch onto clean, hairless skin.', 'transdermal-patch'],
    ['The patch has an adhesive layer that holds the nicotine.', 'transdermal-patch'],
    ['Shake the bottle well: the suspension settles.', 'oral-suspension'],
    ['Measure the suspension with the oral syringe, not a kitchen spoon.', 'oral-suspension'],
    ['Amoxicillin oral suspension 250 mg/5 mL.', 'oral-suspension'],
    ['Read the leaflet that comes with your medicine.', 'patient-information-leaflet'],
    ['The patient information leaflet lists the side effects.', 'patient-information-leaflet'],
    ['Push each tablet out through the foil of the blister pack.', 'blister-pack'],
  ]);
  itSkips([
    ['The golf course is closed after the storm.', 'treatment-course'],
    ['Students who complete the course get a certificate.', 'treatment-course'],
    ['Bring your own cup and get a refill for 50p.', 'refill'],
    ['Buy an ink refill before the printer runs dry.', 'refill'],
    ['The app just shows a generic error message.', 'generic-drug'],
    ['Shoppers switched from big brands to generic cereal.', 'generic-drug'],
    ['Java generics let one class work with many types.', 'generic-drug'],
    ['Social interactions help older people stay well.', 'drug-interaction'],
    ['The app tracks every user interaction on the page.', 'drug-interaction'],
    ['The strength of the pound helped importers.', 'medicine-strength'],
    ['Install the security patch tonight.', 'transdermal-patch'],
    ['The dog has a hairless patch of skin on its back.', 'transdermal-patch'],
    ['The striker served a three-match suspension.', 'oral-suspension'],
    ['The car has a new rear suspension.', 'oral-suspension'],
    ['The pupil faces a suspension from school for a week.', 'oral-suspension'],
    ['Volunteers posted an election leaflet through every door.', 'patient-information-leaflet'],
    ['The mitral valve leaflet did not close fully.', 'patient-information-leaflet'],
  ]);
  itSkipsOnHealthPages([
    ['The app just shows a generic error message.', 'generic-drug'],
    ['There is an interaction between genes and the environment.', 'drug-interaction'],
    ['Bring your own cup and get a refill for 50p.', 'refill'],
  ]);
});

describe('at the dentist', () => {
  itUnderlines([
    ['A temporary crown is fitted while the lab makes the real one, so avoid sticky foods.', 'dental-crown'],
    ['The crown came loose when I was chewing toffee.', 'dental-crown'],
    ['The filling may feel high for a day or two.', 'dental-filling'],
    ['The filling replaced the decay in the molar.', 'dental-filling'],
    ['A bridge can fill the gap left by missing teeth.', 'dental-bridge'],
    ['The bridge is held by crowns on the teeth either side.', 'dental-bridge'],
    ['After the extraction, bite down on the gauze.', 'tooth-extraction'],
    ['The dentist said the extraction would take ten minutes.', 'tooth-extraction'],
    ['Do not rinse for a day, so the clot stays in the socket.', 'tooth-socket'],
    ['A blood clot forms in the socket after a tooth is taken out.', 'tooth-socket'],
    ['Plaque builds up along the gum line when brushing is rushed.', 'plaque'],
    ['The hygienist scraped off the tartar.', 'dental-hygienist'],
    ['Book a scale and polish every six months.', 'scale-and-polish'],
    ['Wear the retainer every night so your teeth stay straight after braces.', 'dental-retainer'],
  ]);
  itSkips([
    ['The Crown Jewels are kept in the Tower of London.', 'dental-crown'],
    ['The crown jewels went on permanent display in a temporary exhibition.', 'dental-crown'],
    ['The pie filling should be thick and glossy.', 'dental-filling'],
    ['Each bite reveals a creamy filling.', 'dental-filling'],
    ['The bridge is closed to traffic for repairs.', 'dental-bridge'],
    ['They play bridge every Tuesday at the club.', 'dental-bridge'],
    ['Glasses rest on the bridge of your nose.', 'dental-bridge'],
    ['Oil extraction in the North Sea is falling.', 'tooth-extraction'],
    ['Turn on the extraction fan when you cook.', 'tooth-extraction'],
    ['Plug the charger into the wall socket.', 'tooth-socket'],
    ['The hip socket was worn and was replaced.', 'tooth-socket'],
    ['A blue plaque marks the house where the poet lived.', 'plaque'],
    ['Polish the bronze plaque with a soft brush and a little wax.', 'plaque'],
    ['An industrial hygienist measured the dust in the factory.', 'dental-hygienist'],
    ['The law firm is paid a monthly retainer.', 'dental-retainer'],
  ]);
});

describe('casts, labour and infections', () => {
  itUnderlines([
    ['Keep the cast dry and do not poke anything down inside it.', 'cast'],
    ['If the skin under the cast starts to itch, do not scratch it with a pencil.', 'cast'],
    ['When the cast comes off, the skin underneath may look pale and flaky.', 'cast'],
    ['Call the midwife when your waters break and labour starts.', 'labor'],
    ['It is a virus, so antibiotics will not help.', 'virus'],
    ['The virus causes a cough and a sore throat.', 'virus'],
  ]);
  itSkips([
    ['The cast took a bow after the last show.', 'cast'],
    ['Cast on 40 stitches and knit two rows.', 'cast'],
    ['Labour won the seat with a big majority.', 'labor'],
    ['Run a virus scan before you open the attachment.', 'virus'],
  ]);
});

describe('everyday words that keep their plain look but get a card', () => {
  // tablet, capsule and lump are everyday words in this sense: not underlined by default, found
  // at any level ("every glossary word") where a cue stands beside them.
  it.each([
    ['Swallow the tablet whole with water; do not chew it.', 'tablet'],
    ['The usual dose is one tablet of 500 mg twice a day.', 'tablet'],
    ['Swallow each capsule whole with a glass of water.', 'capsule'],
    ['She felt a lump in her breast and saw her GP.', 'lump'],
    ['A painless lump in the neck can be a swollen gland.', 'lump'],
  ])('%s: %s has a card at any level', (text, word) => {
    expect(senseChosen(text, word)).not.toBe('no match');
  });
  itLeavesWordPlain([
    ['The app works on any phone or tablet.', 'tablet'],
    ['The new tablet has a bigger screen and a stylus.', 'tablet'],
    ['The school buried a time capsule to open in 2050.', 'capsule'],
    ['Her capsule wardrobe has only twelve pieces.', 'capsule'],
    ['Add a lump of butter to the pan.', 'lump'],
    ['She took the pension as a lump sum.', 'lump'],
  ]);
});

// Review: on a page about health a cue word anywhere in the block lets a gated word through, so
// these are health-page sentences where the word keeps its ordinary sense beside health words.
describe('the ordinary sense beside health words (review)', () => {
  itSkipsOnHealthPages([
    ['Nurses answer the helpline; the line is open from 9am to 5pm on weekdays.', 'intravenous-line'],
    ['Hold the line until a nurse answers your call.', 'intravenous-line'],
    ['If you are on antibiotics, draw a line around the red area with a pen to see if it spreads.', 'intravenous-line'],
    ['Fine lines in the skin around the eyes are common with age, the nurse said.', 'intravenous-line'],
    ['Chemotherapy is the first line of treatment, and the line between benefit and harm is thin.', 'intravenous-line'],
    ['The gastroenterologist carefully feeds the endoscope, a thin, flexible tube with a light, down the esophagus.', 'tube'],
    ['A small mesh tube called a stent is placed in the artery; a dietitian can help with diet after.', 'tube'],
    ['The family gathered at the bedside as tests showed no brain activity.', 'bedside'],
    ['Keep a glass of water at the bedside; too much sugar at night is bad for teeth.', 'bedside'],
    ['The tumour is kept under observation with regular scans at the hospital.', 'observation'],
    ['Patients under observation in the trial had fewer falls than those given the drug, doctors said.', 'observation'],
    ['Is your medicine on the list? Ask your surgeon before your operation.', 'operating-list'],
    ['Before your operation, make sure everything on the list below is packed.', 'operating-list'],
    ['A leaflet about the study is available from the pharmacist.', 'patient-information-leaflet'],
    ['Weight gain comes with age. Pick up a leaflet at the clinic.', 'patient-information-leaflet'],
    ['The red cells in suspension settle when blood is left to stand, the pharmacist noted.', 'oral-suspension'],
    ['Your interaction with the doctor matters; bring a list of your medicines.', 'drug-interaction'],
    ['Kidney stone extraction is done under anaesthetic, and you may feel numb afterwards.', 'tooth-extraction'],
    ['Her jaw clicked when the ball slipped out of the socket.', 'tooth-socket'],
    ['The crown of the head felt numb after the fall.', 'dental-crown'],
    ['A tick bite on the crown of the head can be missed.', 'dental-crown'],
    ['During laparoscopy, filling the abdominal cavity with gas lets the surgeon see.', 'dental-filling'],
    ['Our intake team will assess your drinking and offer support.', 'intake'],
    ['She saw a consultant midwife at the antenatal clinic.', 'consultant'],
    ['The clinic hired a consultant to review its IT systems; GP practices were included.', 'consultant'],
  ]);
  itSkips([
    ['Blow your nose gently with a soft tissue.', 'soft-tissue'],
    ['Our consultants will analyse your results and report back.', 'consultant'],
    ['Pour the dressing over the salad and leave it soaking for ten minutes.', 'dressing'],
    ['Pulse the dough, then leave it resting for an hour.', 'pulse'],
    ['Teachers pinpoint pupils who need extra help in both years.', 'pupil'],
    ['Pupils face unequal access to sport; sluggish progress was reported.', 'pupil'],
    ['Peel off the backing and press the repair patch onto the inner tube.', 'transdermal-patch'],
    ['The cast were itching to get back on stage.', 'cast'],
  ]);
  itLeavesWordPlain([
    ['The internal capsule is often damaged in a stroke; medication can help recovery.', 'capsule'],
    ['Researchers found a way to lump the patients into groups.', 'lump'],
    ['The doctor said not to lump all headaches together.', 'lump'],
    ['There may be a lump in your throat feeling with reflux, your GP said.', 'lump'],
  ]);
  itUnderlinesOnHealthPages([
    ['She had a line put in her arm for antibiotics.', 'intravenous-line'],
    ['Babies born to mothers with diabetes are kept under observation on the ward for low blood sugar.', 'observation'],
    ['A bedside test of blood sugar takes about a minute.', 'bedside'],
    ['Read the leaflet in the packet before you start the medicine.', 'patient-information-leaflet'],
    ['The tube up his nose came out overnight and had to be put back.', 'tube'],
  ]);
});
