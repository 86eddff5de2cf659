// One article built on its own, in this process, and read back through the public JSON contract:
// what the outside scorer gets from `newskg build FILE -o TMP` then `newskg entities|events
// --format json`, without three process starts and a lexicon load per article.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../pipeline/build.js';
import { DEFAULT_MAX_CHARS, DEFAULT_MAX_SECONDS } from '../pipeline/bounded.js';
import { listEntities, listEvents, loadGraph } from '../query/index.js';
import type { SystemOutput } from './outside-score.js';

/** Thrown when the build gives no graph; its message holds the lines `newskg build` would print to stderr. */
export class BuildOneError extends Error {
  override name = 'BuildOneError';
}

/**
 * `newskg build FILE -o TMP` with its defaults, then the entities and events listings of the graph.
 * The very build function the command calls (same ingest, ids, resolve step and graph file), on
 * the calling thread: the extractor's lexicons, loaded once, serve every article, and the output
 * does not depend on the thread count.
 */
export async function buildOne(file: string): Promise<SystemOutput> {
  const out = await mkdtemp(join(tmpdir(), 'nkg-eval-'));
  try {
    const problems: string[] = [];
    const graph = join(out, 'graph.ttl');
    try {
      const summary = await buildCorpus([file], {
        outDir: out,
        workers: 1,
        isolate: false,
        // A fresh folder has an empty cache: not writing one changes nothing but the disk traffic.
        cache: false,
        maxSeconds: DEFAULT_MAX_SECONDS,
        maxChars: DEFAULT_MAX_CHARS,
        // Forced collections cost more than a one-article build; V8's own keep the heap small.
        collectGarbage: false,
        onProblem: (p) => problems.push(`newskg: skipped ${p.origin}: ${p.message}`),
      });
      if (summary.articles === 0) problems.push(`newskg: nothing could be built from ${file}`);
    } catch (err) {
      problems.push(`newskg: ${(err as Error).message}`);
    }
    // The command fails without a graph; a graph it did write (some input skipped) is read as the scorer does.
    if (!existsSync(graph)) throw new BuildOneError(problems.join('\n') || `newskg: no graph built from ${file}`);
    const store = await loadGraph(graph);
    return { entities: listEntities(store), events: listEvents(store) };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
