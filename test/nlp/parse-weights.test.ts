import { describe, expect, it } from 'vitest';
import { dataPath } from '../../src/paths.js';
import { seededRandom } from '../../src/random.js';
import { buildDense, scoreDense } from '../../src/nlp/parse/dense.js';
import { lexical } from '../../src/nlp/parse/lexical.js';
import { readModel, readStored } from '../../src/nlp/parse/model-io.js';
import { STACK_SMALL, STACK_SMALL_VALUES, stackFeatures, stackSmallValues, stackWordFeatures } from '../../src/nlp/parse/parser-features.js';
import { tagTokens } from '../../src/nlp/parse/index.js';
import { UPOS } from '../../src/nlp/parse/tagger-features.js';
import { apply, canDo, isTerminal, LEFT, newState, RIGHT } from '../../src/nlp/parse/transitions.js';
import { buildWeights, scoreFrozen } from '../../src/nlp/parse/weights.js';
import { tokenize } from '../../src/nlp/tokens.js';

const words = (text: string): string[] => tokenize({ index: 0, start: 0, end: text.length, text }).map((t) => t.text);

describe('the parser weights at run time', () => {
  it('find every stored feature with its weights (the presence filter rules none out)', () => {
    for (const file of ['parser-moves.bin', 'parser-labels.bin', 'tagger.bin']) {
      const { stored } = readStored(dataPath('models', file));
      const w = buildWeights(stored);
      const scores = new Int32Array(w.nClasses);
      const one = new Int32Array(1);
      for (let i = 0; i < stored.keys.length; i += 37) {
        one[0] = stored.keys[i];
        scoreFrozen(w, one, 1, scores);
        const expected = new Int32Array(w.nClasses);
        for (let e = stored.offsets[i]; e < stored.offsets[i + 1]; e++) expected[stored.classes[e]] = stored.quantized[e];
        expect(Array.from(scores)).toEqual(Array.from(expected));
      }
    }
  });

  it('score the stack features of any parser state the same through the dense tables as hashed', () => {
    const moves = readModel(dataPath('models', 'parser-moves.bin')).weights;
    const nLabels = readModel<{ classes: string[] }>(dataPath('models', 'parser-labels.bin')).header.classes.length;
    const dense = buildDense(moves, STACK_SMALL, nLabels);
    const feats = new Int32Array(128);
    const values = new Int32Array(STACK_SMALL_VALUES);
    const hashed = new Int32Array(4);
    const split = new Int32Array(4);
    const random = seededRandom(3);
    let states = 0;
    for (const text of [
      'La commission a rejeté hier soir, après un long débat, la proposition du député.',
      '« Nous ne signerons pas », a répondu la syndicaliste aux journalistes venus de Lyon.',
      'Le maire et son adjoint, qui avaient promis des travaux, ont été critiqués par les habitants.',
    ]) {
      const w = words(text);
      const lex = lexical(w);
      const tags = Int32Array.from(tagTokens(w), (t) => UPOS.indexOf(t));
      // Random legal moves and labels: states a trained parser might never reach, too.
      for (let run = 0; run < 20; run++) {
        const s = newState(w.length);
        while (!isTerminal(s)) {
          scoreFrozen(moves, feats, stackFeatures(lex, tags, s, feats, 0), hashed);
          scoreFrozen(moves, feats, stackWordFeatures(lex, tags, s, feats, 0), split);
          stackSmallValues(tags, s, values);
          scoreDense(dense, values, split);
          expect(Array.from(split)).toEqual(Array.from(hashed));
          states++;
          let move: number;
          do move = Math.floor(random() * 4);
          while (!canDo(s, move));
          apply(s, move, move === LEFT || move === RIGHT ? Math.floor(random() * nLabels) : 0);
        }
      }
    }
    expect(states).toBeGreaterThan(1000);
  });
});
