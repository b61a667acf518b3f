import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialHandover } from '../../entrypoints/popup/popup-data';
import { readEntryRef } from '../../utils/messages/entry-ref';
import { pendingEntryItem, pendingQueryItem } from '../../utils/storage/open-popup';

/** Issue #17, item 10: what a card hands the popup, and how the popup checks it. */

const at = (search: string) => ({ search }) as Location;

describe('the popup reads what it is opened on', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens on an entry a card handed over, and clears it for the next opening', async () => {
    await pendingEntryItem.setValue({ packId: 'health-basics', id: 'dehydration' });
    expect(await initialHandover(at(''))).toEqual({ entry: { packId: 'health-basics', id: 'dehydration' } });
    expect(await pendingEntryItem.getValue()).toBeNull();
    expect(await initialHandover(at(''))).toBeNull();
  });

  it('ignores a handed-over entry of any other shape, falling back to a handed-over query', async () => {
    for (const bad of ['dehydration', { id: 'dehydration' }, { packId: 'health-basics', id: '' }, { packId: 'x', id: 'y', extra: 1 }, { packId: 1, id: 'y' }, { packId: 'x', id: 'y'.repeat(201) }]) {
      await pendingEntryItem.setValue(bad);
      await pendingQueryItem.setValue('kidney');
      expect(await initialHandover(at(''))).toEqual({ query: 'kidney' });
      expect(await pendingEntryItem.getValue()).toBeNull();
    }
  });

  it('reads an entry or a query from its address, when it opened in a window of its own', async () => {
    expect(await initialHandover(at('?pack=user-my-terms&entry=kidney&tab=3'))).toEqual({ entry: { packId: 'user-my-terms', id: 'kidney' } });
    expect(await initialHandover(at('?entry=kidney&tab=3'))).toBeNull();
    expect(await initialHandover(at('?q=water%20pill'))).toEqual({ query: 'water pill' });
  });
});

describe('readEntryRef', () => {
  it('takes exactly a glossary id and an entry id', () => {
    expect(readEntryRef({ packId: 'health-basics', id: 'kidney' })).toEqual({ packId: 'health-basics', id: 'kidney' });
    expect(readEntryRef(null)).toBeNull();
    expect(readEntryRef({ packId: 'health-basics', id: 'kidney', term: 'kidney' })).toBeNull();
  });
});
