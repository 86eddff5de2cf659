import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { IngestProblem } from '../types.js';
import { normalizeDate } from './dates.js';
import { describeFsError } from './errors.js';

/** Metadata given beside an article file; each field present overrides what the article says. */
export interface Sidecar {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
}

export const SIDECAR_SUFFIX = '.meta.json';

export function isSidecar(path: string): boolean {
  return path.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

/** `name.meta.json` for `name.txt`; `name.txt.meta.json` is accepted too. */
function sidecarPaths(path: string): string[] {
  const dir = dirname(path);
  const base = basename(path);
  const stem = basename(path, extname(path));
  return [join(dir, stem + SIDECAR_SUFFIX), join(dir, base + SIDECAR_SUFFIX)];
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export type SidecarResult = { sidecar: Sidecar | null; problems: IngestProblem[] };

export async function readSidecar(path: string): Promise<SidecarResult> {
  for (const candidate of sidecarPaths(path)) {
    let raw: string;
    try {
      raw = await readFile(candidate, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { sidecar: null, problems: [{ origin: candidate, message: `sidecar unreadable: ${describeFsError(err)}` }] };
    }
    let data: unknown;
    try {
      data = JSON.parse(raw.replace(/^\ufeff/, ''));
    } catch (err) {
      return { sidecar: null, problems: [{ origin: candidate, message: `sidecar is not valid JSON: ${(err as Error).message}` }] };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { sidecar: null, problems: [{ origin: candidate, message: 'sidecar is not a JSON object' }] };
    }
    const d = data as Record<string, unknown>;
    const problems: IngestProblem[] = [];
    const sidecar: Sidecar = { title: text(d.title), url: text(d.url), source: text(d.source) };
    if (d.date !== undefined && d.date !== null) {
      const date = normalizeDate(d.date);
      if (date) sidecar.date = date;
      else problems.push({ origin: candidate, message: `sidecar date not understood: ${JSON.stringify(d.date)}` });
    }
    return { sidecar, problems };
  }
  return { sidecar: null, problems: [] };
}
