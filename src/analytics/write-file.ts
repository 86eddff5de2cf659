// Atomic file writes: a reader sees the old file or the new one, never half of it.
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError, whyNoFolder } from '../ingest/errors.js';

/** A failed write, said about the file and folder the user named (never the hidden temporary file). */
export class WriteFileError extends Error {
  override name = 'WriteFileError';
}

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  if (await isFolder(file)) throw new WriteFileError(`cannot write ${file}: it is a folder (name the file to write in it)`);
  const dir = dirname(file);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new WriteFileError(`cannot write ${file}: cannot create folder ${dir}: ${await whyNoFolder(dir, err)}`);
  }
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, content, 'utf8');
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new WriteFileError(`cannot write ${file}: folder ${dir} is not writable (${describeFsError(err)})`);
    throw new WriteFileError(`cannot write ${file}: ${describeFsError(err)}`);
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
