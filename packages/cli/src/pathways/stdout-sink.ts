import type { WritableLike } from "@tvaers/pathways";
import type { Output } from "../command.js";

/** Thrown into the writer when the reader of standard output has gone (`tvaers generate … | head`). */
export class ReaderGone extends Error {
  override readonly name = "ReaderGone";
}

/** The parts of a Node writable stream the sink uses when they are there (they are on `process.stdout`). */
interface StreamLike {
  on?(event: string, listener: (error?: unknown) => void): unknown;
  once?(event: string, listener: () => void): unknown;
  off?(event: string, listener: (...args: unknown[]) => void): unknown;
  destroyed?: boolean;
}

/** An output as a {@link WritableLike}, and how to let go of it. */
export interface StdoutSink {
  sink: WritableLike;
  /** Removes the error listener the sink added. */
  close(): void;
}

/**
 * An output (normally `process.stdout`) as the {@link WritableLike} that `writeEventLog` writes to,
 * with back-pressure where the output has it. While the sink is open it listens for the output's
 * errors; once the output has failed (`EPIPE` when the reader has gone, as after `| head`), the next
 * write throws {@link ReaderGone} for `EPIPE` (a normal end) or the error itself, so a generator of
 * 10⁸ events stops at once instead of writing into nothing. Test doubles without events are written to
 * directly.
 */
export function stdoutSink(out: Output): StdoutSink {
  const stream = out as Output & StreamLike;
  let failure: unknown;
  const onError = (error?: unknown) => {
    failure ??= error ?? new Error("standard output failed");
  };
  stream.on?.("error", onError);
  const check = () => {
    if (failure === undefined && stream.destroyed !== true) return;
    const code = (failure as { code?: unknown } | undefined)?.code;
    if (failure === undefined || code === "EPIPE" || code === "ERR_STREAM_DESTROYED") {
      throw new ReaderGone("the reader of standard output has gone");
    }
    throw failure;
  };
  return {
    sink: {
      write(chunk) {
        check();
        return out.write(chunk) !== false;
      },
      once(_event, listener) {
        if (typeof stream.once !== "function" || failure !== undefined) return listener();
        const settle = () => {
          stream.off?.("drain", settle);
          stream.off?.("error", settle);
          listener();
        };
        stream.once("drain", settle);
        stream.once("error", settle);
        return undefined;
      },
    },
    close() {
      stream.off?.("error", onError);
    },
  };
}
