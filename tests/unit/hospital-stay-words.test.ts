import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { chooseSense } from '../../glossary/senses';
import { itLeavesPlain, itSkips, itUnderlines } from './helpers/bundled-underline';

/**
 * Health basics, round 95: the words of a hospital stay that NHS pages, discharge papers and
 * patient portals use (ward, theatre, bay, side room, obs and sats, a drip, nil by mouth, TTOs,
 * NEWS2, ReSPECT), the people and places of UK and US hospitals, a hospital's condition words,
 * lab results that were not detected, and the letters of an eye prescription (OD, OS, OU), in
 * sentences such pages write; then the same words in their other senses (warding off, a play at
 * the theatre, a dripping tap, ticking a box, the American Medical Association, an operating
 * system, a used car in good condition), where their cards are not shown.
 */
describe('words of a hospital stay', () => {
  itUnderlines([
    // Places and parts of a hospital
    ['She was moved to a surgical ward after her operation.', 'ward'],
    ['Visiting hours on the ward are 2pm to 8pm.', 'ward'],
    ['He spent three nights on a hospital ward.', 'ward'],
    ["He spent a week on the children's ward.", 'ward'],
    ['I work on a medical ward as an HCA.', 'ward'],
    ['The consultant ward round starts at 9am.', 'ward-round'],
    ['He is back from theatre and resting on the ward.', 'theatre'],
    ['The anaesthetist will see you before you go to theatre.', 'theatre'],
    ['The surgeon said the theatre list was running late, so the hernia operation was moved.', 'theatre'],
    ['Staff wear scrubs and masks in the operating theatre.', 'operating-room'],
    ['She works as an operating theater nurse.', 'operating-room'],
    ['Her bed is in bay 4 on the ward.', 'bay'],
    ['He waited on a trolley in bay 6 of A&E.', 'bay'],
    ['The patient was moved to a side room because of norovirus.', 'side-room'],
    ['She waited in the discharge lounge for her medicines.', 'discharge-lounge'],
    ['After two days in the ICU he moved to a step-down unit.', 'step-down-unit'],
    ['She was moved from the HDU to the ward.', 'high-dependency-unit'],
    ['He was admitted to ITU on a ventilator after the surgery.', 'itu'],
    ['She spent a week in the intensive therapy unit.', 'itu'],
    ['He was moved to critical care after the operation.', 'intensive-care-unit'],
    ['His GP sent him straight to the acute medical unit.', 'acute-medical-unit'],
    ['He was admitted to the AMU from A&E overnight.', 'acute-medical-unit'],
    ['She was seen in same day emergency care and went home that evening.', 'same-day-emergency-care'],
    ['He is on the NHS waiting list for a hip replacement.', 'waiting-list'],
    ['Her GP referral put her on the waiting list for an autism assessment.', 'waiting-list'],
    ['He was booked as a day case for his hernia repair.', 'outpatient-surgery'],
    ['You will be invited to a pre-operative assessment two weeks before your surgery.', 'pre-operative-assessment'],
    ['Call 111 or the out-of-hours GP service if your child gets worse at night.', 'out-of-hours-service'],
    ['If the GP surgery is closed, NHS 111 can put you through to out-of-hours.', 'out-of-hours-service'],
    // People
    ['The triage nurse took his blood pressure and pulse.', 'triage-nurse'],
    ['The FY1 doctor took bloods on the ward round.', 'foundation-doctor'],
    ['Our foundation doctors rotate through surgery and general practice.', 'foundation-doctor'],
    ['The charge nurse said visiting would end at eight.', 'charge-nurse'],
    ['Ask to speak to the ward sister if you have concerns.', 'charge-nurse'],
    ['The matron checked the ward for infection control.', 'matron'],
    ['A healthcare assistant helped her wash and dress.', 'healthcare-assistant'],
    ['A sitter stayed with him overnight because his delirium made him a fall risk.', 'sitter'],
    ['The hospital chaplain sat with the family after he died.', 'chaplain'],
    ['The chaplain visits patients on the wards every morning.', 'chaplain'],
    ['His care coordinator from the community mental health team called.', 'care-coordinator'],
    // Care on the ward
    ['Her obs were stable overnight, with sats of 96% on room air.', 'obs'],
    ['Her obs were stable overnight, with sats of 96% on room air.', 'sats'],
    ["The nurse did hourly obs after the patient's fall.", 'obs'],
    ['Sats dropped to 88% so she was started on oxygen.', 'sats'],
    ['His NEWS2 score was 7, so the registrar was called.', 'news2'],
    ['The nurse set up a drip with saline in her arm.', 'drip'],
    ['She was put on a drip in A&E because she was dehydrated.', 'drip'],
    ['A cannula was put in the back of her hand for the drip.', 'cannula'],
    ['She is nil by mouth from midnight before her operation.', 'nil-by-mouth'],
    ['Bed rest is no longer advised for most back pain.', 'bed-rest'],
    ['He has a bed sore on his heel.', 'pressure-ulcer'],
    // Leaving, and plans for the future
    ['The pharmacy made up his TTOs before discharge.', 'tto'],
    ['Ask for your discharge letter before you leave the hospital.', 'discharge-summary'],
    ['He left the hospital AMA after two days.', 'ama'],
    ['Patient discharged AMA, aware of the risks.', 'ama'],
    ['She discharged herself against medical advice.', 'against-medical-advice'],
    ['He chose to self-discharge from the ward before his scan.', 'against-medical-advice'],
    ['Ask the hospital about patient transport to your dialysis sessions.', 'patient-transport-service'],
    ['Medicaid covers non-emergency medical transportation to appointments.', 'patient-transport-service'],
    ['The council arranged a care package of four visits a day before her discharge.', 'care-package'],
    ['She is waiting for a package of care so she can leave hospital.', 'care-package'],
    ['Her ReSPECT form says she would not want to go to intensive care.', 'respect-form'],
    ['She made an advance care plan with her GP.', 'advance-care-planning'],
    ['The form says do not resuscitate.', 'do-not-resuscitate-order'],
    // A hospital's condition words
    ['The driver was taken to hospital, where he was listed in good condition.', 'good-condition'],
    ['The victim was in fair condition at the trauma center, a spokeswoman said.', 'fair-condition'],
    ['Two people were taken to hospital in a serious condition after the crash.', 'serious-condition'],
    ['He remains in stable condition in the ICU.', 'stable-condition'],
    ['A man is in a stable condition after being hit by a car.', 'stable-condition'],
    // Results and prescriptions
    ['SARS-CoV-2 RNA: Not Detected', 'not-detected'],
    ['Chlamydia trachomatis by NAAT: None detected.', 'not-detected'],
    ['Her viral load is below the limit of detection.', 'limit-of-detection'],
    ['Her HbA1c was 52, and her A1c goal is under 7%.', 'a1c'],
    ['Rx: OD -2.25 sphere, OS -2.00 sphere.', 'od'],
    ['Rx: OD -2.25 sphere, OS -2.00 sphere.', 'os'],
    ['Rx: OD -2.25 sphere, OS -2.00 sphere.', 'sphere'],
    ['OD: -1.50 SPH, -0.75 CYL, axis 180.', 'cylinder'],
    ['Use one drop OU twice daily for glaucoma.', 'ou'],
    ['Your prescription lists the sphere in diopters for each eye.', 'diopter'],
    ['A cylinder of -0.75 corrects mild astigmatism.', 'cylinder'],
    ['Her glasses prescription is -2.50 dioptres in each eye.', 'diopter'],
    ["He OD'd on fentanyl last year and was saved by Narcan.", 'od'],
    ['Amlodipine 5 mg OD.', 'od'],
    ['Median OS was 14.2 months, with a hazard ratio of 0.78 for progression-free survival.', 'os'],
    ['AMA positive at a titer of 1:160, consistent with PBC.', 'ama'],
    // Ticks
    ['Remove a tick with fine-tipped tweezers to lower the risk of Lyme disease.', 'tick'],
    ['Check your dog for ticks after walks in tall grass.', 'tick'],
  ]);

  itLeavesPlain([
    'Wear garlic to ward off evil spirits.',
    'The councillor for the Riverside ward met the hospital managers.',
    'Labour held the ward in the council by-election.',
    'Dr Ward will see you now.',
    'We saw a play at the theatre last night.',
    'The theatre company staged a new musical about nurses in the West End.',
    'Airport security theatre does little to stop attacks.',
    'The lecture theatre at the hospital seats 200 students.',
    'There is a waiting list for the new iPhone.',
    'She is on the housing waiting list for a council flat near the hospital.',
    'The AMA released a statement about physician burnout and patient care.',
    'AMA President Jesse Ehrenfeld spoke about the cost of hospital care.',
    'Follow the AMA style guide for citations in your medical paper.',
    'Hosting a Reddit AMA about my years as a nurse who left the profession.',
    'Lithium batteries have a low self-discharge rate.',
    'Keep colds at bay with good hand washing.',
    'She drove across the bay to visit the hospital.',
    'Bay leaves add flavour to the stew.',
    'The ambulance bay at the hospital was full.',
    'The side room of the pub was booked for the party.',
    'The House officer read out the vote count.',
    'Our sitter watched the kids while we went out.',
    'The pet sitter fed our dog while we were in hospital.',
    'The army chaplain led prayers before the battle.',
    'We respect your privacy and your choices about care.',
    'Read the obs and gynae rotation guide.',
    'Number of obs = 500, R-squared = 0.42.',
    'I stacked 10,000 sats this week.',
    'Her SATs results came in this morning.',
    'Drip coffee tastes better with fresh beans.',
    'Install drip irrigation for your tomato plants.',
    'Empty the drip tray under the fridge.',
    'The tap has a slow drip.',
    'Tick the box if you have ever been bitten by a dog.',
    'The clock ticks loudly in the waiting room.',
    'What makes you tick? Tell us about your hobbies.',
    "I'll be back in a tick.",
    'The pipe has an OD of 25 mm.',
    'OD600 readings were taken every hour.',
    'Update your OS to the latest version.',
    'Wear OS watches now track heart rate.',
    'Download the OS map for your hike.',
    'OU beat Texas on Saturday.',
    'She studied with the OU while working as a nurse.',
    'The ITU-T standard covers video coding.',
    'The ITU and WHO launched a digital health initiative for patients.',
    'This used car is in good condition with low mileage.',
    'The sofa is in fair condition, with a small tear.',
    'The leak was not detected until the next morning.',
    'No malware was detected on the laptop.',
    'The sphere of influence of the hospital trust grew.',
    'The cylinder head of the engine cracked.',
    'Attach the regulator to the oxygen cylinder.',
    'Our Christmas care package for troops includes socks and snacks.',
    'Our IT helpdesk offers out-of-hours support.',
    'We ran out of hours before the doctor could see everyone.',
    'The matron of honour gave a speech.',
    'The school matron gave him a plaster.',
    // Found in review: other senses that cue words used to open
    "I'm a nurse who left the profession after 20 years. AMA!",
    'The economy is in serious condition.',
    'The roof is in a serious condition and needs repair.',
    'The bridge is in stable condition after repairs.',
    'The volume of a cylinder is larger than that of a sphere with the same radius.',
    'The cylinder rotates about its axis.',
    'The steel cylinder has an OD of 40 mm.',
    'The median startup time on each OS was 2 seconds.',
    'The Earth is not a perfect sphere; its axis is tilted.',
    'Our cottage has three beds and views over the bay.',
    'Made-to-measure curtains for your bay.',
    'Our sitter is patient with the kids.',
    'The sitter watched the baby while mum was nursing.',
    'Year 6 pupils sit their Sats this week, and breathing exercises can help with nerves.',
    'The school nurse saw more pupils during Sats week.',
    'Latest obs from Heathrow: temperature 14C, wind 10 mph.',
    'The councillor for the ward met nurses at the new clinic.',
    'The theater of war moved east, and surgeons followed.',
    'The detection limit of the sensor is 5 ppm.',
    'The limit of detection for the camera is 100 meters.',
    'Tick here if your child has been bitten by an animal.',
    "The hospital's TTO helps NHS staff patent their inventions.",
    'NHS staff are paid extra for out-of-hours work.',
  ]);

  itSkips([
    ['Please tick all that apply: diabetes, asthma, Lyme disease.', 'tick'],
    ['Tea tree oil (TTO) is a popular home remedy for acne.', 'tto'],
    ['Your dog will be discharged the day after TTA surgery.', 'tto'],
    ['Meningitis is a serious condition that needs hospital treatment.', 'serious-condition'],
    ['Sepsis is a serious condition.', 'serious-condition'],
    ['Put a tick next to each symptom, such as a rash after a bite.', 'tick'],
    ['The NHS App reached 20 million MAU among patients.', 'acute-medical-unit'],
    ['Junior doctors are paid more for out-of-hours shifts.', 'out-of-hours-service'],
    ['We sent care packages to NHS staff at the hospital during the pandemic.', 'care-package'],
  ]);
});

describe('OD, OS and AMA take the sense their cue words give', () => {
  const { packId, entries } = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
  const compiled = compile([{ packId, entries }]);
  const matcher = createMatcher(compiled);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const senseOf = (text: string, word: string) => {
    const at = text.indexOf(word);
    const match = matcher.findInText(text, { healthTopic: true }).find((m) => m.start <= at && m.end > at);
    if (!match) return 'no match';
    const entry = byId.get(compiled.entries[match.entry]!.id)!;
    const chosen = chooseSense(entry.senses ?? [], text, match.start, match.end);
    return chosen === null ? null : entry.senses![chosen]!.label;
  };

  it.each([
    ['Rx: OD -2.25 sphere, OS -2.00 sphere.', 'OD', 'right eye (eye prescription)'],
    ["He OD'd on fentanyl last year and was saved by Narcan.", "OD'd", 'overdose'],
    ['Amlodipine 5 mg OD.', 'OD', 'once daily (UK prescriptions)'],
    ['Dr. Jane Smith, OD, is our new optometrist.', 'OD', 'Doctor of Optometry (after a name)'],
    ['Rx: OD -2.25 sphere, OS -2.00 sphere.', 'OS', 'left eye (eye prescription)'],
    ['Median OS was 14.2 months, with a hazard ratio of 0.78 for progression-free survival.', 'OS', 'overall survival (cancer research)'],
    ['Speculum exam: OS closed, small amount of blood, pregnancy 9 weeks.', 'OS', 'opening of the cervix'],
    ['He left the hospital AMA after two days.', 'AMA', 'against medical advice'],
    ['AMA positive at a titer of 1:160, consistent with PBC.', 'AMA', 'antimitochondrial antibody (blood test)'],
  ])('%s (%s) → %s', (text, word, label) => {
    expect(senseOf(text, word)).toBe(label);
  });
});
