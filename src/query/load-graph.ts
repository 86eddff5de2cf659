// Loads a graph file written by newskg (or anyone) into an in-memory oxigraph store.
import { readFile } from 'node:fs/promises';
import { Store } from 'oxigraph';
import { formatFromFileName, type GraphFormat } from '../graph/writer.js';

export type GraphLoadProblem = 'missing' | 'unreadable' | 'unsupported' | 'corrupt';

/** One-line, user-facing: the CLI can print `err.message` as is. */
export class GraphLoadError extends Error {
  override name = 'GraphLoadError';
  constructor(
    readonly file: string,
    readonly problem: GraphLoadProblem,
    detail: string,
  ) {
    super(`cannot load graph ${file}: ${detail}`);
  }
}

const MEDIA_TYPE: Record<GraphFormat, string> = {
  turtle: 'text/turtle',
  nt: 'application/n-triples',
  trig: 'application/trig',
};

const FORMAT_NAME: Record<GraphFormat, string> = { turtle: 'Turtle', nt: 'N-Triples', trig: 'TriG' };

function firstLine(text: string, max = 200): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? 'unknown error';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Parses graph text; `origin` names the source in errors. */
export function loadGraphText(text: string, format: GraphFormat, origin = '<text>'): Store {
  const store = new Store();
  try {
    // The store is thrown away on error, so transactions buy nothing; lenient skips IRI and
    // language-tag validation (still a syntax error on malformed input) and loads ~10× faster.
    store.load(text, { format: MEDIA_TYPE[format], no_transaction: true, lenient: true });
  } catch (err) {
    throw new GraphLoadError(origin, 'corrupt', `invalid ${FORMAT_NAME[format]}: ${firstLine(String((err as Error)?.message ?? err))}`);
  }
  return store;
}

/** Reads a `.ttl`, `.nt` or `.trig` file (or `format` when the extension says nothing). */
export async function loadGraph(file: string, opts: { format?: GraphFormat } = {}): Promise<Store> {
  const { bytes, format } = await readGraphBytes(file, opts);
  return graphFromBytes(bytes, format, file);
}

/** The bytes of a graph file and its format, unparsed (`newskg serve` parses them on each query thread). */
export async function readGraphBytes(file: string, opts: { format?: GraphFormat } = {}): Promise<{ bytes: Buffer; format: GraphFormat }> {
  const format = opts.format ?? formatFromFileName(file);
  if (!format) throw new GraphLoadError(file, 'unsupported', 'unknown graph format (expected .ttl, .nt or .trig)');
  try {
    return { bytes: await readFile(file), format };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GraphLoadError(file, 'missing', 'no such file');
    throw new GraphLoadError(file, 'unreadable', firstLine(String((err as Error).message)));
  }
}

/** Parses the bytes of a graph file; `origin` names it in errors. */
export function graphFromBytes(bytes: Uint8Array, format: GraphFormat, origin: string): Store {
  let text: string;
  try {
    // Fatal decoding: a lenient one would turn a binary or Latin-1 file into U+FFFD-filled literals.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GraphLoadError(origin, 'corrupt', 'not valid UTF-8');
  }
  return loadGraphText(text, format, origin);
}
