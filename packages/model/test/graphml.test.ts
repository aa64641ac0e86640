import { describe, expect, it } from "vitest";
import { type Problem, parseGraphml, parseNetwork, toGraphml } from "../src/index.js";
import { fixture, problemsOf, sample } from "./exchange-fixtures.js";
import { expectSameDocument } from "./support/arbitrary-network.js";

function read(text: string, file = "test.graphml") {
  const warnings: Problem[] = [];
  const doc = parseGraphml(text, { file, onWarning: (w) => warnings.push(w) });
  return { doc, warnings };
}

/** A GraphML file from another tool: keys, then a graph around the given content. */
const foreign = (keys: string, body: string, graph = 'edgedefault="undirected"') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys}
<graph ${graph}>
${body}
</graph>
</graphml>
`;

const SECTOR_KEY = '<key id="s" for="node" attr.name="sector" attr.type="string"/>';

describe("toGraphml", () => {
  it("writes exactly the committed sample file", async () => {
    await expect(toGraphml(sample)).toMatchFileSnapshot("./fixtures/exchange/tvaers-sample.graphml");
  });

  it("declares every value as a typed key and puts document data on the graph", () => {
    const graphml = toGraphml(sample);
    for (const [domain, name, type] of [
      ["graph", "format", "string"],
      ["graph", "sectors", "string"],
      ["node", "label", "string"],
      ["node", "label:da", "string"],
      ["node", "sector", "string"],
      ["node", "beds", "long"],
      ["node", "share of referrals", "double"],
      ["node", "open weekends", "boolean"],
      ["node", "attr:sector", "string"],
      ["edge", "weight", "double"],
      ["edge", "directed", "boolean"],
      ["edge", "attr:kind", "string"],
    ]) {
      expect(graphml).toMatch(
        new RegExp(`<key id="${domain?.[0]}\\d+" for="${domain}" attr.name="${name}" attr.type="${type}"/>`),
      );
    }
    expect(graphml).toContain('<data key="g0">tvaers.network/v1</data>');
    expect(graphml).toContain('<graph edgedefault="directed">');
    expect(graphml).toContain('<edge source="thisted-cardiology" target="gp-nykoebing">');
    expect(graphml).toContain('<edge id="h1" source="thisted-cardiology" target="morsoe-sickness-benefit">');
  });

  it("escapes text so that line breaks, tabs, carriage returns and markup survive", () => {
    const doc = parseNetwork({
      format: "tvaers.network/v1",
      name: 'a <b> & "c"\r\n\td',
      sectors: [{ id: "r", label: "R" }],
      actors: [{ id: "a\tb", label: " x\r\ny ", sector: "r", attributes: { "k\n": "\r" } }],
    });
    const graphml = toGraphml(doc);
    expect(graphml).toContain('a &lt;b&gt; &amp; "c"&#13;\n\td');
    expect(graphml).toContain('<node id="a&#9;b">');
    expect(graphml).toContain('attr.name="k&#10;"');
    expectSameDocument(parseGraphml(graphml), doc);
  });

  it("refuses text that XML cannot hold", () => {
    const bad = { ...sample, name: "Klynge\u0000Vest" };
    expect(problemsOf(() => toGraphml(bad))).toEqual([
      {
        path: "name",
        field: "name",
        message: "the text contains the character U+0000, which GraphML files cannot hold; remove it",
      },
    ]);
  });
});

describe("parseGraphml reads files made by tvaers", () => {
  it("gives the sample document back from the committed file", () => {
    expectSameDocument(parseGraphml(fixture("tvaers-sample.graphml")), sample);
  });

  it("gives the sample back after networkx read and wrote the file, apart from the ids networkx invents", () => {
    // networkx lists a multigraph's edges by source node and writes the ties without an id with
    // the id "0" (their key), which two edges share; those ids become the attribute "edge id".
    const { doc, warnings } = read(fixture("networkx-resaved.graphml"), "networkx-resaved.graphml");
    const order = ["h1", "c1", 2, "g1", 3, "p1"].map((x) =>
      typeof x === "number" ? sample.ties[x]! : sample.ties.find((t) => t.id === x)!,
    );
    const expected = {
      ...sample,
      ties: order.map((t) =>
        t.id !== undefined ? t : { ...t, attributes: { "edge id": "0", ...t.attributes } },
      ),
    };
    expectSameDocument(doc, expected);
    expect(warnings).toEqual([
      {
        file: "networkx-resaved.graphml",
        line: 100,
        field: "id",
        message:
          '2 edges share their ids with other edges (networkx writes ids like this), so these ids are kept as the tie attribute "edge id" and the ties have no id',
      },
    ]);
  });
});

describe("parseGraphml reads files made by other tools", () => {
  it("reads a networkx multigraph: graph name, tvaers-style attributes, shared edge ids as attributes", () => {
    const { doc, warnings } = read(fixture("networkx-midtklyngen.graphml"));
    expect(doc.name).toBe("Midtklyngen (networkx)");
    expect(doc.description).toBeUndefined();
    expect(doc.sectors.map((s) => s.id)).toEqual(["region", "municipality", "general-practice"]);
    expect(doc.clusters).toEqual([{ id: "midtklyngen", label: "midtklyngen" }]);
    expect(doc.actors[0]).toEqual({
      id: "viborg-ortho",
      label: "Ortopædkirurgi, Viborg",
      sector: "region",
      organisation: "rh-viborg",
      cluster: "midtklyngen",
      kind: "hospital-ward",
      attributes: { beds: 30, share: 0.4, weekend: true },
    });
    expect(doc.ties).toEqual([
      {
        source: "viborg-ortho",
        target: "skive-jobcentre",
        kind: "handoff",
        weight: 12,
        directed: true,
        attributes: { "edge id": "0" },
      },
      {
        id: "1",
        source: "viborg-ortho",
        target: "skive-jobcentre",
        kind: "communication",
        weight: 3,
        directed: true,
        channel: "phone",
        quality: 2,
      },
      {
        source: "skive-jobcentre",
        target: "silkeborg-sickness-benefit",
        kind: "collaboration",
        weight: 1,
        directed: true,
        attributes: { "edge id": "0" },
      },
      {
        source: "gp-skive",
        target: "silkeborg-sickness-benefit",
        kind: "communication",
        weight: 1.5,
        directed: true,
        channel: "LÆ 265",
        quality: 4,
        attributes: { "edge id": "0" },
      },
    ]);
    expect(warnings).toHaveLength(1);
  });

  it("reads a plain networkx graph: sector unknown with a warning, undirected collaboration ties", () => {
    const { doc, warnings } = read(fixture("networkx-plain.graphml"), "networkx-plain.graphml");
    expect(doc.name).toBe("networkx-plain");
    expect(doc.actors.map((a) => [a.id, a.label, a.sector, a.attributes])).toEqual([
      ["0", "0", "unknown", { club: "Mr. Hi" }],
      ["1", "Ward 1", "unknown", { club: "Officer" }],
      ["2", "2", "unknown", { club: "Mr. Hi" }],
    ]);
    expect(doc.ties).toEqual([
      { source: "0", target: "1", kind: "collaboration", weight: 2, directed: false },
      { source: "1", target: "2", kind: "collaboration", weight: 1, directed: false },
    ]);
    expect(warnings.map((w) => [w.file, w.line, w.field])).toEqual([["networkx-plain.graphml", 7, "sector"]]);
  });

  it("uses key defaults, keys for all, undeclared keys, per-edge direction and other graph data", () => {
    const text = foreign(
      `${SECTOR_KEY}
<key id="n" for="graph" attr.name="name"/>
<key id="who" for="graph" attr.name="made by"/>
<key id="beds" for="node" attr.name="beds" attr.type="int"><default>0</default></key>
<key id="note" for="all" attr.name="note" attr.type="string"/>`,
      `<data key="n">Viborg</data>
<data key="who">Cytoscape 3.10</data>
<node id="a"><data key="s">region</data><data key="beds">4</data><data key="note">x</data></node>
<node id="b"><data key="s">region</data><data key="undeclared">y</data></node>
<edge source="a" target="b" directed="true"><data key="note">z</data></edge>
<edge source="b" target="a"/>`,
    );
    const { doc, warnings } = read(text);
    expect(warnings).toEqual([]);
    expect(doc.name).toBe("Viborg");
    expect(doc.description).toBe("made by: Cytoscape 3.10");
    expect(doc.actors.map((a) => a.attributes)).toEqual([
      { beds: 4, note: "x" },
      { undeclared: "y", beds: 0 },
    ]);
    expect(doc.ties.map((t) => [t.directed, t.attributes])).toEqual([
      [true, { note: "z" }],
      [false, undefined],
    ]);
  });

  it("reads XML written in every legal way: prefixes, single quotes, CDATA, comments, references, CRLF, a byte-order mark", () => {
    const text = `\uFEFF<?xml version='1.0'?>\r\n<!-- made by hand -->\r\n<g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns">\r\n<g:key id='s' for='node' attr.name='sector'/>\r\n<g:key id='l' for='node' attr.name='label'/>\r\n<g:graph edgedefault='directed'>\r\n<g:node id="a"><g:data key="s">region</g:data><g:data key="l"><![CDATA[<Akut> & "Thisted"]]></g:data></g:node>\r\n<g:node id="b"><g:data key="s">region</g:data><g:data key="l">&#x00C6;r&#248; &lt;&apos;&quot;&gt;<!-- note -->\r\nline two</g:data></g:node>\r\n<g:edge source="a" target="b"/>\r\n</g:graph>\r\n</g:graphml>\r\n`;
    const { doc } = read(text);
    expect(doc.actors.map((a) => a.label)).toEqual(['<Akut> & "Thisted"', "Ærø <'\">\nline two"]);
    expect(doc.ties[0]?.directed).toBe(true);
  });

  it("keeps foreign text that starts with json: but is not JSON as text", () => {
    const text = foreign(
      `${SECTOR_KEY}<key id="k" for="node" attr.name="k"/>`,
      '<node id="a"><data key="s">r</data><data key="k">json: see the wiki</data></node>',
    );
    expect(read(text).doc.actors[0]?.attributes).toEqual({ k: "json: see the wiki" });
  });
});

describe("parseGraphml reports problems a planner can fix", () => {
  it("names the line of broken XML", () => {
    const problems = problemsOf(() =>
      parseGraphml(foreign("", '<node id="a">\n<data key="x">unclosed\n</node>'), { file: "b.graphml" }),
    );
    expect(problems).toEqual([
      {
        file: "b.graphml",
        line: 7,
        message: "the XML is broken here: expected </data> (opened on line 6) but found </node>",
      },
    ]);
    expect(
      problemsOf(() => parseGraphml('<graphml><graph><node id="a" id="b"/></graph></graphml>'))[0]?.message,
    ).toBe("the XML is broken here: attribute id appears twice in <node>");
    expect(problemsOf(() => parseGraphml("<graphml>&nbsp;</graphml>"))[0]?.message).toBe(
      "the XML is broken here: &nbsp; is not a known entity",
    );
    expect(problemsOf(() => parseGraphml("<graphml><graph/></graphml><graph/>"))[0]?.message).toBe(
      "the XML is broken here: there is more content after the end of the root element",
    );
    expect(problemsOf(() => parseGraphml("<![CDATA[x]]><graphml/>"))[0]?.message).toBe(
      "the XML is broken here: expected an XML element",
    );
    expect(problemsOf(() => parseGraphml("<graphml>\n<graph>"))[0]).toEqual({
      line: 2,
      message: "the XML is broken here: the element <graph> that starts on line 2 is never closed",
    });
  });

  it("says when a file is not GraphML", () => {
    expect(problemsOf(() => parseGraphml(fixture("gephi-style.gexf")))[0]?.message).toBe(
      "this is a GEXF file, not GraphML",
    );
    expect(problemsOf(() => parseGraphml("case_id;actor\n1;ward"))[0]?.message).toBe(
      'this is not a GraphML file: GraphML is XML text that starts with "<"',
    );
  });

  it("reports an edge to a missing node, a weight and a direction that cannot be read, all at once", () => {
    const text = foreign(
      `${SECTOR_KEY}<key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="d" for="edge" attr.name="directed" attr.type="boolean"/>`,
      `<node id="a"><data key="s">region</data></node>
<edge source="a" target="nobody"/>
<edge source="nobody" target="a"><data key="w">12,5</data><data key="d">maybe</data></edge>`,
    );
    const problems = problemsOf(() => parseGraphml(text, { file: "k.graphml" }));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [6, "target", 'target "nobody" is not an actor in this network'],
      [7, "weight", 'weight must be a number, not "12,5"'],
      [7, "directed", 'directed must be true or false, not "maybe"'],
      [7, "source", 'source "nobody" is not an actor in this network'],
    ]);
  });

  it("reports broken tvaers graph data and several graphs in one file", () => {
    const broken = toGraphml(sample).replace('[{"id":"region"', '[{id":"region"');
    expect(problemsOf(() => parseGraphml(broken))).toEqual([
      { line: 43, field: "sectors", message: 'the graph data "sectors" is not valid JSON' },
    ]);
    const two = foreign("", '</graph><graph edgedefault="directed">');
    expect(problemsOf(() => parseGraphml(two))[0]).toMatchObject({
      line: 5,
      message:
        "the file holds 2 graphs; tvaers reads one network per file, so save each graph in its own file",
    });
  });

  it("never expands entities (XXE)", () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE graphml [\n  <!ENTITY % remote SYSTEM "http://example.org/x.dtd">\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<graphml><key id="l" for="node" attr.name="label"/><graph><node id="a"><data key="l">&xxe;</data></node></graph></graphml>`;
    const problems = problemsOf(() => parseGraphml(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 6 });
    expect(problems[0]?.message).toContain("entities declared in a file are never expanded");
  });
});
