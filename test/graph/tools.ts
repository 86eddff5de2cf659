// rapper (raptor2-utils) as an independent Turtle/N-Triples/TriG parser. Whether it is present is
// decided by haveTool (test/helpers.ts): skipped when absent, a failure when NEWSKG_REQUIRE_TOOLS=1.
import { spawnSync } from 'node:child_process';

export interface RapperResult {
  ok: boolean;
  triples: number;
  /** Warning and error lines rapper printed. */
  problems: string;
}

/** `rapper -c`: parse and count only; any warning or error counts as a failure. */
export function rapperCount(file: string, syntax: 'turtle' | 'ntriples' | 'trig'): RapperResult {
  const run = spawnSync('rapper', ['-i', syntax, '-c', file], { encoding: 'utf8' });
  if (run.error) throw run.error;
  const stderr = run.stderr ?? '';
  const count = /returned (\d+) (?:triples|statements|quads)/.exec(stderr);
  const problems = stderr.split('\n').filter((l) => /rapper: (Error|Warning)/.test(l)).join('\n');
  return { ok: run.status === 0 && problems === '', triples: Number(count?.[1] ?? -1), problems };
}
