/**
 * Every notebook in a real browser (Debian's Chromium via playwright-core): it loads with no console
 * error and no request outside localhost, its main chart is drawn (pixels or marks, not only "no
 * error"), and switching the language changes its labels. The notebooks are built once and served
 * exactly as `pnpm start` serves them (notebooks/vite/serve.js). Screenshots go to test/artifacts/browser/.
 *
 * Without /usr/bin/chromium the tests are skipped with a message, except in CI, where they fail.
 */
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNotebooks, serveNotebooks } from "../../notebooks/vite/serve.js";
import {
  CHROMIUM,
  hasChromium,
  launchBrowser,
  networkInkShare,
  type PageProblems,
  watchPage,
} from "./browser.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const artifacts = join(root, "test/artifacts/browser");

/** What each notebook must show: the element that says it has finished, its main chart check, and labels per language. */
interface NotebookCheck {
  ready: string[];
  mainChart: (page: Page) => Promise<void>;
  labels: { en: string[]; da: string[] };
}

const CHECKS: Record<string, NotebookCheck> = {
  "index.html": {
    ready: ["ol.tvaers-notebooks li a"],
    mainChart: async (page) => {
      const links = await page
        .locator("ol.tvaers-notebooks a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect((await page.request.get(link)).status(), link).toBe(200);
    },
    labels: {
      en: ["Collaboration across sectors", "Cluster overview"],
      da: ["Samarbejde på tværs af sektorer", "Klyngeoverblik"],
    },
  },
  "cluster-overview.html": {
    ready: [
      ".tvaers-network canvas",
      "svg.tvaers-mixing-heatmap",
      "svg.tvaers-ei-by-cluster",
      ".tvaers-table td",
    ],
    mainChart: async (page) => {
      await expect.poll(() => networkInkShare(page), { timeout: 60_000 }).toBeGreaterThan(0.01);
      expect(await page.locator("svg.tvaers-mixing-heatmap .cells rect").count()).toBeGreaterThan(0);
      expect(await page.locator("svg.tvaers-ei-by-cluster .rows rect").count()).toBeGreaterThan(0);
    },
    labels: {
      en: ["Cluster overview", "Ties between sectors", "E-I index by cluster", "Sectors:", "Find an actor"],
      da: [
        "Klyngeoverblik",
        "Relationer mellem sektorer",
        "E-I-indeks pr. klynge",
        "Sektorer:",
        "Find en aktør",
      ],
    },
  },
  "handoffs-and-gaps.html": {
    ready: [
      "svg.tvaers-handoff-sankey",
      "svg.tvaers-handoff-waits",
      ".tvaers-network canvas",
      "svg.tvaers-pathway-timeline",
      ".tvaers-table td",
    ],
    mainChart: async (page) => {
      expect(await page.locator("svg.tvaers-handoff-sankey .links path").count()).toBeGreaterThan(0);
      expect(await page.locator("svg.tvaers-handoff-waits .rows rect.median").count()).toBeGreaterThan(0);
      await expect.poll(() => networkInkShare(page), { timeout: 60_000 }).toBeGreaterThan(0.01);
      expect(await page.locator("svg.tvaers-pathway-timeline .events circle").count()).toBeGreaterThan(1);
    },
    labels: {
      en: [
        "Handoffs and gaps",
        "Handoffs: who hands patients to whom",
        "Waiting time at handoffs",
        "Handoff pairs ranked by the severity of their gap",
        "One pathway over time",
      ],
      da: [
        "Overdragelser og huller",
        "Overdragelser: hvem overdrager patienter til hvem",
        "Ventetid ved overdragelser",
        "Overdragelsespar ordnet efter",
        "Ét forløb over tid",
      ],
    },
  },
  "brokers-and-bottlenecks.html": {
    ready: [
      "svg.tvaers-brokerage-roles",
      ".tvaers-network canvas",
      ".tvaers-what-if",
      "figure.tvaers-table:not(details figure) td",
    ],
    mainChart: async (page) => {
      expect(await page.locator("svg.tvaers-brokerage-roles .rows rect").count()).toBeGreaterThan(0);
      await expect.poll(() => networkInkShare(page), { timeout: 60_000 }).toBeGreaterThan(0.01);
      await expect
        .poll(() => networkInkShare(page, ".tvaers-what-if-network"), { timeout: 60_000 })
        .toBeGreaterThan(0.01);
      expect(await page.locator(".tvaers-what-if").textContent()).toMatch(/\d+ %|\d+%/);
    },
    labels: {
      en: [
        "Brokers and bottlenecks",
        "Brokerage roles per actor",
        "Liaison",
        "Effective size",
        "What is lost if an actor goes",
      ],
      da: [
        "Brobyggere og flaskehalse",
        "Brobyggerroller pr. aktør",
        "Forbindelsesled",
        "Effektiv størrelse",
        "Hvad der går tabt, hvis en aktør forsvinder",
      ],
    },
  },
  "stakeholder-analysis.html": {
    ready: [
      ".tvaers-ratings-editor input",
      "svg.tvaers-power-interest-grid .dots .dot",
      "svg.tvaers-interessent-grid .dots .dot",
      "svg.tvaers-salience-diagram .dots .dot",
      ".tvaers-table td",
    ],
    mainChart: async (page) => {
      const stakeholders = await page.locator(".tvaers-ratings-editor tbody tr").count();
      expect(stakeholders).toBeGreaterThan(0);
      for (const chart of [
        "tvaers-power-interest-grid:not(.tvaers-interessent-grid)",
        "tvaers-interessent-grid",
      ])
        expect(await page.locator(`svg.${chart} .dots .dot`).count(), chart).toBe(stakeholders);
      expect(await page.locator("svg.tvaers-salience-diagram .dots .dot").count()).toBe(stakeholders);
    },
    labels: {
      en: [
        "Stakeholder analysis",
        "Power and interest",
        "Manage closely",
        "Salience: power, legitimacy, urgency",
        "Stated power and network power",
      ],
      da: [
        "Interessentanalyse",
        "Magt og interesse",
        "Håndtér tæt",
        "Betydning: magt, legitimitet, hast",
        "Angivet magt og magt i netværket",
      ],
    },
  },
  "model-relevance.html": {
    ready: [
      "svg.tvaers-score-waterfall .rows rect",
      "svg.tvaers-rank-acceptability .segment rect",
      "svg.tvaers-tornado .rows rect",
      ".tvaers-table td",
    ],
    mainChart: async (page) => {
      expect(await page.locator("svg.tvaers-score-waterfall .rows .row").count()).toBeGreaterThan(2);
      const models = await page.locator("svg.tvaers-rank-acceptability .rows .row").count();
      expect(models).toBeGreaterThan(1);
      expect(
        await page.locator("svg.tvaers-rank-acceptability .segment rect").count(),
      ).toBeGreaterThanOrEqual(models);
      expect(await page.locator("svg.tvaers-tornado .rows .row").count()).toBeGreaterThan(0);
    },
    labels: {
      en: [
        "Model relevance",
        "Scores and ranks",
        "How often each model takes each rank",
        "input lowered",
        "Change log",
      ],
      da: [
        "Modellernes relevans",
        "Scorer og placeringer",
        "Hvor ofte hver model får hver plads",
        "input sænket",
        "Ændringslog",
      ],
    },
  },
  "your-own-data.html": {
    ready: [
      ".tvaers-privacy",
      ".tvaers-network canvas",
      "svg.tvaers-mixing-heatmap",
      "svg.tvaers-brokerage-roles",
    ],
    mainChart: async (page) => {
      expect(await page.locator(".tvaers-privacy").isVisible()).toBe(true);
      await expect.poll(() => networkInkShare(page), { timeout: 60_000 }).toBeGreaterThan(0.01);
      expect(await page.locator("svg.tvaers-mixing-heatmap .cells rect").count()).toBeGreaterThan(0);
      expect(await page.locator("svg.tvaers-brokerage-roles .rows rect").count()).toBeGreaterThan(0);
    },
    labels: {
      en: ["Your own data", "Nothing leaves your computer", "The network at a glance", "How the sectors mix"],
      da: [
        "Dine egne data",
        "Intet forlader din computer",
        "Netværket i overblik",
        "Hvordan sektorerne blandes",
      ],
    },
  },
  "forums-and-representation.html": {
    ready: ["svg.tvaers-representation-chart .rows rect", ".tvaers-network canvas", ".tvaers-table td"],
    mainChart: async (page) => {
      const bars = await page.locator("svg.tvaers-representation-chart .rows rect").count();
      expect(bars).toBeGreaterThan(0);
      expect(await page.locator("svg.tvaers-representation-chart .rows line.minimum").count()).toBe(bars);
      await expect.poll(() => networkInkShare(page), { timeout: 60_000 }).toBeGreaterThan(0.01);
    },
    labels: {
      en: [
        "Forums and representation",
        "Seats against the rule's minimum",
        "Patients and relatives",
        "Boundary spanners",
      ],
      da: [
        "Fora og repræsentation",
        "Pladser over for reglens minimum",
        "Patienter og pårørende",
        "Brobyggere mellem fora",
      ],
    },
  },
};

const notebooks = readdirSync(join(root, "notebooks"))
  .filter((file) => file.endsWith(".html") && file !== "template.html")
  .sort();

const inCi = Boolean(process.env.CI);
if (!hasChromium && !inCi) {
  console.warn(`Browser tests skipped: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium`);
}

describe.skipIf(!hasChromium && !inCi)("notebooks in Chromium", () => {
  let server: Awaited<ReturnType<typeof serveNotebooks>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!hasChromium)
      throw new Error(`${CHROMIUM} is missing: CI must install it (apt-get install -y chromium)`);
    mkdirSync(artifacts, { recursive: true });
    await buildNotebooks();
    server = await serveNotebooks({ port: 0 });
    browser = await launchBrowser();
    context = browser.context;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a notebook and waits until it has drawn; returns the page and what went wrong on it. */
  async function open(file: string, query = ""): Promise<{ page: Page; problems: PageProblems }> {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000); // generous: CI machines are small and run other tests alongside
    const problems = await watchPage(page);
    await page.goto(`${server.url}${file}${query}`);
    for (const selector of CHECKS[file]!.ready)
      await page.locator(selector).first().waitFor({ timeout: 90_000 });
    return { page, problems };
  }

  it("checks every notebook there is", () => {
    expect(notebooks).toContain("index.html");
    for (const file of notebooks) expect(Object.keys(CHECKS), `add ${file} to CHECKS`).toContain(file);
  });

  describe.each(notebooks)("%s", (file) => {
    const check = CHECKS[file]!;
    const stem = file.replace(/\.html$/, "");

    it("loads with no console error and no request outside localhost, and draws its main chart", async () => {
      const { page, problems } = await open(file);
      await check.mainChart(page);
      await page.screenshot({ path: join(artifacts, `${stem}-en.png`), fullPage: true });
      expect(problems).toEqual({
        consoleErrors: [],
        pageErrors: [],
        failedRequests: [],
        outsideRequests: [],
      });
      await page.close();
    }, 180_000);

    it("changes its labels when the language is switched", async () => {
      const { page, problems } = await open(file);
      const main = page.locator("main");
      for (const label of check.labels.en) await expect.poll(() => main.textContent()).toContain(label);
      await page.getByLabel("Dansk", { exact: true }).check();
      for (const label of check.labels.da)
        await expect.poll(() => main.textContent(), { timeout: 60_000 }).toContain(label);
      const text = await main.textContent();
      for (const label of check.labels.en.filter((l) => !check.labels.da.includes(l)))
        expect(text).not.toContain(label);
      for (const selector of check.ready) await page.locator(selector).first().waitFor();
      await check.mainChart(page);
      await page.screenshot({ path: join(artifacts, `${stem}-da.png`), fullPage: true });
      expect(problems).toEqual({
        consoleErrors: [],
        pageErrors: [],
        failedRequests: [],
        outsideRequests: [],
      });
      await page.close();
    }, 180_000);
  });

  it("cluster overview: choosing a cluster redraws, and every chart, table and network downloads", async () => {
    const { page, problems } = await open("cluster-overview.html");
    await page.getByLabel("Network", { exact: true }).selectOption({ label: "Klynge Vest" });
    await expect
      .poll(() => page.locator("main").textContent(), { timeout: 60_000 })
      .toContain("41 actors, 83 ties, 1 cluster.");
    await page.locator(".tvaers-network canvas").first().waitFor();
    await expect.poll(() => networkInkShare(page), { timeout: 60_000 }).toBeGreaterThan(0.01);
    await page.screenshot({ path: join(artifacts, "cluster-overview-klynge-vest.png"), fullPage: true });

    const saved: Record<string, Buffer> = {};
    for (const button of await page.locator(".tvaers-downloads button").all()) {
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      const path = join(artifacts, `download-${download.suggestedFilename()}`);
      await download.saveAs(path);
      saved[download.suggestedFilename()] = readFileSync(path);
    }
    const names = Object.keys(saved).sort();
    for (const extension of [".csv", ".gexf", ".graphml", ".png", ".svg"]) {
      expect(
        names.some((n) => n.endsWith(extension)),
        `a ${extension} download`,
      ).toBe(true);
    }
    for (const [name, bytes] of Object.entries(saved)) {
      if (name.endsWith(".png")) expect(bytes.subarray(1, 4).toString(), name).toBe("PNG");
      if (name.endsWith(".svg"))
        expect(bytes.toString(), name).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      if (name.endsWith(".csv"))
        expect(bytes.toString(), name).toMatch(
          /^\uFEFFActor,Sector,Cluster,Contacts,E-I of own ties,Betweenness\r\n/,
        );
      if (name.endsWith(".gexf")) expect(bytes.toString(), name).toContain("<gexf");
      if (name.endsWith(".graphml")) expect(bytes.toString(), name).toContain("<graphml");
    }
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] });
    await page.close();
  }, 240_000);

  it("handoffs and gaps: a broken log shows its problems, and a valid one redraws the charts", async () => {
    const { page, problems } = await open("handoffs-and-gaps.html");
    const main = page.locator("main");
    await expect
      .poll(() => main.textContent())
      .toContain("3,000 events in 386 pathways read from klynge-vest.csv.");
    const sankeyBefore = await page.locator("svg.tvaers-handoff-sankey desc").textContent();
    const input = page.locator(".tvaers-drop-zone input[type=file]");

    // Without a timestamp column the log cannot be read at all: its problem, and no charts.
    const broken = "case_id,when,actor\nA,2024-01-01T10:00,gp-thisted\n";
    await input.setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
    await page.locator(".tvaers-unreadable").waitFor();
    const problemRows = page.locator(".tvaers-problems tbody tr");
    expect(await problemRows.count()).toBe(1);
    expect(await problemRows.first().textContent()).toContain('the event log has no column "timestamp"');
    expect(await problemRows.first().textContent()).toContain("broken.csv");
    await expect.poll(() => page.locator("svg.tvaers-handoff-sankey").count()).toBe(0);
    await expect.poll(() => page.locator("svg.tvaers-pathway-timeline").count()).toBe(0);
    await page.screenshot({ path: join(artifacts, "handoffs-and-gaps-broken-log.png"), fullPage: true });

    // A valid log (half of the example, with one unreadable row): the row is listed, the charts follow.
    const lines = readFileSync(join(root, "data/logs/klynge-vest.csv"), "utf8").split("\n").slice(0, 1501);
    lines.splice(10, 0, "C1,not a time,gp-thisted,first contact,general-practice,,N4");
    await input.setInputFiles({
      name: "my-log.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(lines.join("\n")),
    });
    await expect
      .poll(() => main.textContent(), { timeout: 60_000 })
      .toMatch(/1,500 events in \d+ pathways read from my-log\.csv\. 1 row could not be read/);
    expect(await problemRows.count()).toBe(1);
    expect(await problemRows.first().textContent()).toMatch(
      /^my-log\.csvline 11timestamptimestamp "not a time" is not a date/,
    );
    await page.locator("svg.tvaers-handoff-sankey").waitFor();
    await page.locator(".tvaers-network canvas").first().waitFor();
    expect(await page.locator(".tvaers-unreadable").count()).toBe(0);
    expect(await page.locator("svg.tvaers-handoff-sankey desc").textContent()).not.toBe(sankeyBefore);
    await CHECKS["handoffs-and-gaps.html"]!.mainChart(page);
    await page.screenshot({ path: join(artifacts, "handoffs-and-gaps-own-log.png"), fullPage: true });
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], outsideRequests: [] });
    await page.close();
  }, 240_000);
});
