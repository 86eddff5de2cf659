import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { isSafeIri } from '../../graph/literals.js';
import { GraphLoadError } from '../../query/load-graph.js';
import { GraphStore, siblingUpdateEndpoint } from '../../store/graph-store.js';
import {
  defaultBuildGraph, loadPerArticle, loadWhole, LoadInputError, PartialLoadError, perArticlePayloads, readBuild, wholePayload,
  type LoadReport, type SwapMode,
} from '../../store/load.js';
import { SparqlEndpoint } from '../../store/sparql-endpoint.js';
import { UserError } from '../errors.js';
import { addEndpointOptions, endpointErrors, sessionFrom, type EndpointOptions } from './endpoint-options.js';
import { announceGraph, graphPath, resetGraphChoice } from '../graph-arg.js';
import { graphOption } from './shared.js';

interface LoadOptions extends EndpointOptions {
  endpoint: string;
  graph: string;
  graphIri?: string;
  perArticle?: boolean;
  file?: string;
  updateEndpoint?: string;
  swap: SwapMode;
  partTriples: string;
  quiet?: boolean;
}

export function registerLoad(program: Command): void {
  const cmd = program
    .command('load')
    .description('send the built graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol; PUT, so loading twice changes nothing)')
    .requiredOption('--endpoint <url>', 'Graph Store endpoint, e.g. http://localhost:8890/sparql-graph-crud-auth (Virtuoso), http://localhost:3030/ds/data (Fuseki), http://localhost:7200/repositories/ID/rdf-graphs/service (GraphDB)')
    .addOption(graphOption('graph file written by build (.ttl, .nt or .trig), or the build folder'))
    .option('--graph-iri <iri>', 'named graph for the whole build in the store (default <base>build)')
    .option('--per-article', 'one named graph per article plus the shared ones (entities, events), named as in the TriG output')
    .addOption(new Option('--file <file>', 'deprecated: the graph file is --graph').hideHelp())
    .option('--update-endpoint <url>', 'SPARQL Update endpoint for the staging swap (MOVE); found beside Virtuoso, Fuseki and GraphDB Graph Store endpoints')
    .addOption(new Option('--swap <how>', 'replace the final graph by MOVE from staging, or by PUT then DELETE of staging').choices(['auto', 'move', 'put']).default('auto'))
    .option('--part-triples <n>', 'stage a large build in requests of at most this many triples (MOVE swap only)', '100000')
    .option('-q, --quiet', 'print only the summary line');
  addEndpointOptions(cmd).action(async (opts: LoadOptions) => {
    const file = graphFile(opts, cmd.getOptionValueSource('graph') === 'cli');
    if (opts.perArticle && opts.graphIri) throw new UserError('--graph-iri names the whole-build graph; --per-article uses the build\'s own graph names');
    const partTriples = Number(opts.partTriples);
    if (!Number.isInteger(partTriples) || partTriples < 1) throw new UserError(`--part-triples must be a positive whole number, not ${JSON.stringify(opts.partTriples)}`);
    if (opts.graphIri !== undefined && !isSafeIri(opts.graphIri)) throw new UserError(`--graph-iri must be an absolute IRI, not ${JSON.stringify(opts.graphIri)}`);
    announceGraph(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new UserError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file (run newskg build first)' : (code ?? (err as Error).message)}`);
    }
    let build;
    try {
      build = readBuild(file, text);
    } catch (err) {
      if (err instanceof GraphLoadError || err instanceof LoadInputError) throw new UserError(err.message);
      throw err;
    }
    const say = (line: string) => {
      if (!opts.quiet) process.stdout.write(`${line}\n`);
    };
    const report: LoadReport = await endpointErrors(async () => {
      const session = sessionFrom(opts);
      const gsp = new GraphStore(opts.endpoint, session);
      if (opts.perArticle) {
        let payloads;
        try {
          payloads = perArticlePayloads(build);
        } catch (err) {
          if (err instanceof LoadInputError) throw new UserError(err.message);
          throw err;
        }
        const loaded: string[] = [];
        try {
          return await loadPerArticle(gsp, payloads, (p) => {
            loaded.push(p.graph);
            say(`loaded <${p.graph}> (${p.triples} triples)`);
          });
        } catch (err) {
          if (err instanceof PartialLoadError && opts.quiet && err.loaded.length) {
            // Quiet mode printed nothing yet: the list of what was loaded still matters.
            for (const g of err.loaded) process.stdout.write(`loaded <${g}>\n`);
          }
          throw err;
        }
      }
      const graph = opts.graphIri ?? defaultBuildGraph(build);
      const update = opts.updateEndpoint
        ? new SparqlEndpoint(opts.updateEndpoint, session)
        : (() => {
            const sibling = siblingUpdateEndpoint(gsp.url);
            return sibling ? new SparqlEndpoint(sibling, session) : null;
          })();
      return loadWhole(gsp, wholePayload(build, graph), { update, swap: opts.swap, partTriples, onStep: (s) => say(s) });
    });
    const graphs = report.graphs.length === 1 ? `<${report.graphs[0].graph}>` : `${report.graphs.length} graphs`;
    const how = report.swap ? ` (staged, swapped by ${report.swap === 'move' ? 'MOVE' : 'PUT'})` : '';
    process.stdout.write(`Loaded ${report.triples} triples into ${graphs} at ${report.endpoint} in ${Math.round(report.ms)} ms${how}\n`);
  });
}

/**
 * The graph file to load: --graph (a file or build folder, as in every command), or the
 * deprecated --file with a warning. --graph used to name the store's graph: an IRI given to it
 * that is no file gets a line saying where the IRI goes now.
 */
function graphFile(opts: LoadOptions, graphGiven: boolean): string {
  if (graphGiven && /^[a-z][a-z0-9+.-]+:/i.test(opts.graph) && !existsSync(opts.graph)) {
    throw new UserError(`--graph is the graph file to load (as in every command); name the store's graph with --graph-iri ${opts.graph}`);
  }
  if (opts.file === undefined) return opts.graph;
  if (graphGiven) throw new UserError('give the graph file with --graph only (--file is its deprecated name)');
  resetGraphChoice();
  process.stderr.write('newskg: warning: --file is deprecated and goes in the next release: the graph file is --graph FILE, the store\'s graph --graph-iri IRI\n');
  return graphPath(opts.file);
}
