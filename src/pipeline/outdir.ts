// The output directory of a build: created (or a clear error) before any work is done, and
// cleared of temporary files left by builds that were killed before they could rename them.
import { access, constants, mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError, whyNoFolder } from '../ingest/errors.js';

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

/**
 * Creates the output directory and checks it is writable; throws one clear line naming the folder
 * otherwise (which folder cannot be created, and why). Returns the first directory it created
 * (undefined when the output directory was already there), for removeIfEmpty after a failed build.
 */
export async function prepareOutDir(dir: string): Promise<string | undefined> {
  let created: string | undefined;
  try {
    created = await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new Error(`cannot create output folder ${dir}: ${await whyNoFolder(dir, err)}`);
  }
  try {
    await access(dir, constants.W_OK);
  } catch (err) {
    if (created) await removeIfEmpty(created);
    throw new Error(`output folder ${dir} is not writable (${describeFsError(err)})`);
  }
  // Only where builds write: the graph files, and the extraction cache's two levels.
  await cleanStaleTemps(dir);
  await cleanStaleTemps(join(dir, '.cache'), 1);
  return created;
}

/**
 * Removes `dir` when it holds nothing but empty folders (what a build that failed before writing
 * anything leaves of a folder it created). Anything with a file in it stays.
 */
export async function removeIfEmpty(dir: string): Promise<boolean> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  let empty = true;
  for (const e of entries) {
    if (!(e.isDirectory() && (await removeIfEmpty(join(dir, e.name))))) empty = false;
  }
  if (!empty) return false;
  try {
    await rmdir(dir);
    return true;
  } catch {
    return false;
  }
}
