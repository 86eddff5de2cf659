// Streaming serialization: a graph file is written block by block (one article, one event, one
// entity at a time), so a build never holds the whole graph in memory. Blocks are sorted and
// duplicate-free on their own; the order of blocks is the caller's and must be deterministic.
// Blocks serialized elsewhere (on a worker thread) are spliced in as text: they use the same
// prefixes, and their own prefix header is dropped.
import { open } from 'node:fs/promises';
import { rename, rm } from 'node:fs/promises';
import { Writer } from 'n3';
import type { Quad } from 'n3';
import { defaultPrefixes, prepareQuads, type GraphFormat } from './writer.js';

const N3_FORMAT: Record<GraphFormat, string> = { turtle: 'Turtle', nt: 'N-Triples', trig: 'TriG' };

interface Sink {
  parts: string[];
  write(chunk: string, encoding?: string, done?: () => void): void;
  end(done?: (err: Error | null, result?: string) => void): void;
}

function sink(): Sink {
  const parts: string[] = [];
  return {
    parts,
    write(chunk, _encoding, done) {
      parts.push(chunk);
      done?.();
    },
    end(done) {
      done?.(null);
    },
  };
}

function writerFor(format: GraphFormat, base: string | undefined, out: Sink): Writer {
  const prefixes = format === 'nt' ? undefined : defaultPrefixes(base);
  return new Writer(out as never, { format: N3_FORMAT[format], prefixes, end: false });
}

export interface SerializedBlock {
  text: string;
  /** Triples (quads, in TriG) in the block once sorted and duplicates removed. */
  triples: number;
}

/** One block of quads as text, without the prefix header: ready to splice into a GraphFile. */
export function serializeBlock(quads: Iterable<Quad>, format: GraphFormat, base?: string): SerializedBlock {
  const out = sink();
  const writer = writerFor(format, base, out);
  out.parts.length = 0;
  const prepared = prepareQuads(quads, format);
  for (const q of prepared) writer.addQuad(q);
  writer.end();
  return { text: out.parts.join(''), triples: prepared.length };
}

/** A graph file being written: text blocks first, then quad blocks, then commit or abort. */
export interface GraphFile {
  /** Appends a block from serializeBlock (only before the first writeQuads). */
  writeText(text: string): Promise<void>;
  /** Sorts, deduplicates and appends a block of quads; returns the triples written. */
  writeQuads(quads: Iterable<Quad>): Promise<number>;
  /** Syncs the temporary file and renames it over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file; the previous target, if any, is left untouched. */
  abort(): Promise<void>;
}

const FLUSH_CHARS = 1 << 20;

/**
 * Opens `file.tmp-PID` for writing; readers of `file` see the previous graph until commit
 * renames the complete new one over it.
 */
export async function openGraphFile(file: string, opts: { format: GraphFormat; base?: string }): Promise<GraphFile> {
  const tmp = `${file}.tmp-${process.pid}`;
  const fh = await open(tmp, 'w');
  const out = sink();
  const writer = writerFor(opts.format, opts.base, out);
  let pending = 0;
  let quadsStarted = false;
  let closed = false;
  const flush = async (force = false): Promise<void> => {
    if (!force && pending < FLUSH_CHARS) return;
    const text = out.parts.join('');
    out.parts.length = 0;
    pending = 0;
    if (text) await fh.write(text, null, 'utf8');
  };
  const push = (text: string) => {
    out.parts.push(text);
    pending += text.length;
  };
  return {
    async writeText(text) {
      if (quadsStarted) throw new Error('text blocks must come before quad blocks');
      push(text);
      await flush();
    },
    async writeQuads(quads) {
      quadsStarted = true;
      const prepared = prepareQuads(quads, opts.format);
      for (const q of prepared) writer.addQuad(q);
      pending += prepared.length * 80;
      await flush();
      return prepared.length;
    },
    async commit() {
      writer.end();
      await flush(true);
      await fh.sync();
      await fh.close();
      closed = true;
      await rename(tmp, file);
    },
    async abort() {
      if (!closed) await fh.close().catch(() => undefined);
      closed = true;
      await rm(tmp, { force: true });
    },
  };
}
