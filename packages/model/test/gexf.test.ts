import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type NetworkDocument,
  type Problem,
  parseGexf,
  parseNetwork,
  TvaersInputError,
  toGexf,
  UNKNOWN_SECTOR,
} from "../src/index.js";
import { expectSameDocument } from "./support/arbitrary-network.js";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/exchange/${name}`, import.meta.url), "utf8");
const sample = parseNetwork(JSON.parse(fixture("sample.json")));

function problemsOf(read: () => unknown): readonly Problem[] {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(TvaersInputError);
    return (e as TvaersInputError).problems;
  }
  throw new Error("expected the input to be rejected");
}

function read(text: string, file = "test.gexf") {
  const warnings: Problem[] = [];
  const doc = parseGexf(text, { file, onWarning: (w) => warnings.push(w) });
  return { doc, warnings };
}

/** A GEXF file from another tool, around the given nodes and edges. */
const foreign = (body: string, graph = 'defaultedgetype="directed"') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph ${graph}>
${body}
  </graph>
</gexf>
`;

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

describe("parseGexf reports problems a planner can fix", () => {
  it("names the line of broken XML", () => {
    const problems = problemsOf(() =>
      parseGexf(foreign('<nodes>\n<node id="a" label="A">\n</nodes>'), { file: "broken.gexf" }),
    );
    expect(problems).toEqual([
      {
        file: "broken.gexf",
        line: 6,
        message: "the XML is broken here: expected </node> (opened on line 5) but found </nodes>",
      },
    ]);
  });

  it("says when a file is not GEXF at all", () => {
    const json = problemsOf(() => parseGexf('{"format": "tvaers.network/v1"}', { file: "x.gexf" }));
    expect(json).toEqual([
      { file: "x.gexf", message: 'this is not a GEXF file: GEXF is XML text that starts with "<"' },
    ]);
    const graphml = problemsOf(() => parseGexf(fixture("networkx-plain.graphml")));
    expect(graphml).toEqual([{ line: 2, message: "this is a GraphML file, not GEXF" }]);
    const html = problemsOf(() => parseGexf("<html><body/></html>"));
    expect(html[0]?.message).toBe("this is not a GEXF file: its root element is <html>, not <gexf>");
    expect(problemsOf(() => parseGexf("  \n"))[0]?.message).toBe("the file is empty");
    expect(problemsOf(() => parseGexf('<gexf version="1.3"/>'))[0]?.message).toBe(
      "the GEXF file has no <graph> element",
    );
  });

  it("reports an edge to a missing node and a weight that is not a number, together, with lines and fields", () => {
    const text = foreign(
      `<nodes>
  <node id="a" label="A"><attvalues><attvalue for="sector" value="region"/></attvalues></node>
</nodes>
<edges>
  <edge source="a" target="ghost"/>
  <edge source="a" target="a" weight="heavy"/>
</edges>`,
    );
    const problems = problemsOf(() => parseGexf(text, { file: "klynge.gexf" }));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [8, "target", 'target "ghost" is not an actor in this network'],
      [9, "weight", 'weight must be a number, not "heavy"'],
      [9, "target", 'tie goes from actor "a" to itself'],
    ]);
    expect(problems.every((p) => p.file === "klynge.gexf")).toBe(true);
  });

  it("reports tie kinds tvaers does not know and attribute values that do not fit their declared type", () => {
    const text = foreign(
      `<attributes class="node"><attribute id="0" title="beds" type="integer"/></attributes>
<nodes>
  <node id="a" label="A"><attvalues><attvalue for="0" value="many"/></attvalues></node>
  <node id="b" label="B"/>
</nodes>
<edges><edge source="a" target="b" kind="friendship"/></edges>`,
    );
    const problems = problemsOf(() => parseGexf(text));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [6, "beds", 'attribute "beds" must be a number, not "many"'],
      [9, "kind", "kind must be one of communication, handoff, collaboration, governance"],
    ]);
  });

  it("reports broken tvaers metadata and dynamic networks", () => {
    const broken = toGexf(sample).replace('{"format"', '{format"');
    expect(problemsOf(() => parseGexf(broken))[0]).toMatchObject({
      line: 7,
      message: "the tvaers data in <meta> is not valid JSON",
    });
    const dynamic = problemsOf(() => parseGexf(foreign("<nodes/>", 'mode="dynamic"')));
    expect(dynamic[0]).toMatchObject({ line: 3, field: "mode" });
  });

  it("never expands entities, so a file cannot make tvaers read another file (XXE)", () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>
<nodes><node id="a" label="&xxe;"/></nodes>
</graph></gexf>`;
    const problems = problemsOf(() => parseGexf(text, { file: "evil.gexf" }));
    expect(problems).toEqual([
      {
        file: "evil.gexf",
        line: 4,
        message:
          "the XML is broken here: the file uses the entity &xxe; declared in its DOCTYPE; for safety, entities declared in a file are never expanded",
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain("root:");
  });

  it("reads a file with a DOCTYPE whose entities it does not use", () => {
    const text = `<!DOCTYPE gexf [<!ENTITY lol "lol">]>${foreign('<nodes><node id="a" label="A &amp; B"/></nodes>').replace(/^<\?xml[^>]*>\n/, "")}`;
    expect(read(text).doc.actors[0]?.label).toBe("A & B");
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
