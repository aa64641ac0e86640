import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const temp = tempDirs("tvaers-stakeholders-");
const data = (path: string) => fileURLToPath(new URL(`../../../data/${path}`, import.meta.url));

/** Writes a file into a fresh temporary folder and returns its path. */
async function file(name: string, content: unknown): Promise<string> {
  const path = join(await temp(), name);
  await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

const FORMAT = "tvaers.stakeholders/v1";
const rated = (id: string, p: number, i: number, a: number, l: number, u: number, x: number) => ({
  id,
  label: id,
  power: p,
  interest: i,
  affected: a,
  legitimacy: l,
  urgency: u,
  attitude: 0,
  proximity: x,
});

// Values on the default 1–5 scales; 3 is the midpoint and counts as low.
const planners = {
  format: FORMAT,
  stakeholders: [
    rated("all-high", 5, 5, 5, 5, 5, 5),
    rated("all-low", 1, 1, 1, 1, 1, 1),
    rated("on-midpoint", 3, 3, 3, 3, 3, 3),
    rated("just-above", 3.5, 3.5, 3.5, 3.5, 3.5, 3.5),
    rated("powerful", 4, 2, 2, 2, 2, 3),
    rated("affected", 2, 4, 5, 2, 4, 3),
    rated("legitimate", 2, 2, 2, 4, 2, 3),
    rated("dominant", 4, 4, 2, 4, 3, 3),
    rated("dangerous", 5, 3, 4, 2, 5, 3),
    rated("dependent", 1, 5, 5, 5, 5, 3),
  ],
};

async function json(args: string[]) {
  const result = await run(["stakeholders", ...args, "--format", "json"]);
  return { ...result, out: result.code === 0 ? JSON.parse(result.stdout) : undefined };
}

describe("tvaers stakeholders --format json", () => {
  it("gives every stakeholder's Mendelow, interessent, salience and Bourne by id (the contract)", async () => {
    const { code, out, stderr } = await json([await file("planners.json", planners)]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const ids = out.stakeholders.map((s: Record<string, unknown>) => [
      s.id,
      s.mendelow,
      s.interessent,
      s.salience,
    ]);
    expect(ids).toEqual([
      ["all-high", "manage-closely", "ressourcepersoner", "definitive"],
      ["all-low", "monitor", "eksterne-interessenter", "non-stakeholder"],
      ["on-midpoint", "monitor", "eksterne-interessenter", "non-stakeholder"],
      ["just-above", "manage-closely", "ressourcepersoner", "definitive"],
      ["powerful", "keep-satisfied", "graa-eminencer", "dormant"],
      ["affected", "keep-informed", "gidsler", "demanding"],
      ["legitimate", "monitor", "eksterne-interessenter", "discretionary"],
      ["dominant", "manage-closely", "graa-eminencer", "dominant"],
      ["dangerous", "keep-satisfied", "ressourcepersoner", "dangerous"],
      ["dependent", "keep-informed", "gidsler", "dependent"],
    ]);
    expect(out.stakeholders.map((s: { bourne: number }) => s.bourne)).toEqual([
      1,
      0,
      0.5,
      0.625,
      (4 * 0.75 + 2 * 0.5 + 5 * 0.25) / 11,
      (4 * 0.25 + 2 * 0.5 + 5 * 0.75) / 11,
      (4 * 0.25 + 2 * 0.5 + 5 * 0.25) / 11,
      (4 * 0.75 + 2 * 0.5 + 5 * 0.5) / 11,
      (4 * 1 + 2 * 0.5 + 5 * 1) / 11,
      (4 * 0 + 2 * 0.5 + 5 * 1) / 11,
    ]);
    expect(out.stakeholders[4]).toMatchObject({
      labels: {
        mendelow: { en: "Keep satisfied", da: "Hold tilfreds" },
        interessent: { en: "Grey eminences", da: "Grå eminencer" },
        salience: { en: "Dormant", da: "Hvilende" },
      },
      handling: { mendelow: { en: expect.any(String), da: expect.any(String) } },
    });
    expect(out).toMatchObject({ convention: "a", warnings: [] });
  });

  it("names the fields in convention b with --convention b; a is the default", async () => {
    const path = await file("planners.json", planners);
    const b = await json([path, "--convention", "b"]);
    expect(b.out.convention).toBe("b");
    expect(b.out.stakeholders.map((s: { interessent: string }) => s.interessent).slice(0, 5)).toEqual([
      "centrale-interessenter",
      "eksterne-interessenter",
      "eksterne-interessenter",
      "centrale-interessenter",
      "ressourcepersoner",
    ]);
    expect((await json([path, "--convention", "a"])).stdout).toBe((await json([path])).stdout);
  });

  it("cuts at the midpoints of the scales a document declares", async () => {
    const doc = {
      format: FORMAT,
      scales: { power: { min: 0, max: 10 }, interest: { min: 0, max: 10 }, affected: { min: 1, max: 7 } },
      stakeholders: [
        { id: "a", power: 5, interest: 5.5, affected: 4 },
        { id: "b", power: 6, interest: 4, affected: 4.5 },
      ],
    };
    const { out } = await json([await file("scaled.json", doc)]);
    expect(out.stakeholders.map((s: Record<string, unknown>) => [s.mendelow, s.interessent])).toEqual([
      ["keep-informed", "eksterne-interessenter"],
      ["keep-satisfied", "ressourcepersoner"],
    ]);
  });

  it("gives null for a classification a missing value prevents, with a warning, and exits 0", async () => {
    const doc = { format: FORMAT, stakeholders: [{ id: "gp", power: 4, interest: 4, urgency: null }] };
    const { code, out, stderr } = await json([await file("partial.json", doc)]);
    expect(code).toBe(0);
    expect(out.stakeholders[0]).toMatchObject({
      id: "gp",
      mendelow: "manage-closely",
      interessent: null,
      salience: null,
      bourne: null,
      labels: { interessent: null },
    });
    expect(out.warnings).toHaveLength(3);
    expect(stderr).toContain(
      'warning: stakeholder "gp" has no salience class: legitimacy and urgency are missing\n',
    );
  });

  it("reads a CSV file as Danish Excel saves it", async () => {
    const csv =
      "\uFEFFid;label;power;interest;affected;legitimacy;urgency;attitude;proximity\r\nkl;KL;4,5;2;2;4;2;0;1\r\n";
    const { code, out } = await json([await file("s.csv", csv)]);
    expect(code).toBe(0);
    expect(out.stakeholders[0]).toMatchObject({ id: "kl", mendelow: "keep-satisfied", salience: "dominant" });
  });

  it("exits 1 with a table of every problem in a bad document", async () => {
    const doc = {
      format: FORMAT,
      stakeholders: [
        { id: "a", power: 7 },
        { id: "a", interest: "high" },
      ],
    };
    const path = await file("bad.json", doc);
    const { code, stdout, stderr } = await run(["stakeholders", path, "--format", "json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^tvaers stakeholders: 3 problems in the input\n/);
    expect(stderr).toMatch(/stakeholders\[0\]\.power\s+power\s+power 7 is outside the scale 1–5/);
    expect(stderr).toMatch(/stakeholders\[1\]\.id\s+id\s+id "a" is used twice/);
    expect(stderr).toMatch(
      /stakeholders\[1\]\.interest\s+interest\s+interest must be a number, not the text "high"/,
    );
  });

  it("exits 1 for a missing file and for a file type it cannot read", async () => {
    expect((await run(["stakeholders", "missing.json"])).stderr).toContain("there is no file with this name");
    const xlsx = await run(["stakeholders", "s.xlsx"]);
    expect(xlsx.code).toBe(1);
    expect(xlsx.stderr).toContain("save the sheet as CSV");
  });
});

describe("tvaers stakeholders --network", () => {
  const network = data("networks/ms-collaboration.json");
  const seed = data("stakeholders/ms-reference-group.json");

  it("sets stated power beside network power and lists the largest disagreements", async () => {
    const { code, out } = await json([seed, "--network", network, "--blend", "0.25"]);
    expect(code).toBe(0);
    expect(out.blend).toBe(0.25);
    const first = out.stakeholders[0];
    expect(first.power.blended).toBeCloseTo(0.75 * first.power.stated + 0.25 * first.power.network, 12);
    const gaps = out.disagreements.map((d: { difference: number }) => Math.abs(d.difference));
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it("classifies on blended power with --power blended", async () => {
    const stated = await json([seed, "--network", network]);
    const blended = await json([seed, "--network", network, "--power", "blended", "--blend", "1"]);
    const changed = stated.out.stakeholders.filter(
      (s: { id: string; mendelow: string }, i: number) => blended.out.stakeholders[i].mendelow !== s.mendelow,
    );
    expect(changed.length).toBeGreaterThan(0);
  });

  it("exits 1 when an actor link is not in the network", async () => {
    const doc = { format: FORMAT, stakeholders: [{ id: "x", actors: ["nowhere"], power: 3 }] };
    const { code, stderr } = await run(["stakeholders", await file("links.json", doc), "--network", network]);
    expect(code).toBe(1);
    expect(stderr).toContain('actor "nowhere" is not an actor in the network "MS collaboration');
  });

  it("needs --network for --blend and --power blended, and a blend from 0 to 1", async () => {
    const noNetwork = await run(["stakeholders", seed, "--blend", "0.5"]);
    expect(noNetwork.code).toBe(2);
    expect(noNetwork.stderr).toContain("--blend needs --network <file>");
    expect((await run(["stakeholders", seed, "--power", "blended"])).stderr).toContain(
      "--power blended needs --network",
    );
    const wrong = await run(["stakeholders", seed, "--network", network, "--blend", "2"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--blend must be a number from 0 to 1 (not "2")');
  });
});

describe("tvaers stakeholders --format table and csv", () => {
  it("prints a table for people, with the recommended handling, in English or Danish", async () => {
    const seed = data("stakeholders/ms-reference-group.json");
    const en = await run(["stakeholders", seed]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^stakeholder\s+Mendelow\s+interessentanalyse\s+salience\s+Bourne$/m);
    expect(en.stdout).toMatch(
      /^Local Government Denmark \(KL\)\s+Keep satisfied\s+Grey eminences\s+Dominant\s+0\.48$/m,
    );
    expect(en.stdout).toContain("Recommended handling:\n");
    const da = await run(["stakeholders", seed, "--language", "da", "--convention", "b"]);
    expect(da.stdout).toMatch(
      /^Kommunernes Landsforening \(KL\)\s+Hold tilfreds\s+Ressourcepersoner\s+Dominerende/m,
    );
    expect(da.stdout).toContain("Anbefalet håndtering:\n");
  });

  it("writes CSV with ids and names, neutralising text a spreadsheet would run as a formula", async () => {
    const doc = {
      format: FORMAT,
      stakeholders: [{ ...rated("x", 5, 5, 5, 5, 5, 5), label: "=HYPERLINK()" }],
    };
    const { code, stdout } = await run([
      "stakeholders",
      await file("f.json", doc),
      "--format",
      "csv",
      "--separator",
      ";",
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      "id;label;mendelow;mendelow_label;interessent;interessent_label;salience;salience_label;bourne\r\n" +
        "x;'=HYPERLINK();manage-closely;Manage closely;ressourcepersoner;Resource persons;definitive;Definitive;1\r\n",
    );
  });
});
