/**
 * Hash partitions of an unsorted log on disk (Node), for the stream engine's fallback: every lifted
 * event goes to one of P temporary files chosen by a hash of its case id, so each case lies wholly in
 * one file; the files are then mined one at a time. Memory is bounded by the largest partition (about
 * the file size / P) plus 1 MiB of write buffer per partition. Files live in a fresh folder under the
 * system's temporary folder (or `tempDir`) and are removed afterwards, also after an error.
 *
 * A record is one line: `time, line, group, sector, case id` separated by tabs; a case id holding a
 * line break (or starting with `"`) is written as a JSON string.
 */

import type { FlatEvents } from "./flat-events.js";

const FLUSH_AT = 1 << 20;

/** FNV-1a over UTF-16 code units: a fast, stable hash of a case id. */
export function hashCaseId(caseId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < caseId.length; i++) {
    h ^= caseId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function encodeCaseId(caseId: string): string {
  return caseId.includes("\n") || caseId.includes("\r") || caseId.startsWith('"')
    ? JSON.stringify(caseId)
    : caseId;
}

/** Temporary partition files of lifted events. */
export class DiskPartitions {
  private readonly buffers: string[];
  private readonly paths: string[];
  private readonly dir: string;
  private readonly fs: typeof import("node:fs/promises");

  private constructor(fs: typeof import("node:fs/promises"), dir: string, paths: string[]) {
    this.fs = fs;
    this.dir = dir;
    this.buffers = new Array<string>(paths.length).fill("");
    this.paths = paths;
  }

  /** Creates `count` empty partitions in a fresh temporary folder. */
  static async create(count: number, tempDir?: string): Promise<DiskPartitions> {
    const fs = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = await fs.mkdtemp(join(tempDir ?? tmpdir(), "tvaers-handoffs-"));
    const paths = Array.from({ length: count }, (_, p) => join(dir, `part-${p}.tsv`));
    const partitions = new DiskPartitions(fs, dir, paths);
    await Promise.all(partitions.paths.map((p) => fs.writeFile(p, "")));
    return partitions;
  }

  /** The number of partitions. */
  get count(): number {
    return this.paths.length;
  }

  /** Adds one lifted event to its case's partition (buffered). */
  add(caseId: string, time: number, line: number, group: number, sector: number): void {
    const p = hashCaseId(caseId) % this.paths.length;
    this.buffers[p] += `${time}\t${line}\t${group}\t${sector}\t${encodeCaseId(caseId)}\n`;
  }

  /** Writes out the buffers that have grown past 1 MiB (or all of them, with `all`). */
  async flush(all = false): Promise<void> {
    for (let p = 0; p < this.paths.length; p++) {
      const text = this.buffers[p]!;
      if (text.length === 0 || (!all && text.length < FLUSH_AT)) continue;
      this.buffers[p] = "";
      await this.fs.appendFile(this.paths[p]!, text);
    }
  }

  /** Reads partition `p` into `into`. */
  async load(p: number, into: FlatEvents): Promise<void> {
    const text = await this.fs.readFile(this.paths[p]!, "utf8");
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      const t1 = text.indexOf("\t", start);
      const t2 = text.indexOf("\t", t1 + 1);
      const t3 = text.indexOf("\t", t2 + 1);
      const t4 = text.indexOf("\t", t3 + 1);
      const raw = text.slice(t4 + 1, end);
      into.push(
        raw.startsWith('"') ? (JSON.parse(raw) as string) : raw,
        Number(text.slice(start, t1)),
        Number(text.slice(t1 + 1, t2)),
        Number(text.slice(t2 + 1, t3)),
        Number(text.slice(t3 + 1, t4)),
      );
      start = end + 1;
    }
  }

  /** Removes the temporary folder and its files. */
  async dispose(): Promise<void> {
    await this.fs.rm(this.dir, { recursive: true, force: true });
  }
}
