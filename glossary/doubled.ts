/**
 * A typed array's contents in a new one twice as long: the step by which the matcher's and the
 * context rules' growable lists make room (typed arrays can't grow in place).
 */
export function doubled(array: Int32Array): Int32Array<ArrayBuffer>;
export function doubled(array: Float64Array): Float64Array<ArrayBuffer>;
export function doubled(array: Int32Array | Float64Array): Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> {
  const bigger = array instanceof Float64Array ? new Float64Array(array.length * 2) : new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
