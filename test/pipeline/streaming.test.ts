// The build writes its graph as a stream of blocks from extractions kept on disk; the library's
// in-memory path (extract → resolve → buildGraph) must describe exactly the same graph.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import type { Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build.js';
import { ingest } from '../../src/ingest/index.js';
import { extractArticle } from '../../src/extract/index.js';
import { resolve } from '../../src/resolve/index.js';
import { buildGraph } from '../../src/graph/index.js';
import type { ArticleExtraction } from '../../src/types.js';
import { ROOT } from '../helpers.js';

const key = (q: Quad, graphs: boolean) =>
  `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${q.object.termType === 'Literal' ? `${q.object.language}^${q.object.datatype.value}` : ''}${graphs ? ` ${q.graph.value}` : ''}`;

describe('streamed build output', () => {
  let dir: string;
  let inMemory: Quad[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-stream-'));
    const xs: ArticleExtraction[] = [];
    for await (const item of ingest([join(ROOT, 'corpus')])) if (item.kind === 'article') xs.push(extractArticle(item.article));
    const r = resolve(xs);
    inMemory = buildGraph(r.extractions, { events: r.events });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the same triples as the in-memory graph, counted as the summary says', async () => {
    const s = await buildCorpus([join(ROOT, 'corpus')], { outDir: join(dir, 'ttl'), cache: false, workers: 1 });
    const written = new Parser().parse(readFileSync(s.output, 'utf8'));
    const expected = new Set(inMemory.map((q) => key(q, false)));
    expect(new Set(written.map((q) => key(q, false)))).toEqual(expected);
    expect(written.length).toBe(expected.size);
    expect(s.triples).toBe(expected.size);
  });

  it('keeps every quad in its graph in TriG', async () => {
    const s = await buildCorpus([join(ROOT, 'corpus')], { outDir: join(dir, 'trig'), cache: false, format: 'trig', workers: 1 });
    const written = new Parser({ format: 'TriG' }).parse(readFileSync(s.output, 'utf8'));
    expect(new Set(written.map((q) => key(q, true)))).toEqual(new Set(inMemory.map((q) => key(q, true))));
  });

  it('leaves no spill folder behind, and removes one left by a killed build', async () => {
    const out = join(dir, 'spill');
    // A process id that cannot be alive (above the kernel's pid limit).
    mkdirSync(join(out, '.spill.tmp-99999999'), { recursive: true });
    await buildCorpus([join(ROOT, 'corpus')], { outDir: out, cache: false, workers: 1 });
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(existsSync(join(out, '.cache'))).toBe(false);
  });
});
