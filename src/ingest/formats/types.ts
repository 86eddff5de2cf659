import type { IngestProblem } from '../../types.js';

/** What a format parser hands to the article builder, before cleaning. */
export interface RawDoc {
  kind: 'doc';
  /** Only set by containers holding several articles (JSONL); files use their base name. */
  id?: string;
  origin?: string;
  /** Title taken from markup or metadata; null when the format has none. */
  title: string | null;
  /** Plain text: the first line of the cleaned body is the title (no markup to tell it apart). */
  titleFromFirstLine: boolean;
  body: string;
  date: string | null;
  url: string | null;
  source: string | null;
}

export type ParseItem = RawDoc | { kind: 'problem'; problem: IngestProblem };

export type FormatName = 'txt' | 'markdown' | 'html' | 'jsonl';
