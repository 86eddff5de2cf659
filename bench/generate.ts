// Reproducible scaled corpora for the benchmark: sentences of the embedded corpus (and of the
// seed articles when ../shared is there) recombined into ~5 KB articles, with people and
// countries swapped for others from the gazetteer so that entities grow with the corpus.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../src/ingest/index.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { readTsv } from '../src/extract/tsv.js';
import { dataPath } from '../src/paths.js';
import { seededRandom } from '../src/random.js';

export const rng = seededRandom;

/** About what one outlet publishes on international news in a day. */
export const ARTICLES_PER_DAY = 20;

async function sentencePool(sources: string[]): Promise<string[]> {
  const pool: string[] = [];
  for await (const item of ingest(sources)) {
    if (item.kind !== 'article') continue;
    for (const s of splitSentences(item.article.text)) if (s.text.length > 40) pool.push(s.text);
  }
  return pool;
}

export async function generateCorpus(dir: string, count: number, sources: string[], seed = 42): Promise<void> {
  const stamp = `${count} articles, ${ARTICLES_PER_DAY} a day`;
  if (existsSync(join(dir, '.complete')) && readFileSync(join(dir, '.complete'), 'utf8') === stamp) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pool = await sentencePool(sources);
  const countries = readTsv(dataPath('gazetteer', 'countries.tsv')).map((r) => r.name_fr).filter(Boolean);
  const firstNames = readFileSync(dataPath('gazetteer', 'first-names.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const surnames = ['Martin', 'Okafor', 'Nakamura', 'Haddad', 'Kowalski', 'Diallo', 'Petrov', 'Silva', 'Moreau', 'Lindqvist', 'Mensah', 'Rahimi', 'Ortega', 'Novak', 'Traoré', 'Weber', 'Costa', 'Kaya', 'Ibrahim', 'Dubois'];
  const known = ['Sergueï Lavrov', 'Antony Blinken', 'Vladimir Poutine', 'Joe Biden', 'Emmanuel Macron', 'Olaf Scholz', 'Jens Stoltenberg'];
  const knownCountries = ['Russie', 'Ukraine', 'États-Unis', 'France', 'Allemagne', 'Chine', 'Niger'];
  const next = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)];
  for (let n = 0; n < count; n++) {
    // Each article casts its own people and countries, consistently within the article.
    const cast = new Map(known.map((k) => [k, `${pick(firstNames)} ${pick(surnames)}`]));
    const lands = new Map(knownCountries.map((k) => [k, pick(countries)]));
    const body: string[] = [];
    let size = 0;
    while (size < 5000) {
      let s = pick(pool);
      for (const [from, to] of cast) s = s.split(from).join(to).split(from.split(' ')[1]).join(to.split(' ')[1]);
      for (const [from, to] of lands) s = s.split(from).join(to);
      body.push(s);
      size += s.length + 1;
    }
    const id = `bench-${String(n).padStart(6, '0')}`;
    // A steady news flow: ARTICLES_PER_DAY articles a day, so a bigger corpus spans more days
    // (as months of news do) instead of piling more articles onto the same dates.
    const date = new Date(Date.UTC(2022, 0, 1) + Math.floor(n / ARTICLES_PER_DAY) * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(join(dir, `${id}.txt`), `${body[0].slice(0, 90)}\n\n${body.slice(1).join(' ')}\n`);
    writeFileSync(join(dir, `${id}.meta.json`), JSON.stringify({ date }));
  }
  writeFileSync(join(dir, '.complete'), stamp);
}
