import { describeSuppression, type MiningReport, type SuppressionReason } from "@tvaers/pathways";
import type { Output } from "../command.js";
import { formatProblemTable } from "../format/problems.js";

/** What `--suppress-below 0` prints on standard error, after the verb's name. */
export const UNPROTECTED_WARNING =
  "warning: disclosure control is off (--suppress-below 0). Every handoff is shown, however few " +
  "patients it concerns: this output is not protected and must stay inside the data owner's secure " +
  "environment.";

/**
 * Says on standard error what disclosure control did: the warning above when it is off, one sentence
 * when cells were suppressed, nothing when none had to be.
 */
export function reportSuppression(
  stderr: Output,
  verb: string,
  rows: readonly { suppressed?: SuppressionReason }[],
  k: number,
): void {
  if (k <= 0) stderr.write(`tvaers ${verb}: ${UNPROTECTED_WARNING}\n`);
  else if (rows.some((r) => r.suppressed !== undefined)) {
    stderr.write(`tvaers ${verb}: ${describeSuppression(rows, k)}\n`);
  }
}

/**
 * Lists on standard error the rows `--on-error skip-and-report` skipped (file, line, field, message;
 * the first ones, then how many more), or nothing when every row was read.
 */
export function reportRejectedRows(stderr: Output, verb: string, report: MiningReport): void {
  if (report.rejected === 0) return;
  const rows = report.rejected === 1 ? "1 row" : `${report.rejected} rows`;
  stderr.write(
    `tvaers ${verb}: ${rows} of ${report.file} could not be read and ${report.rejected === 1 ? "was" : "were"} skipped\n\n`,
  );
  stderr.write(`${formatProblemTable(report.problems)}\n`);
  if (report.problemsNotListed > 0) {
    stderr.write(`… and ${report.problemsNotListed} more problems, not listed\n`);
  }
}
