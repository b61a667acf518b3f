import './style.css';
import { startPageSession } from './page-session';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT still announces each start to the page with window.postMessage as well as its own event
  // (kept for older WXT versions). Measured in Chromium, that one call took 13 ms of a page's main
  // thread, more than half of the script's start-up; and pages with careless message listeners
  // receive it. A newer copy of this script retires the old one through the event alone.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startPageSession(ctx);
  },
});
