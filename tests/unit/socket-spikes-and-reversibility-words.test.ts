/**
 * Everyday words with a medical sense in occupational-asthma, epilepsy, artificial-eye, Lyme and
 * tropical-infection, sports-cardiology, ward and clinic writing ("significant reversibility", "spikes
 * over the temporal region", "a scleral shell", "the main reservoir of leptospirosis", "medically fit",
 * "stable on the last echocardiogram"), each tried against the other senses its words have on ordinary
 * pages (a water reservoir, a talk-show host, a price spike, a TV episode, a stable yard).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('breathing tests and allergy at work', () => {
  itUnderlines([
    ['Good reversibility was seen on spirometry after four puffs of the reliever.', 'bronchodilator-response'],
    ['FEV1 rose by 400 ml, which shows clear reversibility after albuterol.', 'bronchodilator-response'],
    ['Airway reversibility was not tested at this visit.', 'bronchodilator-response'],
    ['A specific inhalation challenge was arranged at the regional occupational lung unit.', 'specific-inhalation-challenge'],
    ['Total IgE was raised and the cat IgE test was strongly positive.', 'positive-result'],
    ['He became sensitised to wheat flour after three years in the bakery.', 'allergic-sensitization'],
    ['Please keep a note of your peak flow twice a day for a fortnight.', 'peak-flow'],
    ['Hay fever and a cold are common triggers for her wheezing.', 'trigger'],
  ]);
  itSkips([
    ['The reversibility of the policy change was debated in parliament.', 'bronchodilator-response'],
    ['Engineers tested the reversibility of the reaction in the lab.', 'bronchodilator-response'],
    ['The river reached its peak flow after the spring melt.', 'peak-flow'],
    ['Keep your finger off the trigger until you are ready to shoot.', 'trigger'],
    ['Investors stayed positive after the bank reported its results.', 'positive-result'],
  ]);
});

describe('epilepsy', () => {
  itUnderlines([
    ['She had one breakthrough seizure after missing two doses.', 'breakthrough-seizure'],
    ['His rescue medication is kept in the school office.', 'rescue-medicine'],
    ['The EEG trace was normal apart from some drowsy slowing.', 'eeg-trace'],
    ['Sharp spikes were seen over the temporal leads on the EEG.', 'spike'],
    ['Epileptiform spikes were seen during sleep.', 'spike'],
    ['The EEG showed focal slowing on the left.', 'focal'],
    ['Atypical absences were seen during hyperventilation.', 'absence'],
    ['Dad describes an episode of lip smacking lasting a minute.', 'illness-episode'],
  ]);
  itSkips([
    ['The volunteers ran an animal rescue medicine course at the shelter.', 'rescue-medicine'],
    ['The police were called to a rescue on the cliffs.', 'rescue-medicine'],
    ['A spike in prices hit shoppers this winter.', 'spike'],
    ['The episode about the arrhythmia clinic drew a big audience for the show.', 'illness-episode'],
    ['In the absence of a reply, the plan went ahead.', 'absence'],
  ]);
});

describe('heart checks in athletes and devices', () => {
  itUnderlines([
    ['A slow resting heart rate on the ECG is a normal variant in endurance athletes.', 'normal-variant'],
    ['Septal thickness remained stable on this year\'s echocardiogram.', 'stable'],
    ['Lead impedances stable and battery at eight years.', 'stable'],
    ['Kidney function stable, eGFR 48.', 'stable'],
    ['Borderline ECG with left axis deviation; no symptoms.', 'borderline'],
    ['After a cardiac screening he was cleared to return to training.', 'medical-clearance'],
  ]);
  itUnderlinesOnHealthPages([
    ['The bump on the skull was a normal variant and needs no treatment.', 'normal-variant'],
  ]);
  itSkips([
    ['The app ships a normal variant and a compact variant of each button.', 'normal-variant'],
    ['The horse was led back into the stable after the race.', 'stable'],
    ['Pipe wall thickness stayed stable over ten years of service.', 'stable'],
    ['The striker was cleared to return after his suspension was lifted.', 'medical-clearance'],
  ]);
});

describe('artificial eyes and eyelids', () => {
  itUnderlines([
    ['A scleral shell can be made once the eye has stopped being painful.', 'scleral-shell'],
    ['The orbital implant was wrapped and placed deep in the socket.', 'orbital-implant'],
    ['Lid laxity makes the artificial eye drop forward.', 'eyelid-laxity'],
    ['Sticky discharge from the eye socket since the weekend; swab sent.', 'discharge'],
    ['Thick mucous discharge around the artificial eye each morning.', 'discharge'],
  ]);
  itSkips([
    ['The tortoise pulled its head back into its shell.', 'scleral-shell'],
    ['Unscrew the lid of the jar and pour out the liquid.', 'eyelid-laxity'],
  ]);
});

describe('germs, animals and outbreaks', () => {
  itUnderlines([
    ['Mice are the main hosts for young ticks in the woods.', 'host'],
    ['Sheep can be intermediate hosts for the tapeworm.', 'host'],
    ['Rodents are the main reservoir of leptospirosis.', 'reservoir-of-infection'],
    ['Dogs are the main reservoir for rabies in Nepal.', 'reservoir-of-infection'],
    ['More cases of leptospirosis were reported after the floods.', 'case-of-illness'],
    ['Two suspected cases were referred to the cholera treatment centre.', 'referral'],
  ]);
  itSkips([
    ['The city will host the games in 2032.', 'host'],
    ['Our web host moved the site to a new server.', 'host'],
    ['The talk show host joked about ticks at the picnic.', 'host'],
    ['A host of new shops opened on the high street.', 'host'],
    ['Parasite won best picture at a ceremony with no host this year.', 'host'],
    ['The water reservoir was low after the dry summer.', 'reservoir-of-infection'],
    ['Fill the reservoir of the humidifier with clean water.', 'reservoir-of-infection'],
    ['Fishing is not allowed in the reservoir near the dam.', 'reservoir-of-infection'],
  ]);
});

describe('ward, clinic and speech notes', () => {
  itUnderlines([
    ['Medically fit for discharge but waiting for a care package.', 'medically-fit'],
    ['Discharge delayed until the reablement service can start.', 'discharge'],
    ['Scar healed well; discharge from clinic follow-up today.', 'discharge'],
    ['Her condition deteriorated quickly over the weekend.', 'deterioration'],
    ['The antibiotics were tolerated without problems.', 'tolerating'],
    ['The subgaleal drain was taken out on the ward.', 'surgical-drain'],
    ['She was back on the ward two hours after theatre.', 'theatre'],
    ['She has blocks on words that start with hard sounds.', 'stuttering-block'],
    ['The rash has settled with the new cream.', 'settled'],
    ['He had one episode of atrial fibrillation on the monitor.', 'illness-episode'],
    ['She had another episode about an hour after lunch, with palpitations.', 'illness-episode'],
  ]);
  itSkips([
    ['The regime tolerated little dissent in the press.', 'tolerating'],
    ['Her condition for signing was a higher salary.', 'deterioration'],
    ['A block of flats was built on the corner.', 'stuttering-block'],
    ['The dust has settled after the election.', 'settled'],
    ['The students went to the theatre and came back on the train.', 'theatre'],
    ['The old houses deteriorated and their condition worried the council.', 'deterioration'],
  ]);
  itSkipsOnHealthPages([
    ['The battery discharge from the phone was faster in the cold.', 'discharge'],
  ]);
});
