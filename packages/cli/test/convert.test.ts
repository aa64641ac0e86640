import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseNetwork } from "@tvaers/model";
import { describe, expect, it } from "vitest";
import { fixture, run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

const small = fixture("small.json");
const original = async () => parseNetwork(JSON.parse(await readFile(small, "utf8")));
const tempDir = tempDirs("tvaers-convert-");

describe("tvaers convert", () => {
  it("writes the same network to a new JSON file", async () => {
    const out = join(await tempDir(), "copy.json");
    const { code, stdout } = await run(["convert", small, out]);
    expect(code).toBe(0);
    expect(stdout).toBe(`✓ ${small} → ${out}: 4 actors, 4 ties\n`);
    expect(parseNetwork(JSON.parse(await readFile(out, "utf8")))).toEqual(await original());
  });

  it.each(["small.gexf", "small.graphml", "small-csv"])("goes to %s and back without loss", async (name) => {
    const dir = await tempDir();
    const there = join(dir, name);
    const back = join(dir, "back.json");
    expect((await run(["convert", small, there])).code).toBe(0);
    expect((await run(["convert", there, back])).code).toBe(0);
    expect(parseNetwork(JSON.parse(await readFile(back, "utf8")))).toEqual(await original());
  });

  it("writes a CSV bundle with ; between fields when asked", async () => {
    const out = join(await tempDir(), "bundle");
    expect((await run(["convert", "--separator", ";", small, out])).code).toBe(0);
    const ties = await readFile(join(out, "ties.csv"), "utf8");
    expect(ties.split(/\r?\n/)[0]).toMatch(/^\uFEFF?source;target;kind;/);
  });

  it("refuses to replace an existing output unless --force is given", async () => {
    const out = join(await tempDir(), "taken.json");
    await writeFile(out, "keep me");
    const refused = await run(["convert", small, out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("this already exists (add --force to replace it)");
    expect(await readFile(out, "utf8")).toBe("keep me");
    expect((await run(["convert", "--force", small, out])).code).toBe(0);
    expect(parseNetwork(JSON.parse(await readFile(out, "utf8")))).toEqual(await original());
  });

  it("refuses to write over its own input", async () => {
    const { code, stderr } = await run(["convert", "-f", small, small]);
    expect(code).toBe(1);
    expect(stderr).toContain("the output must not be the input file");
  });

  it("exits 1 on a missing or invalid input without writing anything", async () => {
    const dir = await tempDir();
    const missing = await run(["convert", join(dir, "nope.json"), join(dir, "out.json")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("there is no file or folder with this name (check the path)");
    const invalid = await run(["convert", fixture("broken.json"), join(dir, "out.json")]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("4 problems in the input");
    await expect(readFile(join(dir, "out.json"))).rejects.toThrow();
  });
});
