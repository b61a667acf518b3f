import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/ui/i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The keyboard commands as the browser has them now (users can rebind them there). */
export function ShortcutsSection() {
  const [commands, setCommands] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands?.getAll?.().then((all) =>
      setCommands(all.map((command) => ({ name: command.name ?? '', description: command.description || t('commandOpenPopup'), shortcut: command.shortcut || t('shortcutNotSet') }))),
    );
  }, []);
  if (commands.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts">
      <h2 id="shortcuts">{t('shortcutsHeading')}</h2>
      <table class="shortcuts">
        <tbody>
          {commands.map((command) => (
            <tr key={command.name}>
              <td>{command.description}</td>
              <td><kbd>{command.shortcut}</kbd></td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
