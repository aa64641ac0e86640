// Helpers of the GEXF tests (gexf-*.test.ts): parseGexf with its warnings, and a GEXF file from another
// tool. The fixtures, the sample network and the problems of a rejected input are in exchange-fixtures.ts.
import { type Problem, parseGexf } from "../src/index.js";

export function read(text: string, file = "test.gexf") {
  const warnings: Problem[] = [];
  const doc = parseGexf(text, { file, onWarning: (w) => warnings.push(w) });
  return { doc, warnings };
}

/** A GEXF file from another tool, around the given nodes and edges. */
export const foreign = (body: string, graph = 'defaultedgetype="directed"') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph ${graph}>
${body}
  </graph>
</gexf>
`;
