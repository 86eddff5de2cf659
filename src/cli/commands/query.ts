import type { Command } from 'commander';
import { formatRows, listNamedQueries, resolveEntity, runNamedQuery, UnknownQueryError } from '../../query/index.js';
import { UserError } from '../errors.js';
import { DEFAULT_GRAPH, openGraph, outputFormat } from './shared.js';

export function registerQuery(program: Command): void {
  program
    .command('query')
    .description('run a named query: accusations, meetings, statements, demands, warnings, refusals, proposals, about <entity>')
    .argument('[name]', 'query name (see --list)')
    .argument('[entity]', 'for "about": a name or alias, any case or accents')
    .option('--list', 'list the named queries')
    .option('-g, --graph <file>', 'graph file written by build', DEFAULT_GRAPH)
    .option('-f, --format <format>', 'table | json | csv', 'table')
    .action(async (name: string | undefined, entity: string | undefined, opts: { list?: boolean; graph: string; format: string }) => {
      if (opts.list || !name) {
        for (const q of listNamedQueries()) process.stdout.write(`${q.name.padEnd(12)} ${q.description}\n`);
        if (!opts.list && !name) process.exitCode = 2;
        return;
      }
      const format = outputFormat(opts.format);
      if (!listNamedQueries().some((q) => q.name === name)) {
        throw new UserError(`unknown query ${JSON.stringify(name)} (known: ${listNamedQueries().map((q) => q.name).join(', ')})`);
      }
      const store = await openGraph(opts.graph);
      const params: Record<string, string[]> = {};
      if (name === 'about') {
        if (!entity) throw new UserError('query about needs an entity name, e.g. newskg query about lavrov');
        const matches = resolveEntity(store, entity);
        if (!matches.length) throw new UserError(`no entity matches ${JSON.stringify(entity)} in ${opts.graph}`);
        const best = matches[0].score;
        params.entity = matches.filter((m) => m.score === best).map((m) => m.iri);
      }
      try {
        const table = runNamedQuery(store, name, params);
        process.stdout.write(formatRows(table, format));
        if (format === 'table') process.stdout.write('\n');
      } catch (err) {
        if (err instanceof UnknownQueryError) throw new UserError(err.message);
        throw err;
      }
    });
}
