/** Where the built notebooks are. */
export declare const NOTEBOOKS_DIST: string;

/** Builds every notebook in notebooks/ into notebooks/dist with the notebooks' Vite configuration. */
export declare function buildNotebooks(): Promise<void>;

/** A running notebook server. */
export interface NotebookServer {
  /** Address of the landing page, e.g. `http://localhost:4173/`. */
  url: string;
  /** The port listened on. */
  port: number;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves the built notebooks from `root` on 127.0.0.1. `port` 0 picks a free port; otherwise the
 * first free port from `port` on is used.
 */
export declare function serveNotebooks(options?: { port?: number; root?: string }): Promise<NotebookServer>;
