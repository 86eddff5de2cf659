import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IngestItem } from '../types.js';
import { buildArticle } from './article.js';
import { decode } from './decode.js';
import { describeFsError } from './errors.js';
import { parse } from './formats/index.js';
import { notFrench } from './language.js';
import type { FormatName } from './formats/types.js';
import { readSidecar } from './meta.js';

const problem = (origin: string, message: string): IngestItem => ({ kind: 'problem', problem: { origin, message } });

type Loaded = { ok: true; text: string; replaced?: number[] } | { ok: false; message: string };

/** Offsets listed in a warning before "…": the line stays one line. */
const MAX_OFFSETS = 10;

function replacedWarning(path: string, offsets: number[]): IngestItem {
  const n = offsets.length;
  const at = offsets.slice(0, MAX_OFFSETS).join(', ') + (n > MAX_OFFSETS ? ', …' : '');
  const message = `${n} invalid UTF-8 byte${n === 1 ? '' : 's'} read as U+FFFD (at byte${n === 1 ? '' : 's'} ${at}), article kept`;
  return { kind: 'warning', warning: { origin: path, message } };
}

/** Its own function so that the file's bytes can be collected once decoded. */
async function load(path: string, maxBytes: number): Promise<Loaded> {
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > maxBytes) return { ok: false, message: `file too large: ${size} bytes (limit ${maxBytes})` };
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, message: describeFsError(err) };
  }
  return decode(bytes);
}

export interface FileOptions {
  maxBytes: number;
  /** Skip an article that does not read as French text. */
  langCheck: boolean;
}

/** Articles and problems of one file. Failures stay local to the file. */
export async function* ingestFile(path: string, format: FormatName, opts: FileOptions): AsyncGenerator<IngestItem> {
  const loaded = await load(path, opts.maxBytes);
  if (!loaded.ok) {
    yield problem(path, loaded.message);
    return;
  }
  if (loaded.replaced?.length) yield replacedWarning(path, loaded.replaced);
  // JSONL lines carry their own metadata; a sidecar describes one article.
  const { sidecar, problems } = format === 'jsonl' ? { sidecar: null, problems: [] } : await readSidecar(path);
  for (const p of problems) yield { kind: 'problem', problem: p };
  for (const item of parse(format, loaded.text, path)) {
    if (item.kind === 'problem') {
      yield item;
      continue;
    }
    const origin = item.origin ?? path;
    const article = buildArticle(item, item.id ?? basename(path), origin, sidecar);
    if (!article) {
      yield problem(origin, 'empty (nothing left after removing boilerplate)');
      continue;
    }
    const foreign = opts.langCheck ? notFrench(article.text) : null;
    yield foreign ? problem(origin, `${foreign} (--lang-check off builds it anyway)`) : { kind: 'article', article };
  }
}
