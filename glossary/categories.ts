/** The categories of DESIGN.md §8, as stable ids with the labels readers see. */
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
  other: 'Other',
} as const;

export type CategoryId = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as CategoryId[];
/** Bundled packs must use a real category; "other" is for user glossaries only. */
export const BUNDLED_CATEGORY_IDS = CATEGORY_IDS.filter((id) => id !== 'other');
