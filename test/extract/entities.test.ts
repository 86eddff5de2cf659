// Entity mechanisms: which names become which entities, with what type and name boundaries.
import { describe, expect, it } from 'vitest';
import { entityKeys, extract } from './helpers.js';

const typeOf = (x: ReturnType<typeof extract>, key: string) => x.entities.find((e) => e.key === key)?.type;
const mentionOf = (x: ReturnType<typeof extract>, surface: string) => x.mentions.find((m) => m.surface === surface);

describe('seats of government: the country where they act, a place where things happen there', () => {
  it('reads "à la Maison Blanche" and "au Quai d\'Orsay" as places, "la Maison Blanche a…" as the country', () => {
    const x = extract("Le président kényan a été reçu jeudi à la Maison Blanche. Son ministre était attendu au Quai d'Orsay.");
    expect(mentionOf(x, 'Maison Blanche')!.entity).toBe('place/maison-blanche');
    expect(typeOf(x, 'place/maison-blanche')).toBe('Place');
    expect(mentionOf(x, "Quai d'Orsay")!.entity).toBe('place/quai-d-orsay');
    expect(entityKeys(x)).not.toContain('country/etats-unis');
    const y = extract("La Maison Blanche a démenti toute négociation secrète avec l'Iran.");
    expect(mentionOf(y, 'Maison Blanche')!.entity).toBe('country/etats-unis');
  });

  it('reads the city of a dateline as a place', () => {
    const x = extract("Lisbonne (AFP) - Le ministre des Finances a présenté mardi son budget.");
    expect(mentionOf(x, 'Lisbonne')!.entity).toBe('place/lisbonne');
    expect(entityKeys(x)).not.toContain('country/portugal');
  });

  it('reads a capital one comes from, or where a summit is held, as a place', () => {
    const x = extract('Le Premier ministre est rentré de Varsovie dans la nuit.');
    expect(mentionOf(x, 'Varsovie')!.entity).toBe('place/varsovie');
    const y = extract('Le chef du gouvernement est arrivé en provenance de Madrid vers midi.');
    expect(mentionOf(y, 'Madrid')!.entity).toBe('place/madrid');
    const z = extract('Les dirigeants ont parlé du budget en marge du sommet européen de Lisbonne.');
    expect(entityKeys(z)).not.toContain('country/portugal');
  });

  it('reads "les décisions prises à Dakar" as a place, not as an addressee', () => {
    const x = extract('Les décisions prises à Dakar ont surpris les observateurs.');
    expect(mentionOf(x, 'Dakar')!.entity).toBe('place/dakar');
  });

  it('knows every spelling of a capital as the capital ("Ryad")', () => {
    const x = extract('Ryad a rappelé son ambassadeur.');
    expect(mentionOf(x, 'Ryad')!.entity).toBe('country/arabie-saoudite');
  });
});

describe('people named after a description', () => {
  it('does not take a person after an organization description for the organization\'s name', () => {
    const x = extract("C'est ce qu'a indiqué le porte-parole du ministère de l'Intérieur Jean Dupré.");
    expect(typeOf(x, 'person/jean-dupre')).toBe('Person');
    expect(entityKeys(x)).not.toContain('organization/jean-dupre');
    const y = extract("La réforme doit être retirée, a ajouté au nom de l'intersyndicale M. Perrin.");
    expect(y.entities.filter((e) => e.type === 'Organization').map((e) => e.label)).not.toContain('M. Perrin');
    expect(y.entities.find((e) => e.type === 'Person')?.label).toBe('Perrin');
  });

  it('joins an ambassador "d\'un pays en un autre" to the name in apposition, unknown given names included', () => {
    const x = extract("L'ambassadeur du Chili en France, Seyfo Brandal, a été convoqué lundi. L'ambassadeur chilien a quitté le ministère sans un mot.");
    const p = x.entities.find((e) => e.type === 'Person')!;
    expect(p.label).toBe('Seyfo Brandal');
    expect(mentionOf(x, "L'ambassadeur chilien")!.entity).toBe(p.key);
  });

  it('reads Arabic names with joined particles whole, after a title and an honorific', () => {
    const x = extract("Le pays est dirigé par l'émir, cheikh Hamad ben Khalifa al-Thani, depuis des années.");
    const persons = x.entities.filter((e) => e.type === 'Person');
    expect(persons.map((p) => p.label)).toEqual(['Hamad ben Khalifa al-Thani']);
  });
});

describe('organizations inside organizations', () => {
  it('names the UN in "Conseil de sécurité de l\'ONU"', () => {
    const x = extract("Le Conseil de sécurité de l'ONU se réunira vendredi.");
    expect(entityKeys(x)).toEqual(expect.arrayContaining(['organization/conseil-de-securite-de-l-onu', 'organization/onu']));
  });
});

describe('bare descriptions and other phrases that stand for a named actor', () => {
  it('reads a bare "la compagnie" as the company named before it', () => {
    const x = extract('Air France a annoncé des suppressions de postes. La compagnie a ensuite démenti toute fermeture de base.');
    expect(mentionOf(x, 'La compagnie')!.entity).toBe('organization/air-france');
    expect(entityKeys(x)).toEqual(['organization/air-france']);
  });

  it('reads a bare "le gouvernement" as the country the article names most', () => {
    const x = extract('Le Cameroun traverse une crise. Le Cameroun a fermé ses frontières. Le porte-parole du gouvernement a démenti.');
    expect(mentionOf(x, 'du gouvernement')!.entity).toBe('country/cameroun');
    expect(entityKeys(x)).toEqual(['country/cameroun']);
  });

  it('makes no organization of a bare generic head ("le mouvement")', () => {
    const x = extract('Le mouvement a accusé le ministre de mentir. Les partis ont dénoncé la réforme.');
    expect(x.entities).toEqual([]);
  });

  it('reads "son voisin" after a country as the other country named last', () => {
    const x = extract('Le Tchad a fermé sa frontière. Le Soudan accuse son voisin de soutenir les rebelles.');
    expect(mentionOf(x, 'son voisin')!.entity).toBe('country/tchad');
  });

  it('reads a description followed by an acronym in parentheses as that organization', () => {
    const x = extract('Le premier syndicat des enseignants du second degré (SNES FSU) appelle à la grève mardi.');
    expect(mentionOf(x, 'Le premier syndicat des enseignants du second degré')!.entity).toBe('organization/snes');
  });

  it('reads "le ministre" whose title nobody holds as the man named just before', () => {
    const x = extract('Le Parlement a voté une motion contre Jean Dupuis. Le ministre UDI a affirmé que jamais il ne céderait.');
    expect(mentionOf(x, 'Le ministre UDI')!.entity).toBe('person/jean-dupuis');
    expect(x.events.filter((e) => e.type === 'Statement').map((e) => e.agent)).toEqual(['person/jean-dupuis']);
  });

  it('does not read "le ministre" as a woman named before, or as someone with another title', () => {
    const x = extract('Le Parlement a voté une motion contre Marie Dupuis. Le ministre a affirmé que jamais il ne céderait.');
    expect(mentionOf(x, 'Le ministre')).toBeUndefined();
    const y = extract("Le juge Paul Roux a convoqué l'ancien élu. Le ministre a affirmé que jamais il ne céderait.");
    expect(mentionOf(y, 'Le ministre')).toBeUndefined();
  });

  it('makes a unit with a function of its own ("le service de presse de X") an organization, and leaves "le ministère de X" to X', () => {
    const x = extract("Le service de presse de l'Élysée a démenti l'information. Le gouvernement du Mali a démenti aussi.");
    expect(mentionOf(x, "Le service de presse de l'Élysée")!.entity).toBe('organization/service-de-presse-de-l-elysee');
    expect(x.events.map((e) => e.agent)).toEqual(['organization/service-de-presse-de-l-elysee', 'country/mali']);
  });

  it('reads a bare "l\'organisation" as the NGO or international body the article names most', () => {
    const x = extract("Amnesty International a publié un rapport sur le Tchad. L'organisation a fait état de « tortures systématiques » dans les prisons.");
    expect(mentionOf(x, "L'organisation")!.entity).toBe('organization/amnesty-international');
  });

  it('reads "le bureau du Premier ministre" whole', () => {
    const x = extract('Le bureau du Premier ministre a démenti toute démission.');
    expect(x.events.map((e) => e.agent)).toEqual(['organization/bureau-du-premier-ministre']);
  });

  it('does not take a party in parentheses, or a woman, for "il"', () => {
    const x = extract('Marie Durand (Parti vert) a critiqué le maire. Il a exigé des excuses.');
    expect(x.events.filter((e) => e.type === 'Demand' && e.agent !== null)).toEqual([]);
  });
});

describe('gazetteer coverage', () => {
  it('knows social networks, airlines, French départements and lowercase regions', () => {
    const x = extract('Les violences en Seine-Saint-Denis ont été filmées et diffusées sur Facebook. Air France-KLM et la péninsule coréenne sont loin.');
    expect(entityKeys(x)).toEqual(['organization/air-france-klm', 'organization/facebook', 'place/peninsule-coreenne', 'place/seine-saint-denis']);
  });

  it('prefers the longer party name ("Parti conservateur du Canada") and makes no place of a convention', () => {
    const x = extract('Le Parti conservateur du Canada invoque la Convention de Vienne.');
    expect(entityKeys(x)).toEqual(['organization/parti-conservateur-du-canada']);
  });
});

describe('named institutions and longer names', () => {
  it('names courts, ministries and regimes by their seat or portfolio', () => {
    const x = extract("Le ministre a saisi la cour d'appel de Lyon et le ministère de la Justice. Il a évoqué le régime de Vichy.");
    expect(entityKeys(x)).toEqual(['organization/cour-d-appel-de-lyon', 'organization/ministere-de-la-justice', 'organization/regime-de-vichy']);
  });

  it('keeps a person after a ministry apart from it, as the apposition of the role before', () => {
    const x = extract("C'est ce qu'a indiqué le porte-parole du ministère de l'Intérieur Jean Dupré.");
    expect(entityKeys(x)).toEqual(['organization/ministere-de-l-interieur', 'person/jean-dupre']);
    expect(mentionOf(x, "le porte-parole du ministère de l'Intérieur Jean Dupré")!.entity).toBe('person/jean-dupre');
  });

  it('reads "Grand Conseil vaudois" as an organization', () => {
    const x = extract('Le Grand Conseil vaudois a voté mardi.');
    expect(x.entities.map((e) => [e.label, e.type])).toEqual([['Grand Conseil vaudois', 'Organization']]);
  });

  it('reads a longer name with its acronym over a one-word gazetteer name ("Congrès national … (CNDP)")', () => {
    const x = extract('Le Congrès national pour la défense du peuple (CNDP) a attaqué Goma. Le CNDP a démenti.');
    expect(entityKeys(x)).not.toContain('organization/congres-americain');
    expect(x.entities.find((e) => e.type === 'Organization')!.aliases).toEqual(['Congrès national pour la défense du peuple', 'CNDP']);
  });

  it('reads a company followed by a country as its subsidiary', () => {
    const x = extract('Orange Sénégal a annoncé des investissements.');
    expect(x.entities.map((e) => [e.label, e.type])).toEqual([['Orange Sénégal', 'Organization']]);
  });

  it('joins the end of a longer name to the person ("Lopez Obrador")', () => {
    const x = extract("Andrés Manuel Lopez Obrador a parlé mardi. M. Lopez Obrador a ajouté qu'il attendait.");
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Andrés Manuel Lopez Obrador']);
  });

  it('keeps a spelled-out honorific in the name as written ("cheikh …")', () => {
    const x = extract("Le pays est dirigé par l'émir, cheikh Hamad ben Khalifa al-Thani, depuis des années.");
    expect(x.entities.find((e) => e.type === 'Person')!.aliases).toContain('cheikh Hamad ben Khalifa al-Thani');
  });
});

describe('countries named without their name', () => {
  it('reads "le Nord" and "le Sud" as the two Koreas where the article is about them', () => {
    const x = extract('Le président sud-coréen et le dirigeant nord-coréen se sont rencontrés. Le Nord a salué le geste du Sud.');
    expect(mentionOf(x, 'Nord')!.entity).toBe('country/coree-du-nord');
    expect(mentionOf(x, 'Sud')!.entity).toBe('country/coree-du-sud');
  });

  it('reads "les forces russes" as Russia, and "la présidence tchèque de l\'UE" as no Czech state', () => {
    expect(mentionOf(extract('Les forces russes doivent se retirer.'), 'Les forces russes')!.entity).toBe('country/russie');
    expect(entityKeys(extract("La présidence tchèque de l'UE a appelé les Vingt-Sept à agir."))).not.toContain('country/tchequie');
  });

  it('makes no place of "Internet"', () => {
    expect(extract('Le texte a été publié sur Internet.').entities).toEqual([]);
  });
});

describe('organizations named in other ways', () => {
  it('reads an expansion in parentheses after an acronym as the same organization', () => {
    const x = extract('Le Rwanda appuie le CNDP (Congrès national pour la défense du peuple). Le CNDP a démenti.');
    const orgs = x.entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.label)).toEqual(['Congrès national pour la défense du peuple']);
    expect(orgs[0].aliases).toEqual(['CNDP', 'Congrès national pour la défense du peuple']);
  });

  it('reads "la Chambre" and "le Parlement" as the chamber named before, else as an institution of their own', () => {
    const x = extract('La Chambre des représentants a voté. Le président de la Chambre a suspendu la séance et le Parlement a repris plus tard.');
    expect(entityKeys(x)).toEqual(['organization/chambre-des-representants']);
    expect(x.mentions.map((m) => m.surface)).toEqual(['Chambre des représentants', 'Chambre', 'Parlement']);
    expect(entityKeys(extract('Le texte a été adopté par le Parlement mardi.'))).toEqual(['organization/parlement']);
  });

  it('reads a cabinet named after its head ("le gouvernement Borne") as an organization, not a person', () => {
    const x = extract('Il a critiqué votre gouvernement Michel II. Le gouvernement Borne a démissionné.');
    expect(x.entities.map((e) => [e.label, e.type])).toEqual([
      ['gouvernement Borne', 'Organization'],
      ['gouvernement Michel II', 'Organization'],
    ]);
  });

  it('reads a name after "et" whose second word is a given name as a person ("Téné Birahima Ouattara")', () => {
    const x = extract('Le général Paul Ndiaye et Téné Birahima Ouattara se sont rencontrés.');
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.label)).toEqual(['Paul Ndiaye', 'Téné Birahima Ouattara']);
  });

  it('reads "Unsa police" as the police union and "la CAN" as no organization', () => {
    const x = extract("Selon l'Unsa police, la sécurité de la CAN n'est pas assurée.");
    expect(entityKeys(x)).toEqual(['organization/unsa-police']);
  });

  it('joins the short form of a name that only lacks a trailing adjective ("Grand Conseil" / "Grand Conseil vaudois")', () => {
    const x = extract('Le Grand Conseil vaudois a voté mardi. La présidente du Grand Conseil a levé la séance.');
    expect(x.entities.filter((e) => e.type === 'Organization').map((e) => e.label)).toEqual(['Grand Conseil vaudois']);
  });
});

describe('text that ends where a rule looks ahead', () => {
  it('an article cut after a determiner ("… avec le") builds', () => {
    expect(() => extract('Titre\nLa crise continue et le ministre parle avec le')).not.toThrow();
  });
});

describe('unknown single names that take an article and act: bodies', () => {
  it('reads "la Brocantia a annoncé" and "selon l\'Opalvia," as organizations', () => {
    const x = extract("Mardi, la Brocantia a annoncé la fermeture de douze magasins. Selon l'Opalvia, les ventes reculent.");
    expect(typeOf(x, 'organization/brocantia')).toBe('Organization');
    expect(typeOf(x, 'organization/opalvia')).toBe('Organization');
  });

  it('reads a hyphenated union name as the agent of its demand', () => {
    const x = extract('La CFDT-Métallurgie a appelé la direction à rouvrir les discussions.');
    expect(typeOf(x, 'organization/cfdt-metallurgie')).toBe('Organization');
    expect(x.events.find((e) => e.type === 'Demand')?.agent).toBe('organization/cfdt-metallurgie');
  });

  it('leaves ministries\' portfolios, participles and periods alone', () => {
    const x = extract("Le ministre de la Culture estime que le Brexit a coûté cher. La Bretagne réunifiée reste un vœu.");
    expect(entityKeys(x).filter((k) => k.startsWith('organization/'))).toEqual([]);
  });
});

describe('one name, one referent', () => {
  it('does not read a company named in a headline as a person because a verb follows the colon', () => {
    const x = extract("Fusion de Nordia Énergie : Paris menace de bloquer l'opération\nLe gouvernement a menacé mardi de bloquer le rachat de l'opérateur Nordia Énergie par un fonds américain.");
    expect(entityKeys(x)).not.toContain('person/nordia-energie');
    expect(typeOf(x, 'organization/nordia-energie')).toBe('Organization');
  });
});

describe("a state noun with its leader's name: the leader's country", () => {
  it('reads "le gouvernement de <leader>" as the country the article gives the leader', () => {
    const x = extract("Le président argentin Javier Milei a reçu des élus. Le Chili accuse le gouvernement de Javier Milei d'avoir fermé la frontière.");
    const accusation = x.events.find((e) => e.type === 'Accusation');
    expect(accusation?.target).toBe('country/argentine');
    expect(entityKeys(x)).not.toContain('organization/gouvernement-de-javier-milei');
  });

  it('keeps "le gouvernement de <leader>" as one body when nothing says whose country the leader leads', () => {
    const x = extract('Le gouvernement de Marta Lindqvist a demandé à la Commission de trancher.');
    expect(x.events.find((e) => e.type === 'Demand')?.agent).toBe('organization/gouvernement-de-marta-lindqvist');
  });

  it('reads "l\'administration <surname>" of a well-known leader as the country, not an organization named after him', () => {
    const x = extract("L'administration Trump a rejeté mardi la proposition canadienne.");
    expect(x.events.find((e) => e.type === 'Refusal')?.agent).toBe('country/etats-unis');
    expect(entityKeys(x)).not.toContain('organization/trump');
  });
});
