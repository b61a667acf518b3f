import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPack } from '../../glossary/pack-checks';
import { readPackDir } from '../../glossary/packs/read-pack-dir';
import { fleschKincaidGrade } from '../../glossary/readability';
import { itLeavesPlain, itSkips, itUnderlines } from './helpers/bundled-underline';

/**
 * Health basics 2.92: the words of pregnancy and birth, newborn care, childhood shots, first aid and
 * older-adult checks that consumer-health pages use, in sentences as those pages write them, and the
 * same words in their other senses (a train station, an induction ceremony, a soft spot for someone,
 * the labor movement, "be fast"), where nothing is underlined.
 */
describe('words of birth, babies, first aid and older-adult checks', () => {
  itUnderlines([
    // Pregnancy and birth
    ['Round ligament pain is a sharp jab in the groin that many people feel in the second trimester.', 'round-ligament-pain'],
    ['HELLP syndrome is a life-threatening complication that usually occurs in the third trimester.', 'hellp-syndrome'],
    ['Her platelets kept falling, and the team diagnosed HELLP.', 'hellp-syndrome'],
    ['Your provider will offer a group B strep test between 36 and 37 weeks.', 'group-b-strep-test'],
    ['If your GBS test is positive, you will get antibiotics during labor.', 'group-b-strep-test'],
    ['An NST was done because the baby was moving less, and it was reactive.', 'nonstress-test'],
    ['Cervical insufficiency can cause painless loss of a pregnancy in the second trimester.', 'cervical-insufficiency'],
    ['An incompetent cervix may be treated with a stitch called a cerclage.', 'cervical-insufficiency'],
    ['PPROM happens in about 3% of pregnancies and is a leading cause of preterm birth.', 'preterm-premature-rupture-of-membranes'],
    ['My water broke at 38 weeks, before any contractions started.', 'rupture-of-membranes'],
    ['Your midwife will ask what time your waters broke and what colour the fluid was.', 'rupture-of-membranes'],
    ['Water breaking before labor starts is called prelabor rupture, and the pregnancy team will want to know.', 'rupture-of-membranes'],
    ['What should I do if my water breaks at home during pregnancy?', 'rupture-of-membranes'],
    ['When your waters break, call the maternity unit.', 'rupture-of-membranes'],
    ['Losing your mucus plug means your cervix is getting ready for labor.', 'mucus-plug'],
    ['A bloody show near your due date is a sign that labor may start within days.', 'bloody-show'],
    ['At her last check she was 3 centimeters dilated and 50% effaced; effacement was 50%.', 'effacement'],
    ['The midwife said the baby was at 0 station and the cervix was 6 centimeters dilated.', 'fetal-station'],
    ['Fetal station describes how far the baby has dropped into the pelvis.', 'fetal-station'],
    ['During early labor, contractions may be 5 to 20 minutes apart and the cervix opens slowly.', 'early-labor'],
    ['The latent phase of labor can last many hours for a first baby.', 'early-labor'],
    ['Most people go to the hospital in active labor, when contractions are 3 to 5 minutes apart.', 'active-labor'],
    ['Your doctor may suggest an induction if you are more than a week past your due date.', 'induction-of-labor'],
    ['The induction began with a balloon to soften the cervix before oxytocin was started.', 'induction-of-labor'],
    ['For a planned C-section, a spinal block numbs you from the chest down.', 'spinal-block'],
    ['Spinal anesthesia is often used for cesarean births.', 'spinal-block'],
    ['Electronic fetal monitoring tracks the baby\'s heart rate during labor.', 'electronic-fetal-monitoring'],
    ['The midwife offered a CTG to check the baby\'s heart rate during contractions.', 'electronic-fetal-monitoring'],
    ['A second-degree perineal tear is closed with dissolving stitches.', 'perineal-tear'],
    ['A third-degree tear reaches the muscle that controls the anus.', 'obstetric-anal-sphincter-injury'],
    ['Many women can safely try for a VBAC after one cesarean.', 'vbac'],
    ['Vaginal birth after cesarean succeeds in 60 to 80 percent of those who try.', 'vbac'],
    ['A TOLAC should take place in a hospital that can perform an emergency cesarean.', 'tolac'],
    ['Delayed cord clamping gives the baby more blood from the placenta.', 'delayed-cord-clamping'],
    ['Skin-to-skin contact with your newborn right after birth helps keep the baby warm.', 'skin-to-skin-contact'],
    ['Dads can do skin-to-skin too, which helps bonding with the baby.', 'skin-to-skin-contact'],
    ['Kangaroo care lowers the risk of death in babies born too small.', 'skin-to-skin-contact'],
    ['A maternal-fetal medicine specialist cares for people with high-risk pregnancies.', 'maternal-fetal-medicine-specialist'],
    ['You may be referred to a perinatologist if a scan shows a problem.', 'maternal-fetal-medicine-specialist'],
    ['Afterpains are often stronger while breastfeeding.', 'afterpains'],
    ['Postpartum preeclampsia can develop up to six weeks after delivery.', 'postpartum-preeclampsia'],
    ['The fourth trimester is the 12 weeks after your baby is born.', 'fourth-trimester'],
    ['Share your birth plan with your midwife before your due date.', 'birth-plan'],
    ['Your LMP, or last menstrual period, is used to work out your due date.', 'lmp'],
    ['Pregnancy is dated from the first day of your last menstrual period.', 'lmp'],
    // Newborns and children
    ['The vitamin K shot protects newborns from a rare bleeding problem.', 'vitamin-k-shot'],
    ['Babies who skip the vitamin K injection are at risk of VKDB.', 'vitamin-k-deficiency-bleeding'],
    ['Erythromycin eye ointment is put in the baby\'s eyes within an hour of birth.', 'erythromycin-eye-ointment'],
    ['The newborn hearing screening takes a few minutes while the baby sleeps.', 'newborn-hearing-screening'],
    ['Pulse oximetry screening is done after 24 hours to look for heart defects.', 'pulse-oximetry-screening'],
    ['The CCHD screening uses a sensor on the right hand and one foot.', 'pulse-oximetry-screening'],
    ['CCHD affects about 1 in 4 babies born with a heart defect.', 'critical-congenital-heart-disease'],
    ['Breastfeeding jaundice happens when a baby does not get enough milk in the first days.', 'breastfeeding-jaundice'],
    ['Breast milk jaundice can last up to three months in a healthy, growing baby.', 'breast-milk-jaundice'],
    ['The soft spot on top of your baby\'s head usually closes by 18 months.', 'fontanelle'],
    ['A sunken soft spot can be a sign that an infant is dehydrated.', 'fontanelle'],
    ['A stork bite on the back of a newborn\'s neck may never fully fade.', 'stork-bite'],
    ['A salmon patch on the eyelids usually fades by age 2.', 'stork-bite'],
    ['Keep the umbilical cord stump clean and dry until it falls off.', 'umbilical-cord-stump'],
    ['The cord stump usually falls off within two weeks.', 'umbilical-cord-stump'],
    ['An umbilical granuloma may be treated with silver nitrate.', 'umbilical-granuloma'],
    ['Most babies spit up after a feeding, and spit-up is usually nothing to worry about.', 'spit-up'],
    ['If your baby spits up a lot but is gaining weight, it is usually normal.', 'spit-up'],
    ['Spitting up is common in healthy infants after a bottle.', 'spit-up'],
    ['Projectile vomiting after every feed can be a sign of pyloric stenosis.', 'projectile-vomiting'],
    ['Croup causes a barking cough that is often worse at night in children.', 'barking-cough'],
    ['Slapped cheek rash is caused by parvovirus B19.', 'fifth-disease'],
    ['Slapped cheek disease is common in school-age children.', 'fifth-disease'],
    ['The doctor plotted her BMI-for-age on the growth chart.', 'growth-percentile'],
    ['The CDC catch-up schedule shows the shortest time allowed between vaccine doses.', 'catch-up-vaccination'],
    ['Use the catch-up immunization schedule for children who started late.', 'catch-up-vaccination'],
    ['The rotavirus vaccine is given by mouth at 2 and 4 months.', 'rotavirus-vaccine'],
    ['The varicella vaccine is given at 12 to 15 months and again at 4 to 6 years.', 'varicella-vaccine'],
    ['Has your child had the chickenpox vaccine?', 'varicella-vaccine'],
    ['The hepatitis B vaccine is given as a series of shots.', 'hepatitis-b-vaccine'],
    ['A lip tie can look like a tight band between the upper lip and gum.', 'lip-tie'],
    ['Lead screening is recommended for children at 12 and 24 months.', 'blood-lead-test'],
    ['A blood lead test can find lead poisoning before symptoms appear.', 'blood-lead-test'],
    // First aid and emergencies
    ['Hands-only CPR has just two steps: call 911 and push hard and fast.', 'hands-only-cpr'],
    ['Give chest compressions at a rate of 100 to 120 a minute.', 'chest-compression'],
    ['Give 2 rescue breaths after every 30 compressions.', 'rescue-breath'],
    ['Rescue breathing is important for children and drowning victims.', 'rescue-breath'],
    ['An automated external defibrillator can be used by anyone.', 'automated-external-defibrillator'],
    ['If a baby is choking, give up to 5 back blows between the shoulder blades.', 'back-blow'],
    ['Wound packing stops bleeding from deep wounds in the groin or armpit.', 'wound-packing'],
    ['Take a Stop the Bleed course to learn how to use a tourniquet.', 'stop-the-bleed'],
    ['Pack the wound with hemostatic gauze and hold firm pressure.', 'hemostatic-dressing'],
    ['Remember BE FAST to spot the signs of a stroke.', 'be-fast'],
    ['Use F.A.S.T. to check for stroke: face drooping, arm weakness, speech difficulty, time to call 911.', 'be-fast'],
    ['Think FAST: if you notice facial drooping or arm weakness, it could be a stroke.', 'be-fast'],
    ['Agonal breathing is not normal breathing and is a sign of cardiac arrest.', 'agonal-breathing'],
    ['Good Samaritan laws protect people who give help in an emergency.', 'good-samaritan-law'],
    ['Keep glucose gel or glucose tablets with you in case of a low.', 'glucose-gel'],
    ['Chew 3 or 4 glucose tablets to treat low blood sugar.', 'glucose-tablet'],
    ['Naloxone can reverse an opioid overdose.', 'opioid-overdose'],
    ['Always carry your rescue inhaler when you exercise.', 'rescue-inhaler'],
    ['An electrical injury can damage tissue deep under the skin.', 'electrical-injury'],
    // Older adults
    ['The Timed Up and Go test measures how long it takes to stand, walk and sit.', 'timed-up-and-go-test'],
    ['The TUG test is part of the CDC STEADI toolkit.', 'timed-up-and-go-test'],
    ['The Mini-Cog takes about 3 minutes and includes a clock drawing.', 'mini-cog'],
    ['A comprehensive geriatric assessment looks at health, function and support at home.', 'comprehensive-geriatric-assessment'],
    ['A fall risk assessment checks strength, balance and medicines.', 'fall-risk-assessment'],
    ['Cognitive screening is part of the Medicare Annual Wellness Visit.', 'cognitive-screening'],
    // Editor's review: the narrower cue lists still find the words where pages use them
    ['I was 4 cm dilated, 80% effaced and at -1 station when I got to the hospital.', 'fetal-station'],
    ['A third-degree tear happens in about 3 in 100 vaginal births.', 'obstetric-anal-sphincter-injury'],
    ['She had a fourth-degree tear after a forceps delivery.', 'obstetric-anal-sphincter-injury'],
    ['The GBS swab is taken at 36 weeks of pregnancy.', 'group-b-strep-test'],
    ['Her physical therapist used the TUG test to check her fall risk.', 'timed-up-and-go-test'],
    ["The salmon patch on her newborn's forehead faded by her first birthday.", 'stork-bite'],
    ['Stop the Bleed kits hold tourniquets and gauze for bystanders.', 'stop-the-bleed'],
    ['Your child is behind, so the catch-up schedule lets them get the missed vaccines sooner.', 'catch-up-vaccination'],
    ['If your baby has a sunken soft spot, it may be a sign of dehydration.', 'fontanelle'],
    ['Is it normal for a newborn to spit up a lot?', 'spit-up'],
    ['For a choking adult, the 2025 guidelines alternate 5 back blows with 5 abdominal thrusts.', 'back-blow'],
  ]);

  itLeavesPlain([
    'We met at the train station and took the station wagon home.',
    'Leave your coat at the nurses\' station on the way out.',
    'The weather station on the roof logs wind speed.',
    'Her induction into the Hall of Fame was the highlight of the night.',
    'New staff attend an induction day in their first week.',
    'An induction cooktop heats the pan with a magnetic field.',
    'Faraday discovered electromagnetic induction in 1831.',
    'Proof by induction starts with a base case.',
    'I have always had a soft spot for old dogs.',
    'She has a soft spot in her heart for the baby of the family.',
    'The early labor movement fought for an eight-hour day.',
    'Active labor market policies help people find work.',
    'Be fast, the sale ends at midnight!',
    'The car is fast and the ride is smooth.',
    'The water broke through the levee after days of rain.',
    'Waves were breaking on the rocks as the water rose.',
    'What a bloody show that was on telly last night.',
    'The catch-up schedule for the postponed matches was released today.',
    'Our sales team does lead screening before any call.',
    'He trades back blows with his sparring partner in the ring.',
    'The lead singer said the new album is a fresh start.',
    'She wore a chest compression shirt under her jersey.',
    'Her quiet self-effacement won her many friends.',
    'Stop the bleed of customers by fixing your onboarding.',
    'Players take water breaks every 20 minutes in the heat.',
    'Labor laws require shade and water breaks for farmworkers.',
    'The Labor Party held an induction for new members at Union Station.',
    'The ATM spit up my card after a long wait.',
    'It was a Good Samaritan act to stop and help the stranded driver.',
    'Congress passed the FAST Act to fund roads and bridges.',
    'Flood waters broke through the levee overnight.',
    // Editor's review: other senses the first cue lists let through
    "Labour's conference was a bloody show from start to finish.",
    "The Labor Department's heat rule would require water breaks every two hours for workers.",
    'A trickle of water broke through the dam, then a gush.',
    'Early labor market experiences shape the careers of baby boomers.',
    "Muddy Waters' induction into the Rock and Roll Hall of Fame was long overdue.",
    'New midwives join a two-week induction programme.',
    'Bitter rot causes sunken soft spots on apples.',
    'A bulging soft spot in the ceiling usually means water damage.',
    'The algorithm spits up the same posts in your feed every day.',
    'The formula spits up an error if the cell is empty.',
    'The printer spat up a jam of paper on the first feed.',
    'Can the Jets Stop the Bleed? Injury woes continue to pile up.',
    'The catch-up schedule for lessons lost to school closures follows CDC guidance.',
    'After the postponed fight, his catch-up schedule of sparring was all jabs and hooks.',
    'Lead screening of school drinking water protects children.',
    'Home lead screening kits test paint for lead; children are most at risk.',
    'The fighter was stuck on the ropes, trading back blows and elbows.',
    'She bought a salmon patch for her jacket.',
    'Give each crimped wire a tug test before you close the panel.',
    'She wound packing tape around the box twice.',
  ]);
});

/** Sentences where a health page uses the word in another sense: that entry's card stays away. */
describe('gated words of the 2.92 entries in their other health and news senses', () => {
  itSkips([
    ['Labor advocates say pregnant workers need water breaks in the heat.', 'rupture-of-membranes'],
    ['MRI of the cervical spine shows a disc bulge with effacement of the ventral thecal sac.', 'effacement'],
    ['CT shows sulcal effacement and dilated ventricles.', 'effacement'],
    ['Your pupils will be dilated before you go to the screening station.', 'fetal-station'],
    ['Go to the triage station when contractions are 5 minutes apart.', 'fetal-station'],
    ['Teen pregnancy and early labor market entry are linked in the data.', 'early-labor'],
    ['Under the Emergency Medical Treatment and Active Labor Act, hospitals must treat pregnant women in labor.', 'active-labor'],
    ['In myotonic dystrophy, CTG repeats can expand when passed on during pregnancy.', 'electronic-fetal-monitoring'],
    ['A third-degree tear of the hamstring is a complete rupture of the muscle.', 'obstetric-anal-sphincter-injury'],
    ['For pregnant patients needing general anesthesia, rapid sequence induction is used.', 'induction-of-labor'],
    ['Enzyme induction by some epilepsy drugs matters in pregnancy.', 'induction-of-labor'],
    ['Adoptive mothers can try lactation induction before the baby arrives.', 'induction-of-labor'],
    ['Cut away any soft spots before dehydration in the food dryer.', 'fontanelle'],
    ['Stop the Bleed: five ways to stop bleeding cash at your startup.', 'stop-the-bleed'],
    ["The FAST scale stages Alzheimer's disease; a stroke can cause vascular dementia.", 'be-fast'],
    ['A FAST exam checks for internal bleeding after trauma or a stroke.', 'be-fast'],
    ['Mpox can pass skin-to-skin, including from a parent to a newborn.', 'skin-to-skin-contact'],
    ['Scabies spreads with prolonged skin-to-skin contact between family members, including babies.', 'skin-to-skin-contact'],
    ['There is no single GBS test for Guillain-Barre syndrome; a lumbar puncture helps.', 'group-b-strep-test'],
    ['A chest compression fracture can happen in osteoporosis.', 'chest-compression'],
  ]);
});

/** The cards themselves: plain short texts, and the facts the editor's review settled. */
describe('the 2.92 entries read plainly and say only what the sources bear out', () => {
  const { manifest, files } = readPackDir(resolve(import.meta.dirname, '../../glossary/packs/health'));
  const checked = checkPack(manifest, files).entries;
  const batch = checked.filter(({ file }) => file.includes('.92.')).map(({ entry }) => entry);
  const byId = new Map(checked.map(({ entry }) => [entry.id, entry]));

  it('holds the 64 new entries', () => {
    expect(batch).toHaveLength(64);
  });

  it('reads at grade 7 or below in every short text', () => {
    expect(batch.filter((entry) => fleschKincaidGrade(entry.short) > 7).map((entry) => entry.id)).toEqual([]);
  });

  it('gives no vitamin K risk figure it could not confirm', () => {
    expect(byId.get('vitamin-k-shot')!.explanation).not.toMatch(/\d+ times/);
  });

  it('describes infant chest compressions and choking first aid as the 2025 guidelines give them', () => {
    expect(byId.get('chest-compression')!.explanation).toMatch(/two thumbs.*heel of one hand/);
    expect(byId.get('back-blow')!.explanation).toMatch(/since 2025, the American Heart Association/);
  });

  it('states no US hepatitis B birth-dose rule beyond babies of mothers with hepatitis B', () => {
    expect(byId.get('hepatitis-b-vaccine')!.explanation).not.toMatch(/all (new)?(born )?babies|every baby|all infants/i);
  });
});
