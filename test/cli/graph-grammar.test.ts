// One grammar for the graph a command reads: -g/--graph is a graph file or a build folder in every
// command (load included, whose store graph is --graph-iri); without it the last build made here
// is read, and stderr says which graph was read, so no one gets another build's answers unawares.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, run } from '../helpers.js';
import { STACK, cleanup, goodCorpus, tempDir } from '../robustness/corpus.js';

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** The CLI run in `cwd` (the tests' own folder, never the checkout), NEWSKG_GRAPH unset unless given. */
function newskg(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = { ...process.env };
  delete base.NEWSKG_GRAPH;
  return run(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env } });
}

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

let dir: string;
let work: string;
let corpus: string;
/** `entities --format json` of the build in out/seed, read with its explicit path. */
let seedEntities: string;

beforeAll(async () => {
  dir = tempDir('newskg-grammar-');
  corpus = goodCorpus(dir);
  work = join(dir, 'work');
  mkdirSync(join(work, 'out'), { recursive: true });
  // A first build in out/, then the one that matters in out/seed: the default must follow it.
  const first = await newskg(work, ['build', join(corpus, 'a-geneve.txt'), '-o', 'out', '--workers', '1']);
  if (first.code !== 0) throw new Error(`build failed: ${first.err}`);
  const second = await newskg(work, ['build', corpus, '-o', 'out/seed', '--workers', '1']);
  if (second.code !== 0) throw new Error(`build failed: ${second.err}`);
  const r = await newskg(work, ['entities', '--format', 'json', '--graph', 'out/seed/graph.ttl']);
  expect(r.err).toBe('');
  seedEntities = r.out;
}, 180_000);
afterAll(cleanup);

describe('without --graph: the last build, and a word saying so', () => {
  it('build records its graph in out/.last-build', () => {
    expect(readFileSync(join(work, 'out', '.last-build'), 'utf8')).toBe('out/seed/graph.ttl\n');
  });

  it('entities, events, query and why read the last build, naming it on stderr', async () => {
    const r = await newskg(work, ['entities', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(seedEntities);
    expect(lines(r.err)).toEqual([expect.stringMatching(/^newskg: reading out\/seed\/graph\.ttl \(the last build, recorded in out\/\.last-build; --graph FILE to read another\)$/)]);
    const events = await newskg(work, ['events', '--format', 'json']);
    expect(events.code).toBe(0);
    const sources = new Set((JSON.parse(events.out) as Array<{ source: string }>).map((e) => e.source));
    expect(sources.has('c-niger.txt')).toBe(true); // only in out/seed, not in out/
    expect(events.err).toMatch(/^newskg: reading out\/seed\/graph\.ttl /);
    const q = await newskg(work, ['query', 'accusations', '--format', 'json']);
    expect(q.code).toBe(0);
    expect(q.err).toMatch(/^newskg: reading out\/seed\/graph\.ttl /);
  });

  it('NEWSKG_GRAPH comes first, and is named too', async () => {
    const r = await newskg(work, ['entities', '--format', 'json'], { NEWSKG_GRAPH: 'out' });
    expect(r.code).toBe(0);
    expect(r.out).not.toBe(seedEntities);
    expect(lines(r.err)).toEqual([expect.stringMatching(/^newskg: reading out\/graph\.ttl \(from NEWSKG_GRAPH; /)]);
  });

  it('with no graph at all: one line saying how to get one, exit 2', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    for (const args of [['entities'], ['query', 'accusations'], ['validate']]) {
      const r = await newskg(empty, args);
      expect(r.code, r.err).toBe(2);
      expect(r.err).not.toMatch(STACK);
      expect(lines(r.err)).toEqual([expect.stringMatching(/^newskg: no graph to read: --graph not given and out\/graph\.ttl \(the default\) does not exist; build one .* or give --graph FILE$/)]);
    }
  });

  it('a build outside the current folder does not move the default of commands run here', async () => {
    const elsewhere = join(dir, 'elsewhere');
    const r = await newskg(work, ['build', join(corpus, 'e-berlin.txt'), '-o', elsewhere, '--workers', '1']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(work, 'out', '.last-build'), 'utf8')).toBe('out/seed/graph.ttl\n');
  });
});

describe('--graph: a file or a build folder, in every command', () => {
  it('a build folder means the graph in it', async () => {
    const r = await newskg(work, ['entities', '--format', 'json', '-g', 'out/seed']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toBe(seedEntities);
    for (const args of [['validate', '-g', 'out/seed'], ['graph', 'stats', '-g', 'out/seed'], ['sparql', 'ASK { ?s ?p ?o }', '-g', 'out/seed']]) {
      const x = await newskg(work, args);
      expect(x.code, `${args.join(' ')}: ${x.err}`).toBe(0);
      expect(x.err).toBe('');
    }
  });

  it('a folder without a graph: one line naming it', async () => {
    mkdirSync(join(work, 'no-graph'), { recursive: true });
    const r = await newskg(work, ['entities', '-g', 'no-graph']);
    expect(r.code).toBe(2);
    expect(lines(r.err)).toEqual([expect.stringMatching(/^newskg: no-graph is a folder without a graph \(graph\.ttl, graph\.nt, graph\.trig\)/)]);
  });

  it('load: --graph is the file too; an IRI there is pointed to --graph-iri; --file still works, with a warning', async () => {
    // Nothing listens on port 1: the command gets as far as the store, after reading the graph.
    const endpoint = 'http://127.0.0.1:1/store';
    const iri = await newskg(work, ['load', '--endpoint', endpoint, '--graph', 'urn:newskg:test']);
    expect(iri.code).toBe(2);
    expect(lines(iri.err)).toEqual(['newskg: --graph is the graph file to load (as in every command); name the store\'s graph with --graph-iri urn:newskg:test']);
    const folder = await newskg(work, ['load', '--endpoint', endpoint, '-g', 'out/seed', '--graph-iri', 'urn:newskg:test', '--timeout', '2000']);
    expect(folder.code).toBe(2);
    expect(lines(folder.err)).toHaveLength(1);
    expect(folder.err).toContain(endpoint); // read the graph, then failed at the store
    const old = await newskg(work, ['load', '--endpoint', endpoint, '--file', 'out/seed/graph.ttl', '--timeout', '2000']);
    expect(old.code).toBe(2);
    expect(lines(old.err)[0]).toMatch(/^newskg: warning: --file is deprecated .* --graph FILE, the store's graph --graph-iri IRI$/);
    expect(lines(old.err)[1]).toContain(endpoint);
    expect(existsSync(join(work, 'out', 'seed', 'graph.ttl'))).toBe(true);
  });
});

describe('one error format: commander\'s own errors too', () => {
  it('unknown command, unknown option, missing option or argument, bad --format: one newskg line, exit 2', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /^newskg: unknown command 'frobnicate'$/],
      [['quer'], /^newskg: unknown command 'quer' \(Did you mean query\?\)$/],
      [['query', 'accusations', '--frob'], /^newskg: unknown option '--frob'$/],
      [['graph', 'nope'], /^newskg: unknown command 'nope'$/],
      [['load'], /^newskg: required option '--endpoint <url>' not specified$/],
      [['why'], /^newskg: missing required argument 'event'$/],
      [['eval', '--gold', 'g', '--graph', 'out/seed', '-f', 'xml'], /^newskg: unknown --format "xml" \(table, json\)$/],
      [['entities', '-g', 'out/seed', '-f', 'xml'], /^newskg: unknown --format "xml" \(table, json, csv\)$/],
      [['query'], /^newskg: which query\? name one of the above/],
    ];
    for (const [args, line] of cases) {
      const r = await newskg(work, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(lines(r.err), args.join(' ')).toEqual([expect.stringMatching(line)]);
    }
  });
});
