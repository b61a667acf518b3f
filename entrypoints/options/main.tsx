import { render } from 'preact';
import '../../components/term-card.css';
import './options.css';
import { OptionsApp } from './OptionsApp';
import { localizeDocument } from '../../utils/ui/i18n';

localizeDocument('optionsTitle');

render(<OptionsApp />, document.getElementById('app')!);
