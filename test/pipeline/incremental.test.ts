import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/pipeline/build.js';
import { ROOT } from '../helpers.js';

describe('incremental and parallel builds', () => {
  let dir: string;
  let corpus: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-inc-'));
    corpus = join(dir, 'corpus');
    cpSync(join(ROOT, 'corpus'), corpus, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('re-extracts only the changed article, and the result equals a clean build', async () => {
    const out = join(dir, 'out');
    const first = await buildCorpus([corpus], { outDir: out, workers: 1 });
    expect(first.cached).toBe(0);
    const file = join(corpus, '007-oms-pandemie-covid.txt');
    writeFileSync(file, readFileSync(file, 'utf8') + '\nLe ministre italien de la Santé a appelé les Européens à coordonner leurs mesures.\n');
    const second = await buildCorpus([corpus], { outDir: out, workers: 1 });
    expect(second.articles).toBe(first.articles);
    expect(second.cached).toBe(first.articles - 1);
    const clean = await buildCorpus([corpus], { outDir: join(dir, 'clean'), workers: 1, cache: false });
    expect(clean.cached).toBe(0);
    expect(readFileSync(second.output, 'utf8')).toBe(readFileSync(clean.output, 'utf8'));
    expect(readFileSync(second.output, 'utf8')).toContain('coordonner leurs mesures');
  }, 120_000);

  it('extracts afresh an article whose cache entry does not parse, and the graph is unchanged', async () => {
    const out = join(dir, 'torn');
    const first = await buildCorpus([corpus], { outDir: out, workers: 1 });
    const entries = readdirSync(join(out, '.cache'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    expect(entries.length).toBe(first.articles);
    writeFileSync(join(out, '.cache', entries[0]), '{"article": {"id": "torn');
    const second = await buildCorpus([corpus], { outDir: out, workers: 1 });
    expect(second.articles).toBe(first.articles);
    expect(second.cached).toBe(first.articles - 1);
    expect(second.skipped).toEqual([]);
    expect(readFileSync(second.output, 'utf8')).toBe(readFileSync(first.output, 'utf8'));
  }, 120_000);

  it('writes byte-identical Turtle whatever the number of workers', async () => {
    const one = await buildCorpus([corpus], { outDir: join(dir, 'w1'), workers: 1, cache: false });
    const two = await buildCorpus([corpus], { outDir: join(dir, 'w2'), workers: 2, cache: false });
    const three = await buildCorpus([corpus], { outDir: join(dir, 'w3'), workers: 3, cache: false });
    const ttl = readFileSync(one.output, 'utf8');
    expect(readFileSync(two.output, 'utf8')).toBe(ttl);
    expect(readFileSync(three.output, 'utf8')).toBe(ttl);
  }, 120_000);
});
