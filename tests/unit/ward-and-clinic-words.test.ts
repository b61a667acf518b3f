/**
 * Everyday words with a medical sense as UK, Irish and Australian clinic letters, ward notes,
 * leaflets and patients write them ("in labour", "a planned section", "had a fit", "loose motions",
 * "his depot is due", "good union", "a new script from the GP"), each tried against the other
 * senses its words have on ordinary pages and on health pages (a bus depot, a slim fit, the trade
 * union, a film script, a puffer jacket, plaster on a ceiling, a Hindu temple, a solar flare).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('results and how a patient is doing', () => {
  itUnderlines([
    ['My RAT positive result came in this morning.', 'positive-result'],
    ['The lateral flow came up positive again today.', 'positive-result'],
    ['Two lines on the rapid antigen test mean positive.', 'positive-result'],
    ['She was COVID positive when she reached the ward.', 'positive-result'],
    ['His flu test came back positive on Monday.', 'positive-result'],
    ['He remains clinically stable and will move to the ward today.', 'stable'],
    ['She is haemodynamically stable after the transfusion.', 'stable'],
    ['Obs stable overnight, NEWS2 of 1.', 'stable'],
    ['He was taken to hospital, where he is in a stable condition.', 'stable-condition'],
  ]);
  itSkips([
    ['The team tried the new app and the feedback was positive.', 'positive-result'],
    ['The rat population has grown, and residents are not positive about the plan.', 'positive-result'],
    ['Stay positive while you wait for the results of the election.', 'positive-result'],
    ['Oil prices were stable overnight after the announcement.', 'stable'],
    ['The horse was kept in the stable overnight.', 'stable'],
    ['The stable lad led the colt out to the gallops.', 'stable'],
  ]);
  itSkipsOnHealthPages([
    ['Once a stable dose is reached, the blood test is repeated every few months.', 'stable'],
    ['A stable home helps children with asthma keep to their treatment.', 'stable'],
    ['Keeping a stable weight matters after the cancer treatment ends.', 'stable'],
  ]);
});

describe('maternity', () => {
  itUnderlines([
    ['She went into labour at 38 weeks and the midwife came to the house.', 'labor'],
    ['Phone the labour ward when you think you are in labour.', 'labor'],
    ['Her waters went at 3am and she was in labour by breakfast.', 'labor'],
    ['My waters went at 3am and contractions started soon after.', 'rupture-of-membranes'],
    ['She had an emergency section after the baby’s heart rate dropped.', 'emergency-caesarean'],
    ['My first was born by emergency section, so I am hoping for a VBAC.', 'emergency-caesarean'],
    ['They will do a crash section if the CTG gets any worse.', 'emergency-caesarean'],
    ['I had an elective section at 39 weeks because of the placenta.', 'planned-caesarean'],
    ['A planned section is booked because the baby is breech.', 'planned-caesarean'],
    ['Babies born at term rarely need special care.', 'full-term'],
    ['He was born at full term weighing 3.4 kg.', 'full-term'],
    ['Most babies arrive at term, between 37 and 42 weeks of pregnancy.', 'full-term'],
    ['She is now past 42 weeks, so her pregnancy is post-term.', 'post-term-pregnancy'],
    ['Post-term pregnancy raises the risk of stillbirth.', 'post-term-pregnancy'],
    ["The baby's head is engaged, so labour may not be far off.", 'engaged'],
    ['At 37 weeks the head was 2/5 palpable and engaged.', 'engaged'],
    ['I am pregnant and I think I have had a show.', 'bloody-show'],
    ['Many women have a show a few days before labour starts.', 'bloody-show'],
    ["I've been offered a sweep at 40 weeks.", 'membrane-sweep'],
    ['The midwife did a sweep but my cervix had not started to open.', 'membrane-sweep'],
    ['Early labour can last many hours, and gas and air helps many women.', 'gas-and-air'],
    ['She used Entonox while the dressing was changed.', 'gas-and-air'],
    ['The midwife helped with the latch and feeding is much better now.', 'latch'],
    ['The baby latches well but my nipples are sore.', 'latch'],
  ]);
  itUnderlinesOnHealthPages([
    ['She had a show this morning and her contractions started at lunch.', 'bloody-show'],
    ['A term baby is born between 37 and 42 weeks.', 'full-term'],
  ]);
  itSkips([
    ['Growers rely on migrant labour during the harvest.', 'labor'],
    ['Hard labour was abolished long ago.', 'labor'],
    ['Raising a baby is a labour of love.', 'labor'],
    ['The emergency section of the website lists phone numbers for parents of a new baby.', 'emergency-caesarean'],
    ['The planned section of the bypass will open next year.', 'planned-caesarean'],
    ['Read section 4 of the lease before you sign it.', 'planned-caesarean'],
    ['The mayor served a full term before stepping down.', 'full-term'],
    ['Students travel home at term time.', 'full-term'],
    ['The post-term review of the project found problems.', 'post-term-pregnancy'],
    ['The couple got engaged after their baby was born.', 'engaged'],
    ['She is engaged to a midwife from Cork.', 'engaged'],
    ['The line was engaged when I called the midwife.', 'engaged'],
    ['Staff were engaged in planning the new maternity unit.', 'engaged'],
    ['The band had a show in Leeds last night.', 'bloody-show'],
    ['We had a show of hands at the meeting.', 'bloody-show'],
    ['Labour secured a clean sweep in the council elections.', 'membrane-sweep'],
    ['The police carried out a sweep of the area.', 'membrane-sweep'],
    ['Gas and air pollution from the plant worried residents.', 'gas-and-air'],
    ['Check the gate latch is closed so the baby cannot get out.', 'latch'],
    ['Lift the latch and push the door.', 'latch'],
    ['Flood waters went down by the morning.', 'rupture-of-membranes'],
  ]);
  itSkipsOnHealthPages([
    ['Patients who are engaged in their care do better.', 'engaged'],
    ['The midwife was fully engaged with the family.', 'engaged'],
    ['We had a show of hands at the start of the antenatal class.', 'bloody-show'],
    ['What a bloody show that was on telly last night.', 'bloody-show'],
    ["Labour's conference was a bloody show from start to finish.", 'bloody-show'],
    // Not free on health pages: "has a show" there is often a TV or radio show or a performance.
    ['The singer has a show tonight, so she is resting her voice.', 'bloody-show'],
    ['Our hospital radio has a show every Sunday for patients.', 'bloody-show'],
    ['Show your card to the midwife when you are pregnant.', 'bloody-show'],
    ['In the long term, most babies born early and their pregnant mothers do well.', 'full-term'],
    ["The term 'preterm' means a baby born before 37 weeks of pregnancy.", 'full-term'],
    ['Take the antibiotics for the full term of the course, even in pregnancy.', 'full-term'],
    ['The emergency sections of this leaflet are marked in red for pregnant women.', 'emergency-caesarean'],
    ['A sweep of the area found no more cases of measles in pregnant women.', 'membrane-sweep'],
    ['Women who feel engaged in antenatal care see the midwife more often.', 'engaged'],
  ]);
});

describe('wards, theatre and emergency care', () => {
  itUnderlines([
    ['A nurse will walk with you to theatre and stay until you are asleep.', 'theatre'],
    ["He's back from theatre and the nurses are with him.", 'theatre'],
    ['On admission, bloods showed a raised CRP.', 'hospital-admission'],
    ['Her GCS on admission was 14.', 'hospital-admission'],
    ['She spent four hours in casualty with a broken wrist.', 'casualty'],
    ['He was rushed to casualty after falling off his bike.', 'casualty'],
    ['Presenting complaint: chest pain for two hours.', 'chief-complaint'],
    ['History of presenting complaint: a week of cough.', 'chief-complaint'],
    ['The nurses use a hoist to move him from bed to chair.', 'hoist'],
    ['A patient hoist was fitted in her bedroom.', 'hoist'],
    ['A commode by her bed saves the walk to the toilet at night.', 'commode'],
    ['Bloods taken today; FBC and U&E normal.', 'bloods'],
    ['The GP wants some bloods before your review.', 'bloods'],
    ['The fracture clinic will see you in a week.', 'fracture-clinic'],
  ]);
  itUnderlinesOnHealthPages([
    ['On admission she was confused and had a temperature of 39.', 'hospital-admission'],
    ['She needs a commode at night.', 'commode'],
  ]);
  itSkips([
    ['We went to the theatre to see Hamlet.', 'theatre'],
    ['She works in theatre and film.', 'theatre'],
    ['Admission is free for children under five.', 'hospital-admission'],
    ['The admission fee for the gardens is ten pounds.', 'hospital-admission'],
    ['His admission of guilt surprised the court.', 'hospital-admission'],
    ['The university admission process opens in October.', 'hospital-admission'],
    ['By her own admission she was not ready for the final.', 'hospital-admission'],
    ['The first casualty of war is truth.', 'casualty'],
    ['Two casualties were taken to hospital by ambulance.', 'casualty'],
    ['Place the casualty in the recovery position and call an ambulance.', 'casualty'],
    ['The BBC drama Casualty is set in a hospital.', 'casualty'],
    ['Property and casualty insurance rates rose.', 'casualty'],
    ['Fire was put out quickly and no casualty was reported.', 'casualty'],
    ['One casualty was taken to hospital after the crash.', 'casualty'],
    ['You can make a complaint to the council about the noise.', 'chief-complaint'],
    ['They hoist the flag at dawn.', 'hoist'],
    ['The crew used a chain hoist to lift the engine.', 'hoist'],
    ['Fans hoisted the trophy above their heads.', 'hoist'],
    ['The auction has a walnut commode with three drawers.', 'commode'],
    ['The team brought in some young bloods to freshen up the squad.', 'bloods'],
    ['The Bloods and Crips are rival gangs.', 'bloods'],
  ]);
  itSkipsOnHealthPages([
    ['Children need two doses of the vaccine before school admission.', 'hospital-admission'],
    ['Care at home can delay admission to a nursing home.', 'hospital-admission'],
    ['Hydroxyurea can lower the bloods ability to clot.', 'bloods'],
  ]);
});

describe('mental health law', () => {
  itUnderlines([
    ['My brother was sectioned after the police found him wandering the motorway.', 'sectioned'],
    ['She was sectioned and taken to a psychiatric hospital.', 'sectioned'],
    ['He is on section 17 leave at home this weekend.', 'section-17-leave'],
    ['She was granted escorted leave from the ward.', 'section-17-leave'],
    ['The CPN gives her depot fortnightly.', 'depot-injection'],
    ['His depot of paliperidone was late and he became unwell.', 'depot-injection'],
    ['The crisis team visited daily after her overdose.', 'crisis-team'],
    ['She stayed as an informal patient on the ward.', 'informal-patient'],
    ['Police took him to a place of safety under section 136.', 'place-of-safety'],
    ['He was assessed in the 136 suite.', 'place-of-safety'],
    ['His nearest relative objected to the section 3.', 'nearest-relative'],
  ]);
  itSkips([
    ['The police sectioned off the street after the crash.', 'sectioned'],
    ['The tissue was sectioned and stained for microscopy.', 'sectioned'],
    ['The field was sectioned into plots by the council.', 'sectioned'],
    ['Annual leave must be booked two weeks ahead.', 'section-17-leave'],
    ['Prisoners on escorted leave must be accompanied.', 'section-17-leave'],
    ['The bus depot is next to the hospital.', 'depot-injection'],
    ['Fuel was stored at the depot before the injection of new funds.', 'depot-injection'],
    ['Home Depot sells first aid kits.', 'depot-injection'],
    ['The company crisis team handled the data breach.', 'crisis-team'],
    ['Social workers moved the children to a place of safety.', 'place-of-safety'],
    ['The chimpanzee is our nearest relative.', 'nearest-relative'],
  ]);
});

describe('symptoms and examination findings', () => {
  itUnderlines([
    ['He had a fit at school and the teacher called an ambulance.', 'fits'],
    ['My son has fits when his temperature goes up.', 'fits'],
    ['She has had two fits since starting the new epilepsy medicine.', 'fits'],
    ['Put him in the recovery position after the fit stops.', 'fits'],
    ['An epileptic fit can be frightening to watch.', 'fits'],
    ['He had a febrile fit when he was two.', 'febrile-seizure'],
    ['She had a funny turn in the supermarket and felt dizzy.', 'funny-turn'],
    ['Dad took a funny turn at dinner and went very pale.', 'funny-turn'],
    ['Her motions have been pale and greasy.', 'bowel-movement'],
    ['Bowel motions are normal, passing urine well.', 'bowel-movement'],
    ['Loose motions for two days in the baby.', 'diarrhea'],
    ['During a flare, her lupus makes her very tired.', 'flare'],
    ['She has had three flares of ulcerative colitis this year.', 'flare'],
    ['Her eczema flared after the holiday.', 'flare'],
    ["His Crohn's flare settled with a short course of steroids.", 'flare'],
    ['Chest: coarse crackles at the right base.', 'crackles'],
    ['Crackles at both bases, no wheeze.', 'crackles'],
    ['Reduced tone in both legs, reflexes absent.', 'muscle-tone'],
    ['The baby was floppy with low tone.', 'muscle-tone'],
    ['He has increased tone and spasticity after his stroke.', 'muscle-tone'],
    ['A chest X-ray showed a shadow on the left lung.', 'shadow'],
    ['The mammogram showed a small shadow that needs a biopsy.', 'shadow'],
    ['A bleed on the brain can follow a fall in older people on blood thinners.', 'brain-bleed'],
    ['He had bleeding in the brain after the crash.', 'brain-bleed'],
    ['He was admitted with a GI bleed.', 'gastrointestinal-bleeding'],
    ['Doctors found a small brain bleed on the scan.', 'brain-bleed'],
    ['Reduced air entry at the right base with dullness to percussion.', 'air-entry'],
    ['Chesty cough for a week.', 'productive-cough'],
    ['He got a water infection after the catheter.', 'urinary-tract-infection'],
    ['I have a trapped nerve in my neck.', 'pinched-nerve'],
    ['Giant cell arteritis causes pain over the temple and jaw.', 'temple'],
    ['He hit his temple on the cupboard and has a bruise.', 'temple'],
    ['She rubbed her temples to ease the headache.', 'temple'],
  ]);
  itUnderlinesOnHealthPages([
    ['Mum has had a few funny turns lately and cannot find her words.', 'funny-turn'],
  ]);
  itSkips([
    ['The dress fits well and the shoes fit too.', 'fits'],
    ['Mum would have a fit if she saw the state of the kitchen.', 'fits'],
    ['He had a fit of the giggles during the speech.', 'fits'],
    ['One size fits all does not work for epilepsy care.', 'fits'],
    ['This approach fits the needs of people with epilepsy.', 'fits'],
    ['A fit and healthy person can still have a seizure.', 'fits'],
    ['You need a fit note from your GP.', 'fits'],
    ['Keep fit classes help people with epilepsy stay active.', 'fits'],
    ['She is fit and well after her seizure last year.', 'fits'],
    ['He is fit for work after his epilepsy review.', 'fits'],
    ['He flew into a fit of rage when the ambulance was late.', 'fits'],
    ['We had a fitted kitchen put in before the baby was born.', 'fits'],
    ['The conversation took a funny turn after the wine.', 'funny-turn'],
    ['Things took a funny turn when the police arrived.', 'funny-turn'],
    ['It was a funny turn of phrase.', 'funny-turn'],
    ['Councillors passed two motions on the new bus lanes.', 'bowel-movement'],
    ['The motion was carried by twelve votes to four.', 'bowel-movement'],
    ["The boat's rocking motion made the baby sleep.", 'bowel-movement'],
    ['He was just going through the motions at training.', 'bowel-movement'],
    ['A solar flare disrupted radio signals.', 'flare'],
    ['Tensions flared between the two clubs.', 'flare'],
    ['She wore flared jeans and a floral top.', 'flare'],
    ['A flare was fired from the lifeboat.', 'flare'],
    ['Lens flare spoils many photos taken into the sun.', 'flare'],
    ['The attack on the line was stopped by a strong defence.', 'asthma-attack'],
    ['The virus attacks the airways in people with asthma.', 'asthma-attack'],
    ['He had a heart attack in 2019.', 'asthma-attack'],
    ['The fire crackles in the hearth.', 'crackles'],
    ['The radio crackles with static when it rains.', 'crackles'],
    ['Her tone of voice was calm.', 'muscle-tone'],
    ['Choose a foundation that matches your skin tone.', 'muscle-tone'],
    ['The speech set the tone for the rest of the conference.', 'muscle-tone'],
    ['The shadow health secretary said X-ray waiting lists are too long.', 'shadow'],
    ['She wore blue eye shadow to the party.', 'shadow'],
    ['By mid-afternoon the shadow of the tree covers the patio.', 'shadow'],
    ['Add a 3 mm bleed to the artwork before printing.', 'brain-bleed'],
    ['Fit the air entry valve to the pipe.', 'air-entry'],
    ['The temple was built in the 12th century.', 'temple'],
    ['We visited a Hindu temple where the priest gave us a headache remedy.', 'temple'],
    ['Shirley Temple starred in many films.', 'temple'],
  ]);
  itSkipsOnHealthPages([
    ['The immune system attacks the joints in rheumatoid arthritis.', 'asthma-attack'],
    ['Natural killer cells attack cancer cells and viruses.', 'asthma-attack'],
    ['The skin turns dry and scaly with a yellowish tone.', 'muscle-tone'],
    ['The test measures how the brain responds to clicking sounds or tones.', 'muscle-tone'],
    ['The acoustic reflex test plays a loud tone in each ear.', 'muscle-tone'],
    ['Here is a script you can use when you call your pharmacist about your medicines.', 'script'],
    ['Keep your kids engaged and protect the head with a helmet.', 'engaged'],
    ['A small metal coil is passed through the catheter to close the vessel.', 'intrauterine-device'],
    ['X-rays show a flared metaphysis at the ends of the long bones.', 'flare'],
  ]);
});

describe('fractures and casts', () => {
  itUnderlines([
    ['The wrist was reduced under sedation and put in a backslab.', 'fracture-reduction'],
    ['The dislocated shoulder was reduced in the emergency department.', 'fracture-reduction'],
    ['Closed reduction of the wrist fracture was done under a haematoma block.', 'closed-reduction'],
    ['The scaphoid fracture showed delayed union at 12 weeks.', 'union'],
    ['X-rays at 6 weeks showed the fracture had reached union.', 'union'],
    ['There is bony union of the tibia on the latest films.', 'union'],
    ['The scaphoid fracture went on to non-union.', 'nonunion'],
    ['He broke his wrist and is in plaster for six weeks.', 'plaster-cast'],
    ['The plaster comes off in six weeks at the fracture clinic.', 'plaster-cast'],
    ['A backslab was applied and she was sent home with a sling.', 'backslab'],
    ['She wears a walking boot for her broken ankle.', 'walking-boot'],
  ]);
  itSkips([
    ['A 30% reduction in hip fractures was seen with the drug.', 'fracture-reduction'],
    ['Fracture reduction in the trial was greatest for the spine.', 'fracture-reduction'],
    ['Union members voted to strike over X-ray department pay.', 'union'],
    ['The European Union funds fracture research.', 'union'],
    ['The union said the fracture in talks was the employer’s fault.', 'union'],
    ['Put a plaster on the cut.', 'plaster-cast'],
    ['Put a plaster on the cut on his arm.', 'plaster-cast'],
    ['Mix the plaster and apply it to the wall.', 'plaster-cast'],
    ['She made a plaster cast of the footprint.', 'plaster-cast'],
    ['The museum has plaster casts of Greek statues.', 'plaster-cast'],
    ['Pack your walking boots for the hill walk.', 'walking-boot'],
  ]);
});

describe('coils, grommets, puffers and scripts', () => {
  itUnderlines([
    ['I had the coil removed because of heavy periods.', 'intrauterine-device'],
    ['The copper coil can be used as emergency contraception.', 'intrauterine-device'],
    ['The GP fitted a Mirena coil.', 'intrauterine-device'],
    ['She had the coil fitted at the sexual health clinic last week.', 'intrauterine-device'],
    ['Grommets are tiny tubes put into the eardrum.', 'ear-tube'],
    ['My son had grommets fitted for glue ear.', 'ear-tube'],
    ['Use your puffer with a spacer.', 'inhaler'],
    ['Kids with asthma should carry their puffer to school.', 'inhaler'],
    ['My GP sent a new script to the pharmacy.', 'script'],
    ['Can I get a script for antibiotics over the phone?', 'script'],
    ["The chemist would not fill the script without the doctor's signature.", 'script'],
  ]);
  itSkips([
    ['The heating coil in the boiler was replaced.', 'intrauterine-device'],
    ['A mosquito coil burned on the table.', 'intrauterine-device'],
    ['Coil the hose neatly after use.', 'intrauterine-device'],
    ['Rubber grommets protect the cables where they pass through the panel.', 'ear-tube'],
    ['Fit brass grommets along the edge of the banner.', 'ear-tube'],
    ['The puffer fish is poisonous.', 'inhaler'],
    ['She bought a puffer coat for winter.', 'inhaler'],
    ['He zipped up his puffer jacket.', 'inhaler'],
    ['The script for the film was written by a doctor.', 'script'],
    ['Run the Python script to update the medication database.', 'script'],
    ['The script doctor rewrote the third act.', 'script'],
    ['She writes scripts for a hospital drama about nurses and doctors.', 'script'],
  ]);
});

/**
 * Review of the batch: the other senses these words have on health pages, where a gated word
 * needs its cue only somewhere in the same text, and everyday cue words that stood near the other
 * sense on ordinary pages (a planned section 106 agreement, forced labour in international waters,
 * a nurse near a bus depot, a sticking plaster on an arm).
 */
describe('other senses beside a cue word', () => {
  itUnderlines([
    ['I had an elective section because of a previous caesarean.', 'planned-caesarean'],
    ['She was delivered by emergency section at 34 weeks’ gestation.', 'emergency-caesarean'],
    ['Children with cerebral palsy may have high tone in the legs.', 'muscle-tone'],
  ]);
  itUnderlinesOnHealthPages([
    ['She was born full term at the Royal Infirmary.', 'full-term'],
  ]);
  itSkips([
    ['The planned section 106 agreement includes delivery of 200 homes within weeks.', 'planned-caesarean'],
    ['Forced labour on fishing boats in international waters must end.', 'labor'],
    ['The company crisis team met after a breakdown in talks with A&E staff.', 'crisis-team'],
    ['A nurse was hit by a lorry leaving the depot.', 'depot-injection'],
    ['The depot where staff got their Covid jab is closed.', 'depot-injection'],
    ['He was detained at the airport and his nearest relative was informed.', 'nearest-relative'],
    ['Each casualty was seen by a nurse.', 'casualty'],
    ['Flu cases fell last week, a positive sign for hospitals.', 'positive-result'],
    ['The flu jab got positive reviews from GPs.', 'positive-result'],
    ['The pregnant star, who is engaged, showed off her bump.', 'engaged'],
    ['Users latched onto the trend as it spread through their feeds.', 'latch'],
    ['She threw a fit when the ambulance was late.', 'fits'],
  ]);
  itSkipsOnHealthPages([
    ['Propranolol can prevent migraine, but it is not suitable if you have asthma. During an attack, lie down in a dark room.', 'asthma-attack'],
    ['Angina can feel like chest tightness. An attack usually passes within minutes.', 'asthma-attack'],
    ['Gout causes sudden joint pain. The attack often starts at night. People with asthma avoid some gout medicines.', 'asthma-attack'],
    ['The union of two cells forms a zygote; the fracture healed well.', 'union'],
    ['There is not a shadow of doubt that smoking harms the lungs.', 'shadow'],
    ['Smoking casts a long shadow over lung health.', 'shadow'],
    ['Find an exercise that fits into your routine if you have epilepsy.', 'fits'],
    ['Choose a helmet that fits snugly if you have epilepsy.', 'fits'],
    ['Check the fit of the helmet before your child with epilepsy rides a bike.', 'fits'],
    ['The coil of the spring in the inhaler pushes the dose out; it is safe in pregnancy.', 'intrauterine-device'],
    ['Endovascular coiling treats a brain aneurysm: a coil is placed inside it, and your GP gets a letter.', 'intrauterine-device'],
    ['The tone of the conversation changed when the physiotherapist mentioned his reflexes.', 'muscle-tone'],
    ['Vagal tone is lower in some people with multiple sclerosis.', 'muscle-tone'],
    ['The bloods of the royal family carried haemophilia, and the GP explained it.', 'bloods'],
    ['Write a script for what to say to your GP about your medicines.', 'script'],
    ['Temple Street Children’s Hospital treats children with headaches.', 'temple'],
    ['For baby constipation, massage the tummy in gentle clockwise motions.', 'bowel-movement'],
    ['Fracture reduction with bisphosphonates is about 40%.', 'fracture-reduction'],
    ['Informal patient support groups help people with cancer.', 'informal-patient'],
    ['For a broken arm, use a sling. For a small cut, put on a plaster.', 'plaster-cast'],
    ['The depot was closed, so the nurse gave the injection at home.', 'depot-injection'],
  ]);
});
