/**
 * Letters from travel and tropical medicine, adult congenital heart clinics, lymphoma and myeloma
 * units, child mental health, ENT, kidney stone and hand therapy clinics and home oxygen services
 * (G6PD, VFR, PUO, CMR, ToF, R-CHOP, ASCT, TLS, PUJ, URS, ESWL, TFCC, DIPJ, HOOF), each tried against the other senses the same letters have elsewhere (VFR flying, TLS in
 * software, a ToF camera, a horse's hoof, the Grand Prix, a BP garage, a motorcycle CBT, a TB SSD).
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('travel and tropical medicine', () => {
  itUnderlines([
    ['Her G6PD result came back normal, so the malaria tablets can begin.', 'g6pd'],
    ['A low glucose-6-phosphate dehydrogenase level rules out primaquine.', 'g6pd'],
    ['He is a VFR traveller going back to Ghana for a family wedding.', 'vfr-traveller'],
    ['VFR travellers often skip malaria tablets when they visit family.', 'vfr-traveller'],
    ['Admitted as a PUO after five weeks of night fevers.', 'puo'],
    ['A fever of unknown origin can take weeks of tests to explain.', 'puo'],
    ['She was given IV artesunate on the ward overnight.', 'iv'],
    ['IV paracetamol was given for the fever.', 'iv'],
  ]);
  itSkips([
    ['The flight school teaches VFR flying before instrument ratings.', 'vfr-traveller'],
    ['Cloud was too low for VFR, so the pilot filed an IFR plan.', 'vfr-traveller'],
    ['Henry IV was crowned in 1399.', 'iv'],
    ['The stage IV play-offs begin on Saturday.', 'iv'],
  ]);
});

describe('adult congenital heart clinic', () => {
  itUnderlines([
    ['He had a repaired ToF as a baby and now has a leaky pulmonary valve.', 'tof'],
    ['Her CMR showed the RV volumes had grown since last year.', 'cmr'],
    ['A CMR with late gadolinium showed scarring from myocarditis.', 'cmr'],
    ['The cardiac magnetic resonance scan took about 45 minutes.', 'cmr'],
  ]);
  itSkips([
    ['The new phone has a ToF sensor for better portrait photos.', 'tof'],
    ['A ToF camera measures depth by timing reflected light.', 'tof'],
    ['The haulier lost the CMR note for the shipment to Lyon.', 'cmr'],
    ['Substances classed as CMR must be labelled at work.', 'cmr'],
  ]);
  itSkipsOnHealthPages([
    ['Send the CMR consignment note with the pallet of gloves.', 'cmr'],
  ]);
});

describe('lymphoma and myeloma units', () => {
  itUnderlines([
    ['She starts R-CHOP next week for her diffuse large B-cell lymphoma.', 'r-chop'],
    ['He was referred for ASCT after induction treatment for myeloma.', 'autologous-stem-cell-transplant'],
    ['Allopurinol was started because of the TLS risk before chemo.', 'tls'],
    ['Bloods every six hours for TLS with the first dose of venetoclax.', 'tls'],
    ['ANC of 0.4, so ring the 24-hour hotline if you feel shivery.', 'anc'],
  ]);
  itSkips([
    ['The server only accepts TLS 1.3 connections now.', 'tls'],
    ['Renew the TLS certificate before it expires next month.', 'tls'],
    ['The ANC won the election by a wide margin.', 'anc'],
  ]);
});

describe('child mental health, ENT and hand therapy', () => {
  itUnderlines([
    ['Since his ASD diagnosis he has had fewer meltdowns at home.', 'asd'],
    ['Twelve sessions of CBT with exposure work for her fear of germs.', 'cognitive-behavioral-therapy'],
    ['CBT may help some people manage ME/CFS, though it is not a cure.', 'cognitive-behavioral-therapy'],
    ['The community ED team agreed weekly weights and a meal plan.', 'ed'],
    ['OT gave her a jar opener and thick-handled cutlery.', 'ot'],
    ['MRI showed a tear of the TFCC after a fall on the wrist.', 'tfcc'],
    ['The DIPJ was splinted straight for mallet finger.', 'dipj'],
    ['I asked my GP for a letter to the school.', 'gp'],
  ]);
  itSkips([
    ['I need to pass my CBT before I can ride a moped on the road.', 'cognitive-behavioral-therapy'],
    ['They forced OT with a late goal and won the shootout.', 'ot'],
  ]);
  itSkipsOnHealthPages([
    ['He passed his CBT on a 125cc bike last Saturday.', 'cognitive-behavioral-therapy'],
    ['The game went to OT and ended 4-3.', 'ot'],
  ]);
});

describe('kidney stone clinic', () => {
  itUnderlines([
    ['The stone was stuck at the left PUJ and the kidney was swollen.', 'puj'],
    ['A narrowing at the pelviureteric junction was found on the scan.', 'puj'],
    ['Flexible URS with laser to the 8 mm stone, stent for a week.', 'urs'],
    ['ESWL was booked for the 7 mm stone in the lower kidney.', 'lithotripsy'],
    ['Stone density 1,200 HU, so shock waves may not break it.', 'hu'],
  ]);
  itSkips([
    ['The URS for the new billing system was signed off by the client.', 'urs'],
  ]);
});

describe('home oxygen', () => {
  itUnderlines([
    ['A HOOF was sent for a concentrator and two cylinders.', 'hoof'],
  ]);
  itSkips([
    ['HOOF CARE FOR HORSES: a farrier visit every six weeks.', 'hoof'],
    ['The HOOF and HORN show returns to the county ground in May.', 'hoof'],
  ]);
});

describe('letters that mean something else on a health page', () => {
  itSkipsOnHealthPages([
    ['Hamilton won the British GP for a record ninth time.', 'gp'],
    ['Our cruise stopped in Monaco on the GP weekend.', 'gp'],
    ['We filled up at the BP on the motorway before the long drive.', 'bp'],
    ['The old BP pump now stands in a motor museum.', 'bp'],
    ['A message came over the PA that the ride was shut.', 'pa'],
    ['The tent floor is 70D PE, heavy but hard-wearing.', 'pe'],
    ['CF poles are lighter than aluminium ones.', 'cf'],
    ['The 1840 stamp is graded VF with good margins.', 'vf'],
    ['The stamp was issued by the PO in 1966.', 'po'],
    ['The 2 TB SSD holds all my games.', 'tb'],
  ]);
  itUnderlinesOnHealthPages([
    ['Your BP was 150/95 at the clinic today.', 'bp'],
    ['See your GP if the cough lasts more than three weeks.', 'gp'],
    ['Children with CF often take enzymes with meals.', 'cf'],
    ['TB is spread through the air when someone coughs.', 'tb'],
  ]);
});

describe('review 6: other senses of the new cue words and fences', () => {
  itSkips([
    ['TLS density predicted response to neoadjuvant chemotherapy in the trial.', 'tls'],
    ['Tertiary lymphoid structures (TLS) were counted in each tumour sample after chemo.', 'tls'],
    ['The URS for the laser marking machine was approved by QA.', 'urs'],
    ['We compared our GP model with a neural network baseline.', 'gp'],
    ['The ASD guidance on data masking was updated this year.', 'asd'],
    ['The CBT modules teach staff to use the new ERP system.', 'cognitive-behavioral-therapy'],
  ]);
  itUnderlinesOnHealthPages([
    ['He went to OT and had the wound washed out under anaesthetic.', 'ot'],
    ['Funding for GP weekend appointments ends in March.', 'gp'],
  ]);
});
