import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, UNDERLINE_LEVELS, type Settings } from '../../glossary/settings-schema';
import { t } from '../../utils/ui/i18n';
import { drawnStyle } from '../content/drawn-style';
import { underlineLabel } from '../../utils/ui/underline-labels';

// Looked up when shown, not when the module loads, and each key written out for the locale test.
const STYLE_LABELS: Record<Settings['style'], () => string> = {
  auto: () => t('styleAuto'),
  underline: () => t('styleUnderline'),
  background: () => t('styleBackground'),
  both: () => t('styleBoth'),
};
const COLOUR_LABELS: Record<Settings['color'], () => string> = {
  teal: () => t('colourTeal'),
  blue: () => t('colourBlue'),
  purple: () => t('colourPurple'),
  amber: () => t('colourAmber'),
  rose: () => t('colourRose'),
};

/** Stand-ins for the two terms in the sample sentence, split out again to draw them highlighted. */
const FIRST_TERM = '\uE000';
const SECOND_TERM = '\uE001';

/** The sample sentence in the reader's language, its two terms marked up as highlighted words. */
function Sample() {
  const terms = new Map([
    [FIRST_TERM, t('appearanceSampleFirstTerm')],
    [SECOND_TERM, t('appearanceSampleSecondTerm')],
  ]);
  const pieces = t('appearanceSample', FIRST_TERM, SECOND_TERM).split(/([\uE000\uE001])/);
  return <>{pieces.map((piece, index) => (terms.has(piece) ? <span key={index} class="term">{terms.get(piece)}</span> : piece))}</>;
}

export function AppearanceSection({ settings, onChange }: { settings: Settings; onChange(update: (current: Settings) => Settings): void }) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange((current) => ({ ...current, [key]: value }));
  return (
    <section aria-labelledby="appearance">
      <h2 id="appearance">{t('appearanceHeading')}</h2>
      <div class="grid appearance-grid">
        <label>
          {t('appearanceStyle')}
          <select value={settings.style} aria-describedby={settings.style === 'auto' ? 'style-auto-hint' : undefined} onChange={(event) => set('style', event.currentTarget.value as Settings['style'])}>
            {HIGHLIGHT_STYLES.map((style) => <option key={style} value={style}>{STYLE_LABELS[style]()}</option>)}
          </select>
        </label>
        <label>
          {t('appearanceColour')}
          <select value={settings.color} onChange={(event) => set('color', event.currentTarget.value as Settings['color'])}>
            {HIGHLIGHT_COLORS.map((color) => <option key={color} value={color}>{COLOUR_LABELS[color]()}</option>)}
          </select>
        </label>
        <label>
          {t('appearanceDelay', settings.tooltipDelayMs)}
          <input type="range" min={0} max={1000} step={50} value={settings.tooltipDelayMs} onChange={(event) => set('tooltipDelayMs', Number(event.currentTarget.value))} />
        </label>
        <label>
          {t('appearanceUnderline')}
          <select value={settings.underline} onChange={(event) => set('underline', event.currentTarget.value as Settings['underline'])}>
            {UNDERLINE_LEVELS.map((level) => <option key={level} value={level}>{underlineLabel(level)}</option>)}
          </select>
        </label>
        <label>
          {t('appearanceDensity')}
          <select value={settings.density} onChange={(event) => set('density', event.currentTarget.value as Settings['density'])}>
            <option value="every">{t('densityEvery')}</option>
            <option value="section">{t('densitySection')}</option>
            <option value="first">{t('densityFirst')}</option>
          </select>
        </label>
        <label class="switch">
          <input type="checkbox" checked={settings.inLinksAndHeadings} onChange={(event) => set('inLinksAndHeadings', event.currentTarget.checked)} />
          <span>{t('appearanceInLinks')}</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={settings.badge} onChange={(event) => set('badge', event.currentTarget.checked)} />
          <span>{t('appearanceBadge')}</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={settings.wordParts} onChange={(event) => set('wordParts', event.currentTarget.checked)} />
          <span>{t('appearanceWordParts')}</span>
        </label>
      </div>
      {settings.style === 'auto' && <p class="muted" id="style-auto-hint">{t('styleAutoHint')}</p>}
      <p class={`sample sample-${drawnStyle(settings.style, false)} sample-${settings.color}`} aria-label={t('appearanceSampleLabel')}>
        <Sample />
      </p>
    </section>
  );
}
