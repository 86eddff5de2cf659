// `newskg graph …`: the commands run in-process through commander (fast), plus two runs of the
// built CLI (npm test builds it first) for exit codes and the one-line error contract.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerGraph } from '../../src/cli/commands/graph.js';
import { UserError } from '../../src/cli/errors.js';
import { CLI, ROOT, haveShared } from '../helpers.js';
import { TURTLE } from './fixture.js';
import { buildSeed, type SeedBuild } from './seed.js';
import { checkXml } from './xml.js';

interface Run {
  out: string;
  err: string;
  error: unknown;
  exitCode: number | undefined;
}

async function graphCommand(...args: string[]): Promise<Run> {
  const program = new Command().exitOverride();
  registerGraph(program);
  const run: Run = { out: '', err: '', error: null, exitCode: undefined };
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((run.out += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((run.err += String(chunk)), true));
  const before = process.exitCode;
  try {
    await program.parseAsync(['node', 'newskg', 'graph', ...args]);
  } catch (e) {
    run.error = e;
  } finally {
    out.mockRestore();
    err.mockRestore();
    run.exitCode = process.exitCode === before ? undefined : Number(process.exitCode);
    process.exitCode = before;
  }
  return run;
}

function newskg(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('newskg graph on a hand-made graph', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-graph-cli-'));
    file = join(dir, 'graph.ttl');
    writeFileSync(file, TURTLE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stats: table and JSON', async () => {
    const t = await graphCommand('stats', '--graph', file);
    expect(t.error).toBeNull();
    expect(t.out).toMatch(/nodes\s+6 \(Person 4, Organization 1, Country 1\)/);
    expect(t.out).toContain('Top actors by PageRank');
    const j = JSON.parse((await graphCommand('stats', '--graph', file, '--format', 'json')).out);
    expect(j).toMatchObject({ nodes: 6, edges: 7, interactions: 8 });
  });

  it('neighbors: resolves an alias, any case or accents', async () => {
    const r = await graphCommand('neighbors', 'CARPATHIA', '--graph', file);
    expect(r.out.split('\n')[0]).toBe('Carpathie — 3 neighbour(s)');
    expect(r.out).toMatch(/Alice Martin\s+Person\s+2\s+← accused ×2/);
    expect(r.out).toMatch(/Ligue de Dunmore\s+Organization\s+1\s+demanded → ×1/);
  });

  it('path: prints each hop with its events and evidence sentences', async () => {
    const r = await graphCommand('path', 'ldd', 'bob', '--graph', file);
    expect(r.out.split('\n')[0]).toBe('Ligue de Dunmore → Carpathie → Bob Durand (2 hops)');
    expect(r.out).toContain('← demanded (1 event)');
    expect(r.out).toContain('« Bob accuse la Carpathie ; Alice aussi. »  [a2.txt, 2024-03]');
    expect(r.out).toContain('« Bob refuse de négocier avec la Carpathie. »  [a1.txt, 2024-03-01]');
    expect(r.out).toContain('« Bob a refusé toute négociation. »  [a2.txt, 2024-03]');
    const j = JSON.parse((await graphCommand('path', 'ldd', 'bob', '--graph', file, '-f', 'json')).out);
    expect(j.length).toBe(2);
  });

  it('path between unconnected actors says so and exits 1', async () => {
    const r = await graphCommand('path', 'alice', 'lonely', '--graph', file);
    expect(r.exitCode).toBe(1);
    expect(r.out).toContain('No chain of interactions links Alice Martin and Lonely Solo');
  });

  it('unknown entities, places, bad options and missing files are one-line user errors', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['neighbors', 'Zorglub', '--graph', file], /^no entity matches "Zorglub"/],
      [['path', 'alice', 'genève', '--graph', file], /matches Genève, which is a place, not an actor/],
      [['stats', '--graph', file, '--format', 'xml'], /^unknown --format "xml"/],
      [['export', '--graph', file, '--format', 'dot'], /^unknown --format "dot" \(graphml, gexf, json\)/],
      [['communities', '--graph', file, '--seed', 'x'], /^--seed must be an integer/],
      [['stats', '--graph', join(dir, 'missing.ttl')], /^cannot load graph .*missing\.ttl: no such file/],
    ];
    for (const [args, message] of cases) {
      const r = await graphCommand(...args);
      expect(r.error, args.join(' ')).toBeInstanceOf(UserError);
      expect((r.error as Error).message, args.join(' ')).toMatch(message);
      expect((r.error as Error).message).not.toContain('\n');
    }
  });

  it('communities: the same output every run', async () => {
    const a = await graphCommand('communities', '--graph', file, '--format', 'json');
    expect((await graphCommand('communities', '--graph', file, '--format', 'json')).out).toBe(a.out);
    expect(JSON.parse(a.out).communities.flatMap((c: { members: unknown[] }) => c.members)).toHaveLength(6);
  });

  it('export: GraphML to stdout, GEXF to a file', async () => {
    const g = await graphCommand('export', '--graph', file);
    expect(checkXml(g.out).counts).toMatchObject({ graphml: 1, node: 6, edge: 7 });
    const out = join(dir, 'actors.gexf');
    const r = await graphCommand('export', '--graph', file, '--format', 'gexf', '-o', out);
    expect(r.error).toBeNull();
    expect(checkXml(readFileSync(out, 'utf8')).counts).toMatchObject({ gexf: 1, node: 6, edge: 7 });
  });

  it('the built CLI prints an unknown entity as one line and exits 2', { timeout: 120_000 }, () => {
    const r = newskg('graph', 'neighbors', 'Zorglub', '--graph', file);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`newskg: no entity matches "Zorglub" in ${file}\n`);
  });
});

describe.skipIf(!haveShared())('newskg graph path on the seed build', () => {
  let seed: SeedBuild;
  beforeAll(async () => {
    seed = await buildSeed();
  });
  afterAll(() => seed?.cleanup());

  it('shows who accused whom as a path: Blinken met Lavrov, who accused NATO', { timeout: 120_000 }, () => {
    const r = newskg('graph', 'path', 'blinken', "l'Otan", '--graph', seed.file);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe("Antony Blinken → Sergueï Lavrov → Organisation du traité de l'Atlantique Nord (2 hops)");
    expect(r.out).toContain('accused →');
    expect(r.out).toContain("a de nouveau accusé l'OTAN d'ignorer les intérêts russes");
  });
});
