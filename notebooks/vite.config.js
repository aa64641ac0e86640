/**
 * Vite configuration of the tvaers notebooks (Observable Notebook Kit 2). Every `*.html` file in this
 * folder is a notebook; `vite build notebooks` writes the static site to `notebooks/dist`, and
 * `scripts/serve-notebooks.js` builds and serves it. Everything is bundled: the notebooks load
 * nothing from the internet.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { config, observable } from "@observablehq/notebook-kit/vite";
import { defineConfig } from "vite";
import { offline } from "./vite/offline.js";

const here = dirname(fileURLToPath(import.meta.url));
const repository = dirname(here);
const notebooks = readdirSync(here).filter((file) => file.endsWith(".html") && file !== "template.html");
const kit = config();

export default defineConfig({
  ...kit,
  root: here,
  // No public folder: the example data are imported by the notebooks' modules and bundled as assets.
  publicDir: false,
  logLevel: "warn",
  plugins: [offline({ root: repository }), observable({ template: join(here, "template.html") })],
  optimizeDeps: { rolldownOptions: { plugins: [offline({ root: repository })] } },
  server: { fs: { allow: [repository] } },
  build: {
    outDir: join(here, "dist"),
    emptyOutDir: true,
    // The network view (sigma, graphology, d3) is one chunk of about a megabyte; that is expected.
    chunkSizeWarningLimit: 2000,
    // Data files are always separate assets, fetched from the notebook's own server.
    assetsInlineLimit: 0,
    rollupOptions: { input: notebooks.map((file) => join(here, file)) },
  },
});
