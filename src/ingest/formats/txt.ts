import type { RawDoc } from './types.js';

export function parseTxt(text: string): RawDoc {
  return { kind: 'doc', title: null, titleFromFirstLine: true, body: text, date: null, url: null, source: null };
}
