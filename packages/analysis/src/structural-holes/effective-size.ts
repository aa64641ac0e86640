/**
 * Burt's effective size (Burt 1992, pp. 51–53): the number of a node's contacts less their
 * redundancy — the extent to which each contact j is tied to i's other contacts q,
 *
 *   e(i) = Σ_{j ∈ N(i)} (1 − Σ_{q ≠ i, j} p_iq m_jq),
 *
 * with p_iq = z_iq / Σ_k z_ik and m_jq = z_jq / max_k z_jk from the mutual weights z of
 * `contacts.ts`. Where the relation is binary and symmetric (every contact has the same mutual
 * weight, as in an unweighted undirected graph) this is Borgatti's simplification (Borgatti 1997)
 *
 *   e(i) = n − 2t / n,
 *
 * with n contacts and t ties among them, which is how it is computed then. Ranges from 1 (contacts
 * all tied to each other, or one contact) to n (no ties among them).
 *
 * Agrees with networkx's `effective_size(G, nodes)`, which evaluates Burt's formula per node, except
 * that networkx returns NaN for a node with incoming but no outgoing ties (issue #2661). networkx's
 * sparse-matrix path for all nodes (`effective_size(G)` with scipy, added in networkx PR #7249) divides
 * z_jq by q's strongest relation instead of j's — seen with networkx 3.6.1 and scipy 1.17.1 — so on
 * weighted or directed graphs its values differ from Burt's and from its own per-node path; unweighted
 * undirected graphs are unaffected.
 *
 * References: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press. Borgatti, S. P. (1997). Structural holes: unpacking Burt's redundancy measures.
 * Connections 20(1), 35–38.
 *
 * Edge cases: isolates (no contacts) → `NaN`, as in networkx.
 *
 * Complexity: O(n + m log m) for the view, O(Σ_q deg(q)²) for the sizes, O(n + m) memory.
 */
import type { AbstractGraph } from "graphology-types";
import { keyed } from "../graph/keyed.js";
import { buildContacts, type Contacts, type StructuralHoleOptions } from "./contacts.js";

/** e(i) of every node in index order (`NaN` for isolates). */
export function effectiveSizes(contacts: Contacts): Float64Array {
  const { offsets, targets, mutual, proportion, strongest, simple } = contacts;
  const n = contacts.nodes.length;
  const sizes = new Float64Array(n);
  const isContact = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const size = end - start;
    if (size === 0) {
      sizes[i] = Number.NaN;
      continue;
    }
    for (let k = start; k < end; k++) isContact[targets[k]!] = i;
    // Walk i → q → j over contacts q and j of i. Burt: Σ_q p_iq Σ_j m_jq with m_jq = z_qj / max_k z_jk.
    // Borgatti: every tie among the contacts is met twice, so the walk counts 2t.
    let redundancy = 0;
    for (let k = start; k < end; k++) {
      const q = targets[k]!;
      let through = 0;
      for (let l = offsets[q]!; l < offsets[q + 1]!; l++) {
        const j = targets[l]!;
        if (isContact[j] === i) through += simple ? 1 : mutual[l]! / strongest[j]!;
      }
      redundancy += simple ? through : proportion[k]! * through;
    }
    sizes[i] = simple ? size - redundancy / size : size - redundancy;
  }
  return sizes;
}

/**
 * Burt's effective size of every node's ego network: its contacts less their redundancy (Borgatti's
 * n − 2t/n for a binary symmetric relation). `NaN` for isolates.
 *
 * @example
 * effectiveSize(graph, { kinds: ["communication"] })["gp-thisted"];
 */
export function effectiveSize(
  graph: AbstractGraph,
  options: StructuralHoleOptions = {},
): Record<string, number> {
  const contacts = buildContacts(graph, options);
  const sizes = effectiveSizes(contacts);
  return keyed(contacts.nodes.map((node, i) => [node, sizes[i]!] as const));
}
