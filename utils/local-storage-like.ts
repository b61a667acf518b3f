import { browser } from 'wxt/browser';
import type { StorageLike } from '../glossary/import';

/** browser.storage.local as the small interface the import logic writes through. */
export const localStorageLike: StorageLike = {
  async get(key) {
    return (await browser.storage.local.get(key))[key];
  },
  async set(items) {
    await browser.storage.local.set(items);
  },
};
