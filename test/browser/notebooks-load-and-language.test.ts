/**
 * Every notebook in a real browser (Debian's Chromium via playwright-core): it loads with no console
 * error and no request outside localhost, its main chart is drawn (pixels or marks, not only "no
 * error"), and switching the language changes its labels. What each notebook must show is in
 * notebook-checks.ts; how the notebooks are built, served and opened is in notebook-site.ts.
 * Screenshots go to test/artifacts/browser/.
 *
 * Without /usr/bin/chromium the tests are skipped with a message, except in CI, where they fail.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasChromium, NO_PROBLEMS } from "./browser.js";
import { CHECKS } from "./notebook-checks.js";
import { artifacts, inCi, notebooksInChromium, root } from "./notebook-site.js";

const notebooks = readdirSync(join(root, "notebooks"))
  .filter((file) => file.endsWith(".html") && file !== "template.html")
  .sort();

describe.skipIf(!hasChromium && !inCi)("notebooks in Chromium", () => {
  const open = notebooksInChromium();

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
      expect(problems).toEqual(NO_PROBLEMS);
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
      expect(problems).toEqual(NO_PROBLEMS);
      await page.close();
    }, 180_000);
  });
});
