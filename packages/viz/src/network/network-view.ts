/**
 * The network view: a tvaers network drawn by sigma.js v3 (WebGL) with actors coloured by sector,
 * sized by a measure, laid out by ForceAtlas2 from a start grouped by cluster or organisation; a
 * search box, a filter by tie kind, a hover card, a legend, highlighting of a path, a broker or a
 * gap, and downloads (PNG, SVG, GEXF, GraphML).
 *
 * Sigma draws a display graph that holds only positions; everything else comes from reducers over
 * the network graph, which is never written to.
 */
import type { NetworkGraph } from "@tvaers/model";
import { scaleSqrt } from "d3";
import type Sigma from "sigma";
import { CHART_FONT } from "../charts/frame.js";
import { fileStem, networkDownloads } from "../export/export-buttons.js";
import { svgText } from "../export/svg-file.js";
import { type Locale, t } from "../labels.js";
import { searchBox, tieKindFilter } from "./controls.js";
import { displayGraph } from "./display-graph.js";
import { hoverCard } from "./hover-card.js";
import { type LayoutMode, type RunningLayout, seedPositions, syncLayout, workerLayout } from "./layout.js";
import { networkLegend } from "./legend.js";
import { networkPng, networkSvg } from "./network-image.js";
import { reducers, type ViewState } from "./reducers.js";

/** Actors and ties to stress: a path, a broker and its contacts, the two ends of a gap. */
export interface Highlight {
  /** Actor ids. */
  nodes?: Iterable<string>;
  /** Tie keys (tie ids). */
  edges?: Iterable<string>;
}

/** Options of {@link networkView}. */
export interface NetworkViewOptions {
  /** Language of controls, legend and actor names. Default "en". */
  locale?: Locale;
  /** Node size by actor id (any measure: degree, betweenness, brokerage, volume …). Default: equal sizes. */
  size?: Readonly<Record<string, number>>;
  /** Name of the size measure, for the legend and the hover card. */
  sizeLabel?: string;
  /** Which attribute places actors together at the start of the layout. Default `"cluster"`. */
  group?: "cluster" | "organisation" | "sector" | "kind" | null;
  /** Layout: see `LayoutMode`. Ignored when `positions` is given. Default `"auto"`. */
  layout?: LayoutMode;
  /** Precomputed positions by actor id (actors missing from it get a seeded start position). */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /** ForceAtlas2 iterations of the synchronous layout. Default 300. */
  iterations?: number;
  /** Milliseconds the worker layout runs. Default 4000. */
  layoutDuration?: number;
  /** Seed of the start positions. Default 1. */
  seed?: number;
  /** What to stress at the start. */
  highlight?: Highlight;
  /** Tie kinds hidden at the start. */
  hiddenKinds?: Iterable<string>;
  /** Height of the drawing in pixels. Default 540. */
  height?: number;
  /** Name of the network, for its accessible label and the download file names. Default: the graph's name. */
  name?: string;
  /** When this promise settles the view frees its renderer and layout (Observable's `invalidation`). */
  invalidation?: Promise<unknown>;
}

/** The element {@link networkView} returns, with handles on the drawing. */
export interface NetworkView extends HTMLDivElement {
  /** The sigma renderer once drawn (call `refresh()` before reading its canvases). */
  renderer?: Sigma;
  /** Resolves to the renderer when the network is drawn. */
  ready: Promise<Sigma>;
  /** Resolves when the layout has finished (when drawn, for a synchronous or precomputed layout). */
  layoutDone: Promise<void>;
  /** Stresses actors and ties (a path, broker or gap); `null` clears. */
  highlight(highlight: Highlight | null): void;
  /** Frees the renderer and stops the layout. */
  destroy(): void;
}

/** Sizes the actors: the measure on a square-root scale, or one size for all. */
function sizer(graph: NetworkGraph, values: Readonly<Record<string, number>> | undefined) {
  const large = graph.order > 800;
  const [min, max] = large ? [2, 10] : [4, 16];
  if (values === undefined) return () => (large ? 2.5 : 6);
  const finite = Object.values(values).filter(Number.isFinite);
  const scale = scaleSqrt([0, Math.max(0, ...finite) || 1], [min, max]).clamp(true);
  return (node: string) => {
    const value = values[node];
    return value !== undefined && Number.isFinite(value) ? scale(Math.max(0, value)) : min;
  };
}

/** Draws `graph` and returns the view element (see {@link NetworkView}). */
export function networkView(graph: NetworkGraph, options: NetworkViewOptions = {}): NetworkView {
  const { locale = "en", group = "cluster", seed = 1, height = 540 } = options;
  const name = options.name ?? graph.getAttribute("name") ?? "network";
  const state: ViewState = {
    nodes: new Set(options.highlight?.nodes ?? []),
    edges: new Set(options.highlight?.edges ?? []),
    hiddenKinds: new Set(options.hiddenKinds ?? []),
  };

  const display = displayGraph(graph);
  seedPositions(display, (node) => (group === null ? undefined : graph.getNodeAttribute(node, group)), seed);
  const positions = options.positions;
  if (positions !== undefined) {
    display.forEachNode((node) => {
      const p = positions[node];
      if (p !== undefined) display.mergeNodeAttributes(node, { x: p.x, y: p.y });
    });
  }
  const mode = positions !== undefined ? "none" : (options.layout ?? "auto");
  const useWorker = mode === "worker" || (mode === "auto" && graph.order > 800);
  if (mode === "sync" || (mode === "auto" && !useWorker)) syncLayout(display, options.iterations);

  const root = document.createElement("div") as NetworkView;
  root.className = "tvaers-network";
  root.style.cssText = `font:13px system-ui,sans-serif;max-width:100%`;
  const toolbar = root.appendChild(document.createElement("div"));
  toolbar.className = "tvaers-network-controls";
  toolbar.style.cssText =
    "display:flex;flex-wrap:wrap;gap:0.5em 1.5em;align-items:center;margin-bottom:0.4em";
  const stage = root.appendChild(document.createElement("div"));
  stage.className = "tvaers-network-stage";
  stage.setAttribute("role", "img");
  stage.setAttribute("aria-label", `${t("networkLabel", locale)}: ${name}`);
  stage.style.cssText = `position:relative;width:100%;height:${height}px;border:1px solid #e3e6ea;border-radius:4px;background:white;overflow:hidden`;
  const legend = root.appendChild(networkLegend(graph, { locale, sizeLabel: options.sizeLabel }));
  legend.style.marginTop = "0.4em";

  const sizes = sizer(graph, options.size);
  const { nodeReducer, edgeReducer } = reducers(graph, state, { locale, sizes });
  const card = hoverCard(graph, {
    locale,
    measure:
      options.size && options.sizeLabel ? { label: options.sizeLabel, values: options.size } : undefined,
  });
  stage.append(card.element);

  let renderer: Sigma | undefined;
  let running: RunningLayout | undefined;
  let observer: ResizeObserver | undefined;
  let destroyed = false;
  const redraw = () => renderer?.refresh();

  toolbar.append(
    searchBox(graph, locale, (node) => {
      state.nodes = new Set(node === undefined ? [] : [node]);
      redraw();
      const data = node === undefined ? undefined : renderer?.getNodeDisplayData(node);
      if (data !== undefined) {
        renderer?.getCamera().animate({ x: data.x, y: data.y, ratio: 0.4 }, { duration: 400 });
      }
    }),
    tieKindFilter(graph, locale, state.hiddenKinds, (hidden) => {
      state.hiddenKinds = hidden;
      redraw();
    }),
  );

  const stem = fileStem(name);
  const drawn = () => {
    if (renderer === undefined) throw new Error("the network is not drawn yet");
    return renderer;
  };
  root.append(
    networkDownloads(graph, {
      name,
      locale,
      extra: [
        { label: t("downloadPng", locale), filename: `${stem}.png`, make: () => networkPng(drawn()) },
        {
          label: t("downloadSvg", locale),
          filename: `${stem}.svg`,
          make: () => new Blob([svgText(networkSvg(drawn(), graph, name))], { type: "image/svg+xml" }),
        },
      ],
    }),
  );

  // sigma needs WebGL as soon as it is loaded, so it is loaded only when a view is drawn: the rest
  // of this package works in Node and in DOM-less tests.
  const ready = import("sigma").then(({ default: SigmaRenderer }) => {
    if (destroyed) throw new Error("the network view was destroyed before it was drawn");
    const sigma = new SigmaRenderer(display, stage, {
      nodeReducer,
      edgeReducer,
      allowInvalidContainer: true,
      zIndex: true,
      labelFont: CHART_FONT,
      labelSize: 12,
      labelRenderedSizeThreshold: graph.order > 800 ? 8 : 5,
      hideEdgesOnMove: graph.order > 800,
      defaultEdgeType: "line",
    });
    sigma.on("enterNode", ({ node, event }) => {
      state.hovered = node;
      card.show(node, event.x, event.y);
      redraw();
    });
    sigma.on("leaveNode", () => {
      state.hovered = undefined;
      card.hide();
      redraw();
    });
    observer = new ResizeObserver(() => sigma.scheduleRender());
    observer.observe(stage);
    if (useWorker) running = workerLayout(display, options.layoutDuration);
    renderer = sigma;
    root.renderer = sigma;
    return sigma;
  });
  const layoutDone = ready.then(() => running?.done);
  // A view destroyed before sigma has loaded (a notebook cell run again at once) rejects both. Waiting
  // for them is optional, so a rejection nobody waits for is not the page's error.
  ready.catch(() => {});
  layoutDone.catch(() => {});

  const destroy = () => {
    if (destroyed) return;
    destroyed = true;
    running?.kill();
    observer?.disconnect();
    renderer?.kill();
  };
  options.invalidation?.then(destroy, destroy);

  return Object.assign(root, {
    ready,
    layoutDone,
    highlight(highlight: Highlight | null) {
      state.nodes = new Set(highlight?.nodes ?? []);
      state.edges = new Set(highlight?.edges ?? []);
      redraw();
    },
    destroy,
  });
}
