import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestProblem } from '../types.js';
import { describeFsError } from './errors.js';
import { formatOf } from './formats/index.js';
import type { FormatName } from './formats/types.js';
import { isSidecar } from './meta.js';

export type Found = { kind: 'file'; path: string; format: FormatName } | { kind: 'problem'; problem: IngestProblem };

interface Walk {
  /** Real paths of directories walked so far. */
  dirs: Set<string>;
  /** Real paths of files already yielded: a file reached twice is read once. */
  files: Set<string>;
  /** Loop targets already reported. */
  loops: Set<string>;
}

const problem = (origin: string, message: string): Found => ({ kind: 'problem', problem: { origin, message } });

/**
 * Files to ingest, in sorted order: explicit files of any extension (read as
 * text when unknown), and the known article files under directories, skipping
 * hidden entries and `.meta.json` sidecars. Symlinks are followed once.
 */
export async function* discover(paths: string[]): AsyncGenerator<Found> {
  const walk: Walk = { dirs: new Set(), files: new Set(), loops: new Set() };
  for (const path of [...new Set(paths)].sort()) yield* visit(path, walk, true, []);
}

async function* visit(path: string, walk: Walk, explicit: boolean, ancestors: string[]): AsyncGenerator<Found> {
  let info;
  try {
    info = await lstat(path);
    if (info.isSymbolicLink()) info = await stat(path);
  } catch (err) {
    const broken = (err as NodeJS.ErrnoException).code === 'ENOENT' && info?.isSymbolicLink();
    yield problem(path, broken ? 'no such file or directory (broken symbolic link)' : describeFsError(err));
    return;
  }
  if (info.isDirectory()) {
    yield* walkDirectory(path, walk, ancestors);
    return;
  }
  if (!info.isFile()) {
    yield problem(path, 'not a regular file');
    return;
  }
  if (isSidecar(path)) return;
  const format = formatOf(path) ?? (explicit ? 'txt' : null);
  if (!format) {
    yield problem(path, 'unsupported file type (expected .txt, .md, .html or .jsonl)');
    return;
  }
  const real = await realpath(path).catch(() => path);
  if (walk.files.has(real)) return;
  walk.files.add(real);
  yield { kind: 'file', path, format };
}

async function* walkDirectory(path: string, walk: Walk, ancestors: string[]): AsyncGenerator<Found> {
  let real: string;
  try {
    real = await realpath(path);
  } catch (err) {
    yield problem(path, describeFsError(err));
    return;
  }
  if (ancestors.includes(real)) {
    if (!walk.loops.has(real)) {
      walk.loops.add(real);
      yield problem(path, `symlink loop: leads back to ${real}, not followed`);
    }
    return;
  }
  // Reached again through another link: its files were already listed.
  if (walk.dirs.has(real)) return;
  walk.dirs.add(real);
  let names: string[];
  try {
    names = await readdir(path);
  } catch (err) {
    yield problem(path, describeFsError(err));
    return;
  }
  const inside = [...ancestors, real];
  for (const name of names.sort()) {
    if (name.startsWith('.')) continue;
    yield* visit(join(path, name), walk, false, inside);
  }
}
