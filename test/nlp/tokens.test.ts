import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';
import type { Sentence } from '../../src/types.js';

const one = (text: string): Sentence => ({ index: 0, start: 0, end: text.length, text });
const words = (text: string): string[] => tokenize(one(text)).map((t) => t.text);

describe('tokenize', () => {
  it("splits elided clitics off their host word, with straight and curly apostrophes", () => {
    expect(words("L'OTAN accuse Moscou d’ignorer l’avertissement qu'il a lancé.")).toEqual([
      "L'", 'OTAN', 'accuse', 'Moscou', 'd’', 'ignorer', 'l’', 'avertissement', "qu'", 'il', 'a', 'lancé', '.',
    ]);
    expect(words("jusqu'à ce que lorsqu'elle parte")).toEqual(["jusqu'", 'à', 'ce', 'que', "lorsqu'", 'elle', 'parte']);
  });

  it("keeps words whose apostrophe is not an elision whole (\"aujourd'hui\")", () => {
    expect(words("Le verdict tombe aujourd'hui.")).toEqual(['Le', 'verdict', 'tombe', "aujourd'hui", '.']);
  });

  it('keeps hyphenated words whole', () => {
    expect(words('« Non », a-t-il répondu depuis la Maison-Blanche à Porto-Novo.')).toEqual([
      '«', 'Non', '»', ',', 'a-t-il', 'répondu', 'depuis', 'la', 'Maison-Blanche', 'à', 'Porto-Novo', '.',
    ]);
  });

  it('keeps the period of "M." and of initials, but not of a word ending the sentence', () => {
    expect(words('M. Asante et Mme Diallo ont reçu J. Kabila à Kinshasa.')).toEqual([
      'M.', 'Asante', 'et', 'Mme', 'Diallo', 'ont', 'reçu', 'J.', 'Kabila', 'à', 'Kinshasa', '.',
    ]);
  });

  it('keeps numbers with space, non-breaking space or decimal comma as one token', () => {
    expect(words('Plus de 100 000 manifestants, 25\u202f000 policiers et 2,5 % de hausse.')).toEqual([
      'Plus', 'de', '100 000', 'manifestants', ',', '25\u202f000', 'policiers', 'et', '2,5', '%', 'de', 'hausse', '.',
    ]);
  });

  it('gives article offsets that slice back to every token, in the second sentence too', () => {
    const text = "Le Mali a rompu avec la France. L'armée malienne s’est retirée d'Anéfis, a-t-on appris mardi.";
    const [, second] = splitSentences(text);
    const tokens = tokenize(second);
    for (const t of tokens) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.sentence).toBe(1);
    }
    const anefis = tokens.find((t) => t.text === 'Anéfis')!;
    expect(anefis.start).toBe(text.indexOf('Anéfis'));
    const clitic = tokens.find((t) => t.text === 's’')!;
    expect(clitic.start).toBe(text.indexOf('s’est'));
    expect(tokens[0].start).toBe(text.indexOf("L'armée"));
  });
});
