/**
 * Round 54, writer 9: everyday words with a medical sense in vasculitis, MND, scleroderma, ME/CFS,
 * baby hip checks and school vaccine pages ("lung function stable", "temporal artery tender", "a
 * clear clunk", "uneven thigh creases", "choking on thin drinks", "energy envelope"), each tried
 * against its other senses (a horse's stable and stirrup irons, a TV episode, a clunk from the car,
 * a jab at the horse, choking in a cup final, an audio or building energy envelope).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('new entries', () => {
  itUnderlines([
    ['Opioid overdose can slow breathing until respiratory arrest follows.', 'respiratory-arrest'],
    ['He went into respiratory arrest on the ward and was bagged by the crash team.', 'respiratory-arrest'],
    ['She has two painful digital ulcers on her fingertips from her scleroderma.', 'digital-ulcer'],
    ['Fingertip ulcers can heal slowly when blood flow to the hands is poor.', 'digital-ulcer'],
    ['The Ortolani clunk was felt on the left at the newborn check.', 'hip-clunk'],
    ['A clunk on the Barlow test means the hip can be pushed out of its socket.', 'hip-clunk'],
    ['Newborn hip check: no clunk felt on either side, DDH risk factors noted.', 'hip-clunk'],
    ['Uneven thigh creases were noted at the six-week baby check.', 'thigh-crease'],
    ['Since the stroke he keeps choking on thin drinks, so the speech therapist added a thickener.', 'choking'],
    ['Back blows and abdominal thrusts are used for choking in adults.', 'choking'],
    ['Grapes cut in half lower the choking hazard for toddlers.', 'choking'],
    ['With ME/CFS, staying inside your energy envelope helps avoid payback.', 'energy-envelope'],
    ['Her energy envelope is small: showering and getting dressed use most of it.', 'energy-envelope'],
  ]);
  itUnderlinesOnHealthPages([
    ['Plan the week so you stay within your energy envelope.', 'energy-envelope'],
  ]);
  itSkips([
    ['There was a loud clunk from the gearbox as he changed down.', 'hip-clunk'],
    ['The old door shut with a clunk behind them.', 'hip-clunk'],
    ['He threw a hip check and there was a clunk as the winger hit the boards.', 'hip-clunk'],
    ['Barlow heard a clunk from the gearbox on the test drive.', 'hip-clunk'],
    ['The team were choking under pressure in the final ten minutes.', 'choking'],
    ['Weeds are choking the flower beds along the drive.', 'choking'],
    ['She was choking back tears as she thanked the crowd.', 'choking'],
    ['The tower has a tight energy envelope, with triple glazing and thick insulation.', 'energy-envelope'],
    ['The synth lets you shape the energy envelope of each note.', 'energy-envelope'],
    ['The Digital Services Act sets rules for online platforms.', 'digital-ulcer'],
    ['Police made an arrest after the robbery on the high street.', 'respiratory-arrest'],
  ]);
});

describe('cue words added to existing entries', () => {
  itUnderlines([
    ['FVC stable on the latest spirometry, so the dose stays the same.', 'stable'],
    ['Scalp tender over the right temple, suspect giant cell arteritis.', 'tenderness'],
    ['The temporal artery was tender and thickened on the left.', 'tenderness'],
    ['Any sign of a vasculitis flare, such as a new rash, needs a call to the team.', 'flare'],
    ['Seizure frequency halved after six months of cannabidiol.', 'seizure'],
    ['Her seizure diary shows fewer events since the dose went up.', 'seizure'],
    ['HPV is a virus passed on by skin contact during sex.', 'virus'],
    ['Pupils who miss their shot can have it at a catch-up clinic.', 'shot'],
    ['After the Ponseti casts, the brace is worn for 23 hours a day.', 'orthopedic-brace'],
    ['The boots and bar brace keeps the clubfoot from turning back in.', 'orthopedic-brace'],
    ['A sore arm or some redness at the injection site is a common reaction.', 'reaction'],
    ['Some teens feel faint after the jab, so they sit down for a while.', 'jab'],
    ['Pacing helps you avoid payback the next day.', 'pacing'],
    ['She had a near-fainting episode when she stood up.', 'illness-episode'],
  ]);
  itSkips([
    ['The yard keeps a stable of twelve horses for riding lessons.', 'stable'],
    ['The council put the bridge repairs out to tender last spring.', 'tenderness'],
    ['Slow-cook the lamb until tender, about three hours.', 'tenderness'],
    ['A solar flare lit the sky over the vasculitis research centre.', 'flare'],
    ['Police reported a seizure of cannabidiol products at the port.', 'seizure'],
    ['A computer virus spread through the office network overnight.', 'virus'],
    ['He took a long shot from the edge of the box.', 'shot'],
    ['Shots rang out and the school nurse ran to help the injured pupils.', 'shot'],
    ['The striker scored a brace in the second half.', 'orthopedic-brace'],
    ['The chemical reaction turned the liquid red.', 'reaction'],
    ['Never jab the horse in the mouth when you pull up.', 'jab'],
    ['He was pacing up and down, waiting for the payback on his shares.', 'pacing'],
    ['The pacing is slow, but the payback in the last act is worth the wait.', 'pacing'],
    ['Check the stirrup iron length before you ride.', 'iron'],
  ]);
  itSkipsOnHealthPages([
    ['Never jab the horse in the mouth with the reins.', 'jab'],
    ['Run the stirrup irons up after you dismount.', 'iron'],
    ["Last night's episode of the cooking show was filmed in Cork.", 'illness-episode'],
    ["This week's episode looks at tiny homes.", 'illness-episode'],
  ]);
});

describe('nerve pain', () => {
  itUnderlines([
    ['Nerve pain after shingles can last for months.', 'nerve-pain'],
    ['Pregabalin is used for neuropathic pain in the feet.', 'nerve-pain'],
  ]);
  itSkips([
    ['It took some nerve to stand up and speak after the pain of losing the vote.', 'nerve-pain'],
  ]);
});
