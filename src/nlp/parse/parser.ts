import { lexical, type Lexical } from './lexical.js';
import { newPerceptron, scoreTraining, tick, update, type Perceptron } from './perceptron.js';
import { buildDense, scoreDense, type Dense } from './dense.js';
import {
  BUFFER_FEATURES,
  CHILD_FEATURES,
  PARSER_FEATURES,
  STACK_SMALL,
  STACK_SMALL_VALUES,
  bufferFeatures,
  childFeatures,
  parserFeatures,
  stackSmallValues,
  stackWordFeatures,
} from './parser-features.js';
import { projectivize } from './projectivize.js';
import { shuffle } from './tagger.js';
import { UPOS } from './tagger-features.js';
import { LABEL_FEATURES, labelFeatures } from './label-features.js';
import { apply, canDo, isTerminal, moveCosts, LEFT, newState, NONE, REDUCE, RIGHT, resetState, SHIFT, top, type State } from './transitions.js';
import { scoreFrozen, type Weights } from './weights.js';

export interface ParserTree {
  /** Index into the sentence, -1 for the root. */
  head: number[];
  deprel: string[];
}

const PUNCT = UPOS.indexOf('PUNCT');
const VERB = UPOS.indexOf('VERB');
const ROOT_LABEL = 0;

/**
 * Two models: one chooses among the four moves, the other names an arc when one is made.
 * A joint model over ~120 labelled moves was as accurate but its rows were ~100 classes long,
 * which made scoring (memory-bound) several times slower.
 */
export interface ParserModel {
  moves: Weights;
  labels: Weights;
  labelNames: string[];
}

// Parsing's working arrays, kept from one sentence to the next (parsing is synchronous): a
// sentence's dozen-odd typed arrays cost about as much to allocate as a tenth of its parse.
let parseState: State | null = null;
const parseFeats = new Int32Array(PARSER_FEATURES);
const bufferFeats = new Int32Array(BUFFER_FEATURES);
const bufferScores = new Int32Array(4);
const childFeats = new Int32Array(CHILD_FEATURES);
const childScores = new Int32Array(4);
const parseLabelFeats = new Int32Array(LABEL_FEATURES);
const moveScores = new Int32Array(4);
const smallValues = new Int32Array(STACK_SMALL_VALUES);
const denseWeights = new WeakMap<Weights, Dense>();
let labelScoreArray = new Int32Array(0);

/** The dense part of a move model (see dense.ts), built on first use and kept with the model. */
export function denseOf(m: ParserModel): Dense {
  let dense = denseWeights.get(m.moves);
  if (!dense) denseWeights.set(m.moves, (dense = buildDense(m.moves, STACK_SMALL, m.labelNames.length)));
  return dense;
}

/** Greedy arc-eager parse of one tagged sentence. */
export function parseWith(m: ParserModel, words: string[], tags: Int32Array, lex: Lexical = lexical(words)): ParserTree {
  const s = (parseState = resetState(parseState, words.length));
  const feats = parseFeats;
  const labelFeats = parseLabelFeats;
  const scores = moveScores;
  if (labelScoreArray.length !== m.labels.nClasses) labelScoreArray = new Int32Array(m.labels.nClasses);
  const labelScores = labelScoreArray;
  const dense = denseOf(m);
  // The move scores' share from features that change with n0 only (bufferFeatures) and with n0's
  // left children (childFeatures), kept while they hold: integer sums, so the same scores.
  let bufferOf = -1;
  let childrenOf = -1;
  let childCount = -1;
  while (!isTerminal(s)) {
    if (s.b !== bufferOf) {
      bufferOf = s.b;
      scoreFrozen(m.moves, bufferFeats, bufferFeatures(lex, tags, s, bufferFeats, 0), bufferScores);
    }
    if (s.b !== childrenOf || s.leftCount[s.b] !== childCount) {
      childrenOf = s.b;
      childCount = s.leftCount[s.b];
      scoreFrozen(m.moves, childFeats, childFeatures(lex, tags, s, childFeats, 0), childScores);
    }
    scoreFrozen(m.moves, feats, stackWordFeatures(lex, tags, s, feats, 0), scores);
    stackSmallValues(tags, s, smallValues);
    scoreDense(dense, smallValues, scores);
    for (let k = 0; k < 4; k++) scores[k] += bufferScores[k] + childScores[k];
    let best = -1;
    for (let k = 0; k < 4; k++) if (canDo(s, k) && (best < 0 || scores[k] > scores[best])) best = k;
    let label = ROOT_LABEL;
    if ((best === LEFT || best === RIGHT) && top(s) !== s.root) {
      const head = best === LEFT ? s.b : top(s);
      const dep = best === LEFT ? top(s) : s.b;
      scoreFrozen(m.labels, labelFeats, labelFeatures(lex, tags, s, head, dep, labelFeats), labelScores);
      label = argmaxFrom(labelScores, 1);
    }
    apply(s, best, label);
  }
  return finish(s, m.labelNames, tags);
}

function argmaxFrom(scores: ArrayLike<number>, first: number): number {
  let best = first;
  for (let i = first + 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
  return best;
}

/**
 * The parse as a single-rooted tree. Arc-eager stops when the buffer is empty, possibly with
 * words never attached; they hang from the root word (punctuation as punct, the rest as
 * parataxis), and if the root got no child the first headless verb (or word) becomes it.
 */
function finish(s: State, labels: string[], tags: Int32Array): ParserTree {
  const head: number[] = [];
  const deprel: string[] = [];
  let rootWord = s.right1[s.root];
  if (rootWord === NONE) {
    for (let i = 0; i < s.n && rootWord === NONE; i++) if (s.head[i] === NONE && tags[i] === VERB) rootWord = i;
    for (let i = 0; i < s.n && rootWord === NONE; i++) if (s.head[i] === NONE) rootWord = i;
  }
  for (let i = 0; i < s.n; i++) {
    if (i === rootWord) {
      head.push(-1);
      deprel.push('root');
    } else if (s.head[i] === NONE || s.head[i] === s.root) {
      head.push(rootWord);
      deprel.push(tags[i] === PUNCT ? 'punct' : 'parataxis');
    } else {
      head.push(s.head[i]);
      deprel.push(labels[s.label[i]]);
    }
  }
  return { head, deprel };
}

export interface ParserExample {
  words: string[];
  /** Tags as the parser will see them: predicted, not gold. */
  tags: Int32Array;
  head: number[];
  deprel: string[];
}

export interface ParserTraining {
  moves: Perceptron;
  labels: Perceptron;
  labelNames: string[];
}

/**
 * Trains with Goldberg & Nivre's dynamic oracle: the move update goes towards the
 * best-scoring move of least cost, and from the second epoch on the parser mostly follows its
 * own prediction, so it learns to recover from its errors. The labeller learns from every
 * state where a gold arc can be made.
 */
export function trainParser(
  examples: ParserExample[],
  epochs: number,
  random: () => number,
  onEpoch?: (epoch: number, t: ParserTraining) => void,
): ParserTraining {
  const names = [...new Set(examples.flatMap((e) => e.deprel).filter((l) => l !== 'root'))].sort();
  names.unshift('root');
  const labelId = new Map(names.map((l, i) => [l, i]));
  const training: ParserTraining = { moves: newPerceptron(4), labels: newPerceptron(names.length), labelNames: names };
  const data = examples.map((e) => {
    const n = e.words.length;
    const heads = projectivize(e.head);
    return {
      lex: lexical(e.words),
      tags: e.tags,
      gh: Int32Array.from(heads, (h) => (h < 0 ? n : h)),
      gl: Int32Array.from(e.deprel, (l) => labelId.get(l)!),
    };
  });
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) trainOne(training, data[i], epoch >= 1, random);
    onEpoch?.(epoch, training);
  }
  return training;
}

const feats = new Int32Array(PARSER_FEATURES);
const labelFeats = new Int32Array(LABEL_FEATURES);
const scores = new Float64Array(4);
const cost = new Float64Array(4);

function trainOne(
  t: ParserTraining,
  ex: { lex: Lexical; tags: Int32Array; gh: Int32Array; gl: Int32Array },
  explore: boolean,
  random: () => number,
): void {
  const s = newState(ex.lex.n);
  const labelScores = new Float64Array(t.labelNames.length);
  while (!isTerminal(s)) {
    const n = parserFeatures(ex.lex, ex.tags, s, feats);
    scoreTraining(t.moves, feats, n, scores);
    moveCosts(s, ex.gh, cost);
    let minCost = Infinity;
    for (let k = 0; k < 4; k++) if (cost[k] < minCost) minCost = cost[k];
    let guess = -1;
    let truth = -1;
    for (let k = 0; k < 4; k++) {
      if (cost[k] === Infinity) continue;
      if (guess < 0 || scores[k] > scores[guess]) guess = k;
      if (cost[k] === minCost && (truth < 0 || scores[k] > scores[truth])) truth = k;
    }
    if (cost[guess] > minCost) update(t.moves, feats, n, truth, guess);
    tick(t.moves);

    // A gold arc between s0 and n0, in either direction: a lesson for the labeller.
    const s0 = top(s);
    const b = s.b;
    if (s0 !== s.root && (ex.gh[s0] === b || ex.gh[b] === s0)) {
      const [head, dep] = ex.gh[s0] === b ? [b, s0] : [s0, b];
      const m = labelFeatures(ex.lex, ex.tags, s, head, dep, labelFeats);
      scoreTraining(t.labels, labelFeats, m, labelScores);
      const said = argmaxFrom(labelScores, 1);
      update(t.labels, labelFeats, m, ex.gl[dep], said);
      tick(t.labels);
    }

    const move = explore && random() < 0.9 ? guess : truth;
    // Arcs made while exploring keep their gold label: giving them the labeller's own (as
    // parsing will) measured slightly worse on Sequoia dev.
    const label = (move === LEFT || move === RIGHT) && s0 !== s.root ? ex.gl[move === LEFT ? s0 : b] : ROOT_LABEL;
    apply(s, move, label);
  }
}
