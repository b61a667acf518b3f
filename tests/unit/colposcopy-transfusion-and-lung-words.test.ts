/**
 * Everyday words in their medical sense as screening letters, transfusion notes, endoscopy and
 * swallow reports write them ("discharged from the clinic", "referred to fetal medicine", "unit
 * tolerated well", "high grade tumour", "HPV cleared", "voice rest"), each tried against the other
 * senses the same words have in news, sport, law, software and travel writing.
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('screening, clinic letters and results', () => {
  itUnderlines([
    ['The colposcopy looked unremarkable and no biopsy was needed.', 'unremarkable'],
    ['Anatomy scan unremarkable, with normal growth for dates.', 'unremarkable'],
    ['He has now been discharged from the fracture clinic after his last check.', 'discharge'],
    ['She was discharged from the CMHT after a year of support.', 'discharge'],
    ['Your scan was normal, so you have been discharged from the screening programme.', 'discharge'],
    ['Aneurysm sac stable at 5.1 cm after EVAR.', 'stable'],
    ['Small renal mass stable on surveillance imaging over two years.', 'stable'],
    ['Second unit of red cells tolerated well with no transfusion reaction.', 'tolerating'],
    ['Third BCG instillation tolerated with only mild burning.', 'tolerating'],
    ['We have referred you to the breast clinic for a scan.', 'referral'],
    ['She was referred to fetal medicine for a closer look at the heart.', 'referral'],
    ['A single episode of post-coital bleeding was reported.', 'illness-episode'],
    ['This was his first episode of decompression illness after a deep dive.', 'illness-episode'],
    ['The scope was passed down into the duodenum without trouble.', 'scope'],
    ['A flexible scope was passed through the urethra into the bladder.', 'scope'],
    ['The ENT doctor used a small scope to look at her voice box.', 'scope'],
    ['Clear fluids such as water or black tea are fine until two hours before.', 'clear-fluids'],
    ['He arrived in haemorrhagic shock after the crash.', 'shock'],
    ['You can take an HPV swab yourself at home.', 'swab'],
    ['Donor felt faint at the end of the session and lay down for a while.', 'donor'],
    ['Each unit is checked against your wristband before it is given.', 'blood-unit'],
    ['All the infection tests on your donation were negative.', 'negative-result'],
    ['Any exposure to mould or feather duvets may matter for your lungs.', 'exposure'],
    ['Black donors are more likely to be a close match for people with sickle cell.', 'donor-match'],
  ]);
  itSkips([
    ['It was an unremarkable little village with a church and a shop.', 'unremarkable'],
    ['The room was clean but unremarkable, with a view of the car park.', 'unremarkable'],
    ['He was discharged from the army after ten years of service.', 'discharge'],
    ['The ruling was referred to the Court of Appeal last week.', 'referral'],
    ['The new clinic, often referred to as the hub, opened in May.', 'referral'],
    ['The case was referred to the police by the hospital trust.', 'referral'],
    ['In her speech the doctor said she referred to the hospital figures only in passing.', 'referral'],
    ['The surgeon referred to this as the hardest year of his career.', 'referral'],
    ['Photographing pigeons in flight needs a short exposure and a fast lens.', 'exposure'],
    ['The scope of the review was set by the hospital board.', 'scope'],
    ['The team agreed the project scope before the ENT ward was rebuilt.', 'scope'],
    ['Racing stables were stable through the winter season.', 'stable'],
    ['The news came as a shock to the whole town.', 'shock'],
    ['Each unit in the block has its own bedside unit and wardrobe.', 'blood-unit'],
    ['A party donor gave the largest donation of the year.', 'donor'],
    ['The football match was called off because of the weather.', 'donor-match'],
    ['Damp and mould in rented homes is a growing housing issue, and media exposure has grown.', 'exposure'],
  ]);
  itSkipsOnHealthPages([
    ['Thin bathroom walls and mould were listed as problems in the survey of homes.', 'exposure'],
    ['The hospital car park was referred to in the planning report.', 'referral'],
  ]);
});

describe('grade, cleared and new phrases', () => {
  itUnderlines([
    ['The tumour was high grade, so the cells look very different from normal.', 'disease-grade'],
    ['It is a low-grade cancer that tends to grow slowly.', 'disease-grade'],
    ['Most HPV infections are cleared by the immune system within two years.', 'cleared-medical'],
    ['He was cleared to return to diving after a normal review.', 'cleared-medical'],
    ['FEES showed silent aspiration of thin liquids.', 'silent-aspiration'],
    ['Strict voice rest for a week after the operation.', 'voice-rest'],
    ['A Schatzki ring was stretched during the endoscopy.', 'schatzki-ring'],
    ['The swallow study showed an oesophageal web high in the gullet.', 'esophageal-web'],
    ['There was no active bleeding from the ulcer.', 'active-bleeding'],
    ['The blood bank sent up two units for theatre.', 'blood-bank'],
  ]);
  itSkips([
    ['She got a high grade in her biology exam.', 'disease-grade'],
    ['The mine produces high-grade ore for steel makers.', 'disease-grade'],
    ['He was cleared of all charges by the jury.', 'cleared-medical'],
    ['The plane was cleared to land after a short wait.', 'cleared-medical'],
    ['The defender cleared the ball off the line in the last minute.', 'cleared-medical'],
    ['The FDA cleared the new HPV self-test for use at home.', 'cleared-medical'],
    ['An FDA-cleared device can now detect HPV infection from a home sample.', 'cleared-medical'],
    ['Snow was cleared from the roads before the diving competition.', 'cleared-medical'],
    ['The dark web is where stolen data is sold.', 'esophageal-web'],
    ['She wore a gold ring on her left hand.', 'schatzki-ring'],
    ['The band played a silent tribute before the match.', 'silent-aspiration'],
  ]);
  itUnderlinesOnHealthPages([
    ['Low-grade cancers often grow slowly and may only need watching.', 'disease-grade'],
  ]);
  itSkipsOnHealthPages([
    ['A low-grade fever is common after vaccines and most cancer treatments.', 'disease-grade'],
    ['Low-grade inflammation is linked to heart disease and some cancers.', 'disease-grade'],
  ]);
});
