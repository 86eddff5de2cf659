// Streaming serialization: a graph file is written block by block (one article, one event, one
// entity at a time), so a build never holds the whole graph in memory. Blocks are sorted and
// duplicate-free on their own; the order of blocks is the caller's and must be deterministic.
// Blocks serialized elsewhere (on a worker thread) are spliced in as text: they use the same
// prefixes, and their own prefix header is dropped.
import { open, rename, rm } from 'node:fs/promises';
import type { Quad } from 'n3';
import { graphWriter, prepareQuads, textSink, type GraphFormat } from './writer.js';

export interface SerializedBlock {
  text: string;
  /** Triples (quads, in TriG) in the block once sorted and duplicates removed. */
  triples: number;
}

/** One block of quads as text, without the prefix header: ready to splice into a GraphFile. */
export function serializeBlock(quads: Iterable<Quad>, format: GraphFormat, base?: string): SerializedBlock {
  return serializeBlocks([quads], format, base);
}

/**
 * Consecutive blocks as one text, each sorted and deduplicated on its own, as GraphFile's
 * writeQuads would write them one after the other.
 */
export function serializeBlocks(blocks: Iterable<Iterable<Quad>>, format: GraphFormat, base?: string): SerializedBlock {
  const out = textSink();
  const writer = graphWriter(format, { base }, out);
  out.take(); // the prefix header: the file has it once
  let triples = 0;
  for (const quads of blocks) {
    const prepared = prepareQuads(quads, format);
    for (const q of prepared) writer.addQuad(q);
    triples += prepared.length;
  }
  writer.end();
  return { text: out.take(), triples };
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

const FLUSH_BYTES = 1 << 20;

/**
 * Opens `file.tmp-PID` for writing; readers of `file` see the previous graph until commit
 * renames the complete new one over it.
 */
export async function openGraphFile(file: string, opts: { format: GraphFormat; base?: string }): Promise<GraphFile> {
  const tmp = `${file}.tmp-${process.pid}`;
  const fh = await open(tmp, 'w');
  const out = textSink();
  const writer = graphWriter(opts.format, { base: opts.base }, out);
  let quadsStarted = false;
  let closed = false;
  // What waits to be written, already encoded. Blocks are encoded one by one rather than joined
  // into one string first: joining megabytes of text cost several times the encoding itself.
  const chunks: Buffer[] = [];
  let bytes = 0;
  const push = (text: string): void => {
    const b = Buffer.from(text, 'utf8');
    chunks.push(b);
    bytes += b.length;
  };
  // What the N3 writer wrote so far (the prefix header, then quad blocks), in its place in the file.
  const drain = (): void => {
    if (out.size > 0) push(out.take());
  };
  const flush = async (force = false): Promise<void> => {
    if (!force && bytes + out.size < FLUSH_BYTES) return;
    drain();
    if (chunks.length) await fh.writev(chunks.splice(0));
    bytes = 0;
  };
  return {
    async writeText(text) {
      if (quadsStarted) throw new Error('text blocks must come before quad blocks');
      drain();
      push(text);
      await flush();
    },
    async writeQuads(quads) {
      quadsStarted = true;
      const prepared = prepareQuads(quads, opts.format);
      for (const q of prepared) writer.addQuad(q);
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
