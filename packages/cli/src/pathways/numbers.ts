import { UsageError } from "../usage-error.js";

type Value = string | boolean | undefined;

/**
 * The whole number given for `--<name>`, at least `min` (`1e6` is read as 1000000); `fallback` when
 * the option is absent. Throws a {@link UsageError} for anything else.
 */
export function wholeNumber(name: string, value: Value, min: number, fallback: number): number;
export function wholeNumber(name: string, value: Value, min: number): number | undefined;
export function wholeNumber(name: string, value: Value, min: number, fallback?: number): number | undefined {
  if (typeof value !== "string") return fallback;
  const n = value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  }
  return n;
}

/** The number of hours given for `--<name>` (0 or more, fractions allowed), or undefined when absent. */
export function hours(name: string, value: Value): number | undefined {
  if (typeof value !== "string") return undefined;
  const n = value.trim() === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} must be a number of hours ≥ 0, not "${value}"`);
  return n;
}
