// Renders query results for people (table) and programs (json, csv).
import type { Row, Table } from './sparql.js';

export type OutputFormat = 'table' | 'json' | 'csv';

export interface TableOptions {
  /** Longest cell shown, in characters; longer ones end with "…". Default 60. */
  maxCell?: number;
  /**
   * Widest line, in characters (a terminal's width): the widest columns are narrowed, their
   * cells ending with "…", until the table fits or every column is down to its header (or 6
   * characters). Default: no limit.
   */
  width?: number;
  /** Printed under the header when there is no row (null: nothing). Default "(no results)". */
  empty?: string | null;
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
  if (chars.length <= max) return flat;
  // An IRI is told apart by its end (…/event/accusation-1ff2ce0e534a, which `newskg why` takes).
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(flat)) return `…${chars.slice(chars.length - Math.max(1, max - 1)).join('')}`;
  return `${chars.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}

/**
 * Aligned columns under a header and a rule; whitespace runs (newlines included) become one space
 * and other control characters U+FFFD.
 */
export function formatTable(table: Table, opts: TableOptions = {}): string {
  const max = Math.max(2, opts.maxCell ?? 60);
  let cells: string[][] = table.rows.map((r: Row) => table.columns.map((c) => cell(r[c], max)));
  let header = table.columns.map((c) => cell(c, max));
  const natural = header.map((h, i) => Math.max(width(h), ...cells.map((row) => width(row[i]))));
  const widths = opts.width === undefined ? natural : fitWidths(natural, header.map(width), opts.width);
  if (widths.some((w, i) => w < natural[i])) {
    header = header.map((h, i) => cell(h, widths[i]));
    cells = cells.map((row) => row.map((v, i) => cell(v, widths[i])));
  }
  const line = (row: string[]) => row.map((v, i) => v + ' '.repeat(widths[i] - width(v))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of cells) out.push(line(row));
  const empty = opts.empty === undefined ? '(no results)' : opts.empty;
  if (cells.length === 0 && empty !== null) out.push(empty);
  return `${out.join('\n')}\n`;
}

/** Narrowest a column is made to fit a width: its header, or this many characters. */
const MIN_COLUMN = 6;

/**
 * Column widths whose line (two spaces between columns) fits `total`: every column wider than a
 * cap is cut to it, the cap being the largest that fits; no column goes below its header width
 * or MIN_COLUMN (if even that does not fit, the line is wider than `total`).
 */
export function fitWidths(natural: number[], headers: number[], total: number): number[] {
  const gaps = 2 * Math.max(0, natural.length - 1);
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0) + gaps;
  if (sum(natural) <= total) return natural;
  const floor = natural.map((w, i) => Math.min(w, Math.max(MIN_COLUMN, headers[i])));
  const capped = (cap: number) => natural.map((w, i) => Math.max(floor[i], Math.min(w, cap)));
  let lo = 0;
  let hi = Math.max(...natural);
  // The largest cap that fits (sum(capped(cap)) grows with cap).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (sum(capped(mid)) <= total) lo = mid;
    else hi = mid - 1;
  }
  const widths = capped(lo);
  // What is left (less than one character per capped column) goes to the first capped columns.
  let slack = total - sum(widths);
  for (let i = 0; i < widths.length && slack > 0; i++) {
    if (widths[i] < natural[i] && widths[i] >= lo) {
      widths[i]++;
      slack--;
    }
  }
  return widths;
}
