import { MultiDirectedGraph } from "graphology";
import { labelText } from "../schema/label.js";
import type { NetworkDocument } from "../schema/network.js";
import type { ActorNodeAttributes, NetworkGraph, TieEdgeAttributes } from "./attributes.js";

/**
 * Builds a graphology `MultiDirectedGraph` from a validated network document: one node per actor
 * (keyed by actor id), one edge per tie (keyed by tie id when it has one), in document order.
 * Sectors, clusters and organisations travel as graph attributes, so {@link fromGraph} gives the
 * document back unchanged.
 */
export function toGraph(doc: NetworkDocument): NetworkGraph {
  const graph: NetworkGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({
    name: doc.name,
    ...(doc.description !== undefined && { description: doc.description }),
    ...(doc.sources !== undefined && { sources: doc.sources }),
    qualityScale: doc.qualityScale,
    sectors: doc.sectors,
    clusters: doc.clusters,
    organisations: doc.organisations,
    ...(doc.forums !== undefined && { forums: doc.forums }),
    ...(doc.memberships !== undefined && { memberships: doc.memberships }),
    ...(doc.rules !== undefined && { rules: doc.rules }),
  });
  for (const actor of doc.actors) {
    const node: ActorNodeAttributes = { label: labelText(actor.label), sector: actor.sector };
    if (typeof actor.label !== "string") node.labels = actor.label;
    if (actor.organisation !== undefined) node.organisation = actor.organisation;
    if (actor.cluster !== undefined) node.cluster = actor.cluster;
    if (actor.kind !== undefined) node.kind = actor.kind;
    if (actor.attributes !== undefined) node.attributes = actor.attributes;
    graph.addNode(actor.id, node);
  }
  for (const tie of doc.ties) {
    const edge: TieEdgeAttributes = { kind: tie.kind, weight: tie.weight, directed: tie.directed };
    if (tie.channel !== undefined) edge.channel = tie.channel;
    if (tie.quality !== undefined) edge.quality = tie.quality;
    if (tie.attributes !== undefined) edge.attributes = tie.attributes;
    if (tie.id !== undefined) {
      edge.id = tie.id;
      graph.addDirectedEdgeWithKey(tie.id, tie.source, tie.target, edge);
    } else {
      graph.addDirectedEdge(tie.source, tie.target, edge);
    }
  }
  return graph;
}
