/**
 * The words of infection control, public-health statistics and research that pack 2.27 added
 * (CDC-style pages): each in a health sentence, and the gated ones in sentences that use the same
 * word in another sense, where nothing may be underlined.
 */
import { describe, expect, it } from 'vitest';
import { underlinedIds as ids } from './helpers/bundled-underline';

describe('public-health words in the sense a health page uses them', { timeout: 30_000 }, () => {
  it.each([
    ['Health departments use surveillance to spot outbreaks of measles early.', 'surveillance'],
    ['The virus spreads mainly through respiratory droplets when people cough.', 'respiratory-droplet'],
    ['HIV transmission can happen through blood or from mother to baby.', 'transmission'],
    ['Patients with COVID-19 stay in isolation while they have a fever.', 'isolation'],
    ['Contact tracing helps stop an outbreak of tuberculosis.', 'contact-tracing'],
    ['Health workers wear an N95 respirator when caring for patients with tuberculosis.', 'n95-respirator'],
    ['A breakthrough infection can happen in vaccinated people, usually with a milder illness.', 'breakthrough-infection'],
    ['The study found a relative risk of 1.5 for heart disease among smokers.', 'relative-risk'],
    ['Infant mortality fell over the last decade.', 'infant-mortality'],
    ['Seroprevalence surveys measure how many people have antibodies to a virus.', 'seroprevalence'],
    ['The toxoid in the tetanus shot teaches the body to block the toxin.', 'toxoid'],
    ['A CD4 count shows how strong the immune system is in people with HIV.', 'cd4-count'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('the same words in another sense stay plain', { timeout: 30_000 }, () => {
  it.each([
    'Police surveillance cameras watch the station.',
    "The car's transmission failed on the highway.",
    'He felt isolation after moving to a new city.',
    'Exposure to the sun can fade old photographs.',
    "The fund's exposure to bank stocks grew last year.",
    'She scored in the 90th percentile on the exam.',
    'The team practiced stunting before the cheerleading competition.',
    'Antivirus software disinfects infected files.',
    'He shook an aerosol can of paint.',
    'The vector points north in the diagram.',
    'The malware can reinfect the system after a restart.',
    'China saw catch-up growth as its weight in world trade rose.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
