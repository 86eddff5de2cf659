import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser, type Quad } from 'n3';
import { Store } from 'oxigraph';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/to-quads.js';
import { prepareQuads, serializeGraph, writeGraph, type GraphFormat } from '../../src/graph/writer.js';
import { NS } from '../../src/graph/vocab.js';
import { serializeBlocks } from '../../src/graph/stream.js';
import { HOSTILE, corpus, hostileArticle, kyivArticle, moscowArticle } from './fixture.js';
import { haveTool } from '../helpers.js';
import { rapperCount } from './tools.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FORMATS: Array<{ format: GraphFormat; ext: string; n3: string; rapper: 'turtle' | 'ntriples' | 'trig'; media: string }> = [
  { format: 'turtle', ext: 'ttl', n3: 'text/turtle', rapper: 'turtle', media: 'text/turtle' },
  { format: 'nt', ext: 'nt', n3: 'application/n-triples', rapper: 'ntriples', media: 'application/n-triples' },
  { format: 'trig', ext: 'trig', n3: 'application/trig', rapper: 'trig', media: 'application/trig' },
];

const graph = () => buildGraph([...corpus(), hostileArticle()]);
const nq = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${JSON.stringify(q.object)} ${q.graph.value}`;
const wellFormedHostile = HOSTILE.replace('\ud800', '\ufffd');

describe.each(FORMATS)('$format output', ({ format, ext, n3, rapper, media }) => {
  const file = join(dir, `graph.${ext}`);

  it('parses back with n3 to the same statements', async () => {
    const quads = graph();
    await writeGraph(quads, file, { format });
    const text = readFileSync(file, 'utf8');
    const parsed = new Parser({ format: n3 }).parse(text);
    const expected = prepareQuads(quads, format);
    expect(parsed.length).toBe(expected.length);
    expect(new Set(parsed.map(nq))).toEqual(new Set(expected.map(nq)));
    if (format !== 'trig') expect(parsed.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
    // One graph per article, plus graph:entities and graph:events.
    else expect(new Set(parsed.map((q) => q.graph.value)).size).toBe(5);
  });

  it('is accepted by rapper with the same count', (ctx) => {
    if (!haveTool('rapper')) ctx.skip('rapper (apt-get install -y raptor2-utils) is not installed');
    const result = rapperCount(file, rapper);
    expect(result.problems).toBe('');
    expect(result.ok).toBe(true);
    expect(result.triples).toBe(prepareQuads(graph(), format).length);
  });

  it('is byte-identical whatever the article order', async () => {
    const a = join(dir, `a.${ext}`);
    const b = join(dir, `b.${ext}`);
    await writeGraph(buildGraph([moscowArticle(), kyivArticle(), hostileArticle()]), a, { format });
    await writeGraph(buildGraph([hostileArticle(), kyivArticle(), moscowArticle()]), b, { format });
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });

  it('does not depend on the order of the quads it is given', async () => {
    const quads = graph();
    const shuffled = quads.map((q, i) => ({ q, k: (i * 7919) % quads.length })).sort((x, y) => x.k - y.k).map((x) => x.q);
    const doubled = [...quads].reverse().concat(quads.slice(0, 5));
    const first = await serializeGraph(quads, { format });
    expect(await serializeGraph(shuffled, { format })).toBe(first);
    expect(await serializeGraph(doubled, { format })).toBe(first);
  });

  it('round-trips hostile literals through n3 and oxigraph as valid UTF-8', async () => {
    const bytes = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const titles = new Parser({ format: n3 })
      .parse(text)
      .filter((q) => q.predicate.value === `${NS.dcterms}title`)
      .map((q) => q.object.value);
    expect(titles).toContain(wellFormedHostile);
    const store = new Store();
    store.load(text, { format: media });
    const rows = store.query(`SELECT ?q WHERE { ?e <${NS.nkg}quote> ?q }`, { use_default_graph_as_union: true }) as Array<
      Map<string, { value: string }>
    >;
    const quotes = rows.map((r) => r.get('q')!.value);
    expect(quotes).toContain(wellFormedHostile);
  });
});

describe('writeGraph atomicity', () => {
  const tmpFiles = () => readdirSync(dir).filter((f) => f.includes('.tmp-'));

  it('replaces the file in one step and leaves no temporary file', async () => {
    const file = join(dir, 'atomic.ttl');
    writeFileSync(file, 'old content');
    await writeGraph(buildGraph([kyivArticle()]), file, { format: 'turtle' });
    expect(readFileSync(file, 'utf8')).toContain('001_kyiv.txt');
    expect(tmpFiles()).toEqual([]);
  });

  it('keeps the previous graph intact when writing fails midway', async () => {
    const file = join(dir, 'keep.ttl');
    await writeGraph(buildGraph([kyivArticle()]), file, { format: 'turtle' });
    const before = readFileSync(file);
    async function* failing(): AsyncGenerator<Quad> {
      yield* buildGraph([moscowArticle()]);
      throw new Error('extraction crashed');
    }
    await expect(writeGraph(failing(), file, { format: 'turtle' })).rejects.toThrow('extraction crashed');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(tmpFiles()).toEqual([]);
  });

  it('fails cleanly when the target directory does not exist', async () => {
    const file = join(dir, 'missing-dir', 'g.ttl');
    await expect(writeGraph(buildGraph([kyivArticle()]), file, { format: 'turtle' })).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).not.toContain('missing-dir');
  });
});

describe('serializeGraph', () => {
  it('abbreviates with the model prefixes and keeps caller prefixes', async () => {
    const text = await serializeGraph(buildGraph([kyivArticle()]), { format: 'turtle', prefixes: { ex: 'http://example.org/' } });
    expect(text).toMatch(/^@prefix nkg: <https:\/\/w3id\.org\/newskg\/ontology#>\.$/m);
    expect(text).toMatch(/^@prefix ex: <http:\/\/example\.org\/>\.$/m);
    expect(text).toContain('person:serguei-lavrov a nkg:Person');
  });
});

describe('statements ending in a number', () => {
  const { namedNode, literal, quad, defaultGraph } = DataFactory;
  const int = (n: number) => literal(String(n), namedNode(`${NS.xsd}integer`));
  const quads = [
    quad(namedNode('urn:x:a'), namedNode('urn:x:count'), int(20), defaultGraph()),
    quad(namedNode('urn:x:b'), namedNode('urn:x:label'), literal('b'), defaultGraph()),
    quad(namedNode('urn:x:b'), namedNode('urn:x:rank'), int(7), defaultGraph()),
  ];

  // Virtuoso 7 reads "20." as a decimal and rejects the whole Turtle upload.
  it.each(['turtle', 'trig'] as const)('%s: a space before the final dot, whole or streamed in blocks', (format) => {
    const whole = serializeBlocks([quads], format).text;
    const split = serializeBlocks([quads.slice(0, 1), quads.slice(1)], format).text;
    for (const text of [whole, split]) {
      expect(text).not.toMatch(/\d\.\n/);
      expect(text).toMatch(/ 20 \.\n/);
      expect(text).toMatch(/ 7 \.\n/);
      expect(new Parser({ format: format === 'trig' ? 'application/trig' : 'text/turtle' }).parse(text)).toHaveLength(3);
    }
  });
});
