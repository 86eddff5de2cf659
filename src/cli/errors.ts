/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, skipped: 1, violations: 1, usage: 2 } as const;

/** An error the user can act on: printed as one line, no stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly code: number = EXIT.usage) {
    super(message);
  }
}

/**
 * Text made safe for one terminal line: control characters (newlines included) and bidi
 * overrides, which a file name or a parser message may carry, are shown escaped.
 */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Prints a failure as one line (stack only with --debug) and sets the exit code. */
export function report(err: unknown, debug: boolean): void {
  const e = err as Error & { code?: unknown };
  const code = typeof e.code === 'number' ? e.code : EXIT.usage;
  process.stderr.write(`newskg: ${oneLine(e.message ?? String(err))}\n`);
  if (debug && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = code;
}

/**
 * Commander's message ("error: unknown option '--frob'\n(Did you mean --from?)") as our one line:
 * `newskg: unknown option '--frob' (Did you mean --from?)`.
 */
export function commanderLine(str: string): string {
  const text = str
    .replace(/^error:\s*/i, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
  return `newskg: ${oneLine(text)}\n`;
}
