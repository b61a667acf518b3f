/**
 * Pack 2.34 took the words of UK (NHS) health pages that British spellings alone did not reach:
 * the services, people, paperwork and law of the NHS, UK screening and vaccine names, and
 * medicines sold under UK names. Each in a sentence such a page would hold, and the words with
 * another sense (Formula 1's "Bahrain GP", a business consultant, a university registrar, piles of
 * paperwork, a salon booking) in sentences from elsewhere, where nothing may be underlined.
 */
import { describe, expect, it } from 'vitest';
import { underlinedIds as ids } from './helpers/bundled-underline';

describe('words of UK health pages', { timeout: 30_000 }, () => {
  it.each([
    ['The NHS was founded in 1948 and treats millions of patients every year.', 'nhs'],
    ['Waiting times in A&E have risen, with patients waiting over 12 hours.', 'a-and-e'],
    ['GPs can prescribe antibiotics if needed.', 'gp'],
    ['NICE recommends the drug for people with moderate to severe psoriasis.', 'nice'],
    ['Report side effects to the MHRA through the Yellow Card scheme.', 'mhra'],
    ['She was referred to CAMHS for anxiety.', 'camhs'],
    ['The CQC rated the care home as inadequate.', 'cqc'],
    ['If you need help now, use NHS 111 online or call 111.', 'nhs-111'],
    ['The minor injuries unit is open from 8am to 8pm.', 'minor-injuries-unit'],
    ['Contact your GP surgery to book a blood test.', 'gp-surgery'],
    ['The consultant surgeon will see you in the outpatient clinic.', 'consultant'],
    ['Your health visitor will check your baby\'s weight.', 'health-visitor'],
    ['The district nurse visits every day to change the dressing.', 'district-nurse'],
    ['She was detained under the Mental Health Act.', 'mental-health-act'],
    ['He was sectioned under the Mental Health Act after a psychotic episode.', 'sectioned'],
    ['She set up a lasting power of attorney for health and welfare.', 'lasting-power-of-attorney'],
    ['Order your repeat prescription through the NHS App.', 'repeat-prescription'],
    ['Reablement services help people regain independence after a hospital stay.', 'reablement'],
    ['Your booking appointment with the midwife should happen by 10 weeks of pregnancy.', 'booking-appointment'],
    ['NHS antenatal classes are free and start around 30 weeks.', 'antenatal-class'],
    ['Cervical screening saves lives.', 'cervical-screening'],
    ['The practice nurse will do your smear test.', 'smear-test'],
    ['The NHS bowel cancer screening programme sends a home test kit every 2 years.', 'bowel-cancer-screening'],
    ['Men are invited for AAA screening in the year they turn 65.', 'aaa-screening'],
    ['You may see bright red blood on the toilet paper if you have piles.', 'piles'],
    ['Trapped wind can cause sharp pains in your tummy and bloating.', 'trapped-wind'],
    ['Threadworms are common in children and cause an itchy bottom at night.', 'threadworm'],
    ['Your baby will have the 6-in-1 vaccine at 8, 12 and 16 weeks.', 'six-in-one-vaccine'],
    ['He was prescribed co-codamol 30/500 for back pain.', 'co-codamol'],
    ['Buscopan can help with stomach cramps.', 'hyoscine-butylbromide'],
    ['Mebeverine is used to relieve IBS symptoms.', 'mebeverine'],
    ['Flucloxacillin is the usual antibiotic for cellulitis.', 'flucloxacillin'],
    ['Cyclizine was given for post-operative nausea.', 'cyclizine'],
    ['Macrogol is a laxative used to treat constipation.', 'polyethylene-glycol-3350'],
    ['A tummy bug usually clears up in a few days.', 'gastroenteritis'],
    ['Junior doctors in England went on strike over pay.', 'resident-physician'],
    ['A DNACPR decision was discussed with her and her family.', 'do-not-resuscitate-order'],
    ['Ispaghula husk is a bulk-forming laxative.', 'psyllium'],
    ['Use your GTN spray under the tongue when you get chest pain.', 'nitroglycerin'],
    ['Methaemoglobinaemia and ferrous sulphate are British spellings.', 'ferrous-sulfate'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the same words elsewhere stay plain', { timeout: 30_000 }, () => {
  it.each([
    'Members of the NHS, our National Honor Society chapter, volunteered at the food bank.',
    'Watch the new season of Live PD on A&E this Friday.',
    'Verstappen won the Bahrain GP after a strong start.',
    'The GP committed 2% of the fund, and the LPs approved the appointment of a new manager.',
    'NICE! That was a great goal.',
    'The 2024 GMC Sierra comes with a new towing package.',
    'The management consultant advised the board to cut costs.',
    'Contact the university registrar to request a transcript.',
    'Choose a domain registrar to buy your website name.',
    'Arrange the sectioned oranges on the plate and drizzle with syrup.',
    'The lecture hall was sectioned off for the exam.',
    'Our locksmiths offer an out-of-hours service.',
    'There were piles of paperwork on his desk.',
    'Engineers drove steel piles into the river bed.',
    'Booking appointment: call the salon to choose a time.',
    'Our dating scan found three fake profiles.',
    'The paint passed the smear test after drying for 24 hours.',
    'Choose a pre-school booster seat with a high back.',
    'Mix alginate powder with water to take a dental impression.',
    'The tablet coating contains macrogol 400.',
    'The toy junior doctor kit comes in a plastic case.',
    'Enter the GTN number printed on the shipping label.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
