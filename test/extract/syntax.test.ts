import { describe, expect, it } from 'vitest';
import { makeDoc, type Doc } from '../../src/extract/doc.js';
import { LONG_QUOTE, sentenceClauses, sentenceTags } from '../../src/extract/syntax.js';
import { subjectOf, type Clauses } from '../../src/nlp/clauses.js';
import { parseTokens, tagTokens } from '../../src/nlp/parse/index.js';

const docOf = (text: string): Doc => makeDoc({ id: 't', origin: 't', title: null, date: null, url: null, source: null, text });

/** Each word's head climbs to the single root without a cycle. */
function isTree(c: Clauses): boolean {
  const roots = c.head.filter((h) => h < 0).length;
  if (roots !== 1) return false;
  return c.head.every((_, k) => {
    let at = k;
    for (let steps = 0; steps <= c.head.length; steps++) {
      if (c.head[at] < 0) return true;
      at = c.head[at];
    }
    return false;
  });
}

const QUOTED = '« Nous ne signerons jamais un accord qui sacrifie les pêcheurs de nos côtes », a déclaré la ministre.';

describe('sentenceClauses with a long quotation', () => {
  const doc = docOf(QUOTED);
  const words = doc.tokens.map((t) => t.text);
  const open = words.indexOf('«');
  const close = words.indexOf('»');
  const verb = words.indexOf('déclaré');

  it('is a long quotation for this test', () => {
    expect(close - open - 1).toBeGreaterThanOrEqual(LONG_QUOTE);
  });

  it('read from outside, covers every word with one tree, the quotation hanging from its first word', () => {
    const c = sentenceClauses(doc, 0, verb);
    expect(c.words).toEqual(words);
    expect(isTree(c)).toBe(true);
    for (let k = open + 2; k < close; k++) expect([c.head[k], c.deprel[k]]).toEqual([open + 1, 'dep']);
    // The incise's subject is found as in the whole sentence.
    expect(subjectOf(c, verb).map((k) => words[k])).toEqual(['ministre']);
    // The tags are the tagger's over the whole sentence.
    expect(c.upos).toEqual(tagTokens(words));
    expect(sentenceTags(doc, 0)).toEqual(tagTokens(words));
    // A short quotation, and a sentence with none, are parsed whole.
    const short = docOf("Le maire a parlé d'un « projet absurde » devant le conseil.");
    expect(sentenceClauses(short, 0, 0)).toMatchObject(parseTokens(short.tokens.map((t) => t.text)));
  });

  it('read from inside, sets in the quotation parsed as a sentence of its own', () => {
    const inside = words.indexOf('signerons');
    const c = sentenceClauses(doc, 0, inside);
    const outer = sentenceClauses(doc, 0, verb);
    expect(isTree(c)).toBe(true);
    const own = parseTokens(words.slice(open + 1, close));
    const root = open + 1 + own.head.indexOf(-1);
    own.head.forEach((h, i) => {
      if (h >= 0) expect([c.head[open + 1 + i], c.deprel[open + 1 + i]]).toEqual([open + 1 + h, own.deprel[i]]);
    });
    // The root takes the attachment the quotation had from outside; words outside that hung on it now hang on the root.
    expect([c.head[root], c.deprel[root]]).toEqual([outer.head[open + 1], outer.deprel[open + 1]]);
    for (let k = 0; k < words.length; k++) {
      if (k > open && k < close) continue;
      expect(c.head[k]).toBe(outer.head[k] === open + 1 ? root : outer.head[k]);
      expect(c.deprel[k]).toBe(outer.deprel[k]);
    }
    expect(subjectOf(c, inside).map((k) => words[k])).toEqual(['Nous']);
  });
});
