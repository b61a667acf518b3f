/**
 * Letters of cleft teams, children's heart clinics, gout clinics, interventional radiology,
 * liver and pancreas surgery, perinatal mental health, newborn screening and spinal cord injury
 * units, each tried against the other senses the same letters have on ordinary pages and on
 * health pages (the Chilean peso, the Canadian Hockey League, the United Arab Emirates, the
 * CFA charter, DECT phones, Prince Edward Island, item response theory, base excess, a single
 * umbilical artery, adolescent scoliosis, a head office, a Canadian Press dateline).
 */
import { describe } from 'vitest';
import { itChoosesSense, itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('cleft team letters', () => {
  itUnderlines([
    ['The CLP team saw him at 3 weeks and the lip repair is booked for May.', 'clp'],
    ['Babies with CLP often feed best with a Haberman or squeezy bottle.', 'clp'],
    ['Her palate repair went well and the CLP nurse will visit next week.', 'clp'],
    ['Speech therapy notes mild hypernasality, so VPI is possible.', 'vpi'],
    ['VPI confirmed on nasendoscopy; a pharyngoplasty is planned.', 'vpi'],
    ['She has velopharyngeal insufficiency after her cleft palate repair.', 'vpi'],
    ['NAM started at 10 days to bring the alveolar segments together.', 'nam'],
    ['The NAM plate was adjusted and the nasal stent lifts the nostril well.', 'nam'],
    ['His audiogram shows a mild CHL in both ears from glue ear.', 'chl'],
    ['A bilateral CHL improved once grommets were put in.', 'chl'],
  ]);
  itSkips([
    ['The hotel room cost CLP 85,000 a night in Santiago.', 'clp'],
    ['Prices are quoted in CLP and converted at the daily rate.', 'clp'],
    ['Under the EU CLP rules the label must carry the hazard pictogram.', 'clp'],
    ['The plant moved to NAM after the merger, the company said.', 'nam'],
    ['He served in Nam in 1968 and rarely spoke about it.', 'nam'],
    ['The NAM lobbied Congress over the new tariffs on steel.', 'nam'],
    ['The forward was the top scorer in the CHL last season before the draft.', 'chl'],
    ['He was suspended for three CHL games after a hearing on the hit.', 'chl'],
    ['Shares in VPI fell after the results were published.', 'vpi'],
  ]);
  itSkipsOnHealthPages([
    ['The patient had cHL stage II and started ABVD chemotherapy.', 'chl'],
    ['Toxicity testing now leans on NAM approaches instead of animal studies.', 'nam'],
  ]);
});

describe("children's heart clinic letters", () => {
  itUnderlines([
    ['HLHS was found at the 20-week scan and the Norwood is planned after birth.', 'hlhs'],
    ['Children with HLHS usually have the Glenn and then the Fontan operation.', 'hlhs'],
    ['SBE prophylaxis is no longer routine before dental treatment.', 'sbe'],
    ['She was treated for SBE on a damaged mitral valve.', 'sbe'],
    ['PDA closed after a course of ibuprofen in the first week.', 'pda'],
    ['Echo shows a small PDA with left-to-right ductal flow.', 'pda'],
    ['TOF repaired in infancy, now with free pulmonary regurgitation.', 'tof'],
  ]);
  itSkips([
    ['Arterial gas: pH 7.29, SBE -7.5 and lactate 3.1.', 'sbe'],
    ['The SBE team at the bank announced new lending rules.', 'sbe'],
    ['The PDA ran a calendar app and synced with a desktop.', 'pda'],
    ['The couple were told off for too much PDA in the school corridor.', 'pda'],
  ]);
  itChoosesSense([
    ['TOF repaired in infancy, now with free pulmonary regurgitation.', 'TOF', 'tetralogy of Fallot (heart defect from birth)'],
  ]);
});

describe('gout clinic letters', () => {
  itUnderlines([
    ['SUA 0.41 mmol/L on allopurinol 200 mg; continue to titrate.', 'sua'],
    ['His SUA fell below target and he has had no gout flares since.', 'sua'],
    ['Joint fluid showed MSU crystals, which confirms gout.', 'msu-crystal'],
    ['Monosodium urate crystals were seen under the microscope.', 'msu-crystal'],
    ['Continue colchicine while ULT is slowly increased.', 'ult'],
    ['She stopped her ULT and had another gout attack within a month.', 'ult'],
    ['Urate-lowering therapy is offered after a second flare.', 'ult'],
    ['DECT showed urate deposits in both knees.', 'dect'],
    ['Dual-energy CT can show gout crystals without a needle.', 'dect'],
  ]);
  itSkips([
    ['The scan report notes SUA, so the baby will have a kidney scan after birth.', 'sua'],
    ['Two-vessel cord (SUA) on the 20-week scan; growth scans arranged.', 'sua'],
    ['The MSU Spartans won again on Saturday.', 'msu'],
    ['He used his ULT at the right moment and the team won the round.', 'ult'],
    ['Samples are kept in the ULT freezer at minus 80 degrees.', 'ult'],
    ['The DECT handset needs charging before the night shift.', 'dect'],
    ['Our cordless DECT phone has a range of about 50 metres.', 'dect'],
  ]);
  itUnderlinesOnHealthPages([['Send an MSU to the lab before starting the antibiotics.', 'msu']]);
});

describe('interventional radiology letters', () => {
  itUnderlines([
    ['IVC filter placed as anticoagulation was stopped for bleeding.', 'ivc-filter'],
    ['The IVC was collapsible on ultrasound, suggesting she was dry.', 'ivc'],
    ['The inferior vena cava carries blood from the legs to the heart.', 'ivc'],
    ['UAE is an option for women with large fibroids who wish to keep the womb.', 'uae'],
    ['Cramps after UAE for fibroids are eased by the pain pump for the first night.', 'uae'],
    ['Right CFA puncture with a 6 French sheath; closure device used.', 'cfa'],
    ['Check the groin: a small haematoma at the CFA access point.', 'cfa'],
    ['PTC and biliary drain placed for a blocked bile duct.', 'ptc'],
  ]);
  itSkips([
    ['Flights to the UAE were cancelled because of the storm.', 'uae'],
    ['The UAE beat Qatar 2-1 in the qualifier in Abu Dhabi.', 'uae'],
    ['She passed level II of the CFA exam in June.', 'cfa'],
    ['A CFA charterholder manages the pension fund.', 'cfa'],
    ['The PTC heater warms the room within a minute.', 'ptc'],
  ]);
  itSkipsOnHealthPages([
    ['The UAE has opened new hospitals in Dubai this year.', 'uae'],
  ]);
  itChoosesSense([
    ['PTC and biliary drain placed for a blocked bile duct.', 'PTC', 'percutaneous transhepatic cholangiography'],
    ['Total thyroidectomy for a 2 cm PTC; radioactive iodine to follow.', 'PTC', 'papillary thyroid carcinoma'],
  ]);
});

describe('liver and pancreas surgery letters', () => {
  itUnderlines([
    ['PDAC in the head of the pancreas was removed with a Whipple.', 'pdac'],
    ['Most PDAC is found late; FOLFIRINOX is given after surgery.', 'pdac'],
    ['Grade B POPF after pancreatectomy, managed with the drain left in.', 'popf'],
    ['Drain amylase was high on day 3, in keeping with a POPF.', 'popf'],
    ['PEI after a Whipple is treated with Creon taken with food.', 'pei'],
    ['Faecal elastase was low, confirming PEI from chronic pancreatitis.', 'pei'],
  ]);
  itSkips([
    ['We drove across PEI to see the red cliffs and lighthouses.', 'pei'],
    ['Charlottetown is the capital of PEI.', 'pei'],
    ['The cells were transfected using PEI as the carrier.', 'pei'],
  ]);
});

describe('perinatal mental health letters', () => {
  itUnderlines([
    ['Her EPDS was 14 at the postnatal check, so the health visitor will call again.', 'epds'],
    ['The Edinburgh Postnatal Depression Scale is also used in pregnancy.', 'epds'],
    ['She spent six weeks in an MBU for postpartum psychosis with her baby.', 'mbu'],
    ['PPHN is rare but a known risk when SSRIs are taken late in pregnancy.', 'pphn'],
    ['The neonatal team treated PPHN with nitric oxide.', 'pphn'],
    ['BPAD well controlled on lithium, with no manic episode since 2022.', 'bpad'],
    ['Her mother has bipolar affective disorder.', 'bpad'],
    ['Previous PND after her first baby; the midwife will review her at 28 weeks.', 'pnd'],
  ]);
  itChoosesSense([
    ['Previous PND after her first baby; the midwife will review her at 28 weeks.', 'PND', 'postnatal depression'],
  ]);
});

describe('newborn screening letters', () => {
  itUnderlines([
    ['NBS heel prick done on day 5 and sent to the lab.', 'nbs'],
    ['The midwife repeated the NBS because the blood spot card was too small.', 'nbs'],
    ['AABR arranged after no clear response on the OAE.', 'aabr'],
    ['MCADD was picked up on the heel prick and feeds are kept regular.', 'mcadd'],
    ['Raised IRT on the blood spot, so a sweat test is booked.', 'irt'],
    ['Sickle screen: SCD carrier (HbAS), both parents offered a test.', 'scd'],
  ]);
  itSkips([
    ['The NBS building specification is updated every quarter.', 'nbs'],
    ['The IRT trains were packed on the way to Times Square.', 'irt'],
    ['IRT models are used to scale the quality-of-life questionnaire.', 'irt'],
    ['IRT helped her nightmares fade over eight weeks of practice.', 'irt'],
  ]);
});

describe('spinal cord injury unit letters', () => {
  itUnderlines([
    ['C5 SCI, AIS B, with some feeling kept below the injury.', 'ais-spinal'],
    ['The ASIA Impairment Scale grade improved from A to C.', 'ais-spinal'],
    ['FES cycling keeps his leg muscle bulk after the spinal cord injury.', 'fes'],
    ['An FES unit for foot drop lets her walk further.', 'fes'],
    ['HO around the hip has cut flexion to 80 degrees.', 'ho-bone'],
    ['HO limits range of movement at the elbow after the burns.', 'ho-bone'],
  ]);
  itSkips([
    ['The AIS data showed the ship had turned off its transponder.', 'ais-spinal'],
    ['Flights in Fes were delayed by fog.', 'fes'],
    ['Head office (HO) will send the new rota on Monday.', 'ho-bone'],
    ['The HO scale train set runs round the whole loft.', 'ho-bone'],
  ]);
  itSkipsOnHealthPages([
    ['Bracing is the usual first step for AIS with a curve over 25 degrees.', 'ais-spinal'],
    ['AIS is a condition in which the body does not respond to male hormones.', 'ais-spinal'],
    ['FES is rare after a long-bone fracture but can affect the lungs.', 'fes'],
    ['Bleep the HO on call if the potassium is high.', 'ho-bone'],
  ]);
});

describe('other senses of letters on news and music pages', () => {
  itSkipsOnHealthPages([
    ['VANCOUVER (CP) — The Canucks signed their top pick to a three-year deal.', 'cp'],
    ['Camping in most CA state parks needs a booking ahead of time.', 'ca'],
    ['Her songs are licensed through BMI and earn royalties abroad.', 'body-mass-index'],
  ]);
});

describe('review 2: other senses of the new letters', () => {
  itUnderlines([
    ['NAM started at 10 days to bring the alveolar segments together.', 'nam'],
    ['Arterial sheath removed from the right CFA and pressure applied.', 'cfa'],
    ['PTC showed a hilar stricture and an external biliary drain was left.', 'ptc'],
    ['Drain amylase was high, in keeping with a postoperative pancreatic fistula.', 'popf'],
  ]);
  itSkips([
    ['NAM, a form of vitamin B3, raised NAD levels in the alveolar epithelium of mice.', 'nam'],
    ['Mice were immunised with MOG emulsified in CFA, and demyelination of the myelin sheath was measured.', 'cfa'],
    ['SBE reached the ileocecal valve and a bleeding angioectasia was treated with argon plasma coagulation.', 'sbe'],
    ['Women in prison MBUs often have mental health needs and can keep their babies until 18 months.', 'mbu'],
    ['There are six prison mother and baby units in England, and mental health support varies.', 'mbu'],
    ['A pancreatic fistula can form after a bout of severe acute pancreatitis.', 'popf'],
  ]);
  itSkipsOnHealthPages([
    ['Lung-on-chip alveolar models are a leading NAM for inhalation toxicology.', 'nam'],
    ['CFA-induced inflammatory pain was studied with retrograde labelling of DRG neurons.', 'cfa'],
    ['Retrograde SBE was advanced through the ileocaecal valve to the distal ileum.', 'sbe'],
    ['The prevalence of AIS in Asia is higher among girls with spinal curvature.', 'ais-spinal'],
    ['This CPAP machine is PDAC approved for HCPCS code E0601.', 'pdac'],
    ['PTC Therapeutics said its drug for nonsense mutations in thyroid hormone resistance failed.', 'ptc'],
    ['UAE hospitals now offer myomectomy for women with fibroids.', 'uae'],
    ['The FES PET scan showed oestrogen receptor positive disease, and she was paralysed from the waist down.', 'fes'],
  ]);
});
