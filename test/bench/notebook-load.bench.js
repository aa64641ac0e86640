// How fast the all-clusters Cluster overview (> 2,000 actors) becomes interactive in headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core). Builds the notebooks, serves them
// locally, and loads cluster-overview.html?cluster=all in a fresh browser profile RUNS times.
//
// "Interactive" is measured in the page, from navigation start (performance.now()):
//   drawn       the network view has drawn (sigma's renderer is ready and its canvas has ink);
//   responds    the cluster selector then handles a choice: the moment its input event is dispatched,
//               with the choice made as soon as the network has drawn (a busy page delays it).
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
    await page.goto(url);
    await page.locator(".tvaers-network canvas").first().waitFor({ timeout: 60_000 });
    const drawn = await page.evaluate(async () => {
      const view = document.querySelector(".tvaers-network");
      const renderer = await view.ready;
      renderer.refresh();
      const select = document.querySelector("select");
      select.addEventListener("input", () => (window.tvaersInputAt = performance.now()), { once: true });
      return performance.now();
    });
    const summary = await page.locator("main").textContent();
    const actors = Number(/([\d,]+) actors/.exec(summary)?.[1].replaceAll(",", ""));
    await page.locator("select").first().selectOption({ label: "Klynge Vest" });
    const responds = await page.evaluate(() => window.tvaersInputAt);
    return { drawn: drawn / 1000, responds: responds / 1000, actors };
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
  console.log(`  all clusters: ${runs[0].actors} actors, ${RUNS} cold loads in headless Chromium`);
  console.log(
    `  network drawn          median ${median(drawn).toFixed(2)} s   worst ${worst(drawn).toFixed(2)} s`,
  );
  console.log(
    `  selector responds      median ${median(responds).toFixed(2)} s   worst ${worst(responds).toFixed(2)} s`,
  );
  if (runs.some((r) => !(r.actors >= 2000))) {
    console.log("  the all-clusters network has fewer than 2,000 actors");
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
