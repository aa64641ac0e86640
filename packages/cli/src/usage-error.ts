/** A command line that cannot be run as written: unknown verb or option, missing or extra argument. Exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
