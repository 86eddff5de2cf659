// Builds the shared seed articles once per test file, for tests on real extractor output.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from 'oxigraph';
import { afterAll, beforeAll } from 'vitest';
import { projectActors, type ActorGraph } from '../../src/analytics/index.js';
import { buildCorpus } from '../../src/pipeline/build.js';
import { loadGraph } from '../../src/query/load-graph.js';
import { resolveEntity } from '../../src/query/resolve-entity.js';
import { SEED } from '../helpers.js';

export interface SeedBuild {
  dir: string;
  file: string;
  store: Store;
  cleanup: () => void;
}

export async function buildSeed(): Promise<SeedBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'newskg-seed-'));
  const summary = await buildCorpus([SEED], { outDir: dir });
  return { dir, file: summary.output, store: await loadGraph(summary.output), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** IRI of the best match for a name, or a failure naming what was looked for. */
export function iriOf(store: Store, name: string): string {
  const m = resolveEntity(store, name)[0];
  if (!m) throw new Error(`no entity matches ${name} in the seed build`);
  return m.iri;
}

/**
 * Builds the seed once for the calling describe block, hands it and its actor graph to `use`
 * before the block's tests run, and removes it after them.
 */
export function withSeedActors(use: (seed: SeedBuild, g: ActorGraph) => void): void {
  let seed: SeedBuild | undefined;
  beforeAll(async () => {
    seed = await buildSeed();
    use(seed, projectActors(seed.store));
  });
  afterAll(() => seed?.cleanup());
}
