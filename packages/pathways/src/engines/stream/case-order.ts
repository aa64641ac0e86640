/**
 * Is the log sorted by case? The stream engine mines in one pass, holding only the open case, when
 * every case's events are contiguous. Proving that for arbitrary ids would take memory for every case
 * seen; instead the check accepts a log whose case ids ascend each time the case changes, in plain text
 * order (`C1`, `C10`, `C2`) or in natural order (`C1`, `C2`, `C10`): ascending ids cannot come back,
 * so each case is contiguous. That is what a log exported sorted by case looks like (pm4py, DuckDB,
 * spreadsheets, tvaers' generator). Any other order sends the engine to its partitioned fallback.
 */

/** Compares two ids in natural order: runs of digits by their numeric value, other characters by code. */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const da = ca >= 48 && ca <= 57;
    const db = cb >= 48 && cb <= 57;
    if (da && db) {
      let si = i;
      let sj = j;
      while (si < a.length && a.charCodeAt(si) === 48) si++;
      while (sj < b.length && b.charCodeAt(sj) === 48) sj++;
      let ei = si;
      let ej = sj;
      while (ei < a.length && a.charCodeAt(ei) >= 48 && a.charCodeAt(ei) <= 57) ei++;
      while (ej < b.length && b.charCodeAt(ej) >= 48 && b.charCodeAt(ej) <= 57) ej++;
      if (ei - si !== ej - sj) return ei - si - (ej - sj);
      for (let k = 0; k < ei - si; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k);
        if (d !== 0) return d;
      }
      // Equal values: fewer leading zeros first.
      if (ei - i !== ej - j) return ei - i - (ej - j);
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** Watches the sequence of case ids for ascending order (text or natural). */
export class CaseOrderCheck {
  private previous: string | undefined;
  private text = true;
  private natural = true;

  /** Records the next case id (called when the case changes); false once neither order holds. */
  next(caseId: string): boolean {
    const previous = this.previous;
    this.previous = caseId;
    if (previous === undefined) return true;
    if (this.text && !(caseId > previous)) this.text = false;
    if (this.natural && !(naturalCompare(caseId, previous) > 0)) this.natural = false;
    return this.text || this.natural;
  }
}
