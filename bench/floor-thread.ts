// One thread of the parallel NLP floor (bench/child.ts, mode floor-threads): parses its share of
// the corpus with fr-compromise and nothing else, then says how long that took.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { parseSeconds } from './floor.js';

const { files } = workerData as { files: string[] };
const texts = files.map((f) => readFileSync(f, 'utf8'));
// Start together: each thread has loaded its copy of the lexicon, as the single-thread floor has.
parentPort!.postMessage({ ready: true });
parentPort!.once('message', () => parentPort!.postMessage({ seconds: parseSeconds(texts) }));
