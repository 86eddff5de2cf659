// `npm run ud-eval`: scores src/nlp/parse on the UD French-GSD and French-Sequoia test files
// (and Sequoia dev, where it was tuned): UPOS accuracy of our tagger and of fr-compromise as a
// baseline, UAS/LAS, subject/object/agent triples, throughput, model size and load time.
// Everything is computed over newskg's own tokens (src/nlp/parse/align.ts carries the UD trees
// over to them). Writes bench/ud-results.json.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT, dataPath } from '../src/paths.js';
import { tagSentence } from '../src/nlp/tagger.js';
import { parseTokens, preloadParser, tagTokens } from '../src/nlp/parse/index.js';
import { attachment, relationScore, uposAccuracy, type PRF } from '../src/nlp/parse/score.js';
import { loadTreebank, type Treebank } from '../src/nlp/parse/treebank.js';
import { tokenize } from '../src/nlp/tokens.js';
import { compromiseUpos } from './compromise-upos.js';

const ud = process.env.NEWSKG_SHARED ? join(process.env.NEWSKG_SHARED, 'ud') : join(PACKAGE_ROOT, '..', 'shared', 'ud');
const FILES: Record<string, string> = {
  'gsd-test': join(ud, 'fr_gsd-ud-test.conllu'),
  'sequoia-test': join(ud, 'sequoia', 'fr_sequoia-ud-test.conllu'),
  'sequoia-dev': join(ud, 'sequoia', 'fr_sequoia-ud-dev.conllu'),
};
const RELATIONS: Record<string, string[]> = {
  subject: ['nsubj', 'nsubj:pass'],
  nsubj: ['nsubj'],
  'nsubj:pass': ['nsubj:pass'],
  obj: ['obj'],
  'obl:agent': ['obl:agent'],
};

const loadMs = preloadParser();

/** Gold triples per relation in the UD word-level trees, all sentences: what merging tokens loses. */
function wordLevelCounts(tb: Treebank): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, rels] of Object.entries(RELATIONS)) {
    out[name] = tb.sentences.reduce((a, s) => a + s.words.filter((w) => rels.includes(w.deprel)).length, 0);
  }
  return out;
}

function evaluate(path: string) {
  const tb = loadTreebank(path);
  const gold = tb.trees;
  const ours = gold.map((t) => tagTokens(t.words));
  const baseline = gold.map((t, i) => {
    const text = tb.source[i].text;
    return compromiseUpos(t.words, tagSentence({ index: 0, start: 0, end: text.length, text }, tokensOf(text)));
  });
  const parsed = gold.map((t) => parseTokens(t.words));
  const relations: Record<string, PRF> = {};
  for (const [name, rels] of Object.entries(RELATIONS)) relations[name] = relationScore(gold, parsed, rels);
  return {
    sentences: tb.sentences.length,
    aligned: gold.length,
    skipped: tb.skipped,
    tokens: gold.reduce((a, t) => a + t.words.length, 0),
    upos: uposAccuracy(gold, ours),
    uposFrCompromise: uposAccuracy(gold, baseline),
    ...attachment(gold, parsed),
    relations,
    wordLevelGold: wordLevelCounts(tb),
  };
}

// fr-compromise is called exactly as the pipeline calls it, on our tokens.
const tokensOf = (text: string) => tokenize({ index: 0, start: 0, end: text.length, text });

/**
 * Tokens per second on one thread after a warm-up pass, by wall clock and by this process's
 * CPU time: on a shared machine the second is the one that says what the code costs.
 */
function throughput(path: string) {
  const words = loadTreebank(path).trees.map((t) => t.words);
  const tokens = words.reduce((a, w) => a + w.length, 0);
  const run = (f: (w: string[]) => unknown) => {
    for (const w of words) f(w);
    let passes = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    while (performance.now() - t0 < 3000 || passes < 3) {
      for (const w of words) f(w);
      passes++;
    }
    const wall = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { wall: Math.round((tokens * passes) / wall), cpu: Math.round((tokens * passes) / ((cpu.user + cpu.system) / 1e6)) };
  };
  const tag = run(tagTokens);
  const parse = run(parseTokens);
  return { tagTokensPerSec: tag, tagParseTokensPerSec: parse };
}

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, unit: 'newskg tokens (src/nlp/tokens.ts), punctuation included' };
for (const [name, path] of Object.entries(FILES)) results[name] = evaluate(path);
const speed = throughput(FILES['gsd-test']);
const models = dataPath('models');
const sizes = Object.fromEntries(readdirSync(models).filter((f) => f.endsWith('.bin')).map((f) => [f, statSync(join(models, f)).size]));
const msPer1000 = +((1000 / speed.tagParseTokensPerSec.cpu) * 1000).toFixed(2);
Object.assign(results, { speed: { ...speed, msPer1000TokensCpu: msPer1000 }, loadMs: Math.round(loadMs), modelBytes: sizes });
writeFileSync(join(PACKAGE_ROOT, 'bench', 'ud-results.json'), JSON.stringify(results, null, 2) + '\n');

const pct = (x: number): string => x.toFixed(3);
for (const name of Object.keys(FILES)) {
  const r = results[name] as ReturnType<typeof evaluate>;
  console.log(`\n${name}: ${r.aligned}/${r.sentences} sentences aligned (${r.skipped} skipped), ${r.tokens} tokens`);
  console.log(`  UPOS  ours ${pct(r.upos)}   fr-compromise ${pct(r.uposFrCompromise)}`);
  console.log(`  UAS ${pct(r.uas)}  LAS ${pct(r.las)}`);
  for (const [rel, s] of Object.entries(r.relations)) {
    console.log(`  ${rel.padEnd(11)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}   (gold ${s.gold} on tokens, ${r.wordLevelGold[rel]} on UD words; found ${s.found})`);
  }
}
console.log(`\nspeed (GSD test, one thread, tokens/s by CPU time | wall clock): tag ${speed.tagTokensPerSec.cpu} | ${speed.tagTokensPerSec.wall}, tag+parse ${speed.tagParseTokensPerSec.cpu} | ${speed.tagParseTokensPerSec.wall} (${msPer1000} ms of CPU per 1,000 tokens)`);
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log(`model load ${Math.round(loadMs)} ms; files ${Object.entries(sizes).map(([f, b]) => `${f} ${(b / 1e6).toFixed(2)} MB`).join(', ')} (total ${(total / 1e6).toFixed(2)} MB)`);

