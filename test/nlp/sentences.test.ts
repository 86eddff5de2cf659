import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/nlp/sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after the honorifics "M." and "Mme"', () => {
    const text = "M. Macron a reçu Mme Meloni à l'Élysée mardi. Ils ont évoqué la migration en Méditerranée.";
    expect(texts(text)).toEqual([
      "M. Macron a reçu Mme Meloni à l'Élysée mardi.",
      'Ils ont évoqué la migration en Méditerranée.',
    ]);
  });

  it('does not split after initials or "Dr."', () => {
    const text = 'Le romancier J. M. Coetzee a salué le Dr. Mukwege. La cérémonie a eu lieu à Stockholm.';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['Le romancier J. M. Coetzee a salué le Dr. Mukwege.', 'La cérémonie a eu lieu à Stockholm.']);
    expect(out[1].start).toBe(text.indexOf('La cérémonie'));
  });

  it('keeps a quotation and its attribution in one sentence, even with a period inside the quote', () => {
    const text = '« Nous ne reculerons pas. Le peuple a parlé », a déclaré Ousmane Sonko. Le Sénégal attend la suite.';
    expect(texts(text)).toEqual([
      '« Nous ne reculerons pas. Le peuple a parlé », a déclaré Ousmane Sonko.',
      'Le Sénégal attend la suite.',
    ]);
  });

  it('ends a sentence at a straight closing mark after a period, as at « »', () => {
    const text = 'Le ministre estime que "ces accusations sont infondées." Paul Martin ajoute que le rapport est biaisé.';
    expect(texts(text)).toEqual(['Le ministre estime que "ces accusations sont infondées."', 'Paul Martin ajoute que le rapport est biaisé.']);
  });

  it('splits after "», a-t-il souligné." before the next capitalized sentence', () => {
    const text = "« La situation est grave », a-t-il souligné. Le gouvernement a convoqué l'ambassadeur d'Algérie.";
    const out = splitSentences(text);
    expect(out).toHaveLength(2);
    expect(out[0].text).toBe('« La situation est grave », a-t-il souligné.');
    expect(out[0].end).toBe(text.indexOf('souligné.') + 'souligné.'.length);
    expect(out[1].start).toBe(text.indexOf('Le gouvernement'));
  });

  it('treats line breaks as hard boundaries, even without final punctuation or before a lowercase line', () => {
    const text = "Sommet de l'Union africaine\nLes chefs d'État se réunissent à Addis-Abeba\n\nla Côte d'Ivoire prend la présidence.";
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual([
      "Sommet de l'Union africaine",
      "Les chefs d'État se réunissent à Addis-Abeba",
      "la Côte d'Ivoire prend la présidence.",
    ]);
    expect(out.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(out[2].start).toBe(text.indexOf('la Côte'));
  });

  it('gives offsets that slice back to each sentence exactly, without surrounding whitespace', () => {
    const text =
      '  Le Real Madrid a battu le Bayern Munich.  Vinícius Júnior a marqué deux fois !\u00a0Qui arrêtera les Madrilènes ?\n' +
      '« Personne », répond la presse espagnole.\n';
    const out = splitSentences(text);
    expect(out).toHaveLength(4);
    for (const [i, s] of out.entries()) {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(out[0].start).toBe(text.indexOf('Le Real'));
    expect(out[2].text).toBe('Qui arrêtera les Madrilènes ?');
    expect(out[3].start).toBe(text.indexOf('« Personne'));
  });

  it('does not split inside "100 000" and splits before a sentence that starts with a number', () => {
    const text = 'Plus de 100 000 personnes ont défilé à Paris. 2 000 policiers étaient mobilisés. La croissance a atteint 2,5 %.';
    expect(texts(text)).toEqual([
      'Plus de 100 000 personnes ont défilé à Paris.',
      '2 000 policiers étaient mobilisés.',
      'La croissance a atteint 2,5 %.',
    ]);
  });

  it('does not split before a lowercase word', () => {
    const text = 'Le vote est prévu vers 18 h. après le débat. Les députés sont prêts.';
    expect(texts(text)).toEqual(['Le vote est prévu vers 18 h. après le débat.', 'Les députés sont prêts.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \n')).toEqual([]);
  });

  // Wrong: the period sits inside the quote and nothing after "»" ends the sentence, so the next sentence is glued on.
  it('splits after a quotation that ends the sentence ("… agirons. » Le …")', () => {
    const text = '« Nous agirons. » Le ministre a quitté la salle.';
    expect(texts(text)).toEqual(['« Nous agirons. »', 'Le ministre a quitté la salle.']);
  });

  // Wrong: "B." at the end of a sentence is taken for an initial ("J. Biden"), so no split.
  it('splits after a one-letter word ending a sentence ("groupe B.")', () => {
    const text = 'Les Bleus ont terminé premiers du groupe B. La France affrontera la Pologne en huitièmes.';
    expect(texts(text)).toEqual(['Les Bleus ont terminé premiers du groupe B.', 'La France affrontera la Pologne en huitièmes.']);
  });

  // Wrong: a line with no sentence end was one sentence of any length, and tagging, parsing and
  // the event rules cost more than linearly in it (a one-line dump of 3 MB never finished).
  it('cuts a sentence longer than MAX_SENTENCE_CHARS at clause boundaries, covering the text exactly', () => {
    const clause = 'la maire Odile Ferrand a reproché au préfet son silence sur la fermeture de la scierie, ';
    const text = clause.repeat(Math.ceil((MAX_SENTENCE_CHARS * 15) / clause.length)).trim();
    const out = splitSentences(text);
    expect(out.length).toBeGreaterThan(15);
    for (const [i, s] of out.entries()) {
      expect(s.index).toBe(i);
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      // Cut after a comma, never inside a clause.
      if (i < out.length - 1) expect(s.text.endsWith(',')).toBe(true);
    }
    // Nothing but spaces between pieces: every word is kept.
    expect(out.map((s) => s.text).join(' ')).toBe(text);
  });

  it('cuts an unbroken run of letters anywhere but inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_SENTENCE_CHARS * 2);
    const out = splitSentences(text);
    expect(out.map((s) => s.text).join('')).toBe(text);
    for (const s of out) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(s.text.length % 2).toBe(0);
    }
  });

  it('leaves a long real sentence whole', () => {
    const long = `Le conseil a adopté ${'une mesure de plus pour les écoles, '.repeat(40)}après un long débat.`;
    expect(long.length).toBeGreaterThan(1400);
    expect(long.length).toBeLessThan(MAX_SENTENCE_CHARS);
    expect(texts(`${long} La séance est levée.`)).toEqual([long, 'La séance est levée.']);
  });
});
