/**
 * Words from wound-care notes, medicine leaflets, haemophilia, cystic fibrosis, psoriasis,
 * contraception and child-health pages that have other senses: strike-through and undermining on a
 * dressing, skin breakdown, scale on the skin, a target joint, coil threads, an injection pen, a
 * response to treatment, "Common" as a leaflet's side-effect frequency, a CF tune-up, a floppy
 * baby; cue words, aliases and forms added to existing entries (a loose motion, tolerate, withdrawal
 * symptoms, your factor, resolved redness, stable FEV1, colonised with Pseudomonas, observation as
 * an outpatient, having a fit, passing very little urine); and fences for ordinary phrases (a
 * soldering iron, a pedal stroke, grafting an apple tree, a screening of a debate, a conditional
 * discharge, a condensate discharge pipe, "Episode 3"). Each is tried against the other senses of
 * its words, read alone and as part of a health page.
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('wound care: strike-through, undermining and skin breakdown', () => {
  itUnderlines([
    ['Fluid had soaked to the outer layer, with strike-through on the foam dressing by lunchtime.', 'strike-through'],
    ['Strikethrough on the bandages means the leg ulcer is making a lot of exudate.', 'strike-through'],
    ['The pressure ulcer shows undermining of 2 cm at 3 o\'clock.', 'undermining'],
    ['Measure any undermining around the wound edge with a sterile probe.', 'undermining'],
    ['Turning every two hours helps prevent skin breakdown in people who stay in bed.', 'skin-breakdown'],
  ]);
  itSkips([
    ['Use strikethrough to show which words were deleted from the document.', 'strike-through'],
    ['Press Ctrl and 5 for strike-through formatting in the spreadsheet.', 'strike-through'],
    ['Constant criticism is undermining her confidence at work.', 'undermining'],
    ['The river is slowly undermining the bank below the footpath.', 'undermining'],
    ['The breakdown of the talks left the union angry.', 'skin-breakdown'],
  ]);
  itSkipsOnHealthPages([
    ['Apply strikethrough to the old price on the menu board.', 'strike-through'],
    ['Cuts to funding are undermining the plan to recruit more nurses.', 'undermining'],
    ['Ask for a breakdown of the costs before you book private physio.', 'skin-breakdown'],
  ]);
});

describe('skin: scale', () => {
  itUnderlines([
    ['In psoriasis the red patches on the elbows are covered in silvery scale.', 'skin-scale'],
    ['Salicylic acid softens thick scale on the scalp so that it lifts off.', 'skin-scale'],
  ]);
  itSkips([
    ['Practise the D major scale hands together before the exam.', 'skin-scale'],
    ['The fish scales shone silver in the net.', 'skin-scale'],
    ['Weigh yourself on the same bathroom scale each morning; psoriasis is more common with obesity.', 'skin-scale'],
  ]);
  itSkipsOnHealthPages([
    ['Rate your itch from eczema on a scale of 0 to 10.', 'skin-scale'],
    ['Hospitals are planning on a large scale for the winter.', 'skin-scale'],
    ['Descale the kettle every month if you live in a hard water area.', 'skin-scale'],
  ]);
});

describe('haemophilia: target joint and your factor', () => {
  itUnderlines([
    ['With haemophilia, a target joint such as the ankle may need extra prophylaxis.', 'target-joint'],
    ['Mix your factor and infuse it slowly, as the haemophilia nurse showed you.', 'clotting-factor'],
    ['Clotting factor levels were checked before the operation.', 'clotting-factor'],
  ]);
  itSkips([
    ['The target audience for the joint venture is students.', 'target-joint'],
    ['What is your factor of safety on this steel beam?', 'clotting-factor'],
  ]);
  itSkipsOnHealthPages([
    ['Age is one factor in your risk of falls.', 'clotting-factor'],
    ['Sleep may be your factor to work on first if you feel tired all day.', 'clotting-factor'],
  ]);
});

describe('contraception: coil threads', () => {
  itUnderlines([
    ['After your period, check that you can feel the threads of your IUD.', 'coil-threads'],
    ['The nurse could not see the coil threads at the cervix, so a scan was booked.', 'coil-threads'],
  ]);
  itSkips([
    ['Grease the threads before fitting the bottom bracket cups.', 'coil-threads'],
    ['She bought a coil of thread and some needles at the market.', 'coil-threads'],
  ]);
  itSkipsOnHealthPages([
    ['Loose threads on your scrubs can catch on equipment.', 'coil-threads'],
    ['Read the threads on the forum before you post a question.', 'coil-threads'],
  ]);
});

describe('medicines: injection pen, response to treatment, tolerate, withdrawal and leaflet frequencies', () => {
  itUnderlines([
    ['Press the pen against your tummy until you hear a click.', 'injection-pen'],
    ['Each pre-filled pen holds one dose of the medicine.', 'injection-pen'],
    ['Remove the needle cap and inject with the pen into your thigh.', 'injection-pen'],
    ['Keep your spare insulin pen in the fridge.', 'insulin-pen'],
    ['After three months of methotrexate her response was good.', 'treatment-response'],
    ['Your response to treatment will be checked at 12 weeks.', 'treatment-response'],
    ['Some people cannot tolerate this medicine because of nausea.', 'tolerating'],
    ['Stopping paroxetine too quickly can bring withdrawal symptoms such as dizziness.', 'withdrawal'],
    ['Common: may affect up to 1 in 10 people - dry mouth and constipation.', 'common-side-effect'],
  ]);
  itSkips([
    ['Sign the form with a black pen.', 'injection-pen'],
    ['The sheep were moved to a pen near the barn.', 'injection-pen'],
    ['Write the date of each injection in pen in your diary.', 'injection-pen'],
    ['We will send a final response to your complaint within 8 weeks.', 'treatment-response'],
    ['Lavender will tolerate dry soil and full sun.', 'tolerating'],
    ['Make a cash withdrawal at the counter.', 'withdrawal'],
    ['The withdrawal of troops ended in May.', 'withdrawal'],
    ['It is common to feel a bit low in winter.', 'common-side-effect'],
  ]);
  itSkipsOnHealthPages([
    ['Bring a pen to fill in the form at reception.', 'injection-pen'],
    ['In response to the biologic shortage, the trust changed its supplier.', 'treatment-response'],
    ['We will not tolerate abuse of staff who give treatment.', 'tolerating'],
    ['Very common: may affect more than 1 in 10 people - headache.', 'common-side-effect'],
    ['It is common to have side effects in the first week.', 'common-side-effect'],
  ]);
});

describe('cystic fibrosis: tune-up, stable FEV1 and colonised', () => {
  itUnderlines([
    ['He goes in for a CF tune-up with IV antibiotics every spring.', 'tune-up'],
    ['Her FEV1 fell, so the team booked a two-week tune-up.', 'tune-up'],
    ['FEV1 has been stable on the new inhaler.', 'stable'],
    ['Her airways are colonised with Pseudomonas.', 'colonization'],
  ]);
  itSkips([
    ['Book the car in for a tune-up before the long drive.', 'tune-up'],
    ['Tune up the guitar before the gig.', 'tune-up'],
    ['The island was colonised by the Romans.', 'colonization'],
    ['Ground elder has colonised the whole border.', 'colonization'],
    ['The plane is very stable in pitch.', 'stable'],
  ]);
  itSkipsOnHealthPages([
    ['A quick tune-up of your bike keeps you cycling for fitness.', 'tune-up'],
  ]);
});

describe('child health and hospital words: floppy, a fit, observation, motions, urine', () => {
  itUnderlines([
    ['Call 999 if your toddler suddenly goes floppy and is hard to wake.', 'floppy'],
    ['A baby who seems floppy and drowsy may have sepsis.', 'floppy'],
    ['Floppy infant syndrome is another name for low muscle tone in babies.', 'hypotonia'],
    ['She was having a fit and her lips went blue, so we rang 999.', 'fits'],
    ['Under observation you count as an outpatient, not an inpatient.', 'observation'],
    ['He had one loose motion this morning.', 'diarrhea'],
    ['She has had loose motions for two days.', 'diarrhea'],
    ['Passing very little urine can be a sign of dehydration.', 'oliguria'],
    ['The redness around the bite resolved within a week.', 'resolve'],
  ]);
  itSkips([
    ['The rabbit has floppy ears.', 'floppy'],
    ['Back up the files to a floppy disk.', 'floppy'],
    ['Mum was having a fit about the mess in the kitchen.', 'fits'],
    ['The suspect was kept under observation by police.', 'observation'],
    ['The dispute was resolved at the meeting.', 'resolve'],
    ['Use a fast shutter to freeze motion at a football match.', 'diarrhea'],
  ]);
  itSkipsOnHealthPages([
    ['Wear a floppy hat in the sun to protect your skin.', 'floppy'],
  ]);
});

describe('fences for ordinary phrases on health pages', () => {
  itSkipsOnHealthPages([
    ['Heat the soldering iron before you tin the wire.', 'iron'],
    ['Keep a smooth pedal stroke on the climbs.', 'stroke'],
    ['Graft the apple onto a dwarfing rootstock in late winter.', 'graft'],
    ['The screening of the debate drew a big crowd.', 'screening'],
    ['The court gave him a conditional discharge for 12 months.', 'discharge'],
    ['Lag the condensate discharge pipe so it does not freeze.', 'discharge'],
    ['Episode 4 airs on Sunday night after the news.', 'illness-episode'],
  ]);
  itUnderlinesOnHealthPages([
    ['Her father had a stroke last spring.', 'stroke'],
    ['Low iron is common in pregnancy.', 'iron'],
    ['Call your GP about any unusual discharge from the vagina.', 'discharge'],
    ['A tribunal can order a conditional discharge from hospital, with conditions on where the patient lives.', 'discharge'],
    ['The tribunal granted an absolute discharge, so he is no longer detained in hospital.', 'discharge'],
  ]);
});

describe('review: the other senses of the new everyday words', () => {
  itUnderlines([
    ['Common: may affect up to 1 in 10 people. This is a common problem and is not serious.', 'common-side-effect'],
    ['The tumour shrank in response to treatment.', 'treatment-response'],
    ['Hold the pen against your thigh for 10 seconds after the injection starts.', 'injection-pen'],
    ['Your nurse will check that you can feel the threads of your coil.', 'coil-threads'],
    ['She was admitted for a tune-up with IV antibiotics through a PICC line.', 'tune-up'],
    ['Bleeds into a target joint can be prevented with prophylaxis.', 'target-joint'],
    ['There was 1.5 cm of undermining at 6 o\'clock, packed with alginate.', 'undermining'],
  ]);
  itSkips([
    ['The most common side effects, which may affect up to 1 in 10 people, are nausea and rash.', 'common-side-effect'],
    ['An allergic response to methotrexate is rare but serious.', 'treatment-response'],
    ['The NHS response to the chemotherapy backlog was criticised.', 'treatment-response'],
    ['Mark the hem with a fabric pen, then sew it with a needle and thread.', 'injection-pen'],
    ['A tattoo pen drives the needle into the skin many times a second.', 'injection-pen'],
    ['Please use a pen to sign the consent form for the injection.', 'injection-pen'],
    ['I have read lots of threads about the Mirena coil on this forum.', 'coil-threads'],
    ['Wind the coil tightly and check the threads of the bolt.', 'coil-threads'],
    ['Breathing exercises are a tune-up for your lung function.', 'tune-up'],
    ['Our IVs give your immune system a tune-up.', 'tune-up'],
    ['Tune up your bike with our cystic fibrosis charity ride.', 'tune-up'],
    ['The seedlings look floppy because they are dehydrated.', 'floppy'],
    ['Psoriasis is a problem on a global scale.', 'skin-scale'],
    ['Use a scale such as the PASI to measure psoriasis.', 'skin-scale'],
    ['Poor diet and smoking are undermining wound healing.', 'undermining'],
    ['The company was wound up, undermining confidence in the sector.', 'undermining'],
    ['Strike through any words that do not apply to your wound dressing.', 'strike-through'],
    ['Set the target joint angles for the robot arm.', 'target-joint'],
    ['The target joint venture partner was a bank.', 'target-joint'],
    ['Reduce skin redness in DaVinci Resolve with the qualifier.', 'resolve'],
    ['I can\'t tolerate him any more, he ignores my treatment plan.', 'tolerating'],
  ]);
  itSkipsOnHealthPages([
    ['A floppy mitral valve can leak and cause a murmur.', 'floppy'],
    ['Log each insulin dose with a pen in the diary.', 'injection-pen'],
  ]);
  itUnderlinesOnHealthPages([
    ['Scale and redness on the scalp are signs of seborrhoeic dermatitis.', 'skin-scale'],
  ]);
});
