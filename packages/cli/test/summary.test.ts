import { describe, expect, it } from "vitest";
import { fixture, run } from "./support/run.js";

const small = fixture("small.json");

// small.json: 4 actors (region 1, municipality 2, gp 1) and 4 ties, 3 of which cross a sector
// boundary (the collaboration inside the municipality does not): weight 6 + 1 + 1 = 8 of 11.
describe("tvaers summary", () => {
  it("prints actors per sector and kind, ties per kind and the cross-sector share", async () => {
    const { code, stdout, stderr } = await run(["summary", small]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain(`Small cluster (${small})\n4 actors, 4 ties\n`);
    expect(stdout).toContain("cross-sector ties: 3 of 4 (75.0 %), weight 8 of 11 (72.7 %)\n");
    expect(stdout).toMatch(/^Municipality\s+2$/m);
    expect(stdout).toMatch(/^General practice\s+1$/m);
    expect(stdout).toMatch(/^sickness-benefit-unit\s+1$/m);
    expect(stdout).toMatch(/^communication\s+2\s+2$/m);
    expect(stdout).toMatch(/^handoff\s+1\s+6$/m);
  });

  it("prints the summaries as JSON with --format json", async () => {
    const { code, stdout } = await run(["summary", "--format", "json", small, small]);
    expect(code).toBe(0);
    const { networks } = JSON.parse(stdout);
    expect(networks).toHaveLength(2);
    expect(networks[0]).toMatchObject({
      file: small,
      name: "Small cluster",
      actors: 4,
      ties: 4,
      actorsBySector: [
        { id: "region", label: "Region", count: 1 },
        { id: "municipality", label: "Municipality", count: 2 },
        { id: "gp", label: "General practice", count: 1 },
      ],
      crossSector: { ties: 3, weight: 8, share: 0.75, weightShare: 8 / 11 },
    });
  });

  it("summarises nothing when one file is invalid, listing every problem on stderr", async () => {
    const { code, stdout, stderr } = await run(["summary", small, fixture("broken.json"), "missing.json"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^tvaers summary: 5 problems in the input\n/);
    expect(stderr).toMatch(/^file\s+line or path\s+field\s+message$/m);
    expect(stderr).toMatch(/^missing\.json\s+there is no file or folder with this name \(check the path\)$/m);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
