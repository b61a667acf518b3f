/**
 * Letters and words of four settings a blind set asked for: the eye clinic (AC, POAG, RD, DR, the
 * lens capsule, flashes of light, a sluggish pupil), sport and children's surgery (HIA, MCL, PCS,
 * CDH, TOF, NPO, a knock to the head, a below-knee cast, a perforated appendix), haematology (DLBCL,
 * SCT, MRD, MCL, a chemotherapy drip) and TB services (DOT, TST, AFB, a lung cavity, consumption as
 * the old name of TB), and hospital transport (PTS). Each is tried against the other meanings its
 * letters, aliases and cue words have in ordinary text: air conditioning, doctors and roads, airports,
 * air force bases, transport departments, points tables, sensors, insulation, time capsules, coffee,
 * energy use, cameras, and the idioms of "a blow to" and "knock it on the head".
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

describe('eye clinic letters', () => {
  itUnderlines([
    ['Slit lamp: AC quiet, no cells, cornea clear after the cataract operation.', 'ac-anterior-chamber'],
    ['Hyphaema of 2 mm and a shallow AC after the squash ball injury.', 'ac-anterior-chamber'],
    ['Known POAG on latanoprost, pressures in the mid-teens.', 'poag'],
    ['Her father went blind from primary open-angle glaucoma.', 'poag'],
    ['Macula-on RD in the left eye, booked for vitrectomy tomorrow.', 'rd-retinal-detachment'],
    ['New floaters for two days; dilated exam to rule out RD.', 'rd-retinal-detachment'],
    ['Background DR in both eyes at his retinal photographs, so yearly screening continues.', 'dr-diabetic-retinopathy'],
    ['Proliferative DR treated with panretinal laser in 2024.', 'dr-diabetic-retinopathy'],
    ['A rent in the posterior capsule meant the IOL went in the sulcus.', 'lens-capsule'],
    ['The new lens sits in the capsular bag.', 'lens-capsule'],
    ['Haze of the posterior capsule after cataract surgery is cleared with a YAG laser.', 'lens-capsule'],
    ['Sudden flashes of light and new floaters can mean a retinal tear.', 'flashes-of-light'],
    ['Photopsia in the right eye for a week.', 'flashes-of-light'],
    ['The right pupil was slow to react, with an afferent defect on the swinging torch test.', 'pupil'],
  ]);
  itSkips([
    ['Turn the AC down before you go to bed.', 'ac-anterior-chamber'],
    ['The car has AC, cruise control and heated seats.', 'ac-anterior-chamber'],
    ['AC Milan won 2-0 at the San Siro.', 'ac-anterior-chamber'],
    ['Use an AC adapter rated for 240 volts.', 'ac-anterior-chamber'],
    ['Turn left onto STATION RD after the bridge.', 'rd-retinal-detachment'],
    ['The band played an RD session at the club.', 'rd-retinal-detachment'],
    ['Fighting in the east of DR Congo has displaced thousands.', 'dr-diabetic-retinopathy'],
    ['Our DR plan restores the servers within four hours of an outage.', 'dr-diabetic-retinopathy'],
    ['The museum buried a time capsule under the square.', 'lens-capsule'],
    ['She has a tight posterior capsule in her shoulder, so the physio stretches it.', 'lens-capsule'],
    ['Flashes of light lit up the sky as the storm came closer.', 'flashes-of-light'],
    ['Camera flashes went off as she walked the red carpet.', 'flashes-of-light'],
    ['The pupil was sluggish all morning and did not finish the worksheet.', 'pupil'],
  ]);
  itSkipsOnHealthPages([
    ['The clinic waiting room has AC and free water.', 'ac-anterior-chamber'],
    ['Our practice moved to 14 Mill RD in March.', 'rd-retinal-detachment'],
    ['Photographers took flashes of light readings before the shoot.', 'flashes-of-light'],
    ['Reviewed by Jane Doe, MS, RD: how floaters change with age.', 'rd-retinal-detachment'],
    ['Sam Ray, RD, explains lutein and the retina.', 'rd-retinal-detachment'],
  ]);
});

describe('sport and children\'s surgery letters', () => {
  itUnderlines([
    ['The winger went off for an HIA after a head knock and did not return.', 'hia-head-injury-assessment'],
    ['He passed the HIA screen and came back on after twelve minutes.', 'hia-head-injury-assessment'],
    ['Grade 1 MCL tear after a valgus twist of the knee.', 'mcl'],
    ['MCL on ibrutinib since 2023, nodes smaller on the last scan.', 'mcl'],
    ['Three months after the concussion he still has PCS with daily headaches.', 'pcs-post-concussion-syndrome'],
    ['PCS with dizziness; vestibular rehab booked.', 'pcs-post-concussion-syndrome'],
    ['Right-sided CDH seen on the 20-week scan, with liver in the chest.', 'cdh'],
    ['CDH repaired on day 3; weaning off ECMO went well.', 'cdh'],
    ['Oesophageal atresia with distal TOF; Replogle tube on suction.', 'tof'],
    ['TOF repair at 6 months; pulmonary stenosis relieved.', 'tof'],
    ['Keep her NPO; clear fluids are allowed until two hours before the operation.', 'npo'],
    ['He took a knock to the head in the tackle and looked dazed.', 'knock-to-the-head'],
    ['A blow to the head can cause a concussion even without being knocked out.', 'knock-to-the-head'],
    ['She had a bump on the head from the fall but no other injury.', 'knock-to-the-head'],
    ['He is in a below-knee cast and will move to a walking boot at six weeks.', 'cast'],
    ['At surgery the appendix was perforated, with pus in the pelvis.', 'appendix'],
  ]);
  itChoosesSense([
    ['Partial MCL tear; hinged knee brace for six weeks.', 'MCL', 'medial collateral ligament (inner knee or elbow)'],
    ['MCL in remission after rituximab and bendamustine.', 'MCL', 'mantle cell lymphoma (a blood cancer)'],
    ['TOF with a VSD and a loud murmur on the echo.', 'TOF', 'tetralogy of Fallot (heart defect from birth)'],
    ['Frothy drooling at birth; the NG tube coiled, confirming TOF.', 'TOF', 'tracheo-oesophageal fistula (windpipe and food pipe link)'],
    ['TOF ratio above 0.9 before the breathing tube is removed.', 'TOF', 'train-of-four (nerve test during anaesthesia)'],
    ['TOF 4/4 after sugammadex, so the tube was removed.', 'TOF', 'train-of-four (nerve test during anaesthesia)'],
  ]);
  itListsMeanings([
    ['Follow-up at the MCL clinic on Tuesday.', 'MCL'],
    ['The baby was born with TOF and is doing well.', 'TOF'],
  ]);
  itSkips([
    ['Flights from Doha HIA to London leave twice a day.', 'hia-head-injury-assessment'],
    ['Lions HIA match report: a big win in Durban.', 'hia-head-injury-assessment'],
    ['The MCL T20 season opens in Dallas.', 'mcl'],
    ['Order 50 PCS of the bolts for the shelf.', 'pcs-post-concussion-syndrome'],
    ['His PCS orders came through and the family moves to Germany in June.', 'pcs-post-concussion-syndrome'],
    ['CDH Investments led the funding round.', 'cdh'],
    ['The phone uses a TOF sensor for depth in portrait mode.', 'tof'],
    ['The NPO runs a food bank and a youth club.', 'npo'],
    ['Losing the final was a blow to the head coach.', 'knock-to-the-head'],
    ['The defeat was a blow to the head of state.', 'knock-to-the-head'],
    ['The scandal was a blow to the head of the family.', 'knock-to-the-head'],
    ['You have hit the nail bang on the head.', 'knock-to-the-head'],
    ['The cast of the new film met the press in Cannes.', 'cast'],
    ['Full references are given in the appendix of the report.', 'appendix'],
  ]);
  itSkipsOnHealthPages([
    ['Set the TOF camera to 30 frames per second for the gait lab.', 'tof'],
    ['3D TOF angiography showed no aneurysm.', 'tof'],
    ['The HIA terminal has a pharmacy on the departures level.', 'hia-head-injury-assessment'],
  ]);
  itLeavesWordPlain([
    ['If the plan fails, we will knock it on the head and start again.', 'knock'],
  ]);
});

describe('haematology letters', () => {
  itUnderlines([
    ['DLBCL of the stomach, stage IIE, starting R-CHOP next week.', 'dlbcl'],
    ['He was treated for diffuse large B-cell lymphoma in 2022.', 'dlbcl'],
    ['Allogeneic SCT from a matched sibling; mild skin GVHD at day 40.', 'sct'],
    ['SCT confirmed on newborn screening; both parents were offered testing.', 'sct'],
    ['MRD-negative remission after two cycles, so no transplant is planned.', 'mrd'],
    ['MRD in the marrow was 0.05% at the end of induction for his leukaemia.', 'mrd'],
    ['She will have rituximab on the drip in the day unit.', 'drip'],
  ]);
  itUnderlines([
    ['Melphalan then autologous SCT for myeloma.', 'sct'],
    ['Sickle cell screening: SCT (HbAS), no further action.', 'sct'],
  ]);
  // Review 2: SCT is also sacrococcygeal teratoma, sluggish cognitive tempo and social cognitive
  // theory on health pages, so it has no senses (which would list two meanings there) and needs a cue.
  itSkipsOnHealthPages([
    ['Children with SCT often seem dreamy and slow to respond, unlike those with ADHD.', 'sct'],
    ['The intervention was based on SCT and targeted self-efficacy for exercise.', 'sct'],
    ['A large SCT was seen on the fetal scan at 20 weeks.', 'sct'],
  ]);
  itChoosesSense([
    ['Apex beat in the 5th ICS at the MCL.', 'MCL', 'midclavicular line (a line down the chest)'],
    ['The MCL for arsenic in drinking water is 10 ppb.', 'MCL', 'maximum contaminant level (drinking water limit)'],
    ['The pitcher had an MCL tear in the elbow.', 'MCL', 'medial collateral ligament (inner knee or elbow)'],
  ]);
  itSkips([
    ['The SCT Logistics train left Melbourne for Perth.', 'sct'],
    ['MRD Holdings posted a profit for the year.', 'mrd'],
    ['Drip coffee takes about five minutes to brew.', 'drip'],
    ['The tap kept a slow drip all night.', 'drip'],
  ]);
});

describe('TB service and hospital transport letters', () => {
  itUnderlines([
    ['DOT five days a week by the TB nurse, since she missed doses in the first month.', 'dot-directly-observed-therapy'],
    ['Video DOT through the phone app for his rifampicin and isoniazid.', 'dot-directly-observed-therapy'],
    ['TST read at 48 hours: 15 mm induration.', 'tst'],
    ['A positive TST in a BCG-vaccinated adult needs an IGRA.', 'tst'],
    ['Three AFB smears were negative and the culture is pending.', 'afb'],
    ['AFB culture grew Mycobacterium avium, not TB.', 'afb'],
    ['Chest X-ray: a cavity in the left upper lobe, typical of TB.', 'dental-cavity'],
    ['Tuberculosis was called consumption in Victorian times.', 'consumption'],
    ['The poet died of consumption at the age of 25.', 'consumption'],
    ['In the 1800s many consumptives went to sanatoria, and consumption killed one in seven.', 'consumption'],
    ['Call the PTS booking line to arrange a car to your dialysis.', 'pts-patient-transport'],
    ['PTS is for people whose health means they cannot travel by other means, not for emergencies: non-emergency patient transport.', 'pts-patient-transport'],
  ]);
  itChoosesSense([
    ['Thick-walled cavity on CT with sputum positive for TB.', 'cavity', 'lung cavity (hollow in the lung)'],
    ['The dentist found a cavity in a back tooth and put in a filling.', 'cavity', 'tooth cavity (hole from tooth decay)'],
  ]);
  itSkips([
    ['The DOT fined the trucking firm for logbook errors.', 'dot-directly-observed-therapy'],
    ['Put a DOT on the map where you live.', 'dot-directly-observed-therapy'],
    ['Flights leave TST for Bangkok every morning.', 'tst'],
    ['He was posted to Lackland AFB in Texas.', 'afb'],
    ['The team sits on 42 PTS after the win at home.', 'pts-patient-transport'],
    ['Energy consumption fell by 8% last year.', 'consumption'],
    ['Alcohol consumption in the region has dropped since 2010.', 'consumption'],
    ['Spending by households is called consumption.', 'consumption'],
    ['Hunting and fishing are consumptive uses of wildlife.', 'consumption'],
    ['Cavitation forms a vapour cavity in the pump impeller.', 'dental-cavity'],
    ['Thin-walled parts need a well-vented mould cavity.', 'dental-cavity'],
    ['Fill the cavity wall with insulation to cut heating bills.', 'dental-cavity'],
  ]);
  itSkipsOnHealthPages([
    ['A DOT physical is needed for a commercial driving licence.', 'dot-directly-observed-therapy'],
    ['Raw milk consumption can spread bovine tuberculosis.', 'consumption'],
    ['Three people died from consumption of contaminated shellfish.', 'consumption'],
    ['Consumptive coagulopathy is seen in DIC.', 'consumption'],
    ['Fluid in the pleural cavity can press on the lung lobe.', 'dental-cavity'],
    ['The lungs sit in the chest cavity, protected by the ribs.', 'dental-cavity'],
    ['Fewer PTS were scored by the hospital team this season.', 'pts-patient-transport'],
  ]);
});
