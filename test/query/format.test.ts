import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatRows, formatTable } from '../../src/query/format.js';
import type { Table } from '../../src/query/sparql.js';

const table: Table = {
  columns: ['who', 'what', 'n'],
  rows: [
    { who: 'Sergueï Lavrov', what: 'a dit "non", puis\nest parti', n: '1' },
    { who: 'OTAN', what: null, n: '22' },
  ],
};

/** Minimal RFC 4180 reader, to check the writer by parsing rather than by comparing strings. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('formatCsv', () => {
  it('quotes only fields that need it, doubles quotes, ends lines with CRLF', () => {
    const csv = formatCsv(table);
    expect(csv.split('\r\n')[0]).toBe('who,what,n');
    expect(csv).toContain('"a dit ""non"", puis\nest parti"');
    expect(csv).toContain('\r\nOTAN,,22\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['who', 'what', 'n'],
      ['Sergueï Lavrov', 'a dit "non", puis\nest parti', '1'],
      ['OTAN', '', '22'],
    ]);
  });

  it('quotes a lone carriage return and a comma', () => {
    expect(formatCsv({ columns: ['a'], rows: [{ a: 'x\ry' }, { a: 'x,y' }] })).toBe('a\r\n"x\ry"\r\n"x,y"\r\n');
  });
});

describe('formatTable', () => {
  it('aligns columns and flattens newlines', () => {
    const lines = formatTable(table).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const col = lines[0].indexOf('what');
    expect(lines[2].slice(col)).toMatch(/^a dit "non", puis est parti/);
    expect(lines[3].slice(col, col + 1)).toBe(' ');
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
    expect(Array.from(lines[0].slice(0, col)).length).toBe(Array.from('Sergueï Lavrov').length + 2);
  });

  it('truncates long cells with an ellipsis', () => {
    const long = 'mot '.repeat(50);
    const out = formatTable({ columns: ['x'], rows: [{ x: long }] }, { maxCell: 20 });
    const cell = out.split('\n')[2];
    expect(Array.from(cell).length).toBeLessThanOrEqual(20);
    expect(cell.endsWith('…')).toBe(true);
  });

  it('never lets control characters reach the terminal', () => {
    const out = formatTable({ columns: ['x'], rows: [{ x: 'a\u001b[31mrouge\u0007\u009b' }] });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('a\ufffd[31mrouge\ufffd\ufffd');
  });

  it('says so when there are no rows', () => {
    expect(formatTable({ columns: ['a'], rows: [] })).toContain('(no results)');
  });
});

describe('formatJson', () => {
  it('keeps nulls and column order', () => {
    const parsed = JSON.parse(formatJson(table));
    expect(parsed[1]).toEqual({ who: 'OTAN', what: null, n: '22' });
    expect(Object.keys(parsed[0])).toEqual(['who', 'what', 'n']);
    expect(formatRows(table, 'json')).toBe(formatJson(table));
  });
});
