/**
 * The network view's reducers: functions from a node or tie of the network graph to what sigma
 * draws (colour, size, label, visibility), in the manner of sigma's `nodeReducer`/`edgeReducer`.
 * They read the network graph and the view's state and write nothing.
 */
import { labelText, type NetworkGraph } from "@tvaers/model";
import type { Locale } from "../labels.js";
import { sectorColours } from "../palette.js";

/** What the view currently shows and stresses. */
export interface ViewState {
  /** The actor under the pointer, if any: it and its neighbours stand out. */
  hovered?: string;
  /** Actors to stress (a path, a broker, the ends of a gap). */
  nodes: Set<string>;
  /** Ties to stress, by key. */
  edges: Set<string>;
  /** Tie kinds that are hidden. */
  hiddenKinds: Set<string>;
}

/** Colours of ties by kind: greys of different weight, so sector colours stay the only hues. */
export const TIE_COLOURS: Readonly<Record<string, string>> = Object.freeze({
  handoff: "#5c6670",
  communication: "#98a2ad",
  collaboration: "#b9c1ca",
  governance: "#d5dae0",
});

/** Colour of whatever is stressed (ties of a path or a gap), and of what is pushed back. */
export const STRESS_COLOUR = "#C1121F";
export const MUTED_COLOUR = "#E4E7EB";

/** Options the reducers are built from. */
export interface ReducerOptions {
  locale: Locale;
  /** Node sizes in pixels by actor id (from the view's size measure). */
  sizes: (node: string) => number;
}

/** Builds sigma's `nodeReducer` and `edgeReducer` for `graph` over the mutable `state`. */
export function reducers(graph: NetworkGraph, state: ViewState, { locale, sizes }: ReducerOptions) {
  const colour = sectorColours((graph.getAttribute("sectors") ?? []).map((s) => s.id));
  const neighbours = new Set<string>();
  let neighboursOf: string | undefined;
  const focus = () => {
    if (state.hovered !== neighboursOf) {
      neighbours.clear();
      if (state.hovered !== undefined && graph.hasNode(state.hovered)) {
        for (const n of graph.neighbors(state.hovered)) neighbours.add(n);
      }
      neighboursOf = state.hovered;
    }
    return state.hovered !== undefined || state.nodes.size > 0 || state.edges.size > 0;
  };
  const inFocus = (node: string) => node === state.hovered || neighbours.has(node) || state.nodes.has(node);

  const nodeReducer = (node: string, data: Record<string, unknown>) => {
    const actor = graph.getNodeAttributes(node);
    const focused = focus();
    const stressed =
      inFocus(node) || (state.edges.size > 0 && graph.someEdge(node, (e) => state.edges.has(e)));
    return {
      ...data,
      label: labelText(actor.labels ?? actor.label, locale) || node,
      color: focused && !stressed ? MUTED_COLOUR : colour(actor.sector),
      size: sizes(node),
      highlighted: state.nodes.has(node) || node === state.hovered,
      forceLabel: focused && (state.nodes.has(node) || node === state.hovered),
      zIndex: focused && stressed ? 1 : 0,
    };
  };

  const edgeReducer = (edge: string, data: Record<string, unknown>) => {
    const tie = graph.getEdgeAttributes(edge);
    if (state.hiddenKinds.has(tie.kind)) return { ...data, hidden: true };
    const focused = focus();
    const stressed = state.edges.has(edge);
    const [source, target] = graph.extremities(edge);
    const touchesHover =
      state.hovered !== undefined && (source === state.hovered || target === state.hovered);
    const touchesNodes = state.nodes.has(source) && state.nodes.has(target);
    return {
      ...data,
      type: tie.directed ? "arrow" : "line",
      color: stressed
        ? STRESS_COLOUR
        : focused && !touchesHover && !touchesNodes
          ? MUTED_COLOUR
          : (TIE_COLOURS[tie.kind] ?? "#a0a0a0"),
      size: stressed ? 3 : tie.kind === "handoff" ? 1.5 : 1,
      zIndex: stressed || touchesHover ? 1 : 0,
    };
  };
  return { nodeReducer, edgeReducer };
}
