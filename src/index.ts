// Library entry: the same pipeline the CLI runs, importable as `newskg`.
export type * from './types.js';
export { ingest } from './ingest/index.js';
export { extractArticle } from './extract/index.js';
export { resolve } from './resolve/index.js';
export { buildGraph, extractionToQuads, writeGraph, serializeGraph } from './graph/index.js';
export { loadGraph, listEntities, listEvents, runNamedQuery, listNamedQueries, resolveEntity, explainEvent, findEvents } from './query/index.js';
export { buildCorpus, type BuildOptions, type BuildSummary } from './pipeline/build.js';
export { extractBounded, splitChunks, BudgetExceededError, isLimitMessage, type ExtractLimits } from './pipeline/bounded.js';
export { evaluate, loadGold } from './eval/index.js';
