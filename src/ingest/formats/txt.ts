import { unwrap } from '../unwrap.js';
import type { RawDoc } from './types.js';

export function parseTxt(text: string): RawDoc {
  return { kind: 'doc', title: null, titleFromFirstLine: true, body: unwrap(text), date: null, url: null, source: null };
}
