// The event log of the `tvaers handoffs` tests (handoffs-*.test.ts), its hand-computed handoffs, and
// helpers that write it to a temporary folder and run the command.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { run } from "./support/run.js";
import { tempDirs } from "./support/temp.js";

export const tempDir = tempDirs("tvaers-handoffs-");

// Twelve events in four cases (March 2026, winter time). The case ids are distinctive, so a test can
// look for them in every output. Per case, in time order:
//   PT-0417-A  gp-a 02 08:00 → ward-x 02 10:00 → ward-x 03 10:00 → home-care 04 10:00
//   PT-0417-B  gp-a 05 09:00 → ward-x 05 13:00 → home-care 07 13:00
//   PT-0417-C  gp-a 09 08:00 → ward-x 09 14:00 → jobcentre 10 14:00
//   PT-0417-D  gp-a 11 08:00 → ward-x 11 09:00
// Actor level, by hand (waits in hours; p90 is type 7: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = 0.9(n − 1)):
//   gp-a → ward-x        4 in 4 cases, waits 2, 4, 6, 1 → sorted 1 2 4 6: median 3, p90 4 + 0.7·2 = 5.4, mean 3.25
//   ward-x → home-care   2 in 2 cases, waits 24 (from ward-x's last event), 48: median 36, p90 45.6, mean 36
//   ward-x → jobcentre   1 in 1 case, wait 24
// One repeat (ward-x twice in A); transitions 3 + 2 + 2 + 1 = 8, so pm4py's relative = count / 8.
// Every pair crosses sectors. Sector level: general-practice → region 4 (4 cases), region →
// municipality 3 (3 cases, waits 24, 48, 24: median 24, mean 32).
export const HEADER = "case_id,timestamp,actor,activity,sector";
export const ROWS = [
  "PT-0417-A,2026-03-02T08:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-A,2026-03-02T10:00:00+01:00,ward-x,admission,region",
  "PT-0417-A,2026-03-03T10:00:00+01:00,ward-x,rounds,region",
  "PT-0417-A,2026-03-04T10:00:00+01:00,home-care,visit,municipality",
  "PT-0417-B,2026-03-05T09:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-B,2026-03-05T13:00:00+01:00,ward-x,admission,region",
  "PT-0417-B,2026-03-07T13:00:00+01:00,home-care,visit,municipality",
  "PT-0417-C,2026-03-09T08:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-C,2026-03-09T14:00:00+01:00,ward-x,admission,region",
  "PT-0417-C,2026-03-10T14:00:00+01:00,jobcentre,meeting,municipality",
  "PT-0417-D,2026-03-11T08:00:00+01:00,gp-a,referral,general-practice",
  "PT-0417-D,2026-03-11T09:00:00+01:00,ward-x,admission,region",
];
export const HAND_COMPUTED = [
  {
    from: "gp-a",
    to: "ward-x",
    count: 4,
    cases: 4,
    waitHours: { median: 3, p90: 5.4, mean: 3.25 },
    crossSector: true,
    relative: 0.5,
  },
  {
    from: "ward-x",
    to: "home-care",
    count: 2,
    cases: 2,
    waitHours: { median: 36, p90: 45.6, mean: 36 },
    crossSector: true,
    relative: 0.25,
  },
  {
    from: "ward-x",
    to: "jobcentre",
    count: 1,
    cases: 1,
    waitHours: { median: 24, p90: 24, mean: 24 },
    crossSector: true,
    relative: 0.125,
  },
];

/** Writes a file into a fresh temporary folder and returns its path. */
export async function file(name: string, text: string): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, text);
  return path;
}

export const csvLog = (rows: readonly string[] = ROWS, header = HEADER) =>
  file("log.csv", `${[header, ...rows].join("\n")}\n`);

/** `tvaers handoffs` as parsed JSON, with the exit code and standard error. */
export async function handoffsJson(args: string[]) {
  const { code, stdout, stderr } = await run(["handoffs", ...args, "--format", "json"]);
  return { code, stderr, out: code === 0 ? JSON.parse(stdout) : undefined };
}
