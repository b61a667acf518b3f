/**
 * Words of therapy and rehab, mental health services, eye, hearing and skin clinics, care homes,
 * home care and hospice, sexual health clinics and US insurance letters that had no card or the
 * wrong one: new entries, new aliases and cue words, and entries free on health pages. Each word is
 * tried in the health sentences readers meet and against its other senses (sport, money, software,
 * cooking, politics, weather, roofing), alone and, where it is free on health pages, on a health page.
 * "drops" (eye drops) and "contacts" (contact lenses) are everyday words and stay plain by default.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('mental health services: episodes, holds, intake, triggers and the words of a mental status exam', () => {
  itUnderlines([
    ['A manic or depressive episode can follow a long stretch of stable mood on lithium.', 'illness-episode'],
    ['Between episodes of vertigo she feels completely well.', 'illness-episode'],
    ['She was put on a 72-hour hold after telling staff she was suicidal.', 'involuntary-hold'],
    ['A psych hold lets the hospital keep someone who is a danger to themselves for evaluation.', 'involuntary-hold'],
    ['After the intake appointment, the therapist will suggest a treatment plan.', 'intake-appointment'],
    ['Mood low, affect blunted and congruent.', 'affect-clinical'],
    ['Affect labile, tearful at times during the interview.', 'affect-clinical'],
    ['Mental status: euthymic mood, full range of affect.', 'affect-clinical'],
    ['A flat affect is common in people with severe depression.', 'flat-affect'],
    ['The team noted blunted affect and slowed speech.', 'blunted-affect'],
    ['Racing thoughts kept him awake most nights.', 'racing-thoughts'],
    ['On admission she had pressured speech and had not slept for days.', 'pressured-speech'],
    ['Flight of ideas and grandiose beliefs were noted.', 'flight-of-ideas'],
    ['Insight and judgment poor; he denies any illness despite the delusions.', 'clinical-insight'],
    ['She has been euthymic for six months on her current medicine.', 'euthymia'],
    ['A mental status exam was done in the emergency department.', 'mental-status-examination'],
    ['Instead of the emergency room, the mobile team took him to a crisis stabilisation unit.', 'crisis-stabilization-unit'],
  ]);
  itUnderlinesOnHealthPages([
    ['Her last episode of depression lasted about four months.', 'illness-episode'],
    ['He had two fainting episodes at school this week.', 'illness-episode'],
    ['Early warning signs of a new episode can include sleeping less and spending a lot of money.', 'illness-episode'],
    ['Bring a list of your medicines to the intake appointment.', 'intake-appointment'],
    ['The intake assessment takes about an hour.', 'intake-appointment'],
    ['Crowded shops are a trigger for my panic attacks.', 'trigger'],
    ['Stress is a common trigger for eczema flares.', 'trigger'],
    ['Knowing your asthma triggers can help you plan ahead.', 'trigger'],
  ]);
  itSkips([
    ['The final episode of the series airs on Sunday night.', 'illness-episode'],
    ['In this episode we talk to two founders about raising money.', 'illness-episode'],
    ["The whole episode was an embarrassment for the club's owners.", 'illness-episode'],
    ['The bank placed a 72-hour hold on the deposited check.', 'involuntary-hold'],
    ['Police can keep a suspect on a 72-hour hold before charging him.', 'involuntary-hold'],
    ['Airlines may put a 72-hour hold on a fare before you pay.', 'involuntary-hold'],
    ['The food bank asks new families to book an intake appointment.', 'intake-appointment'],
    ['Legal aid clients are seen for an intake interview before a lawyer is assigned.', 'intake-appointment'],
    ['The shelter holds intake interviews every morning at nine.', 'intake-appointment'],
    ['A failed payment will trigger an email to the account owner.', 'trigger'],
    ['He pulled the trigger twice.', 'trigger'],
    ['The tariff could trigger a trade war.', 'trigger'],
    ['The new rules will affect thousands of renters.', 'affect-clinical'],
    ['Rising prices affect how families shop.', 'affect-clinical'],
    ['Weather can affect the thought process of jurors, the study claims.', 'affect-clinical'],
    ['The report offers insight into how markets work.', 'clinical-insight'],
    ['Her insights on leadership were widely shared.', 'clinical-insight'],
    ['He had a sudden flash of insight in the shower.', 'clinical-insight'],
  ]);
  itSkipsOnHealthPages([
    ['Listen to the latest episode of our podcast on sleep.', 'illness-episode'],
    ['New episodes come out every Tuesday.', 'illness-episode'],
    ['In this episode, a nurse explains how blood tests work.', 'illness-episode'],
    ['Three wrong passwords will trigger a lockout of your portal account.', 'trigger'],
    ['Keep your finger off the trigger until you are ready.', 'trigger'],
    ['Trigger warnings are placed at the top of some articles.', 'trigger'],
    ['Lack of sleep can affect mood and concentration.', 'affect-clinical'],
    ['Some medicines may affect your mental status.', 'affect-clinical'],
    ['Infections affect older people more.', 'affect-clinical'],
  ]);
});

describe('therapy and rehab: transfers, levels of help, guarding, compliance, tears, braces, slings and loading', () => {
  itUnderlines([
    ['He needs help with transfers from the wheelchair to the toilet.', 'patient-transfer'],
    ['Practise sit-to-stand transfers with the physical therapist.', 'patient-transfer'],
    ['Bed-to-chair transfer with a slide board and one helper.', 'patient-transfer'],
    ['Mod assist needed for bed mobility.', 'moderate-assist'],
    ['Walks 20 metres with min assist and a walker.', 'minimal-assist'],
    ['Max assist of two for standing.', 'maximal-assist'],
    ['Ambulates with contact guard assist on stairs.', 'contact-guard-assist'],
    ['Showers with standby assist only.', 'standby-assist'],
    ['Total assist for all transfers on day one after surgery.', 'total-assist'],
    ['A grab bar next to the toilet makes standing up safer.', 'grab-bar'],
    ['The nurse used a gait belt to help him walk to the bathroom.', 'gait-belt'],
    ['Muscle guarding limits his neck rotation.', 'guarding'],
    ['Guarding with shoulder abduction and flexion in physical therapy today.', 'guarding'],
    ['Abdomen tender in the right lower quadrant with guarding.', 'guarding'],
    ['Compliance with the home exercise program has been poor.', 'adherence'],
    ['CPAP compliance was 85% of nights over the last month.', 'adherence'],
    ['Poor compliance with medication is a common reason blood pressure stays high.', 'adherence'],
    ['A back strain usually gets better within a few weeks.', 'muscle-strain'],
    ['A neck strain can come from sleeping in an odd position.', 'muscle-strain'],
    ['A sprain affects a ligament, while a strain affects a muscle or tendon.', 'strain'],
    ['This flu strain spreads quickly in schools.', 'strain'],
    ['The MRI showed a partial-thickness tear of the rotator cuff tendon.', 'tissue-tear'],
    ['A labral tear can make the hip catch and click.', 'tissue-tear'],
    ['A small ligament tear can heal without surgery.', 'tissue-tear'],
    ['He wears a knee brace when he plays football.', 'orthopedic-brace'],
    ['A back brace can slow the curve in scoliosis.', 'orthopedic-brace'],
    ['Wear the ankle brace until the sprain heals.', 'orthopedic-brace'],
    ['Her braces come off once the teeth are straight, says the orthodontist.', 'dental-braces'],
    ['The skin underneath a cast can get dry and itchy.', 'cast'],
    ['Wear the sling for two weeks after the shoulder surgery.', 'arm-sling'],
    ['An arm sling supports a broken collarbone.', 'arm-sling'],
    ['Pendulum exercises can start a few days after shoulder surgery.', 'pendulum-exercise'],
    ['Your physical therapist will give you a home exercise program.', 'home-exercise-program'],
    ['Progressive loading helps a sore Achilles tendon get stronger.', 'progressive-loading'],
    ['A slide board bridges the gap between the bed and the wheelchair.', 'slide-board'],
  ]);
  itUnderlinesOnHealthPages([
    ['She felt a pop in her hamstring while sprinting.', 'hamstring'],
    ['Tight hamstrings can add to low back pain.', 'hamstring'],
  ]);
  itSkips([
    ["The striker's transfer fee was a club record.", 'patient-transfer'],
    ['Make a bank transfer before Friday.', 'patient-transfer'],
    ['The transfer to the airport takes forty minutes.', 'patient-transfer'],
    ['Two officers were guarding the entrance.', 'guarding'],
    ['The goalkeeper was guarding the near post.', 'guarding'],
    ['She is fiercely guarding her privacy.', 'guarding'],
    ['The bank hired a compliance officer after the fine.', 'adherence'],
    ['Regulatory compliance costs have risen sharply.', 'adherence'],
    ['Lung compliance falls as fibrosis gets worse.', 'adherence'],
    ['The new rules will hamstring the agency.', 'hamstring'],
    ["Budget cuts hamstring the council's plans.", 'hamstring'],
    ['Critics say the law will hamstring small firms.', 'hamstring'],
    ['Strain the pasta and add the sauce.', 'strain'],
    ['The strike put a strain on the rail network.', 'strain'],
    ['Money worries put a strain on the family.', 'strain'],
    ['Tear along the dotted line.', 'tissue-tear'],
    ['Police used tear gas on the crowd.', 'tissue-tear'],
    ['She left the stage in tears.', 'tissue-tear'],
    ['The old mill will be torn down; they tear down the ACL building next.', 'tissue-tear'],
    ['Europe could tear itself apart over the MRI budget.', 'tissue-tear'],
    ['Brace yourself for some bad news.', 'orthopedic-brace'],
    ['Residents brace for the storm.', 'orthopedic-brace'],
    ['Add a closing brace at the end of the function.', 'orthopedic-brace'],
    ['He scored a brace in the second half.', 'orthopedic-brace'],
    ['Airlines told passengers to adopt the brace position.', 'orthopedic-brace'],
    ['Families brace for higher energy bills.', 'orthopedic-brace'],
    ['The cast of the film gathered for a photo.', 'cast'],
    ['Cook the steak in a cast iron pan.', 'cast'],
    ['Voters cast their ballots on Tuesday.', 'cast'],
    ['Sling the bag over your shoulder.', 'arm-sling'],
    ['A baby sling keeps the baby close.', 'arm-sling'],
    ['He bought a new rifle sling.', 'arm-sling'],
    ['The surgeon placed a mid-urethral sling for stress incontinence.', 'arm-sling'],
    ['Progressive loading of the web page shows images as they arrive.', 'progressive-loading'],
  ]);
  itSkipsOnHealthPages([
    ["Staff shortages hamstring the hospital's plans.", 'hamstring'],
    ['Red tape can hamstring research.', 'hamstring'],
    ['Funding cuts hamstring their efforts.', 'hamstring'],
  ]);
});

describe('eye and hearing clinics', () => {
  itUnderlines([
    ['Glaucoma slowly narrows the visual field.', 'visual-field'],
    ['Fields full to confrontation; optic nerve looks healthy.', 'visual-field'],
    ['Your hearing aid fitting will take about an hour with the audiologist.', 'device-fitting'],
    ['The contact lens fitting checks how the lenses sit on the eye.', 'device-fitting'],
    ['After the amputation, his first prosthesis fitting was in March.', 'device-fitting'],
    ["I've had ringing in my ears since the gig.", 'tinnitus'],
    ['Ear ringing after loud music usually fades within a day.', 'tinnitus'],
    ['The doctor will scope your throat to look at your vocal cords.', 'scope'],
    ['A scope through the nose showed swelling of the larynx.', 'scope'],
    ['With a cataract, the lens of the eye becomes cloudy.', 'lens'],
    ['Wax can build up in the ear canal and muffle hearing.', 'earwax'],
    ['Cotton buds push wax further into the ears.', 'earwax'],
    ['Dilating drops make your vision blurry for a few hours.', 'dilating-drops'],
    ['Microsuction removes earwax without water.', 'microsuction'],
    ['Ear irrigation washes out earwax with warm water.', 'ear-irrigation'],
  ]);
  itSkips([
    ['The team took the field in front of a full stadium.', 'visual-field'],
    ['She is a leader in the field of glaucoma research.', 'visual-field'],
    ['The children went on a field trip to the zoo.', 'visual-field'],
    ['It was a fitting tribute to the AIDS campaigners.', 'device-fitting'],
    ['The fitting room is at the back of the shop.', 'device-fitting'],
    ['The plumber replaced a leaking pipe fitting.', 'device-fitting'],
    ['The phone kept ringing in the next room.', 'tinnitus'],
    ['Church bells were ringing across the town.', 'tinnitus'],
    ['Her words were still ringing in my ears as I left.', 'tinnitus'],
    ['That is outside the scope of this report.', 'scope'],
    ['He fixed a new scope to the rifle.', 'scope'],
    ["Let's scope out the venue before the party.", 'scope'],
    ['Clean the camera lens with a soft cloth.', 'lens'],
    ['The article looks at history through the lens of class.', 'lens'],
    ['She bought a new zoom lens for wildlife photos.', 'lens'],
    ['Rub the car wax in small circles.', 'earwax'],
    ['Candle wax dripped onto the table.', 'earwax'],
    ['His interest tends to wax and wane.', 'earwax'],
  ]);
  itSkipsOnHealthPages([
    ['A bridal dress fitting is usually six weeks before the wedding.', 'device-fitting'],
    ['It is fitting that the new clinic opens on her birthday.', 'device-fitting'],
    ['Check the light fittings in the ward every month.', 'device-fitting'],
  ]);
});

describe('skin clinics', () => {
  itUnderlines([
    ['The biopsy showed a benign nevus with no atypia.', 'benign'],
    ['Benign dermatofibroma, completely excised.', 'benign'],
    ['Psoriasis causes red patches with silvery scaling.', 'skin-scaling'],
    ['Fine scaling of the scalp is typical of dandruff.', 'skin-scaling'],
    ['Freezing with liquid nitrogen is a common treatment for warts.', 'freezing-treatment'],
    ['After freezing, the skin tag may blister before it falls off.', 'freezing-treatment'],
    ['The culture grew MRSA, so the antibiotic was changed.', 'culture'],
    ['A culture from the abscess was sent to the lab.', 'culture'],
    ['A nurse will change the dressing on your wound every two days.', 'dressing-change'],
    ['Dressing changes can be painful, so pain relief is given first.', 'dressing-change'],
    ['A boil may need to be lanced if it does not drain on its own.', 'skin-boil'],
    ['Warm compresses help a boil come to a head.', 'skin-boil'],
    ['Psoriasis plaques are often silvery and itchy.', 'plaque'],
    ['Hives and swelling of the lips can be signs of an allergic reaction.', 'hives'],
    ['Chronic hives, or urticaria, last more than six weeks.', 'hives'],
    ['Warts on the hands are caused by a virus.', 'wart'],
    ['Wet wraps can calm a bad eczema flare in children.', 'wet-wrap'],
    ['Use an emollient as a soap substitute when you wash.', 'soap-substitute'],
  ]);
  itUnderlinesOnHealthPages([
    ['The patch testing showed an allergy to nickel and fragrance.', 'patch-test'],
    ['Avoid getting your back wet during patch testing.', 'patch-test'],
  ]);
  itSkips([
    ['The error message looked benign at first.', 'benign'],
    ['A benign smile crossed his face.', 'benign'],
    ['The weather stayed benign for the whole race.', 'benign'],
    ['Patch testing of the new server release starts on Monday.', 'patch-test'],
    ['The team runs patch tests before every deployment.', 'patch-test'],
    ['Security patch testing found no new bugs.', 'patch-test'],
    ['The startup is scaling up its sales team.', 'skin-scaling'],
    ['Auto scaling keeps the web app fast at peak hours.', 'skin-scaling'],
    ['Climbers were scaling the north face.', 'skin-scaling'],
    ['Freezing rain made the roads dangerous.', 'freezing-treatment'],
    ['Freezing leftover soup in portions saves time.', 'freezing-treatment'],
    ['Temperatures dropped below freezing overnight.', 'freezing-treatment'],
    ['The company culture grew more relaxed over time.', 'culture'],
    ['Pop culture shapes how teenagers talk.', 'culture'],
    ['The city is proud of its culture and history.', 'culture'],
    ['We had to change the dressing room before the show.', 'dressing-change'],
    ['Whisk the dressing and pour it over the salad.', 'dressing-change'],
    ['Change your dressing style for the interview.', 'dressing-change'],
    ['Bring the pasta water to a boil.', 'skin-boil'],
    ['It all boils down to money.', 'skin-boil'],
    ['Keep the pot at a rolling boil for ten minutes.', 'skin-boil'],
    ['A blue plaque marks the house where the writer lived.', 'plaque'],
    ['The team gave him a plaque for twenty years of service.', 'plaque'],
    ['A memorial plaque was unveiled in the square.', 'plaque'],
    ['Bee hives line the edge of the orchard.', 'hives'],
    ['The beekeeper checks the hives every week.', 'hives'],
    ['Honey from these hives tastes of clover.', 'hives'],
    ['The biography shows the leader warts and all.', 'wart'],
  ]);
  itSkipsOnHealthPages([
    ['Scaling up vaccination programmes takes money and staff.', 'skin-scaling'],
    ['The clinic is scaling back its evening hours.', 'skin-scaling'],
    ['Scaling and root planing cleans below the gum line.', 'skin-scaling'],
    ['Frostbite happens when skin is exposed to freezing temperatures and blisters form later.', 'freezing-treatment'],
    ["Freezing of gait is common in Parkinson's disease.", 'freezing-treatment'],
    ['Freezing eggs can preserve fertility.', 'freezing-treatment'],
    ['Local honey comes from hives kept on the hill.', 'hives'],
    ['Beekeepers wear suits when opening hives.', 'hives'],
    ['The farm has twenty hives of bees.', 'hives'],
    ['Replace damaged shingles before the storm season.', 'shingles'],
    ['Asphalt shingles last about twenty years.', 'shingles'],
    ['Wind tore the shingles off the roof.', 'shingles'],
  ]);
});

describe('care homes, home care and hospice', () => {
  itUnderlines([
    ['Respite for caregivers of people with dementia can be a few hours a week or a short stay.', 'respite-care'],
    ['The hospice offers five days of respite so the family can rest.', 'respite-care'],
    ['Residents with dementia may show agitation when routines change.', 'agitation'],
    ['He can only drink thickened fluids after his stroke.', 'thickened-liquids'],
    ['She was put on a pureed diet after the mouth surgery.', 'pureed-diet'],
    ['A texture-modified diet lowers the risk of choking.', 'texture-modified-diet'],
    ['A home care aide helps with bathing three times a week.', 'home-health-aide'],
    ['The aide helps her bathe and dress on weekdays.', 'home-health-aide'],
    ['Hospice aides help with personal care at home.', 'home-health-aide'],
    ['Most hospice patients get routine home care.', 'routine-home-care'],
    ['Continuous home care may be given during a pain crisis.', 'continuous-home-care'],
    ['General inpatient care is for symptoms that cannot be managed at home.', 'general-inpatient-care'],
    ['The nurse gave him a bed bath each morning.', 'bed-bath'],
    ['Regular repositioning helps prevent pressure sores in people who are bedbound.', 'repositioning'],
  ]);
  itUnderlinesOnHealthPages([
    ['When a person is actively dying, their breathing may pause for long stretches.', 'actively-dying'],
    ['The family chose comfort care after the stroke.', 'comfort-care'],
    ['Agitation is common in the late stages of dementia.', 'agitation'],
    ['Agitation in the evening may be sundowning.', 'agitation'],
    ['He wishes to remain full code for now.', 'full-code'],
    ['Patient is a partial code: no intubation, but CPR and shocks are okay.', 'partial-code'],
  ]);
  itSkips([
    ['Some critics say the shopping mall is actively dying.', 'actively-dying'],
    ['The genre is actively dying, one fan wrote.', 'actively-dying'],
    ['The old coral reef is actively dying in the warm water.', 'actively-dying'],
    ['The rain brought a brief respite from the heat.', 'respite-care'],
    ['Markets got little respite as prices kept rising.', 'respite-care'],
    ['There was no respite from the fighting.', 'respite-care'],
    ['Political agitation grew in the capital.', 'agitation'],
    ['Farmers continued their agitation against the new laws.', 'agitation'],
    ["The washing machine's agitation cycle was too rough for wool.", 'agitation'],
    ['Stir the sauce until it has thickened.', 'thickened-liquids'],
    ['The full code is on GitHub.', 'full-code'],
    ['See the full code below.', 'full-code'],
    ['Read the full code of conduct before you post.', 'full-code'],
    ['A top aide to the governor resigned.', 'home-health-aide'],
    ["The senator's aide said the bill would pass.", 'home-health-aide'],
    ['A White House aide spoke on condition of anonymity.', 'home-health-aide'],
    ['The brand is repositioning itself for younger buyers.', 'repositioning'],
    ['The satellite needs repositioning after the launch.', 'repositioning'],
  ]);
  itSkipsOnHealthPages([
    ['Download the full code for the analysis from our website.', 'full-code'],
    ['The full code listing is in the appendix.', 'full-code'],
    ['The full code of conduct applies to all staff.', 'full-code'],
    ['Chatbot hallucinations can mislead patients who trust them.', 'hallucination'],
    ['LLM hallucinations are a known risk.', 'hallucination'],
    ['Model hallucinations are hard to spot.', 'hallucination'],
  ]);
});

describe('sexual health', () => {
  itUnderlines([
    ['The swab came back negative for strep.', 'negative-result'],
    ['He tested negative for gonorrhea and chlamydia.', 'negative-result'],
    ['Crabs, or pubic lice, are spread by close contact and treated with permethrin.', 'pubic-lice'],
    ['Suppressive therapy with valacyclovir cuts the number of herpes outbreaks.', 'suppressive-therapy'],
    ['A test of cure is advised for chlamydia in pregnancy.', 'test-of-cure'],
  ]);
  itUnderlinesOnHealthPages([
    ['After a possible exposure to HIV, PEP works best if started within 72 hours.', 'exposure'],
    ['Long-term exposure to loud noise can damage hearing.', 'exposure'],
    ['When HIV is undetectable, it cannot be passed on through sex.', 'undetectable'],
    ['A herpes outbreak often starts with tingling.', 'outbreak'],
    ['The measles outbreak has reached three schools.', 'outbreak'],
  ]);
  itSkips([
    ['The review was negative about the new phone.', 'negative-result'],
    ['The company reported negative growth this quarter.', 'negative-result'],
    ['Stay away from negative people.', 'negative-result'],
    ["The bank's exposure to bad loans grew.", 'exposure'],
    ['Set a long exposure to photograph the stars.', 'exposure'],
    ['The new band got a lot of media exposure.', 'exposure'],
    ['The stealth jet is nearly undetectable by radar.', 'undetectable'],
    ['The change was undetectable to the naked eye.', 'undetectable'],
    ['The new malware is undetectable by most antivirus tools.', 'undetectable'],
    ['The outbreak of war changed everything.', 'outbreak'],
    ['A tornado outbreak hit three states.', 'outbreak'],
    ['The outbreak of violence shocked the town.', 'outbreak'],
    ['Blue crabs are caught in the bay.', 'pubic-lice'],
    ['Hermit crabs live in empty shells.', 'pubic-lice'],
    ['The market sells fresh crabs and lobsters.', 'pubic-lice'],
  ]);
  itSkipsOnHealthPages([
    ["The hospital's financial exposure to the lawsuit is large.", 'exposure'],
    ['The charity wants more media exposure for its campaign.', 'exposure'],
    ['Brand exposure grew after the advert.', 'exposure'],
    ['The clinic was founded at the outbreak of World War I.', 'outbreak'],
    ['An outbreak of fighting closed the border.', 'outbreak'],
    ['The outbreak of war forced the hospital to move.', 'outbreak'],
  ]);
});

describe('US insurance and billing', () => {
  itUnderlines([
    ['Medicare Part B pays for observation care in the hospital.', 'observation-status'],
    ['The refill was denied because it was too soon.', 'refill'],
    ['The pharmacy can send a refill request to your doctor.', 'refill'],
    ['If your health plan sends a claim denial, you can appeal.', 'claim-denial'],
    ['File an internal appeal with your health insurer within 180 days.', 'internal-appeal'],
    ['If the health plan upholds the denial, you can ask for an external review.', 'external-review'],
    ['A new benefit period starts if you are admitted to the hospital again after 60 days, and the Part A deductible applies again.', 'benefit-period'],
    ['Medicare gives you 60 lifetime reserve days.', 'lifetime-reserve-days'],
  ]);
  itSkips([
    ['The observation deck is on the 86th floor.', 'observation-status'],
    ['The astronomer made a careful observation of the comet.', 'observation-status'],
    ['She was an acute observer; the observation was spot on.', 'observation-status'],
    ['Free refills on all soft drinks.', 'refill'],
    ['Buy a refill pack for the stapler.', 'refill'],
    ['Refill the water jug before dinner.', 'refill'],
    ['The police force ordered an external review of the shooting.', 'external-review'],
    ['The student lost her internal appeal against the grade.', 'internal-appeal'],
    ['The unemployment benefit period lasts 26 weeks.', 'benefit-period'],
  ]);
});

describe('the meaning a card names', () => {
  itChoosesSense([
    ['Herpes outbreaks often come back less often over time.', 'outbreaks', 'a bout of herpes sores'],
    ['The measles outbreak led to more vaccine clinics.', 'outbreak', 'more cases of a disease than expected'],
    ['Thick plaques of psoriasis on the elbows.', 'plaques', 'a raised patch of skin'],
    ['Plaque builds up in the arteries over many years.', 'Plaque', 'in the arteries'],
    ['The audiologist will fine-tune your hearing aids at the fitting.', 'fitting', 'hearing aids'],
    ['A sprain and a strain are both common sports injuries, often from a pulled muscle.', 'strain', 'a muscle injury'],
    ['A new flu strain was found by the virus lab.', 'strain', 'a type of a germ'],
  ]);
});

describe('review r2: other senses on ordinary pages and on health pages', () => {
  itSkips([
    ['He was kept under observation in the hospital overnight, not admitted.', 'observation-status'],
    ['The suspect remained under observation by detectives at the hospital.', 'observation-status'],
    ['Biden aides argued that Medicare negotiations would lower prices for nurses.', 'home-health-aide'],
    ['The aide left at the weekend; on weekdays she took the train.', 'home-health-aide'],
    ['There was a confrontation on the field between the two captains.', 'visual-field'],
    ['The cheers ringing in my ears, I walked off the stage.', 'tinnitus'],
    ['The wax on the candle dripped near my ear.', 'earwax'],
    ['Surf wax kept his board from slipping, though the fin was impacted by the rocks.', 'earwax'],
    ['Another episode of the drama left viewers anxious and depressed.', 'illness-episode'],
    ['The BBC ordered an external review of its coverage of the election.', 'external-review'],
    ['The car insurer issued a claim denial, saying the coverage had lapsed.', 'claim-denial'],
    ['The brand is repositioning itself, turning to pillows and heels.', 'repositioning'],
    ['Military exercises tested compliance with the treaty.', 'adherence'],
    ['Let the pasta boil for ten minutes, then start draining it over the sink.', 'skin-boil'],
    ['The culture of the thirteen colonies shaped early American law.', 'culture'],
    ['Residents began an agitation over the new landfill site.', 'agitation'],
  ]);
  itSkipsOnHealthPages([
    ['Rising blood sugar triggers the release of insulin.', 'trigger'],
    ['Factors that trigger cell death were studied in the lab.', 'trigger'],
    ['Trigger point injections can ease muscle knots.', 'trigger'],
    ['Sun exposure helps the skin make vitamin D.', 'exposure'],
    ['Early exposure to peanuts may lower the risk of allergy.', 'exposure'],
    ['High blood pressure often goes undetected for years.', 'undetectable'],
    ['Bundled payments cover an episode of care.', 'illness-episode'],
    ['He had tears in his eyes after the MRI showed an ACL tear.', 'tissue-tear'],
    ['Nurse aides help residents bathe and dress.', 'home-health-aide'],
    ['Frostbite is a freezing injury of the skin that can blister and scab.', 'freezing-treatment'],
  ]);
  itUnderlinesOnHealthPages([
    ['The PSA was undetectable after surgery.', 'undetectable'],
    ['Do a patch test 48 hours before using hair dye.', 'patch-test'],
    ['Agitation is common in late dementia.', 'agitation'],
    ['The hamstring is often injured in sprinting.', 'hamstring'],
    ['Studies show that actively dying patients need comfort care.', 'actively-dying'],
  ]);
});
