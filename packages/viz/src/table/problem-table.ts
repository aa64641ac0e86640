/**
 * The problems found in an input, as a table a planner can work through: file, line (or the place in
 * a JSON document), field and what is wrong, one row per problem, with a CSV download to keep as a
 * checklist. Reads the `problems` of a `TvaersInputError` (@tvaers/model) or any list of the same
 * shape; the messages are shown as the readers wrote them.
 */
import { type Locale, t } from "../labels.js";
import { tableView } from "./table-view.js";

/** A problem as the tvaers readers report it (`Problem` of @tvaers/model). */
export interface ProblemRow {
  file?: string;
  line?: number;
  path?: string;
  field?: string;
  message: string;
}

/** Options of {@link problemTable}. */
export interface ProblemTableOptions {
  /** Language of the headers. Default "en". */
  locale?: Locale;
  /** Caption above the table. Default: "Problems found" in the locale, with their number. */
  caption?: string;
  /** Name of the CSV file (without extension). Default: the caption. */
  name?: string;
}

/** Where a problem is: its line (`line 14`), else its JSON path, else nothing. */
function place(problem: ProblemRow, locale: Locale): string {
  if (problem.line !== undefined) return `${t("problemLine", locale)} ${problem.line}`;
  return problem.path ?? "";
}

/**
 * Draws the problems as a table with a CSV download and returns the wrapping element (class
 * `tvaers-problems`); with no problems, a line saying so.
 */
export function problemTable(
  problems: readonly ProblemRow[],
  options: ProblemTableOptions = {},
): HTMLElement {
  const { locale = "en" } = options;
  if (problems.length === 0) {
    const none = document.createElement("p");
    none.className = "tvaers-problems tvaers-no-problems";
    none.textContent = t("noProblems", locale);
    return none;
  }
  const caption = options.caption ?? `${t("problemsTitle", locale)}: ${problems.length}`;
  const table = tableView(
    problems,
    [
      { header: t("problemFile", locale), value: (p) => p.file ?? "" },
      { header: t("problemWhere", locale), value: (p) => place(p, locale) },
      { header: t("problemField", locale), value: (p) => p.field ?? "" },
      { header: t("problemMessage", locale), value: (p) => p.message },
    ],
    { locale, caption, name: options.name ?? caption },
  );
  table.classList.add("tvaers-problems");
  table.setAttribute("role", "region");
  table.setAttribute("aria-label", caption);
  return table;
}
