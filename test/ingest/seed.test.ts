// The seed corpus is third-party text: it is read from ../shared at test time, never copied here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articles, collect, problems } from './helpers.js';
import type { Article } from '../../src/types.js';
import { GOLD, SEED } from '../helpers.js';

const present = existsSync(SEED);
if (!present) console.warn(`seed corpus not found at ${SEED}: seed tests skipped`);

describe.skipIf(!present)('seed corpus (../shared/corpus-seed)', () => {
  let byId: Map<string, Article>;

  const seed = async (prefix: string): Promise<Article> => {
    byId ??= await (async () => {
      const items = await collect([SEED]);
      expect(problems(items)).toEqual([]);
      return new Map(articles(items).map((a) => [a.id.slice(0, 3), a]));
    })();
    const a = byId.get(prefix);
    if (!a) throw new Error(`seed article ${prefix} missing`);
    return a;
  };

  it('000: drops widgets and the teaser list, keeps captions, credits and the byline', async () => {
    const a = await seed('000');
    expect(a.id).toMatch(/^000_[0-9a-f]+\.txt$/);
    expect(a.date).toBe('2021-12-02');
    for (const gone of ['Partager cet article', 'Copy to clipboard', 'PUBLICITÉ', 'À découvrir également', 'Nord Stream']) {
      expect(a.text).not.toContain(gone);
    }
    for (const kept of ['Euronews', 'AFP', 'Jonathan Nackstrand/AP', 'Joe Biden est ainsi prévu']) expect(a.text).toContain(kept);
    expect(a.text.split('\n')[0]).toBe(a.title);
  });

  it('002: repairs the tooltip glue and reads the date marker', async () => {
    const a = await seed('002');
    expect(a.text).toContain("l'OTAN vers l'Est");
    expect(a.text).toContain("de l'OSCE , rare forum");
    expect(a.text).not.toContain('OTANOrganisation');
    expect(a.text).not.toMatch(/^\s*date /);
    expect(a.date).toBe('2021-12');
  });

  it('003: removes the glued "Voir aussi" teaser and the video teasers, keeps the glued sentence', async () => {
    const a = await seed('003');
    expect(a.text).toContain("Le Kremlin dément tout acte d'ingérence");
    expect(a.text).toContain('représailles. « Nous');
    for (const gone of ['Voir aussi', 'Autres vidéos', 'Vidéo suivante', 'La France hérite de la Croatie', 'lequipe']) {
      expect(a.text).not.toContain(gone);
    }
    expect(a.date).toBe('2022-01-21');
  });

  it('004: drops the comment form and "Lire aussi" lines, keeps the body', async () => {
    const a = await seed('004');
    expect(a.text).toContain('Blinken a appelé la Russie');
    expect(a.text).toContain('POLITICO');
    for (const gone of ['Leave a Reply', 'Lire aussi', 'Akismet', 'Recent News', "Editor's Pick", 'Winterhawks']) {
      expect(a.text).not.toContain(gone);
    }
    expect(a.text.split('\n')).not.toContain('.');
  });

  it('keeps every gold alias and evidence string verbatim in the cleaned text', async () => {
    const { readFileSync } = await import('node:fs');
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const a = await seed(prefix);
      const goldPath = join(GOLD, a.id.replace(/\.txt$/, '.gold.json'));
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
        entities: { aliases: string[] }[];
        events: { evidence: string }[];
      };
      const strings = [...gold.entities.flatMap((e) => e.aliases), ...gold.events.map((e) => e.evidence)];
      expect(strings.filter((s) => !a.text.includes(s)), a.id).toEqual([]);
    }
  });
});
