/**
 * Health words that have other senses, from cardiology, respiratory, gastroenterology, urology and
 * continence clinics, care homes, ambulance notes, addiction and prison health services, travel
 * clinics and rheumatology: devices (a stoma pouch and its flange, a leg bag, a urinary sheath, a
 * walker, a puffer, an insulin pen, a hoist sling), body words (the gut, swollen joints, a mole),
 * conditions (a rash, shock, a bleed, the bends, flutter) and street names of drugs (ice, spice,
 * speed, smack, crack, skunk, poppers). Each is tried against the other senses of its words, read
 * alone and as part of a health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itListsMeanings,
  itMatchesAtAnyLevel,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('stoma pouch, flange and the J-pouch', () => {
  itUnderlines([
    ['Empty the pouch when it is a third full so it does not pull on the stoma.', 'pouch'],
    ['The stoma nurse showed me how to change my pouch without leaks.', 'pouch'],
    ['Pouchitis is inflammation of the pouch after surgery for ulcerative colitis.', 'pouch'],
    ['Cut the flange to fit snugly around the stoma.', 'stoma-flange'],
    ['With a two-piece ileostomy system the baseplate can stay on for three days.', 'stoma-flange'],
    ['A stoma flange that is cut too big lets output reach the skin.', 'stoma-flange'],
    ['After the colectomy a J-pouch was made, and the loop ileostomy was closed later.', 'ileoanal-reservoir'],
  ]);
  itChoosesSense([
    ['Empty the pouch when it is a third full so it does not pull on the stoma.', 'pouch', 'stoma bag (worn outside the body)'],
    ['Pouchitis is inflammation of the pouch after surgery for ulcerative colitis.', 'pouch', 'pouch made inside the body (such as a J-pouch)'],
    ['After the bladder is removed, urine can be stored in an Indiana pouch made from bowel.', 'pouch', 'pouch made inside the body (such as a J-pouch)'],
  ]);
  itSkips([
    ['Kangaroos carry their young in a pouch.', 'pouch'],
    ['Keep your keys in the front pouch of the rucksack.', 'pouch'],
    ['The baby food pouch is easy to squeeze.', 'pouch'],
    ['Nicotine pouches are placed under the top lip.', 'pouch'],
    ['The pouch of Douglas lies behind the womb.', 'pouch'],
    ['Tighten the bolts on the toilet flange before fitting the pan.', 'stoma-flange'],
    ['The pipe flange leaked at the pump.', 'stoma-flange'],
    ['A silicon wafer is the base of every microchip.', 'stoma-flange'],
    ['She served vanilla wafers with the ice cream.', 'stoma-flange'],
  ]);
  itSkipsOnHealthPages([
    ['Hamsters store food in a cheek pouch.', 'pouch'],
    ['Pack a zip pouch with tissues and hand gel for the journey.', 'pouch'],
    ['Diverticula are small pouches in the bowel wall; a few people need a colectomy.', 'pouch'],
    ['The wheel flange keeps the train on the rail.', 'stoma-flange'],
  ]);
});

describe('continence: sling, sheath, leg bag and pads', () => {
  itUnderlines([
    ['A mid-urethral sling may be offered when pelvic floor exercises have not helped.', 'mid-urethral-sling'],
    ['She had a midurethral sling for stress incontinence in 2015.', 'mid-urethral-sling'],
    ['He uses a urinary sheath at night and a leg bag by day.', 'urinary-sheath'],
    ['A condom catheter can be easier than pads for some men.', 'urinary-sheath'],
    ['Empty the leg bag when it is two-thirds full and keep it below the bladder.', 'catheter-bag'],
    ['Attach the night bag to the catheter bag before bed.', 'catheter-bag'],
    ['Catheter bag changed weekly; urine clear.', 'catheter-bag'],
    ['Incontinence pads come in many sizes for light and heavy leaks.', 'incontinence-pad'],
    ['The continence service delivers continence pads every twelve weeks.', 'incontinence-pad'],
  ]);
  itSkips([
    ['She wore a sling for two weeks after breaking her collarbone.', 'mid-urethral-sling'],
    ['Her leg bag matched her boots at the festival.', 'catheter-bag'],
    ['Pack a night bag for the weekend away.', 'catheter-bag'],
    ['The knife slid back into its leather sheath.', 'urinary-sheath'],
  ]);
  itSkipsOnHealthPages([
    ['Pack a night bag for your hospital stay: nightwear, slippers and a phone charger.', 'catheter-bag'],
    ['The rifle sling snapped during the march.', 'mid-urethral-sling'],
  ]);
});

describe('care homes: walker and hoist sling', () => {
  itUnderlines([
    ['After her hip replacement she walked with a walker for six weeks.', 'walker'],
    ['A physical therapist will set the walker to the right height.', 'walker'],
    ['Mobilizes short distances with a rolling walker and one carer.', 'walker'],
    ['Two carers and a medium hoist sling for all transfers.', 'hoist-sling'],
  ]);
  itUnderlinesOnHealthPages([['He uses a walker indoors and needs one caregiver for transfers.', 'walker']]);
  itSkips([
    ['Walker said the physiotherapist had helped his recovery.', 'walker'],
    ['Alice Walker wrote The Color Purple.', 'walker'],
    ['The dog walker comes at noon while we are at work.', 'walker'],
    ['Hill walkers were warned about falls on the icy ridge.', 'walker'],
    ['Baby walkers are not safe and can cause falls down stairs.', 'walker'],
    ['A keen walker, she did the coast path after her knee replacement.', 'walker'],
  ]);
  itSkipsOnHealthPages([
    ['The dog walker found him on the floor after a fall.', 'walker'],
    ['Johnnie Walker is a brand of whisky.', 'walker'],
  ]);
});

describe('inhalers: puffer and brown inhaler', () => {
  itUnderlines([
    ['Take your blue puffer with you on the school trip.', 'inhaler'],
    ['Use your brown puffer morning and night, even when you feel well.', 'inhaler'],
    ['Use your brown inhaler every morning even when you feel well.', 'inhaled-corticosteroid'],
  ]);
  itSkips([
    ['Her blue puffer jacket was too warm for the bus.', 'inhaler'],
    ['She zipped up her blue puffer and went out into the snow.', 'inhaler'],
    ['A navy puffer gilet is this winter’s must-have.', 'inhaler'],
    ['The puffer fish swells up when it is scared.', 'inhaler'],
  ]);
});

describe('the gut', () => {
  itUnderlines([
    ['Fibre keeps your gut healthy and helps prevent constipation.', 'digestive-tract'],
    ['Probiotics may help some people with IBS, but the effect on the gut varies.', 'digestive-tract'],
    ['Coeliac disease damages the lining of the gut when gluten is eaten.', 'digestive-tract'],
  ]);
  itUnderlinesOnHealthPages([
    ['Your gut can take a few weeks to settle after a course of antibiotics.', 'digestive-tract'],
    ['Worm eggs hatch in the gut and the larvae move to the lungs.', 'digestive-tract'],
  ]);
  itSkips([
    ['My gut feeling is that the plan will fail.', 'digestive-tract'],
    ['The kitchen needs a full gut renovation before we move in.', 'digestive-tract'],
    ['He had the guts to tell his boss the truth.', 'digestive-tract'],
    ['The defeat was a real kick in the gut for the fans.', 'digestive-tract'],
  ]);
  itSkipsOnHealthPages([
    ['Trust your gut if your child seems very unwell and call 111.', 'digestive-tract'],
    ['A punch to the gut left him winded for a minute.', 'digestive-tract'],
    ['Her gut instinct told her something was wrong with the baby.', 'digestive-tract'],
    ['He has had a beer gut since his forties.', 'digestive-tract'],
  ]);
});

describe('skin and joints: rash, mole, swollen joints, sausage fingers', () => {
  itUnderlines([
    ['The rash cleared after two days of antihistamines.', 'rash'],
    ['Chickenpox starts as a rash of small red spots.', 'rash'],
    ['Painful, swollen joints in both hands every morning.', 'joint'],
    ['Stiff joints first thing in the morning are common in rheumatoid arthritis.', 'joint'],
    ['Her wrist joint was hot and swollen.', 'joint'],
    ['Sausage fingers are a sign of psoriatic arthritis.', 'dactylitis'],
    ['A new mole that changes shape should be shown to a dermatologist.', 'mole'],
  ]);
  itUnderlinesOnHealthPages([
    ['If the rash spreads or you feel unwell, see a pharmacist.', 'rash'],
    ['Please send a clear photo of the mole on the skin of your back before your video appointment.', 'mole'],
    ['After a molar pregnancy the mole is removed by suction and hCG is checked weekly.', 'mole'],
  ]);
  itChoosesSense([
    ['A new mole that changes shape should be shown to a dermatologist.', 'mole', 'spot on the skin'],
    ['After a molar pregnancy the mole is removed by suction and hCG is checked weekly.', 'mole', 'growth in the womb (molar pregnancy)'],
    ['In gestational trophoblastic disease the mole grows from placental tissue.', 'mole', 'growth in the womb (molar pregnancy)'],
  ]);
  itListsMeanings([['Please send a clear photo of the mole on the skin of your back before your video appointment.', 'mole']]);
  itSkips([
    ['It was a rash decision to quit his job.', 'rash'],
    ['A rash of burglaries hit the estate last month.', 'rash'],
    ['They opened a joint account for the mortgage.', 'joint'],
    ['He was caught smoking a joint behind the school.', 'joint'],
    ['The companies announced a joint venture and a stiff target for the year.', 'joint'],
    ['The burger joint on the corner is always busy.', 'joint'],
    ['My sausage fingers cannot type on this tiny phone.', 'dactylitis'],
  ]);
  itSkipsOnHealthPages([
    ["Don't be rash: think it over before you sign up for surgery abroad.", 'rash'],
    ['The mole dug tunnels under the lawn.', 'mole'],
    ['One mole of glucose weighs 180 grams.', 'mole'],
    ['Connective tissue nevi are firm lumps under the skin.', 'mole'],
    ['Mole poblano is a rich Mexican sauce.', 'mole'],
    ['A complete mole has no fetus, and hCG levels are often very high.', 'mole'],
  ]);
});

describe('ambulance and anticoagulation: shock, a bleed, a cold', () => {
  itUnderlines([
    ['Signs of shock include pale, cold, clammy skin and a fast, weak pulse.', 'shock'],
    ['Lactate 5.2 and hypotension after fluids: shock not resolving.', 'shock'],
    ['If you have a bleed that will not stop, go to A&E.', 'bleed'],
    ['People with haemophilia may have a bleed into a joint after a small knock.', 'bleed'],
    ['Major bleeds on apixaban are rare but serious.', 'bleed'],
  ]);
  itUnderlinesOnHealthPages([
    ['Temp 38.9, cool peripheries, cap refill 5 s: shock, fluids given.', 'shock'],
    ['On warfarin, report any bleed that lasts more than ten minutes.', 'bleed'],
  ]);
  itMatchesAtAnyLevel([
    ["I've had a stinking cold all week.", 'cold'],
    ['It sounds like a cold, so rest and drink plenty.', 'cold'],
    ['Colds and flu spread fast in winter.', 'cold'],
  ]);
  itSkips([
    ['The news came as a shock to the family.', 'shock'],
    ['Bleed the brakes after changing the pads.', 'bleed'],
    ['Remember to bleed the radiators before winter.', 'bleed'],
    ['Leave a 3 mm bleed around the edge of the print file.', 'bleed'],
    ['The company continued to bleed cash all year.', 'bleed'],
    ['How to stop the bleed of subscribers after a price rise.', 'bleed'],
    ['A cold front will bring rain, and coughs and sneezes filled the stands.', 'cold'],
  ]);
  itSkipsOnHealthPages([
    ['The AED will tell you whether to give a shock.', 'shock'],
    ['Shock absorbers smooth the ride over potholes.', 'shock'],
    ['His gums bleed when he brushes his teeth.', 'bleed'],
    ['Children with low platelets may bleed easily, and severe bleeding needs urgent care.', 'bleed'],
    ['Cold weather can make asthma worse and bring on a cough.', 'cold'],
    ['Apply a cold compress to the bruise and take paracetamol.', 'cold'],
  ]);
});

describe('addiction and prison health: street names of drugs', () => {
  itUnderlines([
    ['He has been using ice most weekends and has become paranoid.', 'methamphetamine'],
    ['Ice is a strong, smokable form of methamphetamine.', 'methamphetamine'],
    ['Meth use is linked to psychosis and severe tooth decay.', 'methamphetamine'],
    ['Spice and mamba are synthetic cannabinoids that can cause seizures.', 'synthetic-cannabinoid'],
    ['Suspected spice use; the man was unresponsive on arrival.', 'synthetic-cannabinoid'],
    ['He was using speed and cannabis most weekends.', 'amphetamine'],
    ['Ecstasy pills often contain other drugs, so pill testing can help.', 'mdma'],
    ['He was prescribed a benzo for panic attacks.', 'benzodiazepine'],
    ['He was on smack for ten years before starting methadone.', 'heroin'],
    ['He smokes crack and heroin daily.', 'crack-cocaine'],
    ['Skunk is a strong type of cannabis linked to psychosis.', 'skunk'],
    ['Poppers are sniffed for a head rush and are dangerous with Viagra.', 'poppers'],
    ['Mephedrone, also called meow meow, was banned in 2010.', 'mephedrone'],
    ['GHB is easy to overdose on, especially with alcohol.', 'ghb'],
    ['Chemsex is linked with a higher risk of HIV.', 'chemsex'],
    ['Legal highs were banned in the UK in 2016.', 'legal-high'],
    ['Magic mushrooms contain psilocybin.', 'magic-mushroom'],
    ['He was sipping lean made with codeine cough syrup.', 'purple-drank'],
    ['He took nitrous from balloons at a party.', 'nitrous-oxide'],
    ['He quit heroin cold turkey and had severe withdrawal.', 'cold-turkey'],
    ['Track marks on both forearms; he admits injecting heroin.', 'track-marks'],
  ]);
  itMatchesAtAnyLevel([['Smoking weed every day can bring on psychosis in some young people.', 'cannabis']]);
  itSkips([
    ['Apply an ice pack to the sprain, then keep using ice for two days.', 'methamphetamine'],
    ['Travellers should avoid using ice made from tap water.', 'methamphetamine'],
    ['Ice on the roads caused crashes; police also found cocaine in one car.', 'methamphetamine'],
    ['ICE agents arrested him on a drug use charge.', 'methamphetamine'],
    ['Prisoners complained that the food had no spice.', 'synthetic-cannabinoid'],
    ['Turmeric is a spice used in curries, and cannabis is illegal in the UK.', 'synthetic-cannabinoid'],
    ['The Spice Girls reunion tour sold out in minutes.', 'synthetic-cannabinoid'],
    ['K2 is the second highest mountain in the world.', 'synthetic-cannabinoid'],
    ['The speed of recovery after surgery varies.', 'amphetamine'],
    ['Police chased the car at high speed and found cocaine in the boot.', 'amphetamine'],
    ['The crowd was in ecstasy after the late goal.', 'mdma'],
    ['Benzo(a)pyrene is found in cigarette smoke.', 'benzodiazepine'],
    ['She gave him a smack on the arm.', 'heroin'],
    ['His plan smacks of desperation, said the addiction charity.', 'heroin'],
    ['Police crack down on heroin dealers.', 'crack-cocaine'],
    ['There is a hairline crack in the wall of the old drug den.', 'crack-cocaine'],
    ['A skunk sprayed the dog in the garden.', 'skunk'],
    ['Party poppers and streamers for the birthday.', 'poppers'],
    ['Jalapeño poppers with cream cheese.', 'poppers'],
    ['The kitten said meow meow at the door.', 'mephedrone'],
    ['Choose lean meat and cut down on fizzy drinks.', 'purple-drank'],
    ['Lean on your friends when addiction feels overwhelming.', 'purple-drank'],
    ['We picked shrooms for the risotto on a foraging trip.', 'magic-mushroom'],
    ['The car has a nitrous kit for drag racing.', 'nitrous-oxide'],
    ['Leftover cold turkey sandwiches for lunch.', 'cold-turkey'],
    ['Tyre track marks were found in the mud.', 'track-marks'],
    ['Pull the weeds, and keep the weed killer away from children.', 'cannabis'],
  ]);
  itSkipsOnHealthPages([
    ['Rest, ice, compression and elevation help a sprained ankle.', 'methamphetamine'],
    ['Add a pinch of mixed spice to the porridge for flavour.', 'synthetic-cannabinoid'],
    ['Walking speed is a good guide to fitness in older adults.', 'amphetamine'],
    ['Smack bang in the middle of flu season, the clinic closed.', 'heroin'],
  ]);
});

describe('travel and cardiology: the bends, Delhi belly, flutter', () => {
  itUnderlines([
    ['He got the bends after coming up too fast from a deep dive.', 'decompression-sickness'],
    ['Delhi belly ruined the first week of the trip.', 'travelers-diarrhea'],
    ["Montezuma's revenge usually settles in a few days.", 'travelers-diarrhea'],
    ['Flutter ablation was successful; no AF since.', 'atrial-flutter'],
    ['ECG shows typical flutter with 2:1 block; anticoagulation started.', 'atrial-flutter'],
    ['Prime the insulin pen with two units before each injection.', 'insulin-pen'],
  ]);
  itSkips([
    ['The road has sharp bends near the dive centre.', 'decompression-sickness'],
    ['The driver took the bends too fast before his dive into the pits.', 'decompression-sickness'],
    ['I felt a flutter in my chest, but the ECG was normal.', 'atrial-flutter'],
    ['Swimmers practise flutter kicks in the shallow end.', 'atrial-flutter'],
    ['She had a flutter on the Grand National.', 'atrial-flutter'],
  ]);
});

describe('review: ordinary senses beside health words', () => {
  itSkipsOnHealthPages([
    ['Try using ice, compression and elevation for the first two days.', 'methamphetamine'],
    ['Ice use after a sprain is common among athletes.', 'methamphetamine'],
    ['Drinking meths is common among people with severe alcohol dependence and drug use.', 'methamphetamine'],
    ['Cannabis can slow your reaction speed for hours, so do not drive.', 'amphetamine'],
    ['ADHD stimulant medicines can improve reading speed and focus.', 'amphetamine'],
    ['Homeless people often lack access to healthy food with spice.', 'synthetic-cannabinoid'],
    ['Vitamin K2 helps blood clot; too much of any supplement can cause an overdose.', 'synthetic-cannabinoid'],
    ['Moles can darken during pregnancy and usually fade afterwards.', 'mole'],
    ['Moles dig up lawns and gardens.', 'mole'],
    ['Results are given in moles per litre.', 'mole'],
    ['The diverticula can become inflamed; infected pouches may need a colectomy.', 'pouch'],
    ['On the coast path, walkers should carry a rucksack with a light frame.', 'walker'],
    ['A rash of new cases of measles followed the outbreak.', 'rash'],
    ['His gut told him the rash was serious.', 'digestive-tract'],
    ['Heroin withdrawal makes your joints ache, and you may hear your knuckles crack.', 'crack-cocaine'],
    ['Methadone can cause constipation, but most people crack on with their day.', 'crack-cocaine'],
  ]);
  itLeavesWordPlain([['Foraging for edible weeds like dandelion is fun, and nettles make a good soup.', 'weeds']]);
  itUnderlines([
    ['He stopped drinking cold turkey with no support and had a seizure.', 'cold-turkey'],
    ['A mole on the skin that itches or bleeds should be checked.', 'mole'],
  ]);
  itChoosesSense([['A mole on the skin that itches or bleeds should be checked.', 'mole', 'spot on the skin']]);
});

// Since pack 2.62 shock also holds a defibrillator's shock. This line has cue words of both
// meanings (an AED and a heart rhythm; low blood pressure), so its card lists them rather than
// naming the circulatory one, which used to be the only meaning and was kept away from it.
describe('the shock a defibrillator gives', () => {
  itListsMeanings([
    ['The AED will give a shock if the heart rhythm needs one; low blood pressure is common afterwards.', 'shock'],
  ]);
  itChoosesSense([
    ['The defibrillator will give a shock if the heart rhythm is shockable.', 'shock', 'electric jolt from a defibrillator'],
  ]);
});
