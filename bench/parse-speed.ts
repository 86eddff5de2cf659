// `node dist/bench/parse-speed.js [--articles 300] [--rounds 5] [MODEL_DIR ...]`: CPU time of
// the tagger and parser alone on the sentences of the first articles of bench/.data/corpus-1000
// (run `npm run bench` once to generate it), best of several passes, in ms per 1 000 sentences.
// With several model folders (data/models when none), passes alternate between them so that
// a noisy machine slows them alike, and each folder's trees are compared with the first's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, dataPath } from '../src/paths.js';
import { makeDoc } from '../src/extract/doc.js';
import { lexical } from '../src/nlp/parse/lexical.js';
import { readModel } from '../src/nlp/parse/model-io.js';
import { denseOf, parseWith, type ParserModel } from '../src/nlp/parse/parser.js';
import { tagWith } from '../src/nlp/parse/tagger.js';
import type { Weights } from '../src/nlp/parse/weights.js';
import type { Article } from '../src/types.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  args.splice(i, 2);
  return value;
};
const articles = option('--articles', 300);
const rounds = option('--rounds', 5);
const dirs = args.length ? args : [dataPath('models')];

const corpus = join(PACKAGE_ROOT, 'bench', '.data', 'corpus-1000');
const sentences: string[][] = [];
for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().slice(0, articles)) {
  const doc = makeDoc({ id: file, text: readFileSync(join(corpus, file), 'utf8') } as Article);
  for (const [a, b] of doc.ranges) if (b > a) sentences.push(doc.tokens.slice(a, b).map((t) => t.text));
}

interface Variant {
  dir: string;
  tagger: Weights;
  parser: ParserModel;
  tags: Int32Array[];
  best: { parse: number; tagParse: number };
  trees: string[];
}

const variants: Variant[] = dirs.map((dir) => {
  const read = (file: string) => readModel<{ classes: string[] }>(join(dir, file));
  const labels = read('parser-labels.bin');
  const parser = { moves: read('parser-moves.bin').weights, labels: labels.weights, labelNames: labels.header.classes };
  denseOf(parser);
  const tagger = read('tagger.bin').weights;
  return { dir, tagger, parser, tags: sentences.map((w) => Int32Array.from(tagWith(tagger, w))), best: { parse: Infinity, tagParse: Infinity }, trees: [] };
});

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function pass(v: Variant): void {
  let t0 = cpu();
  for (let i = 0; i < sentences.length; i++) parseWith(v.parser, sentences[i], v.tags[i], lexical(sentences[i]));
  v.best.parse = Math.min(v.best.parse, cpu() - t0);
  t0 = cpu();
  const trees = sentences.map((w) => {
    const lex = lexical(w);
    return parseWith(v.parser, w, Int32Array.from(tagWith(v.tagger, w, lex)), lex);
  });
  v.best.tagParse = Math.min(v.best.tagParse, cpu() - t0);
  v.trees = trees.map((t) => `${t.head.join(',')} ${t.deprel.join(',')}`);
}

for (const v of variants) pass(v); // warm-up
for (const v of variants) v.best = { parse: Infinity, tagParse: Infinity };
for (let r = 0; r < rounds; r++) for (const v of variants) pass(v);

const per1000 = (ms: number): string => ((ms / sentences.length) * 1000).toFixed(0);
console.log(`${sentences.length} sentences from ${articles} articles, best of ${rounds} passes, ms of CPU per 1 000 sentences`);
for (const v of variants) {
  const same = v.trees.filter((t, i) => t === variants[0].trees[i]).length;
  console.log(`${v.dir}: parse ${per1000(v.best.parse)}, tag + parse ${per1000(v.best.tagParse)}; trees as the first folder's: ${same}/${sentences.length}`);
}
