import { Option } from 'commander';
import { GraphLoadError, loadGraph, type OutputFormat, type TableOptions } from '../../query/index.js';
import { UserError } from '../errors.js';
import { announceGraph, DEFAULT_GRAPH } from '../graph-arg.js';

export { DEFAULT_GRAPH };

/** `-g, --graph <file>`, the same in every command that reads a built graph (see graph-arg.ts). */
export function graphOption(description = 'graph file written by build, or the build folder'): Option {
  return new Option('-g, --graph <file>', description).default(DEFAULT_GRAPH, `$NEWSKG_GRAPH, else the last build (out/.last-build), else ${DEFAULT_GRAPH}`);
}

export async function openGraph(file: string) {
  announceGraph(file);
  try {
    return await loadGraph(file);
  } catch (err) {
    if (err instanceof GraphLoadError) throw new UserError(err.message);
    throw err;
  }
}

export function outputFormat(f: string, allowed: OutputFormat[] = ['table', 'json', 'csv']): OutputFormat {
  if (!allowed.includes(f as OutputFormat)) throw new UserError(`unknown --format ${JSON.stringify(f)} (${allowed.join(', ')})`);
  return f as OutputFormat;
}

/**
 * How wide a table may be: the terminal's width when standard output is one; otherwise the
 * COLUMNS environment variable when it holds a number; otherwise no limit (each cell is still
 * cut at its column's maximum, so piped output is the same on every machine). json and csv
 * always carry the full text.
 */
export function tableOptions(opts: TableOptions = {}): TableOptions {
  const columns = Number(process.env.COLUMNS);
  const width = process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : Number.isInteger(columns) && columns > 0 ? columns : undefined;
  return { ...opts, width };
}
