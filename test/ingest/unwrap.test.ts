import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { ingestOne } from './helpers.js';

// A made-up dispatch, one paragraph per line.
const PARAGRAPHS = [
  'Sommet de Genève',
  'Par notre correspondant',
  'GENÈVE, 21 janvier',
  "Le ministre des Affaires étrangères a reçu vendredi son homologue, M. Dupont, pour un entretien de deux heures consacré à la sécurité européenne et aux sanctions.",
  "« Nous ne céderons pas sur l'essentiel, mais nous voulons un accord avant l'été », a déclaré le ministre devant la presse réunie au palais des Nations.",
  "L'opposition a accusé le gouvernement de brader les intérêts du pays et réclame un débat au Parlement dès la semaine prochaine.",
];

/** Wraps each paragraph at `width` columns, as an editor or a mail client does (no trailing spaces). */
function wrapPlain(line: string, width: number): string {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out.join('\n');
}

describe('hard-wrapped plain text', () => {
  const original = PARAGRAPHS.join('\n');

  it('joins the lines of paragraphs wrapped without trailing spaces, and keeps the short lines', async () => {
    const a = await ingestOne('depeche.txt', PARAGRAPHS.map((p) => wrapPlain(p, 60)).join('\n'));
    expect(a.text).toBe(original);
    expect(a.title).toBe('Sommet de Genève');
    // Unwrapped, the same one-line paragraphs of like length stay lines.
    expect((await ingestOne('depeche.txt', original)).text).toBe(original);
  });

  it('keeps a title and its initial together with the name that follows across a break', async () => {
    const a = await ingestOne('depeche.txt', PARAGRAPHS.map((p) => wrapPlain(p, 60)).join('\n\n'));
    const sentences = splitSentences(a.text).map((s) => s.text);
    expect(sentences).toContain(PARAGRAPHS[3]);
    expect(sentences).toContain(PARAGRAPHS[4]);
  });

  it('does not run a finished line into a list item', async () => {
    const items = [
      "Le communiqué final des ministres réunis à Genève retient trois points, tous négociés pied à pied :",
      '- un cessez-le-feu immédiat sur toute la ligne de front',
      '- un échange de prisonniers',
      '- une nouvelle réunion des ministres avant la fin du mois prochain',
    ];
    const text = ['Réunion de Genève', '', ...items.map((l) => wrapPlain(l, 50))].join('\n');
    const a = await ingestOne('liste.txt', text);
    expect(a.text.split('\n').slice(2)).toEqual(items);
  });

  it('joins a wrapped JSONL text', async () => {
    const text = PARAGRAPHS.slice(3).map((p) => wrapPlain(p, 60)).join('\n\n');
    const a = await ingestOne('flux.jsonl', JSON.stringify({ id: 'un', title: 'Genève', text }) + '\n');
    expect(a.text).toBe(['Genève', ...PARAGRAPHS.slice(3)].join('\n\n'));
  });
});

describe('Markdown soft line breaks', () => {
  it('reads a line break inside a paragraph as a space, unless the line ends a sentence', async () => {
    const md = [
      '# Sommet de Genève',
      '',
      'Le ministre a accusé son homologue',
      'de vouloir gagner du temps.',
      'Il a quitté la salle.',
      '',
      '## Les points',
      'Trois points sont retenus :',
      '- un cessez-le-feu',
      '- un échange',
      'de prisonniers',
      '',
      '> « Nous ne céderons pas »,',
      '> a dit le ministre.',
      'Fin de la citation  ',
      'et retour à la ligne.',
    ].join('\n');
    const a = await ingestOne('note.md', md);
    expect(a.text.split('\n').filter(Boolean)).toEqual([
      'Sommet de Genève',
      'Le ministre a accusé son homologue de vouloir gagner du temps.',
      'Il a quitté la salle.',
      'Les points',
      'Trois points sont retenus :',
      'un cessez-le-feu',
      'un échange de prisonniers',
      '« Nous ne céderons pas », a dit le ministre.',
      'Fin de la citation',
      'et retour à la ligne.',
    ]);
  });
});
