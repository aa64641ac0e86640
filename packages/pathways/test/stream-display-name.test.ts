import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mineHandoffs } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "tvaers-unsorted-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an unsorted log on disk shown under another name", () => {
  it("is partitioned by its real path, not its display name", async () => {
    const path = join(dir, "log.csv");
    // Case b comes back after case a: not sorted by case, so the engine groups events on disk.
    writeFileSync(
      path,
      "case_id,timestamp,actor\nb,2026-01-01T10:00:00Z,x\na,2026-01-01T09:00:00Z,x\nb,2026-01-01T11:00:00Z,y\na,2026-01-01T12:00:00Z,y\n",
    );
    const result = await mineHandoffs(path, { file: "shown-name.csv" });
    expect(result.report.strategy).toBe("partitioned");
    expect(result.handoffs.map((h) => [h.from, h.to, h.count, h.cases])).toEqual([["x", "y", 2, 2]]);
  });
});
