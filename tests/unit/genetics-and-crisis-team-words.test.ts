/**
 * Report words and everyday words with a medical sense as genetics letters, ward notes, surgical
 * lists and mental health notes write them ("negative for the familial variant", "affected
 * relatives", "speech was pressured", "mood objectively elevated", "saturating 95% on room air",
 * "CT staging", "an unknown primary"), each tried against the other senses its words have on ordinary
 * pages (a staging server, straining pasta, a flood's affected relatives, an A/B test variant, a
 * primary school, coral polyps, a volcano's summit depression).
 */
import { describe } from 'vitest';
import { itChoosesSense, itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('genetic test results and affected relatives', () => {
  itUnderlines([
    ['Her sister was negative for the familial BRCA2 change, so she needs no extra scans.', 'negative-result'],
    ['He is negative for the familial variant that his father carries.', 'negative-result'],
    ['Whole exome sequencing was positive for a change in the KCNQ2 gene.', 'positive-result'],
    ['Two affected relatives on her mother’s side had bowel cancer in their forties, so Lynch syndrome testing was offered.', 'affected-relative'],
    ['Testing usually starts with an affected family member who has been diagnosed with the cancer.', 'affected-relative'],
  ]);
  itSkips([
    ['In the trial, variant B had a negative effect on sign-ups.', 'negative-result'],
    ['The new variant of the card game got positive reviews.', 'positive-result'],
    ['If the sign is positive, the number is above zero.', 'positive-result'],
    ['Affected relatives of the flood victims met at the town hall.', 'affected-relative'],
    ['The airline set up a phone line for affected family members after the crash.', 'affected-relative'],
  ]);
});

describe('signs, scans and reports', () => {
  itUnderlines([
    ['Straight leg raise positive on the left at 40 degrees.', 'positive-result'],
    ['Kernig’s sign is positive, so a lumbar puncture is planned.', 'positive-result'],
    ['The CT was negative, so the drain was not needed.', 'negative-result'],
    ['Routine bloods and ECG unremarkable before the operation.', 'unremarkable'],
    ['Gastroscopy unremarkable apart from mild gastritis.', 'unremarkable'],
    ['A 2 cm mass was seen in the tail of the pancreas.', 'mass'],
    ['A firm mass at the tongue base was biopsied in clinic.', 'mass'],
    ['A tender swelling over the lower jaw, likely from a tooth abscess.', 'tenderness'],
    ['CT staging showed no spread beyond the lymph nodes.', 'staging'],
    ['The staging scan found no spread to the liver.', 'staging'],
    ['Staging of the melanoma included a scan of the chest and abdomen.', 'staging'],
    ['Neck nodes were biopsied and a PET-CT was done to find an unknown primary.', 'cancer-of-unknown-primary'],
  ]);
  itChoosesSense([
    ["Murphy's sign was positive on examination of the right upper abdomen.", 'positive', 'sign found on examination'],
    ['Her HIV test was positive last spring.', 'positive', 'test found what it looked for'],
  ]);
  itSkips([
    ['Push the code to the staging server before the release.', 'staging'],
    ['The army used the port as a staging post.', 'staging'],
    ['The theatre company took a year over the staging of the opera.', 'staging'],
    ['There is an unknown primary school in the next village.', 'cancer-of-unknown-primary'],
    ['The upgrade threw an unknown primary key error.', 'cancer-of-unknown-primary'],
    ['An unknown primary challenger beat the senator.', 'cancer-of-unknown-primary'],
    ['The mass was said in Latin at the cathedral.', 'mass'],
    ['The tender for the new network node closed on Friday.', 'tenderness'],
    ['The photo archive holds boxes of old negatives and a collection of prints.', 'negative-result'],
  ]);
});

describe('ward notes: oxygen, stability, eating and the operating list', () => {
  itUnderlines([
    ['Saturating 95% on room air and breathing comfortably.', 'saturating'],
    ['Now saturating 92% on 2 L/min via nasal cannula.', 'saturating'],
    ['Neurologically stable through the night with no new weakness.', 'stable'],
    ['Her saturations have been stable on low-flow oxygen.', 'stable'],
    ['Went home after she passed urine and tolerated tea and toast.', 'tolerating'],
    ['The new tablet is well tolerated, with no stomach upset so far.', 'tolerating'],
    ['She is second on the morning list, so she can have a light breakfast at 6am.', 'operating-list'],
  ]);
  itSkips([
    ['Cheap phones kept saturating the market.', 'saturating'],
    ['Keep saturating the sponge with water until it drips.', 'saturating'],
    ['Bubble oxygen through the tank, saturating the water for the fish.', 'saturating'],
    ['The council will not tolerate rudeness; tea and toast are served at the meeting.', 'tolerating'],
    ['The afternoon list of speakers included a talk over a light breakfast.', 'operating-list'],
    ['Oil prices were stable overnight after the news.', 'stable'],
  ]);
});

describe('bowels, heads and eyes', () => {
  itUnderlines([
    ['Straining on the toilet can lead to piles.', 'straining'],
    ['He has been straining to pass urine for months.', 'straining'],
    ['Stools should be soft and formed, type 3 or 4 on the Bristol stool chart.', 'stool'],
    ['The right pupil was larger, so the neurosurgeon was called.', 'pupil'],
    ['He hit his temple on the door frame with a short loss of consciousness.', 'temple'],
    ['Her first generalized seizure happened at work.', 'seizure'],
    ['A generalised seizure lasting a minute was seen by her husband.', 'seizure'],
  ]);
  itSkips([
    ['Strain the pasta, straining off the water into the sink.', 'straining'],
    ['She was straining to hear the speaker over the crowd.', 'straining'],
    ['The rope was straining under the weight of the boat.', 'straining'],
    ['Straining the stock through a sieve keeps the soup clear.', 'straining'],
    ['Put the bar stool back in the kitchen.', 'stool'],
    ['The Hindu temple on the right is the oldest in the town.', 'temple'],
    ['The pupil left the classroom early.', 'pupil'],
  ]);
});

describe('mental health notes', () => {
  itUnderlines([
    ['She was sectioned last year when she became paranoid and stopped sleeping.', 'sectioned'],
    ['Speech is pressured and hard to interrupt.', 'pressured-speech'],
    ['Mood objectively elevated, with grandiose plans to buy a hotel.', 'elevated'],
    ['Insight is poor; he feels he is not unwell and refuses his depot.', 'clinical-insight'],
    ['After discharge from the crisis team, she saw her care coordinator weekly.', 'discharge'],
    ['Serum lithium was checked along with TFTs and U&Es.', 'lithium'],
    ['He has had shingles twice, and his immune system is weak from the treatment.', 'shingles'],
  ]);
  itChoosesSense([
    ['Mood has been elevated all week, with little sleep and racing thoughts.', 'elevated', 'mood much higher than usual'],
    ['Her liver enzymes were elevated on the last blood test.', 'elevated', 'test value higher than normal'],
  ]);
  itSkips([
    ['The elevated train runs above the street with a grandiose view of the city.', 'elevated'],
    ['The house stands on an elevated site with views over the bay.', 'elevated'],
    ['Her insight into the market was limited, but the report was useful.', 'clinical-insight'],
    ['Lithium prices fell as mining output rose.', 'lithium'],
    ['The lithium level in the brine was higher than expected at the new mine.', 'lithium'],
    ['The roof shingles blew off in the storm.', 'shingles'],
    ['The sectioned grapefruit was served at breakfast.', 'sectioned'],
  ]);
});

describe('other senses on health pages', () => {
  itSkipsOnHealthPages([
    ['Her acute eye for detail made her a fine proofreader.', 'acute'],
    ['He has an acute ear for accents.', 'acute'],
    ['The caldera depression filled with water after the eruption.', 'depression'],
    ['A summit depression formed as the lava drained away.', 'depression'],
    ['Each coral polyp builds a hard cup of limestone.', 'polyp'],
    ['At dusk the polyps extend their arms to feed.', 'polyp'],
  ]);
});

describe('review: cue words that also stand in the other senses', () => {
  itUnderlines([
    ['Straining to pass hard stools can cause small tears.', 'straining'],
    ['An elevated mood that lasts a week is a sign of a manic episode in bipolar disorder.', 'elevated'],
  ]);
  itUnderlinesOnHealthPages([['Two polyps extend from the bowel wall into the lumen.', 'polyp']]);
  itSkips([
    ['The shelves were straining under piles of books.', 'straining'],
    ['Standing on a stool, she was straining to reach the top shelf.', 'straining'],
    ['The strike left pupils without teachers for a week.', 'pupil'],
    ['Blisters on your roof shingles mean the shingles are failing.', 'shingles'],
    ['The earthquake knocked out power to the temple for two days.', 'temple'],
    ['Temple were knocked out of the tournament in the second round.', 'temple'],
    ['Lithium carbonate prices fell 20% this quarter as battery demand slowed.', 'lithium'],
    ['Lithium mania has gripped mining investors this year.', 'lithium'],
    ['AI mania has pushed valuations to elevated levels not seen since 2000.', 'elevated'],
    ['Euphoric investors have pushed valuations to elevated levels.', 'elevated'],
    ['Manic buying left prices elevated for weeks.', 'elevated'],
    ['Exercise releases endorphins that lead to an elevated mood.', 'elevated'],
    ['The carrier set up a helpline for affected family members after the crash.', 'affected-relative'],
    ['Liver biopsy remains the gold standard for staging fibrosis.', 'staging'],
    ['Beta-cell mass in the pancreas falls in type 2 diabetes.', 'mass'],
    ['Islet mass in the pancreas was measured after transplant.', 'mass'],
    ['Negative familial relationships shape a child’s behaviour.', 'negative-result'],
    ['Colour saturations are stable across the whole screen.', 'stable'],
    ['Free speech pressured on campuses, report finds.', 'pressured-speech'],
    ['Brazil lifted the World CUP after an unknown primary scorer’s goal.', 'cancer-of-unknown-primary'],
  ]);
});
