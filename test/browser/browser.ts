/**
 * Helpers of the browser tests and the load benchmark: Debian's Chromium driven by playwright-core
 * (never a downloaded browser), a fresh profile per launch, and a watch on every page for console
 * errors, failed requests and requests that leave the machine.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Where Debian installs Chromium (`apt-get install chromium`). */
export const CHROMIUM = "/usr/bin/chromium";

/** Whether Chromium is installed. */
export const hasChromium = existsSync(CHROMIUM);

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

/** A browser with a fresh temporary profile; `close()` also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "tvaers-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    timezoneId: "UTC",
    locale: "en-GB",
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Whether a request address stays on this machine (loopback, or data and blob addresses). */
export function isLocal(address: string): boolean {
  const url = new URL(address);
  if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return true;
  return ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}

/** What went wrong on a page: console errors, uncaught errors, failed and outside requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  outsideRequests: string[];
}

/** What a page that went well recorded: nothing. */
export const NO_PROBLEMS: PageProblems = {
  consoleErrors: [],
  pageErrors: [],
  failedRequests: [],
  outsideRequests: [],
};

/**
 * Watches `page` for problems. Requests that would leave the machine are recorded and aborted, so a
 * test can fail on them without anything being sent.
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    outsideRequests: [],
  };
  page.on("console", (message) => {
    if (message.type() === "error")
      problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(String(error.stack ?? error)));
  page.on("requestfailed", (request) => {
    if (isLocal(request.url()))
      problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.route("**/*", (route) => {
    const address = route.request().url();
    if (isLocal(address)) return route.continue();
    problems.outsideRequests.push(address);
    return route.abort("blockedbyclient");
  });
  return problems;
}

/**
 * The share of pixels of the network view's drawing that are not white: sigma draws again first,
 * and its layers are composed on one canvas in the same task (WebGL buffers are not kept).
 */
export function networkInkShare(page: Page, selector = ".tvaers-network"): Promise<number> {
  return page.evaluate(async (selector) => {
    type View = HTMLElement & {
      ready: Promise<{ refresh(): void; getCanvases(): Record<string, HTMLCanvasElement> }>;
    };
    const view = document.querySelector(selector) as View | null;
    if (view === null) return 0;
    const renderer = await view.ready;
    renderer.refresh();
    const layers = Object.entries(renderer.getCanvases()).filter(([name]) => name !== "mouse");
    const first = layers[0]![1];
    const canvas = document.createElement("canvas");
    canvas.width = first.width;
    canvas.height = first.height;
    const context = canvas.getContext("2d")!;
    context.fillStyle = "white";
    context.fillRect(0, 0, canvas.width, canvas.height);
    for (const [, layer] of layers) context.drawImage(layer, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink += 1;
    return ink / (data.length / 4);
  }, selector);
}
