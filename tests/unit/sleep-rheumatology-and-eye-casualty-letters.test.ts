/**
 * Letters and words from rheumatology and lupus clinics, eye casualty, immunisation and HIV
 * services, allergy, weight-loss and pain clinics and drug services that a labelled set found
 * missing or wrong: antiphospholipid syndrome (APS), the Expanded Programme on Immunization (EPI),
 * HIV counselling and testing (HCT), the eye signs and visits RAPD, FB and HZO, a squint, a
 * retinal tear, dust mites, an intragastric balloon, an intrathecal pump and a drug trip; cues
 * added to pupil, scope, OD, PE, iron, pacemaker and stroke; and fences for the sport, opera,
 * wedding, politics, beekeeping and coffee senses of CD, PA, HT, MD, RN, BP, TB, HD, PT, BM, CP,
 * OT, WBC, TDS, murmur, pacemaker, stroke, graft and jab. Each new surface is tried against the
 * other meanings its letters and words have in ordinary text, also beside health words.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('lupus and rheumatology clinics: APS', () => {
  itUnderlines([
    ['She has APS and takes warfarin to prevent further clots.', 'aps'],
    ['APS was confirmed after three miscarriages and two positive antibody tests.', 'aps'],
  ]);
  itSkips([['APS film cameras were popular in the late 1990s.', 'aps']]);
  itSkipsOnHealthPages([
    ['APS type 1 causes low calcium and adrenal insufficiency in children.', 'aps'],
    ['APS staff were offered a free flu vaccine at work this winter.', 'aps'],
    ['The APS pay deal was agreed after talks on asthma inhalers in the workplace.', 'aps'],
  ]);
});

describe('immunisation and HIV services: EPI and HCT', () => {
  itChoosesSense([
    ['Measles cases fell after the EPI added a second dose for toddlers.', 'EPI', 'Expanded Programme on Immunization (vaccines)'],
    ['EPI was diagnosed with a low faecal elastase, so she started Creon with meals.', 'EPI', 'exocrine pancreatic insufficiency (digestion)'],
    ['EPI 1 mg IV given at the second cycle of CPR.', 'EPI', 'epinephrine (adrenaline)'],
    ['Free HCT is offered at every clinic, with ARVs started the same day if the test is positive.', 'HCT', 'HIV counselling and testing'],
    ['HCT 0.41 with Hb 138 and a normal MCV.', 'HCT', 'hematocrit (blood test)'],
    ['He takes losartan HCT for his blood pressure.', 'HCT', 'hydrochlorothiazide (water pill)'],
    ['Allogeneic HCT was planned once she was in remission.', 'HCT', 'hematopoietic cell transplant (stem cells)'],
  ]);
  itUnderlines([
    ['Ask at the clinic about HCT; the rapid test takes a few minutes.', 'hct-caps'],
    ['The national EPI schedule now covers rotavirus.', 'epi'],
  ]);
  itSkips([
    ['Denmark tops the EPI for climate policy, while air pollution still causes early deaths.', 'epi'],
    ['EPI economists say the minimum wage affects health insurance for millions.', 'epi'],
    ['Her Hct was 38% on the last full blood count.', 'hct-caps'],
  ]);
  itSkipsOnHealthPages([['HCT students can book a free flu vaccine at the campus clinic.', 'hct-caps']]);
});

describe('eye casualty: RAPD, FB, HZO, squint, retinal tear, pupils, OD', () => {
  itUnderlines([
    ['Swinging torch test showed a left RAPD in keeping with optic neuritis.', 'rapd'],
    ['No RAPD; the optic discs look healthy and colour vision is normal.', 'rapd'],
    ['Corneal FB removed at the slit lamp under topical anaesthetic.', 'fb-foreign-body'],
    ['Swallowed FB: a coin seen on the X-ray in the oesophagus.', 'fb-foreign-body'],
    ['HZO: vesicles over the forehead and the tip of the nose.', 'hzo'],
    ['HZO with corneal involvement, so valaciclovir was started.', 'hzo'],
    ['The orthoptist said his squint may need patching for a few months.', 'squint'],
    ['A squint can lead to a lazy eye if it is not treated early.', 'squint'],
    ['A retinal tear was sealed with laser on the same day.', 'retinal-tear'],
    ['The horseshoe tear was treated with freezing therapy.', 'retinal-tear'],
    ['Pinpoint pupils and slow breathing improved after naloxone was given.', 'pupil'],
  ]);
  itUnderlinesOnHealthPages([
    ['She was seen with a RAPD last year.', 'rapd'],
    ['She was treated for HZO last year.', 'hzo'],
  ]);
  itListsMeanings([['Plan: drops of atropine 1% OD and a repeat IOP next week.', 'OD']]);
  itSkips([
    ['RAPD markers were used to study genetic diversity in rice.', 'rapd'],
    ['Join our FB group for people living with diabetes.', 'fb-foreign-body'],
    ['Post your questions on FB and our asthma nurse will reply on Friday.', 'fb-foreign-body'],
    ['Liver edge palpable 2 FB below the costal margin.', 'fb-foreign-body'],
    ['Like our FB page to hear about free blood pressure checks in your area.', 'fb-foreign-body'],
    ['The FB led the way for the running back on third down.', 'fb-foreign-body'],
    ['Ferroelectric HZO thin films were grown by atomic layer deposition.', 'hzo'],
    ['I had to squint at the screen to read the small print.', 'squint'],
    ['Take a squint at this before the meeting.', 'squint'],
    ['Squinting into the sun can give you a headache.', 'squint'],
    ['She squinted at the eye chart without her glasses at the clinic, then got a migraine.', 'squint'],
    ['The photographer asked him not to squint in the sun.', 'squint'],
    ['She shed a tear when the horseshoe was nailed above the stable door.', 'retinal-tear'],
    ['Schools use the data to pinpoint pupils who need extra help with reading.', 'pupil'],
  ]);
  itSkipsOnHealthPages([
    ['RAPD analysis showed the fungal strains linked to the infection were not related.', 'rapd'],
    ['HZO layers in memory chips can be damaged by radiation, like skin cancer.', 'hzo'],
    ['Join our FB group for people living with diabetes.', 'fb-foreign-body'],
  ]);
});

describe('allergy, weight-loss, pain and drug services', () => {
  itUnderlines([
    ['House dust mites live in mattresses and pillows.', 'dust-mite'],
    ['An intragastric balloon is removed after about six months.', 'intragastric-balloon'],
    ['A gastric balloon is one option alongside diet changes.', 'intragastric-balloon'],
    ['An intrathecal baclofen pump eases his muscle stiffness.', 'intrathecal-pump'],
    ['The intrathecal pump was refilled at the pain clinic.', 'intrathecal-pump'],
    ['He had a bad trip on LSD and still has flashbacks.', 'drug-trip'],
    ['An acid trip can last for up to twelve hours.', 'drug-trip'],
  ]);
  itSkips([
    ['A dust mite allergy can make asthma worse.', 'dust-mite'],
    ['Red spider mites damaged the houseplants in the greenhouse.', 'dust-mite'],
    ['The party balloon burst over the birthday cake.', 'intragastric-balloon'],
    ['We went on a road trip across Wales last summer.', 'drug-trip'],
    ['A school trip to the museum included a talk on the history of LSD.', 'drug-trip'],
    ['She tripped over the cable and broke her wrist.', 'drug-trip'],
  ]);
  itSkipsOnHealthPages([
    ['A trip hazard in the ward led to a hip fracture and a long stay in hospital.', 'drug-trip'],
    ['The trip to A&E after the fall took an hour, as he has dementia.', 'drug-trip'],
    ['The trip was cancelled because of a flu outbreak on the cruise ship.', 'drug-trip'],
    ['A round trip to the hospital takes two hours by bus for her dialysis.', 'drug-trip'],
    ['Her business trip to Ohio was delayed by a migraine.', 'drug-trip'],
  ]);
});

describe('cues that let a line stand on its own: PE, iron, pacemaker, stroke, scope', () => {
  itUnderlines([
    ['A thin scope is passed through the cervix into the womb.', 'scope'],
    ['Ferrous sulfate tablets are used to raise your iron.', 'iron'],
    ['Your pacemaker check will be done over the phone this year.', 'pacemaker'],
    ['Clot-busting drugs work best within hours of a stroke.', 'stroke'],
    ['PE in a previous pregnancy means extra checks this time.', 'pe'],
  ]);
  itListsMeanings([['She had a PE in her second pregnancy.', 'PE']]);
  itSkips([
    ['Scrap dealers buy cast iron and other ferrous metals.', 'iron'],
    ['The pacemaker checked his watch before stepping off at halfway.', 'pacemaker'],
    ['By a stroke of luck, thrombolysis was available at the hospital that night.', 'stroke'],
    ['The PE teacher went on maternity leave after her pregnancy.', 'pe'],
    ['The report is outside the scope of cervix screening rules.', 'scope'],
  ]);
});

describe('sport, opera, weddings, politics, bees and coffee', () => {
  itLeavesWordPlain([
    ['A CD winner last year, the mare is the one to beat at Cheltenham.', 'CD'],
    ['According to PA, the jockey was banned for six days.', 'PA'],
    ['The HT score was Saracens 12 Harlequins 9.', 'HT'],
    ["The club's MD has promised a new stand within two years.", 'MD'],
    ['The RN side scored three tries in the second half.', 'RN'],
    ['He saved all four BP faced in the first set.', 'BP'],
    ['She edged the second set, 7-6 in the TB, after a long rally.', 'TB'],
    ['He won the TB with a forehand winner down the line.', 'TB'],
    ["The ballet's HD broadcast reaches cinemas in March.", 'HD'],
    ['The live stream starts at 7pm PT on Friday.', 'PT'],
    ['His BM speech had the whole room laughing.', 'BM'],
    ['Their CP ceremony was followed by lunch at the pub.', 'CP'],
    ['The first OT reading is from Isaiah.', 'OT'],
    ['A murmur of disapproval greeted the late penalty.', 'murmur'],
    ['The trainer ran a pacemaker to keep the gallop honest.', 'pacemaker'],
    ['The minister of graft, as critics called him, resigned on Friday.', 'graft'],
    ['In a jab at his rival, the mayor praised the new bus lanes.', 'jab'],
    ["Her forehand is the strongest stroke in the women's game.", 'stroke'],
    ['A WBC hive has an outer case that keeps the bees warm.', 'WBC'],
    ['He lost his WBC title on points in Las Vegas.', 'WBC'],
    ['Brewers track TDS and extraction to dial in each coffee.', 'TDS'],
  ]);
  itUnderlines([
    ['WBC 14.2 with a raised CRP, so antibiotics were started.', 'wbc'],
    ['Amoxicillin 500 mg TDS for seven days.', 'tds'],
    ['BP 150/95 on two readings, so she will start amlodipine.', 'bp'],
  ]);
});

describe('review 6: the other senses of FB, HCT, EPI, APS, RAPD, squint, trip and OD', () => {
  itSkips([
    ["A mum's FB warning after her son swallowed a magnet has been shared 10,000 times.", 'fb-foreign-body'],
    ['FB users shared photos of the toddler who swallowed a button battery.', 'fb-foreign-body'],
    ['Check FB Marketplace for a second-hand nebuliser after your child inhaled a bead.', 'fb-foreign-body'],
    ['FB and Twitter were full of videos of people who inhaled laughing gas.', 'fb-foreign-body'],
    ['The FB algorithm hides posts about eyelid surgery.', 'fb-foreign-body'],
    ['As it turns out, you squint less with sunglasses.', 'squint'],
    ['If your child squints to see the board, an ophthalmologist can check for short sight.', 'squint'],
    ['Planning a trip? If you take a DMT for MS, ask about vaccines first.', 'drug-trip'],
    ['RAPD typing and antibiotic discs showed the strains were related.', 'rapd'],
  ]);
  itSkipsOnHealthPages([
    ['Fluid balance: FB +1.2 L over 24 h, ingested 800 ml orally.', 'fb-foreign-body'],
    ['Diffusion-weighted EPI sequences were acquired on a 3T MRI scanner.', 'epi'],
    ['Adult Protective Services (APS) investigated the nursing home after a resident with lupus fell.', 'aps'],
  ]);
  itUnderlines([
    ['Inhaled FB suspected in a toddler with sudden cough and wheeze.', 'fb-foreign-body'],
    ['Bead FB in the right nostril removed with a hook.', 'fb-foreign-body'],
    ['Subtarsal FB found on everting the upper lid.', 'fb-foreign-body'],
    ['A DMT trip lasts only 15 minutes.', 'drug-trip'],
    ['No RAPD; discs pink and healthy.', 'rapd'],
  ]);
  itChoosesSense([
    ['WBC 7.2, RBC 4.51, HGB 13.5, HCT 40.1, MCV 88, PLT 250.', 'HCT', 'hematocrit (blood test)'],
    ['Anaemia is common in HIV: an HCT below 30% was found in a third of patients.', 'HCT', 'hematocrit (blood test)'],
    ['The HCT programme reached 2 million people with HIV testing in 2012.', 'HCT', 'HIV counselling and testing'],
    ['EPI in dogs is common in German Shepherds and is treated with enzyme powder.', 'EPI', 'exocrine pancreatic insufficiency (digestion)'],
  ]);
  itListsMeanings([
    ['After his kidney transplant, his HCT rose to 45% and he was started on a blood thinner.', 'HCT'],
    ['Atropine 1% OD for amblyopia.', 'OD'],
  ]);
});
