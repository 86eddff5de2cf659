import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/types.js';
import { resolve } from '../../src/resolve/index.js';
import { givenNamesMatch, parsePersonName, skeleton } from '../../src/resolve/names.js';
import { buildGraph } from '../../src/graph/to-quads.js';
import { mergeEntities } from '../../src/graph/merge-entities.js';
import { DEFAULT_BASE } from '../../src/graph/iri.js';
import { ArticleBuilder } from '../graph/fixture.js';
import { entity } from './helpers.js';

const SERGUEI = 'person/sergueï-ivanenko';
const SERGEY = 'person/sergey-ivanenko';
const SERGEI = 'person/sergei-ivanenko';
const SURNAME = 'person/ivanenko';
const RUSSIE = 'country/russie';

/** "Sergueï Ivanenko" twice and a role description of him. */
function one(): ArticleExtraction {
  const text =
    "Le vice-ministre russe de l'Énergie, Sergueï Ivanenko, a menacé l'Europe. " +
    'Sergueï Ivanenko a accusé la Russie de lenteur.';
  return new ArticleBuilder('one.txt', text, { date: '2024-05-14' })
    .entity(entity(SERGUEI, 'Sergueï Ivanenko', ['Sergueï Ivanenko']))
    .entity(entity(RUSSIE, 'Russie', ['Russie']))
    .mention(SERGUEI, "Le vice-ministre russe de l'Énergie", 'role')
    .mention(SERGUEI, 'Sergueï Ivanenko')
    .mention(SERGUEI, 'Sergueï Ivanenko', 'name', 1)
    .mention(RUSSIE, 'Russie')
    .event('Accusation', 'a accusé', { agent: SERGUEI, target: RUSSIE, topic: 'de lenteur' })
    .build();
}

/** "Sergey Ivanenko", an English-style transliteration. */
function two(): ArticleExtraction {
  const text = 'Sergey Ivanenko a accusé la Russie de lenteur, selon le vice-ministre.';
  return new ArticleBuilder('two.txt', text, { date: '2024-05-15' })
    .entity(entity(SERGEY, 'Sergey Ivanenko', ['Sergey Ivanenko']))
    .entity(entity(RUSSIE, 'Russie', ['Russie']))
    .mention(SERGEY, 'Sergey Ivanenko')
    .mention(SERGEY, 'le vice-ministre', 'role')
    .mention(RUSSIE, 'Russie')
    .event('Accusation', 'a accusé', { agent: SERGEY, target: RUSSIE, topic: 'de lenteur' })
    .build();
}

/** "Ivanenko" alone. */
function three(): ArticleExtraction {
  const text = 'Ivanenko a démenti toute rencontre.';
  return new ArticleBuilder('three.txt', text, { date: '2024-05-16' })
    .entity(entity(SURNAME, 'Ivanenko', ['Ivanenko']))
    .mention(SURNAME, 'Ivanenko')
    .event('Refusal', 'a démenti', { agent: SURNAME, topic: 'toute rencontre' })
    .build();
}

/** Another Ivanenko, a different person: makes "Ivanenko" alone ambiguous. */
function olga(): ArticleExtraction {
  const text = 'La députée Olga Ivanenko a pris la parole.';
  return new ArticleBuilder('olga.txt', text, { date: '2024-05-16' })
    .entity(entity('person/olga-ivanenko', 'Olga Ivanenko', ['Olga Ivanenko']))
    .mention('person/olga-ivanenko', 'Olga Ivanenko')
    .build();
}

const keysOf = (xs: ArticleExtraction[]) => new Set(xs.flatMap((x) => x.entities.map((e) => e.key)));

describe('entity reconciliation across articles', () => {
  it('makes transliteration variants of a given name one person, labelled with the most frequent full form', () => {
    const r = resolve([two(), one()]);
    expect(keysOf(r.extractions)).toEqual(new Set([SERGUEI, RUSSIE]));
    expect(r.entityMerges).toEqual([{ key: SERGUEI, label: 'Sergueï Ivanenko', merged: [SERGEY], rule: 'name-variant' }]);
    const [x1, x2] = r.extractions;
    expect(x2.events[0].agent).toBe(SERGUEI);
    expect(x2.mentions.map((m) => m.entity)).toEqual([SERGUEI, SERGUEI, RUSSIE]);
    expect(x2.entities.find((e) => e.key === SERGUEI)).toMatchObject({ label: 'Sergueï Ivanenko', aliases: ['Sergey Ivanenko'] });
    expect(x1.entities.find((e) => e.key === SERGUEI)!.label).toBe('Sergueï Ivanenko');
    // The two accusations now share their agent, so they are one event with two sources.
    expect(r.events.filter((e) => e.type === 'Accusation').map((e) => e.mentions.length)).toEqual([2]);
  });

  it('breaks a frequency tie by code-unit order, whatever the article order', () => {
    const sergei = new ArticleBuilder('zz.txt', 'Sergei Ivanenko a parlé.', { date: '2024-05-14' })
      .entity(entity(SERGEI, 'Sergei Ivanenko', ['Sergei Ivanenko']))
      .mention(SERGEI, 'Sergei Ivanenko')
      .build();
    const r = resolve([sergei, two()]);
    expect(r.entityMerges.map((m) => m.label)).toEqual(['Sergei Ivanenko']);
    expect(resolve([two(), sergei])).toEqual(r);
  });

  it('resolves a surname alone to the unique full name of the build, and not when two people share it', () => {
    const r = resolve([one(), three()]);
    expect(r.extractions.find((x) => x.article.id === 'three.txt')!.events[0].agent).toBe(SERGUEI);
    expect(r.entityMerges).toEqual([{ key: SERGUEI, label: 'Sergueï Ivanenko', merged: [SURNAME], rule: 'surname-only' }]);
    const ambiguous = resolve([one(), three(), olga()]);
    expect(ambiguous.extractions.find((x) => x.article.id === 'three.txt')!.events[0].agent).toBe(SURNAME);
    expect(ambiguous.entityMerges).toEqual([]);
  });

  it('keeps role descriptions article-local: never aliases, never merged', () => {
    const r = resolve([one(), two(), three()]);
    const aliases = r.extractions.flatMap((x) => x.entities.flatMap((e) => [e.label, ...e.aliases]));
    expect(aliases.some((a) => /ministre/.test(a))).toBe(false);
    const merged = mergeEntities(r.extractions.flatMap((x) => x.entities), DEFAULT_BASE);
    const ivanenko = merged.find((e) => e.iri === `${DEFAULT_BASE}person/serguei-ivanenko`)!;
    expect(ivanenko).toMatchObject({ label: 'Sergueï Ivanenko', aliases: ['Ivanenko', 'Sergey Ivanenko'] });
    // The role description is still a mention of the person in its own article.
    const roles = r.extractions.flatMap((x) => x.mentions.filter((m) => m.kind === 'role').map((m) => `${x.article.id}:${m.entity}`));
    expect(roles).toEqual([`one.txt:${SERGUEI}`, `two.txt:${SERGUEI}`]);
    // A person known only by a role description takes no part in reconciliation.
    const roleOnly = new ArticleBuilder('four.txt', 'Le vice-ministre a parlé.', { date: '2024-05-14' })
      .entity(entity('person/ivanenko', 'Ivanenko', []))
      .mention('person/ivanenko', 'Le vice-ministre', 'role')
      .build();
    expect(resolve([one(), roleOnly]).entityMerges).toEqual([]);
  });

  it('never merges two people one article keeps apart', () => {
    const both = new ArticleBuilder('both.txt', 'Sergueï Ivanenko et Sergey Ivanenko sont cousins.', { date: '2024-05-14' })
      .entity(entity(SERGUEI, 'Sergueï Ivanenko', ['Sergueï Ivanenko']))
      .entity(entity(SERGEY, 'Sergey Ivanenko', ['Sergey Ivanenko']))
      .mention(SERGUEI, 'Sergueï Ivanenko')
      .mention(SERGEY, 'Sergey Ivanenko')
      .build();
    expect(resolve([both, one(), two()]).entityMerges).toEqual([]);
  });

  it('writes one entity node for the reconciled person', () => {
    const r = resolve([one(), two(), three()]);
    const quads = buildGraph(r.extractions, { events: r.events });
    const people = quads.filter((q) => q.predicate.value.endsWith('#type') && q.object.value.endsWith('#Person')).map((q) => q.subject.value);
    expect(people).toEqual([`${DEFAULT_BASE}person/serguei-ivanenko`]);
  });
});

describe('person names', () => {
  it('reduces transliterations to one skeleton', () => {
    expect(new Set(['Sergueï', 'Sergey', 'Sergei', 'Serguei'].map(skeleton))).toEqual(new Set(['sergei']));
    expect(skeleton('Dmitriy')).toBe(skeleton('Dmitri'));
    expect(skeleton('Iouri')).toBe(skeleton('Yuri'));
    expect(skeleton('Zelenskyy')).toBe(skeleton('Zelensky'));
  });

  it('matches given-name variants with the same initial, not different names', () => {
    expect(givenNamesMatch(skeleton('Mikhaïl'), skeleton('Michail'))).toBe(true);
    expect(givenNamesMatch(skeleton('Alexeï'), skeleton('Aleksey'))).toBe(true);
    expect(givenNamesMatch(skeleton('Marine'), skeleton('Marion'))).toBe(false);
    expect(givenNamesMatch(skeleton('Jean'), skeleton('Joan'))).toBe(false);
    expect(givenNamesMatch(skeleton('Olga'), skeleton('Olena'))).toBe(false);
  });

  it('parses given name, initial, particles and a surname alone', () => {
    expect(parsePersonName('Sergueï Viktorovitch Lavrov')).toEqual({ first: 'sergei', initial: false, surname: 'lavrov' });
    expect(parsePersonName('S. Lavrov')).toEqual({ first: 's', initial: true, surname: 'lavrov' });
    expect(parsePersonName('Ursula von der Leyen')).toEqual({ first: 'ursula', initial: false, surname: 'vonderleien' });
    expect(parsePersonName('Le Pen')).toEqual({ first: null, initial: false, surname: 'lepen' });
    expect(parsePersonName('M. Lavrov')).toEqual({ first: null, initial: false, surname: 'lavrov' });
  });
});
