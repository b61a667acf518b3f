/**
 * Everyday words with a medical sense, as gynaecology, pain and rehab clinics, stop-smoking and
 * drug services, prison healthcare, ambulance notes and pre-op letters use them: a symptom that
 * "settled" or "resolved", pain "radiating" down a leg, activity pacing, "abstinent" and a "lapse"
 * in recovery, a "witnessed fit", a client who "presented intoxicated", a script for supervised
 * consumption, "stable on methadone", raised liver enzymes, a "reducing course" of steroids,
 * "compliant with medication", "Pt conveyed to" hospital, a "fixed" lump, theatre for an
 * operation, "tracks on her arms" from injecting, an unremarkable pelvic scan, relapse after a quit date
 * and an episode of heavy bleeding. Each is tried against the other senses of its words, read
 * alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe('settled: calm in care notes, or a symptom that eased', () => {
  itUnderlines([
    ['Her period cramps settled after an hour with a heat pad.', 'settled'],
    ['The swelling has settled and he can walk on the ankle again.', 'settled'],
    ['Nausea settled once she started eating small meals again.', 'settled'],
  ]);
  itChoosesSense([
    ['Her period cramps settled after an hour with a heat pad.', 'settled', 'a symptom eased off or went away'],
    ['The vomiting settled by the second day.', 'settled', 'a symptom eased off or went away'],
    ['He was settled after a dose of midazolam and slept well.', 'settled', 'calm and comfortable (in care notes)'],
  ]);
  itSkips([
    ['After the war the family settled near the coast and the symptoms of unrest faded.', 'settled'],
    ['Once the dust settled, the swelling crowd went home.', 'settled'],
    ['They settled the bill before the nausea of the boat trip set in.', 'settled'],
    ['The swelling crowds settled into their seats before kick-off.', 'settled'],
    ['He settled the score with a late goal after suffering cramps in extra time.', 'settled'],
  ]);
  itSkipsOnHealthPages([
    ['It is a settled fact that nausea is common in early pregnancy.', 'settled'],
    ['The family settled at the farm; cramps and diarrhea were common among the settlers.', 'settled'],
  ]);
});

describe('radiating pain', () => {
  itUnderlines([
    ['Sharp pain radiating down the back of the thigh is typical of sciatica.', 'radiating-pain'],
    ['The pain radiates from her lower back into the buttock.', 'radiating-pain'],
  ]);
  itSkips([
    ['Heat radiating from the wood stove warmed the whole room.', 'radiating-pain'],
    ['She walked in radiating confidence after the interview.', 'radiating-pain'],
    ['Roads radiating out from the square lead to the old gates.', 'radiating-pain'],
  ]);
});

describe('pacing: breaking tasks up', () => {
  itChoosesSense([
    ['Pacing means breaking tasks into short bits with rests in between.', 'Pacing', 'managing activity and rest to avoid flare-ups'],
  ]);
  itSkips([
    ["The film's pacing drags; break tasks like editing into smaller scenes.", 'pacing'],
    ['He was pacing up and down the hall, breaking tasks off his list.', 'pacing'],
  ]);
});

describe('abstinence in stop-smoking and drug services', () => {
  itUnderlines([
    ['She has been abstinent since her quit date and uses varenicline.', 'abstinence'],
    ['Abstinence from alcohol for at least a month was agreed.', 'abstinence'],
    ['He remained abstinent from heroin while on buprenorphine.', 'abstinence'],
  ]);
  itSkips([
    ['The church asked for abstinence from meat on Fridays during Lent.', 'abstinence'],
    ['Sexual abstinence before marriage was expected, and alcohol was banned at the wedding too.', 'abstinence'],
    ['Some schools teach abstinence only as sex education.', 'abstinence'],
  ]);
  itSkipsOnHealthPages([
    ['Abstinence from sex is the only method that is fully effective against pregnancy.', 'abstinence'],
  ]);
});

describe('lapse: a short slip back into use', () => {
  itUnderlines([
    ['One lapse after quitting smoking does not mean you have failed.', 'lapse'],
    ['She had a lapse and drank at a party, then went back to her plan.', 'lapse'],
    ['A lapse on heroin is discussed at each methadone review.', 'lapse'],
  ]);
  itSkips([
    ['A lapse in concentration while drinking led to the crash.', 'lapse'],
    ['The time lapse of the sunset looked stunning.', 'lapse'],
    ['Her cover was allowed to lapse while she was in alcohol rehab.', 'lapse'],
    ['Memory lapses are common with heavy drinking.', 'lapse'],
    ['Any lapse in the drinking water supply is reported.', 'lapse'],
    ['The insurance will lapse if you do not pay, and smoking raises premiums.', 'lapse'],
  ]);
  itSkipsOnHealthPages([
    ['A lapse in judgement at work can follow a night of heavy drinking.', 'lapse'],
    ['A brief lapse of attention is normal when you feel tired.', 'lapse'],
    ['Heavy drinking can make a person lapse into a coma.', 'lapse'],
  ]);
});

describe('a witnessed fit', () => {
  itUnderlines([
    ['Witnessed fit on the landing; Code Blue called and nurses attended.', 'fits'],
    ['An unwitnessed fit was reported by his cellmate overnight.', 'fits'],
  ]);
  itSkips([
    ['We witnessed fit young runners finish the marathon.', 'fits'],
    ['The hospital drama Code Blue has a new series, and the cast looks fit.', 'fits'],
  ]);
});

describe('presented intoxicated', () => {
  itUnderlines([['He presented intoxicated at the clinic and was offered a later time.', 'present-with']]);
  itSkips([['The team presented its findings at the conference.', 'present-with']]);
});

describe('script for supervised consumption', () => {
  itUnderlines([
    ['Her script is picked up from the chemist for supervised consumption.', 'script'],
    ['His methadone script runs out on Friday.', 'script'],
  ]);
  itSkips([
    ['The film script about methadone clinics won an award.', 'script'],
    ['Run this Python script to clean the data on methadone prescribing.', 'script'],
    ["The movie's script follows a young man on methadone.", 'script'],
    ['The script of the documentary on methadone clinics was praised.', 'script'],
  ]);
});

describe('stable on methadone', () => {
  itUnderlines([['He has been stable on methadone for two years.', 'stable']]);
  itSkips([
    ['She has a stable dose of methadone and a stable home.', 'stable'],
    ['The table was not stable on the uneven floor.', 'stable'],
  ]);
});

describe('raised liver enzymes', () => {
  itUnderlines([['Her liver enzymes were raised at the last check.', 'raised-result']]);
  itSkips([['The charity raised money for liver enzymes research.', 'raised-result']]);
});

describe('a reducing course (tapering)', () => {
  itUnderlines([
    ['She went home on a reducing course of prednisolone.', 'tapering'],
    ['A reducing regime of steroids ended last week.', 'tapering'],
  ]);
  itSkips([
    ['Reducing course fees helped more students enrol.', 'tapering'],
    ['The ship kept reducing course speed in the storm.', 'tapering'],
    ['She is reducing course load at college while on steroids.', 'tapering'],
  ]);
});

describe('compliant with medication', () => {
  itUnderlines([
    ['He is compliant with medication and comes to every review.', 'adherence'],
    ['She has been compliant with her medication since the stroke.', 'adherence'],
  ]);
  itSkips([['The website is fully GDPR compliant.', 'adherence']]);
  itSkipsOnHealthPages([['The clinic software is compliant with data rules for patient records.', 'adherence']]);
});

describe('Pt conveyed to hospital', () => {
  itUnderlines([['Pt conveyed to the Royal Infirmary and handed over to staff.', 'conveyed-to-hospital']]);
  itSkips([
    ['The patient conveyed to the doctor that she felt scared.', 'conveyed-to-hospital'],
    ['Her letter conveyed to the board how upset she was.', 'conveyed-to-hospital'],
  ]);
});

describe('a fixed lump', () => {
  itUnderlines([
    ['A breast lump that feels hard and fixed needs an urgent check.', 'fixed-lump'],
    ['The lymph node in his neck was fixed and did not move.', 'fixed-lump'],
    ['The lump felt hard and fixed to the skin, which the doctor called skin tethering.', 'fixed-lump'],
  ]);
  itSkips([
    ['The lump sum is paid at a fixed rate.', 'fixed-lump'],
    ['My appointment for the breast lump is fixed for Tuesday.', 'fixed-lump'],
    ['The surgeon fixed the wrist with a plate and took out a lymph node.', 'fixed-lump'],
  ]);
  itSkipsOnHealthPages([
    ['The breast clinic runs at a fixed time each week.', 'fixed-lump'],
    ['He fixed a lymph node model to the classroom wall.', 'fixed-lump'],
    ['The lymph nodes were fixed in formalin and sent to the lab.', 'fixed-lump'],
    ['A fixed-dose pill is used; the lymph node was also checked.', 'fixed-lump'],
    ['Breast lump clinic: fixed-term contract for a nurse.', 'fixed-lump'],
  ]);
  itLeavesWordPlain([['The kettle is fixed now.', 'fixed']]);
});

describe('theatre for your operation', () => {
  itUnderlines([['On the day of your operation you will be taken to theatre 2.', 'theatre']]);
  itSkips([
    ['We went to the theatre to see a play.', 'theatre'],
    ['The theatre group staged a new play about a military operation.', 'theatre'],
    ['Theatre owners: grow your operation with our ticketing app.', 'theatre'],
  ]);
});

describe('a cyst that resolved', () => {
  itUnderlines([['The ovarian cyst had resolved by the follow-up ultrasound.', 'resolve']]);
  itSkips([
    ['The dispute was resolved after a long meeting.', 'resolve'],
    ['She resolved to run a marathon next year.', 'resolve'],
  ]);
});

describe('old tracks from injecting', () => {
  itUnderlines([['Old tracks on her arms were seen from years of injecting heroin.', 'track-marks']]);
  itSkips([
    ['The old tracks of the railway run past the arms factory.', 'track-marks'],
    ['Some old tracks from the album sound thin through this needle.', 'track-marks'],
    ['We followed fresh tracks in the snow up to the hut.', 'track-marks'],
    ["The rail line's old tracks run past the arms depot.", 'track-marks'],
    ['The old tracks were torn up after an injection of funds.', 'track-marks'],
  ]);
  itSkipsOnHealthPages([
    ['Listening to old tracks from your teens can lift your mood.', 'track-marks'],
  ]);
});

describe('an unremarkable pelvic scan', () => {
  itUnderlines([['Ultrasound report: uterus and both ovaries unremarkable.', 'unremarkable']]);
  itSkipsOnHealthPages([
    ['The breakfast was unremarkable, but the sea views made up for it.', 'unremarkable'],
    ['The hotel food was unremarkable and the rooms were small.', 'unremarkable'],
  ]);
});

describe('relapse after a quit date', () => {
  itChoosesSense([['He relapsed two weeks after his quit date.', 'relapsed', 'return to drinking or drug use']]);
});

describe('an episode of heavy bleeding', () => {
  itUnderlines([['She had another episode of heavy bleeding last month.', 'illness-episode']]);
  itSkips([
    ['In the next episode the hero suffers heavy bleeding after the fight.', 'illness-episode'],
    ['The latest episode of the podcast is out.', 'illness-episode'],
  ]);
});
