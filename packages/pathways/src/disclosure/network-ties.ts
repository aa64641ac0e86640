/**
 * Disclosure control for a handoff network document: the same primary and secondary suppression as
 * for handoff tables (`suppress.ts`), applied to the `handoff` ties that carry a `cases` attribute
 * (those mined from a log). A network cannot hold a tie without a weight, so suppressed ties are left
 * out, and the description says how many and why. Other ties are kept as they are.
 */

import type { NetworkDocument, Tie } from "@tvaers/model";
import { type Cell, DEFAULT_MIN_CASES, type SuppressOptions, suppressionPlan } from "./suppress.js";

function minedCases(tie: Tie): number | undefined {
  const cases = tie.attributes?.cases;
  return tie.kind === "handoff" && typeof cases === "number" ? cases : undefined;
}

/**
 * A copy of a handoff network without the ties that disclosure control suppresses (see the top of
 * this file). With `k = 0` the document is returned unchanged (copied).
 *
 * @example
 * const published = suppressHandoffTies(result.network, { k: 5 });
 */
export function suppressHandoffTies(doc: NetworkDocument, options: SuppressOptions = {}): NetworkDocument {
  const k = options.k ?? DEFAULT_MIN_CASES;
  const mined: number[] = [];
  const cells: Cell[] = [];
  doc.ties.forEach((tie, i) => {
    const cases = minedCases(tie);
    if (cases === undefined) return;
    mined.push(i);
    cells.push({ from: tie.source, to: tie.target, count: tie.weight, cases });
  });
  const plan = suppressionPlan(cells, k);
  const dropped = new Set(mined.filter((_, j) => plan[j] !== undefined));
  if (dropped.size === 0) return { ...doc, ties: [...doc.ties] };
  const primary = plan.filter((p) => p === "primary").length;
  const note =
    `Disclosure control: ${primary} handoff ${primary === 1 ? "tie" : "ties"} with fewer than ${k} cases ` +
    `and ${dropped.size - primary} more that would let totals reveal them are left out.`;
  return {
    ...doc,
    description: doc.description === undefined ? note : `${doc.description} ${note}`,
    ties: doc.ties.filter((_, i) => !dropped.has(i)),
  };
}
