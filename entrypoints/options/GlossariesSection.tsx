import type { Settings } from '../../utils/settings-schema';

export interface PackSummary {
  id: string;
  name: string;
  count: number;
  version: string;
}

export function GlossariesSection(props: { packs: PackSummary[]; settings: Settings; onChange(update: (current: Settings) => Settings): void }) {
  return (
    <section aria-labelledby="glossaries">
      <h2 id="glossaries">Glossaries</h2>
      <ul class="rows">
        {props.packs.map((pack) => {
          const enabled = !props.settings.disabledPacks.includes(pack.id);
          return (
            <li key={pack.id} class="row">
              <label class="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={enabled}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    props.onChange((current) => ({
                      ...current,
                      disabledPacks: on ? current.disabledPacks.filter((id) => id !== pack.id) : [...current.disabledPacks, pack.id],
                    }));
                  }}
                />
                <span>
                  <strong>{pack.name}</strong> · {pack.count} entries · bundled, version {pack.version}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
