import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../paths.js';
import { runTask, type Task, type TaskResult } from './tasks.js';

/**
 * Runs build tasks on a pool of worker threads: articles are independent until resolution, and
 * again once it is done, when each article's graph block is written.
 */
export interface TaskPool {
  run<T extends Task>(task: T): Promise<TaskResult<T>>;
  close(): Promise<void>;
  readonly workers: number;
  /** Tasks run on the calling thread (one worker, or no compiled worker file). */
  readonly inThread: boolean;
}

interface Job {
  id: number;
  task: Task;
  resolve: (x: unknown) => void;
  reject: (e: Error) => void;
}

// Workers run the compiled code: under a TypeScript test runner the sources cannot be
// loaded by a plain worker, so the pool falls back to the calling thread when dist/ is absent.
const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'src', 'pipeline', 'worker.js');

/**
 * Heap of one build thread: the extractor's lexicons and tagger (about 150 MB) plus the largest
 * article --max-chars lets through. A thread over it stops and its article is skipped.
 */
export const THREAD_HEAP_MB = 640;

/** Heap of a thread that clusters event mentions, then writes graph blocks: one batch, article or run of events at a time. */
export const WRITER_HEAP_MB = 256;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

/** With one worker (or no compiled worker file) tasks run on the calling thread. */
export function createPool(workers = defaultWorkers(), heapMb = THREAD_HEAP_MB): TaskPool {
  if (workers <= 1 || !existsSync(WORKER_FILE)) {
    return { workers: 1, inThread: true, run: async (task) => runTask(task), close: async () => {} };
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
      w.postMessage({ id: job.id, task: job.task });
    }
  };
  let closing = false;
  const spawnWorker = (): void => {
    // A capped heap makes each thread collect its garbage instead of growing towards the
    // machine's default limit: peak memory stays bounded on long builds.
    const w = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let served = false;
    w.on('message', (msg: { id: number; ok: boolean; result?: unknown; error?: string }) => {
      served = true;
      const job = busy.get(w);
      busy.delete(w);
      idle.push(w);
      if (job) msg.ok ? job.resolve(msg.result!) : job.reject(new Error(msg.error));
      dispatch();
    });
    // A worker that dies (out of memory on a pathological article…) fails its article only:
    // it is replaced, so the queue never waits on a dead thread.
    let dead = false;
    const died = (err: Error): void => {
      if (dead) return;
      dead = true;
      const job = busy.get(w);
      busy.delete(w);
      pool.splice(pool.indexOf(w), 1);
      const i = idle.indexOf(w);
      if (i >= 0) idle.splice(i, 1);
      job?.reject(err);
      if (closing) return;
      // Replaced when it died on an article or after serving some; one that cannot even start
      // is not restarted forever: with no thread left, the waiting articles fail with its error.
      if (job || served) {
        spawnWorker();
        dispatch();
      } else if (pool.length === 0) {
        for (const waiting of queue.splice(0)) waiting.reject(err);
      }
    };
    w.on('error', (err: Error & { code?: string }) =>
      died(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`out of memory in a build thread (heap limit ${heapMb} MB); build this article with --workers 1`) : err),
    );
    w.on('exit', (code) => died(new Error(`build thread stopped (exit code ${code})`)));
    pool.push(w);
    idle.push(w);
  };
  for (let i = 0; i < workers; i++) spawnWorker();
  return {
    workers,
    inThread: false,
    run<T extends Task>(task: T): Promise<TaskResult<T>> {
      return new Promise((resolve, reject) => {
        if (pool.length === 0) return reject(new Error('no build thread could start'));
        queue.push({ id: nextId++, task, resolve: resolve as (x: unknown) => void, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
