import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/ingest/formats/html.js';
import { decodeEntities } from '../../src/ingest/formats/entities.js';
import { parseMarkdown } from '../../src/ingest/formats/markdown.js';
import { articles, collect, ingestOne, problems, tree } from './helpers.js';

describe('txt', () => {
  it('takes the first non-empty line as the title and keeps it as the first line of the text', async () => {
    const a = await ingestOne('article.txt', '\n\n  Sommet à Genève  \n\nLes deux ministres se sont rencontrés.\n');
    expect(a.title).toBe('Sommet à Genève');
    expect(a.text).toBe('Sommet à Genève\n\nLes deux ministres se sont rencontrés.');
    expect(a.id).toBe('article.txt');
  });

  it('does not take a whole paragraph for a title', async () => {
    const para = 'Le ministre a rencontré son homologue, '.repeat(10) + 'puis il est reparti.';
    const a = await ingestOne('sans-titre.txt', `${para}\n\nDeuxième paragraphe.`);
    expect(a.title).toBeNull();
    expect(a.text.startsWith(para)).toBe(true);
  });
});

describe('markdown', () => {
  const md = [
    '---',
    'title: "Rencontre à Genève"',
    'date: 2022-01-21',
    'url: https://exemple.fr/geneve',
    'source: Exemple Info',
    '---',
    '# Rencontre à Genève',
    '',
    'Le **ministre** a rencontré _son homologue_ selon [l’agence](https://exemple.fr/agence).',
    '',
    '## Les enjeux',
    '',
    '- La *sécurité* européenne',
    '> « Nous voulons la paix », a-t-il dit.',
    '![photo](https://exemple.fr/p.jpg)',
  ].join('\n');

  it('reads front matter and strips markdown syntax', () => {
    const doc = parseMarkdown(md);
    expect(doc).toMatchObject({ title: 'Rencontre à Genève', date: '2022-01-21', url: 'https://exemple.fr/geneve', source: 'Exemple Info' });
    expect(doc.body).toContain('Le ministre a rencontré son homologue selon l’agence.');
    expect(doc.body).toContain('\nLes enjeux\n');
    expect(doc.body).toContain('La sécurité européenne');
    expect(doc.body).toContain('« Nous voulons la paix », a-t-il dit.');
    expect(doc.body).not.toMatch(/[#*[\]]|https?:/);
  });

  it('does not repeat the title already heading the text', async () => {
    const a = await ingestOne('note.md', md);
    expect(a.text.split('\n')[0]).toBe('Rencontre à Genève');
    expect(a.text.match(/Rencontre à Genève/g)).toHaveLength(1);
  });

  it('leaves snake_case and lone stars alone', () => {
    expect(parseMarkdown('Le fichier nom_de_code reste, 2 * 3 aussi.').body).toBe('Le fichier nom_de_code reste, 2 * 3 aussi.');
  });

  it('uses the first heading when there is no front matter', () => {
    expect(parseMarkdown('Intro\n\n# Le vrai titre\n\nTexte.').title).toBe('Le vrai titre');
  });
});

describe('html', () => {
  const page = `<!doctype html><html><head>
    <title>Rencontre à Gen&egrave;ve | Exemple Info</title>
    <meta property="og:title" content="Rencontre &#224; Genève">
    <meta property="og:url" content="https://exemple.fr/geneve">
    <meta property="og:site_name" content="Exemple Info">
    <meta property="article:published_time" content="2022-01-21T10:00:00+01:00">
    <link rel="canonical" href="https://exemple.fr/autre">
    <style>body { color: red }</style>
    <script>var x = "<p>pas du texte</p>";</script>
  </head><body>
    <header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
    <!-- commentaire <p>caché</p> -->
    <article>
      <header><h1>Rencontre à Genève</h1><p>Par Exemple Info avec AFP</p></header>
      <p>Le ministre a rencontr&eacute; son homologue&nbsp;: &laquo;&#160;Nous parlons&#x202F;&raquo;.</p>
      <figure><img src="x.jpg"><figcaption>Les deux hommes à Genève.</figcaption></figure>
      <p>Deuxième<br>ligne.</p>
      <aside>Lire aussi : autre chose</aside>
      <form>Votre e-mail</form>
    </article>
    <footer>Mentions légales</footer>
    <template><p>modèle</p></template>
    <svg><text>Logo</text></svg>
  </body></html>`;

  it('extracts the article text, title and metadata', () => {
    const doc = parseHtml(page);
    expect(doc.title).toBe('Rencontre à Genève');
    expect(doc.date).toBe('2022-01-21');
    expect(doc.url).toBe('https://exemple.fr/geneve');
    expect(doc.source).toBe('Exemple Info');
    expect(doc.body).toBe(
      [
        'Rencontre à Genève',
        '',
        'Par Exemple Info avec AFP',
        '',
        'Le ministre a rencontré son homologue\u00a0: «\u00a0Nous parlons\u202f».',
        '',
        'Les deux hommes à Genève.',
        '',
        'Deuxième',
        'ligne.',
      ].join('\n'),
    );
  });

  it('falls back to the page when there is no <article> or <main>, and to <time> and canonical', () => {
    const doc = parseHtml(
      '<html><body><nav>Menu</nav><div>Premier bloc.</div><div>Second <b>bloc</b>.</div>' +
        '<time datetime="2021-12-02">2 décembre</time><link rel="canonical" href="https://exemple.fr/c"></body></html>',
    );
    expect(doc.body).toBe('Premier bloc.\nSecond bloc.\n2 décembre');
    expect(doc.date).toBe('2021-12-02');
    expect(doc.url).toBe('https://exemple.fr/c');
    expect(doc.title).toBeNull();
  });

  it('prefers <main> when there is no <article>', () => {
    expect(parseHtml('<body><div>Bandeau</div><main><p>Le corps.</p></main></body>').body).toBe('Le corps.');
  });

  it('tolerates truncated HTML', () => {
    expect(parseHtml('<html><body><article><p>Le ministre a parlé.</p><p>Il a ajou').body).toBe('Le ministre a parlé.\n\nIl a ajou');
    expect(parseHtml('<p>Texte visible</p><div class="coup').body).toBe('Texte visible');
    expect(parseHtml('<p>Avant</p><script>var a = 1;').body).toBe('Avant');
    expect(parseHtml('<p>Avant</p><!-- pas fini').body).toBe('Avant');
    expect(parseHtml('<p>a < b et c > d</p>').body).toBe('a < b et c > d');
  });

  it('builds the article with the title first', async () => {
    const a = await ingestOne('page.html', '<html><head><title>Le titre</title></head><body><p>Le corps du texte.</p></body></html>');
    expect(a.title).toBe('Le titre');
    expect(a.text).toBe('Le titre\n\nLe corps du texte.');
  });

  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&eacute;&#233;&#xE9;&amp;&lt;&inconnu;&#146;&#0;')).toBe('ééé&<&inconnu;’\ufffd');
  });
});

describe('jsonl', () => {
  it('yields one article per line and a problem naming file.jsonl:LINE for a malformed line', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', title: 'Premier', date: '2021-12-02', url: 'https://exemple.fr/1', source: 'AFP', text: 'Le ministre a parlé.' }),
      '{"id": "a2", "title": "Cassé", "text": "pas fini',
      '',
      JSON.stringify({ title: 'Sans id', text: 'Premier titre\r\nLe corps.' }),
      JSON.stringify(['pas', 'un', 'objet']),
      JSON.stringify({ id: 'a5', title: 'Vide' }),
      '{"id": "a6", "text": 12345}',
      JSON.stringify({ id: 'a7', text: ['Le ministre', 'a parlé.'] }),
    ];
    const root = tree({ 'lot.jsonl': lines.join('\n') + '\n' });
    const file = join(root, 'lot.jsonl');
    const items = await collect([root]);
    expect(problems(items)).toEqual([
      { origin: `${file}:2`, message: expect.stringMatching(/^malformed JSON/) },
      { origin: `${file}:5`, message: 'expected a JSON object' },
      { origin: `${file}:6`, message: 'no "text" field' },
      { origin: `${file}:7`, message: '"text" is a number, not a string' },
      { origin: `${file}:8`, message: '"text" is an array, not a string' },
    ]);
    const got = articles(items);
    expect(got.map((a) => [a.id, a.origin])).toEqual([
      ['a1', `${file}#L1`],
      ['lot.jsonl#4', `${file}#L4`],
    ]);
    expect(got[0]).toMatchObject({ title: 'Premier', date: '2021-12-02', url: 'https://exemple.fr/1', source: 'AFP', text: 'Premier\n\nLe ministre a parlé.' });
    expect(got[1].text).toBe('Sans id\n\nPremier titre\nLe corps.');
  });
});
