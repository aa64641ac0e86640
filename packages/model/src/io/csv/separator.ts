/** The field separators a tvaers CSV file may use: `,` (international) or `;` (Danish Excel). */
export type CsvSeparator = "," | ";";

/**
 * Detects the separator from the header line: counts `,` and `;` outside quotes, from the first
 * non-empty line up to the next line break outside quotes (or `limit` characters), and picks the
 * more frequent one; `,` on a tie.
 */
export function detectSeparator(text: string, limit = text.length): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  const end = Math.min(text.length, limit);
  let start = 0;
  while (text[start] === "\n" || text[start] === "\r") start++;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ",") commas++;
    else if (c === ";") semicolons++;
    else if (c === "\n" || c === "\r") break;
  }
  return semicolons > commas ? ";" : ",";
}
