import '../content/style.css';
import './reader.css';
import { render, h } from 'preact';
import { ReaderApp } from './ReaderApp';
import { localizeDocument } from '../../utils/ui/i18n';

localizeDocument('readerName');

// In a task of its own, not the one that evaluated the modules: in a fresh browser the page's first
// layout took 24 ms and the modules 8, and together they made the reader's longest task (40–51 ms).
setTimeout(() => render(h(ReaderApp, {}), document.getElementById('app')!), 0);
