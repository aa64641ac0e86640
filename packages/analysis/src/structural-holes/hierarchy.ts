/**
 * Burt's hierarchy (Burt 1992, p. 71): how much of the constraint on a node comes from one contact,
 * measured by the Coleman–Theil disorder index of its local constraints ℓ(i, j) over its N contacts,
 *
 *   h(i) = Σ_j r_j ln r_j / (N ln N),   r_j = ℓ(i, j) / (c(i) / N),   c(i) = Σ_j ℓ(i, j),
 *
 * from 0 (constraint spread evenly over the contacts) towards 1 (all of it from one contact). networkx
 * has no hierarchy; the fixture's reference values come from our own Python implementation of this
 * formula applied to networkx's local constraints, checked against a hand-worked ego network.
 *
 * Reference: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press (the index: Coleman, J. S. (1964). Introduction to Mathematical Sociology; Theil,
 * H. (1967). Economics and Information Theory).
 *
 * Edge cases: isolates → `NaN` (as the other structural-hole measures); one contact → 1, the convention
 * of Burt's STRUCTURE program (the formula is 0/0 there): all constraint comes from that contact.
 *
 * Complexity: that of `constraint`.
 */
import type { AbstractGraph } from "graphology-types";
import { keyed } from "../graph/keyed.js";
import { buildContacts, type StructuralHoleOptions } from "./contacts.js";
import { localConstraints } from "./local-constraint.js";

/**
 * Burt's hierarchy of every node: the concentration of its constraint on few contacts (0 = even,
 * 1 = one contact). `NaN` for isolates, 1 for a single contact.
 */
export function hierarchy(graph: AbstractGraph, options: StructuralHoleOptions = {}): Record<string, number> {
  const contacts = buildContacts(graph, options);
  const local = localConstraints(contacts);
  const { nodes, offsets } = contacts;
  return keyed(
    nodes.map((node, i) => {
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      const size = end - start;
      if (size <= 1) return [node, size === 0 ? Number.NaN : 1] as const;
      let total = 0;
      for (let k = start; k < end; k++) total += local[k]!;
      const mean = total / size;
      let sum = 0;
      for (let k = start; k < end; k++) {
        const r = local[k]! / mean;
        sum += r * Math.log(r);
      }
      return [node, sum / (size * Math.log(size))] as const;
    }),
  );
}
