/**
 * Gould–Fernandez brokerage (Gould & Fernandez 1989): how often each actor sits on a two-path
 * a → v → b whose ends have no direct tie, split into five roles by the groups (sectors) of a, v and b
 * (coordinator, itinerant, representative, gatekeeper, liaison; see `roles.ts`), with the expected
 * counts, standard deviations and z-scores of the null model in `null-model.ts`:
 *
 *   raw_r(v) = #{(a, b) : a → v, v → b, a ↛ b, a, v, b distinct, role(a, v, b) = r}
 *   z_r(v)   = (raw_r(v) − E_r(g(v))) / √Var_r(g(v)),   d = m / (N(N − 1)),   π = d²(1 − d),
 *
 * and the same summed over all actors for the whole graph. This reproduces R `sna::brokerage` (Butts
 * 2023): `raw.nli`, `exp.nli`, `sd.nli`, `z.nli` per node and `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`
 * for the graph, with sna's columns `w_I, w_O, b_IO, b_OI, b_O, t` as coordinator, itinerant,
 * representative, gatekeeper, liaison, total. Our role names follow the definitions (representative:
 * the broker shares the source's group; gatekeeper: the broker shares the target's group), which is
 * what sna's code counts in `b_IO` and `b_OI`; some sna help pages swap these two labels.
 *
 * Ties: directed as the graph is (an undirected tie counts both ways, as a symmetric matrix does in
 * sna); parallel ties merge; self-loops are dropped; weights are ignored (see `brokerageVolume` for
 * volumes). N and m count only actors with a group and the ties between them.
 *
 * Edge cases: actors without a group are left out with their ties and get `NaN` everywhere; an actor
 * with no brokered pairs has raw 0; where the null variance is 0 the z-score is `NaN` (0/0) or
 * ±Infinity, as in R; with fewer than two grouped actors every expectation is `NaN`.
 *
 * Reference: Gould, R. V., & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
 * brokerage in transaction networks. Sociological Methodology 19, 89–126.
 *
 * Complexity: O(n + m log m) for the view, O(Σ_v Σ_{a→v} (outdeg(a) + outdeg(v))) for the counts
 * (about n·k² for mean degree k), O(G) for the null model of G groups.
 */
import type { AbstractGraph } from "graphology-types";
import { buildAdjacency } from "../graph/adjacency.js";
import { keyed } from "../graph/keyed.js";
import type { GroupOption, TieOptions } from "../graph/options.js";
import { graphMoments, groupMoments, type RoleMoments } from "./null-model.js";
import { type BrokerageRoles, nanRoles, ROLE_COUNT, roleOf, rolesAt } from "./roles.js";
import { forEachBrokeredPath, groupedArcs, groupIds } from "./two-paths.js";

/** Options of {@link brokerage}. */
export interface BrokerageOptions extends Omit<TieOptions, "weight"> {
  /** The node attribute (or getter) that names an actor's group. Default `"sector"`. */
  group?: GroupOption;
}

/** Defaults of {@link brokerage}: groups are sectors; all tie kinds; directed as the graph is. */
export const BROKERAGE_DEFAULTS = { group: "sector" } as const satisfies BrokerageOptions;

/** Observed counts and their null model for one actor or the whole graph. */
export interface BrokerageScores {
  /** Brokered pairs per role. */
  raw: BrokerageRoles;
  /** Expected counts under the null model. */
  expected: BrokerageRoles;
  /** Standard deviations under the null model. */
  sd: BrokerageRoles;
  /** (raw − expected) / sd. */
  z: BrokerageRoles;
}

/** The result of {@link brokerage}. */
export interface Brokerage {
  /** Scores per actor, keyed by node id. */
  nodes: Record<string, BrokerageScores>;
  /** Scores of the whole graph (sums over actors). */
  graph: BrokerageScores;
  /** The density d = m / (N(N − 1)) of the null model, over actors with a group. */
  density: number;
  /** Number of actors per group. */
  groups: Record<string, number>;
}

function scores(raw: ArrayLike<number>, offset: number, moments: RoleMoments): BrokerageScores {
  const sd = moments.variance.map(Math.sqrt);
  const z = new Float64Array(ROLE_COUNT + 1);
  let total = 0;
  for (let r = 0; r < ROLE_COUNT; r++) total += raw[offset + r]!;
  for (let r = 0; r <= ROLE_COUNT; r++) {
    const x = r === ROLE_COUNT ? total : raw[offset + r]!;
    z[r] = (x - moments.expected[r]!) / sd[r]!;
  }
  return {
    raw: rolesAt(raw, offset, total),
    expected: rolesAt(moments.expected, 0, moments.expected[ROLE_COUNT]),
    sd: rolesAt(sd, 0, sd[ROLE_COUNT]),
    z: rolesAt(z, 0, z[ROLE_COUNT]),
  };
}

/**
 * Gould–Fernandez brokerage roles of every actor, with expected counts, standard deviations and
 * z-scores as R `sna::brokerage` computes them, per actor and for the whole graph.
 *
 * @example
 * const { nodes, graph: total } = brokerage(graph, { group: "sector", kinds: ["handoff"] });
 * nodes["gp-1"].raw.liaison; // pairs from two other sectors that only meet through gp-1
 */
export function brokerage(graph: AbstractGraph, options: BrokerageOptions = {}): Brokerage {
  const { group, directed, kinds } = { ...BROKERAGE_DEFAULTS, ...options };
  const adjacency = buildAdjacency(graph, { directed, kinds });
  const { ids, names, sizes } = groupIds(graph, adjacency, group);
  const N = sizes.reduce((s, x) => s + x, 0);
  const density = groupedArcs(adjacency, ids) / (N * (N - 1));

  const counts = new Float64Array(adjacency.nodes.length * ROLE_COUNT);
  forEachBrokeredPath(adjacency, ids, (a, v, b) => {
    counts[v * ROLE_COUNT + roleOf(ids[a]!, ids[v]!, ids[b]!)]! += 1;
  });
  const totals = new Float64Array(ROLE_COUNT);
  for (let k = 0; k < counts.length; k++) totals[k % ROLE_COUNT]! += counts[k]!;

  const perGroup = groupMoments(sizes, density);
  const nanScores = (): BrokerageScores => ({
    raw: nanRoles(),
    expected: nanRoles(),
    sd: nanRoles(),
    z: nanRoles(),
  });
  return {
    nodes: keyed(
      adjacency.nodes.map((node, v) => {
        const g = ids[v]!;
        return [node, g < 0 ? nanScores() : scores(counts, v * ROLE_COUNT, perGroup[g]!)] as const;
      }),
    ),
    graph: scores(totals, 0, graphMoments(sizes, density)),
    density,
    groups: keyed(names.map((name, g) => [name, sizes[g]!] as const)),
  };
}
