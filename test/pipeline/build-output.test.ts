import { mkdtempSync, readFileSync, rmSync, readdirSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build.js';
import { validateGraph } from '../../src/graph/index.js';
import { listEvents, loadGraph } from '../../src/query/index.js';
import { ingest } from '../../src/ingest/index.js';
import { ROOT } from '../helpers.js';

// The embedded corpus, built as a user would with `npm start`.
describe('building the embedded corpus', () => {
  let dir: string;
  let ttl: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-build-'));
    const s = await buildCorpus([join(ROOT, 'corpus')], { outDir: dir });
    expect(s.skipped).toEqual([]);
    ttl = readFileSync(s.output, 'utf8');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('conforms to ontology/shapes.ttl', async () => {
    const quads = new Parser().parse(ttl);
    const result = await validateGraph(quads);
    expect(result.violations.slice(0, 5)).toEqual([]);
    expect(result.conforms).toBe(true);
  });

  it('gives every event evidence that is the exact slice of its article at its span', async () => {
    const store = await loadGraph(join(dir, 'graph.ttl'));
    const events = listEvents(store);
    expect(events.length).toBeGreaterThan(50);
    const texts = new Map<string, string>();
    for await (const item of ingest([join(ROOT, 'corpus')])) if (item.kind === 'article') texts.set(item.article.id, item.article.text);
    for (const e of events) {
      expect(e.span[1]).toBeGreaterThan(e.span[0]);
      expect(texts.get(e.source)?.slice(e.span[0], e.span[1]), e.iri).toBe(e.evidence);
    }
  });

  it('finds accusations in stories other than the Blinken–Lavrov meetings', async () => {
    const store = await loadGraph(join(dir, 'graph.ttl'));
    const sources = new Set(listEvents(store).filter((e) => e.type === 'Accusation').map((e) => e.source));
    expect([...sources].filter((s) => !/stockholm|geneve/.test(s)).length).toBeGreaterThanOrEqual(3);
  });

  it('is byte-identical when built again from the files in another order', async () => {
    const shuffled = join(dir, 'shuffled');
    mkdirSync(shuffled);
    // Different directory layout and creation order; ids (file names) stay the same.
    for (const f of readdirSync(join(ROOT, 'corpus')).reverse()) copyFileSync(join(ROOT, 'corpus', f), join(shuffled, f));
    const again = await buildCorpus([shuffled], { outDir: join(dir, 'again') });
    expect(readFileSync(again.output, 'utf8')).toBe(ttl);
  });
});
