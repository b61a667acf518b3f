/**
 * Ordinary words with a medical sense, from neurology, radiology, orthopaedic, vascular, ENT and
 * transplant clinics: absences (a kind of seizure), freezing of gait, a growth
 * stable in size, high signal on MRI, a hot spot on a bone scan, tender over the scaphoid,
 * radiological union, hardware and a plate in a broken bone, a locking knee, a suppressed viral load,
 * the presentation of an illness, tolerating a drug, a collection of fluid, a patent graft, rest
 * pain, run-off, the thrill of a dialysis fistula, ringing in one ear, a nasal pack, carotid plaque,
 * a replaced joint, a leg artery bypass, the transplant waiting list and a lymph node. Each is tried
 * against the everyday senses of its words, aliases and cue words, read alone and as part of a
 * health page.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('neurology: absences and freezing of gait', () => {
  itUnderlines([
    ['The teacher saw absences in class, when he stared blankly and did not answer.', 'absence'],
    ['The EEG picked up absences, several of them an hour, with spike-and-wave changes.', 'absence'],
    ['Her absences stopped once ethosuximide was started.', 'absence'],
    ['Gait freezing in Parkinson’s raises the risk of a fall.', 'freezing-of-gait'],
    ['Walking to a steady beat helped his freezing of gait.', 'freezing-of-gait'],
  ]);
  itSkips([
    ['Absences from work fell last year.', 'absence'],
    ['She took a leave of absence to travel.', 'absence'],
    ['Unauthorised absences from school are followed up by the head teacher.', 'absence'],
    ['Freezing fog closed the airport on Monday.', 'freezing-of-gait'],
    ['Freezing bread keeps it fresh for weeks.', 'freezing-of-gait'],
  ]);
  itSkipsOnHealthPages([
    ['In the absence of seizures for two years, the EEG was repeated before stopping treatment.', 'absence'],
    ['Her absences from school rose after the epilepsy was diagnosed.', 'absence'],
    ['Sickness absence is highest in the winter months.', 'absence'],
    ['During his absence, the EEG technician covered the epilepsy clinic.', 'absence'],
    ['The brain surface is smooth with an absence (agyria) of folds, and most children have epilepsy.', 'absence'],
  ]);
});

describe('imaging: stable in size, high signal, hot spot', () => {
  itUnderlines([
    ['The cyst in her kidney is stable in size on this ultrasound.', 'stable-in-size'],
    ['The lung nodule is unchanged in size since the last CT scan.', 'stable-in-size'],
    ['FLAIR images show high signal in the white matter next to the ventricles.', 'high-signal'],
    ['Increased signal in the bone marrow on STIR, in keeping with a stress reaction.', 'high-signal'],
    ['The isotope bone scan showed a hot spot in the right hip.', 'hot-spot'],
    ['A hotspot of tracer uptake at the ankle on scintigraphy.', 'hot-spot'],
  ]);
  itSkips([
    ['The herd has stayed stable in size over ten years.', 'stable-in-size'],
    ['The company kept its workforce stable in size through the downturn.', 'stable-in-size'],
    ['A high signal strength gives faster mobile data.', 'high-signal'],
    ['The signal change at the junction caused long delays.', 'high-signal'],
    ['The café is a free wifi hotspot.', 'hot-spot'],
    ['The old town is a hot spot for tourists in August.', 'hot-spot'],
  ]);
  itSkipsOnHealthPages([
    ['The estate has become a hot spot for measles cases.', 'hot-spot'],
    ['Turn on your phone hotspot to join the video appointment.', 'hot-spot'],
    ['The hospital wifi gives a high signal in the waiting room.', 'high-signal'],
  ]);
  itLeavesWordPlain([['Traffic police watch the junction, a hot spot for crashes.', 'hot spot']]);
});

describe('fracture clinic: tender, union, hardware, plate, locking', () => {
  itUnderlines([
    ['Tender over the scaphoid after falling onto her hand.', 'tenderness'],
    ['X-rays at twelve weeks show radiographic union.', 'union'],
    ['The hardware will come out once the fracture has healed.', 'hardware'],
    ['The metalwork from her ankle fracture was taken out last year.', 'hardware'],
    ['Spinal hardware is in a good position after the fusion.', 'hardware'],
    ['Her broken wrist was fixed with a plate and screws.', 'plate'],
    ['The surgeon put a plate on the fibula to hold the break.', 'plate'],
    ['Locking of the knee after a twisting injury often points to a meniscal tear.', 'locking'],
    ['A locked knee from a loose body may need arthroscopy.', 'locking'],
    ['His knee keeps locking after the meniscal tear.', 'locking'],
  ]);
  itSkips([
    ['The beef was tender after six hours in the oven.', 'tenderness'],
    ['Computer hardware prices rose last year.', 'hardware'],
    ['The hardware shop sells screws, hinges and nails.', 'hardware'],
    ['The old metalwork on the gate has rusted.', 'hardware'],
    ['Put a plate of sandwiches on the table.', 'plate'],
    ['The licence plate was bent in the crash.', 'plate'],
    ['Fix the wall plate with four screws.', 'plate'],
    ['The Pacific plate is sliding under the continent.', 'plate'],
    ['Locking the door at night keeps the house safe.', 'locking'],
    ['The locking bolts had sheared when the bridge gave way.', 'locking'],
  ]);
  itSkipsOnHealthPages([
    ['He twisted his ankle sliding into home plate.', 'plate'],
    ['Fill half your plate with vegetables and salad.', 'plate'],
    ['I have a lot on my plate since the wrist surgery.', 'plate'],
    ['Avoid locking your knees when you stand for a long time.', 'locking'],
    ['Locking plates are often used for wrist fractures in older people.', 'locking'],
    ['Fill half your plate with vegetables to help bone healing after a broken wrist.', 'plate'],
    ['A locking hinge on the knee brace holds the leg straight after meniscus repair.', 'locking'],
    ['He was locking the car after the arthroscopy.', 'locking'],
    ['The clinic bought new computer hardware for the fracture clinic reception.', 'hardware'],
  ]);
});

describe('HIV and transplant clinics: suppressed, presentation, tolerating, collection', () => {
  itUnderlines([
    ['Her viral load is suppressed, so HIV cannot be passed on through sex.', 'viral-suppression'],
    ['His viral load remains suppressed on the new tablets.', 'viral-suppression'],
    ['The clinical presentation was fever and a stiff neck.', 'presentation'],
    ['Atypical presentation of a heart attack is more common in older women.', 'presentation'],
    ['Late presentation of the infection made it harder to treat.', 'presentation'],
    ['He is tolerating tacrolimus well after the transplant.', 'tolerating'],
    ['The collection next to the new kidney is a lymphocele.', 'fluid-collection'],
  ]);
  itSkips([
    ['She suppressed a smile when the results came in.', 'viral-suppression'],
    ['The chef’s classic presentation of the dish won praise.', 'presentation'],
    ['Her initial presentation to the investors went well.', 'presentation'],
    ['A typical presentation lasts ten minutes with slides.', 'presentation'],
    ['We are not tolerating rudeness in class.', 'tolerating'],
    ['Her stamp collection is worth a lot of money.', 'fluid-collection'],
  ]);
  itSkipsOnHealthPages([
    ['The nurse gave an unusual presentation on hand washing at the staff meeting.', 'presentation'],
    ['Bin collection days change over the holidays.', 'fluid-collection'],
  ]);
});

describe('vascular: patent, rest pain, run-off, thrill, bypass, plaque', () => {
  itUnderlines([
    ['The stent is widely patent on the angiogram.', 'patent'],
    ['The graft remains patent on the duplex scan.', 'patent'],
    ['The airway is patent and she is breathing on her own.', 'patent'],
    ['In some babies the ductus arteriosus remains open (patent), and the artery needs closing.', 'patent'],
    ['Ischaemic rest pain in the toes wakes him every night.', 'rest-pain'],
    ['Rest pain with claudication on a short walk means the disease is severe.', 'rest-pain'],
    ['Two-vessel runoff to the ankle on the CT angiogram.', 'run-off'],
    ['Poor run-off below the popliteal artery makes a bypass harder.', 'run-off'],
    ['A palpable thrill over the AV fistula means blood is flowing well.', 'thrill'],
    ['Feel for the thrill over your fistula every day before dialysis.', 'thrill'],
    ['A femoro-distal bypass was done to save the foot.', 'peripheral-artery-bypass'],
    ['After his fem-pop bypass he could walk to the shops again.', 'peripheral-artery-bypass'],
    ['Carotid plaque was seen on the ultrasound.', 'plaque'],
  ]);
  itChoosesSense([['Carotid plaque was seen on the ultrasound.', 'plaque', 'in the arteries']]);
  itUnderlinesOnHealthPages([['The nevi join to form well-demarcated plaques that may itch.', 'plaque']]);
  itSkips([
    ['The company holds a patent on a new stent design.', 'patent'],
    ['The patent for the artery clamp runs out next year.', 'patent'],
    ['She wore patent leather shoes to the wedding.', 'patent'],
    ['Patents protect new inventions for twenty years.', 'patent'],
    ['Farm runoff polluted the river after the storm.', 'run-off'],
    ['The runoff election is in May.', 'run-off'],
    ['Do not run off with the keys again.', 'run-off'],
    ['The thrill of the race kept him going.', 'thrill'],
    ['I was thrilled that my fistula was ready for dialysis.', 'thrill'],
    ['The new road bypass opened last week.', 'peripheral-artery-bypass'],
    ['A blue plaque marks the house where the poet lived.', 'plaque'],
  ]);
  itSkipsOnHealthPages([
    ['The drug maker’s patent on the statin ends next year.', 'patent'],
    ['Rest, pain relief and ice help a sprained ankle.', 'rest-pain'],
    ['Thrill seekers should check their travel insurance covers extreme sports.', 'thrill'],
    ['The firm won a patent dispute over its graft design.', 'patent'],
    ['The drug maker’s patent expires before the new stent reaches the artery clinic.', 'patent'],
    ['Let the water run off the dish before you read about your arteries.', 'run-off'],
    ['It was a thrill to finally start home dialysis after years on the list.', 'thrill'],
  ]);
});

describe('ENT, joints, transplant list and nodes', () => {
  itUnderlines([
    ['A ringing in the right ear that will not stop after the concert.', 'tinnitus'],
    ['Nasal packing stays in for a day after a bad nosebleed.', 'nasal-pack'],
    ['The nose pack was taken out before she went home.', 'nasal-pack'],
    ['Fluid was drawn from the joint to look for infection around the prosthesis.', 'joint'],
    ['He has been on the transplant list for a kidney since 2023.', 'transplant-waiting-list'],
    ['More donors would shorten the organ waiting list.', 'transplant-waiting-list'],
    ['The node has lost its fatty hilum on ultrasound.', 'node'],
  ]);
  itSkips([
    ['They opened a joint account after the wedding.', 'joint'],
    ['The restaurant has a waiting list of two months.', 'transplant-waiting-list'],
    ['Each node in the cluster runs the same service.', 'node'],
  ]);
  itUnderlinesOnHealthPages([['Her joint replacement went well, and the joint is no longer swollen around the prosthesis.', 'joint']]);
});
