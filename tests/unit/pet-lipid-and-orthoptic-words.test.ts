/**
 * Words of PET and radiotherapy letters, lipid and orthoptic clinics, breastfeeding support, vein
 * clinics and dengue control ("an FDG-avid node", "a mesh mask", "statin intolerant", "patching the
 * stronger eye", "a nipple shield", "foam sclerotherapy", "fogging"), each tried against the other
 * senses its words have on ordinary pages (an avid reader, a contact tracer, tracer bullets, a
 * software patch, an incompetent manager, fogged-up glasses, hard graft on the pitch).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('PET scans and radiotherapy', () => {
  itUnderlines([
    ['A 9 mm FDG-avid lymph node sits in the right neck.', 'fdg-avid'],
    ['The lesion is PSMA-avid and lies close to the prostate bed.', 'fdg-avid'],
    ['On the PET-CT the liver lesion is mildly avid, SUVmax 3.1.', 'fdg-avid'],
    ['There is physiological uptake in the kidneys and the bladder.', 'tracer-uptake'],
    ['Abnormal uptake is seen in the left hip on the bone scan.', 'tracer-uptake'],
    ['The scan shows a complete metabolic response in the chest nodes.', 'complete-response'],
    ['A partial metabolic response was seen after two cycles.', 'partial-response'],
    ['The tracer is given into a vein about an hour before the PET-CT.', 'radiotracer'],
    ['You rest for an hour after the tracer is injected into a vein.', 'radiotracer'],
    ['A mesh mask keeps your head still during radiotherapy to the throat.', 'radiotherapy-mask'],
    ['The thermoplastic mask is shaped to your face at the first visit.', 'radiotherapy-mask'],
    ['The radiographers use a pinpoint tattoo to line you up each day.', 'radiotherapy-tattoo'],
    ['Most people have three radiotherapy tattoos on the chest.', 'radiotherapy-tattoo'],
    ['Permanent brachytherapy seeds are placed into the prostate through fine needles.', 'brachytherapy'],
  ]);
  itSkips([
    ['She is an avid reader of crime novels.', 'fdg-avid'],
    ['Avid fans queued overnight to buy the new SUV.', 'fdg-avid'],
    ['The avid gardener checked the uptake of water by her tomato plants.', 'fdg-avid'],
    ['A contact tracer phoned everyone who had been at the party.', 'radiotracer'],
    ['The soldiers fired tracer rounds into the night sky.', 'radiotracer'],
    ['The app is a GPS tracer that shows where your parcel is.', 'radiotracer'],
    ['A stable isotope tracer was used to measure protein turnover in muscle.', 'radiotracer'],
    ['Children made a mesh mask for the school play.', 'radiotherapy-mask'],
    ['The artist drew a pinpoint tattoo of a star on her wrist.', 'radiotherapy-tattoo'],
    ['A pinpoint tattoo is easy once the stencil is lined up on the skin.', 'radiotherapy-tattoo'],
    ['The farmer planted seeds in the field after the rain.', 'brachytherapy'],
  ]);
});

describe('lipid clinic', () => {
  itUnderlines([
    ['He is statin intolerant after muscle aches on two different statins.', 'statin-intolerance'],
    ['Statin intolerance is a common reason for stopping treatment.', 'statin-intolerance'],
    ['Your LDL cholesterol is now at target on the current dose.', 'target-range'],
    ['A grey ring around the cornea can be a sign of high cholesterol.', 'corneal-arcus'],
  ]);
  itSkips([
    ['The team is at target for sales this quarter.', 'target-range'],
    ['The archer hit the ring at target practice.', 'corneal-arcus'],
    ['A brown ring around the cornea, the Kayser-Fleischer ring, points to Wilson disease.', 'corneal-arcus'],
  ]);
});

describe('orthoptic clinic', () => {
  itUnderlines([
    ['Patching the good eye for two hours a day helps a lazy eye.', 'eye-patching'],
    ['Eye patching for a lazy eye works best when it starts before the age of seven.', 'eye-patching'],
    ['The orthoptist suggested patching the stronger eye during homework.', 'eye-patching'],
    ['The cover test showed a small outward turn of the left eye.', 'cover-test'],
    ['An alternate cover test measured the squint at near and far.', 'cover-test'],
  ]);
  itSkips([
    ['The team is patching the software after the security bug.', 'eye-patching'],
    ['He spent Saturday patching the hole in the garden wall.', 'eye-patching'],
    ['Patching up the quarrel with her brother took weeks.', 'eye-patching'],
    ['Eye patching after a corneal abrasion does not speed healing.', 'eye-patching'],
    ['Occlusion therapy with a wet wrap helps the steroid cream soak in.', 'eye-patching'],
    ['She has a good eye for colour, which helps when patching drywall.', 'eye-patching'],
  ]);
});

describe('breastfeeding', () => {
  itUnderlines([
    ['A nipple shield may help while the latch improves.', 'nipple-shield'],
    ['You can hire a hospital-grade pump from the baby unit.', 'breast-pump'],
    ['An electric breast pump can help build up a milk supply.', 'breast-pump'],
  ]);
  itSkips([
    ['The garage fitted a new water pump to the car.', 'breast-pump'],
    ['The knight raised his shield against the arrows.', 'nipple-shield'],
  ]);
});

describe('vein clinic', () => {
  itUnderlines([
    ['The great saphenous vein is incompetent, with reflux on the duplex scan.', 'venous-incompetence'],
    ['Venous incompetence is the usual cause of varicose veins.', 'venous-incompetence'],
    ['Vein stripping leaves more bruising than endovenous treatment.', 'vein-stripping'],
    ['Foam sclerotherapy was used for the smaller branches.', 'foam-sclerotherapy'],
    ['A cuff is put around each ankle to work out the ABPI.', 'sphygmomanometer'],
  ]);
  itSkips([
    ['The incompetent manager lost the contract.', 'venous-incompetence'],
    ['Critics called the referee incompetent after the match.', 'venous-incompetence'],
    ['An incompetent sphincter lets acid reflux into the gullet and causes heartburn.', 'venous-incompetence'],
    ['An incompetent cervix can open too early; venous blood tests were normal.', 'venous-incompetence'],
    ['The court found him mentally incompetent to manage his veins of gold mining shares.', 'venous-incompetence'],
    ['She wore a silver cuff on her wrist to the party.', 'sphygmomanometer'],
  ]);
  itSkipsOnHealthPages([
    ['Graft and determination carried the team through the final.', 'graft'],
    ['It took grit and graft to finish the marathon.', 'graft'],
  ]);
});

describe('dengue and outbreaks', () => {
  itUnderlines([
    ['Fogging against Aedes mosquitoes will take place in the estate tonight.', 'fogging'],
    ['Health teams began fogging after three dengue cases were found.', 'fogging'],
    ['Dengue cases this month are twice those of last month.', 'case-of-illness'],
    ['An HFMD outbreak closed the nursery for ten days.', 'outbreak'],
    ['An outbreak of watery diarrhoea was reported in two villages.', 'outbreak'],
    ['He was formally admitted as an inpatient, so Medicare Part A pays for the stay.', 'admitted'],
  ]);
  itSkips([
    ['My glasses keep fogging up when I wear a scarf.', 'fogging'],
    ['Fogging of the bathroom mirror happens after a hot shower.', 'fogging'],
    ['The lawyer handled three cases in court this week.', 'case-of-illness'],
    ['Increased uptake of the HPV vaccine among teenagers is the aim of the campaign.', 'tracer-uptake'],
    ['She was admitted to the bar in 2019.', 'admitted'],
  ]);
  itUnderlinesOnHealthPages([['Fogging was carried out in streets where dengue was found.', 'fogging']]);
});
