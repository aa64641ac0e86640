import type { CsvSeparator } from "./separator.js";

/** A number as people type it; in a `;` file the decimal mark may be a comma. */
const NUMBER_WITH_DOT = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const NUMBER_WITH_COMMA_OR_DOT = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/;
/** Danish thousands grouping (1.000, 12.500.000): in a `;` file it is unclear whether the dot is a decimal mark. */
const GROUPED = /^[-+]?\d{1,3}(\.\d{3})+$/;

/** Whether `text` is written like a number with at most one decimal mark (`.`, or `,` in a `;` file). */
function looksNumeric(text: string, separator: CsvSeparator): boolean {
  return (separator === ";" ? NUMBER_WITH_COMMA_OR_DOT : NUMBER_WITH_DOT).test(text);
}

/** The outcome of reading a number cell: the number, or the end of a sentence saying what is wrong. */
export type NumberCell = { value: number } | { error: string };

/**
 * Reads a numeric cell (`weight`, `quality`, a `:number` attribute). Surrounding spaces are ignored.
 * With the `;` separator a decimal comma is read (`1,5`), and so is a dot, except in Danish thousands
 * grouping (`1.000`), which is reported as unclear. `NaN`, `Infinity` and the like are not numbers.
 */
export function parseNumberCell(cell: string, separator: CsvSeparator): NumberCell {
  const text = cell.trim();
  if (separator === ";" && GROUPED.test(text)) {
    const whole = text.replaceAll(".", "");
    return {
      error: `is unclear in a file separated by ";": write ${whole} without dots, or use a decimal comma`,
    };
  }
  if (!looksNumeric(text, separator)) {
    return looksNumeric(text, ";")
      ? { error: `is not a number (this file separates fields with ",", so write decimals with a dot)` }
      : { error: "is not a number" };
  }
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? { value } : { error: "is too large to be a number" };
}

const TRUE = new Set(["true", "yes", "ja", "1", "sand"]);
const FALSE = new Set(["false", "no", "nej", "0", "falsk"]);

/**
 * Reads a yes/no cell such as `directed`: `true/false`, `yes/no`, `ja/nej`, `1/0`, or Danish Excel's
 * `SAND/FALSK`, in any case. Returns `undefined` for anything else.
 */
export function parseBooleanCell(cell: string): boolean | undefined {
  const text = cell.trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return undefined;
}

/** Writes a number so that {@link parseNumberCell} reads back exactly the same value (`-0` included). */
export function formatNumber(value: number, separator: CsvSeparator): string {
  const text = Object.is(value, -0) ? "-0" : String(value);
  return separator === ";" ? text.replace(".", ",") : text;
}

/**
 * A plain number for type inference: no sign other than `-`, no leading zeros (so codes such as
 * `0101` stay text) and at most 15 integer digits (so long identifiers keep every digit).
 */
const PLAIN_NUMBER_WITH_DOT = /^-?(0|[1-9]\d{0,14})(\.\d+)?([eE][-+]?\d+)?$/;
const PLAIN_NUMBER_WITH_COMMA_OR_DOT = /^-?(0|[1-9]\d{0,14})([.,]\d+)?([eE][-+]?\d+)?$/;

/**
 * The value of a cell in an attribute column without a type suffix: a plain number (decimal comma
 * allowed in a `;` file, Danish thousands grouping excepted) becomes a number, `true`/`false` (any
 * case) a boolean, and anything else stays text exactly as written.
 */
export function inferCell(cell: string, separator: CsvSeparator): string | number | boolean {
  const lower = cell.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  const plain = separator === ";" ? PLAIN_NUMBER_WITH_COMMA_OR_DOT : PLAIN_NUMBER_WITH_DOT;
  if (!plain.test(cell) || (separator === ";" && GROUPED.test(cell))) return cell;
  const value = Number(cell.replace(",", "."));
  return Number.isFinite(value) ? value : cell;
}
