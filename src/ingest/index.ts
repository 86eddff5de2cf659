import type { IngestItem } from '../types.js';
import { discover } from './discover.js';
import { ingestFile } from './file.js';

export { clean } from './clean.js';
export { findDate } from './dates.js';

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Articles from files and directories, in sorted path order. Every input that
 * cannot be read as an article becomes a problem item; the rest go on.
 */
export async function* ingest(paths: string[], opts: { maxBytes?: number } = {}): AsyncGenerator<IngestItem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const found of discover(paths)) {
    if (found.kind === 'problem') yield found;
    else yield* ingestFile(found.path, found.format, maxBytes);
  }
}
