/**
 * Field-by-field changes between two versions of one item (an actor, a tie, a forum): every top-level
 * field, and each key of `attributes` on its own (`attributes.population`), so a diff keeps every
 * attribute. Values are compared as JSON (see `sameJson`); a field that is missing on one side is
 * reported with `undefined` there.
 */
import { sameJson } from "../io/csv/same-json.js";

/** One field whose value differs between before and after. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** Every field (and attribute) that differs between `before` and `after`, sorted by field name. */
export function fieldChanges(before: object, after: object): FieldChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (field === "attributes") continue;
    if (!sameJson(a[field], b[field])) out.push({ field, before: a[field], after: b[field] });
  }
  const attrsA = record(a.attributes);
  const attrsB = record(b.attributes);
  for (const key of new Set([...Object.keys(attrsA), ...Object.keys(attrsB)])) {
    const x = Object.hasOwn(attrsA, key) ? attrsA[key] : undefined;
    const y = Object.hasOwn(attrsB, key) ? attrsB[key] : undefined;
    if (!sameJson(x, y)) out.push({ field: `attributes.${key}`, before: x, after: y });
  }
  return out.sort((p, q) => (p.field < q.field ? -1 : p.field > q.field ? 1 : 0));
}
