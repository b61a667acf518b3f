/**
 * Everyday words with a clinic meaning, from asthma and allergy clinics, sleep studies, weight-loss
 * surgery, surgical wards, eye clinics, heart and sexual health clinics and school health notices:
 * a preventer, weaning a steroid, a negative skin prick test, a positive ANA, sleep study events,
 * arousals and sleep efficiency, a gastric band, a drain, blood in the motion, going to theatre,
 * holding on to fluid, a 24-hour tape, stable heart failure, HIV status, an exclusion period, an
 * injected (red) eye, a white and quiet eye, a jab and an unremarkable eye exam. Each is tried
 * against the other senses of its words, cues and aliases, read alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe('asthma and allergy clinic: preventer, wean, skin prick test, ANA', () => {
  itUnderlines([
    ['Give two puffs of the brown preventer before school and at bedtime.', 'inhaled-corticosteroid'],
    ['Her purple preventer is taken twice daily through a spacer.', 'inhaled-corticosteroid'],
    ['The plan is to wean him off prednisolone over a week.', 'wean'],
    ['Once her asthma settles we will start weaning the prednisolone.', 'wean'],
    ['The skin prick result for grass pollen was negative.', 'negative-result'],
    ['His prick test to peanut came back negative.', 'negative-result'],
    ['Her antinuclear antibody test was positive at a low level.', 'positive-result'],
    ['A positive result is common in lupus but also in healthy people.', 'positive-result'],
  ]);
  itChoosesSense([
    ['The skin prick result for grass pollen was negative.', 'negative', 'test did not find what it looked for'],
    ['A positive result is common in lupus but also in healthy people.', 'positive', 'test found what it looked for'],
  ]);
  itSkips([
    ['The brown rust preventer is sprayed on the bike chain.', 'inhaled-corticosteroid'],
    ['Most mothers wean their babies onto solid food at around six months.', 'wean'],
    ['Try to wean yourself off checking your phone in bed.', 'wean'],
    ['The farmers weaned the lambs off ewe milk in May.', 'wean'],
    ['He got a prick from the rose thorn, and the feedback was negative.', 'negative-result'],
    ['Stay positive: the Lupus constellation is easy to find in June.', 'positive-result'],
  ]);
  itSkipsOnHealthPages([
    ['People with lupus can have a positive outlook on life.', 'positive-result'],
    ['Living with lupus had a positive effect on how she cares for her body.', 'positive-result'],
    ['A prick of doubt crept in, and her mood turned negative.', 'negative-result'],
  ]);
});

describe('sleep studies: events, arousal and sleep efficiency', () => {
  itUnderlines([
    ['Events were fewer when non-supine, with few desaturations.', 'study-event'],
    ['The sleep study counted 32 events an hour, mostly obstructive apnoeas.', 'study-event'],
    ['The arousal index was high, and most arousals followed snoring.', 'arousal'],
    ['Each arousal was linked to respiratory events on the trace.', 'arousal'],
    ['Her sleep efficiency was low at 70%, with long spells awake.', 'sleep-efficiency'],
    ['Sleep efficiency of 90% or more is common in healthy young adults.', 'sleep-efficiency'],
  ]);
  itChoosesSense([
    ['Events were fewer when non-supine, with few desaturations.', 'Events', 'breathing pause during sleep'],
    ['The sleep study counted 32 events an hour, mostly obstructive apnoeas.', 'events', 'breathing pause during sleep'],
    ['A fall during the study counts as an event and must be reported.', 'event', 'health problem counted in a study'],
    ['The arousal index was high, and most arousals followed snoring.', 'arousal', 'waking from sleep'],
  ]);
  itSkips([
    ['The yoga event ended with ten minutes lying supine on the mat.', 'study-event'],
    ['At the dive event, each apnoea record attempt was timed.', 'study-event'],
    ['Tickets for the sleep study open day event sold out.', 'study-event'],
    ['The horror film kept the audience in a state of arousal.', 'arousal'],
    ['Fuel efficiency was poor, but I slept well in the back seat.', 'sleep-efficiency'],
  ]);
  itSkipsOnHealthPages([
    ['The charity event raised money for research into sleep apnoea.', 'study-event'],
    ['Energy efficiency in the sleep lab saved the hospital money.', 'sleep-efficiency'],
  ]);
});

describe('weight-loss surgery and the surgical ward: band, drain, motion, theatre, fluid', () => {
  itUnderlines([
    ['After a gastric band operation, your band can be loosened by taking saline out through the port.', 'gastric-band'],
    ['After bariatric surgery the band may need several adjustments.', 'gastric-band'],
    ['She had a gastric band fitted in 2019.', 'gastric-band'],
    ['The nurse will check your drain on the ward each morning.', 'surgical-drain'],
    ['Tell the nurse if there is blood in your motion or the stools are tarry.', 'bowel-movement'],
    ['You may go to theatre in the afternoon, so have nothing to eat from 7am.', 'theatre'],
    ['He was taken to theatre for an emergency appendix operation.', 'theatre'],
    ['Swollen ankles can be a sign that your body is holding on to fluid.', 'fluid-retention'],
    ['Some women notice they are holding onto fluid before a period.', 'fluid-retention'],
  ]);
  itSkips([
    ['Your band is playing the main stage on Saturday.', 'gastric-band'],
    ['The band played the national anthem before kick-off.', 'gastric-band'],
    ['Your band needs a drummer before the gig on Friday.', 'gastric-band'],
    ['The drain on the ward budget grew as agency costs rose.', 'surgical-drain'],
    ['The council voted on your motion to stop the stools being sold.', 'bowel-movement'],
    ['Your motion sensor toilet light is on the blink.', 'bowel-movement'],
    ['We go to theatre school on Saturdays and have nothing to eat until lunch.', 'theatre'],
    ['They love to go to the theatre in the West End.', 'theatre'],
    ['The retaining wall kept the fluid from the tank in place.', 'fluid-retention'],
  ]);
  itSkipsOnHealthPages([
    ['The band played for the patients on the children’s ward.', 'gastric-band'],
    ['Check the band on your wrist before they give you saline.', 'gastric-band'],
    ['Parking fees are a drain on the ward staff, said the union.', 'surgical-drain'],
    ['Range of motion in the knee was good, and stools were normal.', 'bowel-movement'],
  ]);
});

describe('heart clinic: 24-hour tape and stable heart failure', () => {
  itUnderlines([
    ['A 24-hour tape showed short runs of a fast heartbeat.', 'holter-monitor'],
    ['The 48-hour tape picked up no pauses.', 'holter-monitor'],
    ['His heart failure has stayed stable on the new tablets.', 'stable'],
  ]);
  itSkips([
    ['The station runs on a 24-hour tape delay.', 'holter-monitor'],
    ['Her heart failure charity found stable housing for older people.', 'stable'],
  ]);
});

describe('sexual health and school notices: HIV status, exclusion period, jab', () => {
  itUnderlines([
    ['Your HIV status is private and is not shared with your employer.', 'hiv-status'],
    ['Know your status: free HIV testing is available at the clinic.', 'hiv-status'],
    ['The exclusion period for impetigo is 48 hours after starting antibiotics.', 'exclusion-period'],
    ['After diarrhoea and vomiting the exclusion period is two days.', 'exclusion-period'],
    ['Pupils in Year 10 will be offered the MenACWY jab next week.', 'jab'],
    ['The jab protects against four types of meningitis.', 'jab'],
  ]);
  itSkips([
    ['Know your status on the waiting list by logging in to the council site.', 'hiv-status'],
    ['Frequent flyers should know your status before booking a lounge.', 'hiv-status'],
    ['The insurer has a pre-existing condition exclusion period of two years.', 'exclusion-period'],
    ['After a fixed-term exclusion, the exclusion period ends and the pupil returns.', 'exclusion-period'],
    ['He landed a sharp jab, and the meningitis charity gala went on.', 'jab'],
  ]);
  itSkipsOnHealthPages([
    ['Know your status in the queue: the app shows your place.', 'hiv-status'],
    ['The exclusion period for the policy is twelve months.', 'exclusion-period'],
  ]);
});

describe('eye clinic: injected, white and quiet, unremarkable fundoscopy', () => {
  itUnderlines([
    ['Left eye injected and watery, with a sticky discharge.', 'conjunctival-injection'],
    ['Both eyes injected; she is photophobic and has a headache.', 'conjunctival-injection'],
    ['Conjunctival injection was worst around the cornea.', 'conjunctival-injection'],
    ['Right eye white and quiet with a clear cornea.', 'white-and-quiet'],
    ['Both eyes white and quiet at today’s visit.', 'white-and-quiet'],
    ['Fundoscopy unremarkable, with a healthy optic disc.', 'unremarkable'],
    ['Slit lamp exam was unremarkable in the left eye.', 'unremarkable'],
  ]);
  itSkips([
    ['The medicine is injected into the eye every four weeks.', 'conjunctival-injection'],
    ['A dye is injected into a vein in the arm before the eye photos.', 'conjunctival-injection'],
    ['Insulin is injected under the skin of the tummy.', 'conjunctival-injection'],
    ['The company injected cash into the project last year.', 'conjunctival-injection'],
    ['He injected some humour into the speech.', 'conjunctival-injection'],
    ['The village was white and quiet after the snow.', 'white-and-quiet'],
    ['The house was white and quiet; the optic fibre cable was cut.', 'white-and-quiet'],
    ['The Retina display on the new laptop is unremarkable.', 'unremarkable'],
  ]);
  itSkipsOnHealthPages([
    ['Photophobic patients may be injected with a local anaesthetic first.', 'conjunctival-injection'],
    ['Steroid is injected around the eye for some kinds of uveitis.', 'conjunctival-injection'],
    ['Botox is injected beside the eye to treat a twitching eyelid.', 'conjunctival-injection'],
  ]);
  itLeavesWordPlain([['She injected new life into the old theatre company.', 'injected']]);
});

describe('review: ordinary senses beside health words', () => {
  itSkipsOnHealthPages([
    ['Waiting times are a particularly acute problem for mental health services.', 'acute'],
    ['Staff shortages are an especially acute worry this winter.', 'acute'],
  ]);
  itUnderlines([['Acute bronchitis usually clears up in three weeks.', 'acute']]);
});

describe('review 7: the other senses of the batch\'s new cues', () => {
  itSkips([
    ['The war was one of the central events of the twentieth century.', 'study-event'],
    ['It was great to welcome audiences back to theatre after lockdown.', 'theatre'],
    ['Going to theatre is one of my favourite things to do in London.', 'theatre'],
    ['The theatre bar had nothing to eat, so we left at the interval.', 'theatre'],
    ['Eyes bloodshot, he injected heroin in the alley.', 'conjunctival-injection'],
  ]);
  itSkipsOnHealthPages([
    ['Avoid rubbing the injected eye for the rest of the day.', 'conjunctival-injection'],
    ['The medicine was injected in the eye; the injected eye may feel gritty for a day.', 'conjunctival-injection'],
    ['Right eye injected today with aflibercept, left eye next month.', 'conjunctival-injection'],
    ['Band ligation treats oesophageal and gastric varices: the band cuts off the blood supply.', 'gastric-band'],
    ['The nurse puts a band around your arm, flushes the cannula with saline and removes the band.', 'gastric-band'],
  ]);
  itUnderlines([
    ['He had to go back to theatre after surgery because of bleeding.', 'theatre'],
    ['Weight loss surgery options include the band, the sleeve and the bypass.', 'gastric-band'],
  ]);
  itChoosesSense([
    ['The sleep apnoea study counted 40 events an hour.', 'events', 'breathing pause during sleep'],
  ]);
  itListsMeanings([
    ['Serious respiratory events were more common in the placebo group.', 'events'],
  ]);
});
