import '../content/style.css';
import './reader.css';
import { render, h } from 'preact';
import { ReaderApp } from './ReaderApp';
import { localizeDocument } from '../../utils/ui/i18n';

localizeDocument('readerName');

render(h(ReaderApp, {}), document.getElementById('app')!);
