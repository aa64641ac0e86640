import type { Output } from "../command.js";

/** Options of {@link Progress}. */
export interface ProgressOptions {
  /** The clock in milliseconds (default `Date.now`); tests pass their own. */
  now?: () => number;
  /** Nothing is drawn before this many milliseconds have passed, so short runs stay quiet. Default 500. */
  delayMs?: number;
  /** The line is redrawn at most this often, in milliseconds. Default 100. */
  intervalMs?: number;
}

/** Whether an output is an interactive terminal (`process.stderr` in a terminal); test doubles are not. */
export function isTerminal(out: Output): boolean {
  return (out as { isTTY?: unknown }).isTTY === true;
}

const BAR_WIDTH = 24;
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** Minutes and seconds, `m:ss`. */
function elapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * A one-line progress display for a terminal's standard error: a label, a bar with a percentage when
 * the share done is known, a count (e.g. `1,204,331 events read`) and the time taken, redrawn in place
 * (`\r`). Throttled: nothing for the first half second, then at most ten redraws a second, so a
 * million updates cost a few hundred writes. {@link Progress.finish} clears the line. Only ever give it
 * a terminal (see {@link isTerminal}): it writes control characters.
 */
export class Progress {
  private readonly out: Output;
  private readonly now: () => number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly started: number;
  private label: string;
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private drawn = false;

  constructor(out: Output, label: string, options: ProgressOptions = {}) {
    this.out = out;
    this.label = label;
    this.now = options.now ?? Date.now;
    this.delayMs = options.delayMs ?? 500;
    this.intervalMs = options.intervalMs ?? 100;
    this.started = this.now();
  }

  /** Changes the label from the next redraw on (e.g. for a second pass over a file). */
  relabel(label: string): void {
    this.label = label;
  }

  /**
   * Reports progress; redraws when the throttle allows.
   *
   * @param fraction The share done, 0–1, or undefined when unknown (no bar is drawn).
   * @param count What has been counted so far, with its noun (`events read`), or undefined.
   */
  update(fraction?: number, count?: { value: number; noun: string }): void {
    const now = this.now();
    if (now - this.started < this.delayMs || now - this.lastDrawn < this.intervalMs) return;
    this.lastDrawn = now;
    this.drawn = true;
    const parts = [this.label];
    if (fraction !== undefined) {
      const share = Math.min(1, Math.max(0, fraction));
      const full = Math.round(share * BAR_WIDTH);
      parts.push(
        `${"█".repeat(full)}${"░".repeat(BAR_WIDTH - full)} ${String(Math.floor(share * 100)).padStart(3)} %`,
      );
    }
    if (count !== undefined) parts.push(`${integer.format(count.value)} ${count.noun}`);
    parts.push(elapsed(now - this.started));
    const columns = (this.out as { columns?: unknown }).columns;
    let line = parts.join("  ");
    if (typeof columns === "number" && columns > 1) line = [...line].slice(0, columns - 1).join("");
    this.out.write(`\r${line}\u001b[K`);
  }

  /** Clears the line, if anything was drawn, so what follows starts on a clean line. */
  finish(): void {
    if (this.drawn) this.out.write("\r\u001b[K");
    this.drawn = false;
  }
}
