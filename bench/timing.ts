// How the bench times a named query, embedded (bench/child.ts) and on Virtuoso (bench/virtuoso.ts).

export interface QueryTiming {
  median: number;
  p95: number;
  rows: number;
}

/** A named query's whole result, and its first page as `newskg query NAME --limit PAGE_ROWS` reads it. */
export interface NamedQueryTiming extends QueryTiming {
  page: QueryTiming;
}

export const RUNS = 20;
export const PAGE_ROWS = 100;

/** Runs `run` RUNS times (it returns its row count); median and p95 in milliseconds. */
export async function timeRuns(run: () => number | Promise<number>): Promise<QueryTiming> {
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    rows = await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)], p95: times[Math.ceil(RUNS * 0.95) - 1], rows };
}
