import type { Settings } from '../../glossary/settings-schema';
import { t } from './i18n';

/**
 * The words the options page and the popup show for each underline level. The pure core
 * (glossary/settings-schema.ts) keeps only the levels themselves; their names are translated text.
 */
export function underlineLabel(level: Settings['underline']): string {
  switch (level) {
    case 'technical':
      return t('underlineTechnical');
    case 'general':
      return t('underlineGeneral');
    case 'everyday':
      return t('underlineEveryday');
  }
}
