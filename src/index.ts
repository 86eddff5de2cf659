// Library entry: the same pipeline the CLI runs, importable as `newskg`.
export type * from './types.js';
export { ingest } from './ingest/index.js';
export { extractArticle } from './extract/index.js';
export { buildGraph, extractionToQuads, writeGraph, serializeGraph } from './graph/index.js';
export { loadGraph, listEntities, listEvents, runNamedQuery, listNamedQueries, resolveEntity } from './query/index.js';
export { buildCorpus, type BuildOptions, type BuildSummary } from './pipeline/build.js';
export { evaluate, loadGold } from './eval/index.js';
