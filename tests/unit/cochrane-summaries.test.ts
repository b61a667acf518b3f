/**
 * Pack 2.35 took the words of Cochrane plain-language summaries (lay summaries of systematic
 * reviews, in British spelling) that the pack did not explain: how a review rates its evidence and
 * how trials are run, and the clinical words of its summaries (anaesthesia, breathing treatments,
 * dental care, labour, malaria and HIV care). Each in a sentence such a summary would hold, and the
 * words with another sense (a war of attrition, an API endpoint, credit counselling, the Fed's
 * tapering, a concert hall technique, wood varnish) in sentences from elsewhere, where nothing may be
 * underlined.
 */
import { describe, expect, it } from 'vitest';
import { underlinedIds as ids } from './helpers/bundled-underline';

describe('words of Cochrane plain-language summaries', { timeout: 30_000 }, () => {
  it.each([
    // Spellings and names the pack had in another form
    ['Insulin glargine was compared with insulin detemir for treating type 2 diabetes mellitus.', 'type-2-diabetes'],
    ['Women with gestational diabetes mellitus were given dietary advice.', 'gestational-diabetes'],
    ['Aspirin lowered the risk of pre-eclampsia in women at high risk.', 'preeclampsia'],
    ['Paediatric patients were given the drug under general anaesthesia.', 'pediatrician'],
    ['The anaesthetic was given before the operation.', 'anesthesia'],
    ['Children were given nebulised salbutamol in the emergency department.', 'nebulizer'],
    ['The trial took place in an obstetric unit in Nigeria.', 'obstetrician'],
    ['People with haemorrhagic stroke were left out of the trials.', 'hemorrhagic-stroke'],
    ['Dexamphetamine improved attention in children with ADHD.', 'dextroamphetamine'],
    ['Gingko biloba had a small effect compared with placebo.', 'ginkgo'],
    ['Screening probably reduces severe hypersensitivity reactions to abacavir.', 'hypersensitivity'],
    ['Fissure sealants on permanent molars prevented caries in children.', 'dental-sealant'],
    ['Fewer children had caries after two years.', 'tooth-decay'],
    // Reading a review
    ['The certainty of the evidence was low because the trials were small.', 'certainty-of-the-evidence'],
    ['We are uncertain because of very low-certainty evidence from two small trials.', 'very-low-certainty-evidence'],
    ['Moderate-certainty evidence from 12 randomised trials showed fewer infections.', 'moderate-certainty-evidence'],
    ['Most trials were at high risk of bias because participants knew which treatment they had.', 'risk-of-bias'],
    ['We downgraded the evidence for imprecision because the trials were small.', 'imprecision'],
    ['We found no sign of publication bias.', 'publication-bias'],
    ['In this crossover trial, each participant took both treatments in turn.', 'crossover-trial'],
    ['We included one cluster-randomised trial of 40 schools.', 'cluster-randomized-trial'],
    ['The analysis kept every participant in the group they were randomised to: an intention-to-treat analysis.', 'intention-to-treat-analysis'],
    ['Allocation concealment was unclear in most trials.', 'allocation-concealment'],
    ['Loss to follow-up was high in two trials.', 'loss-to-follow-up'],
    ['The primary outcome was death within 30 days of surgery.', 'primary-outcome'],
    ['Blood pressure is a surrogate endpoint for heart attack and stroke.', 'surrogate-endpoint'],
    ['A subgroup analysis looked at children and adults separately.', 'subgroup-analysis'],
    ['This Cochrane review is an update of one first published in 2010.', 'cochrane-review'],
    ['Participants in the wait-list control group got the programme after the trial ended.', 'wait-list-control'],
    ['Adverse effects were more common with the drug than with placebo.', 'adverse-effect'],
    ['She had an adverse reaction to the vaccine.', 'adverse-effect'],
    ['Adverse events were reported in both groups.', 'adverse-event'],
    ['In six trials, participants were randomised to surgery or physiotherapy.', 'randomization'],
    ['Randomisation was done by computer in all trials.', 'randomization'],
    // Clinical words
    ['Heliox did not shorten the stay in intensive care.', 'heliox'],
    ['Inspiratory muscle training improved breathlessness in people with COPD.', 'inspiratory-muscle-training'],
    ['Fluoride varnish applied twice a year reduced tooth decay in children.', 'fluoride-varnish'],
    ['The Hall technique places a preformed crown over a decayed baby tooth without drilling.', 'hall-technique'],
    ['Drugs for cervical ripening were compared with a balloon catheter.', 'cervical-ripening'],
    ['Tocolytic drugs may delay birth by a few days.', 'tocolysis'],
    ['A membrane sweep at term reduced the need for induction of labour.', 'membrane-sweep'],
    ['In-stent restenosis was less common with drug-eluting stents.', 'in-stent-restenosis'],
    ['Micronutrient powders added to food reduced anaemia in young children.', 'micronutrient-powder'],
    ['A seroma formed under the wound after breast surgery.', 'seroma'],
    ['Akathisia was more common with the older antipsychotic.', 'akathisia'],
    ['Psychoeducation for families reduced relapse in schizophrenia.', 'psychoeducation'],
    ['Monotherapy with one antiepileptic drug was compared with two drugs.', 'monotherapy'],
    ['Sevoflurane was compared with propofol for keeping people asleep during surgery.', 'sevoflurane'],
    ['Dexmedetomidine reduced delirium after heart surgery.', 'dexmedetomidine'],
    ['Artemisinin-based combination therapy cured most children with uncomplicated malaria.', 'artemisinin-based-combination-therapy'],
    ['Plasmodium falciparum causes most malaria deaths.', 'plasmodium-falciparum'],
    ['Virological failure was less common with the new regimen.', 'virological-failure'],
    ['Carbapenems are kept for infections other antibiotics cannot treat.', 'carbapenem'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the same words elsewhere stay plain', { timeout: 30_000 }, () => {
  it.each([
    'The war of attrition in the trenches lasted four years.',
    'The Fed began tapering its bond purchases in November.',
    'Our credit counseling service helps you pay down debt.',
    'The concert hall technique for damping echoes uses heavy curtains.',
    'Apply two coats of varnish to the oak table and let it dry.',
    'Seal the driveway with a resin-based sealant every few years.',
    'Systemic racism and systemic risk in the banking system were debated.',
    'The baseline of the tennis court was freshly painted.',
    'Selenium WebDriver tests run in a real browser.',
    'Cheese ripening takes several months in a cool cellar.',
    'The castle fortification was rebuilt in the 14th century.',
    'The eradication of extreme poverty is the bank\'s first goal.',
    'Media bias shaped the election coverage.',
    'The API endpoint returns JSON.',
    'Moody\'s downgraded the bonds to junk.',
    'The storm was downgraded to a tropical depression.',
    'They held a sham election last spring.',
    'The new crossover SUV seats seven.',
    'Staff attrition rose to 15 percent at the call centre.',
    'The statistical power of the team\'s offence impressed the coach.',
    'The inconsistency in the referee\'s decisions angered the fans.',
    'RCT council approved the new school budget for Rhondda Cynon Taf.',
    'Nitrous oxide from farming adds to global warming.',
    'Detox juice cleanses are popular in January.',
    'The chimney sweep came on Tuesday.',
    'She filed the lawsuit again, and it was refiled in May.',
    'The tax filing deadline is in April.',
    'The new tariffs will have an adverse effect on jobs in the region.',
    'The merger agreement lets the buyer walk away after a material adverse effect.',
    'The adverse reaction from investors sank the shares.',
    'The randomized algorithm picks a pivot.',
    'Address space layout randomization makes heap allocations harder to guess.',
    'We randomized the order of the questions in the survey.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
