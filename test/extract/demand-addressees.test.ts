import { describe, expect, it } from 'vitest';
import { article, eventsOf } from './helpers.js';

// Whom a demand is aimed at when the text names the addressees in a form the verb's slots miss:
// the parties of an "entre X et Y" phrase, a pair named by the plural of their shared name, the
// person a quoted order is addressed to. Sentences written for these tests.

const pairs = (x: ReturnType<typeof article>) => eventsOf(x, 'Demand').map((e) => [e.agent, e.target]);

describe('"appelle au calme entre X et Y": the parties between whom calm is asked must act', () => {
  it('each party of the "entre" phrase is an addressee', () => {
    const x = article("La Turquie a appelé mardi à la retenue et au dialogue entre l'Arménie et l'Azerbaïdjan.");
    expect(pairs(x)).toEqual([
      ['country/turquie', 'country/armenie'],
      ['country/turquie', 'country/azerbaidjan'],
    ]);
  });

  it('"les deux Corées": a pair named by the plural of the name its two countries share', () => {
    const x = article('Le Japon a appelé à la reprise du dialogue entre les deux Corées après un tir de missile.');
    expect(pairs(x)).toEqual([
      ['country/japon', 'country/coree-du-nord'],
      ['country/japon', 'country/coree-du-sud'],
    ]);
  });
});
