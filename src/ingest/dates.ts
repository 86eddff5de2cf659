// Dates written in French news text, normalised to ISO `YYYY-MM-DD` (or `YYYY-MM`).

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1,
  février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, fev: 2,
  mars: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  août: 8, aout: 8,
  septembre: 9, sept: 9, sep: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  décembre: 12, decembre: 12, déc: 12, dec: 12,
};

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];

// Longest spellings first so that "janvier" is not read as "jan" + garbage.
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// Every quantifier here is either bounded or separated by fixed tokens, so a
// multi-megabyte line without dates is scanned in linear time.
const FRENCH_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${WEEKDAYS.join('|')})\\s{1,3})?(1er|\\d{1,2})\\s{1,3}(${MONTH_ALT})\\.?(?:\\s{1,3}(\\d{4}))?(?![\\p{L}\\p{N}])`,
  'giu',
);
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const NUMERIC_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g;
const YEAR = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/g;
const LEADING_MARKER = /^\s{0,20}date\s{0,5}:?\s{0,5}(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)[ \t]*/i;

/** How far into a long text we look; dates of the news sit near the top. */
const SCAN_LIMIT = 200_000;
const HEAD_LINES = 5;
const HEAD_LINE_CHARS = 300;

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isoMonth(year: number, month: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return null;
  return `${year}-${pad(month)}`;
}

function dayNumber(s: string): number {
  return s.toLowerCase() === '1er' ? 1 : Number(s);
}

interface Found {
  index: number;
  iso: string;
}

/** The earliest fully specified date (day, month and year) in `text`. */
function firstFullDate(text: string): Found | null {
  const found: Found[] = [];
  for (const m of text.matchAll(FRENCH_DATE)) {
    if (!m[4]) continue;
    const iso = isoDay(Number(m[4]), MONTHS[m[3].toLowerCase()], dayNumber(m[2]));
    if (iso) {
      found.push({ index: m.index, iso });
      break;
    }
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const iso = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) {
      found.push({ index: m.index, iso });
      break;
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const iso = isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) {
      found.push({ index: m.index, iso });
      break;
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

function yearsMentioned(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  return [...years];
}

/**
 * "vendredi 21 janvier" has no year, but the weekday pins it down: among the
 * years the article mentions (and the year after each, for articles looking
 * back at last December), keep the latest one where that day is that weekday.
 */
function weekdayDate(text: string, years: number[]): string | null {
  if (years.length === 0) return null;
  const candidates = [...new Set(years.flatMap((y) => [y, y + 1]))].sort((a, b) => b - a);
  for (const m of text.matchAll(FRENCH_DATE)) {
    if (!m[1] || m[4]) continue;
    const weekday = WEEKDAYS.indexOf(m[1].toLowerCase());
    const month = MONTHS[m[3].toLowerCase()];
    const day = dayNumber(m[2]);
    for (const year of candidates) {
      const iso = isoDay(year, month, day);
      if (iso && new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday) return iso;
    }
  }
  return null;
}

/** The first lines, where a byline, dateline or photo caption carries the date of the news. */
function head(text: string): string {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < HEAD_LINES && from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const line = text.slice(from, Math.min(to, from + HEAD_LINE_CHARS));
    if (line.trim()) lines.push(line);
    from = to + 1;
  }
  return lines.join('\n');
}

/** Date of the news found in the article text, or null. */
export function findDate(text: string): string | null {
  const scanned = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const top = head(scanned);
  const years = yearsMentioned(scanned);
  return (
    firstFullDate(top)?.iso ??
    weekdayDate(top, years) ??
    firstFullDate(scanned)?.iso ??
    weekdayDate(scanned, years)
  );
}

/**
 * Some scrapes start with a machine marker such as " date 2021-12 "; it is
 * metadata, not prose, so it is taken out of the text and kept as the date.
 */
export function splitDateMarker(text: string): { date: string | null; text: string } {
  const m = LEADING_MARKER.exec(text);
  if (!m) return { date: null, text };
  const date = m[3] ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : isoMonth(Number(m[1]), Number(m[2]));
  if (!date) return { date: null, text };
  return { date, text: text.slice(m[0].length) };
}

/** A date from metadata (sidecar, HTML meta, JSONL field) in whatever shape it came. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/.exec(v);
  if (iso) {
    return iso[3]
      ? isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
      : isoMonth(Number(iso[1]), Number(iso[2]));
  }
  return firstFullDate(v)?.iso ?? null;
}
