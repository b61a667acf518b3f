/**
 * Words from kidney dialysis units, fertility and surgery leaflets, hospice and palliative care
 * notes, travel clinics and medicine letters: EDW (estimated dry weight), dry weight near a chest
 * X-ray, CSCI and the syringe driver ("the driver"), settled and restless in end of life notes,
 * OR before a pre-op fast, MR tablets to be swallowed whole, BPD where it may mean borderline
 * personality disorder or bipolar disorder, a stable potassium in mmol/L, tender on abduction, a
 * negative malaria film, a course of antimalarials, tolerating a medicine, a change in tablet
 * strength and a medicine withheld. Each is tried against the other senses of its words (a data
 * warehouse, a computer science course, a taxi driver, a settled dispute, restless legs, a
 * shouted "or"), read alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('dialysis: EDW and dry weight', () => {
  itUnderlines([
    ['Post-dialysis weight 70.4 kg against an EDW of 70.0 kg; ultrafiltration goal 2.5 L.', 'edw'],
    ['EDW lowered to 64.5 kg because of ankle oedema between HD sessions.', 'edw'],
    ['Her estimated dry weight was raised after cramps on the machine.', 'edw'],
    ['His dry weight was set at 72 kg after the chest X-ray showed fluid on the lungs.', 'dry-weight'],
    ['We lowered his dry weight by half a kilo because of fluid around the lungs.', 'dry-weight'],
  ]);
  itSkips([
    ['The EDW team loads sales data into the warehouse every night.', 'edw'],
    ['Our EDW migration to the cloud finished in March.', 'edw'],
    ['Our EDW stores HD video metadata for the broadcast archive.', 'edw'],
    ['Dry weight 1,450 kg: the chest of drawers and the X-ray machine were shipped separately.', 'dry-weight'],
    ['Compare the dry weight of the samples after drying at 60 degrees.', 'dry-weight'],
  ]);
  itSkipsOnHealthPages([['The hospital EDW holds records from every ward and clinic.', 'edw']]);
});

describe('palliative care: CSCI, the syringe driver, settled and restless', () => {
  itUnderlines([
    ['Oxycodone 10 mg and haloperidol 1.5 mg via CSCI over 24 hours.', 'csci'],
    ['A continuous subcutaneous infusion can give pain relief when swallowing is hard.', 'csci'],
    ['The palliative team set up a syringe driver at home.', 'syringe-driver'],
    ['The district nurse checked the driver and the needle site at lunchtime.', 'syringe-driver'],
    ['Midazolam was added to the driver, which runs over 24 hours.', 'syringe-driver'],
    ['Glycopyrronium was added to the syringe pump for noisy breathing.', 'syringe-driver'],
    ['He was settled after a dose of midazolam and slept until morning.', 'settled'],
    ['Remained settled through the night, with no PRN analgesia needed.', 'settled'],
    ['She grew restless in the last days of life and kept trying to get out of bed.', 'terminal-restlessness'],
    ['Restless at night; hospice nurse gave levomepromazine with good effect.', 'terminal-restlessness'],
    ['Became restless and agitated in the last days, picking at the sheets; levomepromazine has been added to the syringe pump.', 'terminal-restlessness'],
    ['The district nurses will set up the driver at 10 am and refill it every 24 hours with the medicines listed overleaf.', 'syringe-driver'],
    ['The driver gives the medicine under the skin through a small needle.', 'syringe-driver'],
    ['Terminal restlessness can be frightening for families to watch.', 'terminal-restlessness'],
  ]);
  itSkips([
    ['CSCI 1300 is the first computer science course for majors.', 'csci'],
    ['Students in CSCI 2270 learn data structures in C++.', 'csci'],
    ['The taxi driver took the wrong turning on the way to the hospice.', 'syringe-driver'],
    ['The driver was arrested after police found morphine in the car.', 'syringe-driver'],
    ['Update the printer driver before the district nurses use the new laptops.', 'syringe-driver'],
    ['The driver was given midazolam by paramedics at the scene of the crash.', 'syringe-driver'],
    ['A syringe pump delivers the buffer at 10 microlitres a minute in the flow cell.', 'syringe-driver'],
    ['The two firms settled out of court last week.', 'settled'],
    ['Once the dust settled, the family moved to Leeds.', 'settled'],
    ['They settled the bill and left before the agitated crowd arrived.', 'settled'],
    ['The crowd grew restless as the band was an hour late.', 'terminal-restlessness'],
    ['Restless legs syndrome gets worse in the evening.', 'terminal-restlessness'],
    ['The kids were restless and dying of boredom by the third hour.', 'terminal-restlessness'],
    ['In the last days of the holiday the children grew restless.', 'terminal-restlessness'],
    ['The markets were restless in the last hours of trading.', 'terminal-restlessness'],
    ['Late CSCI homework submitted over 24 hours after the deadline gets no credit.', 'csci'],
    ['Python 2 reached end of life, so CSCI 1300 now uses Python 3.', 'csci'],
    ['In CSCI 3753 you will write a keyboard driver for the Linux kernel.', 'syringe-driver'],
    ['Police said the driver had been awake for over 24 hours before the crash.', 'syringe-driver'],
    ['Verstappen got under the skin of his rival, and the Dutch driver knows it.', 'syringe-driver'],
    ['EGFR is a driver mutation; the antibody is given as a subcutaneous injection.', 'syringe-driver'],
    ['The crowd grew agitated but settled after the announcement.', 'settled'],
    ['The weather settled after a restless week of storms.', 'settled'],
    ['The dog was restless all night during the fireworks.', 'terminal-restlessness'],
  ]);
  itSkipsOnHealthPages([
    ['Many children feel restless after too much screen time.', 'terminal-restlessness'],
    ['Watching a parent dying can leave you restless and unable to sleep.', 'terminal-restlessness'],
    ['Grief after a death in hospice can make relatives restless and irritable.', 'terminal-restlessness'],
    ['The child was restless, so midazolam was given before the MRI.', 'terminal-restlessness'],
    ['District nurse posts: you must be a car driver with a full licence.', 'syringe-driver'],
    ['The hospice volunteer driver brings patients to the day centre.', 'syringe-driver'],
    ['After a few weeks she settled into her new care home.', 'settled'],
  ]);
});

describe('surgery and fertility leaflets: OR', () => {
  itUnderlines([['Come to the OR reception at 7 am and fast from midnight the night before.', 'or']]);
  itChoosesSense([['Come to the OR reception at 7 am and fast from midnight the night before.', 'OR', 'operating room']]);
  itSkips([
    ['Do you fast from midnight or from breakfast during Ramadan?', 'or'],
    ['Bring your passport OR your driving licence to the check-in desk.', 'or'],
  ]);
});

describe('medicine letters: MR, course, tolerate, strength, withheld', () => {
  itUnderlines([
    ['Nifedipine MR 30 mg once a day; swallow whole, do not crush.', 'mr'],
    ['Continue the course for four weeks after you come home; antimalarials work only when taken to the end.', 'treatment-course'],
    ['Finish your course of Malarone seven days after you leave the area.', 'treatment-course'],
    ['He could not tolerate atorvastatin 40 mg because of muscle aches.', 'tolerating'],
    ['She did not tolerate statins, so ezetimibe was started.', 'tolerating'],
    ['Please note the change in strength: your tablets are now 2.5 mg.', 'medicine-strength'],
    ['Metformin withheld for 48 hours after the CT contrast.', 'held'],
    ['Warfarin withheld tonight as the INR is 5.2.', 'held'],
  ]);
  itChoosesSense([['Nifedipine MR 30 mg once a day; swallow whole, do not crush.', 'MR', 'modified-release (medicine)']]);
  itSkips([
    ['MR SMITH WILL SWALLOW WHOLE OYSTERS AT THE FAIR.', 'mr'],
    ['Of course you can join the malaria tablets study later.', 'treatment-course'],
    ['The golf course is closed after heavy rain.', 'treatment-course'],
    ['Racism will not be tolerated, and nor will abuse of staff.', 'tolerating'],
    ['Squats and lunges bring a change in strength within six weeks.', 'medicine-strength'],
    ['The change in strength of the wind surprised the sailors.', 'medicine-strength'],
    ['The caller’s number was withheld.', 'held'],
    ['Names have been withheld to protect the family.', 'held'],
    ['Payment was withheld until the work was finished.', 'held'],
    ['The drug company withheld data on the diuretic’s side effects.', 'held'],
    ['Information withheld from the inquiry about the warfarin scandal was later published.', 'held'],
    ['Plants can tolerate soils with 20 mg of salt per litre.', 'tolerating'],
  ]);
  itSkipsOnHealthPages([
    ['Some information was withheld from the family at first.', 'held'],
    ['Swallow whole grapes with care: cut them in half for small children.', 'mr'],
  ]);
});

describe('mental health: BPD', () => {
  itChoosesSense([
    ['BPD with two manic episodes, on lithium since 2015.', 'BPD', 'bipolar disorder'],
    ['People with BPD often feel intense emotions and fear abandonment; DBT can help.', 'BPD', 'borderline personality disorder'],
  ]);
  itListsMeanings([
    ['History of BPD, known to the mental health team for ten years.', 'BPD'],
    ['History of BPD with low mood since her teens.', 'BPD'],
  ]);
  itSkips([['The refinery can process 150,000 BPD and employs 900 people.', 'bpd']]);
});

describe('reports: stable potassium, tender on abduction, negative malaria film', () => {
  itUnderlines([
    ['Sodium stable at 134 mmol/L on the fluid restriction.', 'stable'],
    ['Left shoulder tender on abduction, worse above 90 degrees.', 'tenderness'],
    ['Right shoulder tender on passive abduction beyond 60 degrees.', 'tenderness'],
    ['The malaria test was negative on three blood films.', 'negative-result'],
  ]);
  itUnderlinesOnHealthPages([['A negative malaria film does not rule it out; the test is repeated.', 'negative-result']]);
  itChoosesSense([['The malaria test was negative on three blood films.', 'negative', 'test did not find what it looked for']]);
  itSkips([
    ['Keep the stable door shut; the horse feed is 5 mmol/L richer in salt.', 'stable'],
    ['Legal tender and alien abduction were both on the quiz.', 'tenderness'],
    ['A tender reunion followed the abduction of the two girls.', 'tenderness'],
    ['The negative consequences of malaria for school attendance are large.', 'negative-result'],
    ['Malaria has negative outcomes for pregnant women.', 'negative-result'],
    ['The negative impact of malaria on school attendance is large.', 'negative-result'],
    ['Scan the old negative film before the photo lab closes.', 'negative-result'],
  ]);
});
