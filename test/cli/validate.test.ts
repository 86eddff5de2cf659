// `newskg validate`: the graphs the build writes conform to ontology/shapes.ttl (real SHACL
// engine), and a hand-broken graph is reported with the focus node of each violation.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, Writer, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, SEED, haveShared, run } from '../helpers.js';

function newskg(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return run(process.execPath, [CLI, ...args], { cwd: ROOT });
}

const NKG = 'https://w3id.org/newskg/ontology#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DERIVED = 'http://www.w3.org/ns/prov#wasDerivedFrom';
const EVENT_CLASSES = ['EventMention', 'Meeting', 'Accusation', 'Statement', 'Demand', 'Warning', 'Refusal', 'Proposal'].map((c) => NKG + c);

let dir: string;
let corpusGraph: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-validate-'));
  const r = await newskg(['build', join(ROOT, 'corpus'), '-o', join(dir, 'corpus-out')]);
  if (r.code !== 0) throw new Error(`build failed (${r.code}): ${r.err}`);
  corpusGraph = join(dir, 'corpus-out', 'graph.ttl');
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('newskg validate', () => {
  it('the embedded corpus graph conforms (exit 0)', async () => {
    const r = await newskg(['validate', '--graph', corpusGraph]);
    expect(r.err).toBe('');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/conforms to .*shapes\.ttl \(\d+ triples\)/);
  }, 120_000);

  it.skipIf(!haveShared())('the seed corpus graph conforms, in Turtle and N-Triples', async () => {
    const out = join(dir, 'seed-out');
    for (const format of ['turtle', 'nt']) {
      const b = await newskg(['build', SEED, '-o', out, '--format', format]);
      expect(b.code, b.err).toBe(0);
      const r = await newskg(['validate', '--graph', join(out, format === 'nt' ? 'graph.nt' : 'graph.ttl')]);
      expect(r.code, r.out + r.err).toBe(0);
    }
  }, 300_000);

  it('reports an event that lost its article link, with its focus node (exit 1)', async () => {
    const quads: Quad[] = new Parser().parse(readFileSync(corpusGraph, 'utf8'));
    const events = new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && EVENT_CLASSES.includes(q.object.value)).map((q) => q.subject.value));
    const victim = quads.find((q) => q.predicate.value === DERIVED && events.has(q.subject.value));
    expect(victim, 'an event node with prov:wasDerivedFrom').toBeDefined();
    const broken = quads.filter((q) => !(q.subject.equals(victim!.subject) && q.predicate.value === DERIVED));
    const file = join(dir, 'broken.nt');
    writeFileSync(file, new Writer({ format: 'N-Triples' }).quadsToString(broken));

    const r = await newskg(['validate', '--graph', file]);
    expect(r.code, r.out + r.err).toBe(1);
    const lines = r.out.split('\n').filter((l) => l.includes(`<${victim!.subject.value}>`));
    expect(lines.length, r.out).toBeGreaterThanOrEqual(1);
    expect(lines.some((l) => l.includes(DERIVED)), r.out).toBe(true);
    expect(r.out).toMatch(/\d+ violation\(s\)/);

    const json = await newskg(['validate', '--graph', file, '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as { conforms: boolean; violations: Array<{ focusNode: string; path: string | null; message: string }> };
    expect(report.conforms).toBe(false);
    expect(report.violations).toContainEqual(expect.objectContaining({ focusNode: victim!.subject.value, path: DERIVED }));
  }, 120_000);

  it('an unreadable graph or shapes file: one line, exit 2', async () => {
    const missing = await newskg(['validate', '--graph', join(dir, 'nope.ttl')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toEqual([expect.stringContaining('nope.ttl')]);
    const bad = join(dir, 'bad.ttl');
    writeFileSync(bad, '<a> <b> "unterminated');
    const shapes = await newskg(['validate', '--graph', corpusGraph, '--shapes', bad]);
    expect(shapes.code).toBe(2);
    expect(shapes.err.trim().split('\n')).toEqual([expect.stringMatching(/^newskg: cannot load shapes .*bad\.ttl/)]);
  }, 60_000);
});
