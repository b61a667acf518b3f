import { describe, expect, it } from 'vitest';
import type { CompiledGlossary } from '../../glossary/compile';
import { StoredCopyWriter, type CompiledGlossaryStore } from '../../utils/background/stored-copy';

const tables = (tag: string) => ({ tag }) as unknown as CompiledGlossary;

/** A store whose writes finish only when the test lets them, and which records what was written. */
function slowStore(initial: string | null = null) {
  let stored = initial;
  const written: string[] = [];
  const pending: (() => void)[] = [];
  const store: CompiledGlossaryStore = {
    revision: async () => stored,
    write: (revision, compiled) =>
      new Promise<void>((resolve) => {
        pending.push(() => {
          stored = revision;
          written.push(`${revision}:${(compiled as unknown as { tag: string }).tag}`);
          resolve();
        });
      }),
  };
  const finishNextWrite = async () => {
    while (pending.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    pending.shift()!();
  };
  return { store, written, finishNextWrite, stored: () => stored };
}

describe('StoredCopyWriter: the stored copy of the tables follows publishes without holding them up', () => {
  it('returns before the write is done, and the write lands later', async () => {
    const { store, written, finishNextWrite } = slowStore();
    const writer = new StoredCopyWriter(store, (error) => { throw error; });
    let settled = false;
    const kept = writer.keep('r1', tables('a')).then(() => { settled = true; });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(settled).toBe(false);
    await finishNextWrite();
    await kept;
    expect(written).toEqual(['r1:a']);
  });

  it('skips a write that a newer publish made stale, and ends on the newest tables', async () => {
    const { store, written, finishNextWrite, stored } = slowStore();
    const writer = new StoredCopyWriter(store, (error) => { throw error; });
    const first = writer.keep('r1', tables('a'));
    await new Promise((resolve) => setTimeout(resolve, 0)); // r1's write is under way
    const second = writer.keep('r2', tables('b'));
    const third = writer.keep('r3', tables('c'));
    await finishNextWrite();
    await finishNextWrite();
    await Promise.all([first, second, third]);
    expect(written).toEqual(['r1:a', 'r3:c']);
    expect(stored()).toBe('r3');
  });

  it('writes only the newest of publishes that came together', async () => {
    const { store, written, finishNextWrite } = slowStore();
    const writer = new StoredCopyWriter(store, (error) => { throw error; });
    const kept = [writer.keep('r1', tables('a')), writer.keep('r2', tables('b'))];
    await finishNextWrite();
    await Promise.all(kept);
    expect(written).toEqual(['r2:b']);
  });

  it('writes nothing when the store already holds that revision', async () => {
    const { store, written } = slowStore('r1');
    await new StoredCopyWriter(store, (error) => { throw error; }).keep('r1', tables('a'));
    expect(written).toEqual([]);
  });

  it('reports a failed write and still writes the next one', async () => {
    const errors: unknown[] = [];
    const written: string[] = [];
    let fail = true;
    const store: CompiledGlossaryStore = {
      revision: async () => null,
      write: async (revision) => {
        if (fail) {
          fail = false;
          throw new Error('quota');
        }
        written.push(revision);
      },
    };
    const writer = new StoredCopyWriter(store, (error) => errors.push(error));
    await writer.keep('r1', tables('a'));
    await writer.keep('r2', tables('b'));
    expect(errors.map((error) => (error as Error).message)).toEqual(['quota']);
    expect(written).toEqual(['r2']);
  });
});
