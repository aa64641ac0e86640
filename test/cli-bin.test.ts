// Runs the built `tvaers` binary in a subprocess (the root `test` script builds first).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../packages/cli/bin/tvaers.js", import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../packages/cli/test/fixtures/${name}`, import.meta.url));

const tvaers = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, TVAERS_DEBUG: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("the tvaers binary", () => {
  it("summarises a network and exits 0", () => {
    const { code, stdout, stderr } = tvaers("summary", fixture("small.json"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("cross-sector ties: 3 of 4 (75.0 %), weight 8 of 11 (72.7 %)");
  });

  it("exits 1 with the problem table and no stack trace on invalid input", () => {
    const { code, stdout, stderr } = tvaers("summary", fixture("broken.json"));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^tvaers summary: 4 problems in the input\n/);
    expect(stderr).toMatch(/ties\[1\]\.kind\s+kind\s+kind must be one of/);
    expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it("exits 2 on a usage error", () => {
    const { code, stderr } = tvaers("frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain('Run "tvaers --help" for usage.');
  });
});
