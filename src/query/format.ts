// Renders query results for people (table) and programs (json, csv).
import type { Row, Table } from './sparql.js';

export type OutputFormat = 'table' | 'json' | 'csv';

export interface TableOptions {
  /** Longest cell shown, in characters; longer ones end with "…". Default 60. */
  maxCell?: number;
}

export function formatRows(table: Table, format: OutputFormat, opts: TableOptions = {}): string {
  switch (format) {
    case 'table':
      return formatTable(table, opts);
    case 'json':
      return formatJson(table);
    case 'csv':
      return formatCsv(table);
  }
}

/** JSON array of objects, keys in column order, unbound cells as null. */
export function formatJson(table: Table): string {
  const rows = table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c, r[c] ?? null])));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** RFC 4180: CRLF line ends, fields quoted only when they hold a quote, comma, CR or LF. */
export function formatCsv(table: Table): string {
  const field = (v: string | null | undefined) => {
    const s = v ?? '';
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [table.columns.map(field).join(',')];
  for (const r of table.rows) lines.push(table.columns.map((c) => field(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

// Counted in code points so accented text and emoji line up as they display in most terminals.
const width = (s: string) => Array.from(s).length;

function cell(value: string | null | undefined, max: number): string {
  // Control characters (ESC above all) would be interpreted by the terminal, not displayed.
  const flat = (value ?? '').replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/**
 * Aligned columns under a header and a rule; whitespace runs (newlines included) become one space
 * and other control characters U+FFFD.
 */
export function formatTable(table: Table, opts: TableOptions = {}): string {
  const max = Math.max(2, opts.maxCell ?? 60);
  const cells: string[][] = table.rows.map((r: Row) => table.columns.map((c) => cell(r[c], max)));
  const header = table.columns.map((c) => cell(c, max));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((row) => width(row[i]))));
  const line = (row: string[]) => row.map((v, i) => v + ' '.repeat(widths[i] - width(v))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  if (cells.length === 0) out.push('(no results)');
  return `${out.join('\n')}\n`;
}
