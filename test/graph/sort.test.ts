import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { compareQuads, naturalCompare } from '../../src/graph/sort.js';

describe('naturalCompare', () => {
  it('orders digit runs by value and everything else by code unit', () => {
    const ids = ['s10', 's2', 'm100-120', 'm20-30', 's1', 's02', 'm20-4'];
    expect([...ids].sort(naturalCompare)).toEqual(['m20-4', 'm20-30', 'm100-120', 's1', 's02', 's2', 's10']);
  });

  it('is a total order: distinct strings never tie and the order is antisymmetric', () => {
    const words = ['a01', 'a1', 'a001', 'a', 'a0', 'b', 'É', 'e', '10', '9', ''];
    for (const x of words) {
      for (const y of words) {
        const c = naturalCompare(x, y);
        expect(Math.sign(c) + Math.sign(naturalCompare(y, x)), `${x} vs ${y}`).toBe(0);
        if (x !== y) expect(c).not.toBe(0);
      }
    }
  });
});

describe('compareQuads', () => {
  const { namedNode, literal, quad, defaultGraph } = DataFactory;
  it('puts the default graph first and rdf:type first within a subject', () => {
    const s = namedNode('http://ex.org/s');
    const type = quad(s, namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type'), namedNode('http://ex.org/C'), defaultGraph());
    const label = quad(s, namedNode('http://a.org/label'), literal('x'), defaultGraph());
    const named = quad(s, namedNode('http://a.org/label'), literal('x'), namedNode('http://ex.org/g'));
    expect([named, label, type].sort(compareQuads)).toEqual([type, label, named]);
  });
});
