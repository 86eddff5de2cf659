// Shared by the robustness tests: a small good corpus of our own, and the real CLI run as a child.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT } from '../helpers.js';

/** Three short articles; their names sort around the `b-…` bad inputs the tests put in the middle. */
export const GOOD: Record<string, { text: string; expect: RegExp }> = {
  'a-geneve.txt': {
    text: `Sommet à Genève

Le ministre russe des Affaires étrangères, Sergueï Lavrov, a rencontré Antony Blinken jeudi à Genève. M. Lavrov a accusé l'OTAN d'ignorer les intérêts russes.
`,
    expect: /Lavrov/,
  },
  'c-niger.txt': {
    text: `Crise au Niger

La CEDEAO a exigé la libération du président Mohamed Bazoum. Le Nigeria a averti la junte d'une intervention militaire.
`,
    expect: /CEDEAO|Nigeria/,
  },
  'e-berlin.txt': {
    text: `Visite à Berlin

Le chancelier Olaf Scholz a reçu Emmanuel Macron à Berlin. M. Scholz a averti la Chine contre toute escalade.
`,
    expect: /Scholz/,
  },
};

export const GOOD_IDS = Object.keys(GOOD);

const dirs: string[] = [];

/** A fresh temporary directory (readable by everyone, for runs as another user); see cleanup(). */
export function tempDir(prefix = 'newskg-robust-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(d, 0o755);
  dirs.push(d);
  return d;
}

/** Removes the temporary directories, first giving back permissions a test took away. */
export function cleanup(): void {
  const restore = (p: string): void => {
    try {
      if (!lstatSync(p).isDirectory()) return;
      chmodSync(p, 0o755);
      for (const e of readdirSync(p)) restore(join(p, e));
    } catch {
      // gone or a link: nothing to restore
    }
  };
  for (const d of dirs.splice(0)) {
    restore(d);
    rmSync(d, { recursive: true, force: true });
  }
}

/** `<dir>/corpus` holding the good articles; returns its path. */
export function goodCorpus(dir: string): string {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus, { recursive: true });
  for (const [name, { text }] of Object.entries(GOOD)) writeFileSync(join(corpus, name), text);
  return corpus;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
  ms: number;
}

/** Runs the compiled CLI asynchronously (so several can run at once); `prefix` runs it through e.g. setpriv. */
export function newskg(args: string[], opts: { prefix?: string[]; env?: Record<string, string>; nodeArgs?: string[] } = {}): Promise<Run> {
  const started = Date.now();
  const argv = [...(opts.prefix ?? []), process.execPath, ...(opts.nodeArgs ?? []), CLI, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: ROOT, env: { ...process.env, ...opts.env } });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err, ms: Date.now() - started }));
  });
}

/** Runs `jobs` with at most `limit` at a time, results in order. */
export async function pool<T>(jobs: Array<() => Promise<T>>, limit = 2): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

export interface EventRow {
  type: string;
  source: string;
  evidence: string;
  agent: { label: string } | null;
}

/** `newskg events --format json` on a graph. */
export async function events(graph: string): Promise<EventRow[]> {
  const r = await newskg(['events', '--format', 'json', '--graph', graph]);
  if (r.code !== 0) throw new Error(`newskg events failed (${r.code}): ${r.err}`);
  return JSON.parse(r.out) as EventRow[];
}

/** `newskg entities --format json` on a graph. */
export async function entities(graph: string): Promise<Array<{ label: string; aliases: string[] }>> {
  const r = await newskg(['entities', '--format', 'json', '--graph', graph]);
  if (r.code !== 0) throw new Error(`newskg entities failed (${r.code}): ${r.err}`);
  return JSON.parse(r.out) as Array<{ label: string; aliases: string[] }>;
}

/** Lines of stderr that mention `name`. */
export function linesNaming(err: string, name: string): string[] {
  return err.split('\n').filter((l) => l.includes(name));
}

/** No stack trace on stderr. */
export const STACK = /\n\s+at .+:\d+:\d+/;

export const isRoot = process.getuid?.() === 0;
/** Root reads and writes whatever a file's mode says: permission tests run the CLI as `nobody`. */
export const AS_NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'];

/** Why the CLI cannot be run as another user here (so permissions cannot be tested), or null. */
export function asNobodyUnavailable(): string | null {
  if (!isRoot) return null;
  try {
    execFileSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), process.execPath, CLI, '--version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'running as root, and `setpriv` is missing or user nobody cannot run the CLI from this checkout';
  }
}
