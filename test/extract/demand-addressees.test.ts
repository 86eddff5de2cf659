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

  it('an "entre" phrase inside a clause of its own describes that clause\'s subject, who is asked', () => {
    const x = article("La ministre Anne Roy a plaidé pour que l'ONU reste un lieu de dialogue entre la Russie et l'Ukraine.");
    expect(pairs(x)).toEqual([['person/anne-roy', 'organization/onu']]);
  });

  it('"les deux Corées": a pair named by the plural of the name its two countries share', () => {
    const x = article('Le Japon a appelé à la reprise du dialogue entre les deux Corées après un tir de missile.');
    expect(pairs(x)).toEqual([
      ['country/japon', 'country/coree-du-nord'],
      ['country/japon', 'country/coree-du-sud'],
    ]);
  });
});

describe('an order in the second person, quoted, is a demand on whom the speaker addresses', () => {
  it('an imperative, with the addressee named after the speech verb ("a lancé X à Y")', () => {
    const x = article('« Retirez votre réforme et écoutez la rue », a lancé la députée Marie Durand au ministre Jean Dupont.');
    expect(pairs(x)).toEqual([['person/marie-durand', 'person/jean-dupont']]);
  });

  it('"vous devez …", the addressee named by "en s\'adressant à"', () => {
    const x = article('« Vous devez respecter le vote des électeurs », a déclaré Paul Martin en s\'adressant à Jean Dupont.');
    expect(pairs(x)).toEqual([['person/paul-martin', 'person/jean-dupont']]);
  });

  it('"X a répondu à Y : « Vous devez vous … »": a pronoun between "devez" and its infinitive, the addressee before the quote', () => {
    const x = article('Paul Martin a répondu à Jean Dupont : « Vous devez vous excuser devant les électeurs. »');
    expect(pairs(x)).toEqual([['person/paul-martin', 'person/jean-dupont']]);
  });

  it('a vocative inside the quote names the addressee', () => {
    const x = article('« Jean Dupont, démissionnez ! », a lancé Paul Martin depuis les bancs de l\'opposition.');
    expect(pairs(x)).toEqual([['person/paul-martin', 'person/jean-dupont']]);
  });

  it('only the order with a named addressee: not one with none, nor an imperative that only calls for attention', () => {
    const x = article('« Écoutez, nous ne céderons pas », a lancé Paul Martin à Jean Dupont. « Retirez ce texte », a ajouté Marie Durand. « Ne touchez pas aux retraites », a-t-elle lancé à Jean Dupont.');
    expect(pairs(x)).toEqual([['person/marie-durand', 'person/jean-dupont']]);
  });
});

describe('who gives the order', () => {
  it('"le Snac, premier syndicat des contrôleurs, appelle …": an unknown name with an organization noun in apposition is an organization', () => {
    const x = article('Le Snac, premier syndicat des contrôleurs aériens, appelle à la grève dès lundi.');
    expect(pairs(x)).toEqual([['organization/snac', null]]);
  });

  it('"le député écologiste X": a title, an adjective and a name are one phrase for X, not the last deputy named', () => {
    const x = article('Le député Jean Dupont a critiqué la réforme. « Retirez ce texte », a lancé le député écologiste Paul Martin au ministre Marc Leroy.');
    expect(pairs(x)).toEqual([['person/paul-martin', 'person/marc-leroy']]);
  });
});

describe('a group of people as the addressee', () => {
  it('"tous les Maliens": the quantifier before the determiner still leaves the demonym its country', () => {
    const x = article('Le chef rebelle Paul Martin a appelé tous les Maliens à se soulever contre la junte.');
    expect(pairs(x)).toEqual([['person/paul-martin', 'country/mali']]);
  });

  it('"a appelé jeudi tous les Congolais à …": a plural demonym no country claims alone is a group, read past the weekday', () => {
    const x = article('Le chef rebelle Paul Martin a appelé jeudi tous les Congolais à se soulever contre le gouvernement.');
    expect(pairs(x)).toEqual([['person/paul-martin', 'organization/congolais']]);
  });

  it('past the place where the call was made and quotation marks: "a appelé vendredi à Mombasa « les habitants » à …"', () => {
    const x = article('Le Kenya a appelé vendredi à Mombasa « les habitants » à rester chez eux.');
    expect(pairs(x)).toEqual([['country/kenya', 'organization/habitants']]);
  });
});

describe('"exige des excuses de la part de X": who owes what is demanded', () => {
  it('the person after "de la part de" is the addressee, not a beneficiary', () => {
    const x = article("Le maire Jean Dupont a exigé mardi des excuses de la part de Paul Martin après ses propos sur la police.");
    expect(pairs(x)).toEqual([['person/jean-dupont', 'person/paul-martin']]);
  });
});

describe('a pair misread', () => {
  it('"Elle a invité les deux protagonistes …": a pair that takes in the one who invites names nobody', () => {
    const x = article('La séance du conseil municipal a été levée après une dispute. La maire Marie Durand a jugé la situation regrettable. Elle a invité les deux protagonistes à se réconcilier.');
    expect(pairs(x)).toEqual([['person/marie-durand', null]]);
  });
});

describe('a demand named by a noun with its author: "la demande de X de …", "les exigences de X", "à la demande de X"', () => {
  it('whoever accepts or refuses the demand is whom it was put to', () => {
    const x = article("Le Kenya a finalement accepté les dix exigences de l'Ouganda pour rouvrir la frontière. L'Union européenne a refusé d'accéder à la demande de la Grèce d'organiser une nouvelle conférence.");
    expect(pairs(x)).toEqual([
      ['country/ouganda', 'country/kenya'],
      ['country/grece', 'organization/ue'],
    ]);
  });

  it('"à la demande de X": the clause\'s subject acted on what X asked', () => {
    const x = article('À la demande de la France, le Conseil de sécurité s\'est réuni mardi soir.');
    expect(pairs(x)).toEqual([['country/france', 'organization/conseil-de-securite-de-l-onu']]);
  });
});

describe('a gerund acts with its clause\'s subject', () => {
  it('"X joue les « pompiers » en exhortant Y à …", with a dateline the parser reads as the root', () => {
    const x = article('(Nairobi) Le ministre Paul Martin joue les « pompiers » en exhortant les habitants à rester calmes.');
    expect(pairs(x)).toEqual([['person/paul-martin', 'organization/habitants']]);
  });
});

describe('advice in the conditional, in a speaker\'s words', () => {
  it('"X a déclaré que Y devrait …" demands of Y; a likelihood ("devrait avoir lieu") does not', () => {
    const x = article('Paul Martin a déclaré que la Tanzanie devrait rouvrir sa frontière. Il a ajouté que le sommet devrait avoir lieu en mai et que la croissance devrait ralentir.');
    expect(pairs(x)).toEqual([['person/paul-martin', 'country/tanzanie']]);
  });
});

describe('an organization noun with its named owner as the object', () => {
  it('"a exhorté vendredi la direction de Renault à …": the management stands for the company', () => {
    const x = article("La CFDT a exhorté vendredi la direction de Renault à rouvrir l'usine de Flins.");
    expect(pairs(x)).toEqual([['organization/cfdt', 'organization/renault']]);
  });
});
