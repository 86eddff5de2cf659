import { describe, expect, it } from 'vitest';
import { article, eventsOf, evidence, extract, only } from './helpers.js';

// Accusations in the constructions news French uses for them, on sentences written for these tests.

describe('accusation verbs set as incises', () => {
  it('"X a fait …, ont accusé A et B": the inverted subjects accuse, the framed clause names the accused', () => {
    const x = article("Jean Dupont trompe les électeurs avec ses promesses, ont accusé tour à tour la sénatrice Anne Roux et le député Paul Martin mardi.");
    const acc = eventsOf(x, 'Accusation');
    expect(acc.map((e) => [e.agent, e.target])).toEqual([
      ['person/anne-roux', 'person/jean-dupont'],
      ['person/paul-martin', 'person/jean-dupont'],
    ]);
    expect(evidence(x, acc[0])).toContain('trompe les électeurs');
    // An apposition before the verb is no framed clause: there the subject accuses its object.
    const e = only(article('Le ministre, Jean Dupont, a dénoncé la Tanzanie.'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/jean-dupont', 'country/tanzanie']);
  });

  it('an incise inside a quotation accuses whom the quoted clause is about', () => {
    const e = only(article('« Le Kenya refuse toujours de négocier, dénonce Paul Martin. Nous attendons une réponse. »'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/paul-martin', 'country/kenya']);
  });

  it('a quotation closed before the incise: the quoted clause names the accused, and the evidence holds it', () => {
    const x = article('« La Tanzanie a truqué le scrutin », a accusé le Kenya.');
    const e = only(x, 'Accusation');
    expect([e.agent, e.target]).toEqual(['country/kenya', 'country/tanzanie']);
    expect(evidence(x, e)).toContain('truqué le scrutin');
  });
});

describe('accusations named by a noun', () => {
  it('"a énuméré des plaintes contre X et Y": the subject accuses each of them', () => {
    const x = article('Paul Martin préside la fédération. Il a énuméré des plaintes contre le Kenya et la Fifa après la finale.');
    expect(eventsOf(x, 'Accusation').map((e) => [e.agent, e.target])).toEqual([
      ['person/paul-martin', 'country/kenya'],
      ['person/paul-martin', 'organization/fifa'],
    ]);
  });
});

describe('who accuses when the verb has no subject of its own', () => {
  it('", et accusé Y de …" shares the main verb\'s subject, past a subordinate clause', () => {
    const x = article("L'Ouganda et le Rwanda ont exprimé leur colère après des déclarations du Kenya affirmant que la médiation avançait, et accusé la Tanzanie de saboter le dialogue.");
    expect(eventsOf(x, 'Accusation').map((e) => [e.agent, e.target])).toEqual([
      ['country/ouganda', 'country/tanzanie'],
      ['country/rwanda', 'country/tanzanie'],
    ]);
  });

  it('a bare participle with a "par" agent: "X, accusé par Y de …" is Y accusing X', () => {
    const e = only(article('Le ministre Jean Dupont, accusé par le Kenya de corruption, a démissionné.'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['country/kenya', 'person/jean-dupont']);
  });

  it('a demonstrative subject ("celle-ci") is the actor named last', () => {
    const e = only(article("Le Kenya a lu le rapport d'Amnesty International, dans lequel celle-ci met en cause la Tanzanie pour des actes de torture."), 'Accusation');
    expect([e.agent, e.target]).toEqual(['organization/amnesty-international', 'country/tanzanie']);
  });
});

describe('whom a denounced thing points to', () => {
  it('a place the object is set in ("les projets du groupe en Ouganda") is not their author', () => {
    const e = only(article('Greenpeace dénonce les projets du groupe en Ouganda.'), 'Accusation');
    expect(e.target).not.toBe('country/ouganda');
  });

  it('a headline\'s "le groupe" is the company the article names next', () => {
    const x = extract('Greenpeace dénonce les mégaprojets du groupe en Ouganda\n\nDes militants ont aspergé de peinture le siège de TotalEnergies à Londres.');
    expect(only(x, 'Accusation').target).toBe('organization/totalenergies');
  });
});

describe('two accusing verbs of one sentence', () => {
  it('"s\'en est pris à X, critiquant ses choix": the participle is an accusation of its own', () => {
    const x = article('Paul Martin s\'en est pris au maire Jean Dupont, critiquant ses choix budgétaires.');
    const acc = eventsOf(x, 'Accusation');
    expect(acc.map((e) => [e.agent, e.target])).toEqual([
      ['person/paul-martin', 'person/jean-dupont'],
      ['person/paul-martin', 'person/jean-dupont'],
    ]);
    expect(acc[1].topic).toContain('choix budgétaires');
  });
});

describe('more ways French says someone is to blame', () => {
  const pair = (text: string) => {
    const e = only(article(text), 'Accusation');
    return [e.agent, e.target];
  };

  it('"épingler", "étriller"', () => {
    expect(pair('La Cour des comptes a épinglé la gestion de la SNCF.')).toEqual(['organization/cour-des-comptes', 'organization/sncf']);
    expect(pair('Le Kenya a étrillé la Tanzanie pour sa politique migratoire.')).toEqual(['country/kenya', 'country/tanzanie']);
  });

  it('"montrer du doigt", and "pointe du doigt" although "pointe" is also a form of "poindre"', () => {
    expect(pair('Le Kenya montre du doigt la Tanzanie.')).toEqual(['country/kenya', 'country/tanzanie']);
    expect(pair('Le Kenya pointe du doigt la Tanzanie.')).toEqual(['country/kenya', 'country/tanzanie']);
  });

  it('"mettre en accusation", "attaquer en justice", "désigner comme responsable"', () => {
    expect(pair('Le Sénat a mis en accusation Jean Dupont.')).toEqual(['organization/senat', 'person/jean-dupont']);
    expect(pair('Jean Dupont a attaqué le Kenya en justice pour diffamation.')).toEqual(['person/jean-dupont', 'country/kenya']);
    expect(pair("Le Kenya a désigné la Tanzanie comme responsable de l'attaque.")).toEqual(['country/kenya', 'country/tanzanie']);
    // The idiom needs its words: showing or designating alone accuses nobody.
    expect(eventsOf(article('Le Kenya a montré ses nouveaux avions à la Tanzanie.'), 'Accusation')).toEqual([]);
    expect(eventsOf(article('Le Kenya a désigné Jean Dupont comme ambassadeur.'), 'Accusation')).toEqual([]);
  });
});

describe('blame reported as a clause', () => {
  it('"Y a déclaré que X porterait la responsabilité de …": Y accuses X; unreported, nobody does', () => {
    const e = only(article("Le Kenya a déclaré lundi que la Tanzanie porterait la responsabilité d'une guerre."), 'Accusation');
    expect([e.agent, e.target]).toEqual(['country/kenya', 'country/tanzanie']);
    expect(eventsOf(article('La Tanzanie porte la responsabilité de la crise.'), 'Accusation')).toEqual([]);
  });
});
