import { render } from 'preact';
import '../../components/term-card.css';
import './options.css';
import { OptionsApp } from './OptionsApp';
import { localizeDocument } from '../../utils/ui/i18n';
import { migrateStoredSettings } from '../../utils/storage/settings';

localizeDocument('optionsTitle');
// Settings stored in an older shape are rewritten by every extension page that opens (pages never do).
void migrateStoredSettings();

render(<OptionsApp />, document.getElementById('app')!);
