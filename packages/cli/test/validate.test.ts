import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const small = fixture("small.json");
const broken = fixture("broken.json");
const tempDir = tempDirs("tvaers-validate-");

describe("tvaers validate", () => {
  it("prints a line per valid file and exits 0", async () => {
    const { code, stdout, stderr } = await run(["validate", small, small]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(`✓ ${small}: 4 actors, 4 ties\n✓ ${small}: 4 actors, 4 ties\n`);
  });

  it("lists every problem of every invalid file in one table and exits 1", async () => {
    const { code, stdout } = await run(["validate", small, broken, "missing.json"]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      `✓ ${small}: 4 actors, 4 ties`,
      `✗ ${broken}: 4 problems`,
      "✗ missing.json: 1 problem",
    ]);
    expect(lines[4]).toMatch(/^file\s+line or path\s+field\s+message$/);
    const rows = lines.slice(6).filter((l) => l !== "");
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatch(
      /broken\.json\s+actors\[1\]\.sector\s+sector\s+sector "municipality" is not a sector/,
    );
    expect(rows[1]).toMatch(/broken\.json\s+actors\[2\]\.label\s+label\s+label is missing/);
    expect(rows[2]).toMatch(/broken\.json\s+ties\[0\]\.target\s+target\s+target "nowhere" is not an actor/);
    expect(rows[3]).toMatch(/broken\.json\s+ties\[1\]\.kind\s+kind\s+kind must be one of/);
    expect(rows[4]).toMatch(/^missing\.json\s+there is no file or folder with this name \(check the path\)$/);
  });

  it("shows the line of a JSON syntax error", async () => {
    const dir = await tempDir();
    const file = join(dir, "cut.json");
    await writeFile(file, '{\n  "format": "tvaers.network/v1",\n  "name": "cut\n');
    const { code, stdout } = await run(["validate", file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^\S+cut\.json\s+3\s+this is not valid JSON at column 15/m);
  });

  it("names the problems of a CSV bundle by folder and line", async () => {
    const bundle = join(await tempDir(), "bundle");
    expect((await run(["convert", small, bundle])).code).toBe(0);
    const ties = join(bundle, "ties.csv");
    await writeFile(ties, (await readFile(ties, "utf8")).replace("gp,sbu", "gp,nobody"));
    for (const input of [bundle, join(bundle, "actors.csv")]) {
      const { code, stdout } = await run(["validate", input]);
      expect(code).toBe(1);
      expect(stdout).toContain(`✗ ${input}: 1 problem\n`);
      const row = stdout.split("\n").find((l) => l.startsWith(ties));
      expect(row).toMatch(/ties\.csv\s+4\s+target\s+target "nobody" is not an actor in actors\.csv$/);
    }
  });

  it("reports as JSON with --format json", async () => {
    const { code, stdout } = await run(["validate", "--format", "json", small, broken]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toEqual({ file: small, valid: true, actors: 4, ties: 4, problems: [] });
    expect(report.files[1]).toMatchObject({ file: broken, valid: false });
    expect(report.files[1].problems).toHaveLength(4);
    expect(report.files[1].problems[0]).toEqual({
      file: broken,
      path: "actors[1].sector",
      field: "sector",
      message: 'sector "municipality" is not a sector in this network',
    });
  });
});
