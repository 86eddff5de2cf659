// Graph-side public API.
export {
  articleQuads, buildGraph, entitiesToQuads, entityTypes, eventBlocks, eventLookup, writableEventQuads, writableEvents, extractionToQuads,
  mergedEntitiesToQuads, mergeEntities, withLinks, singletonEvents,
  type WritableEvent, type GraphOptions, type MergedEntity, type WrittenMention, type WrittenMentions, type ArticleDates,
} from './to-quads.js';
export {
  DEFAULT_BASE, articleGraphIri, articleIri, articleSlug, entitiesGraphIri, entityIri, eventIri, eventMentionIri, eventsGraphIri,
  mentionIri, mergedEventIri, sentenceIri, slugify,
} from './iri.js';
export { defaultPrefixes, formatFromFileName, prepareQuads, serializeGraph, writeGraph, type GraphFormat, type WriteOptions } from './writer.js';
export { openGraphFile, serializeBlock, serializeBlocks, type GraphFile, type SerializedBlock } from './stream.js';
export { validateGraph, defaultShapesFile, type ShapeViolation, type ValidationResult } from './validate.js';
export { NS } from './vocab.js';
