import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PACKAGE_ROOT } from '../src/paths.js';
import { seededRandom } from '../src/random.js';
import { writeModel } from '../src/nlp/parse/model-io.js';
import { averaged, type Perceptron } from '../src/nlp/parse/perceptron.js';
import { parseWith, trainParser, type ParserExample } from '../src/nlp/parse/parser.js';
import { attachment, relationScore } from '../src/nlp/parse/score.js';
import { tagWith, trainTagger } from '../src/nlp/parse/tagger.js';
import { UPOS } from '../src/nlp/parse/tagger-features.js';
import { loadTreebank } from '../src/nlp/parse/treebank.js';
import { buildWeights, storeWeights, type StoredWeights } from '../src/nlp/parse/weights.js';

export const SHARED_UD = join(PACKAGE_ROOT, '..', 'shared', 'ud');

export const TAGGER_EPOCHS = 8;
export const PARSER_EPOCHS = Number(process.env.PARSER_EPOCHS ?? 12);
export const JACKKNIFE_FOLDS = 4;
// Averaged weights smaller than these are dropped from the shipped files (size, load time).
export const TAGGER_MIN_WEIGHT = 0.05;
export const PARSER_MIN_WEIGHT = Number(process.env.PARSER_MIN_WEIGHT ?? 0.3);
export const LABEL_MIN_WEIGHT = Number(process.env.LABEL_MIN_WEIGHT ?? 0.3);

const store = (p: Perceptron, min: number): StoredWeights => storeWeights(p.nClasses, averaged(p, min));
const freeze = (p: Perceptron, min: number) => buildWeights(store(p, min));
const tagIds = (w: ReturnType<typeof freeze>, words: string[]): Int32Array => Int32Array.from(tagWith(w, words));

/**
 * More CoNLL-U files to train on, beyond the two in shared/ud: NEWSKG_UD_EXTRA, a list of
 * paths separated by commas (data/models/README.md names the files the shipped models used and
 * where they come from). Never a test file that ud-eval scores.
 */
export function extraTreebanks(): string[] {
  return (process.env.NEWSKG_UD_EXTRA ?? '').split(',').map((p) => p.trim()).filter(Boolean);
}

export async function trainModels(ud: string, outDir: string, extra: string[] = extraTreebanks()): Promise<void> {
  const t0 = performance.now();
  const files = [join(ud, 'sequoia', 'fr_sequoia-ud-train.conllu'), join(ud, 'fr_gsd-ud-dev.conllu'), ...extra];
  for (const f of extra) {
    if (/-ud-test\.conllu$/.test(f) && /(gsd|sequoia)/.test(f)) throw new Error(`newskg: ${f} is a test file ud-eval scores`);
  }
  const parts = files.map(loadTreebank);
  const train = parts.flatMap((p) => p.trees);
  const skipped = parts.reduce((a, p) => a + p.skipped, 0);
  const dev = loadTreebank(join(ud, 'sequoia', 'fr_sequoia-ud-dev.conllu')).trees;
  const tokens = train.reduce((a, t) => a + t.words.length, 0);
  console.log(`training files: ${files.join(', ')}`);
  console.log(`training data: ${train.length} sentences, ${tokens} tokens (${skipped} sentences skipped: not alignable)`);

  const taggerStored = store(trainTagger(train, TAGGER_EPOCHS, seededRandom(11)), TAGGER_MIN_WEIGHT);
  const tagger = buildWeights(taggerStored);
  console.log(`tagger trained (${secs(t0)} s)`);

  // The parser learns from tags as the tagger will give them, not gold ones: each fold is
  // tagged by a tagger trained on the other folds.
  const examples: ParserExample[] = new Array(train.length);
  for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
    const rest = train.filter((_, i) => i % JACKKNIFE_FOLDS !== fold);
    const w = freeze(trainTagger(rest, TAGGER_EPOCHS, seededRandom(100 + fold)), TAGGER_MIN_WEIGHT);
    train.forEach((t, i) => {
      if (i % JACKKNIFE_FOLDS === fold) examples[i] = { words: t.words, tags: tagIds(w, t.words), head: t.head, deprel: t.deprel };
    });
  }
  console.log(`jackknifed tags (${secs(t0)} s)`);

  const devTags = dev.map((t) => tagIds(tagger, t.words));
  const training = trainParser(examples, PARSER_EPOCHS, seededRandom(7), (epoch, t) => {
    const model = { moves: freeze(t.moves, PARSER_MIN_WEIGHT), labels: freeze(t.labels, PARSER_MIN_WEIGHT), labelNames: t.labelNames };
    const parsed = dev.map((tree, i) => ({ upos: [], ...parseWith(model, tree.words, devTags[i]) }));
    const { uas, las } = attachment(dev, parsed);
    const subj = relationScore(dev, parsed, ['nsubj', 'nsubj:pass']).f1;
    const obj = relationScore(dev, parsed, ['obj']).f1;
    console.log(`epoch ${epoch + 1}: Sequoia dev UAS ${f3(uas)} LAS ${f3(las)} subj F1 ${f3(subj)} obj F1 ${f3(obj)}  (${secs(t0)} s)`);
  });

  mkdirSync(outDir, { recursive: true });
  const facts = { trainedOn: files.map((f) => basename(f)), sentences: train.length, tokens };
  const written: Array<[string, number, number]> = [];
  const write = (file: string, header: object, w: StoredWeights) => written.push([file, writeModel(join(outDir, file), { ...header, ...facts }, w), w.keys.length]);
  write('tagger.bin', { kind: 'tagger', classes: UPOS, epochs: TAGGER_EPOCHS }, taggerStored);
  write('parser-moves.bin', { kind: 'parser moves', classes: ['SHIFT', 'REDUCE', 'LEFT', 'RIGHT'], epochs: PARSER_EPOCHS }, store(training.moves, PARSER_MIN_WEIGHT));
  write('parser-labels.bin', { kind: 'parser labels', classes: training.labelNames, epochs: PARSER_EPOCHS }, store(training.labels, LABEL_MIN_WEIGHT));
  for (const [file, bytes, features] of written) console.log(`wrote ${file}: ${mb(bytes)} MB, ${features} features`);
  console.log(`training took ${secs(t0)} s`);
}

const secs = (t0: number): string => ((performance.now() - t0) / 1000).toFixed(1);
const f3 = (x: number): string => x.toFixed(3);
const mb = (b: number): string => (b / 1e6).toFixed(2);
