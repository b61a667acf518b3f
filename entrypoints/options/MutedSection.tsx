import type { Settings } from '../../glossary/settings-schema';
import { parseMutedKey, withoutMutedKey } from '../../glossary/muted-ids';
import { t } from '../../utils/ui/i18n';

export function MutedSection(props: { settings: Settings; termName(id: string): string; onChange(update: (current: Settings) => Settings): void }) {
  const muted = props.settings.mutedIds;
  return (
    <section aria-labelledby="muted">
      <h2 id="muted">{t('mutedHeading')}</h2>
      {muted.length === 0 ? (
        <p class="muted">{t('mutedEmpty', t('cardMute'))}</p>
      ) : (
        <ul class="rows">
          {muted.map((key) => (
            <li key={key} class="row">
              <span>{props.termName(parseMutedKey(key).id)}</span>
              <button type="button" aria-label={t('mutedUnmuteLabel', props.termName(parseMutedKey(key).id))} onClick={() => props.onChange((current) => ({ ...current, mutedIds: withoutMutedKey(current.mutedIds, key) }))}>{t('mutedUnmute')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
