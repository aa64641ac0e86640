// Small timing and memory helpers shared by the benchmarks.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The Python with the peers: $PYTHON, else Debian's (python3-networkx, python3-igraph, python3-pandas), else python3 on PATH. */
const PYTHON = process.env.PYTHON ?? (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");

/** Runs `fn` and returns its result with wall time in seconds and the peak resident memory so far in MB. */
export async function measure(fn) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  const value = await fn();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const peakMB = process.resourceUsage().maxRSS / 1024;
  return { value, seconds, peakMB };
}

/** Runs a Python snippet (for peers such as networkx, igraph, pandas) and returns its stdout, or null when Python or the module is missing. */
export function python(code, input) {
  const r = spawnSync(PYTHON, ["-c", code], { input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) {
    console.log(`  (python peer unavailable: ${(r.stderr || "").trim().split("\n").pop()})`);
    return null;
  }
  return r.stdout;
}

/** Prints one result row. */
export function report(label, { seconds, peakMB }, extra = "") {
  const mem = peakMB === undefined ? "" : `  peak ${peakMB.toFixed(0)} MB`;
  console.log(`  ${label.padEnd(48)} ${seconds.toFixed(2).padStart(7)} s${mem}${extra ? `  ${extra}` : ""}`);
}
