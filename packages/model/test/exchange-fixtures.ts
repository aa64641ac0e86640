// Helpers of the exchange-format tests (gexf-*.test.ts, graphml.test.ts): the committed exchange
// fixtures, the sample network, and the problems a rejected input gives.
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { type Problem, parseNetwork, TvaersInputError } from "../src/index.js";

/** The text of a file in fixtures/exchange/. */
export const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/exchange/${name}`, import.meta.url), "utf8");

/** The sample network every exchange format writes and reads back. */
export const sample = parseNetwork(JSON.parse(fixture("sample.json")));

/** The problems `read` throws in a TvaersInputError; fails the test when it throws nothing. */
export function problemsOf(read: () => unknown): readonly Problem[] {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(TvaersInputError);
    return (e as TvaersInputError).problems;
  }
  throw new Error("expected the input to be rejected");
}
