/**
 * Communication gaps before and after a collaboration model (gaps as `communicationGaps` in
 * @tvaers/pathways defines them: a handoff pair without a good direct channel; severity by default
 * volume × (1 − channel quality)).
 *
 *   severity             Σ severity over handoff pairs (all pairs, flagged or not: a weak channel still
 *                        costs); `crossSectorSeverity` over pairs whose ends are in different sectors
 *   flagged              pairs flagged as gaps (no channel, only a relay, or a weak direct channel)
 *   closed               pairs flagged before that are present and not flagged after
 *   opened               pairs flagged after that were absent or not flagged before
 *   changed              every pair whose severity changed, or that appeared or disappeared, ranked by
 *                        severity reduction (before − after, an absent pair counting 0), then from, to
 *
 * Pairs are matched by (from, to). `restrictTo` keeps only the pairs with an end among given actors
 * (a stakeholder's).
 *
 * Complexity: O(g log g) for g handoff pairs.
 */
import type { Gap } from "@tvaers/pathways";
import { type Comparison, compare } from "./compare.js";

/** One handoff pair's channel, before or after. */
export interface GapState {
  status: Gap["status"];
  /** Normalised channel quality, 0–1. */
  quality: number;
  severity: number;
  flagged: boolean;
}

/** A handoff pair whose gap changed. */
export interface GapChange {
  from: string;
  to: string;
  fromSector: string;
  toSector: string;
  /** The pair before (`null`: it did not exist) and after (`null`: it no longer exists). */
  before: GapState | null;
  after: GapState | null;
  /** Severity before − after (absent counts 0): positive is better. */
  reduction: number;
}

/** Gaps before and after a model. */
export interface GapComparison {
  severity: Comparison;
  crossSectorSeverity: Comparison;
  flagged: Comparison;
  closed: GapChange[];
  opened: GapChange[];
  changed: GapChange[];
}

const key = (gap: Gap) => `${gap.from}\u0000${gap.to}`;
const state = (gap: Gap): GapState => ({
  status: gap.status,
  quality: gap.quality,
  severity: gap.severity,
  flagged: gap.flagged,
});
const byText = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

/** Compares the gaps of a network before and after a model (see the file comment). */
export function compareGaps(
  before: readonly Gap[],
  after: readonly Gap[],
  restrictTo?: ReadonlySet<string>,
): GapComparison {
  const keep = (gap: Gap) => restrictTo === undefined || restrictTo.has(gap.from) || restrictTo.has(gap.to);
  const b = before.filter(keep);
  const a = after.filter(keep);
  const sum = (gaps: readonly Gap[], cross: boolean) =>
    gaps.reduce((s, g) => (cross && g.fromSector === g.toSector ? s : s + g.severity), 0);
  const flagged = (gaps: readonly Gap[]) => gaps.filter((g) => g.flagged).length;

  const pairs = new Map<string, { before?: Gap; after?: Gap }>();
  for (const gap of b) pairs.set(key(gap), { before: gap });
  for (const gap of a) pairs.set(key(gap), { ...pairs.get(key(gap)), after: gap });
  const changes: GapChange[] = [];
  for (const { before: x, after: y } of pairs.values()) {
    const either = (x ?? y)!;
    const reduction = (x?.severity ?? 0) - (y?.severity ?? 0);
    const same = x !== undefined && y !== undefined && x.status === y.status && x.quality === y.quality;
    if (same && reduction === 0) continue;
    changes.push({
      from: either.from,
      to: either.to,
      fromSector: either.fromSector,
      toSector: either.toSector,
      before: x === undefined ? null : state(x),
      after: y === undefined ? null : state(y),
      reduction,
    });
  }
  changes.sort((p, q) => q.reduction - p.reduction || byText(p.from, q.from) || byText(p.to, q.to));
  return {
    severity: compare(sum(b, false), sum(a, false)),
    crossSectorSeverity: compare(sum(b, true), sum(a, true)),
    flagged: compare(flagged(b), flagged(a)),
    closed: changes.filter((c) => c.before?.flagged === true && c.after?.flagged === false),
    opened: changes.filter((c) => c.after?.flagged === true && c.before?.flagged !== true),
    changed: changes,
  };
}
