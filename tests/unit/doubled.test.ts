/** doubled(): the growth step of the glossary's typed lists keeps every value and the array's type. */
import { describe, expect, it } from 'vitest';
import { doubled } from '../../glossary/doubled';

describe('doubled', () => {
  it('copies an Int32Array into one twice as long, with zeros after the old values', () => {
    const bigger = doubled(Int32Array.of(3, -7, 2_000_000_000));
    expect(bigger).toBeInstanceOf(Int32Array);
    expect([...bigger]).toEqual([3, -7, 2_000_000_000, 0, 0, 0]);
  });

  it('keeps a Float64Array a Float64Array, so keys above 2^31 stay exact', () => {
    const key = 2 ** 40 + 5;
    const bigger = doubled(Float64Array.of(key, 0.5));
    expect(bigger).toBeInstanceOf(Float64Array);
    expect([...bigger]).toEqual([key, 0.5, 0, 0]);
  });

  it('leaves the old array as it was', () => {
    const old = Int32Array.of(1, 2);
    doubled(old)[0] = 9;
    expect([...old]).toEqual([1, 2]);
  });
});
