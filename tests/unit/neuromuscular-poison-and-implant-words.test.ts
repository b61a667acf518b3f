/**
 * Words from neuromuscular clinics, ADHD and autism assessments, poison centres, pulmonary
 * hypertension clinics, vulval pain clinics, child development clinics, vaccination programmes and
 * cochlear implant teams ("myasthenic crisis", "autistic masking", "time of ingestion", "aided
 * thresholds", "mapping sessions", "cold chain"), each tried against the other senses its words have
 * (masking tape, data ingestion, a tender for building work, a pain threshold, mind mapping, a
 * political candidacy, account activation, a food cold chain without vaccines, regression models).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('neuromuscular clinic', () => {
  itUnderlines([
    ['She went to intensive care in a myasthenic crisis and needed a ventilator.', 'myasthenic-crisis'],
    ['A chest infection can bring on myasthenic crisis in people with myasthenia gravis.', 'myasthenic-crisis'],
  ]);
  itSkips([
    ['The government faces a crisis after the vote.', 'myasthenic-crisis'],
  ]);
});

describe('ADHD and autism assessment', () => {
  itUnderlines([
    ['The report describes ADHD, predominantly inattentive presentation.', 'presentation'],
    ['He was diagnosed with ADHD, combined presentation, at the age of nine.', 'presentation'],
    ['Strong autistic traits were seen at school, such as lining up toys.', 'autistic-traits'],
    ['Many autistic women describe masking for years before a late diagnosis.', 'masking-autism'],
    ['Autistic masking can leave people exhausted by the end of the day.', 'masking-autism'],
    ['Social camouflaging was common in the girls with autism in the study.', 'masking-autism'],
  ]);
  itSkips([
    ['Use masking tape to protect the skirting boards before painting.', 'masking-autism'],
    ['Data masking hides customer names in the test database.', 'masking-autism'],
    ['The sound masking system hides office chatter in open-plan spaces.', 'masking-autism'],
    ['Her presentation to the board was a little inattentive to the budget.', 'presentation'],
    ['The sales and marketing teams gave a combined presentation to the board.', 'presentation'],
    ['Octopuses are good at camouflaging, and their camouflage fools predators.', 'masking-autism'],
    ['The sales presentation covered the new laptop range.', 'presentation'],
    ['Autism charities say masking tape in the classroom is not a problem.', 'masking-autism'],
  ]);
  itSkipsOnHealthPages([
    ['Painkillers may end up masking the symptoms of appendicitis.', 'masking-autism'],
    ['Masking mandates in schools were lifted in spring, and autistic pupils were given extra support.', 'masking-autism'],
  ]);
});

describe('poison centre', () => {
  itUnderlines([
    ['The time of ingestion decides when the paracetamol level is taken.', 'ingest'],
    ['After ingestion of a modified-release tablet, the level is repeated.', 'ingest'],
    ['The poison centre advised on the ingestion of the button battery.', 'ingest'],
  ]);
  itSkips([
    ['Data ingestion runs every night and loads the logs into the warehouse.', 'ingest'],
    ['The ingestion pipeline reads files from the cloud bucket at midnight.', 'ingest'],
  ]);
});

describe('pulmonary hypertension clinic', () => {
  itUnderlines([
    ['Her BNP was elevated at the last visit.', 'elevated'],
    ['Exercise capacity deteriorated over the winter.', 'deterioration'],
  ]);
  itSkips([
    ['The road is elevated above the river on concrete pillars.', 'elevated'],
    ['The old paintwork has deteriorated in the sun.', 'deterioration'],
  ]);
});

describe('vulval pain clinic', () => {
  itUnderlines([
    ['Tender at the vulva to a light touch with a cotton swab.', 'tenderness'],
    ['A burning pain after passing urine can be a sign of infection.', 'burning-sensation'],
  ]);
  itSkips([
    ['The council put the vestibule repair work out to tender.', 'tenderness'],
    ['Cook the steak slowly until it is tender.', 'tenderness'],
    ['The lawyer said the cheque was legal tender.', 'tenderness'],
  ]);
});

describe('child development and neurology', () => {
  itUnderlines([
    ['His motor milestones were a little late; he walked at 18 months.', 'developmental-milestone'],
    ['They noticed regression in language when she was two.', 'developmental-regression'],
    ['Autistic regression usually happens between 15 and 24 months.', 'developmental-regression'],
    ['At school her absences were taken for daydreaming.', 'absence'],
  ]);
  itSkips([
    ['The project reached another milestone with the new bridge.', 'developmental-milestone'],
    ['We found a regression in language models after the update.', 'developmental-regression'],
    ['School absences rose last winter, the head teacher said.', 'absence'],
    ['In the absence of a few seconds of thought, he spoke.', 'absence'],
    ['The radio signal came back after absences lasting a few seconds.', 'absence'],
    ['The update caused a regression in language support for Python files.', 'developmental-regression'],
  ]);
});

describe('vaccination programmes', () => {
  itUnderlines([
    ['Measles vaccination coverage fell to 85% last year.', 'vaccination-coverage'],
    ['DTP3 coverage is used to track routine immunization.', 'vaccination-coverage'],
    ['The vials must stay in the cold chain from the store to the clinic.', 'cold-chain'],
  ]);
  itSkips([
    ['Frozen peas travel in a cold chain from the farm to the supermarket.', 'cold-chain'],
    ['Press coverage of the match was huge.', 'vaccination-coverage'],
    ['Check your insurance coverage before you travel.', 'vaccination-coverage'],
    ['Check your Part D vaccine coverage before you visit the pharmacy.', 'vaccination-coverage'],
  ]);
});

describe('cochlear implant team', () => {
  itUnderlines([
    ['Thresholds on the audiogram were worse in the left ear.', 'hearing-threshold'],
    ['Aided thresholds were checked in the sound booth.', 'hearing-threshold'],
    ['The sound processor sits behind the ear and holds the battery.', 'sound-processor'],
    ['The surgeon placed the electrode array fully inside the cochlea.', 'electrode-array'],
    ['Activation of the cochlear implant was booked for three weeks later.', 'implant-activation'],
    ['Mapping of the cochlear implant sets comfortable loudness levels.', 'implant-mapping'],
    ['She meets candidacy for a cochlear implant on the word test.', 'candidacy'],
  ]);
  itSkips([
    ['The new phone has a faster processor and a bigger screen.', 'sound-processor'],
    ['Her pain threshold is high, and she rarely needs painkillers.', 'hearing-threshold'],
    ['The tax threshold rose in April.', 'hearing-threshold'],
    ['Set the compressor threshold to minus 18 decibels.', 'hearing-threshold'],
    ['Account activation takes a few minutes after you sign up.', 'implant-activation'],
    ['Mind mapping helps students plan an essay.', 'implant-mapping'],
    ['The cochlear implant works by activation of the auditory nerve.', 'implant-activation'],
    ['Brain mapping with electrodes helps the epilepsy surgeon find the speech area.', 'implant-mapping'],
    ['She announced her candidacy for mayor on Monday.', 'candidacy'],
    ['The electrode array in the battery lab was cleaned before the test.', 'electrode-array'],
    ['Lithium insertion changes the electrodes in the electrode array during operation.', 'electrode-array'],
    ['The SNES sound processor was made by Sony and plays eight voices at once.', 'sound-processor'],
    ['The speaker coil and magnet are driven by an external processor.', 'sound-processor'],
    ['Projection mapping lit up the town hall at the Christmas lights switch-on.', 'implant-mapping'],
    ['Loud noise above the threshold can lead to hearing loss over time.', 'hearing-threshold'],
  ]);
});

describe('bites and stings', () => {
  itUnderlines([
    ['An adder bite is rare in Britain but can cause swelling.', 'snakebite'],
    ['A weever fish sting on the beach is very painful.', 'weever-fish-sting'],
  ]);
  itSkips([
    ['The bite of the winter wind made us turn back.', 'snakebite'],
    ['Grilled weever fish is a favourite in Cornish fish restaurants.', 'weever-fish-sting'],
  ]);
});
