import { describe, expect, it } from 'vitest';
import { greedyMatch } from '../../src/eval/greedy.js';

describe('greedyMatch', () => {
  it('takes the best-scored pair first and never reuses either side', () => {
    const m = greedyMatch([
      { gold: 0, pred: 0, keys: [0.2] },
      { gold: 0, pred: 1, keys: [0.9] },
      { gold: 1, pred: 1, keys: [0.5] },
      { gold: 1, pred: 0, keys: [0.1] },
    ]);
    expect([...m]).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('breaks ties on later keys, then on indices, independent of input order', () => {
    const cands = [
      { gold: 1, pred: 0, keys: [1, 0] },
      { gold: 0, pred: 0, keys: [1, 0] },
      { gold: 0, pred: 1, keys: [1, 1] },
    ];
    const expected = [
      [0, 1],
      [1, 0],
    ];
    expect([...greedyMatch(cands)].sort()).toEqual(expected);
    expect([...greedyMatch([...cands].reverse())].sort()).toEqual(expected);
  });

  it('gives a contested prediction to the earlier gold item whatever the input order', () => {
    const m = greedyMatch([
      { gold: 1, pred: 0, keys: [1] },
      { gold: 0, pred: 0, keys: [1] },
    ]);
    expect([...m]).toEqual([[0, 0]]);
  });
});
