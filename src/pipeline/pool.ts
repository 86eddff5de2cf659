import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleExtraction } from '../types.js';
import { extractArticle } from '../extract/index.js';
import { PACKAGE_ROOT } from '../paths.js';

/** Extracts articles on a pool of worker threads; articles are independent until resolution. */
export interface Extractor {
  extract(article: Article): Promise<ArticleExtraction>;
  close(): Promise<void>;
  readonly workers: number;
}

interface Job {
  id: number;
  article: Article;
  resolve: (x: ArticleExtraction) => void;
  reject: (e: Error) => void;
}

// Workers run the compiled code: under a TypeScript test runner the sources cannot be
// loaded by a plain worker, so the pool falls back to the calling thread when dist/ is absent.
const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'src', 'pipeline', 'extract-worker.js');

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export function createExtractor(workers = defaultWorkers()): Extractor {
  if (workers <= 1 || !existsSync(WORKER_FILE)) {
    return { workers: 1, extract: async (a) => extractArticle(a), close: async () => {} };
  }
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let nextId = 0;
  const pool: Worker[] = [];

  const dispatch = (): void => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const job = queue.shift()!;
      busy.set(w, job);
      w.postMessage({ id: job.id, article: job.article });
    }
  };
  for (let i = 0; i < workers; i++) {
    const w = new Worker(WORKER_FILE);
    w.on('message', (msg: { id: number; ok: boolean; result?: ArticleExtraction; error?: string }) => {
      const job = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (job) msg.ok ? job.resolve(msg.result!) : job.reject(new Error(msg.error));
      dispatch();
    });
    w.on('error', (err) => {
      const job = busy.get(w);
      busy.delete(w);
      job?.reject(err);
    });
    pool.push(w);
    idle.push(w);
  }
  return {
    workers,
    extract(article) {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, article, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
