// Runs the built `tvaers` binary (the root `test` script builds first) on a small event log whose
// handoffs are worked out by hand below, with both engines.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../packages/cli/bin/tvaers.js", import.meta.url));

// Twelve events of three cases, written out of case order (so the stream engine regroups them) and
// with two events of case C at the same minute (file order decides: rehab, line 9, before ward, line
// 13). May 2026, summer time. Per case, in time order:
//   A  gp 04 08:00 → ward 04 11:00 → rehab 06 11:00 → rehab 06 12:00
//   B  gp 04 09:00 → ward 05 09:00 → ward 05 21:00 → jobcentre 08 09:00
//   C  gp 07 10:00 → rehab 07 10:30 → ward 07 10:30 → jobcentre 09 10:30
// Handoffs (waits in hours from the previous event; p90 type 7 = x₀ + 0.9 (x₁ − x₀) for two waits):
//   gp → rehab         1 in 1 case   0.5
//   gp → ward          2 in 2 cases  3 (A), 24 (B)      median 13.5, p90 21.9, mean 13.5
//   rehab → ward       1 in 1 case   0 (same minute)
//   ward → jobcentre   2 in 2 cases  60 (B, from ward's last event, 05 21:00), 48 (C): median 54, p90 58.8, mean 54
//   ward → rehab       1 in 1 case   48
// Repeats: rehab in A, ward in B; transitions 3 + 3 + 3 = 9. No sector column, no network: crossSector null.
const LOG = `case_id,timestamp,actor,activity
A,2026-05-04T08:00:00+02:00,gp,referral
B,2026-05-04T09:00:00+02:00,gp,referral
A,2026-05-04T11:00:00+02:00,ward,admission
B,2026-05-05T09:00:00+02:00,ward,admission
A,2026-05-06T11:00:00+02:00,rehab,training
B,2026-05-05T21:00:00+02:00,ward,rounds
C,2026-05-07T10:00:00+02:00,gp,referral
C,2026-05-07T10:30:00+02:00,rehab,training
B,2026-05-08T09:00:00+02:00,jobcentre,meeting
C,2026-05-09T10:30:00+02:00,jobcentre,meeting
A,2026-05-06T12:00:00+02:00,rehab,training
C,2026-05-07T10:30:00+02:00,ward,admission
`;

const HAND_COMPUTED = [
  { from: "gp", to: "rehab", count: 1, cases: 1, waitHours: { median: 0.5, p90: 0.5, mean: 0.5 } },
  { from: "gp", to: "ward", count: 2, cases: 2, waitHours: { median: 13.5, p90: 21.9, mean: 13.5 } },
  { from: "rehab", to: "ward", count: 1, cases: 1, waitHours: { median: 0, p90: 0, mean: 0 } },
  { from: "ward", to: "jobcentre", count: 2, cases: 2, waitHours: { median: 54, p90: 58.8, mean: 54 } },
  { from: "ward", to: "rehab", count: 1, cases: 1, waitHours: { median: 48, p90: 48, mean: 48 } },
];

const dir = mkdtempSync(join(tmpdir(), "tvaers-cli-handoffs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const log = join(dir, "forloeb.csv");
writeFileSync(log, LOG);

/** Whether `@duckdb/node-api` (an optional dependency of @tvaers/pathways) loads here. */
const duckdbLoads = await import(
  createRequire(new URL("../packages/pathways/package.json", import.meta.url)).resolve("@duckdb/node-api")
).then(
  () => true,
  () => false,
);
const engines = duckdbLoads ? ["stream", "duckdb"] : ["stream"];

const tvaers = (...args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, TVAERS_DEBUG: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe("the tvaers binary: handoffs", () => {
  it.each(engines)("gives the hand-computed handoffs with --engine %s", (engine) => {
    const { code, stdout, stderr } = tvaers(
      "handoffs",
      log,
      "--engine",
      engine,
      "--suppress-below",
      "0",
      "--format",
      "json",
    );
    expect(code, stderr).toBe(0);
    expect(stderr).toContain("not protected");
    const out = JSON.parse(stdout);
    expect(out.report).toMatchObject({ events: 12, cases: 3, rejected: 0 });
    expect(out.handoffs).toHaveLength(HAND_COMPUTED.length);
    out.handoffs.forEach((h: Record<string, unknown>, i: number) => {
      const { waitHours, ...figures } = HAND_COMPUTED[i]!;
      expect(h).toMatchObject({ ...figures, crossSector: null });
      for (const key of ["median", "p90", "mean"] as const) {
        expect((h.waitHours as Record<string, number>)[key]).toBeCloseTo(waitHours[key], 10);
      }
    });
    expect(out.report.totals).toEqual({ transitions: 9, handoffs: 7, repeats: 2, beyondMaxGap: 0 });
  });

  it("suppresses them all by default (none has 5 cases) and exits 2 on a bad option", () => {
    const { code, stdout } = tvaers("handoffs", log);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).handoffs.every((h: { count: unknown }) => h.count === null)).toBe(true);
    expect(tvaers("handoffs", log, "--columns", "case=sag").code).toBe(2);
  });
});
