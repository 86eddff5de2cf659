// Outputs that cannot be written: the line names the folder the user can act on (never a hidden
// temporary file, never "no such file or directory" for a folder that is only read-only), and a
// build that wrote nothing leaves no folder it created behind.
import { chmodSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TURTLE } from '../analytics/fixture.js';
import { AS_NOBODY, STACK, asNobodyUnavailable, cleanup, goodCorpus, isRoot, newskg, tempDir, type Run } from '../robustness/corpus.js';

const unavailable = asNobodyUnavailable();
if (unavailable) console.warn(`skipping the read-only folder cases: ${unavailable}`);

/** One `newskg: …` line naming `what`, exit 2, no stack trace. */
function oneLine(r: Run, what: RegExp): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).not.toMatch(STACK);
  const lines = r.err.split('\n').filter((l) => l.trim() !== '');
  expect(lines, r.err).toHaveLength(1);
  expect(lines[0]).toMatch(/^newskg: /);
  expect(lines[0]).toMatch(what);
  expect(lines[0]).not.toMatch(/\.tmp\b|no such file or directory/);
}

let dir: string;
let graph: string;
let file: string;

beforeAll(() => {
  dir = tempDir('newskg-write-');
  graph = join(dir, 'graph.ttl');
  writeFileSync(graph, TURTLE);
  file = join(dir, 'a-file');
  writeFileSync(file, 'a file, not a folder');
});
afterAll(cleanup);

describe('view and graph export: an output that cannot be written', () => {
  it('under a regular file: names that file as not a folder', async () => {
    oneLine(await newskg(['view', '--graph', graph, '-o', join(file, 'sub', 'page.html')]), /cannot write .*a-file\/sub\/page\.html: .*a-file is a file, not a folder/);
    oneLine(await newskg(['graph', 'export', '--graph', graph, '-o', join(file, 'actors.gexf')]), /cannot write .*a-file\/actors\.gexf: .*a-file is a file, not a folder/);
  });

  it('-o naming a folder: says so', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    oneLine(await newskg(['view', '--graph', graph, '-o', folder]), /cannot write .*folder: it is a folder/);
  });

  it.skipIf(unavailable !== null)('into a read-only folder: names the folder, leaves nothing in it', async () => {
    const ro = join(dir, 'read-only');
    mkdirSync(ro, { recursive: true });
    chmodSync(ro, 0o555);
    const prefix = isRoot ? AS_NOBODY : undefined;
    oneLine(await newskg(['view', '--graph', graph, '-o', join(ro, 'page.html')], { prefix }), /cannot write .*read-only\/page\.html: folder .*read-only is not writable \(permission denied\)/);
    oneLine(await newskg(['graph', 'export', '--graph', graph, '-o', join(ro, 'actors.gexf')], { prefix }), /folder .*read-only is not writable/);
    oneLine(await newskg(['view', '--graph', graph, '-o', join(ro, 'a', 'b', 'page.html')], { prefix }), /cannot create folder .*read-only\/a\/b: .*read-only is not writable/);
    expect(readdirSync(ro)).toEqual([]);
  });
});

describe('build: an output folder that cannot be made', () => {
  it('under a regular file', async () => {
    oneLine(await newskg(['build', goodCorpus(dir), '-o', join(file, 'out'), '--workers', '1']), /cannot create output folder .*a-file\/out: .*a-file is a file, not a folder/);
  });

  it.skipIf(unavailable !== null)('under a read-only folder: says which folder is not writable', async () => {
    const ro = join(dir, 'read-only-build');
    mkdirSync(ro, { recursive: true });
    chmodSync(ro, 0o555);
    const prefix = isRoot ? AS_NOBODY : undefined;
    oneLine(await newskg(['build', goodCorpus(dir), '-o', join(ro, 'sub'), '--workers', '1'], { prefix }), /cannot create output folder .*read-only-build\/sub: .*read-only-build is not writable \(permission denied\)/);
    oneLine(await newskg(['build', goodCorpus(dir), '-o', ro, '--workers', '1'], { prefix }), /output folder .*read-only-build is not writable \(permission denied\)/);
  });

  it('a build that wrote nothing removes the folders it created, and keeps one that was there', async () => {
    const empty = join(dir, 'blank-corpus');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'blank.txt'), '   \n');
    const created = join(dir, 'new');
    const r = await newskg(['build', empty, '-o', join(created, 'deep', 'out'), '--workers', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nothing could be built/);
    expect(existsSync(created)).toBe(false);
    const there = join(dir, 'there');
    mkdirSync(there);
    expect((await newskg(['build', empty, '-o', there, '--workers', '1'])).code).toBe(2);
    expect(existsSync(there)).toBe(true);
  });
});
