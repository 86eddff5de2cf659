// Very large inputs in the middle of a good corpus: a 50 MB article and a 5 MB line with no
// sentence end. The build finishes (the article is built, or skipped in one clear line when it
// is over the size limit, --max-chars, or its time budget, --max-seconds), the good articles are
// built, and memory stays bounded.
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD, GOOD_IDS, STACK, cleanup, events, goodCorpus, linesNaming, newskg, tempDir } from './corpus.js';

const MB = 1024 * 1024;
const PROBE = join(import.meta.dirname, 'rss-probe.mjs');
// Short budget so the test stays reasonable; the default (60 s) behaves the same, only later.
const MAX_SECONDS = '20';

afterAll(cleanup);

/** Builds `corpus` measuring time and the child's peak RSS (kB, worker threads included). */
async function measuredBuild(dir: string, corpus: string, extra: string[] = []) {
  const rssFile = join(dir, 'rss');
  const out = join(dir, 'out');
  const run = await newskg(['build', corpus, '-o', out, '--max-seconds', MAX_SECONDS, '--no-cache', ...extra], {
    nodeArgs: ['--import', PROBE],
    env: { NEWSKG_RSS_FILE: rssFile },
  });
  const rssKb = Number(readFileSync(rssFile, 'utf8'));
  return { run, rssKb, graph: join(out, 'graph.ttl') };
}

async function checkBuiltOrSkipped(name: string, r: Awaited<ReturnType<typeof measuredBuild>>): Promise<void> {
  const { run } = r;
  expect(run.err).not.toMatch(STACK);
  const evs = await events(r.graph);
  const sources = new Set(evs.map((e) => e.source));
  for (const id of GOOD_IDS) {
    expect(sources).toContain(id);
    expect(evs.filter((e) => e.source === id).map((e) => e.evidence).join(' ')).toMatch(GOOD[id].expect);
  }
  const lines = linesNaming(run.err, name);
  if (run.code === 0) {
    // Built: it is in the graph.
    expect(lines).toHaveLength(0);
    expect(readFileSync(r.graph, 'utf8')).toContain(`"${name}"`);
  } else {
    // Skipped: one clear line saying why.
    expect(run.code, run.err).toBe(1);
    expect(lines, run.err).toHaveLength(1);
    expect(lines[0]).toMatch(/^newskg: skipped \S+: (too long: |too slow: |file too large: )/);
  }
}

describe('very large inputs', () => {
  it('a 50 MB article: built or skipped in one line, with peak RSS under 2 GB', async () => {
    const dir = tempDir();
    const corpus = goodCorpus(dir);
    const fd = openSync(join(corpus, 'b-huge.txt'), 'w');
    writeSync(fd, 'Le dossier sans fin\n\n');
    const para = Buffer.from("Le ministre a rencontré son homologue à Genève pour évoquer la sécurité européenne, selon l'AFP.\n\n".repeat(1000));
    for (let n = 0; n < 50 * MB; n += para.length) writeSync(fd, para);
    closeSync(fd);
    const r = await measuredBuild(dir, corpus);
    console.info(`50 MB article: exit ${r.run.code} in ${(r.run.ms / 1000).toFixed(1)} s, peak RSS ${(r.rssKb / 1024).toFixed(0)} MB; ${r.run.err.trim()}`);
    await checkBuiltOrSkipped('b-huge.txt', r);
    expect(r.rssKb).toBeLessThan(2 * 1024 * 1024);
  }, 600_000);

  it('a 5 MB line with no sentence end: the build finishes', async () => {
    const dir = tempDir();
    const corpus = goodCorpus(dir);
    const fd = openSync(join(corpus, 'b-line.txt'), 'w');
    const words = Buffer.from('le ministre parle encore et encore de la sécurité avec Sergueï Lavrov '.repeat(1000));
    for (let n = 0; n < 5 * MB; n += words.length) writeSync(fd, words);
    closeSync(fd);
    // Under the size limit here, so that the time budget is what bounds it (if it is not built).
    const r = await measuredBuild(dir, corpus, ['--max-chars', '8000000']);
    console.info(`5 MB line: exit ${r.run.code} in ${(r.run.ms / 1000).toFixed(1)} s, peak RSS ${(r.rssKb / 1024).toFixed(0)} MB; ${r.run.err.trim()}`);
    await checkBuiltOrSkipped('b-line.txt', r);
    expect(r.rssKb).toBeLessThan(2 * 1024 * 1024);
  }, 600_000);
});
