/**
 * An embedded DuckDB for one mining run, loaded only when the DuckDB engine is asked for:
 * `@duckdb/node-api` is an optional dependency, imported dynamically, with a plain error that says how
 * to install it when it is missing. The database is in memory; what does not fit spills into a fresh
 * temporary folder that is removed afterwards. DuckDB never downloads anything: automatic installing
 * and loading of extensions are off (the bundled ones, among them Parquet, are built in).
 */

import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

/** The loaded `@duckdb/node-api` module. */
export type DuckDBModule = typeof import("@duckdb/node-api");

/** An open database with its connection; {@link Database.close} releases both and the temporary folder. */
export interface Database {
  duckdb: DuckDBModule;
  connection: DuckDBConnection;
  close(): Promise<void>;
}

/** The message shown when `@duckdb/node-api` cannot be loaded. */
export const MISSING_DUCKDB =
  "the DuckDB engine needs the optional package @duckdb/node-api (install it with `pnpm add @duckdb/node-api`), " +
  'or use engine "stream"';

/** Imports `@duckdb/node-api`, or throws an Error with {@link MISSING_DUCKDB} (the import error as its cause). */
export async function loadDuckDB(): Promise<DuckDBModule> {
  try {
    return await import("@duckdb/node-api");
  } catch (cause) {
    throw new Error(MISSING_DUCKDB, { cause });
  }
}

/** Opens an in-memory database that spills into a new folder inside `tempDir` (default: the system's). */
export async function openDatabase(tempDir?: string): Promise<Database> {
  const duckdb = await loadDuckDB();
  const [{ mkdtemp, rm }, { tmpdir }, { join }] = await Promise.all([
    import("node:fs/promises"),
    import("node:os"),
    import("node:path"),
  ]);
  const spill = await mkdtemp(join(tempDir ?? tmpdir(), "tvaers-duckdb-"));
  let instance: DuckDBInstance | undefined;
  try {
    instance = await duckdb.DuckDBInstance.create(":memory:", {
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
      temp_directory: spill,
    });
    const connection = await instance.connect();
    await connection.run("SET TimeZone = 'UTC'");
    const opened = instance;
    return {
      duckdb,
      connection,
      async close() {
        connection.closeSync();
        opened.closeSync();
        await rm(spill, { recursive: true, force: true });
      },
    };
  } catch (error) {
    instance?.closeSync();
    await rm(spill, { recursive: true, force: true });
    throw error;
  }
}
