import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphLoadError, loadGraph } from '../../src/query/load-graph.js';
import { loadFixture, type Loaded } from './setup.js';

let g: Loaded;
beforeAll(async () => {
  g = await loadFixture();
});
afterAll(() => g.cleanup());

async function failure(file: string): Promise<GraphLoadError> {
  const err = await loadGraph(file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GraphLoadError);
  const e = err as GraphLoadError;
  expect(e.message).not.toContain('\n');
  expect(e.message).toContain(file);
  return e;
}

describe('loadGraph', () => {
  it('loads Turtle and TriG written by the writer', () => {
    expect(g.turtle.size).toBeGreaterThan(0);
    // TriG keeps one copy per graph; every triple here lives in exactly one graph.
    expect(g.trig.size).toBe(g.turtle.size);
  });

  it('names the file when it is missing', async () => {
    const e = await failure(join(g.dir, 'nope.ttl'));
    expect(e.problem).toBe('missing');
  });

  it('names the file and the syntax when it is corrupt', async () => {
    const file = join(g.dir, 'broken.ttl');
    writeFileSync(file, '@prefix ex: <http://ex.org/> .\nex:a ex:b "unterminated .\nex:c ex:d ex:e .\n');
    const e = await failure(file);
    expect(e.problem).toBe('corrupt');
    expect(e.message).toMatch(/invalid Turtle/);
  });

  it('rejects bytes that are not UTF-8 instead of loading mojibake', async () => {
    const file = join(g.dir, 'latin1.nt');
    writeFileSync(file, Buffer.from('<http://ex.org/a> <http://ex.org/b> "caf\xe9" .\n', 'latin1'));
    const e = await failure(file);
    expect(e.message).toMatch(/UTF-8/);
  });

  it('refuses an unknown extension unless told the format', async () => {
    const file = join(g.dir, 'graph.data');
    writeFileSync(file, '<http://ex.org/a> <http://ex.org/b> <http://ex.org/c> .\n');
    expect((await failure(file)).problem).toBe('unsupported');
    expect((await loadGraph(file, { format: 'nt' })).size).toBe(1);
  });
});
