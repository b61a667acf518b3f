import type { Settings } from '../../glossary/settings-schema';
import { parseMutedKey } from '../../utils/muted-ids';

export function MutedSection(props: { settings: Settings; termName(id: string): string; onChange(update: (current: Settings) => Settings): void }) {
  const muted = props.settings.mutedIds;
  return (
    <section aria-labelledby="muted">
      <h2 id="muted">Muted terms</h2>
      {muted.length === 0 ? (
        <p class="muted">No muted terms. Use “Don't highlight this term” on a card to mute one.</p>
      ) : (
        <ul class="rows">
          {muted.map((key) => (
            <li key={key} class="row">
              <span>{props.termName(parseMutedKey(key).id)}</span>
              <button type="button" aria-label={`Unmute ${props.termName(parseMutedKey(key).id)}`} onClick={() => props.onChange((current) => ({ ...current, mutedIds: current.mutedIds.filter((item) => item !== key) }))}>Unmute</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
