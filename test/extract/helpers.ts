import { extractArticle } from '../../src/extract/index.js';
import type { ArticleExtraction, EventMention, EventType } from '../../src/types.js';

/** Runs extraction on one article written in the test; 2023-03-10 is a Friday. */
export function extract(text: string, date: string | null = '2023-03-10'): ArticleExtraction {
  return extractArticle({ id: 'test.txt', origin: 'test.txt', title: null, date, url: null, source: null, text });
}

/** An article written in a test: a title line first, as .txt articles have, then `body`. */
export const article = (body: string): ArticleExtraction => extract(`Titre\n${body}`);

export const eventsOf = (x: ArticleExtraction, type: EventType): EventMention[] => x.events.filter((e) => e.type === type);

/** The single event of a type; fails the test when there is none or more than one. */
export function only(x: ArticleExtraction, type: EventType): EventMention {
  const found = eventsOf(x, type);
  if (found.length !== 1) {
    throw new Error(`expected one ${type}, got ${found.length}: ${JSON.stringify(x.events.map((e) => [e.type, e.agent, e.target]))}`);
  }
  return found[0];
}

export const evidence = (x: ArticleExtraction, e: EventMention): string => x.article.text.slice(e.start, e.end);

export const entityKeys = (x: ArticleExtraction): string[] => x.entities.map((e) => e.key);
