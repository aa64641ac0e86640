import { fromGraph, type NetworkGraph, toGexf, toGraphml } from "@tvaers/model";

/** The graph-exchange formats a network can be saved in. */
export type NetworkFileFormat = "gexf" | "graphml";

/**
 * A network as the text of a GEXF (Gephi) or GraphML (Cytoscape, networkx, yEd) file, with the whole
 * document (sectors, clusters, bilingual labels, attributes), so it reads back into tvaers unchanged.
 */
export function networkFile(graph: NetworkGraph, format: NetworkFileFormat): string {
  const doc = fromGraph(graph);
  return format === "gexf" ? toGexf(doc) : toGraphml(doc);
}
