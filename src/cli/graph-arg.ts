// Which graph file a reading command reads. One grammar for every command: `-g/--graph` names a
// graph file or the folder a build wrote (`-g out/seed` is `out/seed/graph.ttl`). Without it, the
// graph is NEWSKG_GRAPH, else the last build made in this folder (recorded in `out/.last-build`),
// else `out/graph.ttl`; and the command says on stderr which one it read, so that a user never
// gets another build's answers without a word.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { oneLine, UserError } from './errors.js';

export const DEFAULT_GRAPH = 'out/graph.ttl';
/** The record of the last build, relative to the current folder. */
export const LAST_BUILD = join('out', '.last-build');
/** What a build folder may hold, in the order `build --format turtle|nt|trig` names them. */
const GRAPH_FILES = ['graph.ttl', 'graph.nt', 'graph.trig'];

/** How the graph was chosen when --graph was not given; null when it was. */
interface Implicit {
  file: string;
  why: string;
}

let implicit: Implicit | null = null;

/**
 * The graph file a --graph value names: the value itself, or for a folder the graph file in it
 * (the newest one when a folder holds builds of several formats, said on stderr).
 */
export function graphPath(value: string): string {
  let st;
  try {
    st = statSync(value);
  } catch {
    return value; // missing: the reader says so, naming it
  }
  if (!st.isDirectory()) return value;
  const found = GRAPH_FILES.map((f) => join(value, f)).filter((f) => existsSync(f));
  if (found.length === 0) {
    throw new UserError(`${oneLine(value)} is a folder without a graph (${GRAPH_FILES.join(', ')}): build into it with newskg build -o ${oneLine(value)}, or give the graph file`);
  }
  if (found.length === 1) return found[0];
  const newest = found.map((f) => ({ f, t: statSync(f).mtimeMs })).sort((a, b) => b.t - a.t)[0].f;
  process.stderr.write(`newskg: ${oneLine(value)} holds ${found.length} graphs; reading the newest, ${oneLine(newest)}\n`);
  return newest;
}

/** The graph path in the last-build record of `cwd`, or null when there is none (or it is unreadable). */
export function readLastBuild(cwd = process.cwd()): string | null {
  let text;
  try {
    text = readFileSync(join(cwd, LAST_BUILD), 'utf8');
  } catch {
    return null;
  }
  const line = text.split('\n')[0].trim();
  return line === '' ? null : line;
}

/**
 * The graph a command reads when --graph is not given, and why: NEWSKG_GRAPH, else the last build
 * recorded here (while its graph exists), else out/graph.ttl.
 */
export function implicitGraph(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Implicit {
  const fromEnv = env.NEWSKG_GRAPH;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return { file: graphPath(fromEnv), why: 'from NEWSKG_GRAPH' };
  const last = readLastBuild(cwd);
  if (last !== null && existsSync(resolve(cwd, last))) return { file: last, why: `the last build, recorded in ${LAST_BUILD}` };
  const gone = last !== null ? `; the last build's ${last} is gone` : '';
  return { file: DEFAULT_GRAPH, why: `the default${gone}` };
}

/**
 * Settles a command's --graph value: a given one is mapped from a folder to its graph file; a
 * missing one is chosen by implicitGraph, and remembered so that the reader can say which.
 */
export function settleGraph(value: string | undefined, given: boolean): string | undefined {
  if (given && value !== undefined) {
    implicit = null;
    return graphPath(value);
  }
  if (value === undefined) return undefined; // an optional --graph (eval): nothing to choose
  implicit = implicitGraph();
  return implicit.file;
}

/**
 * Called by a command just before it reads `file`: when the graph was not given on the command
 * line, says on stderr which graph is read and why, or, when that graph does not exist, fails
 * with one line saying how to get one (rather than "no such file" about a path the user never typed).
 */
export function announceGraph(file: string): void {
  if (implicit === null || implicit.file !== file) return;
  const { why } = implicit;
  implicit = null;
  if (!existsSync(file)) {
    throw new UserError(`no graph to read: --graph not given and ${oneLine(file)} (${why}) does not exist; build one (newskg build ARTICLES -o out) or give --graph FILE`);
  }
  process.stderr.write(`newskg: reading ${oneLine(file)} (${why}; --graph FILE to read another)\n`);
}

/**
 * After a successful build: records its graph in `out/.last-build` so that the reading commands
 * default to it. Only for a build whose output lies inside the current folder and when `out/`
 * is there: nothing is created for the record, and a build elsewhere (a test's temporary
 * folder) does not redirect the commands run here. Written atomically; a failure is only a warning.
 */
export async function recordLastBuild(graphFile: string, cwd = process.cwd()): Promise<void> {
  const rel = relative(cwd, resolve(cwd, graphFile));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return;
  const record = join(cwd, LAST_BUILD);
  try {
    if (!(await stat(dirname(record))).isDirectory()) return;
  } catch {
    return;
  }
  const tmp = `${record}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, `${rel.split('\\').join('/')}\n`, 'utf8');
    await rename(tmp, record);
  } catch (err) {
    await rm(tmp, { force: true });
    process.stderr.write(`newskg: warning: could not record the last build in ${LAST_BUILD}: ${oneLine((err as Error).message)}\n`);
  }
}

/** The graph was given after all (load's deprecated --file): nothing to announce. */
export function resetGraphChoice(): void {
  implicit = null;
}
