/**
 * Letters a labelled set found missing or misread: Irish medicine schemes (DPS, LTI), bowel and
 * cancer-care letters (MRE, BO, SABR), the veteran's trauma therapy (CPT), lower-case prn, and cue
 * words that let clinic, ward, community-nurse and pharmacy letters (OT, PT, ROP, CNS, MSK, GP, ED,
 * PHN, PID, BS, PVD, ARF, HD, PND, LOC) be read in a sentence of their own. Each is tried against the
 * other senses its letters have in ordinary text (army ranks, billing codes, body odour, box office,
 * ration packs, baseball, games, executive pay, workplace safety, software libraries, airline times,
 * civil court rules, tenancies, aviation, cricket, camera lenses, game studios and company directors).
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('Irish medicine schemes', () => {
  itUnderlines([
    ['Once you join the DPS, the pharmacy stops charging after the monthly limit for prescribed medicines.', 'dps'],
    ['Register the whole household for the DPS through the HSE website.', 'dps'],
    ['Her son gets his insulin free at the pharmacy under the LTI because of his type 1 diabetes.', 'lti'],
    ['Show your LTI card at the pharmacy each month.', 'lti'],
    ['The LTI pays for medical appliances such as blood glucose meters.', 'lti'],
  ]);
  itSkips([
    ['Our healer keeps up fine, but the DPS need to stop standing in the fire.', 'dps'],
    ['Texas DPS troopers closed the highway after the crash.', 'dps'],
    ['The new LTI awards vest after three years if the share price targets are met.', 'lti'],
    ['The site has gone 400 days without an LTI.', 'lti'],
  ]);
  itSkipsOnHealthPages([
    ['The mage tops the DPS chart in every raid.', 'dps'],
    ['The board cut the chief executive\'s LTI after the poor results.', 'lti'],
    ['Report every LTI to the HSE under RIDDOR.', 'lti'],
    ['Most LTI cases on the site were musculoskeletal injuries.', 'lti'],
    ['The pharmacy chain granted LTI awards to its directors.', 'lti'],
    ['Texas DPS says the pharmacy burglary suspects were caught.', 'dps'],
  ]);
});

describe('bowel letters and scans', () => {
  itUnderlines([
    ['MRE showed a long ileal stricture with upstream dilatation.', 'mre'],
    ['Her Crohn\'s was restaged with an MRE before starting the biologic.', 'mre'],
    ['BO 6 times a day, Bristol type 7, with some blood in the stools.', 'bo'],
    ['Last BO two days ago; he was given a laxative.', 'bo'],
  ]);
  itSkips([
    ['Each MRE has about 1,250 calories and a flameless heater.', 'mre'],
    ['Pack two MRE meals for the hike.', 'mre'],
    ['He worries about BO after training, so he showers and uses a deodorant.', 'bo'],
    ['The film took huge BO numbers on its opening weekend.', 'bo'],
  ]);
  itSkipsOnHealthPages([
    ['Soldiers lived on MRE rations for a week.', 'mre'],
    ['Sweat itself has no smell; BO comes from bacteria on the skin.', 'bo'],
    ['Apocrine sweat glands cause BO after puberty.', 'bo'],
    ['Hyperhidrosis can make BO worse.', 'bo'],
    ['MR elastography (MRE) showed fibrosis in the liver.', 'mre'],
    ['Liver MRE showed stage 3 fibrosis.', 'mre'],
  ]);
  itSkips([
    ['Tickets from the Bristol Hippodrome BO open at 10am.', 'bo'],
  ]);
});

describe('radiotherapy and trauma therapy letters', () => {
  itUnderlines([
    ['SABR was offered for the small lung tumour because surgery was too risky.', 'sabr'],
    ['She had SABR to two spots of metastases in her spine.', 'sabr'],
    ['He began a course of CPT at the veterans\' clinic.', 'cpt'],
    ['Her CPT therapist asked her to write about the assault.', 'cpt'],
    ['In CPT she wrote an impact statement about the assault.', 'cpt'],
  ]);
  itSkips([
    ['SABR members met in Phoenix to talk about baseball statistics.', 'sabr'],
    ['CPT Jones led the patrol through the valley.', 'cpt'],
    ['The CPT code for a physical therapy evaluation changed this year.', 'cpt'],
    ['CPT symmetry links charge, parity and time.', 'cpt'],
    ['Therapists bill CPT 90837 for a 60-minute psychotherapy session.', 'cpt'],
    ['CPT Smith, a physical therapist in the reserve, ran the clinic.', 'cpt'],
  ]);
  itSkipsOnHealthPages([
    ['Bill the visit with the right CPT codes for psychotherapy.', 'cpt'],
    ['The SABR convention ended with a talk on batting averages.', 'sabr'],
  ]);
});

describe('prn, ICU, STD and CPR in other senses', () => {
  itUnderlines([
    ['Ibuprofen 400 mg tds prn for pain.', 'prn'],
    ['Salbutamol inhaler prn for wheeze.', 'prn'],
    ['He was moved to the ICU after the operation.', 'icu'],
    ['Using a condom lowers the chance of passing on an STD.', 'sexually-transmitted-infection'],
    ['He was asked about any STD symptoms at the clinic.', 'sexually-transmitted-infection'],
    ['Bystanders started CPR until the ambulance came.', 'cpr'],
    ['Blood flow to the brain under CPR is only a fraction of normal.', 'cpr'],
    ['He had brief LOC and was seen at triage.', 'loc'],
    ['If you cannot breathe, dial 999; the ED team will see you first.', 'ed'],
  ]);
  itSkips([
    ['Link the app against the ICU library to sort names in Swedish.', 'icu'],
    ['The release updates the bundled ICU to fix time zone names.', 'icu'],
    ['STD 14:10, ETD 15:00 because of a late inbound aircraft.', 'sexually-transmitted-infection'],
    ['Under CPR Part 36, an offer to settle can change who pays costs.', 'cpr'],
    ['The $999 price includes the 70-200mm f/2.8 ED VR lens.', 'ed'],
    ['We triage bugs every Monday; the repo is now 40k LOC.', 'loc'],
    ['The judge applied the CPR PD on witness statements.', 'cpr'],
    ['Save the output as a .prn file for the plotter.', 'prn'],
  ]);
});

describe('letters read in a sentence of their own', () => {
  itUnderlines([
    ['The OT home visit showed he needs a perching stool in the kitchen.', 'ot'],
    ['She was referred to outpatient PT after the fall.', 'pt'],
    ['His ROP screening is booked for next week.', 'rop'],
    ['Please ring me, your CNS, if the pain gets worse.', 'cns'],
    ['MSK pain in the neck since the crash; physio booked.', 'msk'],
    ['A GP visit card covers visits to your family doctor.', 'gp'],
    ['Go to your nearest ED if the bleeding will not stop.', 'ed'],
    ['Your PHN will call to see you and your baby after the maternity stay.', 'phn'],
    ['She had PID years ago and asks if ibuprofen is safe for her.', 'pid'],
    ['BS normal, feeds via NG tube overnight.', 'bs'],
    ['His problem list includes PVD and gout.', 'pvd'],
    ['Intake note records a history of ARF in childhood.', 'arf'],
    ['He is the main carer for his father with HD and needs respite.', 'hd'],
    ['Patient reports PND and asks the pharmacy for advice.', 'pnd'],
    ['LOC noted by paramedics at scene after the fall.', 'loc'],
  ]);
  itChoosesSense([
    ['OT home visit done; a raised toilet seat was fitted.', 'OT', 'occupational therapy'],
    ['Outpatient PT for gait retraining after the stroke.', 'PT', 'physical therapy'],
    ['Please ring me, your breast CNS, with any worries.', 'CNS', 'clinical nurse specialist (UK)'],
    ['MSK pain in both knees; physio referral sent.', 'MSK', 'musculoskeletal (muscles, bones, joints)'],
    ['Call 999 or go to your nearest ED.', 'ED', 'emergency department'],
    ['The PHN visits new mothers after they leave the maternity unit.', 'PHN', 'public health nurse'],
  ]);
  itListsMeanings([
    ['The PHN funds maternity and child health services across the region.', 'PHN'],
  ]);
  itListsMeanings([
    ['She mentions old PID and asks whether ibuprofen will help.', 'PID'],
    ['His problem list includes PVD.', 'PVD'],
    ['History of ARF noted on the intake note.', 'ARF'],
    ['Wife with HD; carer allowance discussed.', 'HD'],
    ['Patient reports PND at night.', 'PND'],
    ['LOC reported by paramedics at scene.', 'LOC'],
  ]);
  itSkips([
    ['The Leafs took it in OT on a deflected shot.', 'ot'],
    ['The match starts at 6 p.m. PT in the outpatient clinic\'s time zone.', 'pt'],
    ['Tie the ROP to the post.', 'rop'],
    ['The ICU library was added to the build.', 'icu'],
    ['MSK time is three hours ahead of London.', 'msk'],
    ['He won the GP by two seconds.', 'gp'],
    ['The ED of the charity will ring me tomorrow.', 'ed'],
    ['The PID controller keeps the oven at 200 degrees.', 'pid'],
    ['Kill the PID of the frozen process.', 'pid'],
    ['That excuse was total BS.', 'bs'],
    ['PVD coating gives the watch case a hard black finish.', 'pvd'],
    ['Stream the match in HD with the carer\'s free login.', 'hd'],
    ['The LOC count for the project passed a million.', 'loc'],
  ]);
});

describe('ordinary senses on a health page', () => {
  itSkipsOnHealthPages([
    ['The tenant under the AST can ask for the deposit back.', 'ast'],
    ['Tune the DME and check the distance before the descent.', 'dme'],
    ['Required RR is now 9 an over with five wickets left.', 'rr'],
    ['CD Projekt announced a new game.', 'cd'],
    ['The contract was signed by its MD and the company secretary.', 'md'],
    ['The pilot made a PA about the delay.', 'pa'],
    ['The lens has three ED elements to cut colour fringing.', 'ed'],
  ]);
  itLeavesWordPlain([
    ['Tune the DME before the approach.', 'DME'],
    ['CD Projekt Red made the game.', 'CD'],
  ]);
  itUnderlinesOnHealthPages([
    ['DME such as walkers and hospital beds may be covered by Medicare.', 'dme'],
    ['RR 22, SpO2 94% on room air.', 'rr'],
    ['CD flare with diarrhoea and weight loss.', 'cd'],
    ['The MD reviewed the scan.', 'md'],
    ['She was seen in the ED overnight.', 'ed'],
    ['The rota for the ICU night team is out.', 'icu'],
  ]);
});
