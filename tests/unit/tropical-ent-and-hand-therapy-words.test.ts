/**
 * Round 54, writer 8: malaria results and relapses, fevers that spike, kidney stones (gravel,
 * fragments, stone burden, straining urine), hand therapy (grip strength, extension lag, buddy
 * strapping, casts), oxygen masks and flow rates, lymphoma wording (bulky disease, Deauville
 * responses), ejection clicks, grommet tubes and ring blocks; each tried against the other senses
 * its words have (a browser extension that lags, a gravel drive, archaeology fragments, a river's
 * discharge, a dip in a bowling lane, playoff fever, a rash of cancellations, a stamp cover).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('malaria and fevers', () => {
  itUnderlines([
    ['Blood film positive for falciparum malaria at 1% parasites.', 'positive-result'],
    ['Thick and thin films were positive for vivax on the second day.', 'positive-result'],
    ['A vivax relapse can happen months after the first attack.', 'relapse'],
    ['Her malaria relapse came after she stopped the primaquine early.', 'relapse'],
  ]);
  itSkips([
    ['The lab makes thin film solar panels and the outlook is positive.', 'positive-result'],
    ['The team relapsed into old habits after the break.', 'relapse'],
  ]);
});

describe('kidney stones', () => {
  itUnderlines([
    ['Shock wave lithotripsy left two small fragments in the ureter.', 'stone-fragment'],
    ['Stone fragments after ureteroscopy usually pass within a few weeks.', 'stone-fragment'],
    ['A stone burden over 20 mm is often treated with PCNL.', 'stone-burden'],
    ['You will be asked to strain your urine until the stone passes.', 'strain-the-urine'],
    ['Nurses strain the urine of every patient with renal colic.', 'strain-the-urine'],
    ['He has been passing gravel in his urine for a month.', 'urinary-gravel'],
  ]);
  itSkips([
    ['A stone fragment from a Roman inscription was found in the field.', 'stone-fragment'],
    ['The code keeps a fragment of the page in memory.', 'stone-fragment'],
    ['Strain the pasta and keep a cup of the water.', 'strain-the-urine'],
    ['Lay gravel on the drive and rake it level.', 'urinary-gravel'],
    ['The dog urine left brown spots on the lawn, so we put gravel down instead.', 'urinary-gravel'],
    ['Pork loin roasted on a gravel tray in the smoker.', 'urinary-gravel'],
  ]);
});

describe('hand therapy and casts', () => {
  itUnderlines([
    ['Grip strength on the injured side is half that of the other hand.', 'grip-strength'],
    ['Extension lag of 15 degrees at the PIP joint after the tendon repair.', 'extension-lag'],
    ['After knee surgery a small extension lag is common while the quadriceps recover.', 'extension-lag'],
    ['Buddy strapping the ring finger to the little finger eases the pain.', 'buddy-strapping'],
    ['Buddy taping is used for stubbed and broken toes.', 'buddy-strapping'],
    ['A thumb spica cast holds the scaphoid still while it heals.', 'cast'],
    ['Ponseti casts are changed every week for clubfoot.', 'cast'],
  ]);
  itSkips([
    ['The browser extension lag made every page slow to load.', 'extension-lag'],
    ['There was a long extension lag before the deadline moved.', 'extension-lag'],
    ['The cast of the new show meets the press on Friday.', 'cast'],
    ['She cast her vote for the spica-shaped bouquet design.', 'cast'],
  ]);
});

describe('oxygen', () => {
  itUnderlines([
    ['He needs an oxygen mask at night.', 'oxygen-mask'],
    ['A Venturi mask at 24% was started in the emergency department.', 'oxygen-mask'],
    ['Oxygen flow 1 L/min via nasal cannula overnight.', 'oxygen-flow-rate'],
    ['Her oxygen flow rate is set at 2 litres per minute at rest.', 'oxygen-flow-rate'],
    ['The blood gas showed CO2 retention, so the oxygen was turned down.', 'hypercapnia'],
  ]);
  itSkips([
    ['The welder checked the oxygen flow to the torch.', 'oxygen-flow-rate'],
    ['Reduced oxygen flow to the baby can show on the monitor.', 'oxygen-flow-rate'],
    ['The carnival mask had a long Venetian nose.', 'oxygen-mask'],
  ]);
  // A cabin's masks and the self-care saying are other uses, on health pages too.
  const oxygenMasksElsewhere = [
    ['If the cabin loses pressure, oxygen masks will drop from the panel above you.', 'oxygen-mask'],
    ['Carers are told to put on their own oxygen mask first and rest when they can.', 'oxygen-mask'],
    ['The safety card shows how the oxygen masks on planes are worn.', 'oxygen-mask'],
  ] as const;
  itSkips(oxygenMasksElsewhere);
  itSkipsOnHealthPages(oxygenMasksElsewhere);
  itUnderlinesOnHealthPages([['On the ward she had an oxygen mask on for two days.', 'oxygen-mask']]);
});

describe('lymphoma, heart and ear words', () => {
  itUnderlines([
    ['Bulky disease was found in the chest at diagnosis.', 'bulky-disease'],
    ['Bulky mediastinal disease is a reason to add radiotherapy.', 'bulky-disease'],
    ['The interim PET showed a partial response.', 'partial-response'],
    ['A Deauville score of 2 means a complete response.', 'complete-response'],
    ['An ejection click was heard over the aortic area.', 'ejection-click'],
    ['Grommet tubes let air into the middle ear.', 'ear-tube'],
    ['A digital ring block numbs the whole finger before the nail is removed.', 'nerve-block'],
    ['A 4 cm mass in the axilla was biopsied.', 'mass'],
    ['Her presentation fits with low mood and poor sleep.', 'presentation'],
    ['Acute sciatica usually settles within six weeks.', 'acute'],
    ['Acute gout makes the big toe hot and swollen.', 'acute'],
    ['He had a stroke from an embolism that crossed a hole in the heart.', 'stroke'],
    ['Moderate depression is often treated with CBT first.', 'depression'],
    ['White plaques on the tonsils are common in glandular fever.', 'plaque'],
  ]);
  itSkips([
    ['The bulky sofa would not fit through the door.', 'bulky-disease'],
    ['The mouse click was louder than the keyboard.', 'ejection-click'],
    ['A ring block of flats went up on the corner.', 'nerve-block'],
    ['Mass was held at the cathedral on Sunday morning.', 'mass'],
    ['The presentation about low mortgage rates ran long.', 'presentation'],
    ['The stroke side of the boat pulled ahead in the last 500 metres.', 'stroke'],
  ]);
});

describe('other senses on health pages', () => {
  itSkipsOnHealthPages([
    ['Charge the lamp so the battery does not discharge fully in the cold.', 'discharge'],
    ['The battery discharge rate falls in cold weather.', 'discharge'],
    ['Greywater discharge must go to a soakaway, not a stream.', 'discharge'],
    ['An unremarkable cover with a rare postmark can still sell well.', 'unremarkable'],
    ['The tent sat in a shallow depression that filled with rain.', 'depression'],
    ['A depression in lane 3 pulls the bowling ball to the right.', 'depression'],
    ['The whole city caught playoff fever this spring.', 'fever'],
    ['A rash of cancellations hit the airline after the storm.', 'rash'],
  ]);
  itUnderlinesOnHealthPages([
    ['The wound discharge was thick and yellow.', 'discharge'],
    ['She has had depression since her teens.', 'depression'],
    ['He had a fever and a rash on his chest.', 'fever'],
  ]);
});

describe('review 8: other senses of the new words', () => {
  itSkips([
    ['Passing gravel trucks kicked up dust along the quarry road all day.', 'urinary-gravel'],
    ['The cycle path passed gravel pits and a kidney-shaped lake.', 'urinary-gravel'],
    ['The urologist sent the tumour fragments from the bladder to the lab.', 'stone-fragment'],
    ['Bone fragments were seen near the ureter on the scan after the pelvic fracture.', 'stone-fragment'],
    ['ERCP cleared a large bile duct stone burden in two sessions.', 'stone-burden'],
    ['Wrap the graft union with Buddy Tape to keep it from drying out.', 'buddy-strapping'],
    ['PET bottles lose carbonation because CO2 retention in the plastic is poor.', 'hypercapnia'],
    ['The saline aquifer showed good CO2 retention over ten years of storage.', 'hypercapnia'],
  ]);
  itUnderlines([
    ['Titrate to target saturations because of his CO2 retention.', 'hypercapnia'],
    ['Hypercapnia was found on the morning test.', 'hypercapnia'],
    ['Buddy taping the ring finger to the little finger helps it heal.', 'buddy-strapping'],
    ['Passing gravel in the urine on and off since May.', 'urinary-gravel'],
  ]);
});
