import { render } from 'preact';
import '../../components/term-card.css';
import './popup.css';
import { PopupApp } from './PopupApp';
import { localizeDocument } from '../../utils/ui/i18n';

localizeDocument('extName');

render(<PopupApp />, document.getElementById('app')!);
