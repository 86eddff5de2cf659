import { existsSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED, SHARED } from '../helpers.js';
import { articles, collect, ingestOne, problems, tree } from './helpers.js';

const ENGLISH = `Talks in Geneva

The foreign minister met his counterpart in Geneva on Friday. He said that the talks had been useful and that both sides would meet again before the summer.`;
const SHORT_FRENCH = 'Le ministre a reçu son homologue vendredi à Genève. Ils se reverront avant l’été.';

async function only(name: string, content: string | Buffer, langCheck?: boolean) {
  const root = tree({ [name]: content });
  const items = await collect([join(root, name)], langCheck === undefined ? undefined : { langCheck });
  return { articles: articles(items), problems: problems(items) };
}

describe('text that is not French', () => {
  it('skips an English article, saying why in one line, and keeps short French ones', async () => {
    const r = await only('talks.txt', ENGLISH);
    expect(r.articles).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/^not French text: \d+ French and \d+ English function words in \d+ words \(--lang-check off builds it anyway\)$/);
    // The check off, it is built.
    const off = await only('talks.txt', ENGLISH, false);
    expect(off.problems).toEqual([]);
    expect(off.articles).toHaveLength(1);
    // Two sentences, one sentence of names, a title and a line.
    expect((await ingestOne('court.txt', SHORT_FRENCH)).text).toBe(SHORT_FRENCH);
    await ingestOne('noms.txt', 'Emmanuel Macron a rencontré Olaf Scholz.');
    await ingestOne('titre.txt', 'Berlin\n\nEmmanuel Macron a rencontré Olaf Scholz à Berlin.');
  });

  it('skips text with no words at all', async () => {
    const r = await only('ponctuation.txt', '... !!! --- ??? 12 345\n\n*** ///\n');
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^not French text: no words/)]);
  });

  it('skips an English JSONL line and keeps the French one', async () => {
    const lines = [JSON.stringify({ id: 'en', text: ENGLISH }), JSON.stringify({ id: 'fr', text: SHORT_FRENCH })].join('\n');
    const r = await only('lot.jsonl', lines);
    expect(r.articles.map((a) => a.id)).toEqual(['fr']);
    expect(r.problems.map((p) => p.origin)).toEqual([expect.stringMatching(/lot\.jsonl#L1$/)]);
  });

  it('skips a file whose UTF-16 byte-order mark sits before UTF-8 text (it decodes to CJK)', async () => {
    const r = await only('faux-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${SHORT_FRENCH}\n`, 'utf8')]));
    expect(r.articles).toEqual([]);
    expect(r.problems[0].message).toMatch(/^not French text/);
  });

  it('reads UTF-32 with a byte-order mark, and refuses what does not decode to text', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), iconv.encode(SHORT_FRENCH, 'utf32le')]);
    expect((await ingestOne('utf32.txt', le)).text).toBe(SHORT_FRENCH);
    // Bytes that are not code points: a UTF-32 mark over random data.
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => (i * 151 + 7) % 256));
    const r32 = await only('junk32.txt', Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), junk]));
    expect(r32.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^bytes start with a byte-order mark but do not decode to UTF-32 text/)]);
    // Random bytes after a UTF-16 mark: lone surrogates and controls.
    const r16 = await only('junk16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), junk]));
    expect(r16.articles).toEqual([]);
    expect(r16.problems).toHaveLength(1);
  });

  const DEV = join(SHARED, 'dev', 'articles');
  it.skipIf(!existsSync(DEV))("skips the English notes of the dev folder, and none of the corpus, seed or dev articles", async () => {
    const items = await collect([DEV]);
    const foreign = problems(items).filter((p) => p.message.startsWith('not French'));
    expect(foreign.map((p) => p.origin.split('/').pop())).toEqual(['SOURCES-a.md', 'SOURCES-b.md', 'SOURCES-c.md', 'SOURCES-d.md']);
    expect(articles(items)).toHaveLength(36);
    for (const dir of [join(ROOT, 'corpus'), SEED]) {
      const more = await collect([dir]);
      expect(problems(more)).toEqual([]);
      expect(articles(more).length).toBeGreaterThanOrEqual(5);
    }
  });
});
