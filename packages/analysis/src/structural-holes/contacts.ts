/**
 * The ego networks behind Burt's structural-hole measures (Burt 1992, ch. 2). A node i's contacts are
 * the nodes j ≠ i it has a tie with in either direction ("anyone the manager cited … and anyone who
 * cited the manager", Burt 2004, p. 362). Their relation is the mutual weight
 *
 *   z_ij = w(i → j) + w(j → i),
 *
 * with w = 1 for an unweighted tie and 0 for no tie (an undirected tie counts both ways, so its
 * mutual weight is twice its weight; the measures only use ratios). From it come the proportional
 * strength of j among i's relations and j's strength relative to i's strongest relation,
 *
 *   p_ij = z_ij / Σ_k z_ik,      m_ij = z_ij / max_k z_ik,
 *
 * as networkx's `mutual_weight` and `normalized_mutual_weight` define them (z is symmetric, so m_jq
 * can be read on the contact row of q as z_qj / max_k z_jk). A tie whose mutual weight
 * is 0 (weight 0 both ways) makes no contact.
 *
 * Complexity: O(n + m log m) for the view, O(n + m) for the contacts.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import type { TieOptions } from "../graph/options.js";

/** Options of the structural-hole measures: which ties, their weight (strength), their direction. */
export type StructuralHoleOptions = TieOptions;

/**
 * Defaults of the structural-hole measures: unweighted (every tie 1, as networkx's `weight=None`),
 * all tie kinds, directed as the graph is.
 */
export const STRUCTURAL_HOLE_DEFAULTS = { weight: null } as const satisfies StructuralHoleOptions;

/** Every node's contacts in compressed rows, with z_ij and p_ij per contact and max_k z_ik per node. */
export interface Contacts {
  nodes: string[];
  /**
   * Whether every contact has the same mutual weight — a binary, symmetric relation, as in an
   * unweighted undirected graph — so that Borgatti's simplification applies.
   */
  simple: boolean;
  /** `targets[offsets[i] … offsets[i+1]−1]` are i's contacts, ascending. */
  offsets: Int32Array;
  targets: Int32Array;
  /** z_ij per contact. */
  mutual: Float64Array;
  /** p_ij per contact. */
  proportion: Float64Array;
  /** max_k z_ik per node (0 for an isolate). */
  strongest: Float64Array;
}

/** Builds the contacts of every node of any graphology graph (see the options of `buildAdjacency`). */
export function buildContacts(graph: AbstractGraph, options: StructuralHoleOptions): Contacts {
  const a = buildAdjacency(graph, { ...STRUCTURAL_HOLE_DEFAULTS, ...options });
  const n = a.nodes.length;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(a.outTargets.length + a.inSources.length);
  const mutual = new Float64Array(targets.length);
  let c = 0;
  for (let i = 0; i < n; i++) {
    // Merge i's out-row and in-row (both ascending) into one row of mutual weights.
    let k = a.outOffsets[i]!;
    let l = a.inOffsets[i]!;
    const kEnd = a.outOffsets[i + 1]!;
    const lEnd = a.inOffsets[i + 1]!;
    while (k < kEnd || l < lEnd) {
      const out = k < kEnd ? a.outTargets[k]! : n;
      const inn = l < lEnd ? a.inSources[l]! : n;
      const j = Math.min(out, inn);
      let z = 0;
      if (out === j) z += a.outWeights[k++]!;
      if (inn === j) z += a.inWeights[l++]!;
      if (z > 0) {
        targets[c] = j;
        mutual[c] = z;
        c += 1;
      }
    }
    offsets[i + 1] = c;
  }
  const proportion = new Float64Array(c);
  const strongest = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let max = 0;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      sum += mutual[k]!;
      max = Math.max(max, mutual[k]!);
    }
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) proportion[k] = mutual[k]! / sum;
    strongest[i] = max;
  }
  const z = mutual.subarray(0, c);
  const simple = z.every((x) => x === z[0]);
  return {
    nodes: a.nodes,
    simple,
    offsets,
    targets: targets.subarray(0, c),
    mutual: z,
    proportion,
    strongest,
  };
}

/** Number of contacts of node i. */
export function contactCount(contacts: Contacts, i: number): number {
  return contacts.offsets[i + 1]! - contacts.offsets[i]!;
}
