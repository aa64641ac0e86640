/**
 * Makes the DuckDB engine available as `engine: "duckdb"` (`engine.ts`) as soon as the package is
 * imported, without loading it: the engine's modules, and `@duckdb/node-api` with them, are imported
 * the first time a log is mined with it, so the package stays light and bundles for browsers.
 */

import { type HandoffEngine, registerHandoffEngine } from "../../engine.js";

/** The DuckDB handoff engine, loaded on first use (see `duckdb-engine.ts`). */
export const duckdbHandoffEngine: HandoffEngine = async (source, options) => {
  const { duckdbEngine } = await import("./duckdb-engine.js");
  return duckdbEngine(source, options);
};

registerHandoffEngine("duckdb", duckdbHandoffEngine);
