// Handoff mining at 1M and 10M events (about 2,000 actors in 5 sectors, generated and seeded): the
// stream engine, the DuckDB engine and pandas (Debian's python3: read_csv, to_datetime, sort by case and
// time, shift, group-by with median, quantile(0.9) and mean), in one run, each in its own process so
// that its peak memory is its own. The three must give the same handoffs.
// Targets (issue 4): DuckDB ≥ 5× faster than pandas at 10M events; stream ≥ 1M events/s and < 1 GB
// peak at 10M events.
// This machine's speed drifts by ±10 % from minute to minute, so each size runs ROUNDS rounds (the
// three in turn, so that all see the same drift); every round is printed, and the ratios are taken
// between each one's best.
//   pnpm bench handoffs                  (SIZES=1000000,10000000 to change the sizes, ROUNDS=2 the
//                                         rounds; logs are kept in .bench/ and reused)
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateEventLog, generateLargeNetwork, handoffEngine, writeEventLog } from "@tvaers/pathways";
import { python, report } from "./measure.js";

const here = fileURLToPath(import.meta.url);
const BENCH_DIR = join(dirname(here), "../../.bench");
const SIZES = (process.env.SIZES ?? "1000000,10000000").split(",").map(Number);
const ROUNDS = Number(process.env.ROUNDS ?? 2);
const NETWORK = { actors: 2000, sectors: 5, seed: 1 };

/** Child mode: mine one log with one engine; print seconds, peak RSS and the handoffs as JSON. */
async function child(engine, file, out) {
  const start = process.hrtime.bigint();
  const result = await handoffEngine(engine)(file, { onError: "skip-and-report" });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const { writeFileSync } = await import("node:fs");
  writeFileSync(out, JSON.stringify(result.handoffs));
  const r = result.report;
  console.log(
    JSON.stringify({
      seconds,
      peakMB: process.resourceUsage().maxRSS / 1024,
      events: r.events,
      strategy: r.strategy,
    }),
  );
}

/** The log of `events` events, generated once into .bench/ (reused when present). */
async function logFile(events) {
  mkdirSync(BENCH_DIR, { recursive: true });
  const file = join(
    BENCH_DIR,
    `handoffs-${NETWORK.actors}a-${NETWORK.sectors}s-seed${NETWORK.seed}-${events}.csv`,
  );
  if (existsSync(file)) return file;
  const start = process.hrtime.bigint();
  const written = await writeEventLog(
    `${file}.part`,
    generateEventLog(generateLargeNetwork(NETWORK), { events, seed: NETWORK.seed }),
  );
  renameSync(`${file}.part`, file);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  report(`generate ${events.toLocaleString("en")} events (${(written.bytes / 2 ** 20).toFixed(0)} MiB)`, {
    seconds,
  });
  return file;
}

const PANDAS = `
import json, resource, sys, time
import pandas as pd
file, out = sys.argv[1], sys.argv[2]
start = time.perf_counter()
df = pd.read_csv(file, dtype=str, keep_default_na=False, usecols=["case_id", "timestamp", "actor"])
df["t"] = pd.to_datetime(df["timestamp"], utc=True)
df["row"] = range(len(df))
df = df.sort_values(["case_id", "t", "row"], kind="mergesort")
same_case = df["case_id"].eq(df["case_id"].shift())
df["from"] = df["actor"].shift()
df["wait"] = (df["t"] - df["t"].shift()).dt.total_seconds() / 3600
h = df[same_case & df["from"].ne(df["actor"])]
g = h.groupby(["from", "actor"])
res = pd.DataFrame({
    "count": g.size(),
    "cases": g["case_id"].nunique(),
    "median": g["wait"].median(),
    "p90": g["wait"].quantile(0.9),
    "mean": g["wait"].mean(),
}).reset_index()
seconds = time.perf_counter() - start
res.to_json(out, orient="records")
print(json.dumps({"seconds": seconds, "peakMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "events": len(df)}))
`;

/** Runs one engine in a child process; returns its figures and handoffs. */
function runEngine(engine, file) {
  const out = join(BENCH_DIR, `result-${engine}.json`);
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", here, "child", engine, file, out], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${engine} engine failed: ${r.stderr}`);
  const figures = JSON.parse(r.stdout.trim().split("\n").pop());
  const handoffs = JSON.parse(readFileSync(out, "utf8"));
  rmSync(out);
  return { ...figures, handoffs };
}

/** Runs the pandas peer; null when Python or pandas is missing. */
function runPandas(file) {
  const out = join(BENCH_DIR, "result-pandas.json");
  const stdout = python(
    `import sys; sys.argv = ["pandas", ${JSON.stringify(file)}, ${JSON.stringify(out)}]\n${PANDAS}`,
  );
  if (stdout === null) return null;
  const figures = JSON.parse(stdout.trim().split("\n").pop());
  const handoffs = JSON.parse(readFileSync(out, "utf8")).map((h) => ({
    from: h.from,
    to: h.actor,
    count: h.count,
    cases: h.cases,
    waitHours: { median: h.median, p90: h.p90, mean: h.mean },
  }));
  rmSync(out);
  return { ...figures, handoffs };
}

/** How many handoff pairs differ between two results (waits within 1e-9 relative: pandas sums in a different order). */
function differences(a, b) {
  const key = (h) => `${h.from}\u0000${h.to}`;
  const other = new Map(b.map((h) => [key(h), h]));
  const close = (x, y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  let differ = Math.abs(a.length - b.length);
  for (const h of a) {
    const o = other.get(key(h));
    const same =
      o !== undefined &&
      o.count === h.count &&
      o.cases === h.cases &&
      ["median", "p90", "mean"].every((w) => close(o.waitHours[w], h.waitHours[w]));
    if (!same) differ++;
  }
  return differ;
}

async function main() {
  console.log(`  network: ${NETWORK.actors} actors, ${NETWORK.sectors} sectors, seed ${NETWORK.seed}`);
  for (const events of SIZES) {
    const file = await logFile(events);
    const mib = statSync(file).size / 2 ** 20;
    console.log(`\n  ${events.toLocaleString("en")} events (${mib.toFixed(0)} MiB CSV)`);
    const rounds = Array.from({ length: ROUNDS }, () => ({
      stream: runEngine("stream", file),
      duckdb: runEngine("duckdb", file),
      pandas: runPandas(file),
    }));
    /** The fastest round, with the highest peak memory of any round. */
    const best = (key) => {
      const runs = rounds.map((r) => r[key]).filter((r) => r !== null);
      if (runs.length === 0) return null;
      const fastest = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      return { ...fastest, peakMB: Math.max(...runs.map((r) => r.peakMB)) };
    };
    const rate = (r) => `${(events / r.seconds / 1e6).toFixed(2)} M events/s`;
    const times = (key) => `rounds: ${rounds.map((r) => r[key]?.seconds.toFixed(2)).join(", ")} s`;
    const stream = best("stream");
    const duckdb = best("duckdb");
    const pandas = best("pandas");
    report(`stream engine (${stream.strategy})`, stream, `${rate(stream)}  ${times("stream")}`);
    report(`DuckDB engine (${duckdb.strategy})`, duckdb, `${rate(duckdb)}  ${times("duckdb")}`);
    if (pandas !== null) {
      report(
        "pandas (read_csv, to_datetime, sort, shift, group-by)",
        pandas,
        `${rate(pandas)}  ${times("pandas")}`,
      );
      console.log(
        `  pandas / DuckDB ${(pandas.seconds / duckdb.seconds).toFixed(1)}×, pandas / stream ${(pandas.seconds / stream.seconds).toFixed(1)}× (best of ${ROUNDS})`,
      );
    }
    const vsDuck = differences(stream.handoffs, duckdb.handoffs);
    const vsPandas = pandas === null ? "n/a" : differences(stream.handoffs, pandas.handoffs);
    console.log(
      `  ${stream.handoffs.length} handoff pairs; pairs differing: stream vs DuckDB ${vsDuck}, stream vs pandas ${vsPandas}`,
    );
    if (vsDuck !== 0 || (pandas !== null && vsPandas !== 0)) process.exitCode = 1;
  }
}

if (process.argv[2] === "child") await child(process.argv[3], process.argv[4], process.argv[5]);
else await main();
