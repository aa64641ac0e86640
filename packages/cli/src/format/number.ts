/** A count or weight for display: integers as they are, other numbers rounded to two decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** A share from 0 to 1 as a percentage with one decimal (`66.7 %`); `null` (no denominator) as `n/a`. */
export function formatShare(share: number | null): string {
  return share === null ? "n/a" : `${(share * 100).toFixed(1)} %`;
}
