import { describe, expect, it } from 'vitest';
import { entityKeys, extract, only } from './helpers.js';

describe('mentions and entities', () => {
  it('gives every mention a surface that slices back from its offsets', () => {
    const text =
      "L'Union africaine a suspendu le Niger. Le président de la Commission Moussa Faki Mahamat a reçu M. Kwame Asante à Addis-Abeba.";
    const x = extract(text);
    expect(x.mentions.length).toBeGreaterThanOrEqual(4);
    for (const m of x.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      expect(x.sentences[m.sentence].start).toBeLessThanOrEqual(m.start);
      expect(x.sentences[m.sentence].end).toBeGreaterThanOrEqual(m.end);
      expect(entityKeys(x)).toContain(m.entity);
    }
    const niger = x.mentions.find((m) => m.surface === 'Niger')!;
    expect(niger.start).toBe(text.indexOf('Niger'));
    expect(niger.entity).toBe('country/niger');
  });

  it('"le député LR Dupont": a party between a title and a surname qualifies the title; the surname is a person who acts', () => {
    const x = extract("Le député LR Dupont a répondu que c'était faux. La conseillère Ecolo Vasseur a lancé : « Nous ne céderons pas. »");
    expect(entityKeys(x)).toEqual(expect.arrayContaining(['person/dupont', 'person/vasseur', 'organization/les-republicains', 'organization/ecolo']));
    expect(x.events.filter((e) => e.type === 'Statement').map((e) => e.agent)).toEqual(['person/dupont', 'person/vasseur']);
  });

  it('an unknown name after an inverted verb of saying is the speaker ("…, a déclaré Sun Weidong"); after another verb it stays unknown', () => {
    const x = extract("« Toute ingérence sera punie », a déclaré Sun Weidong. Le Congrès a voté Inflation Reduction Act.");
    expect(entityKeys(x)).toContain('person/sun-weidong');
    expect(entityKeys(x).filter((k) => k.startsWith('person/'))).toEqual(['person/sun-weidong']);
    expect(x.events.find((e) => e.type === 'Statement')?.agent).toBe('person/sun-weidong');
  });

  it('maps OTAN, Otan and NATO to one organization entity', () => {
    const text = "L'OTAN a renforcé son flanc est. L'Otan a ensuite promis des armes à l'Ukraine. Selon la NATO, l'aide arrivera en mai.";
    const x = extract(text);
    const otan = x.entities.filter((e) => e.key === 'organization/otan');
    expect(otan).toHaveLength(1);
    expect(otan[0].type).toBe('Organization');
    expect(otan[0].label).toBe("Organisation du traité de l'Atlantique Nord");
    expect([...otan[0].aliases].sort()).toEqual(['NATO', 'OTAN', 'Otan']);
    const ms = x.mentions.filter((m) => m.entity === 'organization/otan');
    expect(ms.map((m) => [m.surface, m.kind, m.sentence])).toEqual([
      ['OTAN', 'acronym', 0],
      ['Otan', 'acronym', 1],
      ['NATO', 'acronym', 2],
    ]);
    expect(ms[2].start).toBe(text.indexOf('NATO'));
  });

  it('ties "Organisation pour la sécurité et la coopération en Europe (OSCE)" and its acronym to one entity', () => {
    const name = 'Organisation pour la sécurité et la coopération en Europe';
    const text = `L'${name} (OSCE) a déploré des violations du cessez-le-feu dans le Donbass.`;
    const x = extract(text);
    const osce = x.mentions.filter((m) => m.entity === 'organization/osce');
    expect(osce.map((m) => [m.surface, m.kind])).toEqual([
      [name, 'name'],
      ['OSCE', 'acronym'],
    ]);
    expect(osce[0].start).toBe(text.indexOf(name));
    expect(osce[1].start).toBe(text.indexOf('OSCE'));
    const entity = x.entities.find((e) => e.key === 'organization/osce')!;
    expect(entity.aliases).toEqual([name, 'OSCE']);
    // No stray entity for "Europe" inside the name.
    expect(entityKeys(x)).toEqual(['organization/osce', 'place/donbass']);
  });

  it('reads a capital city or seat of government as its country when it acts', () => {
    const text = 'Le Kremlin a démenti. Moscou a dénoncé les sanctions européennes.';
    const x = extract(text);
    expect(x.entities).toEqual([{ key: 'country/russie', type: 'Country', label: 'Russie', aliases: ['Kremlin', 'Moscou'] }]);
    expect(x.mentions.map((m) => m.kind)).toEqual(['metonym', 'metonym']);
    expect(only(x, 'Accusation').agent).toBe('country/russie');
  });

  it('reads "à Moscou" as a place', () => {
    const text = 'Le président chinois Xi Jinping est arrivé lundi à Moscou pour une visite de trois jours.';
    const x = extract(text);
    const moscou = x.mentions.find((m) => m.surface === 'Moscou')!;
    expect(moscou.entity).toBe('place/moscou');
    expect(moscou.kind).toBe('name');
    expect(x.entities.find((e) => e.key === 'place/moscou')!.type).toBe('Place');
    expect(entityKeys(x)).not.toContain('country/russie');
  });

  it('resolves a later role description to the person it describes, and keeps it out of aliases', () => {
    const text =
      'Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé mardi à Ankara. ' +
      'Le chef de la diplomatie russe a ajouté que les discussions continueraient.';
    const x = extract(text);
    const role = x.mentions.find((m) => m.surface === 'Le chef de la diplomatie russe')!;
    expect(role).toBeDefined();
    expect(role.kind).toBe('role');
    expect(role.entity).toBe('person/serguei-lavrov');
    expect(role.start).toBe(text.indexOf('Le chef de la diplomatie'));
    const lavrov = x.entities.find((e) => e.key === 'person/serguei-lavrov')!;
    expect(lavrov.label).toBe('Sergueï Lavrov');
    expect(lavrov.aliases).toEqual(['Sergueï Lavrov']);
    for (const e of x.entities) {
      for (const a of e.aliases) expect(a).not.toMatch(/ministre|chef de la diplomatie/i);
    }
    const st = only(x, 'Statement');
    expect(st.agent).toBe('person/serguei-lavrov');
    expect(st.sentence).toBe(1);
  });

  it('resolves a surname alone to the person named in full before', () => {
    const text =
      "Le chef de l'État ivoirien Alassane Ouattara a appelé les candidats à la retenue. Ouattara a insisté pour que le scrutin soit apaisé.";
    const x = extract(text);
    const persons = x.entities.filter((e) => e.type === 'Person');
    expect(persons.map((p) => p.key)).toEqual(['person/alassane-ouattara']);
    expect(persons[0].label).toBe('Alassane Ouattara');
    expect(persons[0].aliases).toEqual(['Alassane Ouattara', 'Ouattara']);
    const surname = x.mentions.find((m) => m.surface === 'Ouattara')!;
    expect(surname.start).toBe(text.indexOf('Ouattara a insisté'));
    expect(surname.entity).toBe('person/alassane-ouattara');
    expect(surname.kind).toBe('name');
  });

  it('finds a person unknown to every list after a title ("la juge Marie Dupontel")', () => {
    const text = "Le tribunal correctionnel de Lyon a relaxé l'ancien maire. Selon la presse, la juge Marie Dupontel a estimé que les preuves manquaient.";
    const x = extract(text);
    const m = x.mentions.find((k) => k.surface === 'Marie Dupontel')!;
    expect(m.entity).toBe('person/marie-dupontel');
    expect(m.start).toBe(text.indexOf('Marie Dupontel'));
    expect(x.entities.find((e) => e.key === 'person/marie-dupontel')!.type).toBe('Person');
  });

  it('finds a person after "M.", leaving the honorific out of the name, and joins "M. Asante" to it', () => {
    const text = "M. Kwame Asante, un opposant ghanéen, a dénoncé des fraudes massives. Le parquet d'Accra a convoqué M. Asante.";
    const x = extract(text);
    const persons = x.entities.filter((e) => e.type === 'Person');
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({ key: 'person/kwame-asante', label: 'Kwame Asante' });
    expect(persons[0].aliases).toEqual(['Kwame Asante', 'Asante']);
    const ms = x.mentions.filter((m) => m.entity === 'person/kwame-asante');
    expect(ms.map((m) => m.start)).toEqual([text.indexOf('Kwame'), text.lastIndexOf('Asante')]);
  });

  it('finds an unknown organization by its head noun', () => {
    const text = 'Le Conseil national de la Transition a rejeté le calendrier électoral proposé par la Cédéao.';
    const x = extract(text);
    const m = x.mentions.find((k) => k.entity === 'organization/conseil-national-de-la-transition')!;
    expect(m.surface).toBe('Conseil national de la Transition');
    expect(m.start).toBe(text.indexOf('Conseil'));
    expect(x.entities.find((e) => e.key === m.entity)!.type).toBe('Organization');
  });


  it('finds "le Syndicat national des pilotes" as one organization', () => {
    const text = 'Le Syndicat national des pilotes a appelé à la grève pendant les vacances de printemps.';
    const x = extract(text);
    const orgs = x.mentions.filter((m) => m.entity.startsWith('organization/'));
    expect(orgs.map((m) => m.surface)).toEqual(['Syndicat national des pilotes']);
  });

  it('creates no place for the city in "accords de Minsk", but does for "à Minsk"', () => {
    const x = extract("Les accords de Minsk n'ont jamais été appliqués, a regretté le diplomate.");
    expect(x.entities).toEqual([]);
    expect(x.mentions).toEqual([]);
    const y = extract('Les délégations se retrouvent jeudi à Minsk.');
    expect(entityKeys(y)).toEqual(['place/minsk']);
  });

  it('reads a collective role with a nationality ("les autorités nigériennes") as the country', () => {
    const text = 'Les autorités nigériennes ont suspendu la diffusion de RFI.';
    const x = extract(text);
    const m = x.mentions.find((k) => k.entity === 'country/niger')!;
    expect(m.surface).toBe('Les autorités nigériennes');
    expect(m.kind).toBe('role');
    expect(m.start).toBe(0);
    expect(x.mentions.find((k) => k.surface === 'RFI')!.entity).toBe('organization/rfi');
  });

  it('keeps a collective role description out of the country aliases', () => {
    const x = extract('Les autorités nigériennes ont suspendu la diffusion de RFI.');
    const niger = x.entities.find((e) => e.key === 'country/niger')!;
    expect(niger.label).toBe('Niger');
    expect(niger.aliases).not.toContain('Les autorités nigériennes');
  });

  // Wrong: slugOf strips a leading "la" without a word boundary, so "Laurent" becomes "urent".
  it('keys a person whose first name starts with "La" by the whole name', () => {
    const x = extract("Le ministre de l'Intérieur Laurent Nuñez a annoncé des renforts à Marseille.");
    expect(entityKeys(x)).toContain('person/laurent-nunez');
  });

  // Wrong: the capitalized "Bleus" before the name is swallowed into the person's name.
  it('does not glue a capitalized team name to the person after it', () => {
    const x = extract('Le sélectionneur des Bleus Didier Deschamps a annoncé sa liste jeudi.');
    const persons = x.entities.filter((e) => e.type === 'Person');
    expect(persons.map((p) => p.label)).toEqual(['Didier Deschamps']);
  });

  // Wrong: the role description "Le secrétaire général de l'OTAN" swallows the OTAN mention.
  it('keeps an organization named inside a role description as a mention', () => {
    const x = extract("Le secrétaire général de l'OTAN a mis en garde contre un affaiblissement de l'Alliance.");
    expect(x.mentions.some((m) => m.entity === 'organization/otan' && m.surface === 'OTAN')).toBe(true);
  });
});
