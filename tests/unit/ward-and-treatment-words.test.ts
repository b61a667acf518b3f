/**
 * Everyday words with a medical sense on oncology, stroke, heart, children's, pharmacy, TB-clinic
 * and New Zealand and South African pages that had no card (set 13): new entries, cue words and
 * fences, each tried against the ordinary senses of its words (sport, money, places, software,
 * school, law, cooking, music, everyday speech).
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('cancer treatment talk', () => {
  itUnderlines([
    ['Her third cycle of chemo was put back a week because of an infection.', 'chemotherapy-cycle'],
    ['Each cycle of R-CHOP lasts three weeks.', 'chemotherapy-cycle'],
    ['After two cycles the oncologist will repeat the scan.', 'chemotherapy-cycle'],
    ['Radiotherapy is given in 15 fractions, one each weekday.', 'radiotherapy-fraction'],
    ['Each fraction of radiation takes about ten minutes on the machine.', 'radiotherapy-fraction'],
    ['She had stereotactic treatment in five fractions of 8 Gy.', 'radiotherapy-fraction'],
    ['Your counts usually drop about ten days after chemo.', 'blood-count'],
    ['The nurse checked her counts before the next dose of chemotherapy.', 'blood-count'],
    ['Low blood counts can make you tired and prone to infection.', 'blood-count'],
    ['Doctors said the tumour was aggressive and started treatment at once.', 'aggressive-cancer'],
    ['Burkitt lymphoma is one of the most aggressive cancers in children.', 'aggressive-cancer'],
    ['The biopsy showed an aggressive form of prostate cancer.', 'aggressive-cancer'],
    ['He spent five weeks in hospital for induction chemotherapy.', 'induction-chemotherapy'],
    ['Remission induction is the first phase of treatment for leukemia.', 'induction-chemotherapy'],
    ['She has secondaries in her liver from the bowel cancer.', 'secondary-cancer'],
    ['Neutropenic sepsis is an emergency in anyone having chemotherapy.', 'febrile-neutropenia'],
  ]);
  itUnderlinesOnHealthPages([
    ['Chemo is given on day 1. The next cycle starts three weeks later if your bloods are fine.', 'chemotherapy-cycle'],
    ['She is halfway through consolidation after reaching remission.', 'consolidation'],
  ]);
  itChoosesSense([
    ['The biopsy came back positive for melanoma.', 'positive', 'cancer found in a biopsy, lymph nodes or margins'],
    ['Her home COVID test was positive this morning.', 'positive', 'test found what it looked for'],
    ['After induction chemotherapy for AML she moved on to consolidation.', 'consolidation', 'cancer treatment given after remission'],
    ['The chest X-ray showed consolidation in the right lower lobe.', 'consolidation', 'lung area filled with fluid or cells (on a scan)'],
  ]);
  itSkips([
    ['The charity cycle ride raised money for cancer research.', 'chemotherapy-cycle'],
    ['Chemo can make your monthly cycle stop for a while.', 'chemotherapy-cycle'],
    ['Cancer cells divide because the cell cycle is out of control.', 'chemotherapy-cycle'],
    ['The news cycle moved on before the cancer charity could reply.', 'chemotherapy-cycle'],
    ['Only a fraction of patients needed radiotherapy again.', 'radiotherapy-fraction'],
    ['Children learn to add fractions in year four.', 'radiotherapy-fraction'],
    ['Convert the fraction to a decimal before you divide.', 'radiotherapy-fraction'],
    ['The striker was charged on three counts of assault.', 'blood-count'],
    ['Pollen counts are high today, so take your hay fever tablets.', 'blood-count'],
    ['Every vote counts in a close election.', 'blood-count'],
    ['In a stroke every minute counts, so call an ambulance.', 'blood-count'],
    ['The dog became aggressive towards visitors.', 'aggressive-cancer'],
    ['Aggressive driving causes many crashes.', 'aggressive-cancer'],
    ['The firm took an aggressive approach to cutting costs.', 'aggressive-cancer'],
    ['Some families choose less aggressive treatment near the end of life with cancer.', 'aggressive-cancer'],
    ['Primaries and secondaries in the district closed for the snow.', 'secondary-cancer'],
    ['The company went through a period of consolidation and cost-cutting.', 'consolidation'],
  ]);
  itSkipsOnHealthPages([
    ['Sleep helps memory consolidation in children.', 'consolidation'],
    ['Cancer cells ignore the normal checks of the cell cycle.', 'chemotherapy-cycle'],
    ['Melatonin helps control the sleeping and waking cycle.', 'chemotherapy-cycle'],
    ['A fraction of people with the gene never develop symptoms.', 'radiotherapy-fraction'],
    ['He showed aggressive behaviour towards the nurses.', 'aggressive-cancer'],
  ]);
});

describe('stroke and neurology notes', () => {
  itUnderlines([
    ['Came in with slurred speech and facial droop, and was still within the treatment window.', 'treatment-window'],
    ['Clot-busting medicine must be given within a short window after a stroke begins.', 'treatment-window'],
    ['There is a narrow time window for thrombolysis.', 'treatment-window'],
    ['MRI showed an infarct in the MCA territory.', 'vascular-territory'],
    ['The stroke affected the territory of the left posterior cerebral artery.', 'vascular-territory'],
    ['Watershed infarcts lie between two vascular territories.', 'vascular-territory'],
    ['After her stroke she has neglect of the left side and misses food on that side of the plate.', 'hemispatial-neglect'],
    ['Hemispatial neglect is common after right hemisphere stroke.', 'hemispatial-neglect'],
    ['Left-sided neglect makes dressing hard for him.', 'hemispatial-neglect'],
    ['She woke with slurred speech and was last seen well at 11 pm.', 'last-known-well'],
    ['Time last known well is used to decide on thrombolysis.', 'last-known-well'],
    ['He was admitted to the stroke unit for monitoring.', 'stroke-unit'],
    ['She had a thrombectomy to remove the clot from her brain.', 'thrombectomy'],
    ['Mechanical thrombectomy can be done up to 24 hours after a stroke in some people.', 'thrombectomy'],
    ['He failed his swallow screen, so he is nil by mouth.', 'swallow-screen'],
    ['She is on thickened fluids after her stroke.', 'thickened-liquids'],
    ['Increased tone in the left leg makes walking stiff after a stroke.', 'muscle-tone'],
    ['Tone was raised at the elbow and wrist, with brisk reflexes.', 'muscle-tone'],
    ['The crash team arrived on the ward within two minutes of the call.', 'crash-team'],
    ['Presented with two days of fever and a new rash.', 'present-with'],
    ['Children with appendicitis often present with pain that moves to the lower right side and vomiting.', 'present-with'],
    ['She presented to A&E and presented with chest pain and palpitations.', 'present-with'],
  ]);
  itSkips([
    ['Open a window to let fresh air in.', 'treatment-window'],
    ['The January transfer window closes on Friday.', 'treatment-window'],
    ['Close the browser window when the update finishes.', 'treatment-window'],
    ['After a stroke, some people find it hard to open a window.', 'treatment-window'],
    ['Troops moved deeper into enemy territory.', 'vascular-territory'],
    ['The Northern Territory has its own health department.', 'vascular-territory'],
    ['The talks took both sides into uncharted territory.', 'vascular-territory'],
    ['The fox defends its territory from other foxes.', 'vascular-territory'],
    ['Child neglect and abuse must be reported to social services.', 'hemispatial-neglect'],
    ['Years of neglect left the old stroke ward building in poor shape.', 'hemispatial-neglect'],
    ['The council was criticised for neglect of the park.', 'hemispatial-neglect'],
    ['The missing walker was last seen well on Sunday morning.', 'last-known-well'],
    ['Her tone of voice changed when she talked about the stroke.', 'muscle-tone'],
    ['The speech set the tone for the campaign.', 'muscle-tone'],
    ['She was presented with an award for her work on stroke care.', 'present-with'],
    ['Patients were presented with information about each treatment.', 'present-with'],
    ['Being present with your children matters more than gifts.', 'present-with'],
    ['The mayor presented the winners with their medals.', 'present-with'],
  ]);
  itSkipsOnHealthPages([
    ['Mindfulness teaches you to be present with your feelings.', 'present-with'],
    ['If infection is present with the rash, antibiotics may be used.', 'present-with'],
    ['Residents of US territories can also join the program.', 'vascular-territory'],
    ['Abuse or neglect of an older person can happen at home.', 'hemispatial-neglect'],
    ['Keep the window open at night if the room gets hot.', 'treatment-window'],
  ]);
});

describe('heart and resuscitation', () => {
  itUnderlines([
    ['She went into arrest on the ward and CPR was started.', 'cardiac-arrest'],
    ['He had a VF arrest and was shocked twice before ROSC.', 'cardiac-arrest'],
    ['A bystander used the defibrillator during his arrest at the gym.', 'cardiac-arrest'],
    ['The pacemaker lead was checked at the device clinic.', 'pacemaker-lead'],
    ['One of the ICD leads had fractured and needed replacing.', 'pacemaker-lead'],
    ['The crash team arrived within two minutes and started CPR.', 'crash-team'],
    ['The resuscitation team was called to bed 4.', 'crash-team'],
  ]);
  itChoosesSense([
    ['Pacing helped me manage my fatigue after long covid.', 'Pacing', 'managing activity and rest to avoid flare-ups'],
    ['Temporary pacing was needed for complete heart block.', 'pacing', 'a pacemaker setting the heart rate'],
  ]);
  itUnderlines([
    ['Activity pacing is a key part of managing ME/CFS.', 'pacing'],
    ['Pacing helps me avoid post-exertional malaise.', 'pacing'],
  ]);
  itSkips([
    ['Police made an arrest after the car park fight.', 'cardiac-arrest'],
    ['A police crash team examined the scene of the collision.', 'crash-team'],
    ['The arrest team raided the flat at dawn.', 'crash-team'],
    ['He was placed under arrest and given CPR training later.', 'cardiac-arrest'],
    ['The mayor was put under house arrest.', 'cardiac-arrest'],
    ['Drugs that arrest the growth of tumours are being tested.', 'cardiac-arrest'],
    ['The team will lead the league if they win on Saturday.', 'pacemaker-lead'],
    ['Old paint may contain lead.', 'pacemaker-lead'],
    ['Put the dog on its lead near the road.', 'pacemaker-lead'],
    ['He was pacing up and down outside the cardiology ward.', 'pacing'],
    ['The film has slow pacing in the second half.', 'pacing'],
    ['A crash in the energy market hit prices.', 'pacing'],
  ]);
  itSkipsOnHealthPages([
    ['People with dementia may start pacing the room at night.', 'pacing'],
    ['Heart block can lead to fainting.', 'pacemaker-lead'],
    ['A 12-lead ECG was done in the ambulance.', 'pacemaker-lead'],
  ]);
});

describe('babies, children and parents', () => {
  itUnderlines([
    ['At 6 weeks he takes 120 mL at each feed.', 'baby-feed'],
    ['Night feeds can stop when your baby is gaining weight well.', 'baby-feed'],
    ['Premature babies in NICU often have tube feeds at first.', 'baby-feed'],
    ['Her temp was 38.9 so we gave her Calpol.', 'temp'],
    ['He has been running a temp since his jabs and seems feverish.', 'temp'],
    ['Check your baby for chest recession and grunting when they breathe.', 'chest-recession'],
    ['Intercostal recession is a sign of increased work of breathing.', 'chest-recession'],
    ['The baby with bronchiolitis had subcostal retractions.', 'chest-recession'],
    ['Grunting in a baby with fast breathing needs urgent help.', 'grunting'],
    ['The health visitor weighed her and wrote it in the red book.', 'red-book'],
    ['Bring the Red Book to the baby clinic so the health visitor can plot her weight.', 'red-book'],
    ['Bring your Road to Health booklet to every clinic visit.', 'road-to-health-booklet'],
    ['Press a glass against the rash; a non-blanching rash needs urgent help.', 'non-blanching-rash'],
    ['Do the glass test if your child has a rash and a fever.', 'glass-test'],
    ['Posseting after feeds is common in young babies.', 'spit-up'],
    ['Your toddler is due for the Well Child check at 15 months.', 'well-child-visit'],
    ['By 12 months most babies are babbling, and first steps are a milestone many reach soon after.', 'developmental-milestone'],
    ['At two he is meeting his milestones, though his first words came late.', 'developmental-milestone'],
  ]);
  itUnderlinesOnHealthPages([
    ['She has had a temp since yesterday and feels shivery.', 'temp'],
    ['Newborn babies need 8 to 12 feeds a day. Write down the time of each feed.', 'baby-feed'],
  ]);
  itSkips([
    ['Check your news feed for the latest scores.', 'baby-feed'],
    ['The farm feeds its cattle on hay in winter.', 'baby-feed'],
    ['The river feeds into the lake.', 'baby-feed'],
    ['Cats should have a feed of dry food twice a day.', 'baby-feed'],
    ['The live feed from the stadium dropped out.', 'baby-feed'],
    ['She found temp work through an agency.', 'temp'],
    ['Delete the temp files to free up space.', 'temp'],
    ['Temps will reach 30 degrees in Auckland this weekend.', 'temp'],
    ['The country slid into recession last year.', 'chest-recession'],
    ['The recession hit families with babies hardest.', 'chest-recession'],
    ['The journal issued two retractions last month.', 'chest-recession'],
    ['The tennis player was criticised for grunting on every shot.', 'grunting'],
    ['Pigs were grunting in the yard.', 'grunting'],
    ['She quoted from the little red book of Chairman Mao.', 'red-book'],
    ['The AAP Red Book lists vaccine schedules.', 'red-book'],
    ['The glass test tube cracked in the lab.', 'glass-test'],
    ['The project hit its first milestone on time.', 'developmental-milestone'],
    ['Talking about the merger, the chief executive called it a major milestone.', 'developmental-milestone'],
  ]);
  itSkipsOnHealthPages([
    ['Talking again was a milestone in his recovery after the stroke.', 'developmental-milestone'],
    ['Prices rose during the recession, so eat well on a budget.', 'chest-recession'],
    ['You should not feed honey to a baby under one.', 'baby-feed'],
    ['The tapeworm feeds on the vitamin B12 in your gut.', 'baby-feed'],
  ]);
});

describe('hospital words', () => {
  itUnderlines([
    ['She was admitted to the children’s ward with bronchiolitis.', 'admitted'],
    ['He was admitted to ICU after the operation.', 'admitted'],
    ['They admitted her overnight for observation.', 'admitted'],
    ['The surgeon saw him on the ward and he went to theatre that evening.', 'theatre'],
    ['He was taken to theatre to have his tonsils out.', 'theatre'],
    ['He is on a drip because he cannot keep fluids down.', 'drip'],
    ['She needed a drip after being badly dehydrated.', 'drip'],
    ['Urine output was low, so the catheter was flushed.', 'urine-output'],
    ['Staff measure urinary output every hour in intensive care.', 'urine-output'],
    ['Tolerating fluids and a light diet after the operation.', 'tolerating'],
    ['The new medicine was tolerated with few side effects.', 'tolerating'],
  ]);
  itUnderlinesOnHealthPages([
    ['You will go to theatre first thing in the morning, after the anaesthetist has seen you.', 'theatre'],
    ['She has gone to theatre to have her gallbladder removed.', 'theatre'],
  ]);
  itSkips([
    ['He admitted that he had lied to the court.', 'admitted'],
    ['She admitted assault after the victim was taken to hospital.', 'admitted'],
    ['The hospital trust admitted liability for the mistake.', 'admitted'],
    ['She was admitted to the bar in 2010.', 'admitted'],
    ['He was admitted to university to study music.', 'admitted'],
    ['We went to the theatre to see a musical.', 'theatre'],
    ['She trained in musical theatre in London.', 'theatre'],
    ['Troops in the theatre of operations were resupplied by air.', 'theatre'],
    ['The coffee drip tray needs cleaning.', 'drip'],
    ['A slow drip from the tap kept me awake.', 'drip'],
    ['Factory output rose by 3 percent.', 'urine-output'],
    ['Racism will not be tolerated at our club.', 'tolerating'],
    ['The plant tolerated frost better than expected.', 'tolerating'],
  ]);
  itSkipsOnHealthPages([
    ['She works in theatre and film.', 'theatre'],
    ['Going to the theatre can lift your mood.', 'theatre'],
    ['We saw a show at a Broadway theater.', 'theatre'],
    ['Bullying will not be tolerated in the clinic.', 'tolerating'],
  ]);
});

describe('stools, skin patches and inhalers', () => {
  itUnderlines([
    ['Tarry motions can mean bleeding from the stomach.', 'bowel-movement'],
    ['Iron tablets can turn your motions dark.', 'bowel-movement'],
    ['Apply one patch every 72 hours, using a new application site each time.', 'transdermal-patch'],
    ['Her pain is controlled with a morphine-like patch changed weekly, an opioid.', 'transdermal-patch'],
    ['He uses a spacer with his blue puffer.', 'spacer'],
    ['Shake the reliever and fit it to the spacer.', 'spacer'],
  ]);
  itSkips([
    ['The council passed two motions on housing.', 'bowel-movement'],
    ['Repeat the stretching motions ten times.', 'bowel-movement'],
    ['Install the security patch tonight.', 'transdermal-patch'],
    ['We picked pumpkins at the pumpkin patch.', 'transdermal-patch'],
    ['Use tile spacers to keep the gaps even.', 'spacer'],
  ]);
  itSkipsOnHealthPages([
    ['Sticky patches called electrodes are put on your chest for the heart tracing.', 'transdermal-patch'],
    ['Cilia move in wave-like motions to clear mucus.', 'bowel-movement'],
  ]);
});

describe('pharmacy and medicine labels', () => {
  itUnderlines([
    ['The script has three repeats, so ask the pharmacist for the next one.', 'repeat-prescription'],
    ['You have no repeats left on this prescription.', 'repeat-prescription'],
    ['Ask your pharmacist before switching to a higher strength tablet.', 'medicine-strength'],
    ['The tablets come in two strengths: 5 mg and 10 mg. Check the tablet strength on the box.', 'medicine-strength'],
    ['Extra strength paracetamol tablets hold more of the drug.', 'medicine-strength'],
    ['Soluble tablets should be dissolved in water first.', 'dispersible-tablet'],
    ['Give the dispersible tablet in a little water.', 'dispersible-tablet'],
    ['The pharmacy packs her tablets into a Webster-pak each week.', 'dose-administration-aid'],
    ['Morphine is a controlled drug, so it is kept locked away.', 'controlled-substance'],
    ['This is a modified-release tablet, so swallow it whole.', 'extended-release'],
  ]);
  itSkips([
    ['The show repeats on Sunday night.', 'repeat-prescription'],
    ['The pharmacist repeats the instructions to every customer.', 'repeat-prescription'],
    ['Do ten repeats of each exercise.', 'repeat-prescription'],
    ['Grip strength falls with age.', 'medicine-strength'],
    ['Strength training helps keep bones strong.', 'medicine-strength'],
    ['The team showed great strength in the second half.', 'medicine-strength'],
    ['The bridge needs a higher strength concrete.', 'medicine-strength'],
    ['It was a randomized controlled drug trial of a new painkiller.', 'controlled-substance'],
    ['Feed the lawn with a slow-release fertiliser in spring.', 'extended-release'],
    ['Research on controlled drug release from implants is growing.', 'controlled-substance'],
  ]);
  itSkipsOnHealthPages([
    ['Vitamin D tablets may help keep muscle strength in older people.', 'medicine-strength'],
    ['The process repeats with each heartbeat.', 'repeat-prescription'],
  ]);
});

describe('TB clinics and public health', () => {
  itUnderlines([
    ['Household contacts of a person with TB are offered screening.', 'close-contact'],
    ['Close contacts of the measles case were told to stay home.', 'close-contact'],
    ['Anyone who is a household contact of a person with whooping cough may be offered antibiotics.', 'close-contact'],
    ['Patients who default from TB treatment are traced by the clinic.', 'treatment-default'],
    ['The clinic follows up defaulters on ARVs every week.', 'treatment-default'],
    ['During the intensive phase you take four TB medicines.', 'intensive-phase'],
    ['The continuation phase of TB treatment uses isoniazid and rifampicin.', 'continuation-phase'],
  ]);
  itSkips([
    ['Don’t sleep in your contacts or you risk an eye infection.', 'close-contact'],
    ['Save her number to your phone contacts.', 'close-contact'],
    ['He used his business contacts to find a job.', 'close-contact'],
    ['The household contact form asks for a phone number.', 'close-contact'],
    ['The country may default on its debt.', 'treatment-default'],
    ['By default, the app saves your files in the cloud.', 'treatment-default'],
    ['Loan defaulters will be named by the bank.', 'treatment-default'],
    ['Change the default settings to save battery.', 'treatment-default'],
    ['The intensive phase of the building work starts in June.', 'intensive-phase'],
    ['The continuation phase of antidepressant treatment lasts six months.', 'continuation-phase'],
  ]);
});

describe('South African and New Zealand pages', () => {
  itUnderlines([
    ['Check whether your medical aid covers the specialist fee or whether you need gap cover.', 'medical-aid'],
    ['Your medical scheme must pay for prescribed minimum benefits.', 'medical-aid'],
    ['Many South African families cannot afford medical aid premiums.', 'medical-aid'],
  ]);
  itSkips([
    ['The convoy brought food and medical aid to the town.', 'medical-aid'],
    ['The charity sent medical aid to the flood zone.', 'medical-aid'],
    ['Humanitarian medical aid reached Gaza on Monday.', 'medical-aid'],
    ['The government launched a new scheme for first-home buyers.', 'medical-aid'],
    ['South Africa sent medical aid to Gaza on Monday.', 'medical-aid'],
    ['Aid agencies claim medical aid is being blocked at the border.', 'medical-aid'],
    ['Donors promised to cover the cost of medical aid for Zimbabwe.', 'medical-aid'],
  ]);
});

describe('set 13 plain lines that health pages underlined', () => {
  itSkipsOnHealthPages([
    ['Tickets for the outdoor screening of the film are free.', 'screening'],
    ['A cinema screening of the match will be held in the park.', 'screening'],
    ['Graft the scion onto the rootstock in spring.', 'graft'],
    ['A small tremor was felt across the city last night.', 'tremor'],
    ['Tremors were felt across the region after the quake.', 'tremor'],
    ['A song thrush sang from the hedge.', 'thrush'],
    ['Mistle thrushes nest early in the year.', 'thrush'],
  ]);
  itLeavesPlain(['The transfer window shut before the club found a striker.']);
});

describe('review r3: ordinary senses near the new cue words', () => {
  itSkips([
    ['A police crash team attended and the driver was taken to hospital.', 'crash-team'],
    ['He admitted assaulting a nurse at the hospital.', 'admitted'],
    ['The hospital admitted mistakes were made in his care.', 'admitted'],
    ['She admitted stealing drugs from the ward.', 'admitted'],
    ['Good pacing saves energy for the last miles so you do not crash.', 'pacing'],
    ['The pacing of rate cuts could trigger a market crash.', 'pacing'],
    ['Use a light brush stroke to vary the tone.', 'muscle-tone'],
    ['Relax your wrist to get a better tone from the guitar.', 'muscle-tone'],
    ['Security patches must be applied within 72 hours.', 'transdermal-patch'],
    ['The dog has a hairless patch on its back.', 'transdermal-patch'],
    ['Stroke is a leading killer in the Territory.', 'vascular-territory'],
    ['Each state or territory runs its own ACA marketplace.', 'vascular-territory'],
    ['At the stroke of midnight the window rattled.', 'treatment-window'],
    ['Fewer babies were born during recession years.', 'chest-recession'],
    ['Trade tensions flaring up raise the risk of recession.', 'chest-recession'],
    ['The team was presented with a trophy after three days of competition.', 'present-with'],
    ['The council was presented with a lump sum payment.', 'present-with'],
    ['Drug use is not tolerated at the festival.', 'tolerating'],
    ['Fitness trackers reset your counts at midnight.', 'blood-count'],
    ['By my counts, the team has scored ten goals.', 'blood-count'],
    ['Place the glass on a drip tray.', 'drip'],
    ['After years of boom-and-bust cycles, the industry is in a phase of consolidation.', 'consolidation'],
    ['AML checks slowed the consolidation of the two banks.', 'consolidation'],
    ['Milestone: the company hit 1 million users, smiling founders said.', 'developmental-milestone'],
    ['Cattle feeds high in protein boost weight gain.', 'baby-feed'],
    ['Cardiac surgeons were shocked by the arrest of their colleague.', 'cardiac-arrest'],
  ]);
  itUnderlines([
    ['Walking is hard because tone is high in his leg after a stroke.', 'muscle-tone'],
    ['He went into arrest in the ambulance and the crew started CPR.', 'cardiac-arrest'],
  ]);
  itSkipsOnHealthPages([
    ['Keep insulin at room temp once opened.', 'temp'],
    ['Check the bath temp with your elbow before putting your baby in.', 'temp'],
    ['Swap to lower strength beer and check the label for units.', 'medicine-strength'],
    ['Do 10 repeats, twice a day. See your doctor if the pain gets worse.', 'repeat-prescription'],
    ['Every donation counts. Platelets are given by transfusion to cancer patients.', 'blood-count'],
    ['Some people become aggressive or irritable on steroids during chemotherapy.', 'aggressive-cancer'],
    ['Drama therapy and theatre groups can help people with dementia.', 'theatre'],
    ['A trip to the theatre or cinema can help with loneliness.', 'theatre'],
    ['Walking unaided is a milestone for many stroke survivors, and talking again too.', 'developmental-milestone'],
    ['Temp staff and agency nurses fill gaps on the ward.', 'temp'],
    ['A stroke patient died after neglect at the care home.', 'hemispatial-neglect'],
  ]);
  itUnderlinesOnHealthPages([
    ['Regular screenings of children for hearing loss are offered.', 'screening'],
  ]);
});
