// The resolve stage, between extract and graph: one step over every extraction of a build.
// It reconciles person keys across articles, then merges the event mentions that report the
// same real-world event. It imports types only, never graph or query.
import type { ArticleExtraction, EntityMerge, MergedEvent, Resolution, ResolveInput } from '../types.js';
import { reconcileEntities } from './entities.js';
import { mergeEvents, prepareEvents, resolveEvents } from './events.js';
import { clusterBlock, type Block } from './clusters.js';
import { toResolveInput } from './input.js';
import { mergeIndex, rewrite } from './rewrite.js';

export { reconcileEntities, type EntityReconciliation } from './entities.js';
export { resolveEvents, QUOTE_THRESHOLD, TOPIC_THRESHOLD } from './events.js';
export { clusterBlock, plainBlock, type Block, type BlockItem } from './clusters.js';
export { ARTICLE_WINDOW_DAYS, dateInterval, eventWindow } from './dates.js';
export { givenNamesMatch, parsePersonName, skeleton } from './names.js';
export { contentStems, dice, stem, textSimilarity } from './text.js';
export { toResolveInput } from './input.js';
export { applyEntityMerges, mergeIndex, mergesFor } from './rewrite.js';

const byId = <T extends { article: { id: string } }>(a: T, b: T) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0);

/** Clusters each block (clusterBlock), wherever it likes: the result lists them in block order. */
export type BlockClusterer = (blocks: Block[], signatures: number) => Promise<number[][][]>;

export interface ResolvedInputs {
  inputs: ResolveInput[];
  events: MergedEvent[];
  entityMerges: EntityMerge[];
}

/**
 * Entity reconciliation, then event resolution, on the slim inputs a build holds for every
 * article. The result does not depend on the order of `inputs` (they are sorted by article id
 * first); article ids must be unique.
 */
export function resolveInputs(inputs: ResolveInput[]): ResolvedInputs {
  const { reconciled, merges } = reconcile(inputs);
  return { inputs: reconciled, events: resolveEvents(reconciled), entityMerges: merges };
}

/**
 * resolveInputs with the blocks of event mentions clustered by `cluster` (on other threads, say):
 * blocks are independent, so the result is the same. With `consume`, the inputs' mentions and
 * digests are emptied once read. `meanwhile`, given the reconciled inputs (those the result
 * holds) and the entity merges, runs once clustering has started, alongside it: work on the
 * entities that need not wait for the events, done while other threads cluster (it should yield
 * now and then, so that the clustering threads are handed their next blocks). It must not change
 * the inputs.
 */
export async function resolveInputsWith(
  inputs: ResolveInput[],
  cluster: BlockClusterer,
  opts: { consume?: boolean; meanwhile?: (reconciled: ResolveInput[], merges: EntityMerge[]) => void | Promise<void> } = {},
): Promise<ResolvedInputs> {
  const { reconciled, merges } = reconcile(inputs);
  // A build holds nothing else of its inputs: what each phase has read is let go before the next.
  if (opts.consume) for (const x of [...inputs, ...reconciled]) x.mentions = [];
  const prepared = prepareEvents(reconciled);
  if (opts.consume) for (const x of [...inputs, ...reconciled]) x.digests = [];
  const clustering = cluster(prepared.blocks, prepared.signatures);
  const [clusters] = await Promise.all([clustering, (async () => opts.meanwhile?.(reconciled, merges))()]);
  return { inputs: reconciled, events: mergeEvents(prepared, clusters), entityMerges: merges };
}

function reconcile(inputs: ResolveInput[]): { reconciled: ResolveInput[]; merges: EntityMerge[] } {
  const sorted = [...inputs].sort(byId);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].article.id === sorted[i - 1].article.id) {
      throw new Error(`duplicate article id ${JSON.stringify(sorted[i].article.id)}: article ids must be unique`);
    }
  }
  const { extractions: reconciled, merges } = reconcileEntities(sorted);
  return { reconciled, merges };
}

/** resolveInputs on whole extractions, which come back sorted by id with their keys reconciled. */
export function resolve(extractions: ArticleExtraction[]): Resolution {
  const sorted = [...extractions].sort(byId);
  const { events, entityMerges } = resolveInputs(sorted.map(toResolveInput));
  const keyMap = mergeIndex(entityMerges);
  return { extractions: sorted.map((x) => rewrite(x, keyMap)), events, entityMerges };
}

