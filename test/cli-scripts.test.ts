// Runs examples/summarise-network.js and scripts/start.js in subprocesses, as a user would after
// `pnpm build` (the root `test` script builds first).
import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const fixture = (name: string) => join(root, "packages/cli/test/fixtures", name);

const node = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("examples/summarise-network.js", () => {
  it("prints the summary of a network through the library API", () => {
    const { code, stdout, stderr } = node("examples/summarise-network.js", fixture("small.json"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        "Small cluster: 4 actors, 4 ties",
        "Actors per sector:",
        "  Region: 1",
        "  Municipality: 2",
        "  General practice: 1",
        "Ties per kind:",
        "  communication: 2",
        "  handoff: 1",
        "  collaboration: 1",
        "Cross-sector ties: 3 (75.0 % of all ties)",
        "",
      ].join("\n"),
    );
  });

  it("lists every problem of an invalid file and exits 1", () => {
    const { code, stdout, stderr } = node("examples/summarise-network.js", fixture("broken.json"));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("4 problems");
    expect(stderr).toContain("kind must be one of");
  });
});

describe("scripts/start.js", () => {
  let folder = "";
  let empty = "";
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "tvaers-start-"));
    empty = await mkdtemp(join(tmpdir(), "tvaers-start-empty-"));
    await copyFile(fixture("small.json"), join(folder, "small.json"));
  });
  afterAll(() => Promise.all([folder, empty].map((dir) => rm(dir, { recursive: true, force: true }))));

  it("prints each network's summary as `tvaers summary` does, then what to try next", () => {
    const { code, stdout, stderr } = node("scripts/start.js", folder);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const cli = spawnSync(
      process.execPath,
      [join(root, "packages/cli/bin/tvaers.js"), "summary", join(folder, "small.json")],
      {
        encoding: "utf8",
      },
    );
    expect(stdout.startsWith(cli.stdout)).toBe(true);
    expect(stdout).toContain("cross-sector ties: 3 of 4 (75.0 %)");
    expect(stdout).toContain("pnpm exec tvaers --help");
  });

  it("does not crash on an empty or missing folder", () => {
    for (const dir of [empty, join(empty, "missing")]) {
      const { code, stdout } = node("scripts/start.js", dir);
      expect(code).toBe(0);
      expect(stdout).toContain(`No networks found in ${dir}`);
      expect(stdout).toContain("pnpm exec tvaers --help");
    }
  });

  it("summarises the example networks in data/networks by default", () => {
    const { code, stdout } = node("scripts/start.js");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Klynge Vest \(data\/networks\/klynge-vest\.json\)$/m);
    expect(stdout).toContain("pnpm exec tvaers --help");
  });
});
