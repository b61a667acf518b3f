/**
 * Words of heart amyloid and heart-muscle clinics, pancreas surgery, deep brain stimulation,
 * fistula surgery, brittle bone disease and falls clinics (round 57, writer 31), each tried
 * against the other senses its words have on ordinary pages: a telescopic curtain rod, a
 * running track, social mobility, a packing list, a film screening, a golf leaderboard.
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('results words with new cue words', () => {
  itUnderlines([
    ['Echo and NT-proBNP stable since the spring, so the dose stays the same.', 'stable'],
    ['The lesions on her arm look stable on the clinical photographs.', 'stable'],
    ['Curve stable at 31 degrees on the standing film.', 'stable'],
    ['Your patch test was positive to fragrance mix.', 'positive-result'],
    ['The DPD bone scan was positive, in keeping with heart amyloid.', 'positive-result'],
    ['All the patch tests were negative at the day 4 reading.', 'negative-result'],
    ['Serum immunofixation negative, with a normal light chain ratio.', 'negative-result'],
    ['A further episode of chest tightness woke him at 3am.', 'illness-episode'],
    ['One episode of aspiration during the swallow study.', 'illness-episode'],
    ['She had an episode of confusion with the kidney infection.', 'illness-episode'],
    ['Family members are offered screening with an ECG every few years.', 'screening'],
    ['Severe dehydration can lead to shock within hours in young children.', 'shock'],
    ['The scope found a narrowing of the bile duct and a stent was put in.', 'scope'],
    ['A leak from the join to the pancreas showed up on the CT on day five.', 'anastomotic-leak'],
    ['The drain fluid was sent for pancreatic enzyme levels.', 'surgical-drain'],
    ['Heavy shedding began a few months after giving birth.', 'hair-shedding'],
    ['The hilar lymph nodes have resolved on the repeat chest x-ray.', 'resolve'],
    ['Background mucosa unremarkable; no dysplasia.', 'unremarkable'],
    ['Retained products are seen in the uterine cavity on ultrasound.', 'rpoc'],
    ['The scan confirms the miscarriage is complete.', 'complete-miscarriage'],
    ['RPOC seen on the transvaginal scan.', 'rpoc'],
    ['The wound was cleaned and the packing changed daily.', 'wound-packing'],
    ['All margins clear and the lymph nodes free of cancer.', 'clear-margins'],
    ['The nurse will carry on packing the abscess cavity with ribbon gauze.', 'wound-packing'],
    ['Good news: the cancer has not spread to the bones.', 'metastasis'],
  ]);
  itSkips([
    ['Share prices stayed stable compared with last year.', 'stable'],
    ['The yield curve was flat, and prices remained stable.', 'stable'],
    ['The feedback was positive after the team tested the new app.', 'positive-result'],
    ['The file tested positive on 12 of 60 antivirus engines.', 'positive-result'],
    ['The bone scan of the old car engine found no cracks.', 'positive-result'],
    ['Tonight’s episode of the drama has a twist at the end.', 'illness-episode'],
    ['The film screening starts at eight in the town hall.', 'screening'],
    ['The price rise came as a shock to buyers.', 'shock'],
    ['The scope of the project has grown since spring.', 'scope'],
    ['A gas leak closed the road for three hours.', 'anastomotic-leak'],
    ['Unblock the drain in the kitchen sink with hot water.', 'surgical-drain'],
    ['The dog is shedding after giving birth to her puppies.', 'hair-shedding'],
    ['The two countries resolved the border dispute last year.', 'resolve'],
    ['The hotel was clean but unremarkable.', 'unremarkable'],
    ['Profit margins clear 20 percent in a good year.', 'clear-margins'],
    ['I am packing for the trip and need a packing list.', 'wound-packing'],
    ['The rumour has spread across the town.', 'metastasis'],
    ['The retailer retained products with high margins and dropped the rest.', 'rpoc'],
    ['rpoc seen on scan.', 'rpoc'],
    ['Rpoc seen on scan.', 'rpoc'],
    ['The rpoC gene mutation gives rifampicin resistance.', 'rpoc'],
    ['Yield curve stable as markets await the Fed.', 'stable'],
    ['After the party wound down we started packing.', 'wound-packing'],
    ['He wound up packing his bags and leaving.', 'wound-packing'],
    ['Old wounds reopened as the club was sent packing.', 'wound-packing'],
    ['Packing your hospital bag: pads for your caesarean wound.', 'wound-packing'],
    ['After giving birth, the womb lining keeps shedding for weeks.', 'hair-shedding'],
  ]);
  itSkipsOnHealthPages([
    ['He finished the round one stroke ahead of the rest of the field.', 'stroke'],
  ]);
  itUnderlinesOnHealthPages([
    ['She had a stroke ahead of her hip operation.', 'stroke'],
  ]);
});

describe('deep brain stimulation and Parkinson’s', () => {
  itUnderlines([
    ['His response to the levodopa challenge was strong.', 'levodopa-challenge'],
    ['He is stiff and slow in his off periods before the first dose of the day.', 'off-period'],
    ['Off time has shortened since the levodopa dose was split.', 'off-period'],
    ['A stereotactic frame is fitted on the morning of the operation.', 'stereotactic-frame'],
  ]);
  itSkips([
    ['The team had an off period in the middle of the season.', 'off-period'],
    ['We need some off time after the busy week at work.', 'off-period'],
    ['The duty cycle is the on time divided by the on time plus the off time.', 'off-period'],
    ['Trains ran on time, and I had some off time in the afternoon.', 'off-period'],
    ['The picture frame hangs above the fireplace.', 'stereotactic-frame'],
  ]);
});

describe('bones, movement and strength', () => {
  itUnderlines([
    ['A telescopic rod was placed in the femur to correct the bowing.', 'telescopic-rod'],
    ['She had a Fassier-Duval rod put in at age four.', 'telescopic-rod'],
    ['Sensation and power in both legs are back to normal.', 'muscle-power'],
    ['Power in the left arm is graded 4/5 on the MRC scale.', 'muscle-power'],
    ['His mobility has improved and he now walks short distances with crutches.', 'mobility'],
    ['Mobility is limited since the hip fracture; she uses a walking frame.', 'mobility'],
  ]);
  itSkips([
    ['A telescopic rod for the curtains fits windows up to two metres.', 'telescopic-rod'],
    ['My telescopic fishing rod fits in a backpack.', 'telescopic-rod'],
    ['The storm cut the power to the whole street.', 'muscle-power'],
    ['Power in both legs of the relay team made the difference.', 'muscle-power'],
    ['The car switched to reduced power mode when the battery ran low.', 'muscle-power'],
    ['Social mobility has stalled in the north, with falls in wages.', 'mobility'],
    ['The city plans new mobility services with electric bikes.', 'mobility'],
    ['Plyometric training builds muscle power in older adults.', 'muscle-power'],
    ['Shoulder mobility exercises from the physio help after a fall.', 'mobility'],
  ]);
});

describe('fistula surgery', () => {
  itUnderlines([
    ['The fistula track was found on MRI.', 'fistula-tract'],
    ['A seton was placed because the track crosses much of the sphincter.', 'fistula-tract'],
  ]);
  itSkips([
    ['The running track is open to the public at weekends.', 'fistula-tract'],
    ['Keep track of your seton checks in a diary.', 'fistula-tract'],
    ['Recovery after the fistula surgery is on track.', 'fistula-tract'],
    ['Use the app to track symptoms of Crohn’s disease.', 'fistula-tract'],
    ['Keep a track of your flares if you have Crohn’s.', 'fistula-tract'],
    ['Crohn’s can affect any part of the GI track.', 'fistula-tract'],
    ['Crohn’s disease can affect the whole digestive track.', 'fistula-tract'],
    ['Crohn’s patients follow a separate track in the trial.', 'fistula-tract'],
    ['Needle tracks were seen near the abscess and the fistula.', 'fistula-tract'],
  ]);
});
