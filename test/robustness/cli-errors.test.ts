// Every way a query can go wrong gives one clear line on stderr and exit 2, with no stack trace
// unless --debug: invalid SPARQL, unknown named query, unknown entity, missing or corrupt graph.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers.js';
import { STACK, cleanup, goodCorpus, newskg, pool, tempDir, type Run } from './corpus.js';

let graph: string;
let dir: string;
// Other commands (sparql) may or may not be there yet: asked once, at collection time.
const commands = spawnSync(process.execPath, [CLI, '--help'], { encoding: 'utf8' }).stdout ?? '';

beforeAll(async () => {
  dir = tempDir();
  const out = join(dir, 'out');
  const r = await newskg(['build', goodCorpus(dir), '-o', out, '--workers', '1']);
  if (r.code !== 0) throw new Error(`build failed: ${r.err}`);
  graph = join(out, 'graph.ttl');
}, 120_000);

afterAll(cleanup);

const has = (command: string) => new RegExp(`^\\s+${command}\\b`, 'm').test(commands);

/** One line, `newskg: …`, exit 2, no stack trace. */
function oneLine(r: Run, mentions?: string | RegExp): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).not.toMatch(STACK);
  const lines = r.err.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toMatch(/^newskg: /);
  if (typeof mentions === 'string') expect(lines[0]).toContain(mentions);
  else if (mentions) expect(lines[0]).toMatch(mentions);
}

function files() {
  const corrupt = join(dir, 'corrupt.ttl');
  writeFileSync(corrupt, '@prefix nkg: <https://w3id.org/newskg/ontology#> .\n<https://x/a> nkg:p "unterminated .\n');
  const binary = join(dir, 'binary.ttl');
  writeFileSync(binary, Buffer.from('89504e470d0a1a0a0000000d4948445200', 'hex'));
  const truncated = join(dir, 'truncated.nt');
  writeFileSync(truncated, '<https://x/a> <https://x/p> <https://x/');
  const folder = join(dir, 'folder.ttl');
  mkdirSync(folder, { recursive: true });
  return { corrupt, binary, truncated, folder, missing: join(dir, 'nope', 'graph.ttl'), unknownExt: join(dir, 'graph.json') };
}

describe('query errors: one line, exit 2, no stack trace', () => {
  it('an unknown named query', async () => {
    oneLine(await newskg(['query', 'nonsense', '--graph', graph]), 'nonsense');
  });

  it('an unknown entity', async () => {
    oneLine(await newskg(['query', 'about', 'Zorglub Inconnu', '--graph', graph]), 'Zorglub Inconnu');
  });

  it('"about" without an entity', async () => {
    oneLine(await newskg(['query', 'about', '--graph', graph]));
  });

  it('a --limit or --offset that is not a whole number', async () => {
    oneLine(await newskg(['query', 'timeline', '--graph', graph, '--limit', '-3']), '-3');
    oneLine(await newskg(['query', 'statements', '--graph', graph, '--offset', 'ten']), 'ten');
    oneLine(await newskg(['query', 'statements', '--graph', graph, '--limit', '2.5']), '2.5');
  });

  it('an unknown output format', async () => {
    oneLine(await newskg(['query', 'accusations', '--graph', graph, '--format', 'xml']), 'xml');
    oneLine(await newskg(['events', '--graph', graph, '--format', 'xml']), 'xml');
  });

  it('a missing, corrupt, binary, truncated, non-file or unknown-format graph, for every reading command', async () => {
    const f = files();
    const reading: string[][] = [['query', 'accusations'], ['entities'], ['events'], ['validate']];
    const cases: Array<[string[], string]> = [
      ...reading.flatMap((cmd) => [f.missing, f.corrupt, f.binary, f.folder].map((g): [string[], string] => [[...cmd, '--graph', g], g])),
      [['entities', '--graph', f.truncated], f.truncated],
      [['entities', '--graph', f.unknownExt], f.unknownExt],
    ];
    // Each run starts a CLI: a few at a time.
    const runs = await pool(cases.map(([args]) => () => newskg(args)), 3);
    runs.forEach((r, i) => oneLine(r, cases[i][1]));
  }, 300_000);

  it('--debug adds the stack trace', async () => {
    const r = await newskg(['--debug', 'query', 'accusations', '--graph', files().corrupt]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(/^newskg: cannot load graph/);
    expect(r.err).toMatch(STACK);
  });

  it('an unknown command or option', async () => {
    oneLine(await newskg(['frobnicate']), 'frobnicate');
    oneLine(await newskg(['query', 'accusations', '--frob']), '--frob');
  });

  it('bad build options', async () => {
    oneLine(await newskg(['build', '--max-seconds', 'soon', '-o', join(dir, 'o2')]), '--max-seconds');
    oneLine(await newskg(['build', '--format', 'rdfxml', '-o', join(dir, 'o2')]), 'rdfxml');
  });

  it('a build that cannot write its output folder', async () => {
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file, not a folder');
    oneLine(await newskg(['build', goodCorpus(dir), '-o', join(blocker, 'out'), '--workers', '1']), /cannot create output folder .*blocker\/out: .*blocker is a file, not a folder/);
  });

  it('a build with nothing to build', async () => {
    const empty = join(dir, 'empty-corpus');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'blank.txt'), '   \n');
    const r = await newskg(['build', empty, '-o', join(dir, 'o3'), '--workers', '1']);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(STACK);
    // The skipped file in one line, then why nothing was written.
    expect(r.err.trim().split('\n')).toEqual([expect.stringMatching(/^newskg: skipped .*blank\.txt: empty/), expect.stringMatching(/^newskg: nothing could be built/)]);
  });

  describe.runIf(has('sparql'))('sparql', () => {
    it('invalid SPARQL', async () => {
      oneLine(await newskg(['sparql', 'SELEC ?x WHERE { ?x ?p ?o }', '--graph', graph]), /SPARQL/i);
      oneLine(await newskg(['sparql', 'SELECT ?x WHERE { ?x ?p ', '--graph', graph]), /SPARQL/i);
    });
    it('a missing or corrupt graph', async () => {
      const f = files();
      oneLine(await newskg(['sparql', 'SELECT * WHERE { ?s ?p ?o } LIMIT 1', '--graph', f.missing]), f.missing);
      oneLine(await newskg(['sparql', 'SELECT * WHERE { ?s ?p ?o } LIMIT 1', '--graph', f.corrupt]), f.corrupt);
    });
    it('a missing query file', async () => {
      oneLine(await newskg(['sparql', '--file', join(dir, 'nope.rq'), '--graph', graph]), 'nope.rq');
    });
  });
});
