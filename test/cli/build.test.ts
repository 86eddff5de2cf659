import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, haveTool } from '../helpers.js';

function newskg(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Our own short article, so the test does not depend on the embedded corpus' wording.
const GOOD = `Tensions au Sahel

La présidente de la Commission, Aminata Diallo, a accusé la junte de bloquer les élections. « Nous demandons au Mali de publier un calendrier », a déclaré Mme Diallo jeudi à Bamako.`;

describe('newskg build on a folder with bad inputs', () => {
  let dir: string;
  let out: string;
  let run: ReturnType<typeof newskg>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-cli-'));
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a-good.txt'), GOOD);
    writeFileSync(join(corpus, 'a-good.meta.json'), JSON.stringify({ date: '2024-03-08' }));
    writeFileSync(join(corpus, 'b-empty.txt'), '');
    writeFileSync(join(corpus, 'c-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(corpus, 'd-invalid.txt'), Buffer.from([0x52, 0xc3, 0x28, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0x28, 0x81, 0x8d, 0x20, 0x8f, 0x90]));
    out = join(dir, 'out');
    run = newskg(['build', corpus, '-o', out]);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1: built, with skipped inputs', () => {
    expect(run.code).toBe(1);
  });
  it('names each bad file in one stderr line', () => {
    for (const name of ['b-empty.txt', 'c-binary.txt', 'd-invalid.txt']) {
      const lines = run.err.split('\n').filter((l) => l.includes(name));
      expect(lines, name).toHaveLength(1);
    }
  });
  it('still builds the good article, and prints a summary', () => {
    expect(run.out).toMatch(/articles\s+1/);
    const ttl = readFileSync(join(out, 'graph.ttl'), 'utf8');
    expect(ttl).toContain('a-good.txt');
    expect(ttl).toContain('nkg:Accusation');
  });
  it('leaves no temporary file behind', () => {
    const left = spawnSync('ls', ['-a', out], { encoding: 'utf8' }).stdout;
    expect(left).not.toMatch(/tmp/);
  });
  it('answers "who accused whom" on what it built', () => {
    const q = newskg(['query', 'accusations', '--graph', join(out, 'graph.ttl'), '--format', 'json']);
    expect(q.code).toBe(0);
    const rows = JSON.parse(q.out) as Array<Record<string, string>>;
    expect(rows.some((r) => /Diallo/.test(r.accuser ?? '') && /bloquer les élections/.test(r.what ?? ''))).toBe(true);
  });
  it.skipIf(!haveTool('rapper'))('writes Turtle that rapper accepts', () => {
    const r = spawnSync('rapper', ['-i', 'turtle', '-c', join(out, 'graph.ttl')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/returned \d+ triples/);
  });
});

describe('newskg build on text that is not French, damaged bytes and repeated ids', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-cli-'));
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a-good.txt'), GOOD);
    writeFileSync(join(corpus, 'b-english.txt'), 'Talks in Bamako\n\nThe head of the Commission accused the junta of blocking the elections. She said that the vote should be held this year.\n');
    const damaged = Buffer.from(GOOD, 'utf8');
    for (const i of [40, 120]) damaged[i] = 0x81;
    writeFileSync(join(corpus, 'c-damaged.txt'), damaged);
    const jsonl = join(dir, 'lots', 'depeches');
    mkdirSync(jsonl, { recursive: true });
    const line = (text: string) => JSON.stringify({ id: 'depeche', title: 'Sahel', text });
    writeFileSync(join(jsonl, 'lot.jsonl'), [line(GOOD), line('Le président du Niger a rencontré Aminata Diallo à Niamey.')].join('\n') + '\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips the English file in one line (exit 1), keeps the damaged one with one warning line', () => {
    const run = newskg(['build', join(dir, 'corpus'), '-o', join(dir, 'out'), '-j', '1']);
    expect(run.code, run.err).toBe(1);
    const lines = run.err.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(expect.stringMatching(/^newskg: skipped \S*b-english\.txt: not French text: .* \(--lang-check off builds it anyway\)$/));
    expect(lines).toContainEqual(expect.stringMatching(/^newskg: warning: \S*c-damaged\.txt: 2 invalid UTF-8 bytes read as U\+FFFD \(at bytes 40, 120\), article kept$/));
    expect(run.out).toMatch(/articles\s+2 \(1 input\(s\) skipped\)/);
    expect(run.out).toMatch(/warnings\s+1/);
  }, 120_000);

  it('--lang-check off builds it; a wrong value is a usage error', () => {
    const run = newskg(['build', join(dir, 'corpus'), '-o', join(dir, 'out-all'), '-j', '1', '--lang-check', 'off']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/articles\s+3\b/);
    const bad = newskg(['build', join(dir, 'corpus'), '-o', join(dir, 'out-bad'), '--lang-check', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('newskg: --lang-check must be on or off, not "maybe"');
  }, 120_000);

  it('gives a repeated JSONL id an id that does not depend on the working folder', () => {
    const a = newskg(['build', join('lots', 'depeches', 'lot.jsonl'), '-o', join(dir, 'out-a'), '-j', '1'], dir);
    const b = newskg(['build', 'lot.jsonl', '-o', join(dir, 'out-b'), '-j', '1'], join(dir, 'lots', 'depeches'));
    expect(a.code, a.err).toBe(0);
    expect(b.code, b.err).toBe(0);
    const ttl = readFileSync(join(dir, 'out-a', 'graph.ttl'), 'utf8');
    expect(ttl).toContain('"lot.jsonl#L2"');
    expect(readFileSync(join(dir, 'out-b', 'graph.ttl'), 'utf8')).toBe(ttl);
  }, 120_000);
});

describe('newskg usage errors', () => {
  it('a missing path: one line, exit 2, no graph written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newskg-cli-'));
    const r = newskg(['build', join(dir, 'nope'), '-o', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n').filter((l) => l.includes('nope')).length).toBeGreaterThanOrEqual(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'out', 'graph.ttl'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
  it('an unknown named query: one line, exit 2', () => {
    const r = newskg(['query', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('a missing graph file: one line naming it, exit 2', () => {
    const r = newskg(['query', 'accusations', '--graph', '/nonexistent/graph.ttl']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('/nonexistent/graph.ttl');
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
