import { describe, expect, it } from 'vitest';
import { fitWidths, formatCsv, formatJson, formatRows, formatTable } from '../../src/query/format.js';
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

describe('formatTable fitted to a width (a terminal)', () => {
  const wide: Table = {
    columns: ['who', 'what', 'event'],
    rows: [
      { who: 'Sergueï Lavrov', what: 'avancer ses bases et ses armements jusqu\'aux portes de la Russie', event: 'https://w3id.org/newskg/id/event/accusation-1ff2ce0e534a' },
      { who: 'OTAN', what: null, event: 'https://w3id.org/newskg/id/event/warning-0a1b2c3d4e5f' },
    ],
  };
  const widthOf = (l: string) => Array.from(l).length;

  it('keeps every line within the width, cutting the widest columns first', () => {
    for (const width of [40, 60, 80]) {
      const lines = formatTable(wide, { width }).trimEnd().split('\n');
      for (const l of lines) expect(widthOf(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
      expect(lines[2]).toContain('…');
    }
    // The short column is left whole while the long ones are cut.
    expect(formatTable(wide, { width: 60 }).split('\n')[2]).toMatch(/^Sergueï Lavrov {2}/);
  });

  it('changes nothing when the table fits', () => {
    expect(formatTable(wide, { width: 1000 })).toBe(formatTable(wide));
  });

  it('cuts an IRI at its start, keeping the end that names it', () => {
    const row = formatTable(wide, { width: 60 }).split('\n')[2];
    expect(row).toMatch(/…[\w-]*ce0e534a$/);
  });

  it('goes no narrower than the headers (or 6 characters)', () => {
    expect(fitWidths([30, 30, 30], [3, 4, 5], 10)).toEqual([6, 6, 6]);
    expect(fitWidths([10, 40, 5], [3, 12, 5], 40)).toEqual([10, 21, 5]);
  });

  it('an empty table: the header, and the text asked for (or none)', () => {
    expect(formatTable({ columns: ['a'], rows: [] }, { empty: null })).toBe('a\n-\n');
    expect(formatTable({ columns: ['a'], rows: [] }, { empty: '0 rows' })).toBe('a\n-\n0 rows\n');
  });
});
