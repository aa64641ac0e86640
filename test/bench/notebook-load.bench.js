// How fast the all-clusters Cluster overview (> 2,000 actors) becomes interactive in headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core). Builds the notebooks, serves them
// locally, and loads cluster-overview.html?cluster=all in a fresh browser profile RUNS times.
//
// "Interactive" is measured in the page, from navigation start (performance.now()):
//   drawn       the network view has drawn (sigma's renderer is ready and its canvas has ink);
//   responds    the cluster selector then handles a choice made in the next task after the drawing
//               (as a reader's click would be: a busy page delays it);
//   shown       for information: when the chosen cluster's summary is on the page.
// The times depend on the machine's load: run it on an idle machine.
//   pnpm bench notebook-load                 (RUNS=… to change the number of loads)
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildNotebooks, serveNotebooks } from "../../notebooks/vite/serve.js";

const RUNS = Number(process.env.RUNS ?? 5);
const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

if (!existsSync(CHROMIUM)) {
  console.log(`  skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
  process.exit(0);
}

/** One cold load in a fresh profile: seconds to drawn and to responds, and the number of actors. */
async function load(url) {
  const profile = mkdtempSync(join(tmpdir(), "tvaers-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    // In the page, from its first frame: wait for the network view, note when it has drawn, and
    // choose a cluster in the next task, as a reader's click would be (a busy page delays it).
    await page.addInitScript(() => {
      const look = () => {
        const view = document.querySelector(".tvaers-network");
        if (!view?.ready) return requestAnimationFrame(look);
        view.ready.then(() => {
          window.tvaersDrawnAt = performance.now();
          window.tvaersActors = /([\d,]+) actors/.exec(document.querySelector("main").textContent)?.[1];
          setTimeout(() => {
            const select = document.querySelector("select");
            const option = [...select.options].find((o) => o.textContent === "Klynge Vest");
            select.selectedIndex = option.index;
            select.dispatchEvent(new Event("input", { bubbles: true }));
            window.tvaersRespondsAt = performance.now();
          }, 0);
        });
      };
      requestAnimationFrame(look);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector("main").textContent.includes("41 actors"), null, {
      timeout: 60_000,
      polling: 10,
    });
    const { drawn, responds, applied, actors } = await page.evaluate(() => ({
      actors: Number(window.tvaersActors?.replaceAll(",", "")),
      drawn: window.tvaersDrawnAt,
      responds: window.tvaersRespondsAt,
      applied: performance.now(),
    }));
    return { drawn: drawn / 1000, responds: responds / 1000, applied: applied / 1000, actors };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await buildNotebooks();
const server = await serveNotebooks({ port: 0 });
try {
  const url = `${server.url}cluster-overview.html?cluster=all`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await load(url));
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const worst = (values) => Math.max(...values);
  const drawn = runs.map((r) => r.drawn);
  const responds = runs.map((r) => r.responds);
  const applied = runs.map((r) => r.applied);
  console.log(`  all clusters: ${runs[0].actors} actors, ${RUNS} cold loads in headless Chromium`);
  console.log(
    `  network drawn          median ${median(drawn).toFixed(2)} s   worst ${worst(drawn).toFixed(2)} s`,
  );
  console.log(
    `  selector responds      median ${median(responds).toFixed(2)} s   worst ${worst(responds).toFixed(2)} s`,
  );
  console.log(
    `  (Klynge Vest shown      median ${median(applied).toFixed(2)} s   worst ${worst(applied).toFixed(2)} s)`,
  );
  if (runs.some((r) => !(r.actors >= 2000))) {
    console.log("  the all-clusters network has fewer than 2,000 actors");
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
