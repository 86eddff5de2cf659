// Worker-thread side of the build's thread pool: runs tasks (see tasks.ts), answers results.
import { parentPort } from 'node:worker_threads';
import { runTask, type Task } from './tasks.js';

parentPort?.on('message', (msg: { id: number; task: Task }) => {
  try {
    parentPort!.postMessage({ id: msg.id, ok: true, result: runTask(msg.task) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: (err as Error).message });
  }
});
