/**
 * Cue words and notIn fences added once the limits rose (40 context words and 40 notIn phrases an
 * entry, from 30 and 20): "tender" near a scar, a mass in the parotid or sent for FNA, a flare of
 * COPD, treatment tolerated without neuropathy or on so many kcal; and the other meanings of graft
 * (hard work, a footballer's effort), iron (rungs and ladders), seizure (of a debtor's goods),
 * screening (a film or documentary, a sold-out show), episode (the best or weakest of a series)
 * and discharge (grey water, a paid-off mortgage, bankruptcy), read on pages about health. Each
 * new cue is also tried where a fence of the other sense stands near it, and each fence beside a
 * health use of the same word that it must not reach.
 */
import { describe } from 'vitest';
import {
  itChoosesSense,
  itLeavesWordPlain,
  itSkips,
  itSkipsOnHealthPages,
  itUnderlines,
  itUnderlinesOnHealthPages,
} from './helpers/bundled-underline';

describe('tender near a scar', () => {
  itUnderlines([
    ['The scar over the base of the thumb is still tender six weeks after surgery, so we have added scar massage.', 'tenderness'],
    ['Her caesarean scar felt tender whenever the waistband rubbed on it.', 'tenderness'],
    ['The skin around the incision may be tender for a week or two.', 'tenderness'],
    ['Scar tissue can stay tender for months after a burn.', 'tenderness'],
  ]);
  itSkips([
    ['Old notes with a torn corner or a scar of tape are still legal tender at the bank.', 'tenderness'],
    ['Simmer the lamb until tender; the scars on the pan come off with a soak.', 'tenderness'],
    // Review 4: a bare "scar" is no cue; in stories and songs "tender" (gentle) often stands beside a scar.
    ['His fingers were tender as they traced the scar on her cheek.', 'tenderness'],
    ['It is a tender song about old scars and second chances.', 'tenderness'],
    ['The firm lost the tender, which left a scar on its finances for years.', 'tenderness'],
    ['After surgery he was tender with her, bringing tea up every morning.', 'tenderness'],
  ]);
});

describe('a mass in the parotid or sent for fine-needle aspiration', () => {
  itUnderlines([
    ['Ultrasound found a 3 cm mass in the left parotid, so she was referred to the head and neck team.', 'mass'],
    ['An FNA of the neck mass was booked for Tuesday morning.', 'mass'],
    ['Fine-needle aspiration of the mass showed benign cells only.', 'mass'],
  ]);
  itSkips([
    ['Muscle mass drops with age, and parotid swelling is a separate matter.', 'mass'],
    ['The clinic has reached a critical mass of FNA referrals to run a second list.', 'mass'],
  ]);
});

describe('a flare of COPD', () => {
  itUnderlines([
    ['She has COPD and had a bad flare in January that kept her indoors.', 'flare'],
    ['During a flare his COPD leaves him short of breath on the stairs.', 'flare'],
  ]);
  itSkips([
    ['The gas flare on the rig lit the sky, and workers with COPD were moved upwind.', 'flare'],
    ['A solar flare can disrupt radio, though it has nothing to do with COPD.', 'flare'],
    // Review 4: gas flares and flare stacks stand beside COPD in writing on air pollution.
    ['Gas flares near the villages have been linked to asthma and COPD.', 'flare'],
    ['Flare stacks at the refinery burn day and night, and neighbours with COPD complain of the smoke.', 'flare'],
  ]);
});

describe('treatment tolerated, by side effect or by kcal', () => {
  itUnderlines([
    ['Tolerated cycle 3 well; mild neuropathy in the fingertips only.', 'tolerating'],
    ['She is tolerating 1,800 kcal a day through the tube with no vomiting.', 'tolerating'],
    ['He tolerated radiotherapy to the chest with only some redness of the skin.', 'tolerating'],
    ['Immunotherapy has been well tolerated so far, with one week of mild nausea.', 'tolerating'],
  ]);
  itSkips([
    ['Rudeness to staff will not be tolerated, and kcal counts are printed on every menu.', 'tolerating'],
    ['Bullying is not tolerated at our school, even on the coach trip when pupils feel nausea.', 'tolerating'],
  ]);
});

describe('graft as hard work, on pages about health', () => {
  itSkipsOnHealthPages([
    ['It took years of graft to build the bakery up from a market stall.', 'graft'],
    ['There were years of graft to come before the allotment fed the family.', 'graft'],
    ['The manager praised his graft off the ball in the second half.', 'graft'],
    ['Pundits rate her work rate and graft above her finishing.', 'graft'],
    ['His graft out of possession earned him a new contract.', 'graft'],
  ]);
  itUnderlinesOnHealthPages([
    ['After ten years of graft function without rejection, her creatinine is stable.', 'graft'],
    ['The vein graft was taken from his leg during the bypass.', 'graft'],
    ['The graft is working well and her kidney numbers are steady.', 'graft'],
  ]);
});

describe('iron rungs and ladders, on pages about health', () => {
  itSkipsOnHealthPages([
    ['Climbers clip on to the iron rungs fixed into the rock face.', 'iron'],
    ['Each iron rung is checked for rust before the season opens.', 'iron'],
    ['The old well has iron ladders bolted to its walls.', 'iron'],
    ['Rust had eaten through the iron bars on the window.', 'iron'],
  ]);
  itUnderlinesOnHealthPages([
    ['Iron tablets can turn stools a dark colour.', 'iron'],
    ['Low iron is common in pregnancy, so a blood count is checked.', 'iron'],
  ]);
});

describe('seizure of a debtor\'s goods, on pages about health', () => {
  itSkipsOnHealthPages([
    ["The lender may apply for seizure of the borrower's car if payments stop.", 'seizure'],
    ["A court-ordered seizure of the debtor's furniture followed the hearing.", 'seizure'],
    ['Bailiffs acted on a seizure order issued last week.', 'seizure'],
    ["The law limits seizure of a debtor's tools of trade.", 'seizure'],
  ]);
  itUnderlinesOnHealthPages([
    ['His first seizure happened while he was asleep.', 'seizure'],
    ['A seizure of the left arm lasted two minutes and then stopped.', 'seizure'],
    ['After the seizure she was drowsy and confused for an hour.', 'seizure'],
  ]);
});

describe('a screening of a film, on pages about health', () => {
  itSkipsOnHealthPages([
    ['Tickets for the screening of a documentary about coral reefs are free.', 'screening'],
    ['The late screening was sold out within an hour of going on sale.', 'screening'],
    ['Two sold-out screenings were added to the festival programme.', 'screening'],
    ['There will be a screening of a film about the founder after the talk.', 'screening'],
  ]);
  itUnderlinesOnHealthPages([
    ['Screening is offered every two years from the age of 50.', 'screening'],
    ['Screening of a newborn baby\'s hearing is done before they go home.', 'screening'],
    ['The screening was done at the practice and the result came by letter.', 'screening'],
  ]);
});

describe('an episode of a series, on pages about health', () => {
  itSkipsOnHealthPages([
    ['Critics called it the weakest episode of the season.', 'illness-episode'],
    ['The best episode of the podcast is the one about bees.', 'illness-episode'],
    ['Fans voted on the best episodes of the decade.', 'illness-episode'],
    ['Every episode of a show like this costs millions to make.', 'illness-episode'],
    ['It felt like an episode of a TV drama rather than real life.', 'illness-episode'],
  ]);
  itUnderlinesOnHealthPages([
    ['Her first episode of depression came when she was nineteen.', 'illness-episode'],
    ['An episode of low mood can last a few weeks or longer.', 'illness-episode'],
    ['His worst episode of vertigo kept him in bed for two days.', 'illness-episode'],
  ]);
});

describe('discharge of grey water, a mortgage or a debt', () => {
  itLeavesWordPlain([
    ['Boats may not discharge grey water inside the marina.', 'discharge'],
    ['Grey water discharge is banned in the harbour all year.', 'discharge'],
    ['Your lender sends the mortgage discharge once the loan is repaid.', 'discharge'],
    ['We will send the discharge to Land Registry within 30 days.', 'discharge'],
    ['She was discharged from bankruptcy after twelve months.', 'discharged'],
    ['Full payment leads to discharge of the debt and the end of the order.', 'discharge'],
  ]);
  itChoosesSense([
    ['She was discharged from hospital on Friday with a district nurse visiting.', 'discharged', 'leaving the hospital'],
    ['A green discharge from the ear with some itching for a week.', 'discharge', 'fluid coming from the body'],
  ]);
});
