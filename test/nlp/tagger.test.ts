import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences.js';
import { tokenize } from '../../src/nlp/tokens.js';
import { lexiconMayTag, tagSentence } from '../../src/nlp/tagger.js';

const PLACE = ['Place', 'City', 'Country', 'Region'];
const FIRST = ['FirstName', 'MaleName', 'FemaleName'];

function chunkAt(text: string, at: number): string {
  const m = /\s/.exec(text.slice(at));
  return text.slice(at, m ? at + m.index : text.length);
}

describe('lexiconMayTag', () => {
  it('answers "maybe" for words of fr-compromise place and first-name entries, one-word or multi-word', () => {
    expect(lexiconMayTag('Genève', 'Place')).toBe(true);
    expect(lexiconMayTag('Kiev,', 'Place')).toBe(true);
    expect(lexiconMayTag('York', 'Place')).toBe(true);
    expect(lexiconMayTag('Ukraine)', 'Place')).toBe(true);
    expect(lexiconMayTag('Pierre', 'FirstName')).toBe(true);
  });

  it('rules out words no such entry holds', () => {
    expect(lexiconMayTag('Lavrov', 'Place')).toBe(false);
    expect(lexiconMayTag('Blinken', 'FirstName')).toBe(false);
  });

  it('compares words as compromise does: its transliteration, but accents it keeps are kept', () => {
    expect(lexiconMayTag('Malmö', 'Place')).toBe(true); // read "malmo"
    expect(lexiconMayTag('États', 'Place')).toBe(false); // its entry is "etats unis"
  });

  it('joins the letter runs compromise joins: acronym dots, hyphens', () => {
    expect(lexiconMayTag('U.S.A.', 'Place')).toBe(true);
  });

  // The pre-scan is only sound if these tags come from compromise's lexicon alone: every word
  // it tags so in real text must be one the pre-scan lets through.
  it('never rules out a word that tagSentence tags as a place or a first name', () => {
    const dir = join(__dirname, '..', '..', 'corpus');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push(
      "Réunion à New York, puis à Saint-Pétersbourg, Malmö, Zürich et Łódź ; l'Ukraine, Jean-Marc et Pierre Dupont au Caire.",
      "Les États-Unis (USA, U.S.) et les États membres ; Kim Jong-un à Pyongyang, Costa Rica et Sierra Leone, l'Italie et d'Espagne.",
    );
    let tagged = 0;
    for (const text of texts) {
      for (const s of splitSentences(text)) {
        const tokens = tokenize(s);
        const tags = tagSentence(s, tokens);
        tokens.forEach((t, i) => {
          for (const [family, tag] of [[PLACE, 'Place'], [FIRST, 'FirstName']] as const) {
            if (!family.some((f) => tags[i].has(f))) continue;
            tagged++;
            const clitic = i > 0 && /['’]$/.test(tokens[i - 1].text) ? chunkAt(text, tokens[i - 1].start) : '';
            expect(lexiconMayTag(chunkAt(text, t.start), tag) || lexiconMayTag(clitic, tag), `${t.text} (${tag}) in: ${s.text}`).toBe(true);
          }
        });
      }
    }
    expect(tagged).toBeGreaterThan(50);
  });
});
