/**
 * Words of wound and tissue-viability care, operations and their aftercare, burns and plastic
 * surgery, podiatry, speech and swallowing, newborn units and frailty clinics that had no card or
 * waited for a cue word terse notes do not hold: new entries and cue words, each tried against the
 * other senses of its words (a boot, a flap, a port, staples, a block, a swallow, an incubator).
 */
import { describe } from 'vitest';
import {
  itLeavesWordPlain,
  itMatchesAtAnyLevel,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('wound and tissue-viability care', () => {
  itUnderlines([
    ['Wound bed pink and granulating, edges clean.', 'wound-bed'],
    ['The wound bed looks healthier than last week.', 'wound-bed'],
    ['Sacral sore: 40% slough, 60% granulation.', 'slough'],
    ['Thick yellow slough covered most of the leg ulcer.', 'slough'],
    ['Sacral sore: 40% slough, 60% granulation.', 'granulation-tissue'],
    ['The base of the wound is granulating nicely.', 'granulation-tissue'],
    ['Heavy exudate soaked through the foam dressing overnight.', 'exudate'],
    ['Hypergranulation around the gastrostomy site, treated with a foam dressing.', 'hypergranulation'],
    ['Overgranulation noted at the edge of the stoma.', 'hypergranulation'],
    ['Edges epithelialising; the wound is almost closed.', 'epithelialization'],
    ['Periwound skin red and soggy.', 'periwound'],
    ['Periwound skin macerated from heavy exudate.', 'maceration'],
    ['Moisture lesion on the buttocks, not a pressure ulcer.', 'moisture-lesion'],
    ['She got a skin tear on her forearm from the wheelchair brake.', 'skin-tear'],
    ['Wound swab sent for culture and sensitivities.', 'swab'],
    ['A throat swab was taken to look for strep.', 'swab'],
    ['The nurse took a swab from his nose to screen for MRSA.', 'swab'],
    ['Offloading is the key to healing a foot ulcer in diabetes.', 'offloading'],
    ['Pressure offloading with pillows under both heels.', 'offloading'],
    ['The podiatrist fitted an offloading shoe for the sore under her big toe.', 'offloading-boot'],
    ['He was given an offloading walker for the plantar ulcer.', 'offloading-boot'],
    ['A total contact cast is usually changed once a week.', 'total-contact-cast'],
    ['Four-layer compression bandaging started for the venous leg ulcer.', 'compression-bandage'],
    ['Repositioning two-hourly to protect the sacrum.', 'repositioning'],
    ['The district nurse dresses her leg ulcer twice a week.', 'leg-ulcer'],
    ['Foot ulcer under the first metatarsal head, probing to bone.', 'foot-ulcer'],
    ['Punched-out arterial ulcer on the shin; no compression.', 'arterial-leg-ulcer'],
  ]);
  itUnderlinesOnHealthPages([
    ['Slough 30%, exudate moderate, edges rolled.', 'slough'],
    ['Exudate: low, serous.', 'exudate'],
  ]);
  itSkips([
    ['The train to Slough was cancelled again this morning.', 'slough'],
    ['Snakes slough off their old skin as they grow.', 'slough'],
    ['Ducks nested along the reedy edge of the slough.', 'slough'],
    ['Carbonic maceration gives the wine its soft, fruity taste.', 'maceration'],
    ['Leave the berries in sugar for an hour; maceration draws out the juice.', 'maceration'],
    ['Sailors had to swab the deck every morning.', 'swab'],
    ['Use a cotton swab to dab glue into the corners of the model.', 'swab'],
    ['The fund is offloading its shares in the bank.', 'offloading'],
    ['Dockers spent the night offloading containers from the ship.', 'offloading'],
    ['Plant roots release exudates into the soil around them.', 'exudate'],
    ['Fine granulation makes caster sugar dissolve quickly.', 'granulation-tissue'],
  ]);
  itSkipsOnHealthPages([
    ['Wexham Park Hospital in Slough has opened a new ward.', 'slough'],
    ['Clean the skin with an alcohol swab before the injection.', 'swab'],
    ['Do not use cotton swabs in your nose or ears.', 'swab'],
    ['Offloading some chores to family can ease a carer’s stress.', 'offloading'],
  ]);
});

describe('operations and their aftercare', () => {
  itUnderlines([
    ['Your skin staples will be taken out by the practice nurse.', 'staple'],
    ['The caesarean scar was closed with staples.', 'staple'],
    ['Staples out on day 12, wound healed.', 'staple'],
    ['Leave the dressing on the wound for two days after your operation.', 'dressing'],
    ['Grade 3 pressure injury on the heel, foam dressing renewed.', 'dressing'],
    ['The nurse flushed her drip line with saline.', 'drip'],
    ['He pulled out his drip line on the ward last night.', 'drip'],
    ['The port was inserted under the skin below her collarbone.', 'port'],
    ['He has a port for IV antibiotics at home.', 'port'],
    ['Twins were delivered by emergency section at 31 weeks.', 'emergency-caesarean'],
    ['She had an elective section because of pre-eclampsia.', 'planned-caesarean'],
    ['You may feel sick when you wake up in recovery.', 'recovery-room'],
    ['Your surgery is on the afternoon list, so nothing to eat after 7 a.m.', 'operating-list'],
    ['Tender in the left iliac fossa with guarding.', 'guarding'],
  ]);
  itMatchesAtAnyLevel([
    ['He needed six stitches in his forehead after the fall.', 'stitch'],
    ['Stitches out at the practice nurse on Monday.', 'stitch'],
    ['Her stitches dissolved about two weeks after the episiotomy.', 'stitch'],
  ]);
  itSkips([
    ['The office has run out of staples again.', 'staple'],
    ['Bread, milk and eggs are kitchen staples.', 'staple'],
    ['A staple gun is handy for re-covering chairs.', 'staple'],
    ['Olive oil is a staple of many salad dressings.', 'staple'],
    ['The ship docked at the port just after dawn.', 'port'],
    ['Plug the charger into the USB port on the left.', 'port'],
    ['Her morning list of jobs starts with feeding the hens.', 'operating-list'],
    ['The goalkeeper was guarding the near post.', 'guarding'],
    ['Water the tree at the drip line of its outer branches.', 'drip'],
  ]);
  itSkipsOnHealthPages([
    ['Beans are a staple food for many families on a budget.', 'staple'],
    ['The emergency section of this page lists phone numbers to call.', 'emergency-caesarean'],
    ['You may find dressing difficult for a few weeks after the operation.', 'dressing'],
    ['Bacteria get in through a scratch under the skin, the usual port of entry.', 'port'],
    ['Check your morning list of tablets before your operation.', 'operating-list'],
  ]);
  itLeavesWordPlain([
    ['The comedy had the whole audience in stitches.', 'stitches'],
    ['Cast on forty stitches and knit two rows.', 'stitches'],
    ['She learned cross stitch from her grandmother.', 'stitch'],
  ]);
});

describe('burns and plastic surgery', () => {
  itUnderlines([
    ['Skin graft take was about 95% at the first dressing change.', 'graft-take'],
    ['The graft has taken well over the burn on his hand.', 'graft-take'],
    ['The donor site on her thigh was covered with a foam dressing.', 'donor-site'],
    ['The graft donor site stung for a few days.', 'donor-site'],
    ['A free flap from the thigh was used to cover the open fracture.', 'free-flap'],
    ['The plastic surgeon checks the flap every hour for colour and warmth.', 'flap'],
    ['After the mastectomy she chose reconstruction with a flap from her tummy.', 'flap'],
    ['He wears a pressure garment on his arm to flatten the burn scars.', 'pressure-garment'],
    ['She was moved to the regional burns unit overnight.', 'burns-unit'],
    ['The hypertrophic scar on her shoulder is raised and itchy.', 'hypertrophic-scar'],
  ]);
  itMatchesAtAnyLevel([
    ['Scald from a kettle; the burn was cooled under running water.', 'burn'],
    ['Burn to the forearm from hot oil, cooled at the sink.', 'burn'],
  ]);
  itSkips([
    ['Rose graft take is best in spring, so tie the scion firmly.', 'graft-take'],
    ['Visit our donor site to see how your gift is spent.', 'donor-site'],
    ['The cat flap rattles every time the wind blows.', 'flap'],
    ['Pilots lowered the flaps before landing.', 'flap'],
    ['There was a flap over the leaked memo at the ministry.', 'flap'],
    ['A flap over the new tram contract dominated the council meeting.', 'flap'],
  ]);
  itSkipsOnHealthPages([
    ['The mitral valve has two flaps that open and close with each beat.', 'flap'],
    ['The epiglottis is a flap that covers the windpipe during swallowing.', 'flap'],
    ['A leaking valve flap can be repaired by a heart surgeon.', 'flap'],
  ]);
  itLeavesWordPlain([
    ['Running burns more calories than walking.', 'burns'],
    ['The blistered, raw skin may itch and burn.', 'burn'],
    ['The old mill burned down in 1920.', 'burned'],
    ['The thriller is a slow burn that pays off.', 'burn'],
  ]);
});

describe('podiatry, footwear and the body', () => {
  itUnderlines([
    ['My massage therapist found a knot by my shoulder blade.', 'muscle-knot'],
    ['Dry needling can release a trigger point in the trapezius.', 'muscle-knot'],
    ['She had a painful muscle knot in her calf.', 'muscle-knot'],
    ['I get a side stitch when I run straight after lunch.', 'side-stitch'],
    ['Hot, red, swollen foot with no pain: active Charcot foot until proven otherwise.', 'charcot-foot'],
    ['Sensation intact to 10 g monofilament at all sites.', 'monofilament-test'],
    ['Foot pulses weak on the right, so an ankle pressure test was booked.', 'foot-pulse'],
    ['Dorsalis pedis pulse not felt on either side.', 'foot-pulse'],
  ]);
  itMatchesAtAnyLevel([
    ['Hard skin built up on the soles of her feet.', 'sole-of-the-foot'],
  ]);
  itUnderlinesOnHealthPages([
    ['Gait slow and wide-based; Romberg positive.', 'gait'],
    ['Her gait has changed since the hip operation.', 'gait'],
  ]);
  itSkips([
    ['The yacht made nine knots in the breeze.', 'muscle-knot'],
    ['They will tie the knot in June.', 'muscle-knot'],
    ['Learn to tie a reef knot before the sailing course.', 'muscle-knot'],
    ['Spool the reel with 10 lb monofilament line.', 'monofilament-test'],
    ['The trigger point for the strike was a pay cut.', 'muscle-knot'],
    ['She wore a removable cast walker for six weeks after the ankle fracture.', 'offloading-boot'],
    ['The mare’s smooth gait made the long ride easy.', 'gait'],
    ['His loose, easy gait gave nothing away as he walked to the crease.', 'gait'],
    ['Tie the pork loin with butcher’s knots and roast until tender.', 'muscle-knot'],
  ]);
  itSkipsOnHealthPages([
    ['My stomach was in knots before the scan results came.', 'muscle-knot'],
  ]);
  itLeavesWordPlain([
    ['He worked the leather sole of the boot with a rasp.', 'sole'],
    ['A stitch in time saves nine.', 'stitch'],
  ]);
});

describe('speech, language and swallowing', () => {
  itUnderlines([
    ['SALT review: swallow safe on mildly thick fluids.', 'swallow'],
    ['The speech and language therapist watched her swallow with a small sip of water.', 'swallow'],
    ['Wet voice after sips of water, so kept nil by mouth.', 'wet-voice'],
    ['He now manages a minced and moist diet.', 'minced-and-moist'],
    ['Two scoops of thickener in each drink, as the SLT advised.', 'thickener'],
    ['Moved up to soft and bite-sized after the SLT review.', 'soft-and-bite-sized'],
    ['His stammer has fewer blocks since he started therapy.', 'stuttering-block'],
    ['Easy onset helps her start words without getting stuck.', 'easy-onset'],
    ['At two, his expressive language is behind: he says only a few words.', 'expressive-language'],
    ['Receptive language: follows two-step instructions and knows most body words.', 'receptive-language'],
  ]);
  itSkips([
    ['A swallow nested under the barn roof.', 'swallow'],
    ['That defeat was a hard pill to swallow for the fans.', 'swallow'],
    ['The merger will swallow up smaller rivals.', 'swallow'],
    ['The flats are a block from the station.', 'stuttering-block'],
    ['Kids love stacking building blocks.', 'stuttering-block'],
    ['The painter’s expressive language is all bold colour.', 'expressive-language'],
    ['Cut the toast into soft and bite-sized fingers for the toddler.', 'soft-and-bite-sized'],
    ['Cornflour is a handy thickener for gravy.', 'thickener'],
  ]);
  itSkipsOnHealthPages([
    ['Take the tablet with a glass of water and swallow it whole.', 'swallow'],
    ['Gargle with warm salt water, then spit it out rather than swallow it.', 'swallow'],
    ['These medicines block the signals that carry pain.', 'stuttering-block'],
  ]);
});

describe('newborn units and ward equipment', () => {
  itUnderlines([
    ['Babies born very early are nursed in an incubator.', 'incubator'],
    ['The premature twins shared an incubator for the first week.', 'incubator'],
    ['The monitor beeps whenever her heart rate drops.', 'heart-monitor'],
    ['Remember to keep the cast dry at bath time.', 'cast'],
    ['She went home on an apnoea monitor after six weeks in special care.', 'apnea-monitor'],
  ]);
  itUnderlinesOnHealthPages([['Your baby may spend a few days in an incubator.', 'incubator']]);
  itSkips([
    ['The university runs a start-up incubator for student companies.', 'incubator'],
    ['Keep the eggs in the incubator for 21 days until the chicks hatch.', 'incubator'],
    ['The new monitor shows sharp colours for photo editing.', 'heart-monitor'],
    ['Each exam room has a monitor during SATs week.', 'heart-monitor'],
    ['He cast a dry fly across the pool below the weir.', 'cast'],
  ]);
  itSkipsOnHealthPages([
    ['Culture plates are kept in an incubator at 37 °C for two days.', 'incubator'],
    ['The lab keeps the culture in an incubator for 48 hours.', 'incubator'],
    ['IVF embryos grow in an incubator for five days before transfer.', 'incubator'],
    ['A pulse oximeter is a monitor that clips on your finger to check oxygen levels.', 'heart-monitor'],
    ['Home sleep apnea testing uses a monitor you wear overnight.', 'heart-monitor'],
    ["A monitor placed on your abdomen checks your baby's heart rate.", 'heart-monitor'],
  ]);
});

describe('frailty, falls and infection notices', () => {
  itUnderlines([
    ['Long lie of six hours on the floor after a fall; CK raised.', 'long-lie'],
    ['Clinical Frailty Scale score of 6 on admission.', 'clinical-frailty-scale'],
    ['She is moderately frail and needs help with shopping and housework.', 'frailty'],
    ['Dad now wears a pendant alarm in case he falls at home.', 'pendant-alarm'],
    ['Walks indoors with a rollator and outdoors with a wheelchair.', 'rollator'],
    ['An alternating pressure mattress was ordered for her bed.', 'pressure-relieving-mattress'],
  ]);
  itMatchesAtAnyLevel([
    ['Seen in the falls clinic after two falls this winter.', 'fall'],
    ['Had a fall in the bathroom and could not get up.', 'fall'],
    ['Unwitnessed fall overnight, no head injury.', 'fall'],
    ['Please stay away if you have a cold with a fever.', 'cold'],
    ['Do not visit the ward if you have had a cold, sickness or diarrhea this week.', 'cold'],
  ]);
  itSkips([
    ['After a long week, a long lie in bed is bliss.', 'long-lie'],
    ['The coalition has a frail majority.', 'frailty'],
    ['There is growing community alarm over knife crime.', 'pendant-alarm'],
  ]);
  itLeavesWordPlain([
    ['Prices are expected to fall next year.', 'fall'],
    ['The leaves turn red in the fall.', 'fall'],
    ['Her BMI falls within the healthy range.', 'falls'],
    ['Have a cold drink before the match.', 'cold'],
    ["Raynaud's turns the fingers white in the cold, with pain and sometimes fever.", 'cold'],
    ['Chills and fever can make you feel cold and shivery.', 'cold'],
    ['Episodes of fever and rash follow exposure to cold temperatures.', 'cold'],
  ]);
});
