import { describe, expect, it } from 'vitest';
import { WatchedValue } from '../../entrypoints/reader/watched-value';

/** A read that resolves when the test says, and a watch whose changes the test sends. */
function storedValue<T>() {
  let resolveRead!: (value: T) => void;
  let rejectRead!: (error: Error) => void;
  let reads = 0;
  let send!: (value: T) => void;
  const value = new WatchedValue<T>(
    () => {
      reads++;
      return new Promise<T>((resolve, reject) => {
        resolveRead = resolve;
        rejectRead = reject;
      });
    },
    (onChange) => {
      send = onChange;
    },
  );
  return { value, resolveRead: (v: T) => resolveRead(v), rejectRead: (error: Error) => rejectRead(error), send: (v: T) => send(v), reads: () => reads };
}

describe('WatchedValue (the reader reads its settings and glossary before a document is open)', () => {
  it('reads once, when made, and gives every caller that value', async () => {
    const stored = storedValue<string>();
    expect(stored.reads()).toBe(1);
    const first = stored.value.current();
    stored.resolveRead('revision 1');
    expect(await first).toBe('revision 1');
    expect(await stored.value.current()).toBe('revision 1');
    expect(stored.reads()).toBe(1);
  });

  it('a change published while the first read is under way wins over the read', async () => {
    const stored = storedValue<string>();
    const asked = stored.value.current();
    stored.send('revision 2');
    stored.resolveRead('revision 1');
    expect(await asked).toBe('revision 2');
    expect(await stored.value.current()).toBe('revision 2');
  });

  it('a change published before anyone asked is what they get', async () => {
    const stored = storedValue<string>();
    stored.resolveRead('revision 1');
    stored.send('revision 2');
    expect(await stored.value.current()).toBe('revision 2');
  });

  it('a failed read fails those waiting for it, and the next caller reads again', async () => {
    const stored = storedValue<string>();
    const asked = stored.value.current();
    stored.rejectRead(new Error('storage unavailable'));
    await expect(asked).rejects.toThrow('storage unavailable');
    const again = stored.value.current();
    expect(stored.reads()).toBe(2);
    stored.resolveRead('revision 1');
    expect(await again).toBe('revision 1');
    expect(await stored.value.current()).toBe('revision 1');
    expect(stored.reads()).toBe(2);
  });

  it('a failed read nobody waited for is read again by the first caller, and is no unhandled rejection', async () => {
    const stored = storedValue<string>();
    stored.rejectRead(new Error('storage unavailable'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const asked = stored.value.current();
    expect(stored.reads()).toBe(2);
    stored.resolveRead('revision 1');
    expect(await asked).toBe('revision 1');
  });

  it('a change published while the first read is under way wins over a read that then fails', async () => {
    const stored = storedValue<string>();
    const asked = stored.value.current();
    stored.send('revision 2');
    stored.rejectRead(new Error('storage unavailable'));
    expect(await asked).toBe('revision 2');
    expect(stored.reads()).toBe(1);
  });

  it('a change published after a failed read is the value, without another read', async () => {
    const stored = storedValue<string>();
    stored.rejectRead(new Error('storage unavailable'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    stored.send('revision 2');
    expect(await stored.value.current()).toBe('revision 2');
    expect(stored.reads()).toBe(1);
  });

  it('listeners hear later changes until they stop', async () => {
    const stored = storedValue<number>();
    stored.resolveRead(1);
    await stored.value.current();
    const heard: number[] = [];
    const stop = stored.value.onChange((value) => heard.push(value));
    stored.send(2);
    stored.send(3);
    stop();
    stored.send(4);
    expect(heard).toEqual([2, 3]);
    expect(await stored.value.current()).toBe(4);
  });
});
