import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fromGraph,
  type NetworkDocument,
  parseGexf,
  parseGraphml,
  parseNetwork,
  toGexf,
  toGraph,
  toGraphml,
} from "../src/index.js";
import { arbitraryNetwork, expectSameDocument } from "./support/arbitrary-network.js";

const RUNS = { numRuns: 150 };

function hasAttributeKey(doc: NetworkDocument, key: string): boolean {
  return [...doc.actors, ...doc.ties].some(
    (x) => x.attributes !== undefined && Object.hasOwn(x.attributes, key),
  );
}

describe("arbitraryNetwork", () => {
  it("only generates documents that parseNetwork accepts unchanged", () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (doc) => {
        expectSameDocument(parseNetwork(structuredClone(doc)), doc);
      }),
      RUNS,
    );
  });

  it("covers the awkward cases the format tests rely on", () => {
    const docs = fc.sample(arbitraryNetwork(), { numRuns: 300, seed: 42 });
    const labels = docs.flatMap((d) => d.actors.map((a) => a.label));
    const values = docs.flatMap((d) => d.actors.flatMap((a) => Object.values(a.attributes ?? {})));
    const pairs = (d: NetworkDocument) => new Set(d.ties.map((t) => `${t.source}\u0000${t.target}`)).size;
    expect(docs.some((d) => d.actors.length === 0)).toBe(true);
    expect(docs.some((d) => d.actors.length >= 10)).toBe(true);
    expect(docs.some((d) => d.ties.length > pairs(d))).toBe(true);
    expect(docs.some((d) => d.ties.some((t) => t.id === undefined))).toBe(true);
    expect(docs.some((d) => d.ties.some((t) => t.id !== undefined))).toBe(true);
    expect(labels.some((l) => typeof l === "string")).toBe(true);
    expect(labels.some((l) => typeof l === "object" && l.en !== undefined && l.da !== undefined)).toBe(true);
    expect(labels.some((l) => typeof l === "object" && l.da === undefined)).toBe(true);
    expect(labels.some((l) => typeof l === "object" && l.en === undefined)).toBe(true);
    expect(labels.some((l) => typeof l === "string" && /[æøåÆØÅ]/.test(l))).toBe(true);
    expect(labels.some((l) => typeof l === "string" && /\n/.test(l))).toBe(true);
    expect(docs.some((d) => hasAttributeKey(d, "__proto__"))).toBe(true);
    expect(docs.some((d) => hasAttributeKey(d, "constructor"))).toBe(true);
    expect(docs.some((d) => hasAttributeKey(d, "sector"))).toBe(true);
    for (const type of ["string", "number", "boolean"]) {
      expect(values.some((v) => typeof v === type)).toBe(true);
    }
    expect(values.some((v) => v === null)).toBe(true);
    expect(values.some((v) => Array.isArray(v))).toBe(true);
    expect(values.some((v) => v !== null && typeof v === "object" && !Array.isArray(v))).toBe(true);
    expect(values.some((v) => typeof v === "number" && !Number.isInteger(v))).toBe(true);
    expect(values.some((v) => typeof v === "number" && v < 0)).toBe(true);
    expect(values.some((v) => v === "007" || v === "true")).toBe(true);
    expect(docs.some((d) => d.organisations.length > 0 && d.actors.some((a) => a.organisation))).toBe(true);
    expect(docs.some((d) => d.description === undefined)).toBe(true);
    expect(docs.some((d) => d.sources !== undefined)).toBe(true);
  });
});

describe("lossless round trips", () => {
  it("JSON → GEXF → JSON gives the document back", () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (doc) => {
        expectSameDocument(parseGexf(toGexf(doc)), doc);
      }),
      RUNS,
    );
  });

  it("JSON → GraphML → JSON gives the document back", () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (doc) => {
        expectSameDocument(parseGraphml(toGraphml(doc)), doc);
      }),
      RUNS,
    );
  });

  it("fromGraph(toGraph(doc)) gives the document back", () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (doc) => {
        expectSameDocument(fromGraph(toGraph(doc)), doc);
      }),
      RUNS,
    );
  });
});
