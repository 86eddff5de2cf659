// Compares named-query results from two engines. Tables hold lexical values only, so literal
// datatypes and language tags are already set aside; what engines may legitimately differ on is
// normalized here, and nothing else:
// - row order among rows the ORDER BY leaves tied: rows are compared as multisets, and the
//   sequence of the first ORDER BY key column (when a column) must still match;
// - GROUP_CONCAT order, which SPARQL leaves undefined: the parts are sorted;
// - GROUP_CONCAT over nothing: "" by the SPARQL spec (Virtuoso), unbound in oxigraph.
import type { Row, Table } from '../../src/query/sparql.js';

/** Columns computed by GROUP_CONCAT in the query, with their separators. */
export function groupConcatColumns(query: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*?(?:;\s*separator\s*=\s*(["'])(.*?)\1)?\s*\)\s*AS\s*\?(\w+)/gis;
  for (const m of query.matchAll(re)) out.set(m[3], m[2] ?? ' ');
  return out;
}

/** The first variable of the outermost ORDER BY, if it is a plain variable. */
export function firstOrderKey(query: string): string | null {
  const all = [...query.matchAll(/ORDER\s+BY\s+\??(\w+)/gi)];
  return all.length ? all[all.length - 1][1] : null;
}

export function normalizeRow(row: Row, columns: string[], concat: Map<string, string>): string {
  return JSON.stringify(
    columns.map((c) => {
      const v = row[c] ?? null;
      const sep = concat.get(c);
      if (sep === undefined) return v;
      if (v === null || v === '') return '';
      return v.split(sep).sort().join(sep);
    }),
  );
}

/** null when the tables agree (after normalization); otherwise what differs, for the failure message. */
export function diffTables(expected: Table, actual: Table, query: string): string | null {
  if (JSON.stringify(expected.columns) !== JSON.stringify(actual.columns)) {
    return `columns differ: ${expected.columns.join(',')} vs ${actual.columns.join(',')}`;
  }
  if (expected.rows.length !== actual.rows.length) return `row counts differ: ${expected.rows.length} vs ${actual.rows.length}`;
  const concat = groupConcatColumns(query);
  const a = expected.rows.map((r) => normalizeRow(r, expected.columns, concat)).sort();
  const b = actual.rows.map((r) => normalizeRow(r, actual.columns, concat)).sort();
  const missing = a.filter((x, i) => x !== b[i]);
  if (missing.length) {
    const onlyA = a.filter((x) => !b.includes(x)).slice(0, 2);
    const onlyB = b.filter((x) => !a.includes(x)).slice(0, 2);
    return `rows differ: only in expected ${onlyA.join(' | ')}; only in actual ${onlyB.join(' | ')}`;
  }
  const key = firstOrderKey(query);
  if (key && expected.columns.includes(key)) {
    const ka = expected.rows.map((r) => r[key] ?? null);
    const kb = actual.rows.map((r) => r[key] ?? null);
    if (JSON.stringify(ka) !== JSON.stringify(kb)) return `rows are not in the same ${key} order`;
  }
  return null;
}
