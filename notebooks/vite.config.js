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
import { createLogger, defineConfig } from "vite";
import { offline } from "./vite/offline.js";

const here = dirname(fileURLToPath(import.meta.url));
const repository = dirname(here);
const notebooks = readdirSync(here).filter((file) => file.endsWith(".html") && file !== "template.html");
const kit = config();

/**
 * Known, harmless warnings left out of the output: Notebook Kit's own alias option that Vite 9 will
 * drop, and @tvaers/model's file readers and @tvaers/pathways' file, ASCII-decoding and DuckDB code
 * importing node: modules lazily (never called in a browser).
 */
const HARMLESS = [
  /alias with `customResolver`/,
  /Module "node:(fs\/promises|fs|os|path|buffer)" has been externalized/,
];

/**
 * @tvaers/pathways in a browser: its CSV reader gets csv-parse's browser build (the Node build needs
 * Node's Buffer and streams), and its DuckDB engine's native package, loaded only when that engine is
 * used (never in a browser), stays out of the bundle.
 */
const CSV_PARSE_BROWSER = { find: /^csv-parse$/, replacement: "csv-parse/browser/esm" };
const NODE_ONLY = [/^@duckdb\//];

const logger = createLogger("warn");
const warn = logger.warn;
logger.warn = (message, options) => {
  if (!HARMLESS.some((pattern) => pattern.test(message))) warn(message, options);
};

export default defineConfig({
  ...kit,
  root: here,
  // No public folder: the example data are imported by the notebooks' modules and bundled as assets.
  publicDir: false,
  logLevel: "warn",
  customLogger: logger,
  resolve: { ...kit.resolve, alias: [...kit.resolve.alias, CSV_PARSE_BROWSER] },
  plugins: [offline({ root: repository }), observable({ template: join(here, "template.html") })],
  optimizeDeps: {
    rolldownOptions: { plugins: [offline({ root: repository })] },
    exclude: ["@duckdb/node-api"],
  },
  server: { fs: { allow: [repository] } },
  build: {
    outDir: join(here, "dist"),
    emptyOutDir: true,
    // The network view (sigma, graphology, d3) is one chunk of about a megabyte; that is expected.
    chunkSizeWarningLimit: 2000,
    // Data files are always separate assets, fetched from the notebook's own server.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: notebooks.map((file) => join(here, file)),
      external: NODE_ONLY,
      onwarn(warning, handle) {
        if (!HARMLESS.some((pattern) => pattern.test(warning.message))) handle(warning);
      },
    },
  },
});
