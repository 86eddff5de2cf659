import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

/** data/frames/ultimatums.json as word lists: read by the ultimatum reading and by factuality. */
export interface UltimatumWords {
  negated: string[][];
  otherwise: string[][];
  speaker: string[][];
  refusals: Set<string>;
  firstPerson: Set<string>;
}

let words: UltimatumWords | null = null;

export function ultimatumWords(): UltimatumWords {
  if (words) return words;
  const raw = JSON.parse(readFileSync(dataPath('frames', 'ultimatums.json'), 'utf8')) as Record<string, string[]>;
  const split = (list: string[]) => list.map((p) => p.split(' '));
  words = {
    negated: split(raw.negatedConditions),
    otherwise: split(raw.otherwise),
    speaker: split(raw.speakerConditions),
    refusals: new Set(raw.refusals),
    firstPerson: new Set(raw.firstPerson),
  };
  return words;
}

/** Whether `phrase` starts at token `from` of `low`. */
export function phraseAt(low: string[], from: number, phrase: string[]): boolean {
  return from >= 0 && from + phrase.length <= low.length && phrase.every((w, k) => low[from + k] === w);
}

/** Whether `phrase` ends at token `end` (exclusive) of `low`. */
export const phraseEndsAt = (low: string[], end: number, phrase: string[]): boolean => phraseAt(low, end - phrase.length, phrase);
