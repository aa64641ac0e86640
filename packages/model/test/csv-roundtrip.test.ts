/**
 * JSON → CSV bundle → JSON is lossless: readCsvBundle(writeCsvBundle(doc)) gives back exactly the
 * document, for documents from the shared generator (awkward text, æøå, line breaks, quotes, both
 * separators, `__proto__`/`constructor` attribute keys, every JSON type) and for hand-picked edge cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CsvSeparator,
  type NetworkDocument,
  parseNetwork,
  readCsvBundle,
  writeCsvBundle,
} from "../src/index.js";
import { arbitraryNetwork, expectSameDocument } from "./support/arbitrary-network.js";

const SEPARATORS: CsvSeparator[] = [",", ";"];

/** Round-trips a document, also through bytes (as files on disk would be). */
function roundTrip(doc: NetworkDocument, separator: CsvSeparator): NetworkDocument[] {
  const files = writeCsvBundle(doc, { separator });
  const encoder = new TextEncoder();
  const bytes = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, encoder.encode(text)]));
  return [readCsvBundle(files), readCsvBundle(bytes)];
}

describe.each(SEPARATORS)("CSV bundle round trip with %j", (separator) => {
  it("gives back every generated document exactly", () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (doc) => {
        for (const back of roundTrip(doc, separator)) expectSameDocument(back, doc);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps negative zero, huge and tiny numbers, and text that looks like other types", () => {
    const doc = parseNetwork({
      format: "tvaers.network/v1",
      name: "edge cases",
      qualityScale: { min: -1, max: 1 },
      sectors: [{ id: "s", label: "s", description: "" }],
      actors: [
        {
          id: "a",
          label: "  spaces  ",
          sector: "s",
          attributes: {
            z: -0,
            big: 1e21,
            tiny: 5e-324,
            max: Number.MAX_VALUE,
            t: "1e3",
            f: "FALSE",
            n: "null",
          },
        },
        { id: "b", label: { da: 'Ærø;"Å"\r\nø' }, sector: "s", attributes: {} },
      ],
      ties: [{ source: "a", target: "b", kind: "handoff", weight: -0, quality: -0 }],
    });
    for (const back of roundTrip(doc, separator)) {
      expectSameDocument(back, doc);
      expect(Object.is(back.actors[0]?.attributes?.z, -0)).toBe(true);
      expect(Object.is(back.ties[0]?.weight, -0)).toBe(true);
    }
  });
});
