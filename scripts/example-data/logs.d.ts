/** The seed of the committed example logs. */
export declare const LOG_SEED: number;

/**
 * Every example log in data/logs/ as `{ path, text }`, `path` relative to the repository root, made from
 * the committed networks in data/networks/ with {@link LOG_SEED}.
 */
export declare function generateLogFiles(): { path: string; text: string }[];
