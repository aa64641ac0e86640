/**
 * @tvaers/cli — the `tvaers` command line: `main` to run it from code, and the types to add a verb.
 */
export type { Command, CommandInput, CommandRegistry, Io, OptionSpec, Output } from "./command.js";
export { EXIT } from "./exit-codes.js";
export { type CsvCell, type CsvOptions, csvCell, formatCsv } from "./format/csv.js";
export { type Cell, formatTable, type TableOptions } from "./format/table.js";
export { main } from "./main.js";
export { COMMANDS } from "./registry.js";
export { UsageError } from "./usage-error.js";
