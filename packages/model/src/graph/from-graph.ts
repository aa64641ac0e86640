import type { Actor } from "../schema/actor.js";
import { DEFAULT_QUALITY_SCALE, NETWORK_FORMAT, type NetworkDocument } from "../schema/network.js";
import type { Tie } from "../schema/tie.js";
import type { NetworkGraph } from "./attributes.js";

/**
 * Turns a graph made by {@link toGraph} (or edited since) back into a network document, in the
 * graph's node and edge order. The result is not re-validated; pass it to `parseNetwork` if the
 * graph was edited by hand.
 */
export function fromGraph(graph: NetworkGraph): NetworkDocument {
  const g = graph.getAttributes();
  const actors: Actor[] = graph.mapNodes((id, a) => {
    const actor: Actor = { id, label: a.labels ?? a.label, sector: a.sector };
    if (a.organisation !== undefined) actor.organisation = a.organisation;
    if (a.cluster !== undefined) actor.cluster = a.cluster;
    if (a.kind !== undefined) actor.kind = a.kind;
    if (a.attributes !== undefined) actor.attributes = a.attributes;
    return actor;
  });
  const ties: Tie[] = graph.mapEdges((_key, e, source, target) => {
    const tie: Tie = {
      ...(e.id !== undefined && { id: e.id }),
      source,
      target,
      kind: e.kind,
      weight: e.weight,
      directed: e.directed,
    };
    if (e.channel !== undefined) tie.channel = e.channel;
    if (e.quality !== undefined) tie.quality = e.quality;
    if (e.attributes !== undefined) tie.attributes = e.attributes;
    return tie;
  });
  return {
    format: NETWORK_FORMAT,
    name: g.name ?? "",
    ...(g.description !== undefined && { description: g.description }),
    ...(g.sources !== undefined && { sources: g.sources as NetworkDocument["sources"] }),
    qualityScale: g.qualityScale ?? DEFAULT_QUALITY_SCALE,
    sectors: g.sectors ?? [],
    clusters: g.clusters ?? [],
    organisations: g.organisations ?? [],
    ...(g.forums !== undefined && { forums: g.forums }),
    ...(g.memberships !== undefined && { memberships: g.memberships }),
    ...(g.rules !== undefined && { rules: g.rules }),
    actors,
    ties,
  };
}
