/**
 * Interacting with notebooks in a real browser (Debian's Chromium via playwright-core): choosing a
 * cluster in the cluster overview redraws it and every chart, table and network downloads; in Handoffs
 * and gaps a broken event log shows its problems and a valid one redraws the charts. Nothing may log a
 * console error or request anything outside localhost. How the notebooks are built, served and opened
 * is in notebook-site.ts. Screenshots and downloads go to test/artifacts/browser/.
 *
 * Without /usr/bin/chromium the tests are skipped with a message, except in CI, where they fail.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasChromium, NO_PROBLEMS, networkInkShare } from "./browser.js";
import { CHECKS } from "./notebook-checks.js";
import { artifacts, inCi, notebooksInChromium, root } from "./notebook-site.js";

describe.skipIf(!hasChromium && !inCi)("notebooks in Chromium", () => {
  const open = notebooksInChromium();

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
    expect(problems).toEqual(NO_PROBLEMS);
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
    expect(problems).toEqual(NO_PROBLEMS);
    await page.close();
  }, 240_000);
});
