/**
 * Where the network view puts its nodes. Positions live in the view's own display graph, never in
 * the caller's network graph.
 *
 * 1. Seeded start: each group (cluster, organisation or sector) gets a place on a circle, in order
 *    of its id, and its actors are scattered in a disc around it by a seeded generator (Mulberry32),
 *    so the same graph and seed always start the same way and groups start apart.
 * 2. ForceAtlas2 (Jacomy et al. 2014, graphology-layout-forceatlas2), unweighted (a tie's volume
 *    would let one busy handoff dominate the picture): run synchronously for a fixed number of
 *    iterations on small graphs (deterministic), or in a web worker for a bounded time on large ones
 *    so the page stays responsive.
 */

import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { AbstractGraph } from "graphology-types";

/** How to lay a network out: see the file comment. `"auto"` is synchronous below 800 actors. */
export type LayoutMode = "auto" | "sync" | "worker" | "none";

/** Mulberry32 (Tommy Ettinger's 32-bit generator): uniform numbers in [0, 1) from a seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes seeded start positions (`x`, `y`) into `display`: groups on a circle, actors in a disc
 * around their group's place. Actors without a group form one group of their own.
 */
export function seedPositions(
  display: AbstractGraph,
  groupOf: (node: string) => string | undefined,
  seed = 1,
): void {
  const members = new Map<string, string[]>();
  display.forEachNode((node) => {
    const group = groupOf(node) ?? "";
    const list = members.get(group) ?? [];
    list.push(node);
    members.set(group, list);
  });
  const groups = [...members.keys()].sort();
  const random = mulberry32(seed);
  const ring = groups.length > 1 ? Math.sqrt(display.order) * 2 : 0;
  groups.forEach((group, g) => {
    const angle = (2 * Math.PI * g) / groups.length;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);
    const nodes = members.get(group)!;
    const radius = Math.sqrt(nodes.length) * 1.2;
    for (const node of nodes) {
      const r = radius * Math.sqrt(random());
      const a = 2 * Math.PI * random();
      display.mergeNodeAttributes(node, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) });
    }
  });
}

/** ForceAtlas2 settings for a graph of `order` nodes: the package's inferred ones, with gentle gravity. */
function settings(order: number) {
  return { ...forceAtlas2.inferSettings(order), gravity: 0.5, scalingRatio: order > 800 ? 4 : 8 };
}

/** Runs ForceAtlas2 synchronously for `iterations` (deterministic from the seeded start). */
export function syncLayout(display: AbstractGraph, iterations = 300): void {
  if (display.order === 0) return;
  forceAtlas2.assign(display, { iterations, getEdgeWeight: null, settings: settings(display.order) });
}

/** A running worker layout. */
export interface RunningLayout {
  /** Resolves when the layout has stopped (time up or killed). */
  done: Promise<void>;
  /** Stops the layout now and frees the worker. */
  kill(): void;
}

/**
 * Runs ForceAtlas2 in a web worker for `duration` milliseconds, then stops it. The worker moves a
 * copy of the graph; its positions are copied into `display` every `every` milliseconds and once at
 * the end, so the renderer redraws a few times a second rather than on every iteration and the page
 * stays free for input.
 */
export function workerLayout(display: AbstractGraph, duration = 4000, every = 500): RunningLayout {
  const shadow = display.copy();
  const layout = new FA2Layout(shadow, { getEdgeWeight: null, settings: settings(display.order) });
  const copyPositions = () =>
    display.updateEachNodeAttributes((node, attributes) => ({
      ...attributes,
      x: shadow.getNodeAttribute(node, "x"),
      y: shadow.getNodeAttribute(node, "y"),
    }));
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const stop = (copy: boolean) => {
    clearTimeout(timer);
    clearInterval(ticker);
    layout.kill();
    if (copy) copyPositions();
    finish();
  };
  const timer = setTimeout(() => stop(true), duration);
  const ticker = setInterval(copyPositions, every);
  layout.start();
  return { done, kill: () => stop(false) };
}
