import { describe, expect, it } from "vitest";
import { isTerminal, Progress } from "../src/pathways/progress.js";

/** A terminal double that records writes, and a clock the test moves by hand. */
function setup(columns?: number) {
  const writes: string[] = [];
  const out = { isTTY: true, columns, write: (text: string) => writes.push(text) };
  let now = 1_000_000;
  const clock = {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
  return { writes, out, clock };
}

describe("progress line", () => {
  it("is only for terminals", () => {
    expect(isTerminal({ write: () => true })).toBe(false);
    expect(isTerminal({ isTTY: true, write: () => true } as never)).toBe(true);
  });

  it("stays quiet for the first half second, so short runs print nothing", () => {
    const { writes, out, clock } = setup();
    const progress = new Progress(out, "reading log.csv", { now: clock.now });
    clock.advance(499);
    progress.update(0.5, { value: 10, noun: "events read" });
    progress.finish();
    expect(writes).toEqual([]);
  });

  it("draws a bar, the share, the count and the time in place, then clears the line", () => {
    const { writes, out, clock } = setup();
    const progress = new Progress(out, "reading log.csv", { now: clock.now });
    clock.advance(62_000);
    progress.update(0.5, { value: 1_234_567, noun: "events read" });
    expect(writes).toEqual([
      `\rreading log.csv  ${"█".repeat(12)}${"░".repeat(12)}  50 %  1,234,567 events read  1:02\u001b[K`,
    ]);
    progress.finish();
    expect(writes[1]).toBe("\r\u001b[K");
  });

  it("redraws at most every 100 ms", () => {
    const { writes, out, clock } = setup();
    const progress = new Progress(out, "x", { now: clock.now });
    clock.advance(600);
    for (let i = 0; i < 1000; i++) progress.update(i / 1000);
    expect(writes).toHaveLength(1);
    clock.advance(100);
    progress.update(1);
    expect(writes).toHaveLength(2);
  });

  it("draws no bar when the share is unknown, takes a new label, and fits the terminal", () => {
    const { writes, out, clock } = setup(20);
    const progress = new Progress(out, "mining with DuckDB", { now: clock.now });
    progress.relabel("reading log.csv again, by case");
    clock.advance(1000);
    progress.update();
    expect(writes[0]).toBe("\rreading log.csv aga\u001b[K");
    expect(writes[0]).not.toContain("█");
  });
});
