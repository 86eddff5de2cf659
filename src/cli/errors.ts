/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, skipped: 1, usage: 2 } as const;

/** An error the user can act on: printed as one line, no stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly code: number = EXIT.usage) {
    super(message);
  }
}

/** Prints a failure as one line (stack only with --debug) and sets the exit code. */
export function report(err: unknown, debug: boolean): void {
  const e = err as Error & { code?: unknown };
  const code = typeof e.code === 'number' ? e.code : EXIT.usage;
  process.stderr.write(`newskg: ${e.message ?? String(err)}\n`);
  if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = code;
}
