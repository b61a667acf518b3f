import '../content/style.css';
import './reader.css';
import { render, h } from 'preact';
import { ReaderApp } from './ReaderApp';

render(h(ReaderApp, {}), document.getElementById('app')!);
