// Worker-thread side of the extraction pool: receives articles, answers extractions.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../types.js';
import { extractBounded, type ExtractLimits } from './bounded.js';

parentPort?.on('message', (msg: { id: number; article: Article; limits?: ExtractLimits }) => {
  try {
    parentPort!.postMessage({ id: msg.id, ok: true, result: extractBounded(msg.article, msg.limits) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: (err as Error).message });
  }
});
