// GEXF made by other tools (networkx, Gephi) and every GEXF value form: parseGexf maps their nodes,
// edges and attributes onto a tvaers network, and keeps lists and numbers exactly.
import { describe, expect, it } from "vitest";
import { parseGexf, parseNetwork, toGexf, UNKNOWN_SECTOR } from "../src/index.js";
import { fixture } from "./exchange-fixtures.js";
import { foreign, read } from "./gexf-fixtures.js";
import { expectSameDocument } from "./support/arbitrary-network.js";

describe("parseGexf reads files made by other tools", () => {
  it("reads a networkx multigraph with sector, organisation, cluster and kind attributes", () => {
    const { doc, warnings } = read(fixture("networkx-midtklyngen.gexf"), "networkx-midtklyngen.gexf");
    expect(warnings).toEqual([]);
    expect(doc.name).toBe("Midtklyngen (networkx)");
    expect(doc.description).toMatch(/^creator: NetworkX 3\.6\.1\nlastmodifieddate: \d{4}-\d\d-\d\d$/);
    expect(doc.sectors).toEqual([
      { id: "region", label: "region" },
      { id: "municipality", label: "municipality" },
      { id: "general-practice", label: "general-practice" },
    ]);
    expect(doc.organisations).toEqual([
      { id: "rh-viborg", label: "rh-viborg", sector: "region", cluster: "midtklyngen" },
      { id: "skive-kommune", label: "skive-kommune", sector: "municipality", cluster: "midtklyngen" },
      { id: "silkeborg-kommune", label: "silkeborg-kommune", sector: "municipality", cluster: "midtklyngen" },
    ]);
    expect(doc.actors[0]).toEqual({
      id: "viborg-ortho",
      label: "Ortopædkirurgi, Viborg",
      sector: "region",
      organisation: "rh-viborg",
      cluster: "midtklyngen",
      kind: "hospital-ward",
      attributes: { beds: 30, share: 0.4, weekend: true },
    });
    expect(doc.actors[3]).toEqual({
      id: "gp-skive",
      label: "Lægehuset Skive",
      sector: "general-practice",
      kind: "gp",
    });
    expect(doc.ties[1]).toEqual({
      id: "1",
      source: "viborg-ortho",
      target: "skive-jobcentre",
      kind: "communication",
      weight: 3,
      directed: true,
      channel: "phone",
      quality: 2,
      attributes: { networkx_key: 1 },
    });
  });

  it("reads a plain networkx graph: no sector gives sector unknown with a warning, edges are undirected collaboration ties", () => {
    const { doc, warnings } = read(fixture("networkx-plain.gexf"), "networkx-plain.gexf");
    expect(doc.name).toBe("networkx-plain");
    expect(doc.sectors).toEqual([
      {
        id: UNKNOWN_SECTOR,
        label: { en: "Unknown sector", da: "Ukendt sektor" },
        description: "Actors whose file gave no sector.",
      },
    ]);
    expect(doc.actors.map((a) => [a.id, a.label, a.sector])).toEqual([
      ["0", "0", "unknown"],
      ["1", "Ward 1", "unknown"],
      ["2", "2", "unknown"],
    ]);
    expect(doc.ties.map((t) => [t.kind, t.directed, t.weight])).toEqual([
      ["collaboration", false, 2],
      ["collaboration", false, 1],
    ]);
    expect(warnings).toEqual([
      {
        file: "networkx-plain.gexf",
        line: 11,
        field: "sector",
        message: '3 actors have no sector ("0", "1", "2"); they are in the sector "unknown"',
      },
    ]);
  });

  it("reads a Gephi-style file: viz data, list attributes, defaults, per-edge direction, edge kind and label", () => {
    const { doc, warnings } = read(fixture("gephi-style.gexf"), "gephi-style.gexf");
    expect(doc.name).toBe("Klynge Vest – workshop map");
    expect(doc.description).toBe(
      "Drawn in workshops with Thisted and Morsø\ncreator: Gephi 0.10.1\nlastmodifieddate: 2025-03-14",
    );
    expect(doc.actors[0]).toEqual({
      id: "n0",
      label: "Akutafdelingen, Thisted",
      sector: "region",
      attributes: {
        "Modularity Class": 0,
        interviews: ["2024-05-02", "2024-06-11"],
        active: true,
        "viz:size": 12.5,
        "viz:x": -120.3,
        "viz:y": 45,
        "viz:z": 0,
        "viz:color": "rgba(230,85,13,1.0)",
      },
    });
    expect(doc.actors[1]?.label).toBe("Morsø Kommune, Sundhed & Ældre");
    expect(doc.actors[1]?.attributes?.active).toBe(false);
    expect(doc.actors[2]).toMatchObject({ id: "n2", sector: "unknown", attributes: { active: true } });
    expect(doc.ties).toEqual([
      { id: "0", source: "n0", target: "n1", kind: "handoff", weight: 5, directed: true },
      {
        id: "1",
        source: "n1",
        target: "n0",
        kind: "collaboration",
        weight: 2,
        directed: false,
        channel: "phone",
        attributes: { "viz:thickness": 2 },
      },
      {
        id: "2",
        source: "n2",
        target: "n1",
        kind: "collaboration",
        weight: 1,
        directed: true,
        attributes: { label: "advice" },
      },
    ]);
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [43, '1 actor has no sector ("n2"); they are in the sector "unknown"'],
    ]);
  });

  it("takes `mutual` edges as undirected and the GEXF default (undirected) when the graph gives none", () => {
    const { doc } = read(
      foreign(
        `<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
<edges><edge source="a" target="b" type="mutual"/><edge source="b" target="a"/></edges>`,
        "",
      ),
    );
    expect(doc.ties.map((t) => t.directed)).toEqual([false, false]);
  });
});

describe("parseGexf reads every GEXF value form", () => {
  it("reads GEXF 1.3 and 1.2 lists, quoted items and typed items, and takes the id when a node has no label", () => {
    const text = foreign(
      `<attributes class="node">
  <attribute id="0" title="s" type="liststring"/>
  <attribute id="1" title="n" type="listinteger"/>
  <attribute id="2" title="b" type="listboolean"/>
  <attribute id="3" title="old" type="liststring"/>
  <attribute id="4" title="empty" type="liststring"/>
</attributes>
<nodes>
  <node id="a"><attvalues>
    <attvalue for="0" value="[&quot;x, y&quot;, 'z', w]"/>
    <attvalue for="1" value="[1, 2, -3]"/>
    <attvalue for="2" value="[true, false]"/>
    <attvalue for="3" value="p|q|r"/>
    <attvalue for="4" value="[]"/>
  </attvalues></node>
</nodes>`,
    );
    const { doc } = read(text);
    expect(doc.actors[0]?.label).toBe("a");
    expect(doc.actors[0]?.attributes).toEqual({
      s: ["x, y", "z", "w"],
      n: [1, 2, -3],
      b: [true, false],
      old: ["p", "q", "r"],
      empty: [],
    });
  });

  it("keeps negative zero and very large or small numbers exactly", () => {
    const doc = parseNetwork({
      format: "tvaers.network/v1",
      name: "numbers",
      qualityScale: { min: -1, max: 1 },
      sectors: [{ id: "r", label: "R" }],
      actors: [
        {
          id: "a",
          label: "A",
          sector: "r",
          attributes: { z: -0, big: 1e21, small: 5e-324, max: 1.7976931348623157e308 },
        },
        { id: "b", label: "B", sector: "r", attributes: { z: 0 } },
      ],
      ties: [{ source: "a", target: "b", kind: "handoff", weight: -0, quality: -0 }],
    });
    const back = parseGexf(toGexf(doc));
    expectSameDocument(back, doc);
    expect(Object.is(back.actors[0]?.attributes?.z, -0)).toBe(true);
    expect(Object.is(back.actors[1]?.attributes?.z, 0)).toBe(true);
    expect(Object.is(back.ties[0]?.weight, -0)).toBe(true);
  });
});
