import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers.js';

function newskg(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE = `Tensions au Sahel

La présidente de la Commission, Aminata Diallo, a accusé la junte de bloquer les élections. Aminata Diallo a rencontré jeudi à Bamako le ministre Moussa Traoré.`;

const GOLD = {
  doc: 'sahel.txt',
  date: null,
  entities: [
    { id: 'diallo', type: 'Person', name: 'Aminata Diallo', aliases: ['La présidente de la Commission'] },
    { id: 'junte', type: 'Organization', name: 'la junte', aliases: [] },
    { id: 'traore', type: 'Person', name: 'Moussa Traoré', aliases: [] },
    { id: 'bamako', type: 'Place', name: 'Bamako', aliases: [] },
  ],
  events: [
    { type: 'Accusation', agent: 'diallo', target: 'junte', topic: 'bloquer les élections', evidence: 'a accusé la junte de bloquer les élections' },
    { type: 'Meeting', agent: 'diallo', target: null, participants: ['diallo', 'traore'], place: 'bamako', topic: 'rencontre', evidence: 'Aminata Diallo a rencontré jeudi à Bamako le ministre Moussa Traoré' },
    { type: 'Refusal', agent: 'traore', target: null, topic: 'rien', evidence: 'Moussa Traoré refuse tout' },
  ],
};

describe('newskg eval: choosing the mode', () => {
  it('needs exactly one of --articles and --graph, said in one line', () => {
    for (const args of [['eval', '--gold', 'x'], ['eval', '--gold', 'x', '--articles', 'a', '--graph', 'g.ttl']]) {
      const r = newskg(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^newskg: eval needs either --articles DIR .* or --graph FILE .*\n$/);
    }
  });

  it('refuses options of the other mode', () => {
    expect(newskg(['eval', '--gold', 'x', '--graph', 'g.ttl', '--only', 'a']).err).toMatch(/^newskg: --only and --verbose go with --articles/);
    expect(newskg(['eval', '--gold', 'x', '--articles', 'a', '--details']).err).toMatch(/^newskg: --details goes with --graph/);
    expect(newskg(['eval', '--gold', 'x', '--articles', 'a', '-f', 'csv']).err).toBe('newskg: unknown --format "csv" (table, json)\n');
  });

  it('names an unreadable gold folder', () => {
    const r = newskg(['eval', '--gold', '/nonexistent-gold', '--articles', '.']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('newskg: cannot read gold folder /nonexistent-gold: ENOENT\n');
  });
});

describe('newskg eval --articles on a one-article folder', () => {
  let dir: string;
  let table: ReturnType<typeof newskg>;
  let verbose: ReturnType<typeof newskg>;
  let json: ReturnType<typeof newskg>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-eval-cli-'));
    writeFileSync(join(dir, 'sahel.txt'), ARTICLE);
    writeFileSync(join(dir, 'sahel.gold.json'), JSON.stringify(GOLD));
    writeFileSync(join(dir, 'other.gold.json'), JSON.stringify({ ...GOLD, doc: 'other.txt' }));
    table = newskg(['eval', '--articles', dir, '--gold', dir, '--only', 'sahel']);
    verbose = newskg(['eval', '--articles', dir, '--gold', dir, '--verbose']);
    json = newskg(['eval', '--articles', dir, '--gold', dir, '--only', 'sahel', '-f', 'json']);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the scorer table and its summary line', () => {
    expect(table.code).toBe(0);
    const lines = table.out.trimEnd().split('\n');
    expect(lines[0]).toBe('type         P     R     F1    (tp/sys/gold)');
    expect(lines).toContainEqual(expect.stringMatching(/^Refusal +0\.00 {2}0\.00 {2}0\.00 {2}\(0\/\d+\/1\)$/));
    expect(lines.at(-1)).toMatch(/^entityF1=[\d.]+ typedEntityF1=[\d.]+ accusationF1=[\d.]+ eventF1=[\d.]+ failures=0$/);
  });

  it('--verbose lists missed events per article, and the missing article as a failure', () => {
    expect(verbose.out).toContain('sahel.txt  entities ');
    expect(verbose.out).toContain('  missed   event  Refusal traore->-: Moussa Traoré refuse tout');
    expect(verbose.out).toContain('FAIL other.txt: article missing');
    expect(verbose.out.trimEnd().split('\n').at(-1)).toMatch(/failures=1$/);
  });

  it('-f json prints the report object, and it agrees with the table', () => {
    const r = JSON.parse(json.out);
    expect(r.docs).toBe(1);
    expect(r.events.Refusal).toMatchObject({ tp: 0, gold: 1 });
    expect(table.out).toContain(`eventF1=${r.allEvents.f1} `);
    expect(r.perDoc[0].doc).toBe('sahel.txt');
  });
});
