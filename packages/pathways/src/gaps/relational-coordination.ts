/**
 * Relational Coordination (RC; Gittell 2002, 2009): how well the roles that share a patient coordinate,
 * measured by seven survey items, each answered on a 1–5 scale by one role about another:
 *
 *   1 frequent communication       5 shared goals
 *   2 timely communication         6 shared knowledge
 *   3 accurate communication       7 mutual respect
 *   4 problem-solving communication
 *
 * The RC index is the mean of the seven items, RC = (Σ items) / 7, on the same 1–5 scale.
 *
 * Levels: practice reads an index below about 3.5 as weak and from about 4 as strong, but no single
 * validated cut-off has been published, so both thresholds are options (`weak`, `strong`) with those
 * defaults: index < weak → "weak", index ≥ strong → "strong", otherwise "moderate".
 *
 * As a channel quality: a communication tie may carry its survey answers as `attributes.rc` (the seven
 * items in the order above); {@link relationalCoordinationQuality} turns them into the tie's quality,
 * mapping the 1–5 index linearly onto the document's quality scale (identity on the default 1–5).
 *
 * Edge cases: a list that does not hold exactly seven finite numbers in 1–5 is a
 * {@link TvaersInputError} naming every bad item; there is no partial index for missing items.
 *
 * Complexity: O(1).
 *
 * References: Gittell, J. H. (2002). Coordinating mechanisms in care provider groups: relational
 * coordination as a mediator and input uncertainty as a moderator of performance effects. Management
 * Science 48(11), 1408–1426. Gittell, J. H. (2009). High Performance Healthcare: Using the Power of
 * Relationships to Achieve Quality, Efficiency and Resilience. McGraw-Hill.
 */
import type { Problem, Scale, Tie } from "@tvaers/model";
import { DEFAULT_QUALITY_SCALE, TvaersInputError } from "@tvaers/model";

/** The seven Relational Coordination items, in survey order. */
export const RC_ITEMS = [
  "frequent communication",
  "timely communication",
  "accurate communication",
  "problem-solving communication",
  "shared goals",
  "shared knowledge",
  "mutual respect",
] as const;

/** The scale every RC item and the index are on. */
export const RC_SCALE: Scale = { min: 1, max: 5 };

/** Thresholds on the 1–5 RC index: below `weak` is weak, from `strong` on is strong. */
export interface RelationalCoordinationThresholds {
  weak: number;
  strong: number;
}

/** Default RC thresholds (a convention of practice, not a published cut-off): weak < 3.5, strong ≥ 4. */
export const RC_THRESHOLDS: Readonly<RelationalCoordinationThresholds> = { weak: 3.5, strong: 4 };

/** A strength level of Relational Coordination. */
export type RelationalCoordinationLevel = "weak" | "moderate" | "strong";

function itemProblems(items: unknown, path: string): Problem[] {
  if (!Array.isArray(items) || items.length !== RC_ITEMS.length) {
    const got = Array.isArray(items) ? `${items.length} values` : "no list";
    return [
      { path, field: "rc", message: `Relational Coordination needs a list of 7 item scores, got ${got}` },
    ];
  }
  const problems: Problem[] = [];
  items.forEach((value: unknown, i) => {
    if (
      typeof value === "number" &&
      Number.isFinite(value) &&
      value >= RC_SCALE.min &&
      value <= RC_SCALE.max
    ) {
      return;
    }
    problems.push({
      path: `${path}[${i}]`,
      field: "rc",
      message: `Relational Coordination item ${i + 1} (${RC_ITEMS[i]}) must be a number from 1 to 5, got ${JSON.stringify(value) ?? String(value)}`,
    });
  });
  return problems;
}

/**
 * The Relational Coordination index: the mean of the seven item scores (each 1–5). Throws a
 * {@link TvaersInputError} naming every bad item when there are not seven numbers in 1–5.
 *
 * @example
 * relationalCoordinationIndex([4, 3, 4, 3, 5, 4, 5]); // 4
 */
export function relationalCoordinationIndex(items: readonly number[]): number {
  const problems = itemProblems(items, "rc");
  if (problems.length > 0) throw new TvaersInputError(problems);
  return items.reduce((sum, item) => sum + item, 0) / items.length;
}

/** The level of an RC index: `"weak"` below `weak`, `"strong"` from `strong` on, else `"moderate"`. */
export function relationalCoordinationLevel(
  index: number,
  thresholds: Partial<RelationalCoordinationThresholds> = {},
): RelationalCoordinationLevel {
  const { weak = RC_THRESHOLDS.weak, strong = RC_THRESHOLDS.strong } = thresholds;
  if (!(RC_SCALE.min <= weak && weak <= strong && strong <= RC_SCALE.max)) {
    throw new RangeError(
      `RC thresholds must satisfy 1 ≤ weak ≤ strong ≤ 5, got weak ${weak}, strong ${strong}`,
    );
  }
  if (index < weak) return "weak";
  return index >= strong ? "strong" : "moderate";
}

/**
 * A communication tie's quality from Relational Coordination: when the tie has `attributes.rc` (the
 * seven items), their index mapped linearly from 1–5 onto `scale`; otherwise the tie's own `quality`.
 * Pass it as the `quality` option of `communicationGaps`. Throws a {@link TvaersInputError} for bad
 * items (paths start at `attributes.rc`).
 */
export function relationalCoordinationQuality(
  tie: Tie,
  scale: Scale = DEFAULT_QUALITY_SCALE,
): number | undefined {
  const items = tie.attributes?.rc;
  if (items === undefined) return tie.quality;
  const problems = itemProblems(items, "attributes.rc");
  if (problems.length > 0) throw new TvaersInputError(problems);
  const index = relationalCoordinationIndex(items as number[]);
  return scale.min + ((index - RC_SCALE.min) / (RC_SCALE.max - RC_SCALE.min)) * (scale.max - scale.min);
}
