// Worker-thread side of the extraction pool: receives articles, answers extractions.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../types.js';
import { extractArticle } from '../extract/index.js';

parentPort?.on('message', (msg: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id: msg.id, ok: true, result: extractArticle(msg.article) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: (err as Error).message });
  }
});
