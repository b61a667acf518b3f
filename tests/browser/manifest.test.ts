import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness/paths';

const read = (dir: string) => JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8'));

/**
 * Every permission is a promise to users. Changing these lists must be a deliberate edit here,
 * with a reason in the README's permissions table.
 */
const APPROVED_PERMISSIONS = ['contextMenus', 'storage'];

describe.each([
  ['chrome', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('%s manifest', (browser, dir) => {
  const manifest = read(dir);

  it('asks only for the approved permissions and no host permissions', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual([...APPROVED_PERMISSIONS].sort());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('is Manifest V3 with one content script in every frame', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]).toMatchObject({ matches: ['<all_urls>'], all_frames: true });
    expect(manifest.content_scripts[0].css?.length).toBeGreaterThan(0);
  });

  // Issue #15: the PDF reader is an extension page with PDF.js's worker as a file of its own. It
  // needs no permission beyond the list above: "Open PDF in Termlight" is a contextMenus item, the
  // popup's "Open this PDF" uses only what the browser already shows it (no tabs, no activeTab),
  // and the PDF fetch needs no host permission the content script's matches do not already give.
  it('ships the PDF reader and its PDF.js worker without asking for more', () => {
    expect(existsSync(resolve(dir, 'reader.html'))).toBe(true);
    const assets = readdirSync(resolve(dir, 'assets'));
    expect(assets.some((name) => /^pdf\.worker\.min-.*\.mjs$/.test(name))).toBe(true);
    expect(manifest.permissions).not.toContain('activeTab');
    expect(manifest.permissions).not.toContain('tabs');
  });

  // In Chromium pages can reach one file of the extension: the card's drawing code, which the
  // content script imports on its first card, served at a URL made anew each session, so a page
  // can't probe for it to learn that Termlight is installed. Firefox's content script has that
  // code bundled in, and pages reach nothing.
  it('lets pages reach nothing but, in Chromium, the card code at a dynamic URL', () => {
    const chromium = browser === 'chrome';
    expect(manifest.web_accessible_resources ?? []).toEqual(chromium ? [{ resources: ['card-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }] : []);
    expect(existsSync(resolve(dir, 'card-ui.js'))).toBe(chromium);
  });

  it('takes its name and description from _locales, in English', () => {
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    const messages = JSON.parse(readFileSync(resolve(dir, '_locales/en/messages.json'), 'utf8'));
    expect(messages.extName.message).toBe('Termlight');
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('ships icons in every size', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '96', '128']);
  });

  if (browser === 'firefox') {
    it('declares a gecko id, Firefox 140+ and no data collection', () => {
      expect(manifest.browser_specific_settings.gecko).toEqual({
        id: 'termlight@termlight.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      });
    });

    it('declares Firefox for Android 142+ (the first to read data_collection_permissions)', () => {
      expect(manifest.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    });
  } else {
    it('pins its extension ID with a key and requires Chrome 128+', () => {
      expect(typeof manifest.key).toBe('string');
      expect(manifest.minimum_chrome_version).toBe('128');
    });
  }
});
