import { describe, expect, it } from 'vitest';
import { article, eventsOf, evidence, extract, only } from './helpers.js';

// Who speaks: the mechanisms that find a quotation's or a report's speaker.
const statements = (text: string) => eventsOf(extract(text), 'Statement').map((e) => [e.agent, e.topic]);

describe('Statement speakers', () => {
  it('"il" after an opening participle clause is not the person named inside its complement', () => {
    const text =
      '« Nous voulons la paix », a déclaré le général Amadou Diallo. ' +
      'Parlant de ses liens avec le président guinéen Alpha Condé, il a dit ne pas avoir « de contacts directs » avec lui.';
    expect(statements(text)).toEqual([
      ['person/amadou-diallo', 'Nous voulons la paix'],
      ['person/amadou-diallo', 'de contacts directs'],
    ]);
  });

  it('"estime-t-il" goes back to the last speaker across sentences that name no person', () => {
    const text =
      '« La grève sera suivie », affirme Paul Martin, président du syndicat. ' +
      'Le préavis court du 3 au 9 mars. Les grévistes doivent se déclarer deux jours avant. ' +
      "La loi l'impose depuis des années. La direction de la compagnie Air France publiera les chiffres samedi. " +
      '« Nous attendons encore une vraie négociation », estime-t-il.';
    expect(statements(text)).toEqual([
      ['person/paul-martin', 'La grève sera suivie'],
      ['person/paul-martin', 'Nous attendons encore une vraie négociation'],
    ]);
  });

  it('a short quotation joined by "mais" to an attributed one has the same speaker', () => {
    const text =
      '« Nous voulons la paix », a déclaré le ministre Amadou Diallo. ' +
      '« Au début nous avons beaucoup parlé avec eux, nous espérions un accord », mais « tout est fini ».';
    expect(statements(text)).toEqual([
      ['person/amadou-diallo', 'Nous voulons la paix'],
      ['person/amadou-diallo', 'Au début nous avons beaucoup parlé avec eux'],
      ['person/amadou-diallo', 'tout est fini'],
    ]);
  });
});

describe('Reported speech without a that-clause', () => {
  it('"faire part, <incise>, de …" is a speech idiom', () => {
    expect(statements('Le ministre Amadou Diallo a fait part, devant les députés, de son inquiétude face à la crise.')).toEqual([
      ['person/amadou-diallo', 'son inquiétude face à la crise'],
    ]);
  });

  it('"faire état « d\'… »" with the quotation opening before its first word', () => {
    const x = extract("L'ONG Amnesty International a fait également état « d'arrestations arbitraires dans tout le pays ».");
    expect(eventsOf(x, 'Statement').map((e) => e.agent)).toEqual(['organization/amnesty-international']);
  });

  it('a verb whose object says what was said ("a déploré mardi l\'état de …"), but not in an incise, a participle or an infinitive', () => {
    expect(statements("La ministre Awa Ndiaye a déploré mardi l'état des routes du pays.")).toEqual([['person/awa-ndiaye', "l'état des routes du pays"]]);
    const text =
      'Le juge Paul Martin a ouvert une enquête vendredi, a annoncé dimanche le ministère de la Justice. ' +
      'Le président Macky Sall a critiqué le Mali, pointant des manquements graves. ' +
      'Le président Macky Sall a voulu évoquer la perspective du pire. ' +
      "La ministre Awa Ndiaye a aussi déploré l'état des écoles.";
    // The incise closing the first sentence attributes the sentence to its own subject (not the object reading of "annoncé").
    expect(eventsOf(extract(text), 'Statement').map((e) => [e.trigger, e.agent])).toEqual([
      ['annoncé', 'organization/ministere-de-la-justice'],
      ['déploré', 'person/awa-ndiaye'],
    ]);
  });

  it('"il a en outre remercié X de …" keeps "en outre" inside the verb group', () => {
    const text = 'Le président Barack Obama a reçu le président russe. Il a en outre remercié M. Medvedev d\'avoir réglé un conflit commercial.';
    expect(eventsOf(extract(text), 'Statement').map((e) => [e.agent, e.trigger])).toEqual([['person/barack-obama', 'remercié']]);
  });

  it('a quoted word left unattributed does not stop the report around it', () => {
    const text = 'Le ministre Amadou Diallo a affirmé que la population de la région vivait sous la menace d\'un « génocide ».';
    expect(eventsOf(extract(text), 'Statement').map((e) => [e.agent, e.trigger])).toEqual([['person/amadou-diallo', 'affirmé']]);
  });

  it('"s\'est dit confiant que …" is one statement, not a second one on "confiant"', () => {
    const text = 'M. Goodluck Jonathan s\'est dit confiant que les discussions aboutiraient à « quelque chose de bon pour le pays ».';
    expect(eventsOf(extract(text), 'Statement').map((e) => e.trigger)).toEqual(['dit']);
  });

  it('a whole-sentence quotation after a reported statement is that speaker\'s', () => {
    const text =
      '« Nous avons été mal reçus », a déclaré le ministre Amadou Diallo. « La Ligue veut protéger ses arbitres », a dit la Ligue africaine. ' +
      "Le ministre Amadou Diallo a aussi déploré l'état de l'hôtel. « Personne ne pouvait dormir dans cet hôtel bruyant ».";
    const st = eventsOf(extract(text), 'Statement');
    expect(st[st.length - 1]).toMatchObject({ agent: 'person/amadou-diallo', topic: 'Personne ne pouvait dormir dans cet hôtel bruyant' });
  });

  it('"X a, comme son président Y, fait référence à …": X speaks, not Y', () => {
    const text = 'Le député Paul Martin a, comme son président de parti, Jean Dupuis, fait référence à une coalition de perdants.';
    expect(statements(text)).toEqual([['person/paul-martin', 'une coalition de perdants']]);
  });
});

describe('Incise after a quotation', () => {
  it('"« … » durant le match, a déclaré X": a complement may stand between the quotation and its incise', () => {
    const text = '« Personne ne nous a défendus comme le Sénégal » durant le tournoi, a déclaré Abdoulaye Sarr dans une vidéo.';
    expect(statements(text)).toEqual([['person/abdoulaye-sarr', 'Personne ne nous a défendus comme le Sénégal']]);
  });

  it('"a déclaré à l\'AFP une source …": the agency addressed is not the speaker', () => {
    const text = '« La rencontre s\'est bien passée », a déclaré à l\'AFP une source proche du dossier.';
    expect(eventsOf(extract(text), 'Statement').map((e) => e.agent)).not.toContain('organization/afp');
  });

  it('"a souligné comme les autres syndicats le leader de la CFDT X": the named person speaks', () => {
    const text = '« La crise sociale devient une crise démocratique », a souligné comme les autres syndicats le leader de la CFDT Laurent Berger.';
    expect(eventsOf(extract(text), 'Statement').map((e) => e.agent)).toEqual(['person/laurent-berger']);
  });

  it('"a relaté X", "a plaisanté X" attribute a quotation', () => {
    const text = '« Les accusations ont été rejetées avec fermeté », a relaté Paul Martin. « Nous pourrions jeter ces vieux téléphones », a plaisanté Jean Dupuis.';
    expect(statements(text)).toEqual([
      ['person/paul-martin', 'Les accusations ont été rejetées avec fermeté'],
      ['person/jean-dupuis', 'Nous pourrions jeter ces vieux téléphones'],
    ]);
  });
});

describe('A voice carried over', () => {
  it('"La Ligue a, selon lui, ensuite dit qu\'elle « … »": the source in the incise speaks, not the subject', () => {
    const text =
      '« Nous avons été trompés », a déclaré le ministre Amadou Diallo. ' +
      "La Ligue africaine a, selon lui, ensuite dit qu'elle « voulait protéger ses arbitres des pressions ».";
    expect(statements(text)).toEqual([
      ['person/amadou-diallo', 'Nous avons été trompés'],
      ['person/amadou-diallo', 'voulait protéger ses arbitres des pressions'],
    ]);
  });

  it('words quoted in a sentence that names no one before them go on with the last statement\'s voice', () => {
    const text =
      'Le ministre Amadou Diallo a affirmé que le pays « ne cédera jamais aux menaces ». ' +
      'Mais depuis ce jour, « nous ne pouvons plus leur faire confiance ».';
    expect(statements(text)).toEqual([
      ['person/amadou-diallo', 'ne cédera jamais aux menaces'],
      ['person/amadou-diallo', 'nous ne pouvons plus leur faire confiance'],
    ]);
  });
});

describe('Evidence of a statement', () => {
  it('a few words in quotes carry the rest of their phrase into the evidence', () => {
    const x = extract('Le président Andrés Manuel Lopez Obrador déplore les réactions « ambiguës » du Canada et des États-Unis, selon la presse.');
    // One statement: the words in quotes are part of what the verb reports.
    const st = only(x, 'Statement');
    expect(st && evidence(x, st)).toContain('« ambiguës » du Canada et des États-Unis');
  });

  it('an act told in the past inside a quotation ("nous leur avons demandé") is no performative Demand', () => {
    const x = extract("« Nous leur avons demandé qui serait l'arbitre de la finale », a assuré Abdoulaye Sarr.");
    expect(x.events.map((e) => e.type)).toEqual(['Statement']);
  });
});

describe('"Selon lui" opening a sentence', () => {
  it('is the one who acted last, not the name after the comma', () => {
    const x = article("La ministre Irène Falcone a rejeté mardi cette offre. Selon elle, Berlin « n'est plus un partenaire fiable ».");
    const e = x.events.find((v) => v.type === 'Statement' && /Selon elle/.test(evidence(x, v)));
    expect(e?.agent).toBe('person/irene-falcone');
  });
  it('"Il a répondu : « … »" takes the pronoun\'s antecedent, not a party that spoke before', () => {
    const text =
      'Le groupe socialiste a affirmé que le budget serait « voté sans retard ». ' +
      'Jeanne Morel a écouté les critiques sans broncher. Elle a ensuite répondu : « Je resterai en poste ».';
    expect(statements(text).at(-1)).toEqual(['person/jeanne-morel', 'Je resterai en poste']);
  });

  it('a quotation inside an accusation speaks with the accuser, named in apposition', () => {
    // The tree hangs the apposition on the verb and reads the infinitive's subject as "l'Algérie".
    const text = 'Le chef du régime militaire du Mali, le capitaine Assimi Goïta, a accusé vendredi l\'Algérie voisine d\'accueillir "tous les terroristes" de la région.';
    expect(statements(text)).toEqual([['person/assimi-goita', 'tous les terroristes']]);
  });
  it('an impersonal "est-il indiqué dans un communiqué de X" gives the quotation to X, and the next "est-il précisé" too', () => {
    const x = extract(
      'Titre\nLe président ivoirien a parlé avec son homologue ghanéen. ' +
        '« Le président a reçu son homologue à Abidjan », est-il indiqué dans un communiqué du service de presse de la présidence ivoirienne. ' +
        '« Les deux pays renforceront leur coopération », est-il précisé.',
    );
    expect(eventsOf(x, 'Statement').map((e) => e.agent)).toEqual([
      'organization/service-de-presse-de-la-presidence-ivoirienne',
      'organization/service-de-presse-de-la-presidence-ivoirienne',
    ]);
  });

  it('a document\'s words quoted as a report state the events they tell of', () => {
    const x = extract('Titre\n« Emmanuel Macron a reçu Olaf Scholz à l\'Élysée », est-il écrit dans un communiqué de la présidence.');
    expect(eventsOf(x, 'Meeting').map((e) => [e.agent, ...e.participants].sort())).toEqual([
      ['person/emmanuel-macron', 'person/emmanuel-macron', 'person/olaf-scholz'],
    ]);
  });

  it('"les deux présidents" speak in the order the article introduced them', () => {
    const x = extract(
      "Titre\nLe président kényan William Ruto et son homologue tanzanien Samia Suluhu Hassan ont discuté mardi. « Le commerce doit croître », a ajouté M. Ruto. " +
        'Les deux présidents ont évoqué la nécessité de rouvrir la frontière.',
    );
    expect(eventsOf(x, 'Statement').at(-1)!.agent).toBe('person/william-ruto');
  });
  it('"Selon lui, X « … »" opening a sentence is the word of whom "lui" stands for, not of X or of an earlier speaker', () => {
    const text =
      'Le Brésil a mis en garde contre « toute escalade ». Le ministre chilien des Affaires étrangères, Pablo Rojas, a rejeté cette offre. ' +
      'Selon lui, Brasilia « ne peut pas être un arbitre neutre ».';
    expect(statements(text).at(-1)).toEqual(['person/pablo-rojas', 'ne peut pas être un arbitre neutre']);
  });
  it('a participle after a comma ("…, estimant que …") speaks with its clause\'s agent, not the last name before it', () => {
    const text = "L'Union européenne a menacé mardi de bloquer le rachat d'Alstom par le groupe Siemens, estimant que les prix des trains monteraient.";
    expect(statements(text)).toEqual([['organization/ue', 'les prix des trains monteraient']]);
  });
  it('"Pour X, …, c\'est Y : « … »": the quotation after the colon is X\'s', () => {
    const text = 'Pour Marie Lenoir de la CFDT, la seule issue désormais c\'est le retrait : « Le gouvernement doit reculer avant lundi ».';
    expect(statements(text)).toContainEqual(['person/marie-lenoir', 'Le gouvernement doit reculer avant lundi']);
  });
  it('"…, comme l\'a annoncé X" gives the clause before it to X', () => {
    const text = "Le directeur de l'hôpital a accepté de démissionner, comme l'a annoncé hier le maire Paul Magnette.";
    expect(statements(text)).toEqual([['person/paul-magnette', "Le directeur de l'hôpital a accepté de démissionner"]]);
  });
});

