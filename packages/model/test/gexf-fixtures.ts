// Helpers of the GEXF tests (gexf-*.test.ts): the committed exchange fixtures and the sample network,
// the problems a rejected input gives, parseGexf with its warnings, and a GEXF file from another tool.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { type Problem, parseGexf, parseNetwork, TvaersInputError } from "../src/index.js";

export const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/exchange/${name}`, import.meta.url), "utf8");
export const sample = parseNetwork(JSON.parse(fixture("sample.json")));

export function problemsOf(read: () => unknown): readonly Problem[] {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(TvaersInputError);
    return (e as TvaersInputError).problems;
  }
  throw new Error("expected the input to be rejected");
}

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
