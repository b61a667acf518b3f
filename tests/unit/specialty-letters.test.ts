/**
 * Letters of specialty clinics that had no card or the wrong one: oncology, cardiology and
 * neurology notes, physiotherapy and sports medicine, audiology and eye clinics, dermatology,
 * hospice and home care, sexual health, US insurance letters, mental health services, pharmacy,
 * children's portals and New Zealand and South African pages. Each is tried against the other
 * senses its letters have on ordinary pages and on health pages.
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

describe('cancer care letters', () => {
  itUnderlines([
    ['Readmitted on day 10 of chemo with FN and a temperature of 38.4.', 'fn'],
    ['Neutropenic again after cycle 3, so FN prophylaxis with G-CSF is planned.', 'fn'],
    ['Pegfilgrastim is a long-acting G-CSF given once per cycle.', 'g-csf'],
    ['Staging CT shows bone mets in the spine and pelvis.', 'mets'],
    ['Brain mets were treated with SBRT last spring.', 'mets'],
    ['Median PFS was 11.2 months against 7.4 months with placebo.', 'pfs'],
    ['The ORR was 48%, with 12% complete responses, in this trial of 200 patients.', 'orr'],
    ['Grade 3 diarrhoea by CTCAE version 5 led to a dose reduction.', 'ctcae'],
    ['She had XRT to the chest wall after her mastectomy.', 'xrt'],
    ['Prostate radiotherapy, 60 Gy in 20 fractions over four weeks.', 'gy'],
    ['ECOG 2 at clinic today, so the team favours a lighter regimen.', 'ecog-performance-status'],
    ['A KPS of 70 means she can care for herself but not work; chemotherapy is still an option.', 'karnofsky-performance-status'],
    ['The Karnofsky Performance Status was 60 on admission.', 'karnofsky-performance-status'],
    ['Restaging PET-CT after six cycles: CR, with no uptake left.', 'cr'],
    ['She needs SBRT for a single lung lesion.', 'stereotactic-body-radiation-therapy'],
  ]);
  itUnderlinesOnHealthPages([
    ['ANC 0.9 on day 14 of the chemo cycle, so she should avoid crowds.', 'anc'],
    ['The ANC was checked before the next dose of chemo.', 'anc'],
    ['Two small liver mets were seen on the scan.', 'mets'],
    // CT and HR have one sense each (review r1): on health pages CT is the scan and HR the heart rate.
    ['You will have a CT tomorrow.', 'ct'],
    ['CT result to follow by phone.', 'ct'],
    ['Resting HR 58 bpm, BP 124/78.', 'hr'],
    ['Liver mets were found on the CT.', 'ct'],
  ]);
  itChoosesSense([
    ['A PET scan showed MM lesions in the bone marrow; myeloma treatment began.', 'MM', 'multiple myeloma (bone marrow cancer)'],
    ['MM excised from the left calf with a 1 cm margin; melanoma follow-up yearly.', 'MM', 'malignant melanoma (skin cancer)'],
  ]);
  itListsMeanings([
    ['Known MM, on regular reviews.', 'MM'],
  ]);
  itSkips([
    ['The FN Herstal rifle was displayed at the arms fair.', 'fn'],
    ['The Mets won 5 to 2 and the pitcher threw seven innings.', 'mets'],
    ['Enable PFS on the server so old keys cannot decrypt past sessions.', 'pfs'],
    ['The ANC government promised jobs in its election manifesto.', 'anc'],
    ['These headphones have ANC and 30 hours of battery life.', 'anc'],
    ['Sales rose 12%, and the HR department hired 40 people.', 'hr'],
    ['He hit his 40th HR of the season.', 'hr'],
    ['Date of birth (DD/MM/YYYY) and postcode are required.', 'mm'],
    ['A 50 MM lens is good for portraits.', 'mm'],
    ['The ECOG-ACRIN Cancer Research Group runs many trials.', 'ecog-performance-status'],
  ]);
  itSkipsOnHealthPages([
    ['Please enter the date as DD/MM/YYYY on the form.', 'mm'],
    ['Speak to your line manager or HR department about sick pay.', 'hr'],
    ['The app works offline and has an ANC mode for noisy wards.', 'anc'],
    // Research HR (hazard ratio) and antenatal ANC get no card rather than the wrong one.
    ['Mortality at five years: HR 0.74 in favour of surgery.', 'hr'],
    ['Stroke risk was lower with the drug (HR 0.81; CI 0.70 to 0.93).', 'hr'],
    ['Only 60% of pregnant women had four ANC visits in 2019.', 'anc'],
    ['The ANC promised to pass the NHI Bill this year.', 'anc'],
    ['The Mets lost again, and the pitcher has a sore elbow.', 'mets'],
    ['Brisk walking is about 3.5 mets.', 'mets'],
  ]);
});

describe('cardiology, neurology and rehab letters', () => {
  itUnderlines([
    ['She rated the treadmill test an RPE of 15 on the Borg scale.', 'rpe'],
    ['Grip and elbow flexion 4+/5 on MMT.', 'mmt'],
    ['He has been on MMT at the methadone clinic for three years.', 'mmt'],
    ['Sit to stand with CGA and a rolling walker.', 'cga'],
    ['Ambulated 50 feet with SBA and a walker.', 'sba'],
    ['Continue HEP: 3 sets of 10 bridges and hamstring stretches daily.', 'hep'],
    ['She was given a home exercise program after her knee surgery.', 'home-exercise-program'],
    ['Walks with a left AFO since the stroke caused foot drop.', 'ankle-foot-orthosis'],
    ['An ankle-foot orthosis helps her walk.', 'ankle-foot-orthosis'],
    ['The FCE showed he can lift 20 kg occasionally, so a return to work on light duty is planned.', 'functional-capacity-evaluation'],
    ['RTP after concussion follows six graded steps.', 'return-to-play'],
    ['The pitcher has a UCL sprain and will rest his elbow for six weeks.', 'ulnar-collateral-ligament'],
    ['Skier\'s thumb is a tear of the UCL at the base of the thumb.', 'ulnar-collateral-ligament'],
    ['She injured the ulnar collateral ligament of her elbow.', 'ulnar-collateral-ligament'],
    ['Pain over the left SI joint after the fall.', 'sacroiliac-joint'],
    ['mRS 2 at three months after the stroke.', 'mrs'],
    ['The neurologist changed her ASM after two breakthrough seizures.', 'asm'],
    ['EDSS 3.5 at the last MS review.', 'edss'],
    ['The risk of SUDEP is higher with night-time seizures.', 'sudep'],
    ['She started a new DMT for relapsing MS.', 'dmt'],
  ]);
  itChoosesSense([
    ['Keep cycling at RPE 11 to 13 in the first weeks of cardiac rehab.', 'RPE', 'rating of perceived exertion (exercise)'],
    ['OCT shows RPE changes and drusen at the macula.', 'RPE', 'retinal pigment epithelium (eye)'],
    ['Workers need RPE such as FFP3 masks near asbestos.', 'RPE', 'respiratory protective equipment (masks)'],
    ['Weak ankle dorsiflexion, 3/5 on MMT.', 'MMT', 'manual muscle testing (strength grade)'],
    ['Methadone dose on MMT raised to 60 mg.', 'MMT', 'methadone maintenance treatment'],
    ['Gait with CGA for 30 metres using a rollator.', 'CGA', 'contact guard assist (therapy)'],
    ['A CGA by the geriatrician looked at frailty and falls.', 'CGA', 'comprehensive geriatric assessment'],
    ['Births with an SBA rose as more midwives were trained.', 'SBA', 'skilled birth attendant'],
    ['She started a DMT for MS after two relapses.', 'DMT', 'disease-modifying therapy (multiple sclerosis)'],
    ['DMT is a psychedelic found in ayahuasca.', 'DMT', 'dimethyltryptamine (psychedelic drug)'],
    ['ACC guidelines with the AHA suggest a statin.', 'ACC', 'American College of Cardiology'],
  ]);
  itSkips([
    ['Critics of MMT warn it could fuel inflation.', 'mmt'],
    ['The SBA loan helped the bakery open a second shop.', 'sba'],
    ['An old CGA card shows only four colours.', 'cga'],
    ['Stream the RTP feed to the media server on port 5004.', 'return-to-play'],
    ['He lectures in economics at UCL.', 'ulnar-collateral-ligament'],
    ['The injured striker will miss the UCL final.', 'ulnar-collateral-ligament'],
    ['UCL researchers tracked 10,000 elbows and knees in a study of arthritis.', 'ulnar-collateral-ligament'],
    ['Convert the value to SI units before you compare it.', 'si'],
    ['Write ASM code for the loop to make it faster.', 'asm'],
    ['Mrs Smith called about her appointment.', 'mrs'],
    ['MRS of the brain showed a lactate peak.', 'mrs'],
    ['The AFO must hold a permit for its manure lagoon.', 'ankle-foot-orthosis'],
    ['She passed the Cambridge FCE exam with a grade B.', 'functional-capacity-evaluation'],
  ]);
  itSkipsOnHealthPages([
    ['Fees are set by the HR team each year.', 'hr'],
  ]);
});

describe('hearing, ear and eye clinic letters', () => {
  itUnderlines([
    ['Left HA battery drains in a day; the audiologist will check it.', 'ha'],
    ['HA since the fall, eased a little with paracetamol.', 'ha'],
    ['A CI was fitted on the left when hearing aids stopped helping.', 'ci'],
    ['Relative risk 0.82 (95% CI 0.70 to 0.96).', 'ci'],
    ['She wears a BTE hearing aid on the right.', 'bte'],
    ['Newborn OAE screen: clear response in both ears.', 'otoacoustic-emissions-test'],
    ['ETD with muffled hearing since the cold; nasal spray started.', 'eustachian-tube-dysfunction'],
    ['He has Eustachian tube dysfunction after flying.', 'eustachian-tube-dysfunction'],
    ['A BAHA was fitted for his single-sided deafness.', 'bone-anchored-hearing-aid'],
    ['SLT lowered her eye pressure, so she needs fewer glaucoma drops.', 'slt'],
    ['SLT saw him for a swallow assessment and advised thickened fluids.', 'slt'],
    ['ABR testing was done under sedation.', 'brainstem-auditory-evoked-response'],
    ['Timolol, one drop OD at bedtime for glaucoma.', 'od'],
  ]);
  itUnderlinesOnHealthPages([
    ['Our adolescent IOP runs after school.', 'iop'],
    ['Call about your HA if it stops working.', 'ha'],
  ]);
  itChoosesSense([
    ['New HA with nausea and photophobia since Monday.', 'HA', 'headache'],
    ['New earmould for the right HA made by audiology.', 'HA', 'hearing aid'],
    ['HA filler to the lips was done at a clinic.', 'HA', 'hyaluronic acid (skin, joints)'],
    ['CI switch-on is booked for two weeks after surgery; the audiologist will adjust it.', 'CI', 'cochlear implant'],
    ['Odds ratio 1.4 (95% CI 1.1 to 1.8).', 'CI', 'confidence interval (research)'],
    ['IOP groups for eating disorders run four days a week.', 'IOP', 'intensive outpatient program (therapy)'],
    ['IOP 26 mmHg in the right eye; glaucoma drops started.', 'IOP', 'intraocular pressure (eye)'],
    ['Thickened fluids advised by SLT after a swallow test.', 'SLT', 'speech and language therapy'],
    ['SLT laser for glaucoma to bring down eye pressure.', 'SLT', 'selective laser trabeculoplasty (glaucoma)'],
    // Once kept plain (abbreviations-on-health-pages.test.ts): IOP then had only the eye-pressure card.
    ['We offer PHP and IOP for teens with depression.', 'IOP', 'intensive outpatient program (therapy)'],
    ['She joined an IOP for alcohol use after detox.', 'IOP', 'intensive outpatient program (therapy)'],
  ]);
  itListsMeanings([
    ['She rang about her HA again.', 'HA'],
  ]);
  itSkips([
    ['Set the firewall pair to HA mode.', 'ha'],
    ['The CI pipeline failed on the last commit.', 'ci'],
    ['Bake the cornbread in a CI pan.', 'ci'],
    ['ETD 14:05 from gate 12, ETA 16:30.', 'eustachian-tube-dysfunction'],
    ['Our SLT members met the governors on Tuesday.', 'slt'],
  ]);
  itSkipsOnHealthPages([
    ['The hospital runs its records database in HA mode.', 'ha'],
    ['Each merge waits for the CI build to finish.', 'ci'],
    ['Members of the SLT will visit each class this term.', 'slt'],
  ]);
});

describe('skin clinic letters', () => {
  itUnderlines([
    ['AKs on both forearms; fluorouracil cream for three weeks.', 'ak'],
    ['A waxy SK on the temple was shaved off.', 'sk'],
    ['LN2 cryotherapy to a wart on the finger.', 'ln2'],
    ['HS with draining tunnels in the groin, Hurley stage III.', 'hs'],
    ['FBSE done today: one mole to photograph and review.', 'full-body-skin-exam'],
    ['She books a full body skin exam every year.', 'full-body-skin-exam'],
    ['Eczema involves about 30% BSA on the legs and trunk.', 'body-surface-area'],
    ['The burn covered about 9% TBSA.', 'body-surface-area'],
    ['Carboplatin dose was based on body surface area.', 'body-surface-area'],
    ['Started NB-UVB twice a week for psoriasis.', 'narrowband-uvb'],
    ['PASI 12 and DLQI 14, so a biologic was offered.', 'pasi'],
    ['PASI 12 and DLQI 14, so a biologic was offered.', 'dlqi'],
    ['EASI fell from 24 to 6 on dupilumab.', 'easi'],
    ['PDT with a cream was used for actinic keratoses on the scalp.', 'pdt'],
  ]);
  itSkips([
    ['Police found an AK-47 in the car.', 'ak'],
    ['Anchorage, AK 99501.', 'ak'],
    ['SK Hynix shares rose on chip demand.', 'sk'],
    ['The interview is at 10 a.m. PDT on Monday.', 'pdt'],
    ['Posted on 08/13/2025 9:42:40 AM PDT by a reader.', 'pdt'],
    ['The bank fined its branch for BSA failings on cash deposits.', 'body-surface-area'],
    ['The Scouts BSA troop met for its summer camp.', 'body-surface-area'],
    ['A HS diploma is needed for the apprenticeship.', 'hs'],
    ['Check the HS code before you ship the goods.', 'hs'],
    ['Flash-freeze the ice cream with LN2 in the kitchen.', 'ln2'],
  ]);
  itSkipsOnHealthPages([
    ['Nurse aides need a HS diploma to enrol.', 'hs'],
  ]);
});

describe('hospice and home care letters', () => {
  itUnderlines([
    ['Hospice notes record PPS 60% with reduced walking.', 'pps'],
    ['Hospice GIP stay of five days for breathlessness.', 'gip'],
    ['Tirzepatide acts on both GIP and GLP-1 receptors.', 'gip'],
    ['An HHA comes each morning to help with showering.', 'hha'],
    ['Evening dose of insulin not signed for on the MAR.', 'mar'],
    ['A new CTI is needed at the start of each hospice benefit period.', 'cti'],
    ['NHS CHC funding was agreed after the checklist.', 'chc'],
  ]);
  itChoosesSense([
    ['Hospice notes record PPS 60% with reduced walking.', 'PPS', 'Palliative Performance Scale'],
    ['New weakness 40 years after polio fits PPS.', 'PPS', 'post-polio syndrome'],
    ['Transfer to GIP at the hospice for uncontrolled agitation.', 'GIP', 'general inpatient care (hospice)'],
    ['The HHA assists with dressing and grooming.', 'HHA', 'home health aide'],
    ['The HHA is a Medicare-certified agency.', 'HHA', 'home health agency'],
    ['She stopped her CHC pill because of migraine with aura; other contraception was discussed.', 'CHC', 'combined hormonal contraception'],
    ['The CHC checklist showed she may qualify for NHS funding.', 'CHC', 'NHS continuing healthcare'],
  ]);
  itSkips([
    ['Quote your PPS number when you apply.', 'pps'],
    ['The MAR 2024 issue of the magazine is out.', 'mar'],
  ]);
  itSkipsOnHealthPages([
    ['You will need your PPS number to register with the clinic.', 'pps'],
  ]);
});

describe('sexual health letters', () => {
  itUnderlines([
    ['RPR 1:8, falling after benzathine penicillin.', 'rpr'],
    ['VDRL on the spinal fluid was reactive.', 'vdrl'],
    ['TPPA positive, consistent with past syphilis.', 'tppa'],
    ['NAAT for GC and CT from a throat swab.', 'ct-ng'],
    ['GC positive on the urethral swab; ceftriaxone given.', 'gc'],
    ['LGV proctitis treated with three weeks of doxycycline.', 'lgv'],
    ['EC is free from pharmacies after unprotected sex.', 'ec'],
    ['HIV VL 40 copies/mL at the six-month check.', 'vl'],
    ['Routine STI testing every three months is offered to MSM on PrEP.', 'msm'],
    ['PMTCT services test every pregnant woman for HIV.', 'pmtct'],
    ['VMMC lowers the risk of HIV for men.', 'vmmc'],
    ['He switched to TLD, and his viral load stayed undetectable.', 'tld'],
    ['Same-day ART start is offered at the HIV clinic.', 'art'],
    ['NG and CT NAAT from a first-void urine sample.', 'ct-ng'],
    ['The CT/NG swab was negative.', 'ct-ng'],
    ['He was asked about any STD symptoms at the clinic.', 'sexually-transmitted-infection'],
  ]);
  itChoosesSense([
    ['VL below 50 copies after six months of ART.', 'VL', 'viral load'],
    ['VL is spread by sandfly bites and treated with amphotericin.', 'VL', 'visceral leishmaniasis (kala-azar)'],
    ['ART started with TLD after the HIV test.', 'ART', 'antiretroviral therapy (HIV)'],
    ['Two embryos were frozen during ART at the fertility clinic.', 'ART', 'assisted reproductive technology (fertility)'],
    ['MSM with glucosamine is sold as a joint supplement.', 'MSM', 'methylsulfonylmethane (supplement)'],
  ]);
  itSkips([
    ['The EC fined the firm under competition rules, citing the EC Regulation.', 'ec'],
    ['The EC announced the poll dates for the state election.', 'ec'],
    ['The EC approved the new vaccine for adults with COPD.', 'ec'],
    ['The GC column separated the metabolites before mass spectrometry.', 'gc'],
    ['People have two copies of the M allele (MM) in each cell.', 'mm'],
    ['Charcot-Marie-Tooth disease, type ID, is rare.', 'id'],
    ['Avoid foods fried in partially hydrogenated oils (PHOs).', 'pho'],
    ['Read more at ods.od.nih.gov about the dose of vitamin D.', 'od'],
    ['Choose STD delivery at checkout or pay for express.', 'sexually-transmitted-infection'],
    ['Dial the STD code before the number.', 'sexually-transmitted-infection'],
    ['The GC pause dropped after we tuned the heap.', 'gc'],
    ['He needs an LGV licence to drive the lorry.', 'lgv'],
    ['Register a new TLD for the brand.', 'tld'],
    ['The ART Basel fair opens in June.', 'art'],
    ['The MSM narrative ignores the story.', 'msm'],
  ]);
  itSkipsOnHealthPages([
    ['This pharmacy site offers STD postage on small parcels.', 'sexually-transmitted-infection'],
    ['The EC Directive on medical devices sets the rules.', 'ec'],
  ]);
});

describe('insurance letters', () => {
  itUnderlines([
    ['Most MA plans include Part D drug cover; Original Medicare does not.', 'ma'],
    ['An MA-PD covers drugs as well as hospital care.', 'ma-pd'],
    ['You can add a PDP to Original Medicare for drug coverage under Part D.', 'pdp'],
    ['The QMB program pays her Medicare premiums.', 'qmb'],
    ['Your MSN lists every service billed to Medicare in the last few months.', 'msn'],
    ['The insurer sent a COB form to check for other coverage.', 'cob'],
    ['The DOS on the claim does not match the office visit date.', 'dos'],
    ['Compare each SBC to see the deductible and copays.', 'sbc'],
    ['The claim was denied because the provider NPI was missing.', 'npi'],
    ['The lab gave her an ABN because Medicare may not pay for the test.', 'abn'],
    ['OON care usually costs more than in-network care under your health plan.', 'out-of-network'],
    ['The NDC on the box matched the drug in the FDA recall.', 'ndc'],
    ['The prescriber wrote DAW, so the pharmacy gave the brand, not the generic.', 'daw'],
  ]);
  itSkips([
    ['He holds an MA in English literature.', 'ma'],
    ['I need the figures by COB tomorrow.', 'cob'],
    ['The old game only runs under DOS.', 'dos'],
    ['The SBC board runs Linux.', 'sbc'],
    ['Read the MSN News story on the election.', 'msn'],
    ['List your ABN and GST status on each invoice.', 'abn'],
    ['The PDP page shows size and colour.', 'pdp'],
    ['Countries updated their NDC targets at the climate summit.', 'ndc'],
  ]);
  itSkipsOnHealthPages([
    ['Our Australian clinic needs your ABN and GST details.', 'abn'],
    ['Send the consent forms back by COB today.', 'cob'],
  ]);
});

describe('mental health service letters', () => {
  itUnderlines([
    ['On MSE she was tearful, with low mood and no psychotic features.', 'mental-status-examination'],
    ['A mental state examination was done on the ward.', 'mental-status-examination'],
    ['Methadone through the MAT program helped him stay in work.', 'medication-assisted-treatment'],
    ['Medication-assisted treatment lowers the risk of overdose.', 'medication-assisted-treatment'],
    ['Reports passive SI without plan; safety plan updated.', 'si'],
    ['AVH telling him to leave the house; no command to harm; started on risperidone.', 'avh'],
    ['Referred to EIP after a first episode of psychosis.', 'eip'],
    ['She had 16 weeks of IPT for depression.', 'ipt'],
    ['The C-SSRS was used with the PHQ-9.', 'phq-9'],
  ]);
  itChoosesSense([
    ['IPT for depression, weekly sessions with a therapist.', 'IPT', 'interpersonal psychotherapy (talking therapy)'],
    ['IPT with isoniazid for six months for people with HIV.', 'IPT', 'isoniazid preventive therapy (TB)'],
  ]);
  itSkips([
    ['Test MSE was lower for the larger model.', 'mental-status-examination'],
    ['The MAT chief executive visited the school.', 'medication-assisted-treatment'],
    ['Assign an EIP address to the server.', 'eip'],
  ]);
});

describe('pharmacy letters', () => {
  itUnderlines([
    ['Ondansetron 4 mg PRN for nausea.', 'prn'],
    ['1 gtt OU at night.', 'gtt'],
    ['Codeine is a POM, so the pharmacist needs a prescription.', 'pom'],
    ['Metformin 500 mg bd with meals.', 'bd'],
    ['Small packs of paracetamol are GSL medicines sold in supermarkets.', 'gsl'],
  ]);
  itSkips([
    ['Income tax TDS was deducted by the bank.', 'tds'],
    // Lower-case od and prn are no aliases (review r1): Polish and Czech od, .prn files. Lower-case
    // tds is one since round 57, for "400 mg tds", with fences that keep a water test's tds plain.
    ['Dzieci od 12 lat: 5 mg raz na dobę.', 'od'],
    ['Check tds and pH of the water before dosing the tank with tablets.', 'tds'],
    ['Print the file to a .prn file first.', 'prn'],
    ['POM Wonderful juice is on sale.', 'pom'],
    ['3 bd 2 ba condo near the beach, $2,400 a month.', 'bd'],
    ['Od 1 do 5 maja biuro jest zamknięte.', 'od'],
    ['The melanoma was 2 mm thick.', 'mm'],
  ]);
});

describe("children's portals, New Zealand and South Africa", () => {
  itUnderlines([
    ['EPSDT covers hearing and vision checks for children on Medicaid.', 'epsdt'],
    ['Our clinic gives VFC vaccines to uninsured children.', 'vfc'],
    ['The ASQ at 24 months flagged a delay in language; the pediatrician referred her.', 'asq'],
    ['Your LMC will see you through labour and the first weeks after the birth.', 'lmc'],
    ['ACC paid for six physio sessions after the injury.', 'acc'],
    ['Bring your NHI number to the hospital appointment.', 'nhi'],
    ['Enrol with a GP practice so your PHO can lower the fees.', 'pho'],
    ['Your Community Services Card lowers the cost of GP visits.', 'community-services-card'],
    ['She collects her blood pressure tablets through CCMDD at a pharmacy.', 'ccmdd'],
    ['Use the scheme DSP or pay a co-payment under your medical scheme rules.', 'dsp'],
    ['Asthma is on the PMB list, so the medical scheme pays for its care at a DSP.', 'pmb'],
    ['TPT with 3HP was offered to household contacts of TB patients.', 'tb-preventive-treatment'],
    ['MDR-TB needs a longer course of medicines.', 'multidrug-resistant-tuberculosis'],
  ]);
  itChoosesSense([
    ['Book your LMC early in pregnancy; most are midwives.', 'LMC', 'lead maternity carer (New Zealand)'],
    ['The LMC spoke for local GPs about the new contract.', 'LMC', 'Local Medical Committee (UK GPs)'],
    ['ACC covers physio after an injury in New Zealand.', 'ACC', 'Accident Compensation Corporation (New Zealand)'],
    ['Quote the NHI number when you phone the hospital.', 'NHI', 'National Health Index number (New Zealand)'],
    ['NHI would pool money into one fund for public and private providers.', 'NHI', 'national health insurance'],
    ['PMB with a thin endometrium on TVS.', 'PMB', 'postmenopausal bleeding'],
    ['A PMB claim must be paid in full by the medical scheme.', 'PMB', 'prescribed minimum benefits (South Africa)'],
  ]);
  itSkips([
    ['Florida State won the ACC title in football last year.', 'acc'],
    ['The ACC tournament starts on Tuesday; one guard has an ankle injury.', 'acc'],
    ['A DSP chip handles the audio.', 'dsp'],
    ['The ASQ certification covers quality auditing.', 'asq'],
  ]);
  itSkipsOnHealthPages([
    ['Clemson took the ACC regular-season crown again.', 'acc'],
  ]);
});

describe('infections team', () => {
  itUnderlines([
    ['ID suggested switching to oral antibiotics after two weeks.', 'id'],
    ['Blood cultures grew MRSA; ID consulted.', 'id'],
  ]);
  itSkips([
    ['Use a tube with a 6 mm ID for the pump.', 'id'],
    ['Bring photo ID to your appointment.', 'id'],
  ]);
  itSkipsOnHealthPages([
    ['Please bring photo ID and your insurance card.', 'id'],
    ['Please bring your ID card to collect the antibiotics.', 'id'],
  ]);
});

describe('other senses of the new letters, on ordinary pages', () => {
  itSkips([
    ['The FN party won seats in the French regional vote.', 'fn'],
    ['Marine Le Pen led the FN for years.', 'fn'],
    ['He bought an FN pistol at the gun show.', 'fn'],
    ['The PFS subscription gives you two free books a month.', 'pfs'],
    ['ORR won the regional award for best breakfast.', 'orr'],
    ['The XRT radio station played the new single.', 'xrt'],
    ['Gy. Horváth wrote the report in Budapest.', 'gy'],
    ['The DSP board filters the audio signal in real time.', 'dsp'],
    ['She receives the DSP from Centrelink because of her disability.', 'dsp'],
    ['The ART exhibit opens on Friday at the gallery.', 'art'],
    ['He enrolled in the NHI apprenticeship scheme.', 'nhi'],
    ['The LMC truck plant closed in 1990.', 'lmc'],
    ['Virginia Tech joined the ACC in 2004.', 'acc'],
    ['Lower the RPE setting in the graphics menu.', 'rpe'],
    ['The CGA design has a red border.', 'cga'],
    ['The HEP group studies particle physics at CERN.', 'hep'],
    ['HA HA, that was funny!', 'ha'],
    ['Our CI server runs the tests overnight.', 'ci'],
    ['The BTE programme trains young engineers.', 'bte'],
    ['The ETD for the ship is Monday at noon.', 'eustachian-tube-dysfunction'],
    ['The AK Party won the Turkish election.', 'ak'],
    ['SK Telecom launched a new phone plan.', 'sk'],
    ['Keep the LN2 dewar in a ventilated room.', 'ln2'],
    ['The MM group was founded in 2000.', 'mm'],
    ['The webinar starts at 9 a.m. PDT.', 'pdt'],
    ['The PPS reading was logged for each machine.', 'pps'],
    ['The GIP index rose in the last quarter.', 'gip'],
    ['The HHA housing project opens next year.', 'hha'],
    ['The MAR 2025 budget was approved.', 'mar'],
    ['The CTI feed lists new phishing domains.', 'cti'],
    ['CHC Helicopter flies crews to the oil rigs.', 'chc'],
    ['The RPR party lost votes to its rivals.', 'rpr'],
    ['The GC content of the genome is 41%.', 'gc'],
    ['The LGV driver delivered the parcels.', 'lgv'],
    ['The EC ruled against the merger.', 'ec'],
    ['The VL team won the league.', 'vl'],
    ['The MSM ignored the story for weeks.', 'msm'],
    ['The TLD for the site is .org.', 'tld'],
    ['Boston, MA is home to many universities.', 'ma'],
    ['The PDP governor spoke at the rally.', 'pdp'],
    ['Sign in with your MSN account.', 'msn'],
    ['Submit the rota by COB on Monday.', 'cob'],
    ['The DOS prompt is a black window.', 'dos'],
    ['The SBC runs a small web server.', 'sbc'],
    ['The NPI team launched three products this year.', 'npi'],
    ['Convert all readings to SI units.', 'si'],
    ['The AVH model car is on sale.', 'avh'],
    ['Request an EIP for the load balancer.', 'eip'],
    ['IPT supplied the pipes for the plant.', 'ipt'],
    ['Bring photo ID to the polling station.', 'id'],
    ['The pipe ID is 20 mm.', 'id'],
    ['POM juice is rich in antioxidants.', 'pom'],
    ['The GSL shop sells paint.', 'gsl'],
    ['NDC targets must be updated every five years.', 'ndc'],
    ['DAW Kevin is the drummer.', 'daw'],
    ['The VFC club won on Saturday.', 'vfc'],
    ['ASQ members meet to discuss quality audits.', 'asq'],
    ['The ASM file compiles to machine code.', 'asm'],
    ['DMT shipping costs are listed below.', 'dmt'],
    ['Pho noodles are on the menu; PHO BO is the beef soup.', 'pho'],
    ['The KPS guards stood at the gate.', 'karnofsky-performance-status'],
    ['The FCE exam has five papers.', 'functional-capacity-evaluation'],
    ['The RTP stream dropped packets.', 'return-to-play'],
    ['UCL beat Oxford in the debate final.', 'ulnar-collateral-ligament'],
    ['The AFO permit covers 5,000 cattle.', 'ankle-foot-orthosis'],
    ['BSA compliance officers review large transfers.', 'body-surface-area'],
    ['The MAT trust runs six schools.', 'medication-assisted-treatment'],
    ['The TPT ferry sails at dawn.', 'tb-preventive-treatment'],
    ['The SLT meeting is on Monday.', 'slt'],
    ['The OON gave a loud cry.', 'out-of-network'],
    ['Pay your TDS before the due date.', 'tds'],
  ]);
  itSkipsOnHealthPages([
    ['Sign in with your MSN account to see the results.', 'msn'],
    ['Submit the rota by COB on Monday.', 'cob'],
    ['Bring photo ID to the clinic.', 'id'],
    ['Convert all readings to SI units.', 'si'],
    ['Posted at 9:15 a.m. PDT by the clinic team.', 'pdt'],
    ['The webinar for nurses starts at 9 a.m. PDT.', 'pdt'],
    ['He hit his 40th HR of the season before the injury.', 'hr'],
    ['Virginia Tech won the ACC title after a knee injury to its quarterback.', 'acc'],
    ['Members of the SLT met parents about school meals.', 'slt'],
    ['Quote your PPS number on the form.', 'pps'],
  ]);
});

describe('the fences leave the health sense alone', () => {
  itUnderlinesOnHealthPages([
    ['A waxy SK on the temple.', 'sk'],
    ['ANC on day 14 of chemo was 0.9.', 'anc'],
    ['Patients with ANC below 0.5 need G-CSF.', 'anc'],
    ['EC has to be taken within 72 hours of unprotected sex.', 'ec'],
    ['Enrolment in an MA plan opens in October; compare it with Original Medicare.', 'ma'],
    ['A tear in the UCL of the elbow in a pitcher.', 'ulnar-collateral-ligament'],
    ['An MSE of the patient showed pressured speech and elevated mood.', 'mental-status-examination'],
    ['The COB on file lists Medicare as the primary payer.', 'cob'],
  ]);
  itSkipsOnHealthPages([
    ['Our office in Boston, MA accepts Medicare and Medicaid.', 'ma'],
    ['The HA protein on the flu virus changes each year.', 'ha'],
    ['Flu vaccines are matched to the HA and NA of each strain.', 'ha'],
    ['She was admitted to Grey\'s Hospital in PMB.', 'pmb'],
  ]);
  itSkips([
    ['Duke\'s guard was injured in the ACC opener and missed two games.', 'acc'],
    ['The SI sets out the intent of the new rules.', 'si'],
  ]);
});
