/**
 * Letters from colposcopy and cervical screening, AAA screening, blood transfusion, sarcoma units,
 * interstitial lung disease clinics, endoscopy reports, voice and swallowing clinics and Philippine
 * health pages (CIN3, TZ, LBC, OSR, G&S, STS, CT CAP, UIP, HRCT, BBPS, LPR, DOH, NS1, DOTS), each
 * tried against what the same letters mean on ordinary pages (a radio station, time zones, Gilbert
 * and Sullivan, AWS, a bill payment system, immigration status, retweets, a gaming rating, stock
 * ratios, an overdraft, a managing director, job adverts).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('cervical screening and colposcopy', () => {
  itUnderlines([
    ['The loop biopsy confirmed CIN3 with clear margins.', 'cin3'],
    ['Histology showed CIN III in two of the four quadrants.', 'cin3'],
    ['At colposcopy the TZ was type 2 and fully seen.', 'tz'],
    ['Type 3 TZ, so a cone biopsy was advised instead of LLETZ.', 'tz'],
    ['Acetowhite change was seen across the transformation zone.', 'tz'],
    ['Her smear showed LSIL and she tested positive for HPV.', 'lsil'],
    ['The report read HSIL, so an urgent referral was made.', 'hsil'],
    ['The LBC sample was tested for high-risk HPV first.', 'lbc'],
    ['Liquid-based cytology has replaced the glass slide smear.', 'lbc'],
    ['Her Pap test was ASC-US and the HPV test came back negative.', 'atypical-squamous-cells'],
    ['An ASCUS result is the most common abnormal Pap finding.', 'atypical-squamous-cells'],
  ]);
  itSkips([
    ['He told LBC that the party would vote against the bill.', 'lbc'],
    ['Listeners phoned in to LBC all morning about the train strikes.', 'lbc'],
    ['Set the TZ environment variable before starting the server.', 'tz'],
    ['The TZ database is updated when a country changes its clocks.', 'tz'],
    ['The digital transformation plan for the council runs to 2030.', 'tz'],
  ]);
  itSkipsOnHealthPages([
    ['The LBC presenter asked the minister about hospital waiting lists.', 'lbc'],
    ['Our servers log times in UTC; set TZ to change the display.', 'tz'],
  ]);
});

describe('aortic aneurysm screening and repair', () => {
  itUnderlines([
    ['The aorta measured 5.6 cm AP diameter on the screening scan.', 'anteroposterior'],
    ['Given his age, OSR was preferred to EVAR for the aneurysm.', 'osr'],
    ['NAAASP invites men for a scan in the year they turn 65.', 'naaasp'],
  ]);
  itSkips([
    ['The OSR published its review of the census figures today.', 'osr'],
    ['Our OSR campaign uses the old rules with a few house tweaks.', 'osr'],
  ]);
});

describe('blood transfusion', () => {
  itUnderlines([
    ['A repeat FBC was taken after the second unit.', 'cbc'],
    ['The error was reported to SHOT as a near miss.', 'serious-hazards-of-transfusion'],
    ['The annual SHOT report lists the most common transfusion errors.', 'serious-hazards-of-transfusion'],
    ['G&S taken on arrival; crossmatch two units if he keeps bleeding.', 'group-and-save'],
    ['A group and save was sent before theatre and his Hb was 92.', 'group-and-save'],
  ]);
  itSkips([
    ['She took a shot at goal from thirty yards out.', 'serious-hazards-of-transfusion'],
    ['Travel as a group and save 15% on all tickets this summer.', 'group-and-save'],
    ['The local G&S society is staging The Mikado in March.', 'group-and-save'],
    ['Book as a group and save on the weekend spa package.', 'group-and-save'],
  ]);
  itSkipsOnHealthPages([
    ['Our choir sings G&S songs at the care home every Friday.', 'group-and-save'],
  ]);
});

describe('sarcoma units', () => {
  itUnderlines([
    ['A high-grade STS of the calf was removed with clear margins.', 'sts'],
    ['Liposarcoma is one of the most common types of STS.', 'sts'],
    ['Staging CT CAP showed no spread to the lungs.', 'cap'],
  ]);
  itSkips([
    ['Call AWS STS to get temporary credentials for the role.', 'sts'],
    ['The STS-135 mission was the last flight of the shuttle.', 'sts'],
    ['The EU CAP pays farmers for keeping hedges and field margins.', 'cap'],
    ['Reform of the CAP was the main topic at the farming summit.', 'cap'],
  ]);
  itSkipsOnHealthPages([
    ['The STS score estimates the risk of heart surgery.', 'sts'],
    ['Farm incomes fell after the CAP subsidy changes.', 'cap'],
  ]);
});

describe('interstitial lung disease clinics', () => {
  itUnderlines([
    ['The scan shows a probable UIP pattern with traction bronchiectasis.', 'uip'],
    ['Usual interstitial pneumonia is the pattern seen in IPF.', 'uip'],
    ['An HRCT was arranged to look for fibrosis.', 'hrct'],
    ['High-resolution CT showed ground-glass change at both bases.', 'hrct'],
    ['The biopsy showed an NSIP pattern linked to her scleroderma.', 'nsip'],
    ['Her CAP was treated with amoxicillin and she went home on day three.', 'cap'],
  ]);
  itSkips([
    ['The UIP covers vaccines for children across every state in India.', 'uip'],
  ]);
});

describe('endoscopy reports', () => {
  itUnderlines([
    ['Continue PPI once daily and review in the clinic.', 'ppi'],
    ['Caecum reached, BBPS 9, two small polyps removed.', 'bbps'],
  ]);
  itSkips([
    ['Pay your electricity bill through BBPS on the app.', 'bbps'],
    ['The BBPS network now links hundreds of banks.', 'bbps'],
  ]);
  itSkipsOnHealthPages([
    ["The phone's PPI is higher than its rival's.", 'ppi'],
    ['This monitor has a 110 PPI display.', 'ppi'],
  ]);
});

describe('voice and swallowing clinics', () => {
  itUnderlines([
    ['Referred to SLT for voice therapy after the vocal cord nodules were seen.', 'slt'],
    ['An EAT-10 of 12 suggests a swallowing problem.', 'eat-10'],
    ['LPR is likely given the globus and constant throat clearing.', 'lpr'],
    ['Laryngopharyngeal reflux can cause a hoarse voice without heartburn.', 'lpr'],
  ]);
  itSkips([
    ['The SLT met to talk about student voice and the new timetable.', 'slt'],
    ['As an LPR you can apply for citizenship after five years.', 'lpr'],
    ['LPR cameras read number plates at the car park gate.', 'lpr'],
  ]);
});

describe('Philippine health pages', () => {
  itUnderlines([
    ['The DOH urged parents to bring children for the measles vaccine.', 'doh'],
    ['A positive NS1 antigen test in the first days of fever points to dengue.', 'ns1'],
    ['She finished six months of DOTS for her TB at the health center.', 'dots'],
  ]);
  itSkips([
    ['Please enter your DOH on the payroll form.', 'doh'],
    ['Point the domain at NS1 and NS2 before the move.', 'ns1'],
    ['CONNECT THE DOTS between the two stories, the host said.', 'dots'],
  ]);
  itSkipsOnHealthPages([
    ['The flu NS1 protein blocks the early immune response.', 'ns1'],
  ]);
});

describe('letters with other senses on ordinary pages', () => {
  itUnderlines([
    ['MDT outcome: repeat scan in three months.', 'mdt'],
    ['Query PE: please assess today.', 'pe'],
  ]);
  itSkipsOnHealthPages([
    ['Pack your kit for PE on Thursday; we will be out on the field.', 'pe'],
    ['We are hiring a PT receptionist for the evening desk.', 'pt'],
    ['The role is advertised as PT, with flexible hours.', 'pt'],
    ['The call begins at 9:00 MDT, which is 11:00 in New York.', 'mdt'],
    ['He switched from RBC to a credit union last year.', 'rbc'],
    ['Please RT so we can find the owner of this lost dog.', 'rt'],
    ['My MMR dropped after three losses in a row.', 'mmr'],
    ['Ranked MMR resets at the start of each season.', 'mmr'],
    ['The shares trade at a PEG ratio of 0.9.', 'peg'],
    ['I am £150 into my OD until the end of the month.', 'od'],
    ['She is the MD of a small design agency in Leeds.', 'md'],
  ]);
  itUnderlinesOnHealthPages([
    ['A PE was found on the CT scan and she started blood thinners.', 'pe'],
    ['Outpatient PT twice a week helped his knee recover.', 'pt'],
    ['The case was discussed at the cancer MDT on Tuesday.', 'mdt'],
    ['His RBC count was low on the blood test.', 'rbc'],
    ['Her MMR jab is due at the next visit.', 'mmr'],
    ['He takes a PPI for reflux every morning.', 'ppi'],
  ]);
});

describe('review 10: other senses of the same letters', () => {
  itSkips([
    ['The influenza NS1 protein blocks interferon, and IgG titres rose in the mice.', 'ns1'],
    ['Season tickets for the G&S weekend are valid for 72 hours after booking.', 'group-and-save'],
    ['Parents were vocal in their criticism of the SLT at the school.', 'slt'],
    ['Use SNMP to query HP servers for fan alerts.', 'hp'],
    ['Pay your electricity bill via BBPS with no extra charge.', 'bbps'],
  ]);
  itSkipsOnHealthPages([
    ['Pathologists follow the CAP cancer protocol when reporting lymph node metastases.', 'cap'],
    ['LPR holders can get Medicaid after five years; the hepatitis B vaccine is also required.', 'lpr'],
    ['The OSR reviewed the hospital statistics on hip replacement and sepsis.', 'osr'],
  ]);
  itUnderlinesOnHealthPages([
    ['The case was discussed at the 09:00 MDT, and surgery was agreed.', 'mdt'],
    ['Children get the MMR booster before they start school.', 'mmr'],
    ['Our outpatient clinic has PT jobs for physical therapists.', 'pt'],
    ['The nurse called RT to help with suctioning overnight.', 'rt'],
  ]);
});
