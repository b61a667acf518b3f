/**
 * Letters of hair and scalp clinics, renal genetics, early pregnancy units, cardiac device clinics,
 * discharge to assess, southern African public health pages and US pharmacy benefit messages
 * (AGA, FPHL, SALT score, FFA, LPP, PRP, TE, CCCA, ADPKD, ARPKD, htTKV, IUP, PUL, MSD, RPOC, ATP,
 * ERI, D2A, ZF, OCV, IRS, VHW, LMN, PDL, QL, TS), and cue words or fences added to BP, TB, PE, PT,
 * AED, MVA, ART, ARF, PCR, PPM, DNA, CBD and ADL, each tried against the other senses the letters
 * have on ordinary pages (a tennis tour, the tax office, a gearbox maker, a battery's voltage, a
 * laptop drive, an oil company, a school timetable, a city centre).
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

describe('hair and scalp clinic letters', () => {
  itUnderlines([
    ['Thinning over the crown with miniaturised hairs on trichoscopy fits AGA.', 'aga-abbreviation'],
    ['He has used minoxidil for his AGA for two years with some regrowth at the temples.', 'aga-abbreviation'],
    ['Impression: FPHL with a widened central parting.', 'fphl'],
    ['Her SALT score was 40 at the last visit.', 'salt-score'],
    ['Recession of the frontal hairline and sparse eyebrows suggest FFA.', 'ffa'],
    ['The scalp biopsy showed LPP with scarring around the follicles.', 'lichen-planopilaris'],
    ['She has had four PRP injections into the scalp this year.', 'prp'],
    ['Heavy shedding after the birth of her son is most likely TE, and hair loss of this kind usually settles.', 'telogen-effluvium'],
    ['CCCA is more likely in women who have worn tight braids for many years, and the scalp may feel tender.', 'ccca'],
  ]);
  itChoosesSense([
    ['Trichoscopy shows miniaturised follicles, in keeping with AGA.', 'AGA', 'androgenetic alopecia (pattern hair loss)'],
    ['Growth scan at 32 weeks: AGA, estimated fetal weight on the 50th centile.', 'AGA', 'appropriate for gestational age (baby size)'],
    ['FFA of both eyes showed leakage at the macula.', 'FFA', 'fundus fluorescein angiography (eye test)'],
    ['Frontal hairline recession and loss of eyebrows, likely FFA.', 'FFA', 'frontal fibrosing alopecia (hair loss)'],
    ['PRP injections for tennis elbow are given in three sessions.', 'PRP', 'platelet-rich plasma (injections)'],
    ['Proliferative diabetic retinopathy treated with PRP laser last month.', 'PRP', 'panretinal photocoagulation (laser)'],
  ]);
  itSkips([
    ['The AGA has published new guidance on treating reflux in adults.', 'aga-abbreviation'],
    ['The AGA Khan Foundation funds schools in rural areas.', 'aga-abbreviation'],
    ['Add a pinch of SALT to the pan.', 'salt-score'],
    ['The FFA chapter held its annual livestock show at the county fair.', 'ffa'],
    ['The tight end, listed as TE on the roster, caught two passes.', 'telogen-effluvium'],
    ['Connectors made by TE are used in many cars.', 'telogen-effluvium'],
  ]);
  itSkipsOnHealthPages([
    ['The AGA is the main society for doctors who treat the gut and liver.', 'aga-abbreviation'],
    ['The TE of the sequence was set to 30 ms on the scanner.', 'telogen-effluvium'],
  ]);
});

describe('renal genetics', () => {
  itUnderlines([
    ['Her mother and two uncles had ADPKD and needed dialysis in their fifties.', 'adpkd'],
    ['ARPKD can cause breathing problems at birth if there is little fluid around the baby.', 'arpkd'],
    ['His htTKV has grown by 6% a year on MRI.', 'httkv'],
  ]);
  itListsMeanings([['Clinic letter from renal genetics: ?TS, testing discussed with the family.', 'TS']]);
  itChoosesSense([
    ['Known TS with renal angiomyolipomas, on everolimus.', 'TS', 'tuberous sclerosis'],
    ['TS with motor tics since the age of seven.', 'TS', 'Tourette syndrome'],
    ['Karyotype 45,X consistent with TS; short stature noted.', 'TS', 'Turner syndrome'],
  ]);
  itSkips([
    ['The TS file holds the type definitions for the project.', 'ts-abbreviation'],
    ['Rewrite the module in TS before the release.', 'ts-abbreviation'],
  ]);
  itSkipsOnHealthPages([['The app is written in TS and runs in the browser.', 'ts-abbreviation']]);
  itListsMeanings([['Awaiting PCR result from the genetic testing lab before the kidney clinic review.', 'PCR']]);
});

describe('early pregnancy unit', () => {
  itUnderlines([
    ['Transvaginal scan: IUP with yolk sac seen, no fetal pole yet.', 'intrauterine-pregnancy'],
    ['Diagnosis PUL; serum hCG to be repeated on Friday.', 'pul'],
    ['MSD 14 mm, yolk sac present, embryo not yet seen.', 'mean-sac-diameter'],
    ['Scan after the miscarriage showed RPOC of 22 mm.', 'rpoc'],
    ['She was consented for MVA after the scan confirmed a missed miscarriage.', 'mva'],
  ]);
  itSkips([
    ['He is a sophomore at IUP studying criminology.', 'intrauterine-pregnancy'],
    ['MSD has agreed to buy the biotech company for $10 billion.', 'mean-sac-diameter'],
    ['The MSD Manual has a page on back pain.', 'mean-sac-diameter'],
  ]);
  itSkipsOnHealthPages([
    ['The MSD Manual explains the causes of dizziness.', 'mean-sac-diameter'],
    ['The grid connection uses two MVA transformers at the new substation.', 'mva'],
  ]);
});

describe('cardiac device clinic', () => {
  itUnderlines([
    ['The ICD ended two runs of VT with ATP, and no shock was given.', 'atp'],
    ['Device check: ERI reached, generator change planned for next month.', 'elective-replacement-indicator'],
  ]);
  itChoosesSense([
    ['Two episodes of VT were ended by ATP from the ICD.', 'ATP', 'anti-tachycardia pacing (heart device)'],
    ['Mitochondria make most of the ATP a cell needs.', 'ATP', 'adenosine triphosphate (energy in cells)'],
  ]);
  itSkips([
    ['She rose to third in the ATP rankings after the final.', 'atp'],
    ['He won his first ATP title in Doha.', 'atp'],
    ['The ERI salary survey covers over a thousand jobs.', 'elective-replacement-indicator'],
  ]);
  itSkipsOnHealthPages([['The ATP Tour added a heat rule after players fainted in the sun.', 'atp']]);
});

describe('discharge to assess and reablement', () => {
  itUnderlines([
    ['She went home on D2A pathway 1 with carers twice a day.', 'discharge-to-assess'],
    ['Needs help with ADLs since the fall, but eats on her own.', 'adl'],
    ['Mobilising with ZF on the ward and managing the stairs with the physio.', 'zimmer-frame-abbreviation'],
  ]);
  itSkips([
    ['The ADL has condemned the attack on the synagogue.', 'adl'],
    ['The car uses a ZF eight-speed gearbox.', 'zimmer-frame-abbreviation'],
    ['ZF supplies axles to truck makers in Europe.', 'zimmer-frame-abbreviation'],
  ]);
  itSkipsOnHealthPages([['The ambulance has a ZF gearbox and air suspension.', 'zimmer-frame-abbreviation']]);
});

describe('Zambia and Zimbabwe health pages', () => {
  itUnderlines([
    ['Two rounds of OCV were given in the district after the cholera outbreak.', 'ocv'],
    ['IRS and bed nets have cut malaria cases in the valley.', 'indoor-residual-spraying'],
    ['VHWs in the ward test children with fever for malaria.', 'village-health-worker'],
    ['People who stopped their pills can restart ART at any clinic.', 'art'],
  ]);
  itSkips([
    ['The battery OCV was measured after a rest of two hours.', 'ocv'],
    ['The IRS sends most refunds within 21 days.', 'indoor-residual-spraying'],
    ['File your return with the IRS before the April deadline.', 'indoor-residual-spraying'],
  ]);
  itSkipsOnHealthPages([
    ['The IRS lets you deduct some medical costs from your taxes.', 'indoor-residual-spraying'],
    ["Bulawayo's CBD was quiet on Sunday morning.", 'cbd'],
    ["The city's CBD has new bus lanes.", 'cbd'],
  ]);
});

describe('US pharmacy benefit and prior authorization', () => {
  itUnderlines([['Your prior authorization needs an LMN that explains why the formulary drug did not work.', 'lmn']]);
  itChoosesSense([
    ['Please send an LMN to the health plan with the appeal.', 'LMN', 'letter of medical necessity (insurance)'],
    ['Left facial weakness of LMN type, in keeping with Bell\'s palsy.', 'LMN', 'lower motor neuron (nerve to a muscle)'],
    ['The drug is not on the PDL, so the plan needs a prior authorization.', 'PDL', 'preferred drug list (health plan)'],
    ['Widened PDL space around the root of the lower molar.', 'PDL', 'periodontal ligament (tooth)'],
  ]);
  itUnderlinesOnHealthPages([['QL reached: the plan covers 4 tablets per 30 days; an exception request can be made.', 'ql-abbreviation']]);
  itSkips([
    ['The QL engine was tuned for the rally.', 'ql-abbreviation'],
    ['Our QL team meets on Thursdays.', 'ql-abbreviation'],
  ]);
});

describe('letters from set 45 and cues and fences on older entries', () => {
  itUnderlines([
    ['Seated BP 128/80 after a short rest.', 'bp'],
    ['School nurse asked for AED details before the camp.', 'aed'],
    ['Past history: PE in 2015 on a long-haul trip.', 'pe'],
    ['Past medical history: ARF aged nine.', 'arf'],
    ['Ward note: PT to be checked before the line goes in.', 'pt'],
  ]);
  itSkips([
    ['Shares in BP fell after the oil price dropped.', 'bp'],
    ['The desktop has a 4 TB solid-state drive.', 'tb'],
    ['Shorts and a T-shirt for PE on Thursdays, please.', 'pe'],
    ["Teamwork is in the firm's DNA, the new owner said.", 'dna'],
    ['The PE firm has a past history of buying struggling retailers.', 'pe'],
  ]);
  itSkipsOnHealthPages([
    ['Shares in BP rose after the results.', 'bp'],
    ['The office has a 8 TB solid-state drive for backups.', 'tb'],
    ['Trainers and a water bottle for PE on Mondays.', 'pe'],
    ['The monitor shows CO2 levels in PPM on its screen.', 'ppm'],
    ["Kindness is part of the company's DNA.", 'dna'],
  ]);
  itUnderlinesOnHealthPages([
    ['Mutations in DNA can raise the risk of cancer.', 'dna'],
    ['A high BP reading should be checked again.', 'bp'],
  ]);
});

describe('review 21: other senses of the new letters', () => {
  itSkips([
    ['The TE was quick off the line and kept shedding tacklers after the catch.', 'telogen-effluvium'],
    ['The new hybrid models come with a ZF gearbox and the maker talks of the future of mobility.', 'zimmer-frame-abbreviation'],
    ['Cars fitted with ZF eight-speed gearboxes were recalled.', 'zimmer-frame-abbreviation'],
    ['Battery makers who quote OCV figures measure them at rest.', 'ocv'],
    ['The FFA Cup final kicks off on 24 Oct in Sydney.', 'ffa'],
    ['The PDL printer driver plan covered every model.', 'pdl'],
    ['He suffered a shock loss and slipped in the ATP standings.', 'atp'],
  ]);
  itSkipsOnHealthPages([
    ['PUL is a day procedure for an enlarged prostate that lifts the prostate away from the urethra, checked with an ultrasound.', 'pul'],
    ['The MSD Manual has a page on pregnancy and miscarriage.', 'mean-sac-diameter'],
    ['MSD for Mothers funds pregnancy care projects.', 'mean-sac-diameter'],
    ['Metabolic syndrome was defined by the ATP III criteria for cholesterol and waist size.', 'atp'],
  ]);
});
