import type { Command } from 'commander';
import { formatRows, listNamedQueries, resolveEntity, runNamedQuery, UnknownQueryError, type Page } from '../../query/index.js';
import { bestMatches, resolveEntityRemote, runNamedQueryRemote } from '../../store/remote-query.js';
import { SparqlEndpoint } from '../../store/sparql-endpoint.js';
import { EXIT, UserError } from '../errors.js';
import { addDefaultGraphOption, addEndpointOptions, endpointErrors, sessionFrom, type EndpointOptions } from './endpoint-options.js';
import { graphOption, openGraph, outputFormat, tableOptions } from './shared.js';

export function registerQuery(program: Command): void {
  const cmd = program
    .command('query')
    .description('run a named query: accusations, meetings, statements, demands, warnings, refusals, proposals, about <entity>, timeline [<entity>]')
    .argument('[name]', 'query name (see --list)')
    .argument('[entity]', 'for "about" (required) and "timeline" (optional): a name or alias, any case or accents')
    .option('--list', 'list the named queries')
    .addOption(graphOption())
    .option('-f, --format <format>', 'table | json | csv', 'table')
    .option('--limit <n>', 'at most n rows (for statements and timeline: n events), read without reading the rest')
    .option('--offset <n>', 'skip the first n rows (with --limit: the next page)')
    .option('--endpoint <url>', 'run on a remote SPARQL 1.1 Protocol endpoint (where newskg load put the graph) instead of --graph');
  addEndpointOptions(addDefaultGraphOption(cmd))
    .action(async (name: string | undefined, entity: string | undefined, opts: EndpointOptions & { list?: boolean; graph: string; format: string; endpoint?: string; limit?: string; offset?: string }) => {
      if (opts.list || !name) {
        for (const q of listNamedQueries()) process.stdout.write(`${q.name.padEnd(12)} ${q.description}\n`);
        if (!opts.list && !name) {
          process.stderr.write('newskg: which query? name one of the above, e.g. newskg query accusations\n');
          process.exitCode = EXIT.usage;
        }
        return;
      }
      const format = outputFormat(opts.format);
      const page: Page = { limit: count('--limit', opts.limit), offset: count('--offset', opts.offset) };
      const query = listNamedQueries().find((q) => q.name === name);
      if (!query) {
        throw new UserError(`unknown query ${JSON.stringify(name)} (known: ${listNamedQueries().map((q) => q.name).join(', ')})`);
      }
      // "about" needs an entity, "timeline" takes one if given: both bound from resolved IRIs.
      const entityParam = query.params.includes('entity') ? 'required' : query.optional.includes('entity') ? 'optional' : null;
      if (entityParam === 'required' && !entity) {
        throw new UserError(`query ${name} needs an entity name, e.g. newskg query ${name} lavrov`);
      }
      if (entity && entityParam === null) throw new UserError(`query ${name} takes no entity (about and timeline do)`);
      if (opts.endpoint) {
        const url = opts.endpoint;
        const table = await endpointErrors(async () => {
          const remote = new SparqlEndpoint(url, sessionFrom(opts), opts.defaultGraph);
          const params: Record<string, string[]> = {};
          if (entity) {
            const matches = bestMatches(await resolveEntityRemote(remote, entity));
            if (!matches.length) throw new UserError(`no entity matches ${JSON.stringify(entity)} at ${remote.display}`);
            params.entity = matches.map((m) => m.iri);
          }
          return runNamedQueryRemote(remote, name, params, page);
        });
        process.stdout.write(formatRows(table, format, tableOptions()));
        if (format === 'table') process.stdout.write('\n');
        return;
      }
      const store = await openGraph(opts.graph);
      const params: Record<string, string[]> = {};
      if (entity) {
        const matches = resolveEntity(store, entity);
        if (!matches.length) throw new UserError(`no entity matches ${JSON.stringify(entity)} in ${opts.graph}`);
        const best = matches[0].score;
        params.entity = matches.filter((m) => m.score === best).map((m) => m.iri);
      }
      try {
        const table = runNamedQuery(store, name, params, undefined, page);
        process.stdout.write(formatRows(table, format, tableOptions()));
        if (format === 'table') process.stdout.write('\n');
      } catch (err) {
        if (err instanceof UnknownQueryError) throw new UserError(err.message);
        throw err;
      }
    });
}

/** A --limit/--offset value: a whole number ≥ 0, or undefined when the option is absent. */
function count(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
    throw new UserError(`${option} expects a whole number ≥ 0, got ${JSON.stringify(value)}`);
  }
  return Number(value);
}
