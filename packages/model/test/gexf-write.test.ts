// GEXF written by tvaers: toGexf gives the committed sample file with typed attributes, direction and
// ids as GEXF tools expect, refuses text XML cannot hold, and parseGexf reads the file back, also after
// networkx has saved it again.
import { describe, expect, it } from "vitest";
import { type NetworkDocument, parseGexf, toGexf } from "../src/index.js";
import { fixture, problemsOf, sample } from "./exchange-fixtures.js";
import { read } from "./gexf-fixtures.js";
import { expectSameDocument } from "./support/arbitrary-network.js";

describe("toGexf", () => {
  it("writes exactly the committed sample file", async () => {
    await expect(toGexf(sample)).toMatchFileSnapshot("./fixtures/exchange/tvaers-sample.gexf");
  });

  it("gives actors their display label and core fields as plain typed node attributes", () => {
    const gexf = toGexf(sample);
    expect(gexf).toContain('<node id="thisted-cardiology" label="Cardiology outpatient clinic, Thisted">');
    expect(gexf).toContain('<node id="morsoe-sickness-benefit" label="Sygedagpengeafdelingen, Morsø">');
    for (const [title, type] of [
      ["sector", "string"],
      ["organisation", "string"],
      ["cluster", "string"],
      ["kind", "string"],
      ["beds", "long"],
      ["share of referrals", "double"],
      ["open weekends", "boolean"],
      ["attr:sector", "string"],
      ["directed", "boolean"],
      ["quality", "double"],
      ["attr:weight", "string"],
    ]) {
      expect(gexf).toMatch(new RegExp(`<attribute id="\\d+" title="${title}" type="${type}"/>`));
    }
    expect(gexf).toContain('value="json:[&quot;cardiology&quot;,&quot;rehab&quot;]"');
    expect(gexf).toContain('value="json:null"');
  });

  it("writes a network with directed and undirected ties as directed, with a directed attribute on every edge", () => {
    const gexf = toGexf(sample);
    expect(gexf).toContain('defaultedgetype="directed"');
    expect(gexf).not.toMatch(/<edge [^>]*type=/);
    expect(gexf.match(/<attvalue for="1" value="(true|false)"\/>/g)).toHaveLength(sample.ties.length);
  });

  it("writes a network of undirected ties only as undirected", () => {
    const undirected = { ...sample, ties: sample.ties.filter((t) => !t.directed) };
    expect(toGexf(undirected)).toContain('defaultedgetype="undirected"');
  });

  it("leaves out the id of a tie that has none", () => {
    expect(toGexf(sample)).toContain('<edge source="thisted-cardiology" target="gp-nykoebing" weight="40">');
  });

  it("refuses text that XML cannot hold, naming every place", () => {
    const bad: NetworkDocument = {
      ...sample,
      actors: sample.actors.map((a, i) =>
        i === 1 ? { ...a, label: "Sygedagpenge\u0001", attributes: { "bad\u0007key": 1 } } : a,
      ),
    };
    const problems = problemsOf(() => toGexf(bad));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ["actors[1].label", "the text contains the character U+0001, which GEXF files cannot hold; remove it"],
      [
        "actors[1].attributes.bad\u0007key",
        "the name contains the character U+0007, which GEXF files cannot hold; remove it",
      ],
    ]);
  });
});

describe("parseGexf reads files made by tvaers", () => {
  it("gives the sample document back from the committed file", () => {
    expectSameDocument(parseGexf(fixture("tvaers-sample.gexf")), sample);
  });

  it("still reads the file when networkx has read and written it again (without the tvaers metadata)", () => {
    // networkx keeps the actors' order but lists a multigraph's edges by source node, and numbers
    // the edges that had no id; it adds the attribute networkx_key.
    const { doc, warnings } = read(fixture("networkx-resaved.gexf"), "networkx-resaved.gexf");
    expect(warnings).toEqual([]);
    const core = (d: NetworkDocument) => ({
      actors: d.actors,
      ties: d.ties
        .map(({ id: _id, attributes = {}, ...t }) => {
          const kept = Object.entries(attributes).filter(([k]) => k !== "networkx_key");
          return kept.length > 0 ? { ...t, attributes: Object.fromEntries(kept) } : t;
        })
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    });
    expect(core(doc)).toEqual(core(sample));
    expect(doc.ties.map((t) => t.id)).toEqual(["h1", "c1", "0", "g1", "1", "p1"]);
    expect(doc.sectors.map((s) => s.id)).toEqual(["region", "municipality", "general-practice", "citizen"]);
    expect(doc.name).toBe("networkx-resaved");
  });
});
