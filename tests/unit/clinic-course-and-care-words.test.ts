/**
 * Words that clinic letters, ward and ambulance notes, care-home records and drug-service notes use
 * in a medical sense of their own: bladder and continence clinics, fertility and allergy clinics,
 * chest examination and cardiac rehab, thyroid and blood results, ambulance calls and falls, care
 * homes, mental health law and addiction services. Each word is gated by cue words or phrases that
 * stand beside its health sense, and each is tried against its other senses (sport, money, weather,
 * politics, software, cooking, everyday speech), alone and on a page about health.
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

describe('bladder and continence clinics', () => {
  itUnderlines([
    ['She has urgency and has to rush to pass urine several times a day.', 'urgency'],
    ['Urgency, nocturia and leaks point to an overactive bladder.', 'urgency'],
    ['Bowel urgency and loose stools came back when the colitis flared.', 'urgency'],
    ['He has a weak stream and has to wait before the urine starts.', 'weak-urine-stream'],
    ['A poor urinary stream is a common sign of an enlarged prostate.', 'weak-urine-stream'],
    ['Slow stream and dribbling at the end; PSA sent.', 'weak-urine-stream'],
    ['Complains of incomplete emptying and gets up three times a night to pass urine.', 'incomplete-bladder-emptying'],
    ['Incomplete bladder emptying can lead to repeated infections.', 'incomplete-bladder-emptying'],
    ['Post-micturition dribble is common in older men.', 'post-micturition-dribble'],
    ['Terminal dribbling and hesitancy for six months.', 'terminal-dribbling'],
    ['Please fill in the bladder diary for three days before your appointment.', 'bladder-diary'],
    ['A frequency volume chart showed large volumes passed at night.', 'bladder-diary'],
    ['Bladder leakage when she sneezes, worse since her second baby.', 'urinary-incontinence'],
    ['Weak stream, hesitancy and incomplete emptying for a year.', 'incomplete-bladder-emptying'],
    ['An increased frequency of urination can be a sign of diabetes.', 'urinary-frequency'],
    ['Urgency incontinence is the main sign of an overactive bladder.', 'urge-incontinence'],
  ]);
  itChoosesSense([
    ['She has urgency and has to rush to pass urine several times a day.', 'urgency', 'sudden need to pass urine'],
    ['Bowel urgency and loose stools came back when the colitis flared.', 'urgency', 'sudden need to open the bowels'],
    ['Faecal urgency is common after radiotherapy to the rectum.', 'urgency', 'sudden need to open the bowels'],
  ]);
  itListsMeanings([['Cutting down on caffeine eased his urgency and frequency.', 'urgency']]);
  itSkips([
    ['There was a real sense of urgency in the dressing room before the final.', 'urgency'],
    ['The urgency of the climate talks was clear to every delegate.', 'urgency'],
    ['Ministers acted with urgency once the bridge was closed.', 'urgency'],
    ['A weak stream of water trickled from the tap.', 'weak-urine-stream'],
    ['The game had a slow stream on launch night because of server trouble.', 'weak-urine-stream'],
    ['Poor stream quality spoiled the live broadcast.', 'weak-urine-stream'],
    ['Gas leakage from the boiler set off the alarm.', 'urinary-incontinence'],
    ['Data leakage from the app exposed customer emails.', 'urinary-incontinence'],
    ['Roof leakage stained the ceiling after the storm.', 'urinary-incontinence'],
    ['The incomplete emptying of the tank left sludge at the bottom.', 'incomplete-bladder-emptying'],
  ]);
  itSkipsOnHealthPages([
    ['Doctors handled bladder cancer referrals with new urgency.', 'urgency'],
    ['At this stage there is no urgency to start treatment for prostate cancer.', 'urgency'],
    // Bare "leakage" is left to the bowel, stoma and valve pages that use it as often as bladder ones.
    ['The anal sphincter muscles may not close well enough to prevent leakage; pelvic floor exercises help.', 'urinary-incontinence'],
    ['Bowel incontinence: pelvic floor exercises strengthen the muscles and prevent leakage.', 'urinary-incontinence'],
    ['Constipation can cause straining, hard stools and a feeling of incomplete emptying, and fluid retention can make it worse.', 'incomplete-bladder-emptying'],
    ['Symptoms of a rectocele include a sensation of incomplete emptying of the bowel and urine leaks.', 'incomplete-bladder-emptying'],
    ['Stool leakage is a sign of a bowel problem rather than a bladder one.', 'urinary-incontinence'],
    ['Calcium leakage from the cells was measured in the bladder study.', 'urinary-incontinence'],
    ['A few drops of cough syrup can contain a lot of iodine; leakage from the thyroid raises hormone levels.', 'urinary-incontinence'],
    ['The frequency of side effects was low in both groups of the bladder trial.', 'urinary-frequency'],
    ['Some people feel the incomplete emptying of the bowel after a bowel movement.', 'incomplete-bladder-emptying'],
  ]);
});

describe('fertility clinics', () => {
  itUnderlines([
    ['Take the trigger shot 36 hours before egg collection.', 'trigger-shot'],
    ['Your trigger injection is due at 10 pm tonight.', 'trigger-shot'],
    ['The hCG trigger was given on day 11.', 'trigger-shot'],
    ['Day 8 of stims and the follicles are growing nicely.', 'ovarian-stimulation'],
    ['Ovarian stimulation usually lasts one to two weeks.', 'ovarian-stimulation'],
    ['Transfer of a single blastocyst is planned for Friday.', 'patient-transfer'],
    ['The two-week wait after my embryo transfer felt endless.', 'two-week-wait'],
    ['My GP made a two-week wait referral for suspected cancer.', 'two-week-wait'],
  ]);
  itUnderlinesOnHealthPages([
    ['Egg collection went well and eight eggs were retrieved.', 'egg-retrieval'],
    ['You will be sedated for the egg collection, which takes about 20 minutes.', 'egg-retrieval'],
  ]);
  itChoosesSense([
    ['Transfer of a single blastocyst is planned for Friday.', 'Transfer', 'embryo transfer in IVF'],
    ['Needs help with the transfer from bed to wheelchair.', 'transfer', 'moving between bed, chair or toilet'],
    ['The two-week wait after my embryo transfer felt endless.', 'two-week wait', 'wait for a pregnancy test after IVF'],
    ['My GP made a two-week wait referral for suspected cancer.', 'two-week wait', 'urgent referral for suspected cancer'],
  ]);
  itSkips([
    ['The museum holds a famous egg collection from the Victorian era.', 'egg-retrieval'],
    ['Daily egg collection keeps the hens laying.', 'egg-retrieval'],
    ['A hair-trigger shot from the striker flew over the bar.', 'trigger-shot'],
    ['There is a two-week wait for a new passport.', 'two-week-wait'],
    ['Expect a two-week wait before the sofa is delivered.', 'two-week-wait'],
    ['The striker completed his transfer to a Spanish club.', 'patient-transfer'],
    ['Money transfer apps charge a small fee.', 'patient-transfer'],
    ['Every trigger shot in the game drains your stamina bar.', 'trigger-shot'],
    ['The striker took a trigger shot from outside the box.', 'trigger-shot'],
    ['The stimulation phase of the new drug trial starts in May.', 'ovarian-stimulation'],
  ]);
  itSkipsOnHealthPages([
    ['Your care will transfer to the fertility clinic after your first visit.', 'patient-transfer'],
    ['The transfer to the maternity unit happened after a positive pregnancy test.', 'patient-transfer'],
    ['There is a two-week wait for a routine GP appointment in some areas.', 'two-week-wait'],
    ['Autistic children may use stims such as hand flapping to calm down.', 'ovarian-stimulation'],
  ]);
});

describe('allergy clinics', () => {
  itUnderlines([
    ['Oral food challenge to peanut booked for next month.', 'oral-food-challenge'],
    ['He passed a baked milk challenge and can now have muffins.', 'oral-food-challenge'],
    ['The allergist offered an egg challenge in clinic to see if she has outgrown the allergy.', 'oral-food-challenge'],
    ['A food challenge is the surest way to tell whether a child is still allergic.', 'oral-food-challenge'],
  ]);
  itSkips([
    ['The Easter egg challenge had children racing round the garden.', 'oral-food-challenge'],
    ['He took on the giant steak food challenge at the diner.', 'oral-food-challenge'],
    ['The gallon milk challenge went viral last summer.', 'oral-food-challenge'],
  ]);
});

describe('chest examination, observations and cardiac rehab', () => {
  itUnderlines([
    ['Crackles at the left base on auscultation.', 'lung-base'],
    ['Reduced air entry at the right base; chest X-ray ordered.', 'lung-base'],
    ['Fine crepitations at both bases.', 'lung-base'],
    ['Exercise tolerance has improved to a mile since cardiac rehab.', 'exercise-tolerance'],
    ['Poor exercise tolerance, breathless after one flight of stairs.', 'exercise-tolerance'],
    ['Observations were stable on the evening round.', 'observations'],
    ['Observations within normal limits; for discharge tomorrow.', 'observations'],
    ['The exercise tolerance test showed angina after 6 minutes.', 'stress-test'],
    ['She has been running a temperature all weekend.', 'fever'],
    ['He ran a temperature for two days after the jab.', 'fever'],
  ]);
  itSkips([
    ['The army has bases in three countries.', 'lung-base'],
    ['He stole two bases in the ninth inning.', 'lung-base'],
    ['Acids and bases react to form salts.', 'lung-base'],
    ['Her observations about the team were spot on.', 'observations'],
    ['Astronomical observations of the comet went on for weeks.', 'observations'],
    ['The engine was running at a high temperature on the motorway.', 'fever'],
  ]);
  itSkipsOnHealthPages([
    ['The doctor bases the diagnosis on the crackles heard in the chest.', 'lung-base'],
    ['DNA is made of four bases, read in groups of three.', 'lung-base'],
    ['Military bases near the hospital had a wheeze outbreak.', 'lung-base'],
  ]);
});

describe('thyroid, blood and genetics results', () => {
  itUnderlines([
    ['TSH suppressed and free T4 raised, so the thyroid is overactive.', 'suppressed-tsh'],
    ['A suppressed TSH on levothyroxine may mean the dose is too high.', 'suppressed-tsh'],
    ['TSH <0.01 (suppressed) with a raised free T3.', 'suppressed-tsh'],
    ['The thyroid scan showed one hot nodule with increased uptake.', 'tracer-uptake'],
    ['FDG uptake in a right hilar lymph node on the PET scan.', 'tracer-uptake'],
    ['Block and replace with carbimazole and levothyroxine for Graves disease.', 'block-and-replace'],
    ['Steroid sick day rules mean doubling the hydrocortisone during a fever.', 'sick-day-rules'],
    ['Sick day rules: pause metformin if you are vomiting and cannot keep fluids down.', 'sick-day-rules'],
    ['Factor VIII level 3%, in keeping with moderate haemophilia A.', 'factor-viii'],
    ['Levels of clotting factor VIII are low in haemophilia A.', 'factor-viii'],
    ['He gives himself factor IX twice a week to prevent bleeding.', 'factor-ix'],
    ['A low ferritin shows that her iron stores are empty.', 'iron-stores'],
    ['An iron infusion was arranged because the tablets upset her stomach.', 'iron-infusion'],
    ['IV iron was given before the operation.', 'iron-infusion'],
    ['Painful crises needing morphine are rarer on hydroxyurea.', 'sickle-cell-crisis'],
    ['Admitted with a pain crisis; sickle cell disease known to haematology.', 'sickle-cell-crisis'],
    ['Trough tacrolimus level is within the target range.', 'trough-level'],
    ['A vancomycin trough is due before the fourth dose.', 'trough-level'],
    ['She is a carrier of haemophilia, like her mother.', 'genetic-carrier'],
    ['He is a carrier of Duchenne muscular dystrophy.', 'genetic-carrier'],
    ["Predictive testing for Huntington's disease starts with genetic counselling.", 'predictive-testing'],
    ['Typhoid booster due before the next trip.', 'booster'],
  ]);
  itChoosesSense([['She is a carrier of haemophilia, like her mother.', 'carrier', 'carries a changed gene']]);
  itSkips([
    ['Protesters said their voices had been suppressed.', 'suppressed-tsh'],
    ['She suppressed a laugh during the speech.', 'suppressed-tsh'],
    ['Uptake of the new app was slow at first.', 'tracer-uptake'],
    ['Vaccine uptake fell over the winter.', 'tracer-uptake'],
    ['Use block and replace to swap the text in the editor.', 'block-and-replace'],
    ['New sick day rules for staff start in April.', 'sick-day-rules'],
    ['The country has vast iron reserves in the north.', 'iron-stores'],
    ['Share prices hit a trough in March.', 'trough-level'],
    ['The horses drank from the water trough.', 'trough-level'],
    ['A trough of low pressure will bring showers.', 'trough-level'],
    ['The party faced a painful crisis after the vote.', 'sickle-cell-crisis'],
    ['The salad dressing leaked onto the map, near the puncture site of the tyre.', 'dressing'],
    ['Predictive testing of the software caught the bug early.', 'predictive-testing'],
    ['Predictive testing of the weather model improved the forecasts.', 'predictive-testing'],
    ['Block and replace the damaged bricks before rendering.', 'block-and-replace'],
    ['The union agreed new sick day rules with the company.', 'sick-day-rules'],
    ['Sick day rules for pupils were tightened after the holidays.', 'sick-day-rules'],
    ['Iron reserves in the region could last a century.', 'iron-stores'],
    ['The painful crisis at the club ended with the manager leaving.', 'sickle-cell-crisis'],
    ['Thyroid hormone production is suppressed by carbimazole, and free T4 falls.', 'suppressed-tsh'],
  ]);
  itSkipsOnHealthPages([
    ['Cancer patients in a pain crisis may need morphine.', 'sickle-cell-crisis'],
    ['Cases fell to a trough in July before more vaccine doses were given.', 'trough-level'],
    ['Uptake of the screening programme rose; nodule checks are routine.', 'tracer-uptake'],
    ['Her appetite was suppressed by the new tablets, and her TSH was normal.', 'suppressed-tsh'],
    ['Steroids left his immune system suppressed, so his TSH was checked too.', 'suppressed-tsh'],
    ['Genes affect the release and uptake of chemical messengers in the brain, such as in the frontal lobe.', 'tracer-uptake'],
    ['Screening uptake for thyroid cancer was low in the PET study area.', 'tracer-uptake'],
    ['Mood can swing between peaks and troughs over the year.', 'trough-level'],
  ]);
});

describe('ambulance calls, falls and care homes', () => {
  itUnderlines([
    ['Not conveyed; left at home with worsening advice.', 'conveyed-to-hospital'],
    ['Patient conveyed to A&E with a suspected broken hip.', 'conveyed-to-hospital'],
    ['He was conveyed to hospital by the ambulance crew.', 'conveyed-to-hospital'],
    ['See and treat: cut cleaned on scene by the paramedic and left at home.', 'see-and-treat'],
    ['Found collapsed in the kitchen by her carer.', 'collapse'],
    ['She collapsed at work and a colleague started CPR.', 'collapse'],
    ['Unwitnessed collapse, no injuries found.', 'collapse'],
    ['He had a sudden collapse after feeling light-headed on standing.', 'collapse'],
    ['Her son is fitting and unresponsive, the caller says; it started five minutes ago.', 'device-fitting'],
    ['He is fitting again, jerking all over, and his lips look blue.', 'device-fitting'],
    ['Pressure areas intact, repositioned overnight.', 'pressure-area-care'],
    ['Pressure areas checked; Waterlow score 18.', 'pressure-area-care'],
    ['Double-handed care with a hoist for every move.', 'double-handed-care'],
    ['Double-up visits four times a day.', 'double-handed-care'],
    ['In-possession medication was stopped after tablets were found hidden in his cell.', 'in-possession-medication'],
  ]);
  itChoosesSense([
    ['Her son is fitting and unresponsive, the caller says; it started five minutes ago.', 'fitting', 'having a seizure (a fit)'],
    ['The audiologist did the fitting of her new hearing aids today.', 'fitting', 'hearing aids'],
  ]);
  itSkips([
    ['She conveyed her thanks to the nurses.', 'conveyed-to-hospital'],
    ['His concerns were conveyed to the hospital board by letter.', 'conveyed-to-hospital'],
    ['Please see and treat the stains before washing.', 'see-and-treat'],
    ['The drone was found in possession of the smuggler.', 'in-possession-medication'],
    ['High pressure areas bring dry, settled weather.', 'pressure-area-care'],
    ['A double-handed sword hung over the fireplace.', 'double-handed-care'],
    ['He won the double-handed sailing race across the Atlantic.', 'double-handed-care'],
    ['The message was not conveyed to the board.', 'conveyed-to-hospital'],
    ['Come and see and treat yourself to a cake.', 'see-and-treat'],
    ['The bridge collapsed after days of heavy rain.', 'collapse'],
    ['The collapse of the bank shook the markets.', 'collapse'],
    ['She collapsed onto the sofa after the long shift.', 'collapse'],
    ['It is fitting that the ambulance crew were honoured.', 'device-fitting'],
    ['The kitchen fitting took two days.', 'device-fitting'],
    ['The caller said the pipe fitting had burst.', 'device-fitting'],
    ['The fitting of defibrillators in every ambulance is a priority for the trust.', 'device-fitting'],
    ['A low pressure area will bring rain on Friday.', 'pressure-area-care'],
    ['She plays a double-handed backhand.', 'double-handed-care'],
    ['The defender was in possession of the ball.', 'in-possession-medication'],
  ]);
  itSkipsOnHealthPages([
    ['A lung can collapse if air leaks into the chest, and she fainted.', 'collapse'],
    ['The collapse of the vertebra caused sudden back pain and she fainted.', 'collapse'],
  ]);
});

describe('mental health law, community teams and addiction services', () => {
  itUnderlines([
    ['She was detained under section 2 of the Mental Health Act.', 'detained'],
    ['He was detained in a psychiatric hospital after the AMHP assessment.', 'detained'],
    ['She lacks capacity to decide where to live, so a best interests meeting was held.', 'lacks-capacity'],
    ['He was found to lack capacity to consent to the operation.', 'lacks-capacity'],
    ['A best interests decision was made to move her into a nursing home.', 'best-interests-decision'],
    ['Affect flat and speech slow, with poor eye contact.', 'flat-affect'],
    ['Flat affect and slowed speech are negative symptoms of schizophrenia.', 'flat-affect'],
    ['Depot given into the deltoid; next one due in four weeks.', 'depot-injection'],
    ['Two years clean and now a peer mentor at the drug service.', 'clean-and-sober'],
    ['He stayed clean from heroin for a year after rehab.', 'clean-and-sober'],
    ['Takeaway doses on Sundays now that he is stable on methadone.', 'take-home-dose'],
    ['Supervised consumption at the pharmacy for the first three months.', 'supervised-consumption'],
    ['Rattling and sweating on day two of withdrawal.', 'withdrawal'],
    ['Clucking and in full withdrawal by the time he reached the clinic.', 'withdrawal'],
  ]);
  itSkips([
    ['Two men were detained by police at the airport.', 'detained'],
    ['Protesters were detained overnight.', 'detained'],
    ['The hospital lacks capacity for more beds this winter.', 'lacks-capacity'],
    ['The grid lacks capacity to cope with demand.', 'lacks-capacity'],
    ['The team lacked capacity in midfield after the injuries.', 'lacks-capacity'],
    ['It is in the best interests of the club to sell him.', 'best-interests-decision'],
    ['Stay clean and keep your shoes by the door.', 'clean-and-sober'],
    ['The car got clean in the car wash.', 'clean-and-sober'],
    ['Rate rises affect flat prices in the capital.', 'flat-affect'],
    ['Keep the kitchen clean and the floor dry.', 'clean-and-sober'],
    ['Take-home pay rose by 3%.', 'take-home-dose'],
    ['Supervised consumption rooms opened in Glasgow.', 'supervised-consumption'],
    ['Cash withdrawals over £500 need photo ID.', 'withdrawal'],
    ['The bus depot is closed on Sundays.', 'depot-injection'],
    ['Immigration officers detained him at the airport and a psychiatrist saw him later.', 'detained'],
    ['Withdrawal of the drug from the market upset prescribers.', 'withdrawal'],
  ]);
  itSkipsOnHealthPages([
    ['He was detained by police and later seen by a psychiatrist.', 'detained'],
    ['Use clean needles every time, and never share them, says the drug service.', 'clean-and-sober'],
    ['Wash your hands so they stay clean before you inject the drug.', 'clean-and-sober'],
    ['Patients assessed as urgent wait longer because the hospital lacks capacity.', 'lacks-capacity'],
    ['Social withdrawal is common in depression, and some people drink more alcohol.', 'withdrawal'],
    ['He stopped hanging out with friends; withdrawal like this can be a sign of depression.', 'withdrawal'],
  ]);
});

describe('bowel preparation and flares', () => {
  itUnderlines([
    ['Prep was poor, so the colonoscopy will be repeated in a year.', 'bowel-prep'],
    ['Start the prep at 5 pm on the day before your colonoscopy.', 'bowel-prep'],
    ['Inadequate prep: the view of the caecum was limited.', 'bowel-prep'],
    ['I had a flare again this week and could barely walk.', 'flare'],
    ['Had a flare after stopping the mesalazine.', 'flare'],
  ]);
  itSkips([
    ['Start your prep for the exam early.', 'bowel-prep'],
    ['The prep was good and the sauce came together quickly.', 'bowel-prep'],
    ['The boat had a flare gun on board.', 'flare'],
    ['The skirt has a slight flare at the hem.', 'flare'],
  ]);
  itSkipsOnHealthPages([
    ['The prep time for this bowel-friendly soup is ten minutes.', 'bowel-prep'],
    ['The prep for an upper endoscopy is simply not eating for six hours.', 'bowel-prep'],
    ['A flare was fired from the lifeboat near the bowel cancer charity swim.', 'flare'],
  ]);
});
