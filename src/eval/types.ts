// Shapes of the scorer's inputs and output. Predictions are typed against the
// query layer's contract only, so the scorer can be built and tested before
// that layer exists.

import type { EntityType, EventType } from '../types.js';

export interface PredEntity {
  iri: string;
  type: EntityType;
  label: string;
  aliases: string[];
  /** Every surface form mentioned in that article. */
  surfaces: string[];
}

export interface PredRef {
  iri: string;
  label: string;
}

export interface PredEvent {
  iri: string;
  type: EventType;
  agent: PredRef | null;
  target: PredRef | null;
  participants: PredRef[];
  topic: string | null;
  place: PredRef | null;
  date: string | null;
  /** Article id, equal to the gold file's `doc`. */
  source: string;
  evidence: string;
  span: [number, number];
}

export interface GoldEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

export interface GoldEvent {
  type: EventType;
  agent: string | null;
  target: string | null;
  participants: string[];
  place: string | null;
  topic: string;
  evidence: string;
}

export interface GoldDoc {
  /** Article id (file name of the article). */
  doc: string;
  date: string | null;
  entities: GoldEntity[];
  events: GoldEvent[];
  /** The gold file it was read from (set by loadGold), for messages. */
  file?: string;
}

/** Null where the ratio is undefined (no predictions for P, no gold for R, neither for F1). */
export interface Score {
  gold: number;
  pred: number;
  tp: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface ScoreTable {
  /** Known types first, in their canonical order, then any unexpected type seen in predictions. */
  byType: Record<string, Score>;
  all: Score;
}

export interface EntityDiff {
  type: string;
  name: string;
}

export interface EventDiff {
  type: string;
  agent: string | null;
  target: string | null;
  /** First 80 characters. */
  evidence: string;
  /** Would have matched if the target were ignored: the fix is in target resolution. */
  relaxedMatch: boolean;
}

export interface ArticleDetails {
  article: string;
  entities: { gold: number; pred: number; tp: number };
  events: { gold: number; pred: number; tp: number };
  missedEntities: EntityDiff[];
  spuriousEntities: EntityDiff[];
  missedEvents: EventDiff[];
  spuriousEvents: EventDiff[];
}

export interface EvalReport {
  /** Gold articles scored, in gold order. */
  articles: string[];
  /** Article ids that had predictions but no gold; a long list usually means an id mismatch. */
  ignoredArticles: string[];
  entities: ScoreTable;
  events: {
    strict: ScoreTable;
    /** Target ignored. */
    relaxed: ScoreTable;
    /** Mean topic token overlap (Jaccard) over strictly matched pairs; null when nothing matched. */
    topic: { pairs: number; meanOverlap: number | null };
  };
  details?: ArticleDetails[];
}

export interface EvaluateOptions {
  details?: boolean;
}
