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
  run<T extends Task>(task: T, opts?: RunOptions): Promise<TaskResult<T>>;
  close(): Promise<void>;
  readonly workers: number;
  /** Tasks run on the calling thread (asked for, or no compiled worker file): no heap cap, no deadline. */
  readonly inThread: boolean;
}

export interface RunOptions {
  /**
   * Seconds the task may run once a thread has taken it; past them the thread is stopped (and
   * replaced) and the task fails with a ThreadTimeoutError. Undefined, 0 or Infinity: no deadline.
   */
  seconds?: number;
}

/** A task whose thread was stopped at its deadline (RunOptions.seconds). */
export class ThreadTimeoutError extends Error {
  override name = 'ThreadTimeoutError';
  constructor(readonly seconds: number) {
    super(`stopped after ${seconds} s`);
  }
}

/** A task whose thread ran out of heap; the message is one line. */
export class ThreadMemoryError extends Error {
  override name = 'ThreadMemoryError';
  constructor(readonly heapMb: number) {
    super(`out of memory (thread heap limit ${heapMb} MB)`);
  }
}

interface Job {
  id: number;
  task: Task;
  seconds: number;
  resolve: (x: unknown) => void;
  reject: (e: Error) => void;
}

const hasDeadline = (job: Job): boolean => job.seconds > 0 && Number.isFinite(job.seconds);

/** Tasks without a deadline a thread may hold at once: the one it runs, and the next. */
const QUEUED_PER_THREAD = 2;

// Workers run the compiled code: under a TypeScript test runner the sources cannot be
// loaded by a plain worker, so the pool falls back to the calling thread when dist/ is absent.
const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'src', 'pipeline', 'worker.js');

/**
 * Heap of one build thread: the extractor's lexicons and tagger (about 150 MB) plus the largest
 * article the bounds let through (bounded.ts: a chunk at a time, and at most DEFAULT_MAX_ITEMS
 * sentences, mentions and events kept). A thread over it stops and its article is skipped.
 */
export const THREAD_HEAP_MB = 640;

/** Heap of a thread that clusters event mentions, then writes graph blocks: one batch, article or run of events at a time. */
export const WRITER_HEAP_MB = 256;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export interface PoolOptions {
  /** Run tasks on the calling thread: no heap cap, no deadline (many tiny builds in one process). */
  onCallingThread?: boolean;
  /** The thread's script (default: the compiled worker.js); tests give their own. */
  workerFile?: string;
}

/**
 * `workers` threads, each with a heap of `heapMb`. Even one worker is a thread of its own, so an
 * article that exhausts its heap or overruns its deadline costs that article, never the calling
 * thread. Tasks run on the calling thread only when asked (where starting threads costs more than
 * the work) or when there is no compiled worker file (the sources run under a TypeScript test
 * runner).
 */
export function createPool(workers = defaultWorkers(), heapMb = THREAD_HEAP_MB, opts: PoolOptions = {}): TaskPool {
  const workerFile = opts.workerFile ?? WORKER_FILE;
  if (opts.onCallingThread || !existsSync(workerFile)) {
    return { workers: 1, inThread: true, run: async (task) => runTask(task), close: async () => {} };
  }
  workers = Math.max(1, workers);
  const queue: Job[] = [];
  // The tasks each busy thread holds, the one it runs first.
  const busy = new Map<Worker, Job[]>();
  const deadlines = new Map<Worker, NodeJS.Timeout>();
  const stoppedAtDeadline = new Set<Worker>();
  const idle: Worker[] = [];
  let nextId = 0;
  const pool: Worker[] = [];

  const clearDeadline = (w: Worker): void => {
    clearTimeout(deadlines.get(w));
    deadlines.delete(w);
  };
  const post = (w: Worker, job: Job): void => {
    let jobs = busy.get(w);
    if (!jobs) busy.set(w, (jobs = []));
    jobs.push(job);
    w.postMessage({ id: job.id, task: job.task });
    if (hasDeadline(job)) deadlines.set(w, setTimeout(() => overrun(w), job.seconds * 1000));
  };
  // A thread with room for one more task without a deadline behind those it holds (none with one).
  const roomy = (w: Worker): boolean => {
    const jobs = busy.get(w);
    return jobs !== undefined && jobs.length < QUEUED_PER_THREAD && !jobs.some(hasDeadline) && !stoppedAtDeadline.has(w);
  };
  const dispatch = (): void => {
    while (idle.length && queue.length) post(idle.pop()!, queue.shift()!);
    // A task without a deadline may also wait on a busy thread, behind others without one: the
    // thread starts it as soon as it is done with the previous one, without waiting for the
    // calling thread (busy with its own work, or descheduled) to hear back and hand it over.
    while (queue.length && !hasDeadline(queue[0])) {
      const w = pool.find(roomy);
      if (!w) break;
      post(w, queue.shift()!);
    }
  };
  // Synchronous work cannot be interrupted: the thread is stopped, and a fresh one takes its place.
  // A task with a deadline is the only one its thread holds (see roomy).
  const overrun = (w: Worker): void => {
    deadlines.delete(w);
    const job = busy.get(w)?.[0];
    if (!job) return;
    busy.delete(w);
    stoppedAtDeadline.add(w);
    job.reject(new ThreadTimeoutError(job.seconds));
    void w.terminate();
  };
  let closing = false;
  const spawnWorker = (): void => {
    // A capped heap makes each thread collect its garbage instead of growing towards the
    // machine's default limit: peak memory stays bounded on long builds.
    const w = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let served = false;
    w.on('message', (msg: { id: number; ok: boolean; result?: unknown; error?: string }) => {
      // An answer that crossed the deadline: the task has failed and the thread is going.
      if (stoppedAtDeadline.has(w)) return;
      served = true;
      clearDeadline(w);
      const jobs = busy.get(w);
      const job = jobs?.shift();
      if (!jobs?.length) {
        busy.delete(w);
        idle.push(w);
      }
      if (job) msg.ok ? job.resolve(msg.result!) : job.reject(new Error(msg.error));
      dispatch();
    });
    // A worker that dies (out of memory on a pathological article…) fails its article only:
    // it is replaced, so the queue never waits on a dead thread.
    let dead = false;
    const died = (err: Error): void => {
      if (dead) return;
      dead = true;
      const wasStopped = stoppedAtDeadline.delete(w);
      clearDeadline(w);
      const [job, ...waiting] = busy.get(w) ?? [];
      busy.delete(w);
      pool.splice(pool.indexOf(w), 1);
      const i = idle.indexOf(w);
      if (i >= 0) idle.splice(i, 1);
      job?.reject(err);
      // Tasks that waited behind it had not started: they go back to the head of the queue.
      if (closing) {
        for (const x of waiting) x.reject(err);
        return;
      }
      queue.unshift(...waiting);
      // Replaced when it died on an article, was stopped at a deadline or had served some; one
      // that cannot even start is not restarted forever: with no thread left, the waiting
      // articles fail with its error.
      if (job || served || wasStopped) {
        spawnWorker();
        dispatch();
      } else if (pool.length === 0) {
        for (const waiting of queue.splice(0)) waiting.reject(err);
      }
    };
    w.on('error', (err: Error & { code?: string }) => died(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ThreadMemoryError(heapMb) : err));
    w.on('exit', (code) => died(new Error(`build thread stopped (exit code ${code})`)));
    pool.push(w);
    idle.push(w);
  };
  for (let i = 0; i < workers; i++) spawnWorker();
  return {
    workers,
    inThread: false,
    run<T extends Task>(task: T, opts: RunOptions = {}): Promise<TaskResult<T>> {
      return new Promise((resolve, reject) => {
        if (pool.length === 0) return reject(new Error('no build thread could start'));
        queue.push({ id: nextId++, task, seconds: opts.seconds ?? 0, resolve: resolve as (x: unknown) => void, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      for (const w of [...deadlines.keys()]) clearDeadline(w);
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
