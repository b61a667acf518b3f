/**
 * Words of test results and reports, of the course of an illness, of mental-health assessments and
 * of pregnancy and baby care, as terse notes, letters and forum posts write them: the cue words,
 * aliases and entries they lacked, each tried against the other senses of its words.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('result words', () => {
  itUnderlines([
    ['Free T4 normal, TSH borderline high at 5.1 mU/L.', 'borderline'],
    ['HbA1c borderline at 46 mmol/mol, lifestyle advice given.', 'borderline'],
    ['Ferritin borderline low; recheck bloods in 6 weeks.', 'borderline'],
    ['GGT elevated, ALT normal.', 'elevated'],
    ['CRP elevated at 84, antibiotics started.', 'elevated'],
    ['TSH elevated on two readings, so levothyroxine was started.', 'elevated'],
    ['CRP raised at 62 on admission, falling to 15 today.', 'raised-result'],
    ['Mildly raised ALT, likely fatty liver; repeat LFTs in three months.', 'raised-result'],
    ['Prolactin raised, MRI pituitary requested.', 'raised-result'],
    ['HBsAg reactive; referred to the liver clinic.', 'reactive'],
    ['VDRL reactive at 1:16, treated with penicillin.', 'reactive'],
    ['Her smear result was inconclusive, so it will be repeated in three months.', 'inconclusive'],
    ['The NIPT result was inconclusive and a second sample was taken.', 'inconclusive'],
    ['If your lateral flow test is positive, self-isolate and book a PCR.', 'positive-result'],
    ['A swab came back positive for MRSA before the operation.', 'positive-result'],
    ['Please self-isolate if you test positive.', 'positive-result'],
    ['Her lateral flow was negative again this morning.', 'negative-result'],
  ]);
  itUnderlinesOnHealthPages([
    ['Your test was positive, so please stay at home for five days.', 'positive-result'],
    ['The ultrasound scan was inconclusive.', 'inconclusive'],
  ]);
  itChoosesSense([
    ['HBsAg reactive; referred to the liver clinic.', 'reactive', 'screening test reacted: antibodies or antigen found'],
    ['Reactive lymph nodes in the neck, no sign of lymphoma.', 'Reactive', 'reactive lymph nodes'],
  ]);
  itSkips([
    ['It was a borderline offside decision and the goal stood.', 'borderline'],
    ['Some of his jokes were borderline offensive.', 'borderline'],
    ['The report called the numbers borderline for a recession.', 'borderline'],
    ['Critics called the advert a borderline smear on the rival candidate.', 'borderline'],
    ['The elevated railway was closed for repairs.', 'elevated'],
    ['She was elevated to the board of the company last year.', 'elevated'],
    ['Keep the leg elevated on pillows, and ice the ankle.', 'elevated'],
    ['The charity raised money for the new hospice.', 'raised-result'],
    ['She was born and raised in Leeds.', 'raised-result'],
    ['The bank raised rates again in March.', 'raised-result'],
    ['Raised beds make gardening easier on the back.', 'raised-result'],
    ['The inquiry into the crash was inconclusive.', 'inconclusive'],
    ['The talks ended in an inconclusive draw.', 'inconclusive'],
    ['A reactive approach to maintenance costs more in the long run.', 'reactive'],
    ['Sodium is a highly reactive metal.', 'reactive'],
    ['Stay positive and keep training.', 'positive-result'],
    ['The reviews were overwhelmingly positive.', 'positive-result'],
    ['Connect the positive terminal first.', 'positive-result'],
    ['The feedback from fans was negative.', 'negative-result'],
  ]);
  itSkipsOnHealthPages([
    ['Keep your leg elevated on a pillow to help the swelling go down.', 'elevated'],
    ['Try to stay positive while you wait for your results.', 'positive-result'],
    ['The rash is raised, red and itchy.', 'raised-result'],
  ]);
});

describe('blood levels written as levels', () => {
  itUnderlines([
    ['We will recheck your liver levels after the course of tablets.', 'blood-level'],
    ['His thyroid levels were fine at the last check.', 'blood-level'],
    ['The pharmacist asked when my lithium blood test was, to check my levels.', 'blood-level'],
    ['Your kidney levels were a bit off, so the dose was lowered.', 'blood-level'],
    ['Drug levels are taken before the third dose of vancomycin.', 'blood-level'],
  ]);
  itSkips([
    ['Finish all your levels to unlock the bonus stage.', 'blood-level'],
    ['Check the oil level before a long drive.', 'blood-level'],
    ['Sea levels are rising faster than expected.', 'blood-level'],
    ['Your levels of stress at work may be too high.', 'blood-level'],
    ['Students at all levels can join the club.', 'blood-level'],
    ['Play your levels on phones and tablets.', 'blood-level'],
  ]);
  itSkipsOnHealthPages([
    ['Her levels of activity dropped after the fall.', 'blood-level'],
    ['Blood levels of potassium can rise with some medicines.', 'blood-level'],
  ]);
});

describe('screening tests written as a screen', () => {
  itUnderlines([
    ['Your bowel screen kit will come in the post.', 'bowel-cancer-screening'],
    ['She is due her next breast screen in March.', 'breast-screening'],
    ['Book your cervical screen with the practice nurse.', 'cervical-screening'],
    ['He had a full STI screen at the clinic.', 'sti-testing'],
    ['The urine drug screen was negative.', 'drug-screen'],
    ['A tox screen was sent from the emergency department.', 'drug-screen'],
  ]);
  itSkips([
    ['The screen on my phone cracked.', 'bowel-cancer-screening'],
    ['Put up a screen to keep the wind off the patio.', 'breast-screening'],
    
  ]);
});

describe('report words', () => {
  itUnderlines([
    ['Incidental 8 mm thyroid nodule, no follow-up needed.', 'incidental-finding'],
    ['A small adrenal lesion was noted incidentally on the CT.', 'incidental-finding'],
    ['The CT was done for kidney stones, but an incidental liver cyst was seen.', 'incidental-finding'],
    ['Chest X-ray: changes suggestive of infection at the right base.', 'suggestive-of'],
    ['Symptoms suggestive of a urinary infection; urine sent for culture.', 'suggestive-of'],
    ['Spiculated lesion in the left breast, concerning for malignancy; biopsy advised.', 'concerning-for'],
    ['Ultrasound shows a solid nodule worrisome for cancer.', 'concerning-for'],
    ['MRI: 4 cm enhancing mass in the right kidney.', 'mass'],
    ['A mass was felt in the left ovary and an ultrasound booked.', 'mass'],
    ['They found a spot on my liver on the CT and want another scan.', 'spot-on-scan'],
    ['The doctor said there was a spot on the X-ray but it is probably old scarring.', 'spot-on-scan'],
    ['Grade 3 ductal carcinoma, ER positive.', 'disease-grade'],
    ['Grade II ankle sprain; crutches for a week.', 'disease-grade'],
    ['Grade 2 murmur heard at the apex.', 'disease-grade'],
    ['Post-op CT shows a 5 cm pelvic collection; drain inserted.', 'fluid-collection'],
    ['A fluid collection was seen next to the wound.', 'fluid-collection'],
    ['Urine culture: mixed growth, likely contaminated; please repeat the sample.', 'mixed-growth'],
    ['Small amount of free fluid in the pelvis.', 'free-fluid'],
  ]);
  itChoosesSense([
    ['Grade 3 ductal carcinoma, ER positive.', 'Grade 3', 'how abnormal cancer cells look (tumor grade)'],
    ['Grade II ankle sprain; crutches for a week.', 'Grade II', 'how bad an injury is (sprain or tear)'],
    ['Grade 2 murmur heard at the apex.', 'Grade 2', 'how severe a condition is on a scale'],
  ]);
  itUnderlinesOnHealthPages([
    ['Chief complaint: sore throat for three days.', 'chief-complaint'],
    ['Incidental note of gallstones.', 'incidental-finding'],
  ]);
  itSkips([
    ['Travel and other incidental expenses are paid by the firm.', 'incidental-finding'],
    ['The film has lovely incidental music.', 'incidental-finding'],
    ['The lyrics are suggestive of a bad break-up.', 'suggestive-of'],
    ['The results are worrying for the government.', 'concerning-for'],
    ['The delays are concerning for passengers.', 'concerning-for'],
    ['Thousands joined the mass protest in the capital.', 'mass'],
    ['The spot price of oil fell on Monday.', 'spot-on-scan'],
    ['We found a great spot on the beach for the picnic.', 'spot-on-scan'],
    ['Grade 3 students will visit the museum on Friday.', 'disease-grade'],
    ['She passed her grade 4 piano exam.', 'disease-grade'],
    ['The house is Grade II listed.', 'disease-grade'],
    ['The museum has a fine collection of Roman coins.', 'fluid-collection'],
    ['Bin collection is on Tuesdays.', 'fluid-collection'],
    ['The economy saw mixed growth across the regions.', 'mixed-growth'],
    ['A sample of firms showed mixed growth last quarter.', 'mixed-growth'],
    ['Our chief complaint about the hotel was the noise.', 'chief-complaint'],
  ]);
  itSkipsOnHealthPages([
    ['A urine sample collection kit is sent to your home.', 'fluid-collection'],
    ['Children in grade 3 learn about healthy eating.', 'disease-grade'],
    ['Red spots on the skin can be a sign of bleeding.', 'spot-on-scan'],
  ]);
});

describe('words of the course of an illness', () => {
  itUnderlines([
    ['Epilepsy well controlled on lamotrigine, no seizures this year.', 'well-controlled'],
    ['Her blood pressure is well controlled on two tablets.', 'well-controlled'],
    ['HbA1c 52, diabetes well-controlled.', 'well-controlled'],
    ['Poorly controlled asthma, using his reliever daily.', 'uncontrolled'],
    ['BP poorly controlled despite three medicines.', 'uncontrolled'],
    ['Complicated UTI in a man, so a longer course is needed.', 'complicated-condition'],
    ['Her pregnancy was complicated by pre-eclampsia.', 'complicated-condition'],
    ['Uncomplicated cystitis, three days of nitrofurantoin.', 'uncomplicated'],
    ['Admitted with decompensated cirrhosis and ascites.', 'decompensated'],
    ['He remains critical in intensive care.', 'critical-condition'],
    ['The driver is critically unwell in hospital.', 'critical-condition'],
    ['A man is in a critical but stable condition in hospital after the crash.', 'stable-condition'],
    ['Obs stable overnight, sats 96% on room air.', 'stable'],
    ['Post-op day 2, stable on the ward.', 'stable'],
    ['My lupus is in a flare again and my joints are swollen.', 'flare'],
    ['Fibromyalgia flare after a bad week.', 'flare'],
    ["Crohn's quiescent on azathioprine, calprotectin normal.", 'quiescent'],
    ['Hives flare-up after the new tablets.', 'flare-up'],
  ]);
  itUnderlinesOnHealthPages([
    ['I had a flare last month and needed steroids.', 'flare'],
    ['Another flare-up started yesterday.', 'flare-up'],
  ]);
  itSkips([
    ['Adequate and well-controlled studies in pregnant women have not been done with this medication.', 'well-controlled'],
    ['It was a well controlled first half from the home side.', 'well-controlled'],
    ['The experiment was poorly controlled.', 'uncontrolled'],
    ['Uncontrolled spending pushed the council into debt.', 'uncontrolled'],
    ['BP said the uncontrolled leak from the well had slowed.', 'uncontrolled'],
    ['It is complicated to explain the new tax rules.', 'complicated-condition'],
    ['Their relationship is complicated.', 'complicated-condition'],
    ['The recipe is simple and uncomplicated.', 'uncomplicated'],
    ['The situation remains critical as floods spread, officials said.', 'critical-condition'],
    ['Supplies remain critical for people in the camps.', 'critical-condition'],
    ['The pound remained stable against the dollar.', 'stable'],
    ['Tempers flared at the meeting.', 'flare'],
    ['Fire a flare if you get lost at sea.', 'flare'],
    ['A flare-up of violence closed the border.', 'flare-up'],
    ['The volcano has been quiescent for centuries.', 'quiescent'],
  ]);
  itSkipsOnHealthPages([
    ['Nasal flaring can be a sign that a baby is working hard to breathe.', 'flare'],
    ['The skin test shows a wheal and flare within 15 minutes.', 'flare'],
  ]);
});

describe('words of mental-health assessments', () => {
  itUnderlines([
    ['Mood euthymic, affect reactive, good rapport.', 'mood-clinical'],
    ['Mood low, tearful at times, biological symptoms present.', 'mood-clinical'],
    ['Affect restricted, good eye contact, speech normal.', 'affect-clinical'],
    ['Insight poor; lacks awareness that he is unwell.', 'clinical-insight'],
    ['Insight partial; accepts the need for medication.', 'clinical-insight'],
    ['Judgement intact, insight good.', 'clinical-judgment'],
    ['Judgment impaired, partial insight.', 'clinical-judgment'],
    ['Thought content: no delusions, no thoughts of self-harm.', 'thought-content'],
    ['Her compulsions include checking and hand washing.', 'compulsion'],
    ['OCD obsessions often focus on germs or harm.', 'obsession'],
    ['If you are in crisis tonight, call the crisis line.', 'mental-health-crisis'],
    ['She had a mental health crisis and was seen by the crisis team.', 'mental-health-crisis'],
    ['He has been hearing voices and feels paranoid.', 'hearing-voices'],
    ['Paranoid ideation about the neighbours, no hallucinations.', 'paranoia'],
    ['Since using skunk he has become paranoid that he is being followed.', 'paranoia'],
    ['Grandiose beliefs about his business, pressured speech, no insight.', 'grandiosity'],
    ['Risk to self: low. Risk to others: none identified.', 'risk-to-self'],
    ['Risk to self: low. Risk to others: none identified.', 'risk-to-others'],
    ['He has been self-neglecting since his wife died.', 'self-neglect'],
  ]);
  itSkips([
    ['The mood in the stadium was electric.', 'mood-clinical'],
    ["I'm not in the mood for a film tonight.", 'mood-clinical'],
    ['Mood lighting makes the room feel cosy.', 'mood-clinical'],
    ['Rising prices will affect every household.', 'affect-clinical'],
    ['The report gives insight into buyer habits.', 'clinical-insight'],
    ['Thanks for the useful insight on the market.', 'clinical-insight'],
    ['The court judgment was handed down on Friday.', 'clinical-judgment'],
    ['It was a judgement call by the referee.', 'clinical-judgment'],
    ['He felt a compulsion to check his phone every few minutes.', 'compulsion'],
    ['Football is a national obsession.', 'obsession'],
    ['Her obsession with vintage cars began at school.', 'obsession'],
    ['The economy is in crisis after the floods.', 'mental-health-crisis'],
    ['Crisis talks between the two parties went on overnight.', 'mental-health-crisis'],
    ['The country faces a housing crisis.', 'mental-health-crisis'],
    ['I could hear voices in the next room.', 'hearing-voices'],
    ['The panel is hearing voices from across the community.', 'hearing-voices'],
    ['I am paranoid that I left the oven on.', 'paranoia'],
    ['The film is a tense, paranoid thriller.', 'paranoia'],
    ['The mayor had grandiose plans for a new stadium.', 'grandiosity'],
    ['The hotel lobby was grandiose and cold.', 'grandiosity'],
    ['Critics called the narcissistic leader grandiose and vain.', 'grandiosity'],
    ['He was paranoid that rivals were plotting against him.', 'paranoia'],
  ]);
  itSkipsOnHealthPages([
    ['Exercise can lift your mood.', 'mood-clinical'],
    ['Stress can affect sleep and appetite.', 'affect-clinical'],
    ['Doctors use their clinical judgment to decide on treatment.', 'clinical-judgment'],
  ]);
});

describe('pregnancy and baby words', () => {
  itUnderlines([
    ['Your midwife will book your next scan.', 'pregnancy-scan'],
    ['The scan at 12 weeks showed twins.', 'pregnancy-scan'],
    ['We had a baby scan at 16 weeks to find out the sex.', 'pregnancy-scan'],
    ['A growth scan at 34 weeks showed the baby is on the small side.', 'growth-scan'],
    ['She is cluster feeding every evening.', 'cluster-feeding'],
    ['My 2-week-old wants feeds every hour in the evening.', 'baby-feed'],
    ['She takes 8 feeds a day from the bottle.', 'baby-feed'],
    ['I think I had a show, could this be early labour?', 'bloody-show'],
    ['Has anyone had a show days before their waters went?', 'bloody-show'],
    ['She is behind on her milestones, not sitting up yet at 9 months.', 'developmental-milestone'],
    ['Milestones such as smiling, babbling and first steps vary from child to child.', 'developmental-milestone'],
    ['Baby is head down and 3/5 palpable.', 'cephalic-presentation'],
    ['Your baby is back to back, which can cause backache in labour.', 'occiput-posterior'],
    ['She was fully dilated at 2am and pushing soon after.', 'fully-dilated'],
    ['Retained placenta, removed in theatre under spinal.', 'retained-placenta'],
    ['Engorged breasts on day 4; hand expressing helped.', 'engorgement'],
    ['Engorged breasts on day 4; hand expressing helped.', 'expressing-breast-milk'],
    ['Expressed breast milk can be kept in the fridge for up to 8 days.', 'expressing-breast-milk'],
    ['We are starting solids next week with baby-led weaning.', 'starting-solids'],
    ['We are starting solids next week with baby-led weaning.', 'baby-led-weaning'],
    ['Over-75s can book an autumn booster at the pharmacy.', 'booster'],
    ['Care home residents will be offered a booster jab.', 'booster'],
  ]);
  itSkips([
    ['Scan the QR code on the baby box to register.', 'pregnancy-scan'],
    ['Scan your ticket at the barrier.', 'pregnancy-scan'],
    ['The antivirus will scan your files every night.', 'pregnancy-scan'],
    ['She had a show of hands before the vote.', 'bloody-show'],
    ['The band had a show in Leeds last night.', 'bloody-show'],
    ['The horse needs two feeds a day in winter.', 'baby-feed'],
    ['The app shows live feeds from the stadium.', 'baby-feed'],
    ['The club reached a major milestone this season.', 'developmental-milestone'],
    ['Use a booster seat until your child is 12.', 'booster'],
    ['The win was a huge confidence booster.', 'booster'],
    ['Keep your head down and get on with it.', 'cephalic-presentation'],
    ['The team won back to back titles.', 'occiput-posterior'],
    ['My meetings were back to back all afternoon.', 'occiput-posterior'],
    ['The eye drops left her pupils fully dilated for hours.', 'fully-dilated'],
  ]);
  itSkipsOnHealthPages([
    ['A PET scan can show where cancer has spread.', 'pregnancy-scan'],
    ['Your baby may need a brain scan if the head is large.', 'pregnancy-scan'],
  ]);
});

describe('review: the ordinary sense beside health words', () => {
  itSkipsOnHealthPages([
    ['A flare of the nostrils with each breath can mean the child is struggling.', 'flare'],
    ['Tempers flared when the clinic ran late.', 'flare'],
    ['Use a lens hood to stop flare in photos of the rash.', 'flare'],
    ['Results were inconclusive, so larger studies are needed.', 'inconclusive'],
    ['The evidence for acupuncture is inconclusive.', 'inconclusive'],
    ['Our chief complaint about the clinic was the long wait.', 'chief-complaint'],
    ['A collection of tests, including ultrasound and CT, may be used.', 'fluid-collection'],
    ['After the operation, stool goes into an external collection pouch; a CT scan checks the join.', 'fluid-collection'],
    ['Your baby will have a hip scan after birth.', 'pregnancy-scan'],
    ["An ultrasound scan of the baby's kidneys was done after birth.", 'pregnancy-scan'],
    ["Keep the baby's head down, lower than the chest, during back blows.", 'cephalic-presentation'],
    ['Rest the baby along your forearm, with its head down.', 'cephalic-presentation'],
    ['Babies with this condition may have a large, poorly controlled head.', 'uncontrolled'],
  ]);
  itSkips([
    ['The report lacks insight, and the data is partial at best.', 'clinical-insight'],
    ['His insight was lacking, the coach said after the defeat.', 'clinical-insight'],
    ['I have a compulsion to keep checking my email.', 'compulsion'],
    ['The mood at the rally was tearful and sombre.', 'mood-clinical'],
    ['He made eye contact and the mood changed.', 'mood-clinical'],
    ['Tearful fans said the loss would not affect them.', 'affect-clinical'],
    ['I heard voices outside, but no one else was awake.', 'hearing-voices'],
    ['The formula for success: feeds from three cameras.', 'baby-feed'],
    ['The project reached a milestone by sitting up all night.', 'developmental-milestone'],
    ['Growth was well controlled, with little pain for investors.', 'well-controlled'],
    ['Economists saw signs suggestive of a slowdown in the second quarter.', 'suggestive-of'],
  ]);
  itUnderlines([
    ['Mood low, affect blunted, no psychomotor change.', 'mood-clinical'],
  ]);
});
