import { describe, expect, it } from 'vitest';
import { evidence, eventsOf, extract, only } from './helpers.js';

describe('Accusation', () => {
  it('present tense: "accuse X de …"', () => {
    const x = extract("L'Ukraine accuse la Russie de déporter des enfants vers la Crimée.");
    const e = only(x, 'Accusation');
    expect(e).toMatchObject({ agent: 'country/ukraine', target: 'country/russie', trigger: 'accuse', topic: 'déporter des enfants vers la Crimée' });
  });

  it('passé composé: "a accusé X de …"', () => {
    const x = extract("Le président turc Recep Tayyip Erdogan a accusé la Suède d'abriter des militants kurdes.");
    const e = only(x, 'Accusation');
    expect(e).toMatchObject({ agent: 'person/recep-tayyip-erdogan', target: 'country/suede', trigger: 'accusé', topic: 'abriter des militants kurdes' });
  });

  it('imperfect: "accusait"', () => {
    const x = extract('Pékin accusait Washington de militariser le détroit de Taïwan.');
    const e = only(x, 'Accusation');
    expect(e).toMatchObject({ agent: 'country/chine', target: 'country/etats-unis', trigger: 'accusait' });
  });

  it('third person plural: "accusent"', () => {
    const x = extract('Les Russes accusent les Occidentaux de prolonger la guerre.');
    const e = only(x, 'Accusation');
    expect(e).toMatchObject({ agent: 'country/russie', target: 'organization/occidentaux', trigger: 'accusent', topic: 'prolonger la guerre' });
  });

  it('adverbs inside the verb group: "a de nouveau accusé", "a accusé à plusieurs reprises"', () => {
    const text = "Le Kenya a de nouveau accusé la Somalie d'ignorer les accords frontaliers.";
    const e = only(extract(text), 'Accusation');
    expect(e).toMatchObject({ agent: 'country/kenya', target: 'country/somalie', trigger: 'accusé', topic: 'ignorer les accords frontaliers' });
    expect(e.start).toBe(text.indexOf('Kenya'));
    const f = only(extract('Le président kényan William Ruto a accusé à plusieurs reprises le Soudan du Sud de soutenir les rebelles.'), 'Accusation');
    expect(f).toMatchObject({ agent: 'person/william-ruto', target: 'country/soudan-du-sud', topic: 'soutenir les rebelles' });
  });

  it('passive: "X est accusé par Y de …" makes Y the agent and X the target', () => {
    const text = "La Chine est accusée par les Philippines d'avoir percuté un navire de garde-côtes.";
    const x = extract(text);
    const e = only(x, 'Accusation');
    expect(e).toMatchObject({ agent: 'country/philippines', target: 'country/chine', trigger: 'accusée', topic: 'avoir percuté un navire de garde-côtes' });
    const span = "Chine est accusée par les Philippines d'avoir percuté un navire de garde-côtes";
    expect(evidence(x, e)).toBe(span);
    expect(e.start).toBe(text.indexOf(span));
  });

  // Wrong: the topic is only looked for within four tokens of the verb, so a three-word agent ("par le Paris Saint-Germain") loses it.
  it('passive with a longer agent keeps the topic', () => {
    const x = extract('Le footballeur Kylian Mbappé est accusé par le Paris Saint-Germain de manquer de loyauté.');
    const e = only(x, 'Accusation');
    expect(e).toMatchObject({ agent: 'organization/psg', target: 'person/kylian-mbappe', topic: 'manquer de loyauté' });
  });

  it('two coordinated topics ("d\'ignorer … ainsi que de fournir …") give two accusations', () => {
    const text = "Le Kenya a accusé la Somalie d'ignorer les accords frontaliers ainsi que de fournir des armes aux milices.";
    const x = extract(text);
    const acc = eventsOf(x, 'Accusation');
    expect(acc.map((e) => e.topic)).toEqual(['ignorer les accords frontaliers', 'fournir des armes aux milices']);
    for (const e of acc) expect(e).toMatchObject({ agent: 'country/kenya', target: 'country/somalie' });
  });

  it('coordinated clauses share their subject: "a dénoncé … et a appelé Y à …"', () => {
    const x = extract('Kwame Asante a dénoncé des fraudes et a appelé la Cédéao à intervenir.');
    expect(x.events.map((e) => e.type)).toEqual(['Accusation', 'Demand']);
    expect(only(x, 'Accusation')).toMatchObject({ agent: 'person/kwame-asante', topic: 'des fraudes' });
    expect(only(x, 'Demand')).toMatchObject({ agent: 'person/kwame-asante', target: 'organization/cedeao', topic: 'intervenir' });
  });

  // Wrong: the second verb takes the first clause's object ("le Togo") as its subject.
  it('coordinated clauses after an object: "a accusé X de … et a appelé Y à …"', () => {
    const x = extract('Le président ghanéen Nana Akufo-Addo a accusé le Togo de fermer la frontière et a appelé la Cédéao à intervenir.');
    expect(only(x, 'Accusation')).toMatchObject({ agent: 'person/nana-akufo-addo', target: 'country/togo' });
    expect(only(x, 'Demand')).toMatchObject({ agent: 'person/nana-akufo-addo', target: 'organization/cedeao' });
  });

  it('never makes the accused the accuser when the subject is not an actor', () => {
    const x = extract("Les rebelles houthis accusent les États-Unis d'escalade en mer Rouge.");
    expect(x.events.some((e) => e.agent === 'country/etats-unis')).toBe(false);
  });

  // Wrong: "Le gouvernement malien" is not read as Mali, so the accusation has no agent and is dropped.
  it('reads "Le gouvernement malien" as the accusing country', () => {
    const x = extract('Le gouvernement malien accuse la France de soutenir des groupes armés dans le nord du pays.');
    expect(only(x, 'Accusation')).toMatchObject({ agent: 'country/mali', target: 'country/france' });
  });


  it('coordinated subjects both accuse: "Les États-Unis et le Royaume-Uni accusent …"', () => {
    const x = extract("Les États-Unis et le Royaume-Uni accusent l'Iran d'armer les Houthis.");
    const agents = eventsOf(x, 'Accusation').map((e) => e.agent).sort();
    expect(agents).toEqual(['country/etats-unis', 'country/royaume-uni']);
  });
});

describe('Demand', () => {
  it('"appelle X à …"', () => {
    const x = extract("L'Union africaine appelle le Soudan à un cessez-le-feu immédiat.");
    expect(only(x, 'Demand')).toMatchObject({ agent: 'organization/ua', target: 'country/soudan', trigger: 'appelle', topic: 'un cessez-le-feu immédiat' });
  });

  it('"demande à X de …"', () => {
    const x = extract('Emmanuel Macron a demandé à Benyamin Netanyahou de protéger les civils.');
    expect(only(x, 'Demand')).toMatchObject({ agent: 'person/emmanuel-macron', target: 'person/benyamin-netanyahou', topic: 'protéger les civils' });
    const y = extract("La France demande à l'Algérie de reprendre les expulsions.");
    expect(only(y, 'Demand')).toMatchObject({ agent: 'country/france', target: 'country/algerie', trigger: 'demande' });
  });

  it('"exige que X …" makes the subject of the clause the target', () => {
    const x = extract('Le ministre algérien des Affaires étrangères Ahmed Attaf a exigé que la France restitue les archives coloniales.');
    expect(only(x, 'Demand')).toMatchObject({ agent: 'person/ahmed-attaf', target: 'country/france', trigger: 'exigé', topic: 'restitue les archives coloniales' });
  });

  it('"exige" with a direct object and no addressee', () => {
    const x = extract("Le Conseil de sécurité de l'ONU a exigé un cessez-le-feu immédiat à Gaza.");
    expect(only(x, 'Demand')).toMatchObject({ agent: 'organization/conseil-de-securite-de-l-onu', target: null, topic: 'un cessez-le-feu immédiat à Gaza' });
  });

  // Wrong: "à Alger" is read as a location (Place), so the capital standing for Algeria is lost as the addressee.
  it('"demande à <capital> de …" targets the country', () => {
    const x = extract('Paris demande à Alger de reprendre les expulsions.');
    expect(only(x, 'Demand')).toMatchObject({ agent: 'country/france', target: 'country/algerie' });
  });

  // Wrong: only the first of two coordinated objects becomes a target; the Hamas is dropped.
  it('"appelle X et Y à …" addresses both', () => {
    const x = extract('Le Brésil appelle Israël et le Hamas à un cessez-le-feu.');
    const targets = eventsOf(x, 'Demand').map((e) => e.target).sort();
    expect(targets).toEqual(['country/israel', 'organization/hamas']);
  });
});

describe('Warning', () => {
  it('"met en garde X contre …"', () => {
    const x = extract('Le Qatar met en garde Israël contre une offensive terrestre à Rafah.');
    expect(only(x, 'Warning')).toMatchObject({ agent: 'country/qatar', target: 'country/israel', trigger: 'met', topic: 'une offensive terrestre à Rafah' });
  });

  it('"a mis en garde contre …" without an addressee', () => {
    const x = extract('Le Premier ministre libanais Najib Mikati a mis en garde contre une escalade régionale.');
    expect(only(x, 'Warning')).toMatchObject({ agent: 'person/najib-mikati', target: null, topic: 'une escalade régionale' });
  });

  it('"menace X de …"', () => {
    const x = extract('Washington menace Pékin de nouvelles sanctions.');
    expect(only(x, 'Warning')).toMatchObject({ agent: 'country/etats-unis', target: 'country/chine', trigger: 'menace', topic: 'nouvelles sanctions' });
  });

  it('"avertit X que …"', () => {
    const x = extract("L'Égypte avertit l'Éthiopie que le remplissage du barrage serait une ligne rouge.");
    expect(only(x, 'Warning')).toMatchObject({
      agent: 'country/egypte',
      target: 'country/ethiopie',
      trigger: 'avertit',
      topic: 'le remplissage du barrage serait une ligne rouge',
    });
  });
});

describe('Refusal', () => {
  it('"refuse de …"', () => {
    const x = extract("L'Algérie refuse de rouvrir son espace aérien aux avions militaires français.");
    expect(only(x, 'Refusal')).toMatchObject({ agent: 'country/algerie', trigger: 'refuse', topic: 'rouvrir son espace aérien aux avions militaires français' });
  });

  it('"a rejeté …"', () => {
    const x = extract('Le président de la Fédération française de football Philippe Diallo a rejeté toute démission.');
    expect(only(x, 'Refusal')).toMatchObject({ agent: 'person/philippe-diallo', target: null, trigger: 'rejeté', topic: 'toute démission' });
  });

  it('"dément …" is a Refusal and nothing else', () => {
    const x = extract("Le Kremlin dément toute implication dans l'attaque.");
    expect(x.events.map((e) => e.type)).toEqual(['Refusal']);
    expect(x.events[0]).toMatchObject({ agent: 'country/russie', trigger: 'dément', topic: "toute implication dans l'attaque" });
  });
});

describe('Proposal', () => {
  it('"propose à X de …"', () => {
    const x = extract("L'Arabie saoudite a proposé à la Turquie de relancer le dialogue.");
    expect(only(x, 'Proposal')).toMatchObject({ agent: 'country/arabie-saoudite', target: 'country/turquie', trigger: 'proposé', topic: 'relancer le dialogue' });
  });

  it('"une proposition de X" names the proposer; rejecting it is a Refusal', () => {
    const text = "Le Maroc a rejeté une proposition de l'Algérie sur le Sahara occidental.";
    const x = extract(text);
    const p = only(x, 'Proposal');
    expect(p).toMatchObject({ agent: 'country/algerie', trigger: 'proposition' });
    expect(p.start).toBe(text.indexOf('proposition'));
    expect(only(x, 'Refusal')).toMatchObject({ agent: 'country/maroc' });
  });

  // Wrong: the "de" inside the object ("échange de prisonniers") is taken as the topic marker, so the topic is only "prisonniers".
  it('"a proposé un échange de prisonniers" keeps the whole object as topic', () => {
    const x = extract('Volodymyr Zelensky a proposé un échange de prisonniers.');
    expect(only(x, 'Proposal')).toMatchObject({ agent: 'person/volodymyr-zelensky', topic: 'un échange de prisonniers' });
  });
});

describe('Meeting', () => {
  it('"a rencontré Y à <ville>" with participants and place', () => {
    const x = extract('Recep Tayyip Erdogan a rencontré Vladimir Poutine à Sotchi.');
    const e = only(x, 'Meeting');
    expect(e).toMatchObject({ agent: 'person/recep-tayyip-erdogan', target: null, place: 'place/sotchi', trigger: 'rencontré' });
    expect(e.participants).toEqual(['person/recep-tayyip-erdogan', 'person/vladimir-poutine']);
  });

  it('"s\'est entretenu avec Y"', () => {
    const x = extract('Antony Blinken s’est entretenu avec Wang Yi en marge du G20.');
    const e = only(x, 'Meeting');
    expect(e.trigger).toBe('entretenu');
    expect(e.participants).toEqual(['person/antony-blinken', 'person/wang-yi']);
  });

  it('"une réunion entre X et Y à Genève" with place', () => {
    const text = "Une réunion entre l'Iran et l'Arabie saoudite s'est tenue à Genève.";
    const x = extract(text);
    const e = only(x, 'Meeting');
    expect(e).toMatchObject({ trigger: 'réunion', place: 'place/geneve' });
    expect(e.participants).toEqual(['country/iran', 'country/arabie-saoudite']);
    expect(evidence(x, e)).toBe("réunion entre l'Iran et l'Arabie saoudite");
  });

  it('"s\'est entretenu avec le prince héritier saoudien Mohammed ben Salmane"', () => {
    const x = extract("Le président français Emmanuel Macron s'est entretenu avec le prince héritier saoudien Mohammed ben Salmane.");
    expect(only(x, 'Meeting').participants).toEqual(['person/emmanuel-macron', 'person/mohammed-ben-salmane']);
  });
});

describe('evidence spans', () => {
  it('slice back to text inside the event sentence that contains the trigger', () => {
    const text = [
      'Washington menace Pékin de nouvelles sanctions.',
      "« Nous demandons à la Chine de cesser ses manœuvres autour de l'île », a déclaré Joseph Wu.",
      'Le Qatar met en garde Israël contre une offensive terrestre à Rafah.',
      "Une réunion entre l'Iran et l'Arabie saoudite s'est tenue à Genève.",
      "Selon l'Organisation mondiale de la santé, l'épidémie de choléra progresse au Malawi.",
    ].join(' ');
    const x = extract(text);
    expect(new Set(x.events.map((e) => e.type))).toEqual(new Set(['Warning', 'Statement', 'Demand', 'Meeting']));
    for (const e of x.events) {
      const span = evidence(x, e);
      expect(span).toContain(e.trigger);
      const s = x.sentences[e.sentence];
      expect(e.start).toBeGreaterThanOrEqual(s.start);
      expect(e.end).toBeLessThanOrEqual(s.end);
    }
  });
});
