import type { IngestItem } from '../types.js';
import { discover } from './discover.js';
import { ingestFile } from './file.js';

export { clean } from './clean.js';
export { findDate } from './dates.js';

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface IngestOptions {
  /** Larger files are skipped. */
  maxBytes?: number;
  /** Skip articles that do not read as French text (default true). */
  langCheck?: boolean;
}

/**
 * Articles from files and directories, in sorted path order. Every input that
 * cannot be read as an article becomes a problem item; the rest go on.
 */
export async function* ingest(paths: string[], opts: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const fileOpts = { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, langCheck: opts.langCheck ?? true };
  for await (const found of discover(paths)) {
    if (found.kind === 'problem') yield found;
    else yield* ingestFile(found.path, found.format, fileOpts);
  }
}
