import { describe, expect, it } from 'vitest';
import { article, eventsOf, evidence, extract, only } from './helpers.js';

// One test per general mechanism of the clause, mention and coreference stages, on sentences
// written for these tests (a title line first, as .txt articles have).

describe('clause layer: who acts on whom whatever the construction', () => {
  it('an object relative ", que X accuse": X accuses, the antecedent is accused', () => {
    const e = only(article("La ministre a reçu jeudi Marc Olivier, que Greenpeace accuse d'avoir menti sur les rejets de l'usine."), 'Accusation');
    expect([e.agent, e.target]).toEqual(['organization/greenpeace', 'person/marc-olivier']);
  });

  it('an object clitic after a pronoun subject ("Il lui reproche …"): the one the same speaker acted on before', () => {
    const x = article("La procureure Anne Faure a requis mardi trois ans de prison contre Luc Berthier. Elle lui reproche d'avoir détourné des fonds publics.");
    const e = only(x, 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/anne-faure', 'person/luc-berthier']);
  });

  it('"X l\'accuse de …" after a subject: "l\'" is the object clitic, the one the previous sentence acted on', () => {
    const x = article("La ministre Anne Roche a convoqué jeudi le préfet Paul Girard. Elle l'accuse d'avoir menti aux élus.");
    const e = only(x, 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/anne-roche', 'person/paul-girard']);
    const y = article("Le président Marc Ollier a refusé tout retrait. Le syndicat Unitas l'accuse de saboter les pourparlers.");
    expect(only(y, 'Accusation').target).toBe('person/marc-ollier');
  });

  it('an object relative with a pronoun subject: the pronoun is someone other than the antecedent', () => {
    const e = only(article("Le député Paul Viret a interpellé mardi la ministre Anne Roche, qu'il accuse d'avoir menti aux élus."), 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/paul-viret', 'person/anne-roche']);
  });

  it('a passive with a "par" agent: the agent accuses, the subject is accused', () => {
    const e = only(article('La Tanzanie a été accusée par le Kenya de fraude électorale.'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['country/kenya', 'country/tanzanie']);
  });

  it('a relative clause on "qui": the noun it hangs on acts', () => {
    const e = only(article('Le Kenya, qui a accusé la Tanzanie de fraude électorale, a rappelé son ambassadeur.'), 'Accusation');
    expect([e.agent, e.target]).toEqual(['country/kenya', 'country/tanzanie']);
  });

  it('two coordinated accused acts are two accusations, even past a quotation inside the first', () => {
    const x = article("Le Kenya a accusé la Tanzanie de soutenir le « mouvement rebelle » de Joseph Kony dans le nord et de masser des troupes à la frontière.");
    const acc = eventsOf(x, 'Accusation');
    expect(acc).toHaveLength(2);
    expect(acc.every((e) => e.agent === 'country/kenya' && e.target === 'country/tanzanie')).toBe(true);
  });

  it('appositions on either side of both actors keep the accused and the charge', () => {
    const e = only(article("Le maire de Brest, Jean Dupont, a accusé le préfet du Finistère, Paul Martin, d'avoir menti."), 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/jean-dupont', 'person/paul-martin']);
  });

  it('an object clitic in a relative clause refers to the main clause subject, who is not the accuser', () => {
    const x = article("L'OM a démenti les accusations de la LFP, qui lui reproche d'avoir triché.");
    const e = only(x, 'Accusation');
    expect([e.agent, e.target]).toEqual(['organization/lfp', 'organization/om']);
    expect(only(x, 'Refusal').agent).toBe('organization/om');
  });
});

describe('objects past a circumstance', () => {
  it('"a convoqué mardi, pour la deuxième fois depuis juin, l\'ambassadeur": the object after a comma-delimited circumstance', () => {
    const x = article("L'ambassadeur du Mali, Ousmane Keïta, est en poste depuis 2021. L'Algérie a convoqué jeudi, pour la troisième fois cette année, l'ambassadeur du Mali.");
    expect(only(x, 'Meeting').participants).toEqual(['country/algerie', 'person/ousmane-keita']);
  });
});

describe('anonymous sources', () => {
  it('"a précisé une source proche du dossier", "selon une source diplomatique européenne": a Person of its own who speaks', () => {
    const x = article("Le préfet Paul Roche sera remplacé, a précisé une source proche du dossier. Selon une source diplomatique européenne, la réunion de Bruxelles a échoué.");
    const speakers = eventsOf(x, 'Statement').map((e) => e.agent);
    expect(speakers).toEqual(['person/source-proche-du-dossier', 'person/source-diplomatique-europeenne']);
    expect(x.entities.find((e) => e.key === 'person/source-proche-du-dossier')?.type).toBe('Person');
  });

  it('"une source de tension" names nobody', () => {
    const x = article("Le prix du gaz est une source de tension entre les deux pays, a déclaré Paul Roche.");
    expect(x.entities.filter((e) => e.key.includes('source'))).toEqual([]);
  });
});

describe('counted groups', () => {
  it('"Vingt-six Ougandais ont accusé X": a counted people noun is a group of people who act, not their country', () => {
    const x = article('Vingt-six Ougandais ont accusé TotalEnergies de pollution. Ils dénoncent des violations des droits humains.');
    const accusations = eventsOf(x, 'Accusation').map((e) => e.agent);
    expect(accusations).toEqual(['organization/vingt-six-ougandais', 'organization/vingt-six-ougandais']);
    expect(x.entities.map((e) => e.key)).not.toContain('country/ouganda');
  });

  it('a counted group that acts in no event of its own is still who "ils" refers to next', () => {
    const x = article('Douze Kényans et trois associations britanniques ont saisi la justice mardi. Ils accusent le groupe Shell de pollution.');
    expect(only(x, 'Accusation').agent).toBe('organization/douze-kenyans-et-trois-associations-britanniques');
  });
});

describe('names in quotation marks', () => {
  it('"Les membres de “Green Future” dénoncent …": a name set in quotation marks is no quotation', () => {
    const x = article('Les militants de “Dernière Rénovation” dénoncent les projets de TotalEnergies en Ouganda.');
    expect(eventsOf(x, 'Statement').filter((e) => e.quote)).toEqual([]);
  });
});

describe('plural descriptions by office', () => {
  it('"les ministres turc et syrien de la Défense" are not the two presidents named before: with no holder named, the countries act', () => {
    const x = article("Le président turc Recep Tayyip Erdogan a salué le président syrien Bachar al-Assad. Les ministres turc et syrien de la Défense se sont réunis à Moscou.");
    expect(only(x, 'Meeting').participants).toEqual(['country/turquie', 'country/syrie']);
  });

  it('"les ministres malien et nigérien de la Défense, le général A et B," are the people named in apposition', () => {
    const x = article("Lundi, les ministres malien et nigérien de la Défense, le général Sadio Camara et Salifou Mody, se sont rencontrés à Gao.");
    expect(only(x, 'Meeting').participants).toEqual(['person/sadio-camara', 'person/salifou-mody']);
  });
});

describe('quotes: who speaks', () => {
  it('a quote deep in a reported clause belongs to the subject of the verb of saying, not of the nearer verb', () => {
    const x = article('Le ministre kényan William Ruto a affirmé que le chef rebelle, Joseph Kony, devait « libérer tous les otages avant la fin du mois ».');
    const quotes = eventsOf(x, 'Statement').filter((e) => e.quote);
    expect(quotes.map((e) => e.agent)).toEqual(['person/william-ruto']);
  });

  it('an incise pronoun ("a-t-il ajouté") agrees in gender, and takes a person before the organization named since', () => {
    const x = article(
      '« Nous gagnerons », a déclaré Anne Roux. Paul Martin a été élu député. Le Parti socialiste a salué sa victoire. « Le travail commence demain », a-t-il ajouté.',
    );
    const e = eventsOf(x, 'Statement').find((s) => s.quote?.includes('travail'));
    expect(e?.agent).toBe('person/paul-martin');
  });
});

describe('quotes over several sentences and incises within them', () => {
  it('an incise inside the marks names the speaker of the whole quotation', () => {
    const x = article('Le maire de Lyon, Paul Martin, était furieux. « Ce budget est injuste, a lancé Anne Roux. Il faut le revoir. »');
    const e = eventsOf(x, 'Statement').filter((s) => s.quote);
    expect(e.map((s) => s.agent)).toEqual(['person/anne-roux']);
  });

  it('a quotation of two sentences attributed after its close is one statement whose evidence starts at the opening mark', () => {
    const text = 'Titre\nLa grève continue. « Il reste deux jours. Rien ne bouge », estime Paul Martin.';
    const x = extract(text);
    const quotes = eventsOf(x, 'Statement').filter((s) => s.quote);
    expect(quotes.map((s) => s.agent)).toEqual(['person/paul-martin']);
    expect(text.slice(quotes[0].start, quotes[0].end)).toMatch(/^« Il reste deux jours\. Rien ne bouge », estime Paul Martin/);
  });

  it('quotations joined under one attribution ("« A » et « B », estime X") are one statement from the first mark', () => {
    const text = 'Titre\nLa grève continue. « Il reste deux jours » et « la direction ne bouge pas », estime Paul Martin.';
    const quotes = eventsOf(extract(text), 'Statement').filter((s) => s.quote);
    expect(quotes.map((s) => s.agent)).toEqual(['person/paul-martin']);
    expect(text.slice(quotes[0].start, quotes[0].end)).toMatch(/^« Il reste deux jours » et « la direction/);
  });

  it('a quotation filling its sentence is attributed by the next one pointing back ("Voilà ce qu\'a écrit X")', () => {
    const x = article("« Les syndicats doivent venir discuter avec nous. » Voilà ce qu'a écrit le maire de Lyon, Paul Martin, samedi.");
    expect(eventsOf(x, 'Statement').map((e) => e.agent)).toEqual(['person/paul-martin']);
  });

  it('a quotation\'s topic does not end on a word that needs the next one', () => {
    const x = article('« Nous avons négocié hier pendant six heures de discussions franches et utiles avec eux », a déclaré Paul Martin.');
    const topic = eventsOf(x, 'Statement')[0].topic ?? '';
    expect(topic).toMatch(/six heures de discussions/);
    expect(topic).not.toMatch(/\b(?:de|à|et|avec)$/);
  });

  it('what is said inside a quotation is not the narrator\'s event', () => {
    const x = article('« Nous partons. La Tanzanie accuse le Kenya de tricher », a déclaré Paul Martin.');
    expect(eventsOf(x, 'Accusation')).toHaveLength(0);
  });
});

describe('names', () => {
  it('an unknown given name opening an apposition stays in the name (", Seyed Mehdi Miraboutalebi,")', () => {
    const x = article("L'ambassadeur d'Iran, Seyed Mehdi Miraboutalebi, a été convoqué mardi.");
    expect(x.entities.some((e) => e.label === 'Seyed Mehdi Miraboutalebi')).toBe(true);
  });
});

describe('descriptions', () => {
  it('a description named before anyone points forward only to someone who may hold that title', () => {
    // Vladimir Poutine is known (data/lexicon/people.tsv) as a president, not as a head of diplomacy.
    const x = article('Le chef de la diplomatie russe est arrivé à Genève. Vladimir Poutine a salué la rencontre.');
    expect(x.mentions.filter((m) => m.surface.startsWith('Le chef de la diplomatie')).map((m) => m.entity)).not.toContain('person/vladimir-poutine');
  });

  it('a vague title ("le dirigeant vénézuélien") is the president named before it', () => {
    const x = article("Le président vénézuélien Hugo Chavez est arrivé à Caracas. Le dirigeant vénézuélien a accusé la Colombie d'ingérence.");
    expect(only(x, 'Accusation').agent).toBe('person/hugo-chavez');
  });
});

describe('unnamed groups as addressees', () => {
  it('"appelle les électeurs à …": the group is the addressee, an Organization described, with its own mention', () => {
    const x = article('Paul Martin appelle les électeurs bretons à voter dimanche.');
    const e = only(x, 'Demand');
    expect(e.agent).toBe('person/paul-martin');
    const group = x.entities.find((g) => g.key === e.target);
    expect(group?.type).toBe('Organization');
    expect(group?.label).toBe('électeurs bretons');
  });

  it('a thing demanded is no addressee ("exige des excuses")', () => {
    const x = article('Paul Martin exige des excuses publiques.');
    expect(only(x, 'Demand').target).toBeNull();
  });
});

describe('coreference', () => {
  it('two titles of one office name one person ("le garde des Sceaux" is "le ministre de la Justice")', () => {
    const x = article("Le ministre de la Justice porte plainte contre un éditorialiste\nLe garde des Sceaux Paul Verdier a porté plainte mardi contre Marc Loriot. Le ministre lui reproche d'avoir menti.");
    const accusations = eventsOf(x, 'Accusation');
    expect(accusations.length).toBeGreaterThanOrEqual(2);
    for (const e of accusations) expect(e.agent).toBe('person/paul-verdier');
  });

  it('an indefinite description is the person the article later says holds it ("Cet avocat, …, est X")', () => {
    const x = article("La ministre Claire Vasseur a porté plainte lundi contre un avocat de Lille. Cet avocat, connu pour ses vidéos, est Hugo Delmas, a indiqué une source judiciaire.");
    const e = only(x, 'Accusation');
    expect([e.agent, e.target]).toEqual(['person/claire-vasseur', 'person/hugo-delmas']);
  });

  it('an indefinite description of one gender is not a person of the other holding that title', () => {
    const x = article("Le porte-parole du groupe, Paul Ancel, a présenté les comptes. Une porte-parole de la compagnie a refusé tout commentaire.");
    expect(x.mentions.filter((m) => m.entity === 'person/paul-ancel').map((m) => m.surface)).not.toContain('Une porte-parole');
  });

  it('a title is read whole: "secrétaire d\'État" says nothing of gender, unlike "secrétaire générale"', () => {
    const x = article(
      "Le secrétaire d'État Marc Dubois a rencontré Anne Roux à Lyon. « Nous avons beaucoup avancé », a-t-elle déclaré.",
    );
    const e = eventsOf(x, 'Statement').find((s) => s.quote);
    expect(e?.agent).toBe('person/anne-roux');
  });

  it('"elle" two clauses away agrees in gender with the woman, not the man named last', () => {
    const x = article(
      'La ministre ougandaise Aisha Jumwa et le président kényan William Ruto sont arrivés à Dodoma. Elle a accusé la Tanzanie de fraude électorale.',
    );
    expect(only(x, 'Accusation').agent).toBe('person/aisha-jumwa');
  });

  it('"les deux dirigeants" are the two people just named', () => {
    const x = article('Félix Tshisekedi et Paul Kagame étaient au Qatar mardi. Les deux dirigeants se sont rencontrés à Doha.');
    expect(only(x, 'Meeting').participants.sort()).toEqual(['person/felix-tshisekedi', 'person/paul-kagame']);
  });

  it('"les deux dirigeants" skips a person named only in a complement ("sous la médiation de X")', () => {
    const x = article(
      'Félix Tshisekedi et Paul Kagame se sont rencontrés mardi sous la médiation de Tamim ben Hamad. Un entretien entre les deux dirigeants était attendu depuis un an.',
    );
    const meetings = eventsOf(x, 'Meeting');
    expect(meetings.at(-1)?.participants.sort()).toEqual(['person/felix-tshisekedi', 'person/paul-kagame']);
  });

  it('"leur premier entretien" reaches past the adjective to the possessive and names the meeting just reported', () => {
    const x = article('Félix Tshisekedi et Paul Kagame se sont rencontrés à Doha. Leur premier entretien avait eu lieu en janvier.');
    const meetings = eventsOf(x, 'Meeting');
    expect(meetings).toHaveLength(2);
    expect(meetings[1].participants.sort()).toEqual(['person/felix-tshisekedi', 'person/paul-kagame']);
  });

  it('a meeting noun with no "entre"/"avec" takes the group subject of its clause ("X et Y ont convenu d\'un sommet")', () => {
    const x = article('Paul Martin et Anne Roux ont convenu de la tenue d\'un sommet à Genève en juillet.');
    expect(only(x, 'Meeting').participants.sort()).toEqual(['person/anne-roux', 'person/paul-martin']);
  });

  it('"cet entretien" is the meeting just reported, with its participants', () => {
    const x = article('Félix Tshisekedi et Paul Kagame se sont rencontrés à Doha. Mais l\'ambiance lors de cet entretien semble avoir été cordiale.');
    const meetings = eventsOf(x, 'Meeting');
    expect(meetings).toHaveLength(2);
    expect(meetings[1].participants.sort()).toEqual(['person/felix-tshisekedi', 'person/paul-kagame']);
    // Its evidence is its own sentence, not the one that named the participants.
    expect(x.article.text.slice(meetings[1].start, meetings[1].end)).not.toMatch(/rencontrés/);
  });

  it('a description names the organization it introduced ("l\'opérateur … Inwi", then "le petit opérateur")', () => {
    const x = article("L'opérateur de téléphonie mobile Inwi a porté plainte contre son rival. Le petit opérateur accuse son rival de pratiques déloyales.");
    expect(eventsOf(x, 'Accusation').map((e) => e.agent)).toEqual(['organization/inwi', 'organization/inwi']);
    expect(x.entities.find((e) => e.key === 'organization/inwi')?.type).toBe('Organization');
  });
});

describe('descriptive and unknown actors', () => {
  it('an unnamed but qualified group acting is an Organization of its own', () => {
    const x = article('Les syndicats du secteur public accusent le gouvernement kényan de mépris.');
    const e = only(x, 'Accusation');
    expect(e.agent).toBe('organization/syndicats-du-secteur-public');
    expect(x.entities.find((en) => en.key === e.agent)?.type).toBe('Organization');
  });

  it('an unnamed group that does nothing is no entity', () => {
    const x = article('Les syndicats du secteur public se réunissent demain à Nairobi.');
    expect(x.entities.map((e) => e.key)).not.toContain('organization/syndicats-du-secteur-public');
  });

  it('an acronym in parentheses is the same organization, there and later', () => {
    const x = article('La Fédération syndicale unitaire (FSU) a exigé le retrait de la réforme. La FSU accuse aussi le gouvernement de mépris.');
    const fsu = x.entities.filter((e) => e.type === 'Organization' && e.key !== 'organization/gouvernement');
    expect(fsu).toHaveLength(1);
    expect(fsu[0].aliases).toEqual(expect.arrayContaining(['Fédération syndicale unitaire', 'FSU']));
    expect(only(x, 'Accusation').agent).toBe(fsu[0].key);
    expect(only(x, 'Demand').agent).toBe(fsu[0].key);
  });

  it('an all-caps word is not an organization by itself', () => {
    const x = article('Le match a commencé à 20 h GMT au stade de Nairobi.');
    expect(x.entities.filter((e) => e.type === 'Organization')).toEqual([]);
  });

  it('a dateline city is a Place, not its country', () => {
    const x = article('PARIS, 3 octobre 2023 – La France a accusé la Russie de désinformation.');
    expect(x.entities.find((e) => e.key === 'country/france')?.aliases).not.toContain('PARIS');
  });

  it('a country or first name that starts a longer name is that name ("Maroc Telecom", "Dominique Anglade")', () => {
    const x = article("Maroc Telecom a rejeté la plainte. Dominique Anglade a critiqué le gouvernement pour sa gestion.");
    expect(x.entities.map((e) => `${e.type}:${e.label}`)).toEqual(expect.arrayContaining(['Organization:Maroc Telecom', 'Person:Dominique Anglade']));
    expect(x.entities.map((e) => e.key)).not.toContain('country/maroc');
  });
});

describe('attribution', () => {
  it('"Pour X, …" opening a sentence and "…, selon X" attribute a statement', () => {
    const x = article("Pour Jacques Martin, la réforme est injuste. La grève continue, selon la CGT.");
    expect(eventsOf(x, 'Statement').map((e) => e.agent)).toEqual(['person/jacques-martin', 'organization/cgt']);
  });

  it('"se dire prêt à" is an offer: a Proposal, not a statement', () => {
    const x = article("M. Erdogan s'est dit prêt à rencontrer M. Assad à Moscou.");
    expect(eventsOf(x, 'Statement')).toEqual([]);
    expect(eventsOf(x, 'Meeting')).toEqual([]);
    expect(only(x, 'Proposal').agent).toMatch(/erdogan/);
  });
});

describe('meetings named by a noun', () => {
  const meetings = (body: string) => eventsOf(article(body), 'Meeting');
  const who = (e: { participants: string[] }) => [...e.participants].sort();

  it('a four-word meeting noun is read whole ("une conférence de presse commune avec Y")', () => {
    const m = meetings('Le maire de Lyon Paul Martin a parlé du budget lors d\'une conférence de presse commune avec Anne Roux.');
    expect(m.map(who)).toEqual([['person/anne-roux', 'person/paul-martin']]);
  });

  it('an ordinal between the determiner and the noun keeps it a noun ("la troisième conversation téléphonique entre X et Y")', () => {
    const m = meetings("C'était la troisième conversation téléphonique entre Paul Martin et Anne Roux depuis janvier.");
    expect(m.map(who)).toEqual([['person/anne-roux', 'person/paul-martin']]);
  });

  it('"entre X et Y" past a finite verb belongs to that verb, not to the meeting noun', () => {
    const m = meetings("Paul Martin a reçu Anne Roux à Lyon. Cette rencontre améliore les relations entre la France et l'Italie.");
    expect(m).toHaveLength(2);
    expect(who(m[1])).toEqual(['person/anne-roux', 'person/paul-martin']);
  });

  it('a definite meeting noun heading its clause\'s subject is the meeting just reported, its evidence the clause', () => {
    const x = article('Paul Martin a reçu Anne Roux à Lyon. La discussion a duré trois heures.');
    const m = eventsOf(x, 'Meeting');
    expect(m).toHaveLength(2);
    expect(who(m[1])).toEqual(['person/anne-roux', 'person/paul-martin']);
    expect(evidence(x, m[1])).toBe('La discussion a duré trois heures');
    // One with a complement of its own is another meeting, not the one just reported.
    expect(meetings('Paul Martin a reçu Anne Roux à Lyon. La visite de Jean Dupont a duré trois heures.')).toHaveLength(1);
  });

  it('a joint press conference with a pronoun subject is held with the person just named', () => {
    const m = meetings('Paul Martin a salué Anne Roux à Lyon. Il a annoncé, dans une conférence de presse commune, un accord sur le budget.');
    expect(m.map(who)).toEqual([['person/anne-roux', 'person/paul-martin']]);
    // "sa conférence de presse" has one holder, whatever its clause's subject.
    expect(meetings('Paul Martin et Anne Roux ont présenté le budget de la ville lors de sa conférence de presse.')).toEqual([]);
  });

  it('"leurs premiers échanges" are the meeting just reported', () => {
    const m = meetings('Paul Martin a reçu Anne Roux à Lyon. Dès leurs premiers échanges, le ton était cordial.');
    expect(m).toHaveLength(2);
    expect(who(m[1])).toEqual(['person/anne-roux', 'person/paul-martin']);
  });
});

describe('who meets: groups, counts, delegations', () => {
  const meetings = (body: string) => eventsOf(article(body), 'Meeting');
  const who = (e: { participants: string[] }) => [...e.participants].sort();

  it('a meeting noun after the verb takes its subject "X et Y" even where the parse hangs it under a title', () => {
    const m = meetings("Emmanuel Macron a appelé Olaf Scholz. MM. Macron et Scholz se sont mis d'accord au sujet de la tenue d'un tête-à-tête en juillet.");
    expect(m.map(who)).toEqual([['person/emmanuel-macron', 'person/olaf-scholz']]);
    // A noun fronted before the verb sets the scene: it is not what the subject does.
    expect(meetings('Après deux heures de discussions, Paul Martin et Anne Roux ont signé un accord.')).toEqual([]);
  });

  it('"leurs deux heures d\'entretiens" are the meeting just reported', () => {
    const m = meetings('Paul Martin a reçu Anne Roux à Lyon. Au cours de leurs deux heures d\'entretiens, le ton est resté cordial.');
    expect(m).toHaveLength(2);
    expect(who(m[1])).toEqual(['person/anne-roux', 'person/paul-martin']);
  });

  it('"les trois dirigeants" are the three people just named together; "les quatre pays" named here and there are nobody', () => {
    const m = meetings(
      "Paul Martin s'est entretenu avec Anne Roux et Jean Dupont à Lyon. C'était une première rencontre entre les trois dirigeants depuis janvier.",
    );
    expect(m).toHaveLength(2);
    expect(who(m[1])).toEqual(['person/anne-roux', 'person/jean-dupont', 'person/paul-martin']);
    const x = article("Le Kenya a accusé l'Ouganda de fraude. La Tanzanie soutient le Rwanda. Des diplomates des quatre pays ont protesté.");
    expect(x.mentions.filter((e) => e.surface === 'des quatre pays')).toEqual([]);
  });

  it('a reciprocal verb in the plural meets the people named in its subject, appositions and all', () => {
    const m = meetings('Au Qatar, les présidents du Kenya, William Ruto, et de la Tanzanie, Samia Suluhu, se sont entretenus mardi.');
    expect(m.map(who)).toEqual([['person/samia-suluhu', 'person/william-ruto']]);
  });

  it('representatives of named organizations stand for them ("les représentants de la CGT et de la CFDT ont rencontré …")', () => {
    const m = meetings('Les représentants de la CGT et de la CFDT, qui sont majoritaires, ont rencontré lundi le ministre du Travail Paul Martin.');
    expect(m.map(who)).toEqual([['organization/cfdt', 'organization/cgt', 'person/paul-martin']]);
    const n = meetings("Paul Martin a parlé lors d'une rencontre à Lyon avec les ambassadeurs de la Chine, de l'Inde et du Brésil.");
    expect(n.map(who)).toEqual([['country/bresil', 'country/chine', 'country/inde', 'person/paul-martin']]);
  });

  it('the words that name who acts do not also name who is acted on ("…, ont dénoncé les deux pays")', () => {
    const x = article("Le Kenya et l'Ouganda ont signé un accord. « Les rebelles mentent », ont dénoncé les deux pays.");
    const acc = eventsOf(x, 'Accusation');
    expect(acc.length).toBeGreaterThan(0);
    // Whom the quoted words are about may be the target; the two countries never are.
    const agents = new Set(acc.map((e) => e.agent));
    expect(acc.filter((e) => e.target !== null && (agents.has(e.target) || /kenya|ouganda|deux-pays/.test(e.target)))).toEqual([]);
  });
});

describe('meetings: one per fact, and counterparts named later', () => {
  it('"son homologue américain" before the American is named points forward to him, whatever his title', () => {
    const x = article('Le président russe Vladimir Poutine et son homologue américain ont parlé de la Syrie mardi. Plus tard, Joe Biden a salué ce dialogue.');
    expect(x.mentions.find((m) => m.surface === 'son homologue américain')?.entity).toBe('person/joe-biden');
  });

  it('a meeting verb and a meeting noun of one sentence with the same participants are one meeting', () => {
    const m = eventsOf(article("Paul Martin et Anne Roux ont discuté du budget au cours d'un entretien téléphonique."), 'Meeting');
    expect(m).toHaveLength(1);
  });
});

describe('meetings: headlines, named parties, scare quotes', () => {
  const who = (e: { participants: string[] }) => [...e.participants].sort();

  it('a headline joins the participants\' names with "/" after the noun, with no determiner', () => {
    const x = extract('Court entretien Macron/Scholz à Berlin\nLe président et le chancelier ont parlé du budget européen.');
    const m = eventsOf(x, 'Meeting');
    expect(m.map(who)).toEqual([['person/emmanuel-macron', 'person/olaf-scholz']]);
    expect(evidence(x, m[0])).toContain('Macron/Scholz');
  });

  it('"entre <description> <name> et Y": the party is the name the description introduces', () => {
    const m = eventsOf(article('Des négociations entre le groupe armé M23 et le gouvernement congolais ont commencé lundi.'), 'Meeting');
    expect(m.map(who)).toEqual([['organization/gouvernement-congolais', 'organization/m23']]);
  });

  it('a meeting noun in scare quotes is still one, and a plural pronoun subject holds it', () => {
    const m = eventsOf(article('La ministre Anne Roux a visité Lyon avec le ministre Jean Dupont. Les deux ministres ont visité une usine. Ils devaient participer à un « sommet » économique en présence de patrons.'), 'Meeting');
    expect(m.map(who)).toEqual([['person/anne-roux', 'person/jean-dupont']]);
  });
});
