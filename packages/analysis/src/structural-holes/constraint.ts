/**
 * Burt's constraint (Burt 1992, pp. 54–55): how much a node's contacts are tied to each other, so that
 * its network leaves it few structural holes to broker. With the local constraints ℓ of
 * `local-constraint.ts`,
 *
 *   c(i) = Σ_{j ∈ N(i)} ℓ(i, j) = Σ_j (p_ij + Σ_{q ≠ i, j} p_iq p_qj)²,
 *
 * over i's contacts N(i) (ties in either direction), with mutual weights as networkx defines them
 * (z_ij = w(i → j) + w(j → i)). Ranges from near 0 (many contacts, none tied to each other) to 1 (a
 * single contact) and can exceed 1 slightly in small dense networks (e.g. 1.125 for each node of a
 * triangle). Matches networkx's `constraint` for directed and undirected, weighted and unweighted
 * graphs — except that networkx's per-node path (`nodes` given) returns NaN for a node with incoming
 * but no outgoing ties (networkx issue #2661); here such a node has its contacts like any other.
 *
 * Reference: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press. Burt, R. S. (2004). Structural holes and good ideas. American Journal of Sociology
 * 110(2), 349–399.
 *
 * Edge cases: isolates (no contacts, also nodes with only self-loops or only weight-0 ties) → `NaN`,
 * as in networkx.
 *
 * Complexity: O(n + m log m) for the view, O(Σ_q deg(q)²) for the constraints (about n·k² for mean
 * degree k), O(n + m) memory.
 */
import type { AbstractGraph } from "graphology-types";
import { keyed } from "../graph/keyed.js";
import { buildContacts, type StructuralHoleOptions } from "./contacts.js";
import { localConstraints } from "./local-constraint.js";

/**
 * Burt's constraint on every node: the sum of its local constraints. Higher means fewer structural
 * holes around the node; `NaN` for isolates.
 *
 * @example
 * constraint(graph, { weight: "weight", kinds: ["communication"] })["sickness-benefit-unit"];
 */
export function constraint(
  graph: AbstractGraph,
  options: StructuralHoleOptions = {},
): Record<string, number> {
  const contacts = buildContacts(graph, options);
  const local = localConstraints(contacts);
  const { nodes, offsets } = contacts;
  return keyed(
    nodes.map((node, i) => {
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      let c = start === end ? Number.NaN : 0;
      for (let k = start; k < end; k++) c += local[k]!;
      return [node, c] as const;
    }),
  );
}
