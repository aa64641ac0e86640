import { TvaersInputError } from "../errors/input-error.js";

/** The 1-based line and column of a character offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text, turning a syntax error into a {@link TvaersInputError} that names the file, the
 * line and the column, with no stack trace or engine wording.
 */
export function parseJsonText(text: string, file?: string): unknown {
  const withFile = file === undefined ? {} : { file };
  if (text.trim() === "") throw new TvaersInputError([{ ...withFile, message: "the file is empty" }]);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const m = /position (\d+)/.exec(reason);
    if (!m) {
      throw new TvaersInputError([
        { ...withFile, message: "this is not valid JSON (is it another kind of file?)" },
      ]);
    }
    const offset = Number(m[1]);
    const { line, column } = lineColumnAt(text, offset);
    const near = text.slice(offset, offset + 20).replace(/\s+/g, " ");
    const message =
      offset >= text.length
        ? "the JSON text ends too early (a bracket, brace or quote is not closed)"
        : `this is not valid JSON at column ${column}${near ? ` (near "${near}")` : ""}`;
    throw new TvaersInputError([{ ...withFile, line, message }]);
  }
}
