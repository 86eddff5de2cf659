// The query threads of `newskg serve`. The engine runs a query synchronously to its end, so on
// the event loop one cartesian COUNT held every other request for minutes. Queries run instead on
// a few threads, each holding its own copy of the graph (parsed from the file's bytes, read once
// and shared): at most `threads` at once, the others wait in a bounded queue, and a query still
// unanswered `timeoutSeconds` after it arrived fails; if it was running, its thread is stopped
// and a fresh one takes its place.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../paths.js';
import { graphFromBytes, readGraphBytes } from '../query/load-graph.js';
import { queryEmbedded, SparqlQueryError } from '../store/embedded.js';

export interface QueryRequest {
  /** The query as the engine runs it (default prefixes already declared). */
  query: string;
  /** Result media type (SELECT/ASK results, or an RDF syntax for CONSTRUCT/DESCRIBE). */
  mediaType: string;
  defaultGraphs?: string[];
  namedGraphs?: string[];
  /** Lines put before the user's query (error positions are given in the user's lines). */
  lineOffset?: number;
}

/** What a query thread answers (internal: between the pool and its threads). */
export type QueryReply =
  | { id: number; ok: true; body: string }
  | { id: number; ok: false; kind: 'syntax' | 'evaluation' | 'internal'; message: string };

/** What a query thread starts from (internal). */
export interface ThreadInit {
  bytes: SharedArrayBuffer;
  format: string;
  origin: string;
}

/** A query unanswered within the timeout (HTTP 503); the message says why, in one line. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

/** Too many queries waiting for a thread (HTTP 503 with Retry-After). */
export class QueryBusyError extends Error {
  override name = 'QueryBusyError';
}

/** The graph could not be parsed on a query thread; the message is one line. */
export class GraphOpenError extends Error {
  override name = 'GraphOpenError';
}

export const DEFAULT_QUERY_THREADS = 2;
export const DEFAULT_TIMEOUT_SECONDS = 30;
/** Queries that may wait for a free thread before more are refused. */
export const DEFAULT_MAX_WAITING = 32;

export interface QueryEngineOptions {
  /** Queries run at once, each on a thread with its own copy of the graph (default 2). */
  threads?: number;
  /** Seconds from a query's arrival to its answer (default 30; 0 = no limit). */
  timeoutSeconds?: number;
  /** Queries that may wait for a free thread (default 32); more are refused at once. */
  maxWaiting?: number;
  /** The thread's script (default: the compiled query-worker.js). */
  workerFile?: string;
}

export interface QueryEngine {
  /** Quads in the graph. */
  readonly size: number;
  /** Queries run at once. */
  readonly threads: number;
  /** The serialized result; throws SparqlQueryError, QueryTimeoutError, QueryBusyError or Error. */
  run(request: QueryRequest): Promise<string>;
  close(): Promise<void>;
}

// Threads run the compiled code; under a TypeScript test runner (no dist/) queries run on the
// calling thread, with no timeout.
const WORKER_FILE = join(PACKAGE_ROOT, 'dist', 'src', 'serve', 'query-worker.js');

interface Job {
  id: number;
  request: QueryRequest;
  resolve: (body: string) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

/** Reads `file` once and starts the query threads; resolves when every one holds the graph. */
export async function openQueryEngine(file: string, opts: QueryEngineOptions = {}): Promise<QueryEngine> {
  const threads = Math.max(1, opts.threads ?? DEFAULT_QUERY_THREADS);
  const timeoutSeconds = opts.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  const maxWaiting = opts.maxWaiting ?? DEFAULT_MAX_WAITING;
  const workerFile = opts.workerFile ?? WORKER_FILE;
  const { bytes, format } = await readGraphBytes(file);
  if (!existsSync(workerFile)) {
    const store = graphFromBytes(bytes, format, file);
    return {
      size: store.size,
      threads: 1,
      run: async (r) => queryEmbedded(store, r.query, r.mediaType, { defaultGraphs: r.defaultGraphs, namedGraphs: r.namedGraphs, lineOffset: r.lineOffset }),
      close: async () => {},
    };
  }
  // Shared, not copied: every thread, replacements included, parses the same bytes.
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  const init: ThreadInit = { bytes: shared, format, origin: file };

  const queue: Job[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Job>();
  // Threads stopped at a deadline: whatever they still send is ignored.
  const stopping = new Set<Worker>();
  const live = new Set<Worker>();
  let starting = 0;
  let size = 0;
  let nextId = 0;
  let closing = false;

  const dispatch = (): void => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const job = queue.shift()!;
      busy.set(w, job);
      w.postMessage({ id: job.id, request: job.request });
    }
  };
  const settle = (job: Job): void => clearTimeout(job.timer);

  const spawn = (): Promise<void> =>
    new Promise((ready, failed) => {
      const w = new Worker(workerFile, { workerData: init });
      live.add(w);
      starting++;
      let up = false;
      let started = false;
      const startDone = (): boolean => {
        if (started) return false;
        started = true;
        starting--;
        return true;
      };
      w.on('message', (msg: { ready?: boolean; size?: number; id?: number; ok?: boolean; body?: string; kind?: 'syntax' | 'evaluation' | 'internal'; message?: string }) => {
        if (!started) {
          startDone();
          if (msg.ready) {
            up = true;
            size = msg.size ?? size;
            idle.push(w);
            ready();
            dispatch();
          } else {
            failed(new GraphOpenError(msg.message ?? 'the graph could not be parsed'));
            void w.terminate();
          }
          return;
        }
        if (stopping.has(w)) return;
        const job = busy.get(w);
        busy.delete(w);
        idle.push(w);
        if (job && job.id === msg.id) {
          settle(job);
          if (msg.ok) job.resolve(msg.body!);
          else if (msg.kind === 'internal') job.reject(new Error(msg.message));
          else job.reject(new SparqlQueryError(msg.message!, msg.kind!));
        }
        dispatch();
      });
      let gone = false;
      const died = (err: Error): void => {
        if (gone) return;
        gone = true;
        live.delete(w);
        stopping.delete(w);
        const i = idle.indexOf(w);
        if (i >= 0) idle.splice(i, 1);
        const job = busy.get(w);
        busy.delete(w);
        if (job) {
          settle(job);
          job.reject(new Error(`the query thread failed: ${err.message.split('\n')[0]}`));
        }
        if (!up) {
          if (startDone()) failed(err);
          return;
        }
        if (closing) return;
        // A thread that served is replaced (stopped at a deadline, or crashed on a query).
        spawn().catch(() => {
          if (live.size === 0 && starting === 0) for (const waiting of queue.splice(0)) waiting.reject(new Error('no query thread could be restarted'));
        });
      };
      w.on('error', died);
      w.on('exit', (code) => died(new Error(`exit code ${code}`)));
    });

  const expire = (job: Job): void => {
    const waiting = queue.indexOf(job);
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      job.reject(new QueryTimeoutError(`query timed out: no query thread was free within --timeout ${timeoutSeconds} s (${threads} run at once)`));
      return;
    }
    for (const [w, running] of busy) {
      if (running !== job) continue;
      busy.delete(w);
      stopping.add(w);
      job.reject(new QueryTimeoutError(`query timed out: still running after --timeout ${timeoutSeconds} s, stopped`));
      // Synchronous in the engine: only stopping the thread ends it. A fresh one replaces it.
      void w.terminate();
      return;
    }
  };

  try {
    await Promise.all(Array.from({ length: threads }, spawn));
  } catch (err) {
    closing = true;
    await Promise.all([...live].map((w) => w.terminate()));
    throw err;
  }

  return {
    get size() {
      return size;
    },
    threads,
    run(request: QueryRequest): Promise<string> {
      return new Promise((resolve, reject) => {
        if (closing) return reject(new Error('the endpoint is stopping'));
        if (idle.length === 0 && queue.length >= maxWaiting) {
          return reject(new QueryBusyError(`too many queries: ${threads} running and ${queue.length} waiting; retry later`));
        }
        const job: Job = { id: nextId++, request, resolve, reject };
        if (timeoutSeconds > 0 && Number.isFinite(timeoutSeconds)) job.timer = setTimeout(() => expire(job), timeoutSeconds * 1000);
        queue.push(job);
        dispatch();
      });
    },
    async close() {
      closing = true;
      for (const job of [...queue.splice(0), ...busy.values()]) {
        settle(job);
        job.reject(new Error('the endpoint is stopping'));
      }
      busy.clear();
      await Promise.all([...live].map((w) => w.terminate()));
    },
  };
}
