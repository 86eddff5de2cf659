import type { Command } from 'commander';
import { createSparqlServer, listen } from '../../serve/server.js';
import { UserError } from '../errors.js';
import { DEFAULT_GRAPH, openGraph } from './shared.js';

interface ServeOptions {
  graph: string;
  port: string;
  host: string;
  log?: boolean;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the graph as a read-only SPARQL 1.1 Protocol endpoint (GET/POST /sparql); Ctrl-C stops it')
    .option('-g, --graph <file>', 'graph file written by build', DEFAULT_GRAPH)
    .option('-p, --port <n>', 'TCP port (0 picks a free one)', '7878')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--log', 'print one line per request on standard error')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be 0..65535, not ${JSON.stringify(opts.port)}`);
      const store = await openGraph(opts.graph);
      const server = createSparqlServer(store, { log: opts.log ? (l) => process.stderr.write(`${l}\n`) : undefined });
      let running;
      try {
        running = await listen(server, opts.host, port);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`cannot serve on ${opts.host}:${port}: the port is already in use (try --port 0)`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserError(`cannot serve on ${opts.host}: no such local address`);
        if (code === 'EACCES') throw new UserError(`cannot serve on ${opts.host}:${port}: permission denied (ports below 1024 need privileges)`);
        throw err;
      }
      if (!LOOPBACK.test(opts.host)) process.stderr.write(`newskg: warning: listening on ${opts.host}, not loopback: anyone who can reach this address can query the graph\n`);
      process.stdout.write(`SPARQL endpoint for ${opts.graph} (${store.size} quads) at ${running.url} (read-only; Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: NodeJS.Signals) => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          process.stderr.write(`newskg: ${signal}: stopping the SPARQL endpoint\n`);
          void running.close().then(resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    });
}
