// Serializes quads to Turtle, N-Triples or TriG, byte-for-byte reproducibly, and writes files
// atomically: readers see either the previous graph or the complete new one.
import { open, rename, rm } from 'node:fs/promises';
import { DataFactory, Writer } from 'n3';
import type { Quad, Term } from 'n3';
import { DEFAULT_BASE } from './iri.js';
import { wellFormed } from './literals.js';
import { sortUniqueQuads } from './sort.js';
import { NS } from './vocab.js';

export type GraphFormat = 'turtle' | 'nt' | 'trig';

export interface WriteOptions {
  format: GraphFormat;
  /** Extra or overriding prefixes (Turtle/TriG); the model's vocabularies are always declared. */
  prefixes?: Record<string, string>;
  /** Data base, used for the `person:`, `event:`… prefixes; default `https://w3id.org/newskg/id/`. */
  base?: string;
}

const N3_FORMAT: Record<GraphFormat, string> = { turtle: 'Turtle', nt: 'N-Triples', trig: 'TriG' };

export function defaultPrefixes(base: string = DEFAULT_BASE): Record<string, string> {
  const { nkg, rdf, rdfs, owl, xsd, skos, dcterms, prov, schema, sem, geo, wd } = NS;
  return {
    nkg, rdf, rdfs, owl, xsd, skos, dcterms, prov, schema, sem, geo, wd,
    article: `${base}article/`,
    person: `${base}person/`,
    organization: `${base}organization/`,
    country: `${base}country/`,
    place: `${base}place/`,
    event: `${base}event/`,
    graph: `${base}graph/`,
  };
}

/** Graph format from a file name's extension (`.ttl`, `.nt`, `.trig`), or null. */
export function formatFromFileName(file: string): GraphFormat | null {
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
  if (ext === 'ttl' || ext === 'turtle') return 'turtle';
  if (ext === 'nt') return 'nt';
  if (ext === 'trig') return 'trig';
  return null;
}

function cleanTerm<T extends Term>(t: T): T {
  if (t.termType !== 'Literal') return t;
  const lit = t as unknown as { value: string; language: string; direction?: string; datatype: Term };
  return new SettledLiteral(wellFormed(lit.value), lit.language, lit.direction, lit.datatype) as unknown as T;
}

/**
 * A literal with its value, language, direction and datatype as plain fields. N3.js reads each
 * back out of its literal's id on every access (and makes a new datatype term each time), and a
 * literal is read half a dozen times to be sorted and written: most of a block's serialization.
 */
class SettledLiteral {
  readonly termType = 'Literal';
  constructor(
    readonly value: string,
    readonly language: string,
    readonly direction: string | undefined,
    readonly datatype: Term,
  ) {}
  get id(): string {
    return this.language
      ? `"${this.value}"@${this.language}${this.direction ? `--${this.direction}` : ''}`
      : `"${this.value}"^^${this.datatype.value}`;
  }
  toJSON() {
    const { termType, value, language, direction, datatype } = this;
    return { termType, value, language, direction, datatype: { termType: 'NamedNode', value: datatype.value } };
  }
  equals(other: Term | null | undefined): boolean {
    return (
      !!other && other.termType === 'Literal' && other.value === this.value && other.language === this.language &&
      (other as { direction?: string }).direction === this.direction && other.datatype.value === this.datatype.value
    );
  }
}

/**
 * Sorted, duplicate-free quads ready to write. Triple formats have no graphs, so graph names are
 * dropped and triples repeated across graphs collapse into one.
 */
export function prepareQuads(quads: Iterable<Quad>, format: GraphFormat): Quad[] {
  const keepGraphs = format === 'trig';
  const out: Quad[] = [];
  for (const q of quads) {
    const graph = keepGraphs ? q.graph : DataFactory.defaultGraph();
    out.push(DataFactory.quad(q.subject, q.predicate, cleanTerm(q.object), graph));
  }
  return sortUniqueQuads(out);
}

/** Where an N3.js writer can write instead of building one string (a stream, or a collector). */
export interface WriterOutput {
  write(chunk: string, encoding?: string, done?: () => void): void;
  end(done?: (err: Error | null, result?: string) => void): void;
}

/**
 * An N3.js writer for the format, declaring the model's prefixes (plus `opts.prefixes`) except
 * in N-Triples; it writes to `out` when given, else into the string its end callback receives.
 */
export function graphWriter(format: GraphFormat, opts: Pick<WriteOptions, 'base' | 'prefixes'> = {}, out?: WriterOutput): Writer {
  const prefixes = format === 'nt' ? undefined : { ...defaultPrefixes(opts.base), ...opts.prefixes };
  const target = out ?? textSink();
  const writer = new Writer((format === 'nt' ? target : spacedStatementEnds(target)) as never, { format: N3_FORMAT[format], prefixes });
  return withKnownIris(writer, `${format} ${JSON.stringify(prefixes ?? {})}`);
}

/** Encoded IRIs by value, for each format and prefix set (what an IRI's encoding depends on). */
const encodedIris = new Map<string, Map<string, string>>();
// Past this many IRIs a table starts again: a thread writing a large build sees millions.
const KNOWN_IRIS = 100_000;

/**
 * The writer, encoding each IRI once per thread: N3.js matches every IRI it writes against one
 * pattern of all the prefixes, and a graph repeats its properties, classes and entities on every
 * block. The table belongs to the prefixes the writer was made with: prefixes added to it later
 * would not be used (none are).
 */
function withKnownIris(writer: Writer, setting: string): Writer {
  const w = writer as unknown as { _encodeIriOrBlank(t: Term): string };
  const encode = w._encodeIriOrBlank.bind(writer);
  let known = encodedIris.get(setting);
  if (!known) encodedIris.set(setting, (known = new Map()));
  const table = known;
  w._encodeIriOrBlank = (t) => {
    if (t.termType !== 'NamedNode') return encode(t);
    let s = table.get(t.value);
    if (s === undefined) {
      if (table.size >= KNOWN_IRIS) table.clear();
      table.set(t.value, (s = encode(t)));
    }
    return s;
  };
  return writer;
}

/** A writer output holding what was written and not yet taken, and its length in characters. */
export interface TextSink extends WriterOutput {
  take(): string;
  readonly size: number;
}

/** Collects what a writer writes; its end callback receives what was not taken. */
export function textSink(): TextSink {
  let parts: string[] = [];
  let size = 0;
  return {
    write(chunk, _encoding, done) {
      parts.push(chunk);
      size += chunk.length;
      done?.();
    },
    end(done) {
      if (done) done(null, parts.join(''));
    },
    take() {
      const text = parts.join('');
      parts = [];
      size = 0;
      return text;
    },
    get size() {
      return size;
    },
  };
}

/**
 * Puts a space between a statement's last token and its final "." when that token ends in a
 * digit. N3.js writes `nkg:timelineOrder 20.`, valid Turtle, but Virtuoso 7 reads `20.` as a
 * decimal and rejects the whole upload (Error 37000). N3.js writes the "." as the start of the
 * next chunk, so the check spans chunks.
 */
function spacedStatementEnds(out: WriterOutput): WriterOutput {
  let lastIsDigit = false;
  return {
    write(chunk, encoding, done) {
      if (chunk.length === 0) return out.write(chunk, encoding, done);
      const c = chunk.charCodeAt(0);
      if (lastIsDigit && c === 0x2e /* . */) chunk = ` ${chunk}`;
      const last = chunk.charCodeAt(chunk.length - 1);
      lastIsDigit = last >= 0x30 && last <= 0x39;
      out.write(chunk, encoding, done);
    },
    end(done) {
      out.end(done);
    },
  };
}

export async function serializeGraph(
  quads: Iterable<Quad> | AsyncIterable<Quad>,
  opts: WriteOptions,
): Promise<string> {
  const all: Quad[] = [];
  for await (const q of quads) all.push(q);
  const writer = graphWriter(opts.format, opts);
  for (const q of prepareQuads(all, opts.format)) writer.addQuad(q);
  return new Promise((resolve, reject) => writer.end((err, result) => (err ? reject(err) : resolve(result))));
}

/**
 * Writes `file.tmp-PID`, syncs it, then renames it over `file`. On any failure the temporary
 * file is removed and the previous `file`, if any, is left untouched.
 */
export async function writeGraph(
  quads: Iterable<Quad> | AsyncIterable<Quad>,
  file: string,
  opts: WriteOptions,
): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    const text = await serializeGraph(quads, opts);
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(text, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
