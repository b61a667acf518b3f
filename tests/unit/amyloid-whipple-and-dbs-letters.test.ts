/**
 * Letters from cardiac amyloidosis and sarcoidosis clinics, pancreatic surgery, deep brain
 * stimulation, proctology, brittle bone disease and Australian aged care and NDIS letters (ATTR,
 * LGE, DGE, DPD, ACE, EBUS, BHL, GPi, VIM, IPG, LEDD, MDS-UPDRS, EUA, LIFT, ACAT, SIL, AT), each
 * tried against the other senses the same letters have: an HTML attribute, a parcel courier, a
 * tennis ace, an electric bus, the Vim editor, an advertising group, a gym lift, a safety
 * integrity level, a street address "at", deionised water and a police department.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itListsMeanings,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('cardiac amyloidosis and heart MRI', () => {
  itUnderlines([
    ['The bone scan was strongly positive and the final diagnosis was ATTR amyloidosis.', 'attr-amyloidosis-abbreviation'],
    ['He started tafamidis for wild-type ATTR last spring.', 'attr-amyloidosis-abbreviation'],
    ['Her father had transthyretin amyloidosis of the heart.', 'attr-amyloidosis-abbreviation'],
    ['Bone marrow biopsy confirmed AL amyloidosis with kidney involvement.', 'al-amyloidosis'],
    ['Light chain amyloidosis can affect the heart and the kidneys.', 'al-amyloidosis'],
    ['The heart MRI showed patchy mid-wall LGE in the septum.', 'lge'],
    ['No late gadolinium enhancement was seen on the scan.', 'lge'],
    ['Your CMR will need a contrast injection through a cannula in the arm.', 'cmr'],
  ]);
  itSkips([
    ['Use the attr method of the selector to read the ATTR value.', 'attr-amyloidosis-abbreviation'],
    ['The LGE plant was shut for maintenance all week.', 'lge'],
    ['The AL East title race went down to the final weekend.', 'al-amyloidosis'],
    ['The CMR consignment note must travel with the lorry.', 'cmr'],
  ]);
});

describe('pancreatic surgery and chemotherapy', () => {
  itUnderlines([
    ['After the Whipple he had DGE and needed an NG tube for a week.', 'dge'],
    ['DPD deficiency was ruled out before capecitabine was started.', 'dpd-enzyme'],
    ['A blood test for dihydropyrimidine dehydrogenase is done before fluorouracil.', 'dpd-enzyme'],
  ]);
  itSkips([
    ['DGE guidelines suggest adults eat at least 30 grams of fibre a day.', 'dge'],
    ['Your DPD parcel will arrive between 10 and 11 tomorrow.', 'dpd-enzyme'],
  ]);
  itSkipsOnHealthPages([
    ['The DGE recommends five portions of vegetables and fruit a day.', 'dge'],
    ['A Tc-99m DPD bone scan was arranged for the heart.', 'dpd-enzyme'],
  ]);
});

describe('sarcoidosis', () => {
  itUnderlines([
    ['Her serum ACE was raised, which fits with sarcoidosis.', 'ace-blood-level'],
    ['EBUS samples from the chest glands showed granulomas.', 'ebus'],
    ['She had an endobronchial ultrasound last week.', 'ebus'],
    ['The chest X-ray showed BHL, typical of sarcoidosis.', 'bhl'],
    ['Cardiac FDG-PET was booked to look for heart involvement.', 'pet-scan'],
  ]);
  itSkips([
    ['She served an ACE on match point to win the final.', 'ace-blood-level'],
    ['The ACE hardware store on Main Street opens at eight.', 'ace-blood-level'],
    ['The BHL has scanned thousands of old natural history books.', 'bhl'],
  ]);
  itSkipsOnHealthPages([
    ['An ACE score of four or more is linked to poorer health as an adult.', 'ace-blood-level'],
    ['He scored 82 on the ACE III memory test.', 'ace-blood-level'],
    ['Children with a high ACE count need extra support at school.', 'ace-blood-level'],
  ]);
});

describe('deep brain stimulation', () => {
  itUnderlines([
    ['The surgeon chose GPi over STN because of his dyskinesia.', 'gpi-brain-target'],
    ['Right VIM DBS has settled the tremor in her left hand.', 'vim-thalamus'],
    ['The IPG battery for his DBS is running low.', 'ipg'],
    ['His LEDD fell by half after surgery.', 'ledd'],
    ['The MDS-UPDRS part III score improved with levodopa.', 'mds-updrs'],
    ['UPDRS scores were recorded on and off medicine.', 'mds-updrs'],
  ]);
  itSkips([
    ['Open the file in VIM and save it with colon w.', 'vim-thalamus'],
    ['IPG shares rose after the advertising group beat forecasts.', 'ipg'],
  ]);
  itSkipsOnHealthPages([
    ['VIM staining was positive in the tumour cells.', 'vim-thalamus'],
  ]);
});

describe('proctology and dental letters', () => {
  itUnderlines([
    ['EUA and drainage of a perianal abscess under general anaesthetic.', 'eua'],
    ['A LIFT procedure was offered for the transsphincteric fistula.', 'lift-fistula-operation'],
    ['Metronidazole 400 mg tds for one week.', 'tds'],
    ['DI affects both the baby teeth and the adult teeth.', 'di'],
  ]);
  itChoosesSense([
    ['Op note: EUA, seton placed around the fistula.', 'EUA', 'examination under anaesthetic'],
    ['The FDA gave the vaccine an EUA in December.', 'EUA', 'emergency use authorization (FDA)'],
    ['DI noted in the teeth of a child with OI.', 'DI', 'dentinogenesis imperfecta (teeth)'],
    ['Cranial DI was treated with desmopressin.', 'DI', 'diabetes insipidus (urine and thirst)'],
    ['Genetic testing for FAP: APC gene change found.', 'FAP', 'familial adenomatous polyposis (bowel polyps)'],
    ['FAP caused by a transthyretin gene change damaged the nerves in his feet.', 'FAP', 'familial amyloid polyneuropathy (nerves)'],
  ]);
  itListsMeanings([
    ['Family history of FAP in two cousins.', 'FAP'],
  ]);
  itSkips([
    ['LIFT WITH YOUR LEGS, NOT YOUR BACK.', 'lift-fistula-operation'],
    ['The water TDS reading was 250 mg per litre.', 'tds'],
    ['TDS deducted at source is shown on your salary slip.', 'tds'],
  ]);
  itSkipsOnHealthPages([
    ['Rinse the tubing with DI water before use.', 'di'],
    ['Donor sperm is used in DI when the partner has no sperm.', 'di'],
  ]);
});

describe('Australian aged care and NDIS', () => {
  itUnderlines([
    ['The ACAT visit found her eligible for a home care package.', 'acat'],
    ['He moved into SIL with two other NDIS participants.', 'sil-supported-living'],
    ['The plan funds low-cost AT such as a shower chair.', 'at-assistive-technology'],
  ]);
  itChoosesSense([
    ['HCP Level 3 approved through My Aged Care.', 'HCP', 'home care package (Australian aged care)'],
  ]);
  itSkips([
    ['The pump is rated SIL 2 under the safety standard.', 'sil-supported-living'],
    ['Meet us AT THE STATION AT NOON.', 'at-assistive-technology'],
    ['Call the PD non-emergency number to report a theft.', 'pd'],
  ]);
  itSkipsOnHealthPages([
    ['LSIL on the smear; SIL of low grade was seen.', 'sil-supported-living'],
    ['AT levels were low, so heparin did not work well.', 'at-assistive-technology'],
    ['Call the local PD non-emergency line about the break-in.', 'pd'],
  ]);
  itUnderlinesOnHealthPages([
    ['An ACAT assessment is needed before a place in aged care can be offered.', 'acat'],
  ]);
});

describe('review 29: other senses of the same letters', () => {
  itSkips([
    ['Use a DPD test kit to check the free chlorine in the pool.', 'dpd-enzyme'],
    ['Check your DPD status online to see when the parcel arrives.', 'dpd-enzyme'],
    ['TDS 180 mg/L, hardness 120 mg/L, pH 7.4.', 'tds'],
    ['Bottled water with tds below 50 mg per litre tastes flat.', 'tds'],
    ['IPG said its battery welding orders grew this quarter.', 'ipg'],
    ['ACAT inhibitors lowered cholesterol ester in mice with atherosclerosis.', 'acat'],
    ['Participants with SIL on cervical cytology were referred for colposcopy.', 'sil-supported-living'],
    ['Most children with AT need a wheelchair by their teens.', 'at-assistive-technology'],
    ['FAP expression in cancer-associated fibroblasts was high in colorectal cancer.', 'fap'],
    ['The dental unit waterlines were flushed with DI water.', 'di'],
  ]);
  itSkipsOnHealthPages([
    ['FAP in children is often linked to stress and anxiety.', 'fap'],
    ['NICE IPG 19 covers deep brain stimulation for Parkinson\'s disease.', 'ipg'],
    ['The IPG traces were normal, so a clot was unlikely.', 'ipg'],
  ]);
  itUnderlines([
    ['Metronidazole 400 mg TDS for seven days.', 'tds'],
    ['Recharge the IPG of the spinal cord stimulator weekly.', 'ipg'],
  ]);
  itListsMeanings([
    ['Family history of FAP on her father\'s side; genetics referral requested.', 'FAP'],
  ]);
});
