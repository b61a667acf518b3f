/**
 * Report words of liver clinics, allergy clinics, maternity notes, urology and speech and language
 * therapy that carry a medical sense of an everyday word: compensated cirrhosis, a bright liver on
 * ultrasound, allergic sensitization, the flare of a skin-prick test and the whole "wheal and flare",
 * tolerating a food on an egg ladder, established labour, reduced (fetal) movements, RhD negative
 * blood groups, a hard prostate on rectal examination, urinary frequency written alone, speech
 * fluency, breathy voice and the speech error called fronting. Each is tried against the other
 * senses its words have in ordinary text (pay and compensation, a bright future, campaigns that
 * sensitise the public, solar flares and tempers, the labour market, negative effects, hard work,
 * radio frequency and stool frequency, reading and language fluency, a breathy singer, fronting a
 * band).
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
} from './helpers/bundled-underline';

describe('liver clinic words', () => {
  itUnderlines([
    ['His cirrhosis is still compensated: no fluid build-up and no confusion.', 'compensated'],
    ['Compensated cirrhotic liver disease, Child-Pugh A, on six-monthly scans.', 'compensated'],
    ['Scan report: bright liver texture, likely steatosis; kidneys normal.', 'bright'],
    ['The liver appeared bright, suggesting fatty infiltration.', 'bright'],
  ]);
  itSkips([
    ['Volunteers were compensated for their time with a gift card.', 'compensated'],
    ['Staff will be compensated for overtime during the cirrhosis study.', 'compensated'],
    ['Families with liver disease were compensated by the fund last year.', 'compensated'],
    ['The kitchen is bright and airy, with a view of the garden.', 'bright'],
    ['Try to look on the bright side while you change your diet for fatty liver.', 'bright'],
    ['The outlook looks bright for people with steatosis who lose weight.', 'bright'],
  ]);
  itSkipsOnHealthPages([
    ['Wear bright colours so drivers can see you when you walk at night.', 'bright'],
    ['The heart surgeon said the team was fairly compensated for the extra shifts.', 'compensated'],
  ]);
});

describe('allergy clinic words', () => {
  itUnderlines([
    ['Skin prick tests show she is sensitized to birch pollen and cat dander.', 'allergic-sensitization'],
    ['He is sensitised to grass pollen on specific IgE but has no hay fever.', 'allergic-sensitization'],
    ['Allergic sensitisation to foods is common in babies with eczema.', 'allergic-sensitization'],
    ['A wheal and flare appeared at the site within a quarter of an hour.', 'wheal-and-flare'],
    ['She now tolerates baked egg, so the next step on the egg ladder is pancakes.', 'tolerating'],
  ]);
  itChoosesSense([
    ['Positive to grass: wheal 5 mm, flare 12 mm; histamine control positive.', 'flare', 'red area around a bump on an allergy skin test'],
    ['Skin prick: wheals of 4 and 6 mm with a small flare to cat.', 'flare', 'red area around a bump on an allergy skin test'],
    ['Her lupus flare settled after a short course of steroid.', 'flare', 'a time when a long-term illness gets worse'],
  ]);
  itSkips([
    ['The campaign sensitized the public to pollen and air quality.', 'allergic-sensitization'],
    ['Central sensitization is thought to play a part in fibromyalgia, not allergic disease.', 'allergic-sensitization'],
    ['The photographic plates were sensitised in a dark room.', 'allergic-sensitization'],
    ['A solar flare lit up the sky over the allergy clinic car park.', 'flare'],
    ['The school will not tolerate bullying of children with an allergen badge.', 'tolerating'],
  ]);
  itSkipsOnHealthPages([
    ['Tempers flared when the prick test clinic ran two hours late.', 'flare'],
    ['Anti-D prevents RhD sensitisation in a later pregnancy.', 'allergic-sensitization'],
  ]);
});

describe('maternity words', () => {
  itUnderlines([
    ['Established labour confirmed at 7 cm dilated, contractions three in ten.', 'established-labor'],
    ['Once in established labor, the midwife listens to the baby more often.', 'established-labor'],
    ['Reduced movements since yesterday evening; CTG was reassuring.', 'fetal-movement'],
    ['She is O negative, so anti-D is offered in pregnancy.', 'rh-negative'],
    ['Mother RhD negative; cord blood sent for the baby\'s group.', 'rh-negative'],
    ['Only O-negative blood was available in the helicopter.', 'rh-negative'],
    ['Rhesus negative mothers are offered a routine anti-D injection.', 'rh-negative'],
  ]);
  itSkips([
    ['The established labour market in the north has changed little.', 'established-labor'],
    ['The established Labour party held the seat with a big majority.', 'established-labor'],
    ['Reduced movements of the left hand after the stroke.', 'fetal-movement'],
    ['The report had a negative effect on share prices.', 'rh-negative'],
    ['Her answer was a negative one.', 'rh-negative'],
  ]);
  itSkipsOnHealthPages([
    ['Reduced movements in the shoulder after the fall were treated with physiotherapy.', 'fetal-movement'],
  ]);
  itLeavesWordPlain([['She gave a negative answer when asked about smoking.', 'negative']]);
});

describe('urology words', () => {
  itUnderlines([
    ['On digital rectal examination the prostate was hard and nodular.', 'hard'],
    ['DRE: prostate felt hard on the right lobe, so PSA was sent.', 'hard'],
    ['Frequency every hour in the day, nocturia three times, no dysuria.', 'frequency'],
    ['Urgency and frequency worse since the new tablets; no hesitancy.', 'urinary-frequency'],
  ]);
  itSkips([
    ['It can be hard to relax during a DRE, so take slow breaths.', 'hard'],
    ['A rectal exam found hard stools high in the rectum.', 'hard'],
    ['It was hard work finding a parking space at the prostate clinic.', 'hard'],
    ['Stool frequency and urgency settled on the new colitis medicine.', 'frequency'],
    ['Radio frequency noise made the urgency signal hard to hear.', 'frequency'],
    ['The frequency of the buses went down last year.', 'frequency'],
  ]);
  itSkipsOnHealthPages([
    ['Hard exercise can raise the heart rate for hours.', 'hard'],
    ['The frequency of heart checks depends on your age.', 'frequency'],
  ]);
});

describe('speech and language therapy words', () => {
  itUnderlines([
    ['Fluency is much better: about 2% of syllables stammered today.', 'fluency'],
    ['His fluency dips when he is tired, with more stuttering blocks.', 'fluency'],
    ['Her voice is breathy and tires quickly; vocal cords to be checked with a camera.', 'breathy-voice'],
    ['A breathy voice after the thyroid operation can mean a weak vocal cord.', 'breathy-voice'],
    ['She uses fronting, saying /d/ for /g/ in go.', 'fronting'],
    ['Fronting of velars is common in children under four; other phonological processes were not seen.', 'fronting'],
  ]);
  itSkips([
    ['Reading fluency improved after the summer book club.', 'fluency'],
    ['Her fluency in Spanish helped her get the job.', 'fluency'],
    ['Verbal fluency tests ask you to name animals in a minute, unlike stammering checks.', 'fluency'],
    ['A breathy singer opened the show with a slow song.', 'breathy-voice'],
    ['He answered in a breathy whisper.', 'breathy-voice'],
    ['She is fronting a band that plays every Friday.', 'fronting'],
    ['The star is fronting a campaign for speech sounds awareness.', 'fronting'],
  ]);
  itSkipsOnHealthPages([
    ['The former nurse is fronting a new charity appeal.', 'fronting'],
    ['Fluency in a second language may help the brain as it ages.', 'fluency'],
  ]);
});

describe('review 3: everyday words kept to their narrow report sense', () => {
  itUnderlines([
    ['Ultrasound: the liver is bright and mildly enlarged, in keeping with steatosis; spleen normal at 11 cm.', 'bright'],
    ['The liver looks bright on ultrasound, a sign of steatosis.', 'bright'],
    ['DRE: prostate hard, nodular, PSA sent.', 'hard'],
    ['LUTS mainly storage: urgency, frequency and nocturia x3; trial of a 3-day bladder diary.', 'frequency'],
    ['A weal and flare appeared at the prick site.', 'wheal-and-flare'],
    ['Blood group O negative, so anti-D will be offered at 28 weeks.', 'rh-negative'],
    ['Reduced movements for 24 hours, CTG normal and liquor volume normal on scan.', 'fetal-movement'],
  ]);
  itSkipsOnHealthPages([
    // hard: rectal exams are also done for piles, stool and the rectum; "DRE" folds to Dr. Dre.
    ['Dr. Dre worked hard on the album for years.', 'hard'],
    ['It is hard to swallow pills for some people with an enlarged prostate.', 'hard'],
    ['Hard water is not linked to prostate problems after a digital rectal exam.', 'hard'],
    ["It's hard not to worry before a prostate exam or DRE.", 'hard'],
    ['The doctor pushes hard during a rectal exam.', 'hard'],
    ['This lump felt hard on rectal examination, likely a thrombosed pile.', 'hard'],
    ['On rectal examination there was a hard mass in the rectum.', 'hard'],
    ['Eating a lot of fibre avoids hard, dry poo; a rectal exam may be needed.', 'hard'],
    ['Hard exercise and a bright, sunny walk both help people with fatty liver disease.', 'hard'],
    ['Learning to live with prostate cancer is hard, but support groups help.', 'hard'],
    // bright: diet and lifestyle pages about fatty liver, scans of other organs.
    ['Wear bright clothes; fatty liver disease improves with walking every day.', 'bright'],
    ['A bright child with fatty liver can still enjoy sport.', 'bright'],
    ['Fill half your plate with bright vegetables to help fatty liver.', 'bright'],
    ['Bright light hurts the eyes of people with migraine.', 'bright'],
    ['On ultrasound, bright kidneys can be a sign of kidney disease.', 'bright'],
    ['An echogenic, bright spot on the baby\'s heart is usually looked at again later.', 'bright'],
    ['The future looks bright for people with steatosis who lose weight early.', 'bright'],
    // frequency: how often something happens, bowel urgency, vaccine hesitancy.
    ['The frequency of side effects was low in the cirrhosis trial.', 'frequency'],
    ['Ulcerative colitis causes urgency and frequency of loose stools.', 'frequency'],
    ["Crohn's disease can cause diarrhoea with urgency and an increased frequency of trips to the toilet.", 'frequency'],
    ['The frequency of vaccine hesitancy rose in 2021.', 'frequency'],
    ['Treat chest pain with urgency; the frequency of attacks matters.', 'frequency'],
    ['Frequency of dosing depends on kidney function.', 'frequency'],
    ['The frequency of contractions tells the midwife how labour is going.', 'frequency'],
    ['High-frequency hearing loss is common after years of loud music.', 'frequency'],
    // compensated: pay and making up for something, near liver words.
    ['The insurer compensated the family after the cirrhosis misdiagnosis.', 'compensated'],
    ['Workers were compensated for taking part in the cirrhosis study.', 'compensated'],
    ['His body compensated for the blood loss, but he later developed ascites.', 'compensated'],
    ['The cirrhosis team compensated its nurses well.', 'compensated'],
    // the others
    ['HCV Ab negative, HBsAg negative, HIV Ab negative.', 'rh-negative'],
    ['Hepatitis B core AB negative on the screening panel.', 'rh-negative'],
    ['Vowel fronting is a well-known phonological change in London English.', 'fronting'],
    ['Domain fronting hides the real server; the /d/ path is cached.', 'fronting'],
    ['Established labour law protects pregnant workers from dismissal.', 'established-labor'],
    ['The established labour rights of pregnant women include paid leave.', 'established-labor'],
    ["After the birth, the midwife noted reduced movements of the baby's left arm.", 'fetal-movement'],
    ["Reduced movements in a newborn's arm should be mentioned to the midwife.", 'fetal-movement'],
  ]);
  itChoosesSense([
    ["Skin prick testing may be done if a child's eczema flare does not settle.", 'flare', 'a time when a long-term illness gets worse'],
  ]);
});
