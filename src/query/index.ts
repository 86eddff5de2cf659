// Query-side public API.
export { GraphLoadError, loadGraph, loadGraphText, type GraphLoadProblem } from './load-graph.js';
export { iriValues, select, SparqlError, type Row, type Table } from './sparql.js';
export { entitiesByArticle, listEntities, type ArticleEntityRecord, type EntityRecord } from './entities.js';
export { listEvents, type EntityRef, type EventRecord } from './events.js';
export { defaultQueriesDir, listNamedQueries, namedQueryText, paged, runNamedQuery, UnknownQueryError, type NamedQuery, type Page } from './named-queries.js';
export { normalizeName, resolveEntity, type EntityMatch } from './resolve-entity.js';
export { explainEvent, findEvents, type EventExplanation, type EventMentionRecord } from './why.js';
export { formatCsv, formatJson, formatRows, formatTable, type OutputFormat, type TableOptions } from './format.js';
export { entitiesTable, eventsTable, explanationTable } from './listing-tables.js';
