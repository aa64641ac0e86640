/**
 * Local (dyadic) constraint (Burt 1992, p. 54, eq. 2.4): how much node i's investment in contact j is
 * concentrated on j, directly or through i's other contacts q,
 *
 *   ℓ(i, j) = (p_ij + Σ_{q ≠ i, j} p_iq p_qj)²,
 *
 * with p the proportional mutual weights of `contacts.ts`. This is networkx's `local_constraint`,
 * evaluated here for every contact j of every node i at once.
 *
 * Reference: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press.
 *
 * Edge cases: only contacts get a value (an isolate gets an empty object); ℓ(i, j) > 0 for a contact.
 *
 * Complexity: O(Σ_q deg(q)²) time over the contact graph — every two-step walk i → q → j once — and
 * O(n) extra memory.
 */
import type { AbstractGraph } from "graphology-types";
import { keyed } from "../graph/keyed.js";
import { buildContacts, type Contacts, type StructuralHoleOptions } from "./contacts.js";

/** ℓ(i, j) for every contact j of every node i, aligned with `contacts.targets`. */
export function localConstraints(contacts: Contacts): Float64Array {
  const { offsets, targets, proportion } = contacts;
  const n = contacts.nodes.length;
  const local = new Float64Array(targets.length);
  const indirect = new Float64Array(n);
  const isContact = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    for (let k = start; k < end; k++) isContact[targets[k]!] = i;
    for (let k = start; k < end; k++) {
      const q = targets[k]!;
      const piq = proportion[k]!;
      for (let l = offsets[q]!; l < offsets[q + 1]!; l++) {
        const j = targets[l]!;
        if (isContact[j] === i) indirect[j]! += piq * proportion[l]!;
      }
    }
    for (let k = start; k < end; k++) {
      const j = targets[k]!;
      local[k] = (proportion[k]! + indirect[j]!) ** 2;
      indirect[j] = 0;
    }
  }
  return local;
}

/**
 * Burt's local constraint ℓ(i, j) on every node i from each of its contacts j, as networkx's
 * `local_constraint(G, i, j)`: `result[i][j]`.
 */
export function localConstraint(
  graph: AbstractGraph,
  options: StructuralHoleOptions = {},
): Record<string, Record<string, number>> {
  const contacts = buildContacts(graph, options);
  const local = localConstraints(contacts);
  const { nodes, offsets, targets } = contacts;
  return keyed(
    nodes.map((node, i) => {
      const row: [string, number][] = [];
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) row.push([nodes[targets[k]!]!, local[k]!]);
      return [node, keyed(row)] as const;
    }),
  );
}
