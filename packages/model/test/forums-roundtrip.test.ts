import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  fromGraph,
  parseGexf,
  parseGraphml,
  parseNetwork,
  readCsvBundle,
  toGexf,
  toGraph,
  toGraphml,
  writeCsvBundle,
} from "../src/index.js";

const doc = parseNetwork(
  JSON.parse(readFileSync(new URL("../../../data/forums/klynge-vest-forums.json", import.meta.url), "utf8")),
);

// Forums, memberships (attendance) and representation rules must survive every exchange format.
describe("forums, memberships and rules round-trip", () => {
  it("the example has all three", () => {
    expect(doc.forums?.length).toBeGreaterThan(0);
    expect(doc.memberships?.length).toBeGreaterThan(0);
    expect(doc.rules?.length).toBeGreaterThan(0);
  });
  it("through a graphology graph", () => expect(fromGraph(toGraph(doc))).toEqual(doc));
  it("through GEXF", () => expect(parseGexf(toGexf(doc))).toEqual(doc));
  it("through GraphML", () => expect(parseGraphml(toGraphml(doc))).toEqual(doc));
  it("through a CSV bundle", () =>
    expect(readCsvBundle(writeCsvBundle(doc), { name: doc.name })).toEqual(doc));
});
