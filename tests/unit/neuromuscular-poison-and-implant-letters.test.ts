/**
 * Letters from neuromuscular, adult ADHD and autism, poisons, pulmonary hypertension, vulval and
 * pelvic pain, child development, Pakistan and Bangladesh public health and cochlear implant
 * clinics (AChR, MuSK, DIVA, ASRS, AQ, LDX, MPH, NAC, RHC, ERA, LS, VIN, CPP, GDD, TCV, AFP...),
 * each tried against the other senses the same letters have elsewhere (air quality, miles per
 * hour, the Equal Rights Amendment, a vehicle's VIN, the Canada Pension Plan, a news agency).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('neuromuscular and ADHD or autism clinics', () => {
  itUnderlines([
    ['Her AChR antibody level came back raised last week.', 'achr-acetylcholine-receptor'],
    ['MuSK antibodies were found after the first test was negative.', 'musk-muscle-specific-kinase'],
    ['The DIVA looks at ADHD symptoms in adult life.', 'diva-adhd-interview'],
    ['We will go through the DIVA, asking how you were as a child.', 'diva-adhd-interview'],
    ['His ASRS score was high, with four of six Part A answers shaded.', 'asrs-adhd-self-report-scale'],
    ['AQ score 41, RAADS-R well above the cut-off.', 'aq-autism-spectrum-quotient'],
    ['The AQ is one of the forms sent out before an autism assessment.', 'aq-autism-spectrum-quotient'],
    ['LDX 40 mg in the morning, appetite a little lower.', 'ldx-lisdexamfetamine'],
    ['MPH XL 18 mg started for ADHD; review pulse in a month.', 'mph-methylphenidate'],
    ['He stopped MPH because of poor sleep.' + ' His ADHD nurse will call.', 'mph-methylphenidate'],
  ]);
  itSkips([
    ['The new musk fragrance sold out in a week.', 'musk-muscle-specific-kinase'],
    ['She was every inch the DIVA at the press call.', 'diva-adhd-interview'],
    ['The DIVA magazine interview ran over four pages.', 'diva-adhd-interview'],
    ['Pilots can file an ASRS report after a near miss on the runway.', 'asrs-adhd-self-report-scale'],
    ['The AQ index rose to unhealthy levels in the city centre.', 'aq-autism-spectrum-quotient'],
    ['Traffic was moving at 70 MPH on the motorway.', 'mph-methylphenidate'],
    ['She finished her MPH in epidemiology last year.', 'mph-methylphenidate'],
    ['Jane Smith, MD, MPH, leads the ADHD research team.', 'mph-methylphenidate'],
    ['The DIVA score helps nurses plan a cannula in childhood illness.', 'diva-adhd-interview'],
    ["NASA's ASRS lets pilots self-report safety incidents.", 'asrs-adhd-self-report-scale'],
  ]);
  itSkipsOnHealthPages([
    ['The MPH course covers epidemiology and health policy.', 'mph-methylphenidate'],
    ['Poor AQ days can make asthma worse.', 'aq-autism-spectrum-quotient'],
  ]);
});

describe('poisons, pulmonary hypertension and vulval clinics', () => {
  itUnderlines([
    ['NPIS were phoned for advice on the mixed overdose.', 'npis-poisons-information-service'],
    ['NAC started as the paracetamol level was over the line.', 'nac-acetylcysteine'],
    ['COHb was 15% on arrival.', 'cohb-carboxyhaemoglobin'],
    ['SDAC was given within the first hour of the overdose.', 'sdac-single-dose-activated-charcoal'],
    ['mPAP 35 mmHg at rest.', 'mpap-mean-pulmonary-artery-pressure'],
    ['RHC showed a raised wedge pressure.', 'rhc-right-heart-catheterisation'],
    ['Idiopathic PAH, WHO functional class II.', 'pah-pulmonary'],
    ['6MWD fell from 410 m to 330 m.', '6mwd-six-minute-walk-distance'],
    ['CTEPH was found on the V/Q scan.', 'cteph-chronic-thromboembolic-pulmonary-hypertension'],
    ['Bosentan is an ERA given twice a day.', 'era-endothelin-receptor-antagonist'],
    ['PDE5i added to her treatment.', 'pde5i-phosphodiesterase-5-inhibitor'],
    ['LS of the vulva, treated with clobetasol.', 'ls-lichen-sclerosus'],
    ['VIN found on vulval biopsy.', 'vin-vulval-intraepithelial-neoplasia'],
    ['PFPT twice a month for pelvic floor tightness.', 'pfpt-pelvic-floor-physical-therapy'],
    ['CPP with dyspareunia for two years.', 'cpp-chronic-pelvic-pain'],
    ['Q-tip test positive at the vestibule: PVD likely.', 'pvd'],
    ['NT-proBNP 900 ng/L at this visit.', 'bnp'],
  ]);
  itSkips([
    ['The NAC policy blocks unknown laptops from the network.', 'nac-acetylcysteine'],
    ['Her ERA was the best in the league this season.', 'era-endothelin-receptor-antagonist'],
    ['Campaigners marched for the ERA in Washington.', 'era-endothelin-receptor-antagonist'],
    ['Check the VIN on the logbook before you buy the car.', 'vin-vulval-intraepithelial-neoplasia'],
    ['The LS trim adds alloy wheels and heated seats.', 'ls-lichen-sclerosus'],
    ['CPP payments start at age 65 in Canada.', 'cpp-chronic-pelvic-pain'],
    ['Save the file as main.cpp and run the CPP compiler.', 'cpp-chronic-pelvic-pain'],
    ['The RHC hosted a dinner for the veterans.', 'rhc-right-heart-catheterisation'],
    ['Set the PVR to record the final episode.', 'pvr'],
    ['All fares are quoted in INR and include fees.', 'inr'],
    ['The ED of the foundation will retire next spring.', 'ed'],
    ['He joined the RA and trained as a gunner.', 'ra'],
    ['The NAC regimen was four cycles of chemotherapy before surgery.', 'nac-acetylcysteine'],
    ['SDAC results for the day-ahead power market were published at noon.', 'sdac-single-dose-activated-charcoal'],
    ['An ERA of PAH levels in river sediments was carried out.', 'era-endothelin-receptor-antagonist'],
    ['In the Victorian era, PAH levels in city air were far higher.', 'pah-pulmonary'],
    ['In girls with CPP, a pelvic ultrasound shows the size of the womb.', 'cpp-chronic-pelvic-pain'],
  ]);
  itSkipsOnHealthPages([
    ['CPP was kept above 60 mmHg after the head injury.', 'cpp-chronic-pelvic-pain'],
    ['LS spine X-ray showed mild wear.', 'ls-lichen-sclerosus'],
    ['Lower rates of PAH exposure were seen near the park.', 'pah-pulmonary'],
  ]);
});

describe('child development, public health and hearing clinics', () => {
  itUnderlines([
    ['GDD with delayed speech and gross motor skills.', 'gdd-global-developmental-delay'],
    ['GMFCS level II, walks without aids indoors.', 'gmfcs-gross-motor-function-classification-system'],
    ['The LHW visits each home to talk about family planning.', 'lhw-lady-health-worker'],
    ['DGHS reported new dengue cases this morning.', 'dghs-directorate-general-of-health-services'],
    ['TCV is now part of routine vaccination in the province.', 'tcv-typhoid-conjugate-vaccine'],
    ['Two AFP cases were reported by the district this month.', 'afp'],
    ['AFP in a child must be tested for polio.', 'afp'],
    ['AFP was raised, so the liver scan was repeated; tumour marker trend noted.', 'afp'],
    ['Ultrasound and AFP every six months because of cirrhosis.', 'afp'],
    ['CI switch-on is booked for next month.', 'ci'],
    ['BKB sentences in noise scored 55%.', 'bkb-bamford-kowal-bench'],
    ['ANSD was found on newborn hearing tests.', 'ansd-auditory-neuropathy-spectrum-disorder'],
    ['TENS machine hire is offered on the ward.', 'tens'],
  ]);
  itSkips([
    ['The GDD sets out the levels and the boss fights for the game.', 'gdd-global-developmental-delay'],
    ['The TCV of the deal was put at four million dollars.', 'tcv-typhoid-conjugate-vaccine'],
    ['Photographs supplied by AFP and Reuters.', 'afp'],
    ['Surbiton HC won the league on the last day.', 'hc'],
    ['Crop stages are timed by GDD, and a cold spring can delay planting.', 'gdd-global-developmental-delay'],
    ['LHW member hotels share a loyalty community for guests.', 'lhw-lady-health-worker'],
    ['Pakistan reported two new polio cases this week (AFP).', 'afp'],
    ['Liver cancer rates are rising, according to AFP.', 'afp'],
  ]);
  itSkipsOnHealthPages([
    ['The study was reported by AFP on Monday.', 'afp'],
    ['The HC team met the village elders.', 'hc'],
  ]);
});

describe('BMD and TENS', () => {
  itUnderlines([
    ['BMD at the hip was low on the DEXA scan.', 'bmd'],
    ['BMD confirmed by a dystrophin deletion; CK 3,000.', 'bmd'],
  ]);
  itUnderlinesOnHealthPages([
    ['BMD letter from the last team is still awaited.', 'bmd'],
  ]);
  itSkips([
    ['The BMD programme tested a new interceptor missile.', 'bmd'],
    ['The benchmark dose (BMD) for bone loss in rats was set from this study.', 'bmd'],
    ['Write the tens unit and the ones unit in separate columns.', 'tens'],
    ['Carry one into the tens unit when the sum passes nine.', 'tens'],
  ]);
});
