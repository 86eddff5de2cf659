// The NLP floor itself, in one place so that the single-thread row (a) and each thread of the
// parallel one (a∥) time exactly the same work: fr-compromise parsing each text, nothing else.
import { performance } from 'node:perf_hooks';
import nlp from 'fr-compromise';

/** Seconds fr-compromise takes to parse `texts`, one `nlp(text)` each. */
export function parseSeconds(texts: string[]): number {
  const t0 = performance.now();
  for (const t of texts) nlp(t);
  return (performance.now() - t0) / 1000;
}
