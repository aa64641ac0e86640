import { z } from "zod";

/** Any JSON value: what an extra attribute of an actor or tie may hold. */
export type AttributeValue =
  | string
  | number
  | boolean
  | null
  | AttributeValue[]
  | { [key: string]: AttributeValue };

/** Extra attributes of an actor or tie, keyed by name. Keys such as `__proto__` are ordinary keys here. */
export type Attributes = Record<string, AttributeValue>;

/**
 * Sets `key` as an own, enumerable property, so that `__proto__` or `constructor` stays a plain key
 * and never reaches an object's prototype.
 */
export function setOwn<V>(target: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Copies entries into a fresh object with own properties only (see {@link setOwn}). */
export function safeRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of entries) setOwn(out, key, value);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

type Issue = { path: (string | number)[]; message: string };

/** Copies a JSON value safely, collecting what is not JSON (functions, NaN, Infinity, undefined). */
function copyJson(value: unknown, path: (string | number)[], issues: Issue[]): AttributeValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) issues.push({ path, message: "must be a finite number" });
    return value;
  }
  if (Array.isArray(value)) return value.map((v, i) => copyJson(v, [...path, i], issues));
  if (isPlainObject(value)) {
    return safeRecord(Object.keys(value).map((k) => [k, copyJson(value[k], [...path, k], issues)] as const));
  }
  issues.push({ path, message: "must be text, a number, true/false, a list or an object" });
  return null;
}

/**
 * Schema of an `attributes` object: any JSON object. Keys are copied as own properties, so
 * `{"__proto__": …}` from a file stays an attribute named `__proto__`.
 */
export const AttributesSchema = z.unknown().transform((value, ctx): Attributes => {
  if (!isPlainObject(value)) {
    ctx.addIssue({ code: "custom", message: "must be an object of named values" });
    return z.NEVER;
  }
  const issues: Issue[] = [];
  const out = copyJson(value, [], issues) as Attributes;
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return issues.length > 0 ? z.NEVER : out;
});
