// Very large inputs in the middle of a good corpus: a 50 MB article, a 5 MB line with no
// sentence end, one-line dumps with --max-chars 0. The build finishes (the article is built, or
// skipped in one clear line when it is over the size limit, --max-chars, its time budget,
// --max-seconds, or what one article's graph may hold), the good articles are built, no thread
// crashes the process, and memory stays bounded.
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
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
    expect(lines[0]).toMatch(/^newskg: skipped \S+: (too long: |too slow: |too large: |file too large: )/);
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

  // Clauses of our own, joined by commas into one line with no sentence end. The names are ones
  // the gazetteer does not know, so the part-of-speech tagger is asked about their sentence.
  const CLAUSES = [
    'la délégation conduite par Alvin Mercier est arrivée à Lyon avec Alfonso Brunet',
    'les dossiers de Aiden Collard et de Alden Marchal attendent toujours une réponse',
    'la maire Odile Ferrand a reproché au préfet son silence sur la fermeture de la scierie',
    'le syndicat a exigé de la direction un plan de reprise avant la fin du mois',
  ];
  const oneLine = (chars: number): Buffer => {
    let text = '';
    for (let i = 0; text.length < chars; i++) text += `${CLAUSES[i % CLAUSES.length]}, `;
    return Buffer.from(`${text}\n`);
  };

  // Wrong: the whole line was one sentence, and tagging it cost more than linearly (150 000
  // characters did not finish in minutes; 3 MB ran past 13 minutes on one thread).
  it('a one-line dump with --max-chars 0 on one thread: built or skipped in one line, never a crash', async () => {
    const dir = tempDir();
    const corpus = goodCorpus(dir);
    writeFileSync(join(corpus, 'b-dump.txt'), oneLine(150_000));
    const r = await measuredBuild(dir, corpus, ['--max-chars', '0', '-j', '1', '--max-seconds', '60']);
    console.info(`one-line dump: exit ${r.run.code} in ${(r.run.ms / 1000).toFixed(1)} s, peak RSS ${(r.rssKb / 1024).toFixed(0)} MB; ${r.run.err.trim()}`);
    expect(r.run.signal).toBeNull();
    await checkBuiltOrSkipped('b-dump.txt', r);
    expect(r.rssKb).toBeLessThan(2 * 1024 * 1024);
  }, 300_000);

  // Wrong: with --max-chars 0 nothing bounded an article's yield: on one thread it was built with
  // a gigabyte on the main thread; on several, the thread writing its graph ran out of heap, which
  // Node may turn into a crash of the whole process (exit 134).
  it('an article yielding more than one graph block may hold, with --max-chars 0: skipped in one line naming it', async () => {
    const dir = tempDir();
    const corpus = goodCorpus(dir);
    const sentences = ['Paul Martin salue Marie Durand.', 'Le maire Jacques Morel remercie Anne Petit.', 'Sophie Girard rencontre Luc Bernard à Lille.'];
    let text = 'Une longue liste\n\n';
    for (let i = 0; text.length < 350_000; i++) text += `${sentences[i % sentences.length]} `;
    writeFileSync(join(corpus, 'b-list.txt'), `${text}\n`);
    for (const threads of ['1', '2']) {
      const sub = join(dir, `j${threads}`);
      mkdirSync(sub);
      const r = await measuredBuild(sub, corpus, ['--max-chars', '0', '-j', threads]);
      console.info(`long list, ${threads} thread(s): exit ${r.run.code} in ${(r.run.ms / 1000).toFixed(1)} s; ${r.run.err.trim()}`);
      expect(r.run.signal).toBeNull();
      expect(r.run.code, r.run.err).toBe(1);
      const lines = linesNaming(r.run.err, 'b-list.txt');
      expect(lines, r.run.err).toHaveLength(1);
      expect(lines[0]).toMatch(/^newskg: skipped \S+b-list\.txt: too large: \d+ sentences, mentions and events in its (first \d+ of )?\d+ characters, over the 25000 one article may have \(split it into articles\)$/);
      expect(r.run.err).not.toMatch(STACK);
    }
  }, 300_000);
});
