import { render } from 'preact';
import '../../components/term-card.css';
import './popup.css';
import { PopupApp } from './PopupApp';
import { localizeDocument } from '../../utils/ui/i18n';
import { migrateStoredSettings } from '../../utils/storage/settings';

localizeDocument('extName');
// Settings stored in an older shape are rewritten by every extension page that opens (pages never do).
void migrateStoredSettings();

render(<PopupApp />, document.getElementById('app')!);
