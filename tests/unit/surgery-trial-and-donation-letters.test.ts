/**
 * Letters of the settings two blind sets asked for: pre-operative assessment and surgical wards,
 * wound and tissue-viability care, podiatry, burns and plastics, speech and language therapy,
 * dietetics, occupational health, neonatal and paediatric units, falls and frailty clinics,
 * clinical-trial paperwork, veterans' services, blood, stem-cell and organ donation, outbreak and
 * infection-control notices, and health plans of Canada and the Philippines. Each is tried
 * against the other senses its letters have in ordinary text (places, companies, software, sport,
 * money, law, government, time zones, music).
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

describe('pre-operative assessment, anaesthesia and surgical wards', () => {
  itUnderlines([
    ['She was given ondansetron for PONV in recovery.', 'ponv'],
    ['A history of post-operative nausea and vomiting raises the chance of it again.', 'ponv'],
    ['The mole was removed under LA with 2 ml of 1% lidocaine.', 'la'],
    ['Laceration to the scalp sutured under LA in the emergency department.', 'la'],
    ['Superficial SSI at day 5 post-op, treated with flucloxacillin.', 'ssi'],
    ['Rates of SSI after caesarean section fell after the change of skin prep.', 'ssi'],
    ['NPWT was applied to the open abdomen.', 'npwt'],
    ['Negative pressure wound therapy helped the wound close.', 'npwt'],
    ['The wound VAC was changed every 72 hours.', 'vac'],
    ['Our ERAS pathway includes carbohydrate drinks before surgery.', 'eras'],
    ['Enhanced recovery after surgery programmes shorten hospital stays.', 'eras'],
    ['The ODP prepared the anaesthetic machine before the list.', 'odp'],
    ['She trained as an operating department practitioner.', 'odp'],
    ['TED stockings are worn after hip surgery to prevent clots.', 'compression-stocking'],
    ['HCAI rates fell after the hand hygiene campaign.', 'nosocomial-infection'],
  ]);
  itSkips([
    ['We flew to LA for the weekend.', 'la'],
    ['My LA Fitness membership lapsed in March.', 'la'],
    ['She gets SSI and Medicaid because of her disability.', 'ssi'],
    ['SSI payments rise by 2.5% in January.', 'ssi'],
    ['He applied for SSI after his surgery left him unable to work.', 'ssi'],
    ['The transformer gives 24 VAC to the thermostat.', 'vac'],
    ['He got a VAC ban for using cheats online.', 'vac'],
    ['Fourth-year students submit their ERAS applications in September.', 'eras'],
    ['Tickets for the ERAS Tour sold out in minutes.', 'eras'],
    ['ODP Leg 178 recovered sediment cores from the Antarctic margin.', 'odp'],
  ]);
  itSkipsOnHealthPages([
    ['He had his knee replaced at a clinic in LA.', 'la'],
    ['The LA County Department of Public Health reported new measles cases.', 'la'],
    ['Detrol LA is a timed-release form of tolterodine.', 'la'],
    ['People who receive SSI usually qualify for Medicaid in most states.', 'ssi'],
    ['The power supply accepts 120 VAC input.', 'vac'],
    ['Students send their ERAS applications to each residency program.', 'eras'],
  ]);
});

describe('wounds, grafts, tissue viability and podiatry', () => {
  itUnderlines([
    ['Excision of the burn and SSG to the hand under GA.', 'ssg'],
    ['The split skin graft was taken from her thigh.', 'ssg'],
    ['The defect on the nose was closed with an FTSG from behind the ear.', 'ftsg'],
    ['A full-thickness skin graft was used to cover the defect.', 'ftsg'],
    ['She had a DIEP flap reconstruction a year after her mastectomy.', 'diep'],
    ['Grade 2 PU on the left heel, dressing applied.', 'pu'],
    ['Waterlow 18, new PU on sacrum noted on admission.', 'pu'],
    ['Please refer to the TVN for advice on the leg ulcer.', 'tvn'],
    ['The tissue viability nurse reviewed her heel.', 'tvn'],
    ['Red, broken skin in the groin consistent with MASD.', 'masd'],
    ['Moisture-associated skin damage is not a pressure ulcer.', 'masd'],
    ['Doppler ABPI 1.05 on the left leg.', 'abpi'],
    ['An ABPI is needed before compression bandaging.', 'abpi'],
    ['A VLU above the medial malleolus, healing slowly.', 'vlu'],
    ['DFU on the plantar surface of the first metatarsal head.', 'dfu'],
    ['Offloading is the key to healing a DFU.', 'dfu'],
    ['Total contact cast: TCC applied for plantar ulcer, review in 7 days.', 'tcc'],
    ['Cystoscopy showed a TCC of the bladder wall.', 'tcc'],
    ['MRI confirmed OM of the hallux.', 'om'],
    ['Recurrent OM, grommets discussed with ENT.', 'om'],
    ['PMH: DM, HTN, high cholesterol.', 'dm'],
    ['DM on gliclazide, HbA1c 62.', 'dm'],
    ['Painless DM foot ulcer under the big toe, seen in podiatry.', 'dm'],
  ]);
  itUnderlinesOnHealthPages([['The TVN visits the ward on Tuesdays.', 'tvn']]);
  itSkips([
    ['SSG Miller led the patrol through the valley.', 'ssg'],
    ['The Steyr SSG 08 is a bolt-action rifle.', 'ssg'],
    ['The bag is made of PU leather.', 'pu'],
    ['PU foam insulation panels cut heating bills.', 'pu'],
    ['Polish broadcaster TVN aired the debate.', 'tvn'],
    ['The ABPI code of practice bans lavish gifts to doctors.', 'abpi'],
    ['ABPI members include most large drug companies.', 'abpi'],
    ['Put the iPhone into DFU mode to restore it.', 'dfu'],
    ['The DFU file was flashed to the board.', 'dfu'],
    ['She teaches maths at TCC in Fort Worth.', 'tcc'],
    ['OM beat PSG 1-0 at the Velodrome.', 'om'],
    ['DM me for details.', 'dm'],
    ['Our DM ran the campaign for six hours.', 'dm'],
  ]);
  itSkipsOnHealthPages([
    ['SSG Ramirez was wounded by an IED in 2011 and now uses a VA clinic.', 'ssg'],
    ['The bag is made of PU leather.', 'pu'],
    ['The ABPI code of practice bans lavish gifts to doctors.', 'abpi'],
    ['Put the iPhone into DFU mode to restore it.', 'dfu'],
    ['We chanted OM three times at the end of the yoga class.', 'om'],
    ['Send us a DM on Instagram with your questions.', 'dm'],
  ]);
  itChoosesSense([
    ['The wound VAC was changed every 72 hours.', 'VAC', 'vacuum-assisted closure (wound suction dressing)'],
    ['Veterans can ask VAC for help paying for hearing aids.', 'VAC', 'Veterans Affairs Canada'],
    ['Total contact cast: TCC applied for plantar ulcer, review in 7 days.', 'TCC', 'total contact cast (foot ulcer)'],
    ['Cystoscopy showed a TCC of the bladder wall.', 'TCC', 'transitional cell carcinoma (bladder cancer)'],
    ['MRI confirmed OM of the hallux.', 'OM', 'osteomyelitis (bone infection)'],
    ['Recurrent OM, grommets discussed with ENT.', 'OM', 'otitis media (middle ear infection)'],
  ]);
});

describe('capillary refill and the other meanings of CRT', () => {
  itUnderlines([
    ['CRT < 2 s, peripheries warm.', 'crt'],
    ['She had CRT with weekly cisplatin for cervical cancer.', 'crt'],
    ['She was fitted with a CRT-D device for heart failure.', 'crt'],
  ]);
  itUnderlinesOnHealthPages([['Flap checks every hour: pink, warm, CRT 2 seconds.', 'crt']]);
  itChoosesSense([
    ['CRT < 2 s, peripheries warm.', 'CRT', 'capillary refill time'],
    ['She had CRT with weekly cisplatin for cervical cancer.', 'CRT', 'chemoradiotherapy (cancer treatment)'],
    ['A CRT device was fitted because of heart failure and a low ejection fraction.', 'CRT', 'cardiac resynchronization therapy (heart device)'],
    ['Local control was better with CRT than with RT alone in the older trials.', 'CRT', 'chemoradiotherapy (cancer treatment)'],
  ]);
  itUnderlines([['Local control was better with CRT than with RT alone in the older trials.', 'crt']]);
  itSkips([['Retro games look best on a CRT TV.', 'crt']]);
  itSkipsOnHealthPages([
    ['Retro games look best on a CRT TV.', 'crt'],
    ['The board voted to ban CRT in schools.', 'crt'],
  ]);
});

describe('dietetics and speech and language therapy', () => {
  itUnderlines([
    ['MUST score 1: medium risk, food chart started.', 'must'],
    ['All patients are screened with the Malnutrition Universal Screening Tool on admission.', 'must'],
    ['Prescribed ONS twice daily; dietitian to review weight in 2 weeks.', 'ons'],
    ['Oral nutritional supplements can help people regain weight.', 'ons'],
    ['She is at high risk of refeeding syndrome, so feeds will start slowly.', 'refeeding-syndrome'],
    ['High risk of refeeding syndrome: phosphate to be checked daily.', 'refeeding-syndrome'],
    ['He uses an AAC device with eye gaze to talk with his family.', 'aac'],
    ['Augmentative and alternative communication includes signs and symbols.', 'aac'],
    ['Thickened fluids: IDDSI level 2, mildly thick.', 'iddsi'],
    ['VFSS showed silent aspiration of thin fluids.', 'vfss'],
    ['A videofluoroscopy is booked for next week.', 'vfss'],
    ['FEES showed residue after puree; SLT advised level 4.', 'fees'],
    ['Children with DLD may need help with vocabulary and grammar.', 'dld'],
    ['Developmental language disorder often runs in families.', 'developmental-language-disorder'],
  ]);
  itSkips([
    ['You MUST bring photo ID to your appointment.', 'must'],
    ['ONS figures show inflation rose to 3.2%.', 'ons'],
    ['The RFS fined the club after the derby.', 'refeeding-syndrome'],
    ['The track is streamed in AAC format at 256 kbps.', 'aac'],
    ['The AAC championship game is on Saturday.', 'aac'],
    ['Walls built from AAC blocks keep the heat in.', 'aac'],
    ['School FEES are rising again.', 'fees'],
  ]);
  itSkipsOnHealthPages([
    ['Patients MUST not eat after midnight before surgery.', 'must'],
    ['Visitors MUST wash their hands before entering the ward.', 'must'],
    ['According to the ONS, life expectancy has stalled.', 'ons'],
    ['The ONS estimates that 2.8 million people are off work with long-term sickness.', 'ons'],
    ['The track is streamed in AAC format at 256 kbps.', 'aac'],
  ]);
  itChoosesSense([
    ['Children with DLD may need help with vocabulary and grammar.', 'DLD', 'developmental language disorder'],
    ['Mutations in the DLD gene reduce the enzyme activity.', 'DLD', 'dihydrolipoamide dehydrogenase (DLD) deficiency'],
  ]);
});

describe('occupational health and falls and frailty clinics', () => {
  itUnderlines([
    ['Referred to OH for a return-to-work assessment.', 'oh'],
    ['Postural drop of 25 mmHg, in keeping with OH.', 'oh'],
    ['Graded RTW agreed with her manager after the knee surgery.', 'rtw'],
    ['Fit note: phased RTW over 4 weeks.', 'rtw'],
    ['CFS 6, moderately frail, lives alone with carers twice a day.', 'cfs'],
    ['CFS often follows a viral illness, and fatigue worsens after exertion.', 'cfs'],
    ['Her FRAX score for hip fracture was 4%.', 'frax'],
    ['4AT score 6 on admission: likely delirium.', 'four-at'],
  ]);
  itChoosesSense([
    ['Referred to OH for a return-to-work assessment.', 'OH', 'occupational health (work health service)'],
    ['Postural drop of 25 mmHg, in keeping with OH.', 'OH', 'orthostatic hypotension (blood pressure drop on standing)'],
    ['CFS 6, moderately frail, lives alone with carers twice a day.', 'CFS', 'Clinical Frailty Scale'],
    ['CFS often follows a viral illness, and fatigue worsens after exertion.', 'CFS', 'chronic fatigue syndrome (ME/CFS)'],
  ]);
  itSkips([
    ['OH MY GOD, that was close!', 'oh'],
    ['We booked RTW tickets via Singapore and Santiago.', 'rtw'],
    ['The designer showed her RTW collection in Paris.', 'rtw'],
    ['The river was running at 2,000 CFS after the storm.', 'cfs'],
  ]);
  itSkipsOnHealthPages([
    ['Cleveland Clinic is in Cleveland, OH, and treats patients from around the world.', 'oh'],
    ['Employers must do RTW checks before anyone starts.', 'rtw'],
  ]);
});

describe('outbreak and infection-control notices', () => {
  itUnderlines([
    ['The IPC team advised cohorting patients with norovirus.', 'ipc'],
    ['IPC sleeves on both calves for VTE prophylaxis.', 'ipc'],
    ['ILI activity rose for the third week in a row.', 'ili'],
    ['Influenza-like illness visits peaked in February.', 'ili'],
    ['SARI surveillance found RSV in a third of admissions.', 'sari'],
    ['HCWs must wear FFP3 masks for aerosol-generating procedures.', 'hcw'],
    ['One HCW tested positive after caring for the patient.', 'hcw'],
    ['Rectal swab positive for CPE; patient moved to a side room.', 'cpe'],
    ['Intubation is an AGP, so FFP3 masks are needed.', 'agp'],
    ['UKHSA advises two doses of MMR vaccine.', 'ukhsa'],
    ['The UK Health Security Agency published new figures.', 'ukhsa'],
    ['EVD outbreak declared in Uganda; contacts are being traced.', 'evd'],
    ['An EVD was placed to drain CSF after the bleed.', 'evd'],
    ['The CFR of this cholera outbreak is 2.1%.', 'cfr'],
  ]);
  itUnderlinesOnHealthPages([['His AGP shows lows overnight and highs after dinner on his Libre.', 'agp']]);
  itListsMeanings([['IPC reviewed today.', 'IPC']]);
  itChoosesSense([
    ['The IPC team advised cohorting patients with norovirus.', 'IPC', 'infection prevention and control'],
    ['IPC sleeves on both calves for VTE prophylaxis.', 'IPC', 'intermittent pneumatic compression (leg sleeves)'],
    ['Intubation is an AGP, so FFP3 masks are needed.', 'AGP', 'aerosol-generating procedure'],
    ['His AGP shows lows overnight and highs after dinner on his Libre.', 'AGP', 'ambulatory glucose profile (sensor report)'],
    ['EVD outbreak declared in Uganda; contacts are being traced.', 'EVD', 'Ebola virus disease'],
    ['An EVD was placed to drain CSF after the bleed.', 'EVD', 'external ventricular drain (brain fluid drain)'],
  ]);
  itSkips([
    ['He was charged under IPC section 302.', 'ipc'],
    ['Accountants need 40 hours of CPE each year.', 'cpe'],
    ['The ISP will replace your CPE router for free.', 'cpe'],
    ['The old AGP graphics card would not fit the PCIe slot.', 'agp'],
    ['The rule is codified at 21 CFR Part 11.', 'cfr'],
  ]);
  itSkipsOnHealthPages([
    ['He was charged under IPC section 302.', 'ipc'],
    ['The region is in IPC Phase 5, famine.', 'ipc'],
    ['The app uses IPC messages to talk to the browser process.', 'ipc'],
    ['Nurses can earn CPE credits for the course.', 'cpe'],
    ['The old AGP graphics card would not fit the PCIe slot.', 'agp'],
    ['See 42 CFR 482.13 for the rules on patients’ rights.', 'cfr'],
  ]);
});

describe('neonatal units and paediatric clinics', () => {
  itUnderlines([
    ['Baby cooled for 72 hours for moderate HIE.', 'hie'],
    ['The HIE lets your doctors see your EHR from other hospitals.', 'hie'],
    ['Baby is on full feeds of EBM with fortifier.', 'ebm'],
    ['EBM relies on systematic reviews of good trials.', 'ebm'],
    ['TTN after elective caesarean; needed CPAP for 24 hours.', 'ttn'],
    ['A truncating TTN variant was found in her brother, who has DCM.', 'ttn'],
    ['Cranial ultrasound showed cystic PVL at 4 weeks.', 'pvl'],
    ['The staph strain carried the PVL toxin and caused repeated boils.', 'pvl'],
    ['VLBW infants are at higher risk of NEC.', 'vlbw'],
    ['Babies of very low birth weight often stay in the NICU for weeks.', 'vlbw'],
    ['Pneumatosis on AXR, treated as NEC: NBM and IV antibiotics.', 'nec'],
    ['FTT: weight dropped from the 50th to the 9th centile.', 'ftt'],
    ['The infant was admitted with FTT and poor feeding.', 'ftt'],
    ['A HEADSS assessment was done with the teenager alone.', 'headss'],
    ['SUFE was pinned in theatre.', 'slipped-capital-femoral-epiphysis'],
    ['A 12-year-old with knee pain and a limp had SCFE on the hip X-ray.', 'slipped-capital-femoral-epiphysis'],
    ['Skeletal survey to exclude NAT; safeguarding team informed.', 'nat'],
  ]);
  itChoosesSense([
    ['Baby cooled for 72 hours for moderate HIE.', 'HIE', 'hypoxic-ischaemic encephalopathy (newborn brain injury)'],
    ['The HIE lets your doctors see your EHR from other hospitals.', 'HIE', 'health information exchange (record sharing)'],
    ['Baby is on full feeds of EBM with fortifier.', 'EBM', 'expressed breast milk'],
    ['EBM relies on systematic reviews of good trials.', 'EBM', 'evidence-based medicine'],
    ['TTN after elective caesarean; needed CPAP for 24 hours.', 'TTN', 'transient tachypnoea of the newborn'],
    ['A truncating TTN variant was found in her brother, who has DCM.', 'TTN', 'TTN gene (titin)'],
    ['Cranial ultrasound showed cystic PVL at 4 weeks.', 'PVL', 'periventricular leukomalacia (newborn brain)'],
    ['The staph strain carried the PVL toxin and caused repeated boils.', 'PVL', 'Panton-Valentine leukocidin (staph toxin)'],
  ]);
  itSkips([
    ['HIE funding helped the Orkney distillery expand.', 'hie'],
    ['The band mixes EBM with industrial noise.', 'ebm'],
    ['The FTT ruled that the landlord must repay the deposit.', 'ftt'],
    ['An EU FTT on share trades was shelved again.', 'ftt'],
    ['The NEC hosts the Good Food Show in Birmingham.', 'nec'],
  ]);
  itSkipsOnHealthPages([
    ['The FTT ruled that the landlord must repay the deposit.', 'ftt'],
    ['The NEC hosts the Good Food Show in Birmingham.', 'nec'],
    ['Labour’s NEC met to choose the shortlist.', 'nec'],
  ]);
});

describe('clinical-trial information sheets and consent forms', () => {
  itUnderlines([
    ['The IMP must be stored in the trial pharmacy fridge.', 'imp'],
    ['Participants will receive the investigational medicinal product or a placebo.', 'imp'],
    ['Contact the study PI, Dr Shah, if you have questions about the trial.', 'pi'],
    ['Boosted PI regimens are used when NNRTIs fail in HIV.', 'pi'],
    ['Any AE will be recorded, even a headache, during the study.', 'ae'],
    ['Grade 3 AEs were more common than in the placebo group.', 'ae'],
    ['The hospital stay was reported as an SAE to the trial sponsor.', 'sae'],
    ['A SUSAR must be reported within 7 days if fatal.', 'susar'],
    ['The DSMB stopped the trial early for benefit.', 'dsmb'],
    ['HR 112, BP 98/60, febrile.', 'hr'],
    ['Pain VAS fell from 7 to 3 after the injection.', 'vas'],
    ['Pain was rated on a visual analogue scale.', 'vas'],
    ['Her daily dose is 90 MME of opioids.', 'mme'],
  ]);
  itChoosesSense([
    ['Contact the study PI, Dr Shah, if you have questions about the trial.', 'PI', 'principal investigator (leads the study)'],
    ['Boosted PI regimens are used when NNRTIs fail in HIV.', 'PI', 'protease inhibitor (HIV medicine)'],
  ]);
  itSkips([
    ['The tank holds 10 IMP gallons.', 'imp'],
    ['The PI hired by her family found the car.', 'pi'],
    ['Use AE lock to keep the exposure steady.', 'ae'],
    ['Use SAE 30 oil in the lawnmower.', 'sae'],
    ['SAE Level 2 driver assistance is not self-driving.', 'sae'],
    ['Mobile operators earn more from VAS such as ringtones.', 'vas'],
  ]);
  itSkipsOnHealthPages([
    ['The PI hired by her family found the car.', 'pi'],
    ['PI insurance covers claims of negligence against your practice.', 'pi'],
    ['In low light, use AE lock to keep the exposure steady.', 'ae'],
    ['Please enclose an SAE for the return of your documents.', 'sae'],
    ['Speak to HR about a phased return after your illness.', 'hr'],
    ['HR can help you arrange reasonable adjustments at work.', 'hr'],
    // Reviewer: HR keeps one sense (heart rate). A second sense would list its meanings on every
    // health page, where HR is as often the staff department (return-to-work and cancer-and-work
    // pages) or an author's initials; a hazard ratio gets no card rather than the wrong one.
    ['The treatment group had fewer deaths (HR 0.81, 95% CI 0.70 to 0.94).', 'hr'],
    ['Ask HR about sick pay while you recover from surgery.', 'hr'],
    ['Tell your manager or HR if you need time off for treatment.', 'hr'],
  ]);
});

describe("veterans' health services", () => {
  itUnderlines([
    ['He gets free hearing aids through the VA clinic.', 'va'],
    ['VA 6/12 right, 6/6 left.', 'va'],
    ['The VHA serves about 9 million enrolled veterans.', 'vha'],
    ['He gets his care at the Houston VAMC.', 'vamc'],
    ['Her husband’s disability makes her eligible for CHAMPVA.', 'champva'],
    ['TRICARE Prime covers military families near a base.', 'tricare'],
    ['My EOB from TRICARE shows the claim was denied.', 'explanation-of-benefits'],
    ['Screened positive for MST; referred to the MST coordinator.', 'mst'],
    ['MST 30 mg twice daily with Oramorph for breakthrough pain.', 'mst'],
    ['The family was offered MST for their son’s antisocial behaviour.', 'mst'],
  ]);
  itUnderlinesOnHealthPages([['The VHA has expanded coverage for toxic exposures.', 'vha']]);
  itChoosesSense([
    ['He gets free hearing aids through the VA clinic.', 'VA', "Veterans Affairs (US veterans' health service)"],
    ['VA 6/12 right, 6/6 left.', 'VA', 'visual acuity (sharpness of sight)'],
    ['Screened positive for MST; referred to the MST coordinator.', 'MST', 'military sexual trauma'],
    ['MST 30 mg twice daily with Oramorph for breakthrough pain.', 'MST', 'MST Continus (slow-release morphine)'],
    ['The family was offered MST for their son’s antisocial behaviour.', 'MST', 'multisystemic therapy (family therapy)'],
  ]);
  itSkips([
    ['Apply for a VA loan with no down payment.', 'va'],
    ['Please send the report by EOB Friday.', 'explanation-of-benefits'],
    ['The call starts at 9 a.m. MST.', 'mst'],
  ]);
  itSkipsOnHealthPages([
    ['Apply for a VA loan with no down payment.', 'va'],
    ['The clinic is at 200 Main Street, Richmond, VA.', 'va'],
    ['Please send the report by EOB Friday.', 'explanation-of-benefits'],
    ['The call starts at 9 a.m. MST.', 'mst'],
    ['Phone lines are open 8:00 to 5:00 MST.', 'mst'],
  ]);
});

describe('blood, stem-cell and organ donation', () => {
  itUnderlines([
    ['All donations are screened by NAT for HIV and hepatitis C.', 'nat'],
    ['Hb electrophoresis: HbS 38%, consistent with sickle cell trait.', 'hbs'],
    ['Hemoglobin S makes red cells stiff when oxygen is low.', 'hbs'],
    ['Her HLA type matched her brother’s, so he can be her donor.', 'hla'],
    ['Human leukocyte antigens help the immune system spot foreign cells.', 'hla'],
    ['The kidney came from a DCD donor.', 'dcd'],
    ['Children with DCD may find handwriting and sport hard.', 'dcd'],
    ['Both lungs were retrieved from a DBD donor after brainstem death tests.', 'dbd'],
    ['NHSBT needs more O negative donors.', 'nhsbt'],
    ['The SNOD spoke with the family in the ICU relatives’ room.', 'snod'],
    ['Most unrelated donors give PBSC rather than bone marrow.', 'pbsc'],
    ['Sudden hypoxia within 2 hours of FFP suggested TRALI.', 'trali'],
    ['Breathless after the third unit: TACO suspected, furosemide given.', 'taco'],
    ['The OPO contacted the family about organ donation.', 'opo'],
    ['UNOS sets the rules for matching kidneys.', 'unos'],
    ['The donor and recipient must be ABO compatible.', 'abo'],
    ['Neonates need CMV-negative blood products.', 'cmv-negative'],
    ['She is CMV negative, so the donor’s status matters.', 'cmv-negative'],
    ['She had an allogeneic HSCT for leukaemia.', 'stem-cell-transplant'],
    ['Skin GVHD appeared 30 days after the transplant.', 'graft-versus-host-disease'],
  ]);
  itUnderlinesOnHealthPages([['HLA genes sit on chromosome 6.', 'hla']]);
  itChoosesSense([
    ['All donations are screened by NAT for HIV and hepatitis C.', 'NAT', 'nucleic acid testing (blood screening)'],
    ['Skeletal survey to exclude NAT; safeguarding team informed.', 'NAT', 'non-accidental trauma (injury from abuse)'],
    ['The kidney came from a DCD donor.', 'DCD', 'donation after circulatory death'],
    ['Children with DCD may find handwriting and sport hard.', 'DCD', 'developmental coordination disorder (dyspraxia)'],
  ]);
  itSkips([
    ['Gamers with a strict NAT type struggle to join lobbies.', 'nat'],
    ['She applied to HBS after college.', 'hbs'],
    ['DBD players hate the new killer perk.', 'dbd'],
    ['TACO Tuesday specials at the new cantina.', 'taco'],
    ['Flights to OPO from Lisbon take under an hour.', 'opo'],
  ]);
  itSkipsOnHealthPages([
    ['Set up NAT rules on the router to forward the port.', 'nat'],
    ['Sickle-hemoglobin C disease is milder than sickle cell anemia.', 'hbs'],
    ['The TACO trade returned to Wall Street this week.', 'taco'],
  ]);
});

describe('health plans of the US, Canada and the Philippines', () => {
  itUnderlines([
    ['OHIP covers your visit to the family doctor.', 'ohip'],
    ['Renew your RAMQ card before it expires.', 'ramq'],
    ['PhilHealth paid part of her hospital bill.', 'philhealth'],
    ['Our HMO needs an LOA before the specialist consult.', 'hmo'],
    ['Is my Maxicare HMO accepted at this hospital?', 'hmo'],
  ]);
  itSkips([['The landlord needs an HMO licence for five tenants.', 'hmo']]);
  itSkipsOnHealthPages([
    ['The landlord needs an HMO licence for five tenants.', 'hmo'],
    ['Formula with HMOs is closer to breast milk.', 'hmo'],
  ]);
});

describe('cue words tried against the other senses of the letters', () => {
  itSkips([
    ['She made the state ODP team and had knee surgery in the spring.', 'odp'],
    ['The OM striker broke a toe in training.', 'om'],
    ['The PI, a former police investigator, gave evidence at the trial.', 'pi'],
    ['In such cases the CFR sets out what must be reported.', 'cfr'],
    ['The FTT gave little weight to the landlord’s evidence.', 'ftt'],
    ['The ABPI welcomed the approval of a new vascular drug.', 'abpi'],
    ['TVN referred to the leaked report in its evening news.', 'tvn'],
    ['The carrier ships the CPE to each customer.', 'cpe'],
    ['The sandbox gives each process its own IPC channel and memory isolation.', 'ipc'],
    ['SSG Brown was accused of graft by a local contractor.', 'ssg'],
    ['The council will consult residents before the HMO opens.', 'hmo'],
    ['RT if you think CRT has no place in the curriculum.', 'crt'],
    ['Our HR survival guide covers payroll and holidays.', 'hr'],
  ]);
});

describe('reviewer: other meanings of the letters on health pages and in shops', () => {
  itChoosesSense([
    ['The LA was dilated in this patient with atrial fibrillation.', 'LA', 'left atrium (a heart chamber)'],
    ['Echo: LA size 4.6 cm, mitral regurgitation moderate.', 'LA', 'left atrium (a heart chamber)'],
    ['The mole was removed under LA with 2 ml of 1% lidocaine.', 'LA', 'local anaesthetic (numbing medicine)'],
    ['Patients with CF and PI need pancreatic enzyme replacement.', 'PI', 'pancreatic insufficiency'],
    ['Umbilical artery PI was above the 95th centile on Doppler.', 'PI', 'pulsatility index (Doppler scan)'],
    ['He received VAC chemotherapy for rhabdomyosarcoma.', 'VAC', 'VAC chemotherapy (three cancer drugs)'],
    ['The wound VAC was changed every 72 hours.', 'VAC', 'vacuum-assisted closure (wound suction dressing)'],
  ]);
  itSkipsOnHealthPages([
    // RFS on cancer pages is relapse-free survival, not refeeding syndrome.
    ['Adjuvant chemotherapy improved RFS in stage III melanoma.', 'refeeding-syndrome'],
    ['Median RFS was 24 months with nivolumab.', 'refeeding-syndrome'],
  ]);
  itUnderlines([
    ['Refeeding syndrome is a risk when feeding restarts after starvation.', 'refeeding-syndrome'],
    ['Grade 2 PU on the left heel, dressing applied.', 'pu'],
    ['Total contact cast: TCC applied for plantar ulcer, review in 7 days.', 'tcc'],
  ]);
  itSkips([
    // "heel", "cast" and "surgery" stand beside the letters' shop, theatre and residency senses.
    ['Upper material: PU. Heel height: 8 cm.', 'pu'],
    ['Faux leather PU upper with a block heel and cushioned insole.', 'pu'],
    ['The TCC drama club announced the cast for its spring musical.', 'tcc'],
    ['After my surgery rotation I uploaded my letters to ERAS.', 'eras'],
  ]);
});

// Reviewer: a technical word in the sentence frees a gated abbreviation on any page, so capitals
// of emphasis, interjections and yoga need their own guard.
describe('reviewer: MUST, OH and OM written as ordinary words', () => {
  itSkipsOnHealthPages([
    ['You MUST take metformin with food every day.', 'must'],
    ['Patients MUST NOT eat after midnight before the colonoscopy.', 'must'],
    ['OH no, my sciatica is back.', 'oh'],
    ['Cleveland Clinic, 9500 Euclid Ave, Cleveland OH 44195.', 'oh'],
    ['Finish the yoga class by saying OM together to ease back pain.', 'om'],
  ]);
  itUnderlines([
    ['The MUST screening was done by the dietitian.', 'must'],
    ['MUST score 2: high risk, referred to the dietitian.', 'must'],
  ]);
});
