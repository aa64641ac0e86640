/**
 * What each notebook must show in the browser tests (notebooks-*.test.ts): the elements that say it has
 * finished, its main chart check (pixels or marks, not only "no error"), and labels per language.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { networkInkShare } from "./browser.js";

/** What each notebook must show: the element that says it has finished, its main chart check, and labels per language. */
export interface NotebookCheck {
  ready: string[];
  mainChart: (page: Page) => Promise<void>;
  labels: { en: string[]; da: string[] };
}

export const CHECKS: Record<string, NotebookCheck> = {
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
