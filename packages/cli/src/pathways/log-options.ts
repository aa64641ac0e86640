import { DEFAULT_MIN_CASES, type MineHandoffsOptions, type OnError } from "@tvaers/pathways";
import type { CommandInput, OptionSpec } from "../command.js";
import { parseColumns } from "./columns.js";
import { hours, wholeNumber } from "./numbers.js";

/** The options that say how an event log is read and mined, shared by `tvaers handoffs` and `tvaers gaps`. */
export const LOG_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  engine: {
    type: "string",
    choices: ["stream", "duckdb"],
    description: "stream (in-process) or duckdb (embedded DuckDB, for very large logs); same results",
  },
  columns: {
    type: "string",
    description:
      "the file's column for each field, e.g. case_id=sag,timestamp=tidspunkt,actor=aktør (fields: case_id, " +
      "timestamp, actor, activity, sector, organisation, cluster)",
  },
  "max-gap-hours": {
    type: "string",
    description: "events further apart than this many hours are no handoff (default: no limit)",
  },
  "on-error": {
    type: "string",
    choices: ["fail", "skip-and-report"],
    description: "bad rows: fail (exit 1, every problem listed) or skip them and list them on stderr",
  },
  "suppress-below": {
    type: "string",
    description:
      `hide pairs with fewer cases than this, and enough others to protect them (default ${DEFAULT_MIN_CASES}; ` +
      "0: off, only inside the data owner's secure environment)",
  },
};

/** How to read and mine the log, from the {@link LOG_OPTIONS} given. Throws a `UsageError` for bad values. */
export function logOptions(options: CommandInput["options"]): MineHandoffsOptions {
  const columns = typeof options.columns === "string" ? parseColumns(options.columns) : undefined;
  const maxGapHours = hours("max-gap-hours", options["max-gap-hours"]);
  return {
    engine: options.engine === "duckdb" ? "duckdb" : "stream",
    onError: options["on-error"] as OnError,
    ...(columns !== undefined && { columns }),
    ...(maxGapHours !== undefined && { maxGapHours }),
  };
}

/** The `--suppress-below` threshold: a whole number ≥ 0, default {@link DEFAULT_MIN_CASES}. */
export function suppressBelow(options: CommandInput["options"]): number {
  return wholeNumber("suppress-below", options["suppress-below"], 0, DEFAULT_MIN_CASES);
}
