// Dates as day intervals, so that a day, a month, a year and "unknown" compare with one rule:
// two events can be the same when their intervals meet.

/** Days either side of the article date for an event whose own date is unknown. */
export const ARTICLE_WINDOW_DAYS = 3;

export type Interval = readonly [number, number];

const DAY = 86_400_000;
const UNBOUNDED: Interval = [-Infinity, Infinity];

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the interval of days it covers; null for anything else. */
export function dateInterval(date: string | null): Interval | null {
  if (date === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) {
    const d = Date.UTC(+m[1], +m[2] - 1, +m[3]);
    const check = new Date(d);
    if (check.getUTCMonth() !== +m[2] - 1 || check.getUTCDate() !== +m[3]) return null;
    return [d / DAY, d / DAY];
  }
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m && +m[2] >= 1 && +m[2] <= 12) return [Date.UTC(+m[1], +m[2] - 1, 1) / DAY, Date.UTC(+m[1], +m[2], 0) / DAY];
  m = /^(\d{4})$/.exec(date);
  if (m) return [Date.UTC(+m[1], 0, 1) / DAY, Date.UTC(+m[1], 11, 31) / DAY];
  return null;
}

/**
 * When an event may have happened: its own date; else its article's date widened by
 * ARTICLE_WINDOW_DAYS each side; else (no date anywhere) any time.
 */
export function eventWindow(eventDate: string | null, articleDate: string | null): Interval {
  const own = dateInterval(eventDate);
  if (own) return own;
  const article = dateInterval(articleDate);
  if (article) return [article[0] - ARTICLE_WINDOW_DAYS, article[1] + ARTICLE_WINDOW_DAYS];
  return UNBOUNDED;
}

export function intersects(a: Interval, b: Interval): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** Day, then month, then year: how precise a known date is (0 when unknown). */
export function precision(date: string | null): number {
  if (dateInterval(date) === null) return 0;
  return date!.length === 10 ? 3 : date!.length === 7 ? 2 : 1;
}
