// The example logs in data/logs/ are exactly what scripts/example-data/logs.js makes from the
// committed networks (no stale data), one per example network, each of the documented size.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateLogFiles } from "../../../scripts/example-data/logs.js";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("example logs", () => {
  const files = generateLogFiles();

  it("has one log per example network", () => {
    const networks = readdirSync(new URL("data/networks/", root)).filter((f) => f.endsWith(".json"));
    expect(files.map((f) => f.path).sort()).toEqual(
      networks.map((f) => `data/logs/${f.replace(/json$/, "csv")}`).sort(),
    );
  });

  it("matches the generator exactly (run `pnpm build && node scripts/example-data/logs.js` if not)", () => {
    for (const { path, text } of files) expect(read(path) === text, path).toBe(true);
  });

  it("holds 2,000–5,000 events each, one log written as Danish Excel does", () => {
    for (const { text } of files) {
      const events = text.trimEnd().split("\n").length - 1;
      expect(events).toBeGreaterThanOrEqual(2000);
      expect(events).toBeLessThanOrEqual(5000);
    }
    const excel = files.filter((f) => f.text.startsWith("\uFEFFcase_id;timestamp;"));
    expect(excel.map((f) => f.path)).toEqual(["data/logs/vestklyngen.csv"]);
    expect(excel[0]!.text.split("\r\n")[1]).toMatch(/^C1;\d\d-\d\d-\d{4} \d\d:\d\d;/);
  });
});
