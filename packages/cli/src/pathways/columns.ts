import { type ColumnMapping, DEFAULT_COLUMNS } from "@tvaers/pathways";
import { UsageError } from "../usage-error.js";

/** The field names `--columns` accepts (the default column names), with the library's field for each. */
const FIELDS: Readonly<Record<string, keyof ColumnMapping>> = {
  case_id: "caseId",
  timestamp: "timestamp",
  actor: "actor",
  activity: "activity",
  sector: "sector",
  organisation: "organisation",
  cluster: "cluster",
};

/** The field names `--columns` accepts, for help and messages. */
export const COLUMN_FIELDS: readonly string[] = Object.keys(FIELDS);

/**
 * Parses `--columns case_id=sag,timestamp=tidspunkt,actor=aktør`: each pair names the column (or JSON
 * key, or XES key) of the file that holds a field; fields not named keep their default column. Throws
 * a {@link UsageError} for a pair without `=`, an unknown field, an empty column name, a field named
 * twice, two named fields in one column, or another field read from the case-id column (its values
 * would then be shown as actors or in problems, and case ids are never shown).
 *
 * @example
 * parseColumns("case_id=sag, timestamp=tidspunkt"); // { caseId: "sag", timestamp: "tidspunkt" }
 */
export function parseColumns(text: string): Partial<ColumnMapping> {
  const mapping: Partial<ColumnMapping> = {};
  const pairs = text
    .split(",")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "");
  if (pairs.length === 0) throw new UsageError("--columns needs at least one field=column pair");
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    if (eq < 0) {
      throw new UsageError(`--columns: "${pair}" is not field=column (e.g. case_id=sag)`);
    }
    const name = pair.slice(0, eq).trim();
    const column = pair.slice(eq + 1).trim();
    const field = Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
    if (field === undefined) {
      throw new UsageError(`--columns: unknown field "${name}"; the fields are ${COLUMN_FIELDS.join(", ")}`);
    }
    if (column === "") throw new UsageError(`--columns: no column given for ${name}`);
    if (mapping[field] !== undefined) throw new UsageError(`--columns: ${name} is given twice`);
    mapping[field] = column;
  }
  const caseColumn = (mapping.caseId ?? DEFAULT_COLUMNS.caseId).toLowerCase();
  const byColumn = new Map<string, string>();
  for (const name of COLUMN_FIELDS) {
    const column = mapping[FIELDS[name]!];
    if (column === undefined) continue;
    const other = byColumn.get(column.toLowerCase());
    if (other !== undefined) {
      throw new UsageError(`--columns: ${other} and ${name} are both read from the column "${column}"`);
    }
    if (name !== "case_id" && column.toLowerCase() === caseColumn) {
      throw new UsageError(
        `--columns: ${name} cannot be read from "${column}", the case id column (case ids are never shown)`,
      );
    }
    byColumn.set(column.toLowerCase(), name);
  }
  return mapping;
}
