import { HIGHLIGHT_COLORS, HIGHLIGHT_STYLES, UNDERLINE_LABELS, UNDERLINE_LEVELS, type Settings } from '../../glossary/settings-schema';

const STYLE_LABELS: Record<Settings['style'], string> = { underline: 'Dotted underline', background: 'Soft background', both: 'Both' };

export function AppearanceSection({ settings, onChange }: { settings: Settings; onChange(update: (current: Settings) => Settings): void }) {
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange((current) => ({ ...current, [key]: value }));
  return (
    <section aria-labelledby="appearance">
      <h2 id="appearance">Appearance</h2>
      <div class="grid">
        <label>
          Style
          <select value={settings.style} onChange={(event) => set('style', event.currentTarget.value as Settings['style'])}>
            {HIGHLIGHT_STYLES.map((style) => <option key={style} value={style}>{STYLE_LABELS[style]}</option>)}
          </select>
        </label>
        <label>
          Colour
          <select value={settings.color} onChange={(event) => set('color', event.currentTarget.value as Settings['color'])}>
            {HIGHLIGHT_COLORS.map((color) => <option key={color} value={color}>{color[0]!.toUpperCase() + color.slice(1)}</option>)}
          </select>
        </label>
        <label>
          Tooltip delay: {settings.tooltipDelayMs} ms
          <input type="range" min={0} max={1000} step={50} value={settings.tooltipDelayMs} onChange={(event) => set('tooltipDelayMs', Number(event.currentTarget.value))} />
        </label>
        <label>
          Underline
          <select value={settings.underline} onChange={(event) => set('underline', event.currentTarget.value as Settings['underline'])}>
            {UNDERLINE_LEVELS.map((level) => <option key={level} value={level}>{UNDERLINE_LABELS[level]}</option>)}
          </select>
        </label>
        <label>
          Highlight
          <select value={settings.density} onChange={(event) => set('density', event.currentTarget.value as Settings['density'])}>
            <option value="every">Every occurrence</option>
            <option value="section">The first occurrence in each section</option>
            <option value="first">The first occurrence on the page</option>
          </select>
        </label>
        <label class="switch">
          <input type="checkbox" checked={settings.inLinksAndHeadings} onChange={(event) => set('inLinksAndHeadings', event.currentTarget.checked)} />
          <span>Highlight inside links and headings</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={settings.badge} onChange={(event) => set('badge', event.currentTarget.checked)} />
          <span>Show the number of terms on the toolbar button</span>
        </label>
        <label class="switch">
          <input type="checkbox" checked={settings.wordParts} onChange={(event) => set('wordParts', event.currentTarget.checked)} />
          <span>Underline rare medical words the glossary doesn't hold, lightly, with a best guess from their word parts</span>
        </label>
      </div>
      <p class={`sample sample-${settings.style} sample-${settings.color}`} aria-label="Sample">
        A sample: <span class="term">dehydration</span> can bring on a <span class="term">muscle cramp</span>.
      </p>
    </section>
  );
}
