/**
 * Pack 2.34 took the names of MedlinePlus drug pages that had no entry (cancer, transplant, HIV and
 * supportive-care medicines still met on pages) and the words of MedlinePlus encyclopedia titles
 * (aftercare, intoxication, lab tests written "quantitative" or "qualitative", aerobic and anaerobic
 * in both their senses, poisons). Each in a sentence of a drug label, a patient page or a note, and
 * the words with an ordinary sense in sentences from elsewhere, where nothing may be underlined.
 */
import { describe, expect, it } from 'vitest';
import { underlinedIds as ids } from './helpers/bundled-underline';

describe('medicine names of drug pages', { timeout: 30_000 }, () => {
  it.each([
    ['Dactinomycin (actinomycin D) is given with vincristine for Wilms tumor.', 'dactinomycin'],
    ['BCNU was part of the BEAM conditioning regimen before his stem cell transplant.', 'carmustine'],
    ['The PCV regimen includes procarbazine, lomustine and vincristine.', 'procarbazine'],
    ['Mitotane (Lysodren) was started after resection of the adrenocortical carcinoma.', 'mitotane'],
    ['Vorinostat (Zolinza) capsules are taken with food.', 'vorinostat'],
    ['Temsirolimus is given as a weekly infusion for advanced renal cell carcinoma.', 'temsirolimus'],
    ['Cobimetinib is given with vemurafenib for BRAF V600 mutant melanoma.', 'cobimetinib'],
    ['Streptozotocin was used to induce diabetes in the rats.', 'streptozocin'],
    ['Pentostatin and cladribine are the standard first treatments for hairy cell leukemia.', 'pentostatin'],
    ['Valrubicin is instilled into the bladder through a catheter.', 'valrubicin'],
    ['Pegaspargase is a key part of ALL therapy in children.', 'pegaspargase'],
    ['The histrelin implant (Supprelin LA) was placed in her upper arm.', 'histrelin'],
    ['Levoleucovorin rescue was started 24 hours after high-dose methotrexate.', 'levoleucovorin'],
    ['Glucarpidase was given for delayed methotrexate clearance.', 'glucarpidase'],
    ['Basiliximab induction was given on the day of the kidney transplant.', 'basiliximab'],
    ['She was switched from tacrolimus to belatacept after her kidney transplant.', 'belatacept'],
    ['The isolate was resistant to carbapenems and susceptible only to colistin.', 'colistin'],
    ['Nebulized colistimethate sodium twice daily for Pseudomonas.', 'colistimethate'],
    ['Enfuvirtide (Fuzeon) is injected under the skin twice a day.', 'enfuvirtide'],
    ['She was treated with peginterferon alfa-2a for chronic hepatitis B.', 'peginterferon-alfa'],
    ['Trimix contains papaverine, phentolamine and alprostadil.', 'papaverine'],
    ['Secobarbital is one of the drugs used in medical aid in dying.', 'secobarbital'],
    ['Alcaftadine eye drops (Lastacaft) relieve itchy eyes from allergies.', 'alcaftadine'],
    ['Indacaterol is a once-daily LABA for COPD.', 'indacaterol'],
    ['Phenoxybenzamine was started two weeks before adrenalectomy for pheochromocytoma.', 'phenoxybenzamine'],
    ['Becaplermin gel (Regranex) was applied to the diabetic foot ulcer.', 'becaplermin'],
    ['Demeclocycline was started for SIADH.', 'demeclocycline'],
    ['Photodynamic therapy with verteporfin (Visudyne) was performed.', 'verteporfin'],
    ['Methylene blue was given for methemoglobinemia.', 'methylene-blue'],
    ['Methylthioninium chloride was given for methaemoglobinaemia.', 'methemoglobinemia'],
    ['Hyponatremia due to SIADH was treated with fluid restriction.', 'siadh'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('words of encyclopedia titles on health pages', { timeout: 30_000 }, () => {
  it.each([
    ['Ankle fracture - aftercare: keep your splint dry and raise your leg on crutches.', 'aftercare'],
    ['After 30 days in rehab, he joined an aftercare program to help prevent relapse.', 'aftercare'],
    ['Signs of alcohol or drug intoxication include slurred speech and poor balance.', 'intoxication'],
    ['Adults need 150 minutes of moderate aerobic activity a week, such as brisk walking.', 'aerobic'],
    ['Wound culture: aerobic and anaerobic cultures were sent.', 'anaerobic'],
    ['Blood culture grew anaerobes.', 'anaerobic-bacteria'],
    ['Chest CT showed diffuse alveolar damage in both lungs.', 'alveolar'],
    ['She has an indwelling Foley catheter that is changed every month.', 'indwelling'],
    ['Hydrocarbon poisoning happens when a child swallows gasoline or kerosene.', 'hydrocarbon'],
    ['Lye poisoning can burn the esophagus.', 'lye'],
    ['Patients after a stem cell transplant receive irradiated blood products.', 'irradiated-blood-product'],
    ['Drinking methanol can cause blindness.', 'methanol'],
    ['Ethylene glycol in antifreeze tastes sweet.', 'ethylene-glycol'],
    ['Paraquat is a weed killer that is highly toxic to people.', 'paraquat'],
    ['A retroverted uterus tilts back toward the spine.', 'retroverted-uterus'],
    ['Von Gierke disease causes low blood sugar and a large liver.', 'von-gierke-disease'],
    ['High Lp(a) raises the risk of heart attack.', 'lipoprotein-a'],
    ['Sputum stain showed Pneumocystis jirovecii.', 'pneumocystis-jirovecii'],
    ['Phencyclidine, or angel dust, can cause violent behavior.', 'phencyclidine'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the same words elsewhere stay plain', { timeout: 30_000 }, () => {
  it.each([
    'Our aftercare program runs until 6 pm for students in kindergarten through grade 5.',
    'Follow these tattoo aftercare tips for the first two weeks.',
    'He spoke of the intoxication of power after winning the election.',
    'The intoxicating scent of jasmine filled the garden.',
    'Apply an anaerobic adhesive to the bolt threads.',
    'English has an alveolar stop and an alveolar fricative.',
    'The indwelling Spirit guides believers every day.',
    'The company plans to expand hydrocarbon exploration in the North Sea.',
    'The irradiated fuel rods are cooled in a pool.',
    'Quantitative results of the trial showed a benefit.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
