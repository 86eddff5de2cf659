import { describe, expect, it } from 'vitest';
import { toResolveInput } from '../../src/resolve/index.js';
import { contentStems, normalizeQuote } from '../../src/resolve/text.js';
import { KYIV_KEYS as K, article } from './helpers.js';

const text =
  "Pierre Marchal a accusé la Russie d'avoir bombardé la centrale de Zaporijia. " +
  '« Nous ne laisserons PAS faire ! », a déclaré Olena Kovalenko.';
const x = article('d.txt', '2024-05-14', text, { [K.marchal]: 'Pierre Marchal', [K.kovalenko]: 'Olena Kovalenko', [K.russie]: 'Russie' }, (b) =>
  b
    .event('Accusation', 'a accusé', { agent: K.marchal, target: K.russie, topic: "d'avoir bombardé la centrale de Zaporijia" })
    .event('Statement', 'a déclaré', { agent: K.kovalenko, quote: 'Nous ne laisserons PAS faire !' }),
);

describe('toResolveInput digests', () => {
  const input = toResolveInput(x);

  it('holds one digest per event, with the topic stems and the evidence stems of its span', () => {
    expect(input.digests).toHaveLength(2);
    const [accusation] = input.digests;
    expect(new Set(accusation.topic.split(' '))).toEqual(contentStems("d'avoir bombardé la centrale de Zaporijia"));
    const ev = x.events[0];
    expect(new Set(accusation.evidence.split(' '))).toEqual(contentStems(text.slice(ev.start, ev.end)));
    expect(accusation.evidence.split(' ')).toContain('zaporijia');
  });

  it('normalizes the quote of statements only', () => {
    expect(input.digests[1].text).toBe('nous ne laisserons pas faire');
    expect(input.digests[1].text).toBe(normalizeQuote('Nous ne laisserons PAS faire !'));
    expect(input.digests[0].text).toBe('');
  });
});
