// Lets `newskg sparql` queries use the model's prefixes (nkg:, rdfs:, person:…) without declaring
// them, as Virtuoso does for common vocabularies. Declarations go on one extra first line, so
// error positions shift by exactly one line.
import { defaultPrefixes } from '../graph/writer.js';

export interface Prefixed {
  text: string;
  /** Lines added before the user's first line (0 or 1). */
  addedLines: number;
}

/** Declares each model prefix the query uses but does not declare. */
export function withModelPrefixes(query: string, prefixes: Record<string, string> = defaultPrefixes()): Prefixed {
  const declared = new Set([...query.matchAll(/\bPREFIX\s+([A-Za-z][\w.-]*)?:/gi)].map((m) => m[1] ?? ''));
  // Rough use test (may see a prefix inside a string or IRI; declaring it then is harmless).
  const missing = Object.entries(prefixes).filter(([p]) => !declared.has(p) && new RegExp(`(^|[^\\w.:<>-])${p}:`).test(query));
  if (missing.length === 0) return { text: query, addedLines: 0 };
  return { text: `${missing.map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join(' ')}\n${query}`, addedLines: 1 };
}
