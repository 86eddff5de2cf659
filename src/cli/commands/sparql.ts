import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Parser, type Quad } from 'n3';
import { serializeGraph } from '../../graph/writer.js';
import { formatTable } from '../../query/format.js';
import { queryEmbedded, SparqlQueryError } from '../../store/embedded.js';
import { withModelPrefixes } from '../../store/prefixes.js';
import { isGraphForm, requestKind, type QueryForm } from '../../store/query-form.js';
import {
  formatResultsCsv, formatResultsJson, formatResultsTsv, parseResultsJson, resultsToDisplayTable, type SparqlResults,
} from '../../store/results.js';
import { SparqlEndpoint } from '../../store/sparql-endpoint.js';
import { UserError } from '../errors.js';
import { addDefaultGraphOption, addEndpointOptions, endpointErrors, sessionFrom, type EndpointOptions } from './endpoint-options.js';
import { graphOption, openGraph, tableOptions } from './shared.js';

const RESULT_FORMATS = ['table', 'json', 'csv', 'tsv'];
const GRAPH_FORMATS = ['turtle', 'nt'];

interface SparqlOptions extends EndpointOptions {
  file?: string;
  format?: string;
  graph: string;
  endpoint?: string;
}

async function queryText(inline: string | undefined, file: string | undefined): Promise<string> {
  if (inline !== undefined && file !== undefined) throw new UserError('give the query inline or with --file, not both');
  if (file !== undefined) {
    try {
      return file === '-' ? await readStdin() : await readFile(file, 'utf8');
    } catch (err) {
      throw new UserError(`cannot read query file ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  if (inline !== undefined) return inline;
  if (!process.stdin.isTTY) return readStdin();
  throw new UserError('no query: newskg sparql "SELECT …", --file q.rq, or a query on standard input');
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function checkFormat(form: QueryForm, format: string | undefined): string {
  if (isGraphForm(form)) {
    const f = format === undefined || format === 'table' ? 'turtle' : format;
    if (!GRAPH_FORMATS.includes(f)) throw new UserError(`${form.toUpperCase()} gives RDF: --format turtle or nt, not ${JSON.stringify(format)}`);
    return f;
  }
  const f = format ?? 'table';
  if (!RESULT_FORMATS.includes(f)) throw new UserError(`unknown --format ${JSON.stringify(f)} for ${form.toUpperCase()} (${RESULT_FORMATS.join(', ')})`);
  return f;
}

export function renderResults(r: SparqlResults, format: string): string {
  switch (format) {
    case 'json':
      return formatResultsJson(r);
    case 'csv':
      return formatResultsCsv(r);
    case 'tsv':
      return formatResultsTsv(r);
    default:
      if (typeof r.boolean === 'boolean') return `${r.boolean}\n`;
      return formatTable(resultsToDisplayTable(r), tableOptions());
  }
}

async function renderGraph(text: string, mediaType: string, format: string): Promise<string> {
  let quads: Quad[];
  try {
    quads = new Parser({ format: /n-triples|text\/plain/.test(mediaType) ? 'N-Triples' : 'Turtle' }).parse(text);
  } catch (err) {
    throw new UserError(`the endpoint's ${mediaType} answer does not parse: ${(err as Error).message.split('\n')[0]}`);
  }
  return serializeGraph(quads, { format: format === 'nt' ? 'nt' : 'turtle' });
}

export function registerSparql(program: Command): void {
  const cmd = program
    .command('sparql')
    .description('run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) on the built graph or a remote endpoint; the model\'s prefixes (nkg:, rdfs:, person:…) need no PREFIX line')
    .argument('[query]', 'the query text (or use --file, or standard input)')
    .option('--file <file>', 'read the query from a file (- for standard input)')
    .option('-f, --format <format>', 'SELECT/ASK: table | json | csv | tsv (W3C results formats); CONSTRUCT/DESCRIBE: turtle | nt')
    .addOption(graphOption())
    .option('--endpoint <url>', 'run on a remote SPARQL 1.1 Protocol endpoint instead of --graph');
  addEndpointOptions(addDefaultGraphOption(cmd)).action(async (inline: string | undefined, opts: SparqlOptions) => {
    const userQuery = await queryText(inline, opts.file);
    const kind = requestKind(userQuery);
    if (kind === 'update') throw new UserError('newskg sparql runs queries (SELECT, ASK, CONSTRUCT, DESCRIBE); SPARQL Update is not supported');
    // A malformed query reads as a SELECT here; the engine then reports the syntax error.
    const form: QueryForm = kind === 'unknown' ? 'select' : kind;
    const format = checkFormat(form, opts.format);
    const { text: query, addedLines } = withModelPrefixes(userQuery);
    let out: string;
    if (opts.endpoint) {
      const endpoint = opts.endpoint;
      out = await endpointErrors(async () => {
        const remote = new SparqlEndpoint(endpoint, sessionFrom(opts), opts.defaultGraph);
        if (isGraphForm(form)) {
          const g = await remote.graph(query);
          return renderGraph(g.text, g.mediaType, format);
        }
        return renderResults(await remote.results(query), format);
      });
    } else {
      const store = await openGraph(opts.graph);
      try {
        const run = (type: string) => queryEmbedded(store, query, type, { lineOffset: addedLines });
        if (isGraphForm(form)) out = await renderGraph(run('application/n-triples'), 'application/n-triples', format);
        else out = renderResults(parseResultsJson(run('application/sparql-results+json')), format);
      } catch (err) {
        if (err instanceof SparqlQueryError) throw new UserError(err.message);
        throw err;
      }
    }
    process.stdout.write(out);
  });
}
