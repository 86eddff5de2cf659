import { describe, expect, it } from 'vitest';
import { article, eventsOf, only } from './helpers.js';

// Target completion (src/extract/targets.ts): whom an act aims at when no slot names anyone.

describe('the author of what an act aims at is its target', () => {
  it('"dénonce les propos de X": X is accused', () => {
    const e = only(article('Le Parti socialiste a dénoncé les propos du maire de Lyon, Paul Martin, sur les migrants.'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['organization/parti-socialiste', 'person/paul-martin']);
  });

  it('a demonym adjective on the object names the country aimed at', () => {
    const e = only(article("Le Kenya a condamné les frappes somaliennes sur la frontière."), 'Accusation');
    expect([e.agent, e.target]).toEqual(['country/kenya', 'country/somalie']);
  });

  it('a refusal of someone\'s demand answers its author', () => {
    const e = only(article('Le Chili a rejeté la proposition du Pérou sur la frontière maritime.'), 'Refusal');
    expect([e.agent, e.target]).toEqual(['country/chili', 'country/perou']);
  });

  it('a victim named by the object is not a target', () => {
    const x = article("Le Kenya a condamné l'arrestation de l'opposant Paul Martin.");
    expect(eventsOf(x, 'Accusation').map((e) => e.target)).not.toContain('person/paul-martin');
  });
});

describe('relational phrases and replies', () => {
  it('"accuse son voisin" is the other country named just before', () => {
    const e = only(article("La tension monte entre le Pérou et la Bolivie. Lima accuse son voisin d'armer des rebelles."), 'Accusation');
    expect([e.agent, e.target]).toEqual(['country/perou', 'country/bolivie']);
  });

  it('a denial of allegations answers the accuser', () => {
    const x = article("Le Kenya a accusé l'Ouganda de soutenir des rebelles. Kampala a nié ces accusations.");
    const e = only(x, 'Refusal');
    expect([e.agent, e.target]).toEqual(['country/ouganda', 'country/kenya']);
  });
});

describe('a full description that opens a sentence names the person introduced next', () => {
  it('the description is not the earlier person with no title', () => {
    const x = article(
      "L'explosion a tué Omar Haddad, un chef de milice. Le ministre libanais de l'Intérieur a averti les milices du sud du pays d'une riposte très ferme de l'armée et de la police si elles ne rendent pas leurs armes avant la fin du mois prochain, selon un communiqué publié dans la soirée. Karim Nassar a accusé Israël d'avoir mené l'attaque.",
    );
    const warnings = eventsOf(x, 'Warning');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.every((e) => e.agent === 'person/karim-nassar')).toBe(true);
  });
});

describe('a dispute goes on between the same parties', () => {
  it('a demand with no addressee, right after an accusation, is made of the accused', () => {
    const x = article("Greenpeace a accusé TotalEnergies de pratiques trompeuses. Elle réclame des dommages et intérêts de dix millions d'euros.");
    const e = only(x, 'Demand');
    expect([e.agent, e.target]).toEqual(['organization/greenpeace', 'organization/totalenergies']);
  });

  it('a demand aimed at a thing its author owns goes to that author, even for a verb whose addressee takes "à"', () => {
    const e = only(article('Le Danemark demande le retrait des troupes russes de la frontière.'), 'Demand');
    expect([e.agent, e.target]).toEqual(['country/danemark', 'country/russie']);
  });
});

describe('a plural group of countries is an actor of its own', () => {
  it('"les pays africains hostiles au Maroc" acts, and "ces pays" refers back to it', () => {
    const x = article("Les pays africains hostiles au Maroc ont dénoncé un accord. Ces pays accusent le Maroc de bloquer les négociations.");
    const acc = eventsOf(x, 'Accusation').filter((e) => e.target === 'country/maroc');
    expect(acc.map((e) => e.agent)).toContain('organization/pays-africains-hostiles-au-maroc');
    expect(x.mentions.filter((m) => m.entity === 'organization/pays-africains-hostiles-au-maroc').map((m) => m.surface)).toContain('Ces pays');
  });

  it('"le pays" alone stays a country, not a group', () => {
    const x = article("Le Maroc a rappelé son ambassadeur. Le pays accuse l'Algérie de soutenir des rebelles.");
    expect(x.entities.map((e) => e.key).filter((k) => k.startsWith('organization/pays'))).toEqual([]);
  });
});

describe('a claim is not a proposal', () => {
  it('"suggère que X a fait" reports a claim; "suggère de" proposes', () => {
    expect(eventsOf(article('Le Kenya a suggéré que la Somalie avait violé la trêve.'), 'Proposal')).toEqual([]);
    expect(eventsOf(article("Le Kenya a suggéré à la Somalie d'ouvrir des pourparlers."), 'Proposal')).toHaveLength(1);
  });
});

describe('members, possessors and adverbs', () => {
  it('"les militants de X" act for X', () => {
    const e = only(article('Les militants de Greenpeace dénoncent les projets de TotalEnergies en Ouganda.'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['organization/greenpeace', 'organization/totalenergies']);
  });

  it('"critiquant ses choix": the possessor named before in the sentence is the target', () => {
    const x = article("Jean Dupont a rencontré Paul Martin, critiquant ses choix budgétaires.");
    const e = only(x, 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/jean-dupont', 'person/paul-martin']);
  });

  it('an adverb in "-ment" between the verb and its object does not hide the target', () => {
    const e = only(article('Jean Dupont a critiqué sévèrement Paul Martin pour son budget.'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/jean-dupont', 'person/paul-martin']);
  });
});

describe('coordinated verbs', () => {
  it('"a condamné X et encouragé Y à …": the second participle shares the auxiliary, so it is an act', () => {
    const x = article("La France a condamné l'assaut et encouragé le Mexique à résoudre ses différends.");
    expect(eventsOf(x, 'Demand').map((e) => [e.agent, e.target])).toContainEqual(['country/france', 'country/mexique']);
  });
});

describe('reflexives, indefinites and contracted articles', () => {
  it('"s\'est refusé à tout commentaire" is a refusal, not a passive', () => {
    const x = article("Air France s'est refusé à tout commentaire sur la grève des pilotes.");
    expect(only(x, 'Refusal').agent).toBe('organization/air-france');
  });

  it('"une porte-parole de …" is someone new, not the person named before', () => {
    const x = article("Jean Dupont dirige Air France. Une porte-parole de la compagnie s'est refusée à tout commentaire.");
    expect(eventsOf(x, 'Refusal').map((e) => e.agent)).not.toContain('person/jean-dupont');
  });

  it('"la revendication des syndicats" names the unions, "des" being "de les"', () => {
    const x = article("Le ministre Jean Dupont a rejeté la principale revendication des syndicats de cheminots.");
    expect(only(x, 'Refusal').target).toBe('organization/syndicats-de-cheminots');
  });
});

describe('a warning is aimed at another state than the warner\'s own', () => {
  it('a state official warning in an incise aims at the other state of the dispute, not their own', () => {
    const x = article(
      "Le vice-ministre turc des Affaires étrangères, Murat Demir, a convoqué l'ambassadeur de Grèce. " +
        'Toute violation de l\'espace aérien de la Turquie serait « durement » punie, a-t-il mis en garde.',
    );
    const e = only(x, 'Warning');
    expect([e.agent, e.target]).toEqual(['person/murat-demir', 'country/grece']);
    // The incise states the words before it: they are its evidence.
    expect(x.article.text.slice(e.start, e.end)).toContain("Toute violation de l'espace aérien");
  });
});

describe('rejecting criticism answers who made it', () => {
  it('"a rejeté ces critiques" after a threat answers the one who threatened', () => {
    const x = article('La Banque mondiale a menacé lundi de suspendre son aide au Malawi. Le ministre malawite des Finances, Joseph Banda, a rejeté ces critiques.');
    const e = only(x, 'Refusal');
    expect([e.agent, e.target]).toEqual(['person/joseph-banda', 'organization/banque-mondiale']);
  });
});

describe('the body that runs an organization acts for it', () => {
  it('"a appelé mardi la direction d\'Air France à …": the company is addressed', () => {
    const e = only(article("La CGT a appelé mardi la direction d'Air France à rouvrir les négociations."), 'Demand');
    expect([e.agent, e.target]).toEqual(['organization/cgt', 'organization/air-france']);
  });
});

describe('evidence of an act stated in a relative clause', () => {
  it('", Y, qu\'il accuse de …" states its accusation from "qu\'il" on', () => {
    const x = article('Le délégué syndical Marc Petit a dénoncé « le mépris » du directeur, Paul Roux, qu\'il accuse d\'avoir menti aux salariés.');
    const e = eventsOf(x, 'Accusation').find((v) => v.trigger === 'accuse')!;
    expect([e.agent, e.target]).toEqual(['person/marc-petit', 'person/paul-roux']);
    expect(x.article.text.slice(e.start, e.end)).toMatch(/^qu'il accuse d'avoir menti/);
  });
});

describe('a warning verb set as an incise', () => {
  it('"« … », a-t-il prévenu" warns of the quoted words', () => {
    const x = article("Le président Paul Biya a reçu les chefs de l'opposition. « Ceux qui troubleront l'ordre seront punis », a-t-il prévenu.");
    const e = only(x, 'Warning');
    expect(e.agent).toBe('person/paul-biya');
    expect(x.article.text.slice(e.start, e.end)).toBe("« Ceux qui troubleront l'ordre seront punis », a-t-il prévenu");
  });
});
