// A query thread of `newskg serve` (see query-pool.ts): parses its own copy of the graph from
// the bytes the server read once, says it is ready, then runs one query at a time. A slow query
// holds this thread only; past its deadline the server stops the thread and starts another.
import { parentPort, workerData } from 'node:worker_threads';
import type { Store } from 'oxigraph';
import type { GraphFormat } from '../graph/writer.js';
import { graphFromBytes } from '../query/load-graph.js';
import { queryEmbedded, SparqlQueryError } from '../store/embedded.js';
import type { QueryReply, QueryRequest, ThreadInit } from './query-pool.js';

const init = workerData as ThreadInit;
let store: Store;
try {
  store = graphFromBytes(new Uint8Array(init.bytes), init.format as GraphFormat, init.origin);
  parentPort!.postMessage({ ready: true, size: store.size });
} catch (err) {
  parentPort!.postMessage({ ready: false, message: String((err as Error)?.message ?? err) });
}

parentPort!.on('message', ({ id, request }: { id: number; request: QueryRequest }) => {
  let reply: QueryReply;
  try {
    const body = queryEmbedded(store, request.query, request.mediaType, {
      defaultGraphs: request.defaultGraphs,
      namedGraphs: request.namedGraphs,
      lineOffset: request.lineOffset,
    });
    reply = { id, ok: true, body };
  } catch (err) {
    reply = err instanceof SparqlQueryError ? { id, ok: false, kind: err.kind, message: err.message } : { id, ok: false, kind: 'internal', message: String((err as Error)?.message ?? err) };
  }
  parentPort!.postMessage(reply);
});
