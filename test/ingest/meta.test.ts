import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articles, collect, problems, tree } from './helpers.js';

const TEXT = 'Réunion à Genève\n\nPublié le 3 mars 2022. Le ministre a reçu son homologue.';

describe('sidecar metadata', () => {
  it('overrides date, url, source and title with name.meta.json', async () => {
    const root = tree({
      'a.txt': TEXT,
      'a.meta.json': JSON.stringify({ date: '2022-01-21', url: 'https://exemple.fr/a', source: 'Exemple Info', title: 'Le vrai titre' }),
    });
    const [a] = articles(await collect([root]));
    expect(a).toMatchObject({ id: 'a.txt', date: '2022-01-21', url: 'https://exemple.fr/a', source: 'Exemple Info', title: 'Le vrai titre' });
    expect(a.text.startsWith('Le vrai titre\n\nRéunion à Genève\n')).toBe(true);
  });

  it('keeps what the article says for fields the sidecar lacks', async () => {
    const root = tree({ 'b.txt': TEXT, 'b.txt.meta.json': JSON.stringify({ source: 'Agence' }) });
    const [a] = articles(await collect([root]));
    expect(a).toMatchObject({ title: 'Réunion à Genève', date: '2022-03-03', source: 'Agence', url: null });
  });

  it('reports a broken sidecar and still yields the article', async () => {
    const root = tree({ 'c.txt': TEXT, 'c.meta.json': '{ "date": ' });
    const items = await collect([root]);
    expect(problems(items)).toEqual([{ origin: join(root, 'c.meta.json'), message: expect.stringMatching(/^sidecar is not valid JSON/) }]);
    expect(articles(items)[0].date).toBe('2022-03-03');
  });

  it('reports a sidecar date it cannot read', async () => {
    const root = tree({ 'd.txt': TEXT, 'd.meta.json': JSON.stringify({ date: 'un jour' }) });
    const items = await collect([root]);
    expect(problems(items).map((p) => p.message)).toEqual(['sidecar date not understood: "un jour"']);
    expect(articles(items)[0].date).toBe('2022-03-03');
  });
});
