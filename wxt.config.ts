import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestCommands } from './utils/messages/commands';

/**
 * Public half of a throwaway key: it only pins the unpacked Chromium build to a stable
 * extension ID (dplenkjoihneebepdnpcjffnecllekee), so tests and the demo can open
 * chrome-extension://<id>/popup.html. The private half was never kept.
 */
const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuAyHDSNshZ/jNwFM/fsF6aT13ZErhyfOJ3tOxrNIX1tHb37mac3uttsDPz8j2EoPzR1ETtrfkENhZY1t9kZyKxUXo/7I8NVfpwn+4IiHyy2FooxO7F+tN1EsrTUreS7eoykPCddMXK4RHOR9mgiudY6ltdnln4xSYDk2smP65xOUvgH0+FOs5VGEWHR1Pf3ysHCmP8rAIIjg2QwuleMiuF5RJXDBRCO6uG/Gb8/kqrs98p+byKX7P1oNsTWD5Wf+Eaf+9+w13CJnPeAvvzZvQ8L+q4IslTUAv6fqvgNUcUJsX6gsPNLUoR4fEyx/WON+hCXY15N/rfBv+VMxxgZxjwIDAQAB';

export default defineConfig({
  modules: [],
  manifestVersion: 3,
  zip: {
    // The sources package is what a store reviewer rebuilds from: never the local measuring corpora
    // (third-party text, kept out of git too) or generated demo files.
    excludeSources: ['corpus/**', 'demo/generated/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // From _locales (public/_locales/en/messages.json), ready for translation.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings and imported glossaries. contextMenus: "Explain … with Termlight".
    permissions: ['storage', 'contextMenus'],
    // Descriptions from _locales too: the browser's shortcut settings and the options page list them.
    commands: manifestCommands(),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'termlight@termlight.dev',
              // 140 is the first Firefox with the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: 142 is the first to read data_collection_permissions (it has the
            // Highlight API since 140); context menus, commands and windows are missing there and
            // feature-checked in the code.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          key: CHROMIUM_PUBLIC_KEY,
          // 128 is the first Chrome with document.caretPositionFromPoint.
          minimum_chrome_version: '128',
          // The card's drawing code, which the content script imports on the first card it shows
          // (entrypoints/card-ui.ts; Firefox's content script has it bundled in). At a dynamic URL,
          // made anew each session, so pages can't probe for Termlight with it.
          web_accessible_resources: [{ resources: ['card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
        }),
  }),
});
