/**
 * Report words in clinic letters and ward notes (round 57, writer 30): a symptom or inflammation
 * that has "settled", a treatment "tolerated", an inflammatory illness still "active", a patient
 * "referred" to a service, an "exposure" to an allergen or to sick birds, a germ "strain" and a
 * back "strain", each tried against the other senses of the same words (settling a bill, not
 * tolerating rudeness, staying active, a referral code, market exposure, graft meaning bribery).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines } from './helpers/bundled-underline';

describe('settled, tolerated and active in clinic letters', () => {
  itUnderlines([
    ['His vertigo settled over a fortnight with the exercises.', 'settled'],
    ['The mouth ulcers have settled since he stopped the tablets.', 'settled'],
    ['Her fever settled by the second day of treatment.', 'settled'],
    ['The inflammation has settled, so the drops can be tapered.', 'settled'],
    ['His essential tremor settled after the dose was increased.', 'settled'],
    ['Palpitations settled after a dose of amiodarone on the ward.', 'settled'],
    ['Post-op fevers settled once IV antibiotics were started.', 'settled'],
    ['She was extubated this morning and tolerated it well.', 'tolerating'],
    ['He tolerated the first venesection with no faintness.', 'tolerating'],
    ['Now wearing the speaking valve, tolerated for most of the afternoon.', 'tolerating'],
    ['Her uveitis remains active in the right eye.', 'active-disease'],
    ['The biopsies show mildly active proctitis.', 'active-disease'],
    ['Scleritis is active again despite the steroid drops.', 'active-disease'],
    ['The scan suggests active sarcoidosis in the lungs.', 'active-disease'],
    ['Thyroid eye disease is still active, so eyelid surgery will wait.', 'active-disease'],
    ['Treatment of moderately to severely active ulcerative colitis.', 'active-disease'],
  ]);
  itSkips([
    ['The couple settled the bill and left the restaurant.', 'settled'],
    ['Once the dust had settled, the club appointed a new manager.', 'settled'],
    ['The family settled in Leeds after the war.', 'settled'],
    ['Rudeness to staff will not be tolerated in this shop.', 'tolerating'],
    ['She tolerated the noise from the building site for a month.', 'tolerating'],
    ['He stays active by walking the dog every morning.', 'active-disease'],
    ['She is an active member of the local rowing club.', 'active-disease'],
    ['The volcano has been active for three weeks.', 'active-disease'],
    ['Adults should aim to be moderately active for 150 minutes a week.', 'active-disease'],
    ['He scored a brace, and the fans would not tolerate another defeat.', 'tolerating'],
  ]);
  itSkipsOnHealthPages([
    ['Staying physically active can help people with ulcerative colitis.', 'active-disease'],
    ['Mesalazine is the active ingredient in some colitis medicines.', 'active-disease'],
    ['He is still active in his church despite the sarcoidosis.', 'active-disease'],
    ['Being more active may ease the tiredness that uveitis can bring.', 'active-disease'],
    ['Despite her colitis she is active and well and works full time.', 'active-disease'],
    ['Most people with sarcoidosis stay fit and active and lead normal lives.', 'active-disease'],
    ['Children with ulcerative colitis can lead full and active lives.', 'active-disease'],
    ['After endoscopic surgery most people are active again within a week.', 'active-disease'],
    ['Repeat biopsies are part of active monitoring for low-risk prostate cancer.', 'active-disease'],
  ]);
});

describe('referred, exposure, strain and graft', () => {
  itUnderlines([
    ['Your GP has referred you to the memory clinic.', 'referral'],
    ['He was referred to the gender identity clinic last spring.', 'referral'],
    ['She has been referred to a dietitian for advice on her diet.', 'referral'],
    ['After exposure to a known allergen, anaphylaxis can start within minutes.', 'exposure'],
    ['Keep an epinephrine auto-injector close in case of exposure to nuts.', 'exposure'],
    ['Farm workers with exposure to sick poultry are offered testing.', 'exposure'],
    ['Avian influenza spreads to people mainly through close exposure to infected birds.', 'exposure'],
    ['A new H5N1 strain was found in dairy cattle.', 'strain'],
    ['He has a lumbar strain from moving furniture.', 'strain'],
    ['The ministry confirmed an outbreak of typhoid in two villages.', 'outbreak'],
    ['An outbreak of leptospirosis followed the floods.', 'outbreak'],
    ['Occupational exposure to silica dust causes lung disease.', 'exposure'],
    ['The graft case report describes a failed kidney graft.', 'graft'],
  ]);
  itSkips([
    ['The song is often referred to as the first punk record.', 'referral'],
    ['Share your referral code and get ten pounds off.', 'referral'],
    ['The fund cut its exposure to poultry producers last year.', 'exposure'],
    ['The brand exposure from the advert was worth millions.', 'exposure'],
    ['The strain of the long season showed on the team.', 'strain'],
    ['The mayor was jailed for graft after taking bribes from builders.', 'graft'],
    ['He was convicted of graft and stripped of office.', 'graft'],
    ['Occupational pension schemes cut their exposure to gilts last year.', 'exposure'],
    ['Lumbar support cushions ease the strain of long drives.', 'strain'],
    ['The outbreak of war in 1914 emptied the village school.', 'outbreak'],
  ]);
  itSkipsOnHealthPages([
    ['The former health minister was jailed for graft last year.', 'graft'],
    ['Prosecutors dropped the graft charges against the hospital boss.', 'graft'],
  ]);
});
