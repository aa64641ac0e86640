import { textWidth } from "./frame.js";

/**
 * `text` shortened with an ellipsis to fit `maxWidth` pixels at `fontSize` (by the same estimate as
 * `textWidth`, so the result is deterministic); unchanged when it fits. Charts that shorten a name
 * keep the whole name in the element's `<title>`.
 */
export function truncate(text: string, maxWidth: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.max(1, Math.floor(maxWidth / (fontSize * 0.56)) - 1);
  return `${text.slice(0, chars).trimEnd()}…`;
}

/**
 * The width of a column of names drawn with {@link truncate} at `maxWidth`: the widest estimate,
 * plus a tenth for fonts that run wider than the estimate (Danish letters, capitals).
 */
export function nameColumnWidth(names: readonly string[], maxWidth: number, fontSize = 12): number {
  return Math.ceil(Math.min(maxWidth, Math.max(0, ...names.map((n) => textWidth(n, fontSize)))) * 1.1);
}
