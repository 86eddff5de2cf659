import { GraphLoadError, loadGraph, type OutputFormat } from '../../query/index.js';
import { UserError } from '../errors.js';

export const DEFAULT_GRAPH = 'out/graph.ttl';

export async function openGraph(file: string) {
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
