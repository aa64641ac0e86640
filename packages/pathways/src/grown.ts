/** Growing typed arrays, for the columns that hold events while they are read and mined. */

/** A copy of `array` in a new array of `length` elements (the rest zero), of the same type. */
export function grown<T extends Float64Array | Int32Array>(array: T, length: number): T {
  const out = new (array.constructor as new (n: number) => T)(length);
  out.set(array);
  return out;
}
