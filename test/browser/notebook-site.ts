/**
 * The notebooks as the browser tests (notebooks-*.test.ts, drop.test.ts) open them: built with their
 * own Vite configuration into a fresh temporary folder per test file (so that the test files can build
 * at the same time), served as `pnpm start` serves them (notebooks/vite/serve.js), and opened in
 * Debian's Chromium via playwright-core. Screenshots go to test/artifacts/browser/.
 *
 * Without /usr/bin/chromium the tests are skipped with a message, except in CI, where they fail.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serveNotebooks } from "../../notebooks/vite/serve.js";
import { CHROMIUM, hasChromium, launchBrowser, type PageProblems, watchPage } from "./browser.js";
import { CHECKS } from "./notebook-checks.js";

export const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
export const artifacts = join(root, "test/artifacts/browser");

export const inCi = Boolean(process.env.CI);
if (!hasChromium && !inCi) {
  console.warn(`Browser tests skipped: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`);
}

/**
 * Builds and serves the notebooks and launches Chromium before the tests of the `describe` it is called
 * in, and closes them after; returns `open`, which opens a notebook and waits until it has drawn: until
 * each of `ready` (CSS selectors; by default the notebook's own, from notebook-checks.ts) is on the page.
 */
export function notebooksInChromium() {
  let out: string;
  let server: Awaited<ReturnType<typeof serveNotebooks>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!hasChromium)
      throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium)`);
    mkdirSync(artifacts, { recursive: true });
    out = mkdtempSync(join(tmpdir(), "tvaers-notebooks-"));
    const { build } = await import("vite");
    const notebooks = join(root, "notebooks");
    await build({
      configFile: join(notebooks, "vite.config.js"),
      root: notebooks,
      logLevel: "error",
      build: { outDir: out, emptyOutDir: true },
    });
    server = await serveNotebooks({ port: 0, root: out });
    browser = await launchBrowser();
    context = browser.context;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  /** Opens a notebook and waits until it has drawn; returns the page and what went wrong on it. */
  async function open(
    file: string,
    ready: readonly string[] = CHECKS[file]!.ready,
  ): Promise<{ page: Page; problems: PageProblems }> {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000); // generous: CI machines are small and run other tests alongside
    const problems = await watchPage(page);
    await page.goto(`${server.url}${file}`);
    for (const selector of ready) await page.locator(selector).first().waitFor({ timeout: 90_000 });
    return { page, problems };
  }

  return open;
}
