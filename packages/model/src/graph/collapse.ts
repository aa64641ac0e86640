import Graph from "graphology";
import type { TieKind } from "../schema/tie.js";
import type { NetworkGraph, TieEdgeAttributes } from "./attributes.js";

/** How parallel ties between the same two nodes combine into one edge weight. */
export type Combine = "sum" | "max" | "count";

/** Options shared by {@link project} and `aggregate`. */
export interface CollapseOptions {
  /** Tie kinds to keep (default: all). */
  kinds?: readonly TieKind[];
  /** How parallel ties combine (default `"sum"`). */
  combine?: Combine;
  /**
   * Whether the result is directed. Default: directed when every kept tie is directed. An undirected
   * tie counts both ways in a directed result; a directed tie joins its unordered pair in an undirected one.
   */
  directed?: boolean;
}

/** Attributes of a combined edge: the combined `weight`, how many ties it stands for, and the weight per tie kind. */
export interface CombinedEdgeAttributes {
  weight: number;
  count: number;
  kinds: Partial<Record<TieKind, number>>;
}

/** Whether a collapse over `kinds` is directed by default. */
export function defaultDirected(graph: NetworkGraph, kinds?: readonly TieKind[]): boolean {
  const keep = kinds === undefined ? undefined : new Set(kinds);
  return graph.everyEdge(
    (_e, a: TieEdgeAttributes) => (keep !== undefined && !keep.has(a.kind)) || a.directed,
  );
}

/**
 * Collapses a multigraph onto nodes given by `nodeOf` (identity for a projection, a group for an
 * aggregate), combining parallel ties. Shared core of `project` and `aggregate`.
 */
export function collapse<N extends object>(
  graph: NetworkGraph,
  nodeOf: (actor: string) => string,
  nodeAttributes: (node: string) => N,
  options: CollapseOptions & { selfLoops: boolean },
): Graph<N, CombinedEdgeAttributes> {
  const combine = options.combine ?? "sum";
  const keep = options.kinds === undefined ? undefined : new Set(options.kinds);
  const directed = options.directed ?? defaultDirected(graph, options.kinds);
  const out = new Graph<N, CombinedEdgeAttributes>({
    type: directed ? "directed" : "undirected",
    multi: false,
    allowSelfLoops: options.selfLoops,
  });
  graph.forEachNode((actor) => {
    const node = nodeOf(actor);
    if (!out.hasNode(node)) out.addNode(node, nodeAttributes(node));
  });
  const add = (source: string, target: string, tie: TieEdgeAttributes) => {
    if (source === target && !options.selfLoops) return;
    const value = combine === "count" ? 1 : tie.weight;
    const key = out.edge(source, target);
    if (key === undefined) {
      out.addEdge(source, target, { weight: value, count: 1, kinds: { [tie.kind]: tie.weight } });
      return;
    }
    const e = out.getEdgeAttributes(key);
    e.weight = combine === "max" ? Math.max(e.weight, value) : e.weight + value;
    e.count += 1;
    e.kinds[tie.kind] = (e.kinds[tie.kind] ?? 0) + tie.weight;
  };
  graph.forEachEdge((_key, tie, source, target) => {
    if (keep !== undefined && !keep.has(tie.kind)) return;
    const s = nodeOf(source);
    const t = nodeOf(target);
    add(s, t, tie);
    if (directed && !tie.directed && s !== t) add(t, s, tie);
  });
  return out;
}
