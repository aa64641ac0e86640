// GEXF files parseGexf rejects: broken XML, files that are not GEXF, bad edges, kinds and values,
// broken tvaers metadata and dynamic networks, each reported with its line and field so a planner can
// fix it; entities are never expanded (XXE).
import { describe, expect, it } from "vitest";
import { parseGexf, toGexf } from "../src/index.js";
import { fixture, problemsOf, sample } from "./exchange-fixtures.js";
import { foreign, read } from "./gexf-fixtures.js";

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
