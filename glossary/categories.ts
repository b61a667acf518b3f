/** The categories of the bundled pack, as stable ids with the labels readers see. */
export const CATEGORIES = {
  'muscles-bones': 'Muscles and bones',
  'nerves-brain': 'Nerves and brain',
  'heart-vessels': 'Heart and blood vessels',
  blood: 'Blood',
  breathing: 'Breathing',
  digestion: 'Digestion',
  'kidneys-urinary': 'Kidneys and urinary system',
  'hormones-metabolism': 'Hormones and metabolism',
  nutrition: 'Nutrition (vitamins and minerals)',
  'hydration-electrolytes': 'Hydration and electrolytes',
  skin: 'Skin',
  'eyes-ears': 'Eyes and ears',
  'infections-immunity': 'Infections and immunity',
  'medicines-treatments': 'Medicines and treatments',
  'tests-procedures': 'Tests and procedures',
  symptoms: 'Common symptoms',
  conditions: 'Common conditions',
  genetics: 'Genes and inherited conditions',
  'child-development': 'Children, growth and development',
  cancer: 'Cancer and its treatment',
  'mouth-teeth': 'Mouth and teeth',
  'pregnancy-birth': 'Pregnancy and birth',
  'mental-health': 'Mental health',
  sleep: 'Sleep',
  'specialists-care': 'Specialists and care',
  'lab-reports': 'Lab and report words',
  abbreviations: 'Abbreviations',
  'health-words': 'Words about health and illness',
  other: 'Other',
} as const;

export type CategoryId = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as CategoryId[];
/** Bundled packs must use a real category; "other" is for user glossaries only. */
export const BUNDLED_CATEGORY_IDS = CATEGORY_IDS.filter((id) => id !== 'other');
