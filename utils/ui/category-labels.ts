import type { CategoryId } from '../../glossary/categories';
import { t } from './i18n';

/**
 * The name people read for each category, on the card and in the My terms form. The pure core
 * (glossary/categories.ts) keeps the ids and the English names that CSV imports accept; what is
 * shown is translated text. Each key is written out so the locale test can see it.
 */
const LABELS: Record<CategoryId, () => string> = {
  'muscles-bones': () => t('categoryMusclesBones'),
  'nerves-brain': () => t('categoryNervesBrain'),
  'heart-vessels': () => t('categoryHeartVessels'),
  blood: () => t('categoryBlood'),
  breathing: () => t('categoryBreathing'),
  digestion: () => t('categoryDigestion'),
  'kidneys-urinary': () => t('categoryKidneysUrinary'),
  'hormones-metabolism': () => t('categoryHormonesMetabolism'),
  nutrition: () => t('categoryNutrition'),
  'hydration-electrolytes': () => t('categoryHydrationElectrolytes'),
  skin: () => t('categorySkin'),
  'eyes-ears': () => t('categoryEyesEars'),
  'infections-immunity': () => t('categoryInfectionsImmunity'),
  'medicines-treatments': () => t('categoryMedicinesTreatments'),
  'tests-procedures': () => t('categoryTestsProcedures'),
  symptoms: () => t('categorySymptoms'),
  conditions: () => t('categoryConditions'),
  genetics: () => t('categoryGenetics'),
  'child-development': () => t('categoryChildDevelopment'),
  cancer: () => t('categoryCancer'),
  'mouth-teeth': () => t('categoryMouthTeeth'),
  'pregnancy-birth': () => t('categoryPregnancyBirth'),
  'mental-health': () => t('categoryMentalHealth'),
  sleep: () => t('categorySleep'),
  'specialists-care': () => t('categorySpecialistsCare'),
  'lab-reports': () => t('categoryLabReports'),
  abbreviations: () => t('categoryAbbreviations'),
  'health-words': () => t('categoryHealthWords'),
  other: () => t('categoryOther'),
};

export function categoryLabel(category: CategoryId): string {
  return LABELS[category]();
}
