/**
 * Letters of histopathology reports, cardiac surgery notes, weight-loss and sweating clinics,
 * oral medicine, labour epidurals, and community health in Ethiopia, Tanzania and First Nations
 * and Aboriginal services (PNI, MIS, SSL, dMMR, IEL, LIMA, CPB, MTC, TBWL, HDSS, ETS, CH, OLP,
 * DIF, MMP, RAS, OMFS, 2/52, L3/4, PDPH, EBP, CSE, PCEA, HEW, AL, MUAC, ACCHO, RHD, NIHB, CHR),
 * each tried against the other senses the letters have (web security, elections, baseball,
 * Peru, gene names, nursing's evidence-based practice, child safeguarding, the army).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('histopathology reports', () => {
  itUnderlines([
    ['Squamous cell carcinoma of the cheek, 14 mm; PNI seen, margins clear.', 'pni-perineural-invasion'],
    ['LVI not seen but PNI is present at the deep edge.', 'pni-perineural-invasion'],
    ['Wide local excision of the shin scar: residual MIS, deep margin clear.', 'mis-melanoma-in-situ'],
    ['Shave biopsy shows MIS of lentigo maligna type.', 'mis-melanoma-in-situ'],
    ['Caecal polyp, 8 mm: SSL with no dysplasia seen.', 'ssl-sessile-serrated-lesion'],
    ['Two SSLs were removed at colonoscopy and sent to the lab.', 'ssl-sessile-serrated-lesion'],
    ['Immunohistochemistry shows loss of MLH1 and PMS2, in keeping with dMMR.', 'dmmr'],
    ['Duodenal biopsies show raised IELs and villous atrophy.', 'iel-intraepithelial-lymphocyte'],
  ]);
  itSkips([
    ['The PNI score was low in patients with poor nutrition before surgery.', 'pni-perineural-invasion'],
    ['Ask the MIS department to send the monthly sales report.', 'mis-melanoma-in-situ'],
    ['MIS surgery means smaller cuts and a shorter stay in hospital.', 'mis-melanoma-in-situ'],
    ['Renew the SSL certificate before it expires on the web server.', 'ssl-sessile-serrated-lesion'],
    ['The site uses SSL to encrypt data between the browser and the server.', 'ssl-sessile-serrated-lesion'],
  ]);
  itSkipsOnHealthPages([
    ['MIS-C is a rare illness in children that can follow COVID-19.', 'mis-melanoma-in-situ'],
    ['The clinic booking page moved to SSL last year.', 'ssl-sessile-serrated-lesion'],
  ]);
});

describe('cardiac surgery', () => {
  itUnderlines([
    ['CABG x3: LIMA to LAD and two vein grafts.', 'lima-graft'],
    ['Cross-clamp 61 min and CPB 90 min; weaned from bypass on the first try.', 'cpb-cardiopulmonary-bypass'],
    ['Fast AF after surgery, loaded with amiodarone overnight.', 'af'],
    ['AF now in sinus rhythm after the second dose.', 'af'],
  ]);
  itSkips([
    ['LIMA, Peru (Reuters) - Protests spread to the capital on Monday.', 'lima-graft'],
    ['The CPB grant funds local radio and television stations.', 'cpb-cardiopulmonary-bypass'],
    ['The AF final was moved to Saturday after the rain.', 'af'],
  ]);
  itSkipsOnHealthPages([
    ['A CPB was done to ease pancreatic cancer pain; the nerve block helped for months.', 'cpb-cardiopulmonary-bypass'],
  ]);
});

describe('weight-loss and sweating clinics', () => {
  itUnderlines([
    ['Semaglutide 1 mg s/c weekly, no side effects so far.', 'subq'],
    ['Not suitable for tirzepatide: her mother had MTC.', 'mtc-medullary-thyroid'],
    ['She reached 18% TBWL after one year.', 'tbwl'],
    ['Booking BMI 36 at the antenatal visit.', 'body-mass-index'],
    ['HDSS score of 3 with heavy palmar sweating.', 'hdss'],
    ['Axillary BTX-A given to both armpits today.', 'botulinum-toxin'],
    ['He wants to think about ETS for his sweaty hands.', 'ets-sympathectomy'],
    ['CH over the trunk since his sympathectomy.', 'ch-compensatory-hyperhidrosis'],
  ]);
  itSkips([
    ['Luxury s/c studio flat to let near the station.', 'subq'],
    ['Take the MTC bus to the city centre.', 'mtc-medullary-thyroid'],
    ['She got a high score in the ETS test for her visa.', 'ets-sympathectomy'],
    ['Firms trade permits under the EU ETS to cut carbon.', 'ets-sympathectomy'],
    ['The CH team won the match in Geneva.', 'ch-compensatory-hyperhidrosis'],
    ['BMI paid royalties to the songwriter last year.', 'body-mass-index'],
  ]);
  itSkipsOnHealthPages([
    ['ETS, or second-hand smoke, raises the risk of asthma in children.', 'ets-sympathectomy'],
    ['CH attacks often come at night, behind one eye.', 'ch-compensatory-hyperhidrosis'],
    ['The Ifakara HDSS follows births and deaths in rural villages.', 'hdss'],
  ]);
});

describe('oral medicine', () => {
  itUnderlines([
    ['White lacy streaks on the buccal mucosa, typical of OLP.', 'olp-oral-lichen-planus'],
    ['DIF shows IgG along the basement membrane.', 'dif-direct-immunofluorescence'],
    ['MMP with desquamative gingivitis and conjunctival scarring.', 'mmp-mucous-membrane-pemphigoid'],
    ['RAS with two or three mouth ulcers each month since age 10.', 'ras-recurrent-aphthous-stomatitis'],
    ['Referred to OMFS to remove the impacted wisdom tooth.', 'omfs'],
    ['Review in 2/52 to check the ulcer has healed.', 'two-fifty-seconds'],
  ]);
  itSkips([
    ['The OLP won more seats in the provincial vote.', 'olp-oral-lichen-planus'],
    ['New Zealand votes under MMP, mixing list and local seats.', 'mmp-mucous-membrane-pemphigoid'],
    ['The RAS said its officers would move north in the spring.', 'ras-recurrent-aphthous-stomatitis'],
  ]);
  itSkipsOnHealthPages([
    ['MMP-9 levels in the blood were higher in the smokers.', 'mmp-mucous-membrane-pemphigoid'],
    ['KRAS is one of the RAS genes, and RAS mutations are common in bowel cancer.', 'ras-recurrent-aphthous-stomatitis'],
    ['Drugs that block the RAS lower blood pressure and protect the kidneys.', 'ras-recurrent-aphthous-stomatitis'],
  ]);
});

describe('labour epidurals', () => {
  itUnderlines([
    ['The needle went in at L3/4 and the catheter was taped in place.', 'l3-4'],
    ['Severe headache on sitting up, worse by evening: likely PDPH.', 'pdph'],
    ['EBP done with 15 mL of autologous blood.', 'ebp-epidural-blood-patch'],
    ['CSE for her elective caesarean, with a good block.', 'cse-combined-spinal-epidural'],
    ['PCEA running with a 15 minute lockout.', 'pcea'],
  ]);
  itSkips([
    ['She studied CSE at university and now writes software.', 'cse-combined-spinal-epidural'],
  ]);
  itSkipsOnHealthPages([
    ['Nurses learn EBP so that care follows the best research.', 'ebp-epidural-blood-patch'],
    ['Schools train staff to spot the signs of CSE and report them.', 'cse-combined-spinal-epidural'],
  ]);
});

describe('community health in Ethiopia, Tanzania, Australia and Canada', () => {
  itUnderlines([
    ['HEWs at the health post gave the measles vaccine.', 'hew-health-extension-worker'],
    ['AL is the first-line treatment for malaria in Tanzania.', 'al-artemether-lumefantrine'],
    ['A MUAC of 12 cm puts the child in the moderate group.', 'muac'],
    ['The ACCHO runs a weekly clinic for young mums.', 'accho'],
    ['RHD found on echo; benzathine penicillin every four weeks.', 'rhd-rheumatic-heart-disease'],
    ['Your glasses may be covered under NIHB if you are a First Nations member.', 'nihb'],
    ['Our CHR brings the blister packs on home visits each week.', 'chr-community-health-representative'],
  ]);
  itSkips([
    ['The AL East title came down to the last game of the season.', 'al-artemether-lumefantrine'],
    ['The HEW Secretary spoke to Congress in 1975.', 'hew-health-extension-worker'],
    ['AL, the town mayor, opened the fete on Saturday.', 'al-artemether-lumefantrine'],
  ]);
  itSkipsOnHealthPages([
    ['AL amyloidosis is caused by a faulty protein made in the bone marrow.', 'al-artemether-lumefantrine'],
    ['Fetal RHD genotyping shows whether the baby is Rh positive.', 'rhd-rheumatic-heart-disease'],
  ]);
});

describe('notes and letters', () => {
  itUnderlines([
    ['Known BPD, followed by the CMHT.', 'bpd'],
  ]);
  itSkips([
    ['The CO addressed the troops before they left for the front.', 'co'],
    ['BPD officers closed the road after the crash.', 'bpd'],
  ]);
});

describe('review 25: other senses of the letters', () => {
  itUnderlines([
    ['Fit a new CO alarm near the boiler to warn of the gas.', 'co'],
  ]);
  itSkips([
    ['The switch does L3/L4 load balancing across the servers.', 'l3-4'],
    ['RHD conversion done, new valves and timing belt.', 'rhd-rheumatic-heart-disease'],
    ['Schools in AL must report ACT scores each year.', 'al-artemether-lumefantrine'],
  ]);
  itSkipsOnHealthPages([
    ['Low preoperative PNI predicted worse survival after surgery for gastric adenocarcinoma.', 'pni-perineural-invasion'],
    ['Our EMR keeps your records safe over SSL.', 'ssl-sessile-serrated-lesion'],
    ['In the OLP trial, people knew they were taking a placebo pill, yet their bowel pain eased.', 'olp-oral-lichen-planus'],
    ['DIF analysis showed the depression questionnaire items worked the same in both groups.', 'dif-direct-immunofluorescence'],
    ['MTC was grown from the sputum culture and sent for drug susceptibility testing.', 'mtc-medullary-thyroid'],
    ['Wound infection occurred in 2/52 patients on review of the notes.', 'two-fifty-seconds'],
  ]);
});
