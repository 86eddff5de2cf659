import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/nlp/tokens.js';
import { parseTagged, parseTokens, tagTokens, type Parsed } from '../../src/nlp/parse/index.js';
import { attachment, relationScore, uposAccuracy } from '../../src/nlp/parse/score.js';
import { loadTreebank } from '../../src/nlp/parse/treebank.js';
import { SHARED, haveShared } from '../helpers.js';

const words = (text: string): string[] => tokenize({ index: 0, start: 0, end: text.length, text }).map((t) => t.text);

/** The relation and head word of `dependent` (its first occurrence) in the parse of `text`. */
function arcOf(text: string, dependent: string): { rel: string; head: string | null; parsed: Parsed; tokens: string[] } {
  const tokens = words(text);
  const parsed = parseTokens(tokens);
  const i = tokens.indexOf(dependent);
  if (i < 0) throw new Error(`${dependent} is not a token of: ${text}`);
  const h = parsed.head[i];
  return { rel: parsed.deprel[i], head: h < 0 ? null : tokens[h], parsed, tokens };
}

const expectArc = (text: string, dependent: string, rel: string, head: string) =>
  expect({ dependent, ...pick(arcOf(text, dependent)) }).toEqual({ dependent, rel, head });
const pick = ({ rel, head }: { rel: string; head: string | null }) => ({ rel, head });

describe('parseTokens on sentences written for this test', () => {
  it('finds the subject and object of an active verb', () => {
    const text = "Le ministre accuse l'opposition de mentir.";
    expectArc(text, 'ministre', 'nsubj', 'accuse');
    expectArc(text, 'opposition', 'obj', 'accuse');
    expect(arcOf(text, 'accuse').head).toBeNull();
  });

  it('finds the passive subject and the "par" agent', () => {
    const text = 'Le journaliste a été arrêté par la police militaire.';
    expectArc(text, 'journaliste', 'nsubj:pass', 'arrêté');
    expectArc(text, 'police', 'obl:agent', 'arrêté');
    expectArc(text, 'été', 'aux:pass', 'arrêté');
  });

  it('attaches a "qui" relative clause to its noun, with "qui" as its subject', () => {
    const text = 'Le président, qui a accusé les rebelles, est arrivé à Goma.';
    expectArc(text, 'qui', 'nsubj', 'accusé');
    expectArc(text, 'rebelles', 'obj', 'accusé');
    // The clause hangs from its antecedent; after a comma the label is sometimes plain acl.
    const clause = arcOf(text, 'accusé');
    expect(clause.head).toBe('président');
    expect(clause.rel).toMatch(/^acl(:relcl)?$/);
    expectArc(text, 'président', 'nsubj', 'arrivé');
    expectArc('Le président qui a accusé les rebelles est arrivé.', 'accusé', 'acl:relcl', 'président');
  });

  it('finds the inverted subject of a speech incise', () => {
    const text = '« La situation est grave », a déclaré le ministre.';
    expectArc(text, 'ministre', 'nsubj', 'déclaré');
    expectArc(text, 'déclaré', 'parataxis:insert', 'grave');
  });

  // Known weakness: after a quoted clause whose head is a verb, the incise verb is taken for
  // the quote verb's xcomp and its inverted subject for an object. Fails today; when it passes,
  // vitest will say so and this can become a plain test.
  it.fails('finds the inverted subject of an incise after a verbal quote (known weakness)', () => {
    expectArc('« Nous ne céderons rien », a déclaré la ministre de la Santé.', 'ministre', 'nsubj', 'déclaré');
  });

  it('finds a pronoun subject', () => {
    const text = 'Elle dénonce une décision injuste.';
    expectArc(text, 'Elle', 'nsubj', 'dénonce');
    expectArc(text, 'décision', 'obj', 'dénonce');
  });

  it('sees through negation', () => {
    const text = "Le chef de l'État n'a pas rencontré son homologue.";
    expectArc(text, 'chef', 'nsubj', 'rencontré');
    expectArc(text, 'homologue', 'obj', 'rencontré');
    expectArc(text, 'pas', 'advmod', 'rencontré');
  });

  it('tags a sentence with universal parts of speech', () => {
    expect(tagTokens(words('Elle dénonce une décision injuste.'))).toEqual(['PRON', 'VERB', 'DET', 'NOUN', 'ADJ', 'PUNCT']);
  });
});

/** One head per token, one root, and every token reaches the root. */
function isTree(p: Parsed, n: number): boolean {
  if (p.head.length !== n || p.deprel.length !== n || p.upos.length !== n) return false;
  if (n === 0) return true;
  if (p.head.filter((h) => h === -1).length !== 1) return false;
  return p.head.every((_, i) => {
    let at = i;
    for (let steps = 0; steps <= n; steps++) {
      if (p.head[at] === -1) return true;
      at = p.head[at];
      if (at < 0 || at >= n) return false;
    }
    return false; // a cycle
  });
}

describe('parseTokens always returns a tree', () => {
  it('for the sentences above and for the empty sentence', () => {
    for (const text of ["Le ministre accuse l'opposition de mentir.", '« Non », a-t-il répondu.', 'Merci !', '']) {
      const tokens = words(text);
      expect(isTree(parseTokens(tokens), tokens.length)).toBe(true);
    }
  });

  it('for any sequence of words, sensible or not', () => {
    const vocab = ['le', 'la', 'ministre', 'a', 'accusé', ',', 'qui', 'de', '.', 'Paris', '«', '»', 'et', 'ne', 'pas', '2024', 'est', 'par'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { maxLength: 40 }), (tokens) => isTree(parseTokens(tokens), tokens.length)),
      { numRuns: 300, seed: 42 },
    );
  });
});

describe('parseTagged', () => {
  it('gives the tree parseTokens gives, from the tagger\'s tags', () => {
    for (const text of ['La maire a reproché au préfet de fermer la gare, selon un élu local.', '« Nous refusons cette réforme », ont déclaré les syndicats.', '']) {
      const tokens = words(text);
      expect(parseTagged(tokens, tagTokens(tokens))).toEqual(parseTokens(tokens));
    }
  });
});

// Floors: the figures bench/ud-eval.ts measured for the shipped models, less 0.01.
const FLOORS = {
  'fr_gsd-ud-test.conllu': { upos: 0.941, uas: 0.829, subject: 0.813, obj: 0.749 },
  'sequoia/fr_sequoia-ud-test.conllu': { upos: 0.962, uas: 0.872, subject: 0.857, obj: 0.833 },
};

const UD = join(SHARED, 'ud');
const haveUd = haveShared() && existsSync(join(UD, 'fr_gsd-ud-test.conllu'));
if (!haveUd && process.env.NEWSKG_REQUIRE_SHARED === '1') throw new Error(`${UD} is required but missing`);

describe.skipIf(!haveUd)('accuracy on the UD French test files (newskg tokens)', () => {
  for (const [file, floor] of Object.entries(FLOORS)) {
    it(`${file}: UPOS, UAS and subject/object F1 at least as measured`, () => {
      const { trees } = loadTreebank(join(UD, file));
      const parsed = trees.map((t) => parseTokens(t.words));
      expect(uposAccuracy(trees, parsed.map((p) => p.upos))).toBeGreaterThanOrEqual(floor.upos);
      expect(attachment(trees, parsed).uas).toBeGreaterThanOrEqual(floor.uas);
      expect(relationScore(trees, parsed, ['nsubj', 'nsubj:pass']).f1).toBeGreaterThanOrEqual(floor.subject);
      expect(relationScore(trees, parsed, ['obj']).f1).toBeGreaterThanOrEqual(floor.obj);
    });
  }
});
