/**
 * Disclosure control for handoff tables. Pathway data is personal health data, so a published table
 * must not let anyone single out a small group of patients.
 *
 * - Primary suppression: a pair seen in fewer than `k` distinct cases (default 5) has its `count`,
 *   `cases` and waits replaced by null and is marked `suppressed: "primary"`.
 * - Secondary suppression: a suppressed cell must not be recoverable by subtraction from a total. The
 *   table is read as a matrix (rows `from`, columns `to`) with row totals, column totals and a grand
 *   total. While any row, column or the whole table holds exactly one suppressed cell and at least one
 *   published cell, the published cell of that line with the fewest cases (then the lowest count, then
 *   by `from`, `to`) is suppressed too, marked `"secondary"`; this repeats until no line has a lone
 *   suppressed cell. A row or column with a single cell in it cannot be protected this way: tvaers
 *   publishes no row or column totals, so its total is never shown.
 *
 * The pair itself (`from`, `to`) and `crossSector` stay visible: a suppressed row says "fewer than k
 * cases, or hidden to protect one that has", not how many. `k = 0` turns suppression off. Case ids are
 * never part of a handoff, so they cannot leak through these tables.
 *
 * References: Hundepool, A. et al. (2012). Statistical Disclosure Control, ch. 4 (cell suppression,
 * primary and secondary). Wiley.
 */

import type { Handoff, WaitSummary } from "../handoffs/handoff.js";

/** Why a cell was suppressed. */
export type SuppressionReason = "primary" | "secondary";

/** A handoff as published: figures are null when suppressed, and `suppressed` says why. */
export interface DisclosedHandoff {
  from: string;
  to: string;
  count: number | null;
  cases: number | null;
  waitHours: { [K in keyof WaitSummary]: number | null };
  crossSector: boolean | null;
  /** Present only on suppressed rows. */
  suppressed?: SuppressionReason;
}

/** Options of disclosure control. */
export interface SuppressOptions {
  /** Cells with fewer cases than this are suppressed. Default 5; 0 turns suppression off. */
  k?: number;
}

/** The default minimum number of cases a published cell must have. */
export const DEFAULT_MIN_CASES = 5;

/** A cell of the table as the suppression algorithm sees it. */
export interface Cell {
  from: string;
  to: string;
  count: number;
  cases: number;
}

/**
 * Decides which cells to suppress (see the top of this file): for each cell, `undefined` (published),
 * `"primary"` or `"secondary"`.
 */
export function suppressionPlan(cells: readonly Cell[], k: number): (SuppressionReason | undefined)[] {
  const plan: (SuppressionReason | undefined)[] = cells.map((c) =>
    k > 0 && c.cases < k ? "primary" : undefined,
  );
  if (!plan.includes("primary")) return plan;
  const lines = new Map<string, number[]>();
  const addTo = (key: string, i: number) => {
    const line = lines.get(key);
    if (line === undefined) lines.set(key, [i]);
    else line.push(i);
  };
  cells.forEach((c, i) => {
    addTo(`from\u0000${c.from}`, i);
    addTo(`to\u0000${c.to}`, i);
    addTo("all", i);
  });
  const smaller = (a: number, b: number): boolean => {
    const x = cells[a]!;
    const y = cells[b]!;
    if (x.cases !== y.cases) return x.cases < y.cases;
    if (x.count !== y.count) return x.count < y.count;
    if (x.from !== y.from) return x.from < y.from;
    return x.to < y.to;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines.values()) {
      let hidden = 0;
      let pick = -1;
      for (const i of line) {
        if (plan[i] !== undefined) hidden++;
        else if (pick < 0 || smaller(i, pick)) pick = i;
      }
      if (hidden === 1 && pick >= 0) {
        plan[pick] = "secondary";
        changed = true;
      }
    }
  }
  return plan;
}

/**
 * Applies primary and secondary suppression to handoffs (see the top of this file). With `k = 0` the
 * handoffs are returned as they are (copied).
 *
 * @example
 * const published = suppressSmallCells(result.handoffs, { k: 5 });
 */
export function suppressSmallCells(
  handoffs: readonly Handoff[],
  options: SuppressOptions = {},
): DisclosedHandoff[] {
  const k = options.k ?? DEFAULT_MIN_CASES;
  const plan = suppressionPlan(handoffs, k);
  return handoffs.map((h, i) => {
    const reason = plan[i];
    if (reason === undefined) return { ...h, waitHours: { ...h.waitHours } };
    return {
      from: h.from,
      to: h.to,
      count: null,
      cases: null,
      waitHours: { median: null, p90: null, mean: null },
      crossSector: h.crossSector,
      suppressed: reason,
    };
  });
}

/**
 * One sentence saying what disclosure control did, for a command's standard error or a notebook:
 * how many cells were suppressed and why, or that suppression is off.
 */
export function describeSuppression(rows: readonly { suppressed?: SuppressionReason }[], k: number): string {
  if (k <= 0) {
    return "Disclosure control is off (--suppress-below 0): every handoff is shown, however few cases it has.";
  }
  const primary = rows.filter((r) => r.suppressed === "primary").length;
  const secondary = rows.filter((r) => r.suppressed === "secondary").length;
  if (primary + secondary === 0) return `No handoff has fewer than ${k} cases; nothing was suppressed.`;
  return (
    `${primary} handoff ${primary === 1 ? "pair has" : "pairs have"} fewer than ${k} cases and ` +
    `${primary === 1 ? "is" : "are"} suppressed; ${secondary} more ${secondary === 1 ? "is" : "are"} ` +
    "suppressed so that totals cannot reveal them."
  );
}
