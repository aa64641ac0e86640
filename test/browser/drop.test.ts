/**
 * Files and ratings of one's own in a real browser (Debian's Chromium via playwright-core): files
 * given to the drop zones' file inputs (`setInputFiles`, as a reader choosing files) are read in the
 * page. A broken CSV network shows the problem table with its file, line and field; a valid network
 * replaces the charts; a broken stakeholder file shows its problems in the Stakeholder analysis
 * notebook, where a typed rating reclassifies a stakeholder; the language switch changes the labels;
 * and nothing is requested outside localhost.
 *
 * The notebooks are built, served and opened as every browser test opens them (notebook-site.ts).
 * Screenshots go to test/artifacts/browser/. Without /usr/bin/chromium the tests are skipped, except
 * in CI, where they fail.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseNetwork, writeCsvBundle } from "@tvaers/model";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, NO_PROBLEMS, networkInkShare } from "./browser.js";
import { artifacts, inCi, notebooksInChromium, root } from "./notebook-site.js";

/** A file as playwright's `setInputFiles` takes it. */
const file = (name: string, text: string, mimeType = "text/csv") => ({
  name,
  mimeType,
  buffer: Buffer.from(text),
});

/** A CSV network whose ties.csv names an actor on line 3 that actors.csv does not have. */
const BROKEN_BUNDLE = [
  file("actors.csv", "id,label,sector\nward,Ward,region\nhomecare,Home care,municipality\n"),
  file("ties.csv", "source,target,kind\nward,homecare,handoff\nward,nobody,communication\n"),
];

/** The MS collaboration network as the CSV files `tvaers convert` writes (34 actors). */
const msNetwork = parseNetwork(
  JSON.parse(readFileSync(join(root, "data/networks/ms-collaboration.json"), "utf8")),
);
const VALID_BUNDLE = Object.entries(writeCsvBundle(msNetwork)).map(([name, text]) =>
  file(name, text, name.endsWith(".json") ? "application/json" : "text/csv"),
);

describe.skipIf(!hasChromium && !inCi)("your own files in Chromium", () => {
  const openNotebook = notebooksInChromium();
  /** Opens a notebook and waits for `ready`. */
  const open = (file: string, ready: string) => openNotebook(file, [ready]);

  /** The text of every cell of the problem table, row by row. */
  const problemRows = (page: Page) =>
    page
      .locator(".tvaers-problems tbody tr")
      .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent)));

  it("your own data: a broken CSV network lists its problems with file, line and field, in both languages", async () => {
    const { page, problems } = await open("your-own-data.html", "svg.tvaers-mixing-heatmap");
    expect(await page.locator(".tvaers-problems").count()).toBe(0);
    await page.locator(".tvaers-drop-zone input[type=file]").setInputFiles(BROKEN_BUNDLE);
    await page.locator(".tvaers-problems tbody tr").first().waitFor({ timeout: 60_000 });
    expect(await problemRows(page)).toEqual([
      ["ties.csv", "line 3", "target", 'target "nobody" is not an actor in actors.csv'],
    ]);
    expect(await page.locator(".tvaers-problems th").allTextContents()).toEqual([
      "File",
      "Line or place",
      "Field",
      "What is wrong",
    ]);
    // The example's charts are gone: nothing is drawn from a network that could not be read.
    expect(await page.locator("svg.tvaers-mixing-heatmap").count()).toBe(0);
    expect(await page.locator(".tvaers-network").count()).toBe(0);
    await page.screenshot({ path: join(artifacts, "your-own-data-broken-en.png"), fullPage: true });

    await page.getByLabel("Dansk", { exact: true }).check();
    await expect
      .poll(() => page.locator(".tvaers-problems th").allTextContents(), { timeout: 60_000 })
      .toEqual(["Fil", "Linje eller sted", "Felt", "Hvad er galt"]);
    expect((await problemRows(page))[0]?.slice(0, 3)).toEqual(["ties.csv", "linje 3", "target"]);
    expect(await page.locator("main").textContent()).toContain("Intet forlader din computer");
    await page.screenshot({ path: join(artifacts, "your-own-data-broken-da.png"), fullPage: true });
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 240_000);

  it("your own data: a valid CSV network replaces the example's charts", async () => {
    const { page, problems } = await open("your-own-data.html", "svg.tvaers-mixing-heatmap");
    const main = page.locator("main");
    await expect.poll(() => main.textContent()).toContain("41 actors and 83 ties");
    const before = await page.locator("svg.tvaers-mixing-heatmap .row-labels text").allTextContents();

    await page.locator(".tvaers-drop-zone input[type=file]").setInputFiles(VALID_BUNDLE);
    await expect.poll(() => main.textContent(), { timeout: 60_000 }).toContain("34 actors and");
    expect(await main.textContent()).toContain("a network (CSV files)");
    for (const selector of [
      ".tvaers-network canvas",
      "svg.tvaers-mixing-heatmap",
      "svg.tvaers-brokerage-roles",
    ])
      await page.locator(selector).first().waitFor({ timeout: 60_000 });
    await expect.poll(() => networkInkShare(page), { timeout: 60_000 }).toBeGreaterThan(0.01);
    const after = await page.locator("svg.tvaers-mixing-heatmap .row-labels text").allTextContents();
    expect(after.length).toBe(msNetwork.sectors?.length);
    expect(after).not.toEqual(before);
    expect(await page.locator(".tvaers-problems").count()).toBe(0);
    await page.screenshot({ path: join(artifacts, "your-own-data-valid-en.png"), fullPage: true });
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 240_000);

  it("stakeholder analysis: typing a rating reclassifies the stakeholder; a value off the scale is not used", async () => {
    const { page, problems } = await open("stakeholder-analysis.html", "svg.tvaers-salience-diagram");
    const klClasses = page.locator(".tvaers-table tr", { hasText: "Local Government Denmark (KL)" }).first();
    await expect.poll(() => klClasses.textContent()).toContain("Keep satisfied");
    // KL is the second stakeholder: its dot carries the number 2.
    const dot = () =>
      page
        .locator("svg.tvaers-power-interest-grid:not(.tvaers-interessent-grid) .dot")
        .filter({ has: page.locator("text", { hasText: /^2$/ }) })
        .getAttribute("transform");
    const before = await dot();
    const interest = page.getByLabel("Local Government Denmark (KL): Interest", { exact: true });

    await interest.fill("7");
    expect(await interest.getAttribute("aria-invalid")).toBe("true");
    expect(await klClasses.textContent()).toContain("Keep satisfied");

    await interest.fill("5");
    await expect.poll(() => klClasses.textContent(), { timeout: 60_000 }).toContain("Manage closely");
    expect(await interest.getAttribute("aria-invalid")).toBe("false");
    expect(await dot()).not.toBe(before);
    await page.screenshot({ path: join(artifacts, "stakeholder-analysis-edited-en.png"), fullPage: true });
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 240_000);

  it("stakeholder analysis: a broken stakeholder CSV lists its problems instead of the charts", async () => {
    const { page, problems } = await open("stakeholder-analysis.html", "svg.tvaers-salience-diagram");
    await page
      .locator(".tvaers-drop-zone input[type=file]")
      .setInputFiles([file("parter.csv", "id;label;power;interest\nkl;KL;9;3\nregion;Regionen;4;mange\n")]);
    await page.locator(".tvaers-problems tbody tr").first().waitFor({ timeout: 60_000 });
    const rows = await problemRows(page);
    expect(rows).toContainEqual([
      "parter.csv",
      "line 2",
      "power",
      expect.stringContaining("outside the scale"),
    ]);
    expect(rows).toContainEqual([
      "parter.csv",
      "line 3",
      "interest",
      expect.stringContaining("not a number"),
    ]);
    expect(await page.locator("svg.tvaers-power-interest-grid").count()).toBe(0);
    await page.screenshot({ path: join(artifacts, "stakeholder-analysis-broken-en.png"), fullPage: true });
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 240_000);
});
