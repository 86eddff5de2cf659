import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers.js';

function newskg(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Three short articles of our own, through the real extractor: two report the same Dakar meeting
// (one spells "Mousa" for "Moussa" elsewhere), the third a later meeting of the same two people.
const ARTICLES: Record<string, [string, string]> = {
  'a-sahel.txt': [
    '2024-03-07',
    'Crise au Sahel : Aminata Diallo reçoit Moussa Traoré à Dakar\n\n' +
      'La présidente de la Commission, Aminata Diallo, a rencontré jeudi à Dakar le ministre malien Moussa Traoré. ' +
      'Aminata Diallo a accusé la junte malienne de bloquer les élections. ' +
      '« Nous demandons au Mali de publier un calendrier électoral », a déclaré Mme Diallo.\n',
  ],
  'b-sahel.txt': [
    '2024-03-08',
    'Dakar : entretien entre Aminata Diallo et Moussa Traoré\n\n' +
      "Moussa Traoré s'est entretenu avec Aminata Diallo à Dakar. " +
      'Mme Diallo a de nouveau accusé la junte malienne de bloquer les élections prévues. ' +
      '« Nous demandons au Mali de publier un calendrier électoral », a affirmé Aminata Diallo.\n',
  ],
  'c-sahel.txt': [
    '2024-04-03',
    'Mali : nouvelle rencontre\n\n' +
      'Aminata Diallo a rencontré Mousa Traoré le 2 avril 2024 à Bamako. ' +
      'Traoré a accusé la Commission de mépriser la souveraineté du Mali.\n',
  ],
};

describe('newskg build, events, why and query timeline on merged events', () => {
  let dir: string;
  let graph: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-why-'));
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    for (const [name, [date, text]] of Object.entries(ARTICLES)) {
      writeFileSync(join(corpus, name), text);
      writeFileSync(join(corpus, name.replace(/\.txt$/, '.meta.json')), JSON.stringify({ date }));
    }
    const built = newskg(['build', corpus, '-o', join(dir, 'out')]);
    expect(built.code, built.err).toBe(0);
    expect(built.out).toMatch(/reported by several articles/);
    graph = join(dir, 'out', 'graph.ttl');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const events = () => JSON.parse(newskg(['events', '--graph', graph, '--format', 'json']).out) as Array<Record<string, unknown>>;

  it('keeps one JSON row per mention, adding the merged event and its number of sources', () => {
    const rows = events();
    const dakar = rows.filter((r) => r.type === 'Meeting' && r.source !== 'c-sahel.txt');
    expect(dakar.length).toBeGreaterThanOrEqual(2);
    expect(new Set(dakar.map((r) => r.event)).size).toBe(1);
    expect(dakar.every((r) => r.sources === 2)).toBe(true);
    const later = rows.find((r) => r.type === 'Meeting' && r.source === 'c-sahel.txt')!;
    expect(later.event).not.toBe(dakar[0].event);
    expect(later.sources).toBe(1);
    for (const r of rows) expect(String(r.iri)).toMatch(/\/article\/[a-c]-sahel\.txt\/e\d+-\d+-[a-z]+(-\d+)?$/);
  });

  it('reconciles "Mousa Traoré" with "Moussa Traoré" across articles', () => {
    const people = JSON.parse(newskg(['entities', '--graph', graph, '--format', 'json']).out) as Array<{ type: string; label: string; aliases: string[] }>;
    const traore = people.filter((e) => e.type === 'Person' && /Traor/.test(e.label));
    expect(traore).toHaveLength(1);
    expect(traore[0].label).toBe('Moussa Traoré');
    expect(traore[0].aliases).toContain('Mousa Traoré');
  });

  it('why: prints every merged mention and the rule, by IRI suffix', () => {
    const iri = String(events().find((r) => r.type === 'Meeting' && r.source === 'a-sahel.txt')!.event);
    const r = newskg(['why', iri.slice(iri.lastIndexOf('/') + 1), '--graph', graph]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(iri);
    expect(r.out).toMatch(/rule\s+meeting-participants/);
    expect(r.out).toMatch(/sources\s+2 articles/);
    expect(r.out).toContain('a-sahel.txt');
    expect(r.out).toContain('b-sahel.txt');
    expect(r.out).toContain("« Moussa Traoré s'est entretenu avec Aminata Diallo »");
    const json = JSON.parse(newskg(['why', iri, '--graph', graph, '--format', 'json']).out);
    expect(json).toMatchObject({ event: iri, type: 'Meeting', rule: 'meeting-participants', sources: 2 });
    expect(newskg(['why', 'no-such-event', '--graph', graph]).code).toBe(2);
  });

  it('query timeline [entity]: merged events in date order, one line each', () => {
    const all = JSON.parse(newskg(['query', 'timeline', '--graph', graph, '--format', 'json']).out) as Array<Record<string, string | null>>;
    const meetings = all.filter((r) => r.type === 'Meeting');
    expect(meetings.map((r) => [r.date, r.sources])).toEqual([['2024-03-07', '2'], ['2024-04-02', '1']]);
    const traore = JSON.parse(newskg(['query', 'timeline', 'traore', '--graph', graph, '--format', 'json']).out) as Array<Record<string, string | null>>;
    expect(traore.length).toBeLessThan(all.length);
    expect(traore.every((r) => /Traoré/.test(r.who ?? ''))).toBe(true);
    expect(newskg(['query', 'accusations', 'traore', '--graph', graph]).code).toBe(2);
  });
});
