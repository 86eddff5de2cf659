// The output directory of a build: created (or a clear error) before any work is done, and
// cleared of temporary files left by builds that were killed before they could rename them.
import { access, constants, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from '../ingest/errors.js';

/** `NAME.tmp-PID`: how graph files, cache entries and a build's spill folder are named while temporary. */
const TEMP = /\.tmp-(\d+)$/;

/** True when a process with this id exists (even one of another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `*.tmp-PID` files and folders in `dir` (and, when `depth` allows, its subdirectories) whose
 * process is gone, or is this process (which has not written anything yet when this runs).
 * A file of a live process is another build writing: left alone. Returns the removed paths.
 */
export async function cleanStaleTemps(dir: string, depth = 0): Promise<string[]> {
  const removed: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return removed;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    const m = TEMP.exec(e.name);
    if (m && (e.isFile() || e.isDirectory())) {
      const pid = Number(m[1]);
      if (pid !== process.pid && pidAlive(pid)) continue;
      try {
        await rm(path, { force: true, recursive: true });
        removed.push(path);
      } catch {
        // Not ours to remove (permissions): it is ignored, never read.
      }
    } else if (e.isDirectory() && depth > 0) {
      removed.push(...(await cleanStaleTemps(path, depth - 1)));
    }
  }
  return removed;
}

/** Creates the output directory and checks it is writable; throws one clear line otherwise. */
export async function prepareOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (err) {
    throw new Error(`cannot write to output directory ${dir}: ${describeFsError(err)}`);
  }
  // Only where builds write: the graph files, and the extraction cache's two levels.
  await cleanStaleTemps(dir);
  await cleanStaleTemps(join(dir, '.cache'), 1);
}
