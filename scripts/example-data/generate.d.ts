/** The seed of the committed example data. */
export declare const SEED: number;

/**
 * Every generated example-data file as `{ path, text }`, `path` relative to the repository root, `text`
 * as written (2-space JSON with a trailing newline). `seed` changes only the illustrative numbers.
 * Throws a TvaersInputError if a document does not validate.
 */
export declare function generateFiles(options?: { seed?: number }): { path: string; text: string }[];
