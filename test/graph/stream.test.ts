import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  articleQuads, buildGraph, entitiesToQuads, entityTypes, eventBlocks, eventLookup, singletonEvents, type WrittenMentions, type ArticleDates,
} from '../../src/graph/to-quads.js';
import { openGraphFile, serializeBlock, serializeBlocks } from '../../src/graph/stream.js';
import { prepareQuads, type GraphFormat } from '../../src/graph/writer.js';
import { DEFAULT_BASE } from '../../src/graph/iri.js';
import { corpus } from './fixture.js';
import { haveTool } from '../helpers.js';
import { rapperCount } from './tools.js';

const dir = mkdtempSync(join(tmpdir(), 'newskg-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const nq = (q: Quad) => `${q.subject.value} ${q.predicate.value} ${JSON.stringify(q.object)} ${q.graph.value}`;

/** The corpus as the build writes it: article blocks, then event blocks in runs of `run`, then entities. */
async function streamed(format: GraphFormat, run: number): Promise<string> {
  // In id order, as a build writes them (the first label seen names an entity).
  const xs = corpus().sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
  const events = singletonEvents(xs);
  const lookup = eventLookup(events, DEFAULT_BASE);
  const file = join(dir, `g-${run}.${format}`);
  const out = await openGraphFile(file, { format, base: DEFAULT_BASE });
  const written: WrittenMentions = new Map();
  const dates: ArticleDates = new Map();
  for (const x of xs) {
    const { quads, mentions, date } = articleQuads(x, DEFAULT_BASE, lookup.get(x.article.id) ?? new Map(), undefined);
    await out.writeText(serializeBlock(quads, format, DEFAULT_BASE).text);
    for (const [k, v] of mentions) written.set(k, v);
    if (date !== null) dates.set(x.article.id, date);
  }
  const blocks = [...eventBlocks(events, written, entityTypes(xs), DEFAULT_BASE, dates)];
  expect(blocks.length).toBeGreaterThan(2);
  for (let i = 0; i < blocks.length; i += run) await out.writeText(serializeBlocks(blocks.slice(i, i + run), format, DEFAULT_BASE).text);
  await out.writeQuads(entitiesToQuads(xs.flatMap((x) => x.entities), {}, xs));
  await out.commit();
  return file;
}

describe.each([
  { format: 'turtle' as const, n3: 'text/turtle', rapper: 'turtle' as const },
  { format: 'trig' as const, n3: 'application/trig', rapper: 'trig' as const },
])('event blocks serialized in runs ($format)', ({ format, n3, rapper }) => {
  it('hold the same statements as the in-memory graph, whatever the run length', async () => {
    const expected = new Set(prepareQuads(buildGraph(corpus()), format).map(nq));
    for (const run of [1, 2, 1000]) {
      const parsed = new Parser({ format: n3 }).parse(readFileSync(await streamed(format, run), 'utf8'));
      expect(parsed.length).toBe(expected.size);
      expect(new Set(parsed.map(nq))).toEqual(expected);
    }
  });

  it.runIf(haveTool('rapper'))('is valid for rapper with runs of one event', async () => {
    const file = await streamed(format, 1);
    const r = rapperCount(file, rapper);
    expect(r.problems).toBe('');
    expect(r.ok).toBe(true);
  });
});

describe('event blocks serialized in runs, Turtle bytes', () => {
  // TriG repeats the events graph's braces once per run: only Turtle is byte-identical.
  it('is byte-identical for runs of any length', async () => {
    const one = readFileSync(await streamed('turtle', 1), 'utf8');
    expect(readFileSync(await streamed('turtle', 3), 'utf8')).toBe(one);
  });
});
