// One self-contained HTML page drawing the actor graph: laid out, bundled, written atomically.
import type { Store } from 'oxigraph';
import { writeFileAtomic } from '../analytics/write-file.js';
import { loadGraph } from '../query/load-graph.js';
import { pageBundle } from './bundle.js';
import { buildViewData } from './data.js';
import { renderHtml } from './render-html.js';

export const DEFAULT_PAGE = 'out/graph.html';

export interface WriteViewOptions {
  graph: string;
  out: string;
  title?: string;
  iterations?: number;
}

export interface ViewSummary {
  file: string;
  nodes: number;
  edges: number;
  bytes: number;
  bundleBytes: number;
}

/** Loads the graph file, then writes its page (writeViewOf). */
export async function writeView(opts: WriteViewOptions): Promise<ViewSummary> {
  return writeViewOf(await loadGraph(opts.graph), opts);
}

/** Lays out the graph already loaded from `opts.graph`, bundles the page and writes it atomically; returns a summary. */
export async function writeViewOf(store: Store, opts: WriteViewOptions): Promise<ViewSummary> {
  const data = buildViewData(store, { source: opts.graph, title: opts.title, iterations: opts.iterations });
  const bundle = await pageBundle();
  const html = renderHtml(data, bundle);
  await writeFileAtomic(opts.out, html);
  return { file: opts.out, nodes: data.graph.nodes.length, edges: data.graph.edges.length, bytes: Buffer.byteLength(html), bundleBytes: Buffer.byteLength(bundle) };
}
