/**
 * Letters of patch-test clinics, children's urology, tracheostomy and laryngectomy care, drug-level
 * monitoring, gender identity clinics, immunology and Pacific public health (writer 28, round 57),
 * each tried against the other senses its letters have (Tata Consultancy Services, E2 visas,
 * Li-ion batteries, Philippine jeepneys, community interest companies, home medical equipment).
 */
import { describe } from 'vitest';
import { itChoosesSense, itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('patch testing and contact dermatitis', () => {
  itUnderlines([
    ['Final reading: ACD to nickel, which explains the rash under her watch strap.', 'acd-allergic-contact-dermatitis'],
    ['Hold TCS on the back for a week before the patch tests go on.', 'tcs-topical-corticosteroid'],
    ['She had a strong reaction at the D4 reading to two of the patches.', 'd4-day-four-reading'],
    ['A positive result to FM I points to a perfume allergy.', 'fragrance-mix'],
    ['Hand rash is most likely ICD from wet work as a hairdresser.', 'icd'],
    ['Strong reaction to MI, so she should look for products without that preservative.', 'mi'],
  ]);
  itSkips([
    ['TCS reported higher quarterly revenue from its banking clients.', 'tcs-topical-corticosteroid'],
    ['The ACD converter on the board samples at 48 kHz.', 'acd-allergic-contact-dermatitis'],
    ['The knight moved to D4 early in the opening.', 'd4-day-four-reading'],
    ['Tune in to FM radio for the traffic news.', 'fragrance-mix'],
    ['Parliament in MI voted on the new budget on Tuesday.', 'mi'],
  ]);
  itSkipsOnHealthPages([
    ['ACD was ruled out; the low haemoglobin was from iron loss instead.', 'acd-allergic-contact-dermatitis'],
  ]);
});

describe("children's urology", () => {
  itUnderlines([
    ['The MCUG showed reflux on both sides.', 'voiding-cystourethrogram'],
    ['Grade III VUR was found after her second kidney infection.', 'vesicoureteral-reflux'],
    ['Keep her on CAP with trimethoprim until the next review.', 'cap'],
    ['The DMSA scan showed a small scar on the left kidney.', 'dmsa-scan'],
    ['Left UDT, palpable in the groin; orchidopexy planned.', 'udt-undescended-testis'],
    ['Baby with PUV had valve ablation at two weeks, creatinine improving.', 'puv-posterior-urethral-valves'],
    ['She does CIC four times a day with a size 10 catheter.', 'cic-clean-intermittent-catheterisation'],
    ['BBD with daytime wetting and constipation; start a bladder diary.', 'bbd-bladder-bowel-dysfunction'],
  ]);
  itSkips([
    ['The PUV modernisation programme replaced old jeepneys in Manila.', 'puv-posterior-urethral-valves'],
    ['The cafe is run as a CIC and puts its profits back into the town.', 'cic-clean-intermittent-catheterisation'],
    ['The CAP reforms changed farm payments across Europe.', 'cap'],
    ['Our UDT library speeds up file transfers over long links.', 'udt-undescended-testis'],
  ]);
});

describe('tracheostomy and laryngectomy care', () => {
  itUnderlines([
    ['Fit a new HME cassette each morning over the stoma.', 'hme-heat-moisture-exchanger'],
    ['TEP done at the time of laryngectomy, voice prosthesis in place.', 'tep-tracheoesophageal-puncture'],
    ['Try the PMV for ten minutes with the cuff deflated.', 'pmv-passy-muir-valve'],
    ['SLT to assess him with the speaking valve tomorrow.', 'slt'],
  ]);
  itSkips([
    ['Order the wheelchair from an HME supplier that takes your insurance.', 'hme-heat-moisture-exchanger'],
    ['The PMV rules limit e-scooters to 25 km/h on paths.', 'pmv-passy-muir-valve'],
  ]);
});

describe('drug levels', () => {
  itUnderlines([
    ['TDM: vancomycin trough 14 mg/L, keep the same dose.', 'tdm-therapeutic-drug-monitoring'],
    ['Her serum Li was 0.9 mmol/L last week.', 'li-lithium-level'],
    ['Ciclosporin C0 was 150 ng/mL this morning.', 'c0-trough-concentration'],
  ]);
  itSkips([
    ['Li Wei scored twice in the second half.', 'li-lithium-level'],
    ['Most phones now use Li ion batteries.', 'li-lithium-level'],
    ['Set the background colour to C0 in the style sheet.', 'c0-trough-concentration'],
    ['TDM lets several calls share one telephone line.', 'tdm-therapeutic-drug-monitoring'],
  ]);
  itSkipsOnHealthPages([
    ['Dr Li and colleagues studied sleep in older adults.', 'li-lithium-level'],
  ]);
});

describe('gender identity care', () => {
  itUnderlines([
    ['She was referred to the GIC for help with gender dysphoria.', 'gic-gender-identity-clinic'],
    ['Three years on GAHT and my bloods are all fine.', 'gaht-gender-affirming-hormone-therapy'],
    ['E2 was 400 pmol/L on the new gel dose.', 'e2-estradiol-level'],
    ['GnRHa was started to pause early puberty.', 'gnrha-gonadotropin-releasing-hormone-analogue'],
  ]);
  itSkips([
    ['He moved his savings into a five-year GIC at the bank.', 'gic-gender-identity-clinic'],
    ['She applied for an E2 visa to run her cafe in Ohio.', 'e2-estradiol-level'],
    ['The flat is in E2, close to the market.', 'e2-estradiol-level'],
  ]);
});

describe('immunology and Pacific public health', () => {
  itUnderlines([
    ['Low TRECs on the newborn screen raised the worry of SCID.', 'scid-severe-combined-immunodeficiency'],
    ['The NDoH said measles cases had risen in three provinces.', 'ndoh-national-department-of-health'],
    ['The MHMS has opened more fever clinics during the dengue outbreak.', 'mhms-ministry-of-health-and-medical-services'],
    ['The MDA round gave albendazole to every village.', 'mda-mass-drug-administration'],
    ['Yearly rounds of medicine aim to end LF and the elephantiasis it causes.', 'lf-levator-function'],
  ]);
  itSkips([
    ['Police seized MDA and other party drugs at the festival.', 'mda-mass-drug-administration'],
    ['The LF line break ends each row of the file.', 'lf-levator-function'],
  ]);
});

describe('BP, TB and GA in notes and leaflets', () => {
  itUnderlines([
    ['Obs at triage: BP 100/60, temp 38.2.', 'bp'],
    ['Have your BP checked once a year at the pharmacy.', 'bp'],
    ['People with TB at home may pass it to those they live with.', 'tb'],
    ['If the epidural does not work well enough, a GA may be needed.', 'ga'],
  ]);
  itSkips([
    ['BP announced a new chief executive on Tuesday.', 'bp'],
    ['The new drive holds 2 TB and the obs plugin records to it.', 'tb'],
    ['Shares in the oil firm rose after BP announced the sale.', 'bp'],
  ]);
});

describe('review 28: other senses of the new letters', () => {
  itUnderlines([
    ['FM I + and Myroxylon pereirae +, consistent with fragrance allergy.', 'fragrance-mix'],
    ['Trial of PMV with cuff fully deflated; remove if breathless.', 'pmv-passy-muir-valve'],
    ['Your Li level is 0.68 mmol/L, within range.', 'li-lithium-level'],
    ['The MHMS advises the public to clear stagnant water to help prevent dengue.', 'mhms-ministry-of-health-and-medical-services'],
  ]);
  itSkips([
    ['Tuned to 98.5 FM I heard the new single twice before noon.', 'fragrance-mix'],
    ['Patches for D4 fixed the loot drops, and D2 fans noticed.', 'd4-day-four-reading'],
    ['Li metal anodes grow dendrites that can short a lithium cell.', 'li-lithium-level'],
    ['The balloon was deflated after PMV and the mitral gradient fell.', 'pmv-passy-muir-valve'],
    ['Fusion from C0 to C2 level was needed after the fracture.', 'c0-trough-concentration'],
    ['E2 launches new patches and gel pumps for the espresso machines.', 'e2-estradiol-level'],
    ['Women with BBD had a higher risk of later breast cancer.', 'bbd-bladder-bowel-dysfunction'],
    ['UDT was positive for fentanyl at the pain clinic.', 'udt-undescended-testis'],
    ['Our HME supplier also delivers tracheostomy supplies and suction catheters.', 'hme-heat-moisture-exchanger'],
    ['SCID mice lack working T cells and lymphocytes.', 'scid-severe-combined-immunodeficiency'],
    ['Students at MHMS held a bake sale to raise funds for the band trip.', 'mhms-ministry-of-health-and-medical-services'],
    ['The MDA telethon returns on Dec 5 with new hosts.', 'mda-mass-drug-administration'],
    ['She rolled her savings into a GIC during the transition to retirement.', 'gic-gender-identity-clinic'],
    ['ICD shares fell, which came as a shock to investors in Dubai.', 'icd'],
  ]);
  itChoosesSense([
    ['CAP treated with amoxicillin; VTE prophylaxis with enoxaparin started.', 'CAP', 'community-acquired pneumonia'],
  ]);
});
