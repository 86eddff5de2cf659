import { access, constants, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** A short, stable message for a failed file-system call (messages, not codes, reach the user). */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop (too many levels of symbolic links)';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/**
 * Why the folder `dir` could not be created (`err` from mkdir), about the folder the user can act
 * on: the nearest existing folder above it is a file, or is not writable. A recursive mkdir under
 * a read-only folder may report ENOENT, "no such file or directory", which would send the user
 * looking for a missing folder. Paths are shown as `dir` was given (absolute if it was).
 */
export async function whyNoFolder(dir: string, err: unknown): Promise<string> {
  const abs = resolve(dir);
  const shown = (p: string) => (isAbsolute(dir) ? p : relative(process.cwd(), p) || '.');
  for (let at = abs; ; at = dirname(at)) {
    let st;
    try {
      st = await stat(at);
    } catch {
      if (dirname(at) === at) break;
      continue;
    }
    if (!st.isDirectory()) return `${shown(at)} is a file, not a folder`;
    try {
      await access(at, constants.W_OK);
    } catch (e) {
      return `${shown(at)} is not writable (${describeFsError(e)})`;
    }
    break;
  }
  return describeFsError(err);
}
