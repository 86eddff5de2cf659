// The build's thread pool: an article whose work overruns its deadline or exhausts its thread's
// heap fails alone, in one line, and the calling thread carries on with a fresh thread.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPool, ThreadMemoryError, ThreadTimeoutError } from '../../src/pipeline/pool.js';
import type { Task } from '../../src/pipeline/tasks.js';

const workerFile = join(import.meta.dirname, 'fixtures', 'pool-worker.mjs');
// The stand-in worker's own tasks, not the build's.
const task = (kind: string, value?: unknown) => ({ kind, value }) as unknown as Task;

describe('createPool', () => {
  // Wrong: a task ran as long as it liked; --max-seconds was only checked between chunks of an
  // extraction, so one chunk that never ended held the build forever.
  it('stops a thread at the task deadline, fails that task only, and answers the next on a fresh thread', async () => {
    const pool = createPool(1, 64, { workerFile });
    try {
      expect(pool.inThread).toBe(false);
      const spin = pool.run(task('spin'), { seconds: 0.5 });
      const next = pool.run(task('echo', 'after'));
      await expect(spin).rejects.toBeInstanceOf(ThreadTimeoutError);
      await expect(spin).rejects.toThrow(/^stopped after 0\.5 s$/);
      expect(await next).toBe('after');
      expect(await pool.run(task('echo', 'again'), { seconds: 30 })).toBe('again');
    } finally {
      await pool.close();
    }
  });

  // Wrong: the message was "out of memory in a build thread …; build this article with
  // --workers 1", advice that ran the article on the main thread, unbounded.
  it('fails a task that exhausts its thread heap with a ThreadMemoryError, and carries on', async () => {
    const pool = createPool(1, 32, { workerFile });
    try {
      const hog = pool.run(task('hog'));
      await expect(hog).rejects.toBeInstanceOf(ThreadMemoryError);
      await expect(hog).rejects.toThrow(/^out of memory \(thread heap limit 32 MB\)$/);
      expect(await pool.run(task('echo', 'alive'))).toBe('alive');
    } finally {
      await pool.close();
    }
  });

  // Wrong: a thread done with a task waited for the calling thread to hear back before it was
  // handed the next, and idled while that thread was busy (resolving entities, say).
  it('queues a task without a deadline on a busy thread, and hands it to a fresh thread if that one dies', async () => {
    const pool = createPool(1, 32, { workerFile });
    try {
      await pool.run(task('echo', 'started'));
      const first = pool.run(task('busy', 100));
      const second = pool.run(task('now'));
      const until = Date.now() + 2500;
      while (Date.now() < until);
      const unblocked = Date.now();
      expect(await first).toBeLessThan(unblocked);
      expect(await second).toBeLessThan(unblocked);
      // Queued behind a task that exhausts the heap: it had not started, a fresh thread runs it.
      const hog = pool.run(task('hog'));
      const behind = pool.run(task('echo', 'behind'));
      await expect(hog).rejects.toBeInstanceOf(ThreadMemoryError);
      expect(await behind).toBe('behind');
      // A task with a deadline waits for a thread of its own, as before.
      const busy = pool.run(task('busy', 100));
      const timed = pool.run(task('now'), { seconds: 30 });
      expect(await timed).toBeGreaterThanOrEqual(await busy);
    } finally {
      await pool.close();
    }
  });

  // Wrong: one worker meant the calling thread, where a pathological article could exhaust the
  // process's heap or hold it forever.
  it('gives even one worker a thread of its own, unless asked to run on the calling thread', async () => {
    const one = createPool(1, 64, { workerFile });
    expect(one.inThread).toBe(false);
    await one.close();
    const here = createPool(1, 64, { workerFile, onCallingThread: true });
    expect(here.inThread).toBe(true);
    await here.close();
  });
});
