/**
 * Letters and words of allergy, antenatal, voice and speech therapy, fertility and ward letters
 * that a blind labelled set found plain or wrong: SLIT (allergy drops or tablets under the
 * tongue), NT (the nuchal translucency of an early pregnancy scan), MTD (muscle tension
 * dysphonia or, in early drug trials, the maximum tolerated dose), surrogacy, the cue words an
 * oral food challenge (OFC), a communication aid (AAC), a doctor's degree after a name (MD), a
 * line into a neck vein, a walking frame and a neurological check of the pupils were missing,
 * PID's immunodeficiency sense no longer chosen from "recurrent infections" alone (pelvic
 * infections recur too), and RT and CPR fenced from room temperature in a chemistry method and
 * from catch, photograph, release in angling. Each is tried against the other senses its words,
 * aliases and cue words have in ordinary text (Australian states, theatres, operating systems,
 * sales reports, audio files, football, railways, credit, picture and door frames, bone frames).
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('SLIT: sublingual immunotherapy', () => {
  itUnderlines([
    ['House dust mite SLIT drops were started because her allergic rhinitis kept coming back.', 'slit'],
    ['He has had two years of SLIT for hay fever and sneezes much less in June.', 'slit'],
    ['Sublingual immunotherapy is taken at home once the first dose has gone well.', 'slit'],
  ]);
  itSkips([
    ['SLIT THE BAG OPEN ALONG THE DOTTED LINE.', 'slit'],
    ['The SLIT and ROBO proteins guide growing nerve fibres in the embryo.', 'slit'],
  ]);
  itSkipsOnHealthPages([
    ['A slit lamp lets the eye doctor look closely at the front of the eye.', 'slit'],
    ['The SLIT gene family was first found in fruit flies.', 'slit'],
  ]);
});

describe('NT: nuchal translucency', () => {
  itUnderlines([
    ['The NT was 2.1 mm with a CRL of 62 mm, which is within the normal range.', 'nt'],
    ['An NT above 3.5 mm is referred to fetal medicine even when the combined test is low chance.', 'nt'],
  ]);
  itSkips([
    ['The NT government has announced new roads for remote communities.', 'nt'],
    ['Flights from Darwin, NT to Bali resume next month.', 'nt'],
    ['Windows NT was released in 1993.', 'nt'],
    ["The NT's new production opens in the Lyttelton in March.", 'nt'],
  ]);
  itSkipsOnHealthPages([
    ['NT Health offers the combined test to every pregnant woman in remote clinics.', 'nt'],
    ['Abdomen soft, NT, ND, bowel sounds present.', 'nt'],
    ['NT-proBNP was 2,400 pg/mL, in keeping with heart failure.', 'nt'],
    // Review 2: the Northern Territory beside a technical term or a screening cue word.
    ['The combined test is offered free to pregnant women across the NT.', 'nt'],
    ['Rates of rheumatic heart disease in the NT are among the highest in the world.', 'nt'],
    ['Aboriginal women in the NT have higher rates of gestational diabetes.', 'nt'],
    ['Trisomy screening uptake is lower in WA and the NT than in Victoria.', 'nt'],
    ['Results: rubella immune; hepatitis C serology NT = not tested.', 'nt'],
  ]);
});

describe('MTD: muscle tension dysphonia or maximum tolerated dose', () => {
  itUnderlines([
    ['Her hoarseness is MTD rather than nodules, and she has started voice therapy.', 'mtd'],
    ['The MTD was not reached in the dose escalation part of the phase 1 study.', 'mtd'],
  ]);
  itChoosesSense([
    ['Nasendoscopy showed healthy vocal folds, so this is MTD.', 'MTD', 'muscle tension dysphonia (voice problem)'],
    ['Two DLTs at 400 mg set the MTD at 300 mg.', 'MTD', 'maximum tolerated dose (drug trials)'],
  ]);
  itSkips([
    ['MTD sales are up 4% on last month.', 'mtd'],
    ['Our MTD and YTD figures are in the board pack.', 'mtd'],
    ['Call volumes MTD are higher than forecast in the voice team.', 'mtd'],
    ['The MTD lawn tractor needs a new belt.', 'mtd'],
    ['MTD for VAT applies to all VAT-registered businesses; phase 1 started in 2019.', 'mtd'],
  ]);
  itSkipsOnHealthPages([['NAA tests such as the Amplified MTD test give results in hours.', 'mtd']]);
});

describe('surrogacy', () => {
  itUnderlines([
    ['Surrogacy laws differ from one country to the next.', 'surrogacy'],
    ['They used a gestational carrier after her cancer treatment.', 'surrogacy'],
    ['A gestational surrogate carries an embryo made from the couple’s own egg and sperm.', 'surrogacy'],
  ]);
  itSkips([
    ['The bond yield is used as a surrogate for risk.', 'surrogacy'],
    ['Blood pressure is a surrogate marker in many heart trials.', 'surrogacy'],
    ['He acted as a surrogate for the candidate on the Sunday shows.', 'surrogacy'],
  ]);
});

describe('OFC, AAC and MD: cue words the letters lacked', () => {
  itUnderlines([
    ['Baked egg OFC booked for next month at the children’s day unit.', 'ofc'],
    ['He passed the OFC and can now move up the milk ladder.', 'ofc'],
    ['The school bought her an AAC device with symbols for snack time.', 'aac'],
    ['Sarah Chen, MD, FRCPC, Department of Paediatrics.', 'md'],
    ['Letter signed by Anil Rao, MBBS, MD, Consultant Physician.', 'md'],
  ]);
  itChoosesSense([['Signed: Helen Park, MD, FRCSC, Orthopaedic Surgery.', 'MD', 'medical doctor']]);
  itSkips([
    ['The OFC Nations Cup final is in Auckland.', 'ofc'],
    ['Her phone plays AAC and MP3 files.', 'aac'],
    ['Convert the AAC file before you send it to the device.', 'aac'],
    ['Bluetooth AAC devices sound better than SBC ones.', 'aac'],
    ['Our MD said the budget is fixed this year.', 'md'],
    ['The office is in Baltimore, MD, near the harbour.', 'md'],
  ]);
});

describe('PID: recurrent infections alone do not choose a meaning', () => {
  itListsMeanings([['?PID in a young woman with recurrent infections, for review.', 'PID']]);
  itChoosesSense([
    ['PID with low IgG and recurrent infections; immunology review booked.', 'PID', 'primary immunodeficiency'],
    ['Recurrent infections after chlamydia: PID, treated with antibiotics.', 'PID', 'pelvic inflammatory disease'],
  ]);
});

describe('a line, the pupils and a walking frame on wards', () => {
  itUnderlines([
    ['A temporary line was put into the internal jugular vein for dialysis.', 'intravenous-line'],
    ['Pupils equal and reactive, GCS 15.', 'pupil'],
    ['Mobilising with a frame and one nurse on the ward.', 'walking-frame'],
    ['Mobilising independently with her frame since Tuesday.', 'walking-frame'],
    ['She walks with a frame at home since her fall.', 'walking-frame'],
    ['He is mobilising with a wheeled frame after the hip operation.', 'walking-frame'],
    ['A Zimmer frame was given on discharge.', 'walking-frame'],
    ['Mobilises indoors with a four-wheeled frame, but the kitchen doorway is too narrow.', 'walking-frame'],
    ['Day 2 after right hip replacement, mobilising FWB with a frame, wound clean and dry.', 'walking-frame'],
    ['Independent with frame on the ward, walking with supervision.', 'walking-frame'],
  ]);
  itSkips([
    ['A temporary line closure means buses replace trains this weekend.', 'intravenous-line'],
    ['The bank gave us a temporary line of credit.', 'intravenous-line'],
    ['All pupils get an equal chance to take part in the school play.', 'pupil'],
    ['Pupils stay calm and reactive behaviour is rare in this class.', 'pupil'],
    ['The frame of the painting was cracked.', 'walking-frame'],
    ['We need to agree a time frame for mobilising the volunteers.', 'walking-frame'],
    ['Mobilising the army took weeks, and the frame of the old bridge gave way.', 'walking-frame'],
    ['The bike frame is made of steel.', 'walking-frame'],
    ['He walked with a picture frame under his arm.', 'walking-frame'],
    ['The trolley sits on a wheeled frame.', 'walking-frame'],
  ]);
  itSkipsOnHealthPages([
    ['The Ilizarov frame stays on for months while he is mobilising on crutches.', 'walking-frame'],
    ['A stereotactic frame holds the head still during the radiosurgery.', 'walking-frame'],
    ['Mobilising within the agreed time frame helps recovery.', 'walking-frame'],
    ['Mobilising the team within a tight frame of weeks was hard.', 'walking-frame'],
    // Review 2: a bare "frame" is no alias; on a health page a cue anywhere in the text must not open the card for other frames.
    ['The frame is removed under a short anaesthetic once the bone has healed, and you will be mobilising with crutches.', 'walking-frame'],
    ['Your leg will be fitted with a frame; physio will help you start mobilising.', 'walking-frame'],
    ['Walking with your partner each day is good exercise. Choose glasses with a light frame.', 'walking-frame'],
    ['She walks with a stick. Her frames are too heavy for her nose.', 'walking-frame'],
    ['The study frame included all adults over 65 walking with a cane.', 'walking-frame'],
    ['A six-week frame for mobilising after surgery.', 'walking-frame'],
    ['He walked with a frame of mind that worried his wife.', 'walking-frame'],
    ['Walking with a frame pack on long hikes hurts my back.', 'walking-frame'],
  ]);
  itSkips([['Frames per second drop when walking with the game character.', 'walking-frame']]);
});

describe('RT and CPR fenced from their other senses', () => {
  itUnderlinesOnHealthPages([
    ['RT gave her a nebulizer treatment at 3 am.', 'rt'],
    ['She learned CPR on a first aid course.', 'cpr'],
  ]);
  itSkipsOnHealthPages([
    ['The mixture was stirred at RT for 2 h and then filtered through sodium sulfate.', 'rt'],
    ['Cells were incubated at RT with the antibody solution.', 'rt'],
    ['Allow the flask to warm to RT before adding the chloride salt.', 'rt'],
    ['We practise CPR on all fish caught on this beat.', 'cpr'],
    ['The club runs a CPR fishery on the upper river.', 'cpr'],
  ]);
});
