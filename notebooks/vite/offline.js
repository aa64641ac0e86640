/**
 * A Vite plugin that keeps Observable notebooks offline.
 *
 * Notebook Kit's runtime loads its built-ins (`Inputs`, `html`, `d3`, `FileAttachment(…).csv()`, …)
 * lazily from a CDN, and its Inputs stylesheet `@import`s the CDN copy. This plugin resolves those
 * CDN addresses to the packages installed in node_modules, so Vite bundles them, and turns every other
 * CDN address into a module that fails with a plain message instead of reaching the network.
 *
 * Register it both in `plugins` and in `optimizeDeps.rolldownOptions.plugins` (the dev server
 * pre-bundles dependencies without the ordinary plugins).
 */
import { createRequire } from "node:module";
import { join } from "node:path";

const CDN = "https://cdn.jsdelivr.net/npm/";

/** CDN packages (as the runtime names them, without version) and the installed package that replaces each. */
const PACKAGES = new Map([
  ["@observablehq/inputs", "@observablehq/inputs"],
  ["htl", "htl"],
  ["d3", "d3"],
  // d3 re-exports every d3-dsv function the runtime uses (csvParse, tsvParse, autoType, …).
  ["d3-dsv", "d3"],
]);

/**
 * Runtime library modules that load everything they need from the CDN (Leaflet, Mermaid, DuckDB, …).
 * They are only ever imported lazily; each becomes an "unavailable" module.
 */
const CDN_ONLY_LIBRARIES = new Set([
  "dot.js",
  "duckdb.js",
  "leaflet.js",
  "mapboxgl.js",
  "mermaid.js",
  "tex.js",
  "vega-lite.js",
  "xlsx.js",
  "zip.js",
]);

const UNAVAILABLE = "\0tvaers-offline-unavailable:";

/** Splits `https://cdn.jsdelivr.net/npm/@scope/name@1.2/path` into name and path. */
function parseCdnAddress(address) {
  const rest = address.slice(CDN.length);
  const parts = rest.split("/");
  const scoped = rest.startsWith("@");
  const nameWithRange = scoped ? `${parts[0]}/${parts[1]}` : parts[0];
  const at = nameWithRange.indexOf("@", 1);
  const name = at > 0 ? nameWithRange.slice(0, at) : nameWithRange;
  const path = parts.slice(scoped ? 2 : 1).join("/");
  return { name, path };
}

/**
 * The plugin. `root` is the folder whose node_modules hold the replacements (the repository root).
 * @param {{ root: string }} options
 */
export function offline({ root }) {
  const require = createRequire(join(root, "package.json"));
  const inputsCss = require.resolve("@observablehq/inputs/dist/index.css");
  return {
    name: "tvaers-offline",
    enforce: "pre",
    async resolveId(source, importer) {
      if (
        source.startsWith("./") &&
        importer?.includes("notebook-kit") &&
        /[\\/]stdlib[\\/]/.test(importer)
      ) {
        const file = source.slice(2);
        return CDN_ONLY_LIBRARIES.has(file) ? `${UNAVAILABLE}notebook-kit-${file}` : null;
      }
      if (!source.startsWith(CDN)) return null;
      const { name, path } = parseCdnAddress(source);
      const replacement = PACKAGES.get(name);
      if (replacement !== undefined && (path === "" || path === "+esm")) {
        const resolved = await this.resolve(replacement, join(root, "package.json"), { skipSelf: true });
        if (resolved) return resolved;
      }
      if (name === "@observablehq/inputs" && path === "dist/index.css") return inputsCss;
      return `${UNAVAILABLE}${source}`;
    },
    load(id) {
      if (!id.startsWith(UNAVAILABLE)) return null;
      const address = id.slice(UNAVAILABLE.length);
      const message = `${address} is not bundled: the notebooks run offline and load nothing from the internet.`;
      return `throw new Error(${JSON.stringify(message)});\nexport default undefined;\n`;
    },
    transform(code, id) {
      if (!id.split("?")[0].endsWith(".css") || !code.includes(CDN)) return null;
      return code.replaceAll(`${CDN}@observablehq/inputs/dist/index.css`, inputsCss);
    },
  };
}
