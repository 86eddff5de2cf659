// Writes the fixture corpus once per test file as Turtle and TriG, and loads both back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from 'oxigraph';
import { buildGraph } from '../../src/graph/to-quads.js';
import { writeGraph } from '../../src/graph/writer.js';
import { loadGraph } from '../../src/query/load-graph.js';
import { corpus } from '../graph/fixture.js';

export interface Loaded {
  dir: string;
  turtle: Store;
  trig: Store;
  cleanup: () => void;
}

export async function loadFixture(): Promise<Loaded> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-query-'));
  const quads = buildGraph(corpus());
  await writeGraph(quads, join(dir, 'graph.ttl'), { format: 'turtle' });
  await writeGraph(quads, join(dir, 'graph.trig'), { format: 'trig' });
  return {
    dir,
    turtle: await loadGraph(join(dir, 'graph.ttl')),
    trig: await loadGraph(join(dir, 'graph.trig')),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
