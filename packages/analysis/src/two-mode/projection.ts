/**
 * One-mode projections of the participant × forum (two-mode) network. `mode: "actor"` links two
 * participants who share forums; `mode: "forum"` links two forums that share participants.
 * Weighting: `count` is the number of shared forums (or shared participants); `newman` is Newman's
 * collaboration weighting, Σ over shared forums p of 1 / (n_p − 1), with n_p the forum's number of
 * participants (M. E. J. Newman 2001, "Scientific collaboration networks. II", Phys. Rev. E 64, 016132):
 * a seat in a small forum ties people more closely than one in a large forum, and each participant's
 * ties from one forum sum to 1. In forum mode the roles swap: Σ over shared participants i of
 * 1 / (k_i − 1), with k_i the participant's number of forums. A participant is counted once per forum
 * however many rows (meetings, roles) it has there; apologies still make a member.
 */
import type { NetworkDocument } from "@tvaers/model";
import { incidence, type SeatOptions, seatsOf } from "./seats.js";

/** Options for {@link projectTwoMode}. */
export interface TwoModeProjectionOptions extends SeatOptions {
  /** Which nodes to keep: participants (`actor`) or forums (`forum`). */
  mode: "actor" | "forum";
  /** `count` (shared forums / participants) or `newman` (collaboration weighting). Default `count`. */
  weighting?: "count" | "newman";
}

/** An undirected weighted edge of a projection; `source` sorts before `target`. */
export interface ProjectedEdge {
  source: string;
  target: string;
  weight: number;
}

/** A one-mode projection: its nodes (with no edge too) and weighted edges, sorted by source, target. */
export interface TwoModeProjection {
  mode: "actor" | "forum";
  weighting: "count" | "newman";
  nodes: string[];
  edges: ProjectedEdge[];
}

/**
 * Projects a document's memberships onto participants or forums (see the file comment).
 *
 * @example
 * const { edges } = projectTwoMode(doc, { mode: "actor", weighting: "newman" });
 */
export function projectTwoMode(doc: NetworkDocument, options: TwoModeProjectionOptions): TwoModeProjection {
  const weighting = options.weighting ?? "count";
  const byForum = incidence(seatsOf(doc, options));
  let groups: Map<string, Set<string>> = byForum;
  if (options.mode === "forum") {
    groups = new Map();
    for (const [forum, members] of byForum) {
      for (const p of members) {
        const forums = groups.get(p) ?? new Set<string>();
        forums.add(forum);
        groups.set(p, forums);
      }
    }
  }
  const nodes = new Set<string>();
  const weights = new Map<string, ProjectedEdge>();
  for (const members of groups.values()) {
    const list = [...members].sort();
    for (const m of list) nodes.add(m);
    if (list.length < 2) continue;
    const w = weighting === "newman" ? 1 / (list.length - 1) : 1;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const source = list[i]!;
        const target = list[j]!;
        const key = JSON.stringify([source, target]);
        const edge = weights.get(key);
        if (edge === undefined) weights.set(key, { source, target, weight: w });
        else edge.weight += w;
      }
    }
  }
  const edges = [...weights.values()].sort((a, b) =>
    a.source === b.source ? (a.target < b.target ? -1 : 1) : a.source < b.source ? -1 : 1,
  );
  return { mode: options.mode, weighting, nodes: [...nodes].sort(), edges };
}
