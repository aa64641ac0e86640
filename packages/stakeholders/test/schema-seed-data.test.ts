// The example stakeholder documents in data/stakeholders/: they parse, their actor links exist in their
// networks, the CSV holds the same stakeholders as the JSON, and every value is marked illustrative.
import { readFileSync } from "node:fs";
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import {
  parseStakeholders,
  parseStakeholdersCsv,
  provenanceOf,
  STAKEHOLDER_ATTRIBUTES,
  type StakeholderDocument,
} from "../src/index.js";

const root = new URL("../../../data/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root));
const network = (name: string) => parseNetwork(JSON.parse(read(`networks/${name}.json`).toString("utf8")));

const seeds = [
  { file: "stakeholders/ms-reference-group.json", network: "ms-collaboration" },
  { file: "stakeholders/klynge-vest-steering-group.json", network: "klynge-vest" },
];

/** The provenances of every value of a document (`undefined` for a value without one). */
function provenances(doc: StakeholderDocument): Set<string | undefined> {
  return new Set(
    doc.stakeholders.flatMap((s) =>
      STAKEHOLDER_ATTRIBUTES.filter((a) => s[a] !== undefined).map((a) => provenanceOf(s, a, doc.provenance)),
    ),
  );
}

describe("data/stakeholders", () => {
  for (const seed of seeds) {
    it(`${seed.file} parses, links only to actors of ${seed.network}.json and is illustrative`, () => {
      const doc = parseStakeholders(JSON.parse(read(seed.file).toString("utf8")), {
        file: seed.file,
        network: network(seed.network),
      });
      expect(doc.stakeholders.length).toBeGreaterThanOrEqual(8);
      expect(doc.stakeholders.every((s) => (s.actors?.length ?? 0) > 0)).toBe(true);
      expect(provenances(doc)).toEqual(new Set(["illustrative"]));
    });
  }

  it("ms-reference-group.csv holds the same stakeholders as the JSON, every value illustrative", () => {
    const json = parseStakeholders(JSON.parse(read("stakeholders/ms-reference-group.json").toString("utf8")));
    const csv = parseStakeholdersCsv(read("stakeholders/ms-reference-group.csv"), {
      network: network("ms-collaboration"),
    });
    expect(csv.stakeholders.map(({ provenance: _, ...s }) => s)).toEqual(json.stakeholders);
    expect(provenances(csv)).toEqual(new Set(["illustrative"]));
  });
});
