/**
 * The words packs 2.31 and 2.33 added for pages MedQuAD has few of: herbs and supplements (NCCIH,
 * NIH Office of Dietary Supplements), environmental and workplace health (NIEHS, EPA, ATSDR),
 * aging, caregiving and end of life (NIA, Medicare), sexual health, injuries, bites and travel
 * (CDC), and skin care and research words. Each in a sentence such a page would hold, and the
 * words with another sense in sentences from elsewhere, where nothing may be underlined.
 */
import { describe, expect, it } from 'vitest';
import { underlinedIds as ids } from './helpers/bundled-underline';

describe('supplement, environment, care and travel words on the pages that use them', { timeout: 30_000 }, () => {
  it.each([
    ["St. John's wort can make birth control pills and other medicines work less well.", 'st-johns-wort'],
    ['Kava supplements have been linked to severe liver injury.', 'kava'],
    ['Echinacea is sold as capsules and teas for colds.', 'echinacea'],
    ['Ashwagandha is an herb used in Ayurveda.', 'ashwagandha'],
    ['People with PFAS in their blood may have higher cholesterol.', 'pfas'],
    ['Breathing asbestos fibers can cause mesothelioma decades later.', 'asbestos'],
    ['The Air Quality Index was in the red range because of wildfire smoke.', 'air-quality-index'],
    ['Polypharmacy raises the risk of falls in older adults.', 'polypharmacy'],
    ['Sundowning is late-day confusion in people with dementia.', 'sundowning'],
    ['DEET and picaridin are repellents that keep ticks and mosquitoes away.', 'picaridin'],
    ["Traveler's diarrhea is the most common illness in travelers.", 'travelers-diarrhea'],
    ['Treating a sprained ankle often starts with RICE to limit swelling.', 'rice'],
    ['An IUD or a contraceptive implant lasts for years.', 'contraceptive-implant'],
    ['Doxy-PEP is a dose of doxycycline taken after sex.', 'doxy-pep'],
    ['A boil water advisory was issued after the main broke.', 'boil-water-advisory'],
    ['Minamata disease was caused by methylmercury in fish.', 'minamata-disease'],
    ['Microneedling and a chemical peel can treat acne scars.', 'chemical-peel'],
    ['Use a broad-spectrum sunscreen with SPF 30.', 'broad-spectrum-sunscreen'],
    ['Under Original Medicare, IRMAA raises the Part B premium for higher incomes.', 'irmaa'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the same words in another sense stay plain', { timeout: 30_000 }, () => {
  it.each([
    'Office rents in the Sydney CBD rose again.',
    'We saw Arsenic and Old Lace at the community theater.',
    'The mercury climbed above 95 degrees on Tuesday.',
    'Mercury is the smallest planet.',
    'Fried rice with egg; RICE UNIVERSITY beat Houston.',
    'KEEP UP THE PACE in the final mile.',
    'My mind kept wandering during the lecture.',
    'The PCB layout has four layers and a solder mask.',
    'The heavy metal band toured Europe.',
    'He wore a sling bag and a black widow costume.',
    "The company's recovery position improved after the merger.",
    'The Same Old Story is a classic song.',
    'Texas Historical Commission (THC) markers dot the highway.',
    'Break the mold with a bold new design.',
    'We use OLE automation in the .NET app.',
    'Click Open Label to print the file.',
    'The wastewater treatment plant uses shared decision-making.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
