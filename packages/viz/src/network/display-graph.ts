import type { NetworkGraph } from "@tvaers/model";
import { MultiDirectedGraph } from "graphology";

/**
 * The graph sigma draws: the network's nodes and ties under the same keys, holding nothing but
 * positions (`x`, `y`). Everything sigma shows (colour, size, label, visibility) comes from reducers that read
 * the network graph, so the network graph is never written to.
 */
export function displayGraph(graph: NetworkGraph): MultiDirectedGraph {
  const display = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node) => {
    display.addNode(node, { x: 0, y: 0 });
  });
  graph.forEachEdge((edge, _attributes, source, target) => {
    display.addDirectedEdgeWithKey(edge, source, target);
  });
  return display;
}
