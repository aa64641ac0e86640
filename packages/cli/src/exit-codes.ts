/**
 * The exit codes of `tvaers`: 0 done, 1 invalid input (a file with problems, a missing file),
 * 2 a command line that cannot be run, 70 an internal error (a bug; `EX_SOFTWARE` in sysexits.h).
 */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 70 } as const;
