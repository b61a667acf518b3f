/**
 * Words of pathology reports, cardiac surgery wards, weight-loss and sweating clinics, labour wards
 * and outbreak reporting ("focal regression", "deeper sections", "a tissue valve", "going on bypass",
 * "dose escalated", "weight has plateaued", "a reassuring trace", "suspected cholera cases"), each
 * tried against the other senses their words have (regression analysis, a dull flight, the town
 * bypass, a suspected thief, a tennis stroke, a comforting smile).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('pathology reports', () => {
  itUnderlines([
    ['The melanoma shows partial regression with melanophages in the dermis.', 'tumor-regression'],
    ['Extensive regression makes the Breslow thickness hard to measure in this lesion.', 'tumor-regression'],
    ['Tumor regression was seen after six cycles.', 'tumor-regression'],
    ['Further deeper sections show no dysplasia in the biopsy.', 'tissue-section'],
    ['Serial sections of the excision specimen were examined.', 'tissue-section'],
    ['The FFPE block was sent away for gene testing.', 'tissue-block'],
    ['The lab keeps the tissue block for ten years.', 'tissue-block'],
    ['A PAS stain shows no fungal organisms.', 'stain'],
    ['An incidental carcinoid was found in the appendix.', 'incidental-finding'],
    ['The dermatologist removed the mole on her cheek last week.', 'mole'],
    ['The mole on his forearm has grown.', 'mole'],
    ['A white plaque on the tongue was biopsied to rule out leukoplakia.', 'plaque'],
  ]);
  itSkips([
    ['We fitted a logistic regression to the survey data.', 'tumor-regression'],
    ['Regression testing caught the bug before the release.', 'tumor-regression'],
    ['A linear regression of lesion volume against age was run.', 'tumor-regression'],
    ['The deeper section of the pool is roped off for swimmers.', 'tissue-section'],
    ['The tissue section of the supermarket is next to the soap.', 'tissue-section'],
    ['The paraffin block was melted down to make candles.', 'tissue-block'],
    ['Coffee will stain the carpet if you leave it.', 'stain'],
    ['The mole in the cabinet leaked the papers to the press.', 'mole'],
    ['A blue plaque on the house marks where the poet lived.', 'plaque'],
    ['Liver fibrosis regression was seen after the virus was cleared.', 'tumor-regression'],
    ['The deeper section of the pool is next to the water slide.', 'tissue-section'],
    ['Incidental costs are listed in the appendix to the contract.', 'incidental-finding'],
  ]);
  itSkipsOnHealthPages([
    ['Cox regression showed age was linked to survival.', 'tumor-regression'],
    ['The clinic has a past life regression therapy leaflet in reception.', 'tumor-regression'],
  ]);
});

describe('cardiac surgery ward', () => {
  itUnderlines([
    ['A bioprosthetic valve may need replacing after 15 years.', 'tissue-valve'],
    ['She chose a tissue valve so she would not need warfarin.', 'tissue-valve'],
    ['The epicardial pacing wires were removed on day 5.', 'pacing-wire'],
    ['Bruising after the saphenous vein harvest is common.', 'vein-harvest'],
    ['The patient came off bypass without problems.', 'heart-lung-machine'],
    ['The surgeon cut the sympathetic chain to stop the sweating.', 'sympathetic-nervous-system'],
  ]);
  itSkips([
    ['The town bypass opened to traffic last year.', 'heart-lung-machine'],
    ['The lorry went on the bypass to avoid the centre.', 'heart-lung-machine'],
    ['The engineer fitted a new valve to the boiler.', 'tissue-valve'],
    ['Fans were very sympathetic after the loss.', 'sympathetic-nervous-system'],
    ['Farmers bring in the harvest in September.', 'vein-harvest'],
    ['If the mains power fails, the UPS will go on bypass mode.', 'heart-lung-machine'],
  ]);
});

describe('weight-loss and sweating clinics', () => {
  itUnderlines([
    ['The dose was escalated to 5 mg after four weeks.', 'dose-escalation'],
    ['Dose escalation is slow to keep nausea down.', 'dose-escalation'],
    ['My weight loss has plateaued since March.', 'weight-plateau'],
    ['A weight-loss plateau is common after six months.', 'weight-plateau'],
    ['Most people reach the maintenance dose of semaglutide after 16 weeks.', 'maintenance-dose'],
    ['Sweating has been well controlled since the Botox for hyperhidrosis.', 'well-controlled'],
  ]);
  itSkips([
    ['The row escalated into a fight outside the pub.', 'dose-escalation'],
    ['Prices escalated after the storm.', 'dose-escalation'],
    ['My squat weight has plateaued for months.', 'weight-plateau'],
    ['The traffic was well controlled by the police.', 'well-controlled'],
  ]);
});

describe('mouth, labour ward and outbreaks', () => {
  itUnderlines([
    ['Oral lichen planus can flare when you are run down.', 'flare'],
    ['The CTG was reassuring, so she went home.', 'reassuring-ctg'],
    ['A reassuring fetal heart rate was heard.', 'reassuring-ctg'],
    ['Suspected measles must be reported to the health officer.', 'suspected-case'],
    ['Each suspected case of cholera is logged.', 'suspected-case'],
    ['The surgery went well and her recovery was uneventful.', 'uneventful'],
    ['An uneventful postoperative course followed.', 'uneventful'],
    ['Escalated to the on-call consultant because her blood pressure fell.', 'escalation-of-care'],
    ['A lacunar stroke was seen on MRI.', 'stroke'],
  ]);
  itSkips([
    ['A solar flare lit up the sky.', 'flare'],
    ['Her smile was reassuring.', 'reassuring-ctg'],
    ['Police arrested a suspected thief near the station.', 'suspected-case'],
    ['He is suspected of fraud.', 'suspected-case'],
    ['Officials suspected the town well as the source of the cholera outbreak.', 'suspected-case'],
    ['The suspected drug dealer had been under police surveillance for months.', 'suspected-case'],
    ['The situation escalated and the rapid response team was sent in.', 'escalation-of-care'],
    ['The bank said the baseline rate forecast was reassuring.', 'reassuring-ctg'],
    ['It was an uneventful flight to Lisbon.', 'uneventful'],
    ['The match was largely uneventful until the last minute.', 'uneventful'],
  ]);
  itSkipsOnHealthPages([
    ['Her backhand stroke won her the set.', 'stroke'],
    ['His favourite stroke is breaststroke.', 'stroke'],
    ['It is reassuring to know the clinic is open late.', 'reassuring-ctg'],
    ['The election was uneventful.', 'uneventful'],
  ]);
  itUnderlinesOnHealthPages([
    ['The midwife said the baby\'s heartbeat was reassuring.', 'reassuring-ctg'],
  ]);
});
