/**
 * Tracheostomy and laryngectomy care, patch testing, children's urology and drug levels
 * (round 57, writer 32): phrase entries for real clinical phrases ("speaking valve", "tube change",
 * "tracheostomy ties", "Finn chamber", "urethral plate", "breakthrough UTI", "target trough",
 * "lithium level", "line infection"), an airway sense for "mucus plug", and cue words or fences
 * on existing entries, each tried against the other senses its words have.
 */
import { describe } from 'vitest';
import { itSkips, itSkipsOnHealthPages, itUnderlines, itUnderlinesOnHealthPages } from './helpers/bundled-underline';

describe('tracheostomy and laryngectomy care', () => {
  itUnderlines([
    ['Our daughter now uses her speaking valve at nursery every morning.', 'speaking-valve'],
    ['Cut the old tracheostomy ties only once the new ones are fastened.', 'tracheostomy-ties'],
    ['We change his trach ties every evening after his bath.', 'tracheostomy-ties'],
    ['The laryngectomy button keeps the neck opening from narrowing.', 'laryngectomy-button'],
    ['The routine tube change went well and she went home the same day.', 'tube-change'],
    ['Parents are taught to do a tube change before the child leaves hospital with a tracheostomy.', 'tube-change'],
    ['A thick mucus plug blocked the trach, so the nurse used suction straight away.', 'mucus-plug'],
    ['The mucus plug came away at 38 weeks pregnant, two days before labour began.', 'mucus-plug'],
  ]);
  itUnderlinesOnHealthPages([
    ['Book the next tube change with the community nurses.', 'tube-change'],
  ]);
  itSkips([
    ['Carry a spare inner tube change kit on long bike rides.', 'tube-change'],
    ['A quick inner tube change got him back into the race.', 'tube-change'],
    ['There is a tube change at Green Park if you are heading to Victoria.', 'tube-change'],
    ['The kettle has a valve that whistles when the water boils.', 'speaking-valve'],
    ['He loosened his ties and the speaking tour began.', 'tracheostomy-ties'],
    ['Press the button to start the dishwasher.', 'laryngectomy-button'],
    ['The drain was cleared of a plug of hair and soap.', 'mucus-plug'],
  ]);
});

describe('patch testing', () => {
  itUnderlines([
    ['Each allergen sits in its own Finn chamber on the tape.', 'finn-chamber'],
    ['She was patch tested to the British baseline series and a fragrance series.', 'baseline-series'],
    ['Nickel is part of the baseline series used in patch testing clinics.', 'baseline-series'],
    ['The reaction faded by day four, so it was called irritant rather than allergic.', 'irritant'],
  ]);
  itSkips([
    ['The council chamber was full for the budget debate.', 'finn-chamber'],
    ['Compare each month with the baseline series from 2019 in the sales report.', 'baseline-series'],
    ['The nickel price forecast was revised against the baseline series.', 'baseline-series'],
    ['The new manager was an irritant to the whole board.', 'irritant'],
  ]);
});

describe("children's urology", () => {
  itUnderlines([
    ['The urethral plate was narrow, so a two-stage repair was planned.', 'urethral-plate'],
    ['A breakthrough UTI on his daily trimethoprim led to a new scan.', 'breakthrough-uti'],
    ['Two breakthrough urinary tract infections in a year mean a review of his treatment.', 'breakthrough-uti'],
    ['A buccal graft from the inner cheek was used for the second stage.', 'graft'],
  ]);
  itSkips([
    ['A fried egg sat on the plate beside the toast.', 'urethral-plate'],
    ['The team made a breakthrough in the second half.', 'breakthrough-uti'],
    ['He was jailed for graft after the inquiry.', 'graft'],
  ]);
});

describe('drug levels and lines', () => {
  itUnderlines([
    ['The target trough for her tacrolimus is 5 to 8 micrograms per litre.', 'target-trough'],
    ['His lithium level was 0.6 mmol/L on the last blood test.', 'lithium-level'],
    ['Fever and shivers when the PICC was flushed raised the worry of line infection.', 'line-infection'],
    ['Her haematocrit was elevated at 0.55 after the testosterone was increased.', 'elevated'],
    ['The morning dose held because of a rising creatinine will be restarted tomorrow.', 'held'],
    ['A pectoralis major flap was used to cover the neck wound.', 'flap'],
  ]);
  itSkips([
    ['The target for the quarter is to cut costs, and prices may hit a trough in May.', 'target-trough'],
    ['The lithium level in the brine makes the lake worth mining.', 'lithium-level'],
    ['Battery makers track the lithium level in each mine.', 'lithium-level'],
    ['The production line infection spread through the poultry plant.', 'line-infection'],
    ['The elevated train runs above the avenue.', 'elevated'],
    ['The meeting held in the town hall ran late.', 'held'],
    ['Family meeting held on Tuesday; creatinine is now improving.', 'held'],
    ['Lithium levels in drinking water have been linked to mood and mental health in some studies.', 'lithium-level'],
    ['The tent flap blew open in the night.', 'flap'],
  ]);
  itSkipsOnHealthPages([
    ['If the liquid in the tube changes colour, the home test is positive.', 'tube-change'],
    ['Keep the leg elevated for the first two days after the operation.', 'elevated'],
  ]);
});

describe('settled', () => {
  itUnderlines([
    ['The uveitis has settled on the lower dose of drops.', 'settled'],
    ['Her fever settled on day two of the IV antibiotics.', 'settled'],
  ]);
  itSkips([
    ['After much debate they settled on a name for the baby.', 'settled'],
    ['The family settled on the idea of moving to the coast.', 'settled'],
    ['The couple settled in Leeds after the wedding.', 'settled'],
  ]);
});

describe('benign', () => {
  itUnderlines([
    ['The heart trace showed a benign finding that is common in fit young people.', 'benign'],
  ]);
  itSkips([
    ['The weather stayed benign for the whole regatta.', 'benign'],
  ]);
});

describe('cuff pressure, fistula plug, lines, shots and dressings', () => {
  itUnderlines([
    ['Check the cuff pressure with the gauge at the start of each shift on the ventilator.', 'cuff-pressure'],
    ['Tracheostomy cuff pressure should be written on the chart every shift.', 'cuff-pressure'],
    ['An anal fistula plug avoids cutting the sphincter muscle.', 'fistula-plug'],
    ['He had a line infection after six weeks of home antibiotics.', 'line-infection'],
    ['Her serum lithium level is due next week.', 'lithium-level'],
    ['Your next shot is booked with the practice nurse for Monday.', 'shot'],
    ['Let the dressing soak off in the bath rather than pulling it.', 'dressing'],
  ]);
  itSkips([
    ['The cuff pressure is let out slowly while the nurse listens at the elbow.', 'cuff-pressure'],
    ['A bath plug was missing from the holiday flat.', 'fistula-plug'],
    ['He stayed on the line for an hour waiting for the bank.', 'intravenous-line'],
    ['She had a practice shot at goal before the penalty.', 'shot'],
    ['The shot put champion tested positive for testosterone after the final.', 'shot'],
    ['Front line infection control staff were thanked in the report.', 'line-infection'],
    ['Whisk the dressing and pour it over the salad.', 'dressing'],
  ]);
});

describe('compensated', () => {
  itUnderlines([
    ['Six weeks after the labyrinthitis she had compensated well and was back at work.', 'compensated'],
    ['His cirrhosis is still compensated, with no ascites.', 'compensated'],
  ]);
  itSkips([
    ['Staff were compensated for the extra hours.', 'compensated'],
    ['The firm compensated the families after the flood.', 'compensated'],
  ]);
});
