// A folder of 10 000 small articles (plus the good corpus): all built, exit 0, in one run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_IDS, cleanup, goodCorpus, newskg, tempDir } from './corpus.js';

const N = 10_000;
const PEOPLE = ['Sergueï Lavrov', 'Antony Blinken', 'Aminata Diallo', 'Emmanuel Macron', 'Olaf Scholz', 'Giorgia Meloni', 'Pedro Sánchez'];
const ORGS = ["l'OTAN", 'la CEDEAO', "l'ONU", "l'Union européenne", 'le FMI'];
const PLACES = ['Genève', 'Bamako', 'Stockholm', 'Berlin', 'Rome', 'Madrid'];

afterAll(cleanup);

describe('a directory with 10 000 files', () => {
  it('builds every one of them', async () => {
    const dir = tempDir();
    const corpus = goodCorpus(dir);
    const many = join(corpus, 'many');
    for (let i = 0; i < N; i++) {
      const sub = join(many, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
      const p = PEOPLE[i % PEOPLE.length];
      writeFileSync(
        join(sub, `depeche-${String(i).padStart(5, '0')}.txt`),
        `Dépêche ${i}\n\n${p} a accusé ${ORGS[i % ORGS.length]} de bloquer le dossier ${i}. Il a rencontré son homologue à ${PLACES[i % PLACES.length]}.\n`,
      );
    }
    const out = join(dir, 'out');
    const run = await newskg(['build', corpus, '-o', out]);
    console.info(`10 000 files: exit ${run.code} in ${(run.ms / 1000).toFixed(1)} s`);
    expect(run.code, run.err).toBe(0);
    expect(run.err.trim()).toBe('');
    expect(run.out).toMatch(new RegExp(`articles\\s+${N + GOOD_IDS.length}\\b`));
    const ttl = readFileSync(join(out, 'graph.ttl'), 'utf8');
    const ids = new Set([...ttl.matchAll(/dcterms:identifier "([^"]+)"/g)].map((m) => m[1]));
    expect(ids.size).toBe(N + GOOD_IDS.length);
    for (const id of [...GOOD_IDS, 'depeche-00000.txt', 'depeche-09999.txt']) expect(ids).toContain(id);
  }, 900_000);
});
