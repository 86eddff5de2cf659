import type { Command } from 'commander';
import { GraphLoadError } from '../../query/load-graph.js';
import { DEFAULT_QUERY_THREADS, DEFAULT_TIMEOUT_SECONDS, GraphOpenError, openQueryEngine, type QueryEngine } from '../../serve/query-pool.js';
import { createSparqlServer, listen } from '../../serve/server.js';
import { UserError } from '../errors.js';
import { graphOption } from './shared.js';

interface ServeOptions {
  graph: string;
  port: string;
  host: string;
  log?: boolean;
  timeout: string;
  maxQueries: string;
  defaultPrefixes: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph as a read-only SPARQL 1.1 Protocol endpoint (GET/POST /sparql); Ctrl-C stops it')
    .addOption(graphOption())
    .option('-p, --port <n>', 'TCP port (0 picks a free one)', '7878')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--log', 'print one line per request on standard error')
    .option('--timeout <s>', 'seconds a query may take before it is answered 503 and stopped (0 = no limit)', String(DEFAULT_TIMEOUT_SECONDS))
    .option('--max-queries <n>', 'queries run at once, each on a thread with its own copy of the graph; others wait', String(DEFAULT_QUERY_THREADS))
    .option('--no-default-prefixes', "do not declare the model's prefixes (nkg:, rdfs:, person:…) that a query uses without a PREFIX line")
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be 0..65535, not ${JSON.stringify(opts.port)}`);
      const timeout = Number(opts.timeout);
      if (opts.timeout.trim() === '' || !Number.isFinite(timeout) || timeout < 0) throw new UserError(`--timeout must be a number of seconds ≥ 0, not ${JSON.stringify(opts.timeout)}`);
      const threads = Number(opts.maxQueries);
      if (!Number.isInteger(threads) || threads < 1) throw new UserError(`--max-queries must be a whole number ≥ 1, not ${JSON.stringify(opts.maxQueries)}`);
      let engine: QueryEngine;
      try {
        engine = await openQueryEngine(opts.graph, { threads, timeoutSeconds: timeout });
      } catch (err) {
        if (err instanceof GraphLoadError || err instanceof GraphOpenError) throw new UserError(err.message);
        throw err;
      }
      const server = createSparqlServer(engine, { defaultPrefixes: opts.defaultPrefixes, log: opts.log ? (l) => process.stderr.write(`${l}\n`) : undefined });
      let running;
      try {
        running = await listen(server, opts.host, port);
      } catch (err) {
        await engine.close();
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`cannot serve on ${opts.host}:${port}: the port is already in use (try --port 0)`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserError(`cannot serve on ${opts.host}: no such local address`);
        if (code === 'EACCES') throw new UserError(`cannot serve on ${opts.host}:${port}: permission denied (ports below 1024 need privileges)`);
        throw err;
      }
      if (!LOOPBACK.test(opts.host)) process.stderr.write(`newskg: warning: listening on ${opts.host}, not loopback: anyone who can reach this address can query the graph\n`);
      const limits = `${timeout > 0 ? `queries time out after ${timeout} s` : 'no query timeout'}, ${threads} at a time`;
      process.stdout.write(`SPARQL endpoint for ${opts.graph} (${engine.size} quads) at ${running.url} (read-only; ${limits}; Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          process.stderr.write(`newskg: ${signal}: stopping the SPARQL endpoint\n`);
          void running.close().then(() => engine.close()).then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
