/**
 * Corrections the names layer makes over a whole article after the tagger (stop 28, issue 11),
 * each on inline text of our own through analyzeArticle with no registry: a month or a base
 * before a name, adjectives of nearness and compounds of origin, wire slugs, lists of
 * surnames, one person's name cut in two, a surname read as a place, news outlets, results
 * lines, companies named with a possessive, and a person "of" an institution.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { NameSpan } from '../../server/src/analysis/ner';
import { oneKindInLists } from '../../server/src/analysis/entities/nameLists';
import { notPeopleByCue } from '../../server/src/analysis/entities/notPeopleByCue';
import { entitiesOf as entities, showMentions as show } from '../support/mentions';

describe('a month or a base before a name', () => {
  it("is no part of an organization's or a place's name", () => {
    const list = entities(
      'Output doubles\n\nBetween January and June Comelf Corp exported 59 percent of its output. Bond prices fell after the August National Association of Purchasing Management index. Buyers include Minneapolis-based First Bank System Inc. and others.\n',
    );
    for (const name of ['Comelf Corp', 'National Association of Purchasing Management', 'First Bank System Inc.'])
      assert.ok(
        list.some((m) => m.text === name),
        `${name}: ${show(list)}`,
      );
    assert.ok(!list.some((m) => /^(?:June|August|Minneapolis-based) /.test(m.text)), show(list));
  });
});

describe("a sentence's adjective of nearness and a compound of origin", () => {
  it('are no part of the name ("Neighbouring Norfolk", "an Indian-origin family")', () => {
    const list = entities('Tax vote\n\nNeighbouring Norfolk voted the other way. An Indian-origin family runs the shop.\n');
    assert.ok(
      list.some((m) => m.text === 'Norfolk' && m.type === 'place'),
      show(list),
    );
    assert.ok(
      list.some((m) => m.text === 'Indian' && m.type === 'nationality'),
      show(list),
    );
    assert.ok(!list.some((m) => /Neighbouring|origin/.test(m.text)), show(list));
  });
});

describe("a wire service's slug", () => {
  it('is no name, on a dateline\'s line or a headline ("PRESS DIGEST - Tunisia", "WORLD MARKETS ROUND-UP")', () => {
    const list = entities(
      'PRESS DIGEST - Tunisia - Aug 31.\n\nWORLD MARKETS ROUND-UP\n\nIPO FILING -- Homegate Hospitality Inc.\n\nThe papers led with the budget.\n',
    );
    assert.ok(!list.some((m) => /DIGEST|ROUND-UP|FILING/.test(m.text)), show(list));
    assert.ok(
      list.some((m) => m.text === 'Tunisia' && m.type === 'place'),
      show(list),
    );
  });
});

describe('a list of surnames', () => {
  it('is a list of people, the surnames that are also towns among them ("Staunton", "Houghton")', () => {
    const list = entities("Soccer\n\nIreland: Given, Breen, Staunton, Irwin, McAteer, Harte, McLoughlin, Houghton, Townsend, Quinn, O'Neill.\n");
    for (const name of ['Staunton', 'Houghton', 'Breen'])
      assert.ok(
        list.some((m) => m.text === name && m.type === 'person'),
        `${name}: ${show(list)}`,
      );
  });

  it('makes a list the kind most of its names are, when that is at least half and more than any other kind', () => {
    const text = 'Dublin, Cork, Limerick and Kilkenny';
    const at = (word: string, label: NameSpan['label']): NameSpan => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, text: word, label });
    const labels = (names: NameSpan[]) => oneKindInLists(text, names).map((n) => n.label);
    // Two places, a person and an organization: four places.
    assert.deepEqual(labels([at('Dublin', 'LOC'), at('Cork', 'PER'), at('Limerick', 'ORG'), at('Kilkenny', 'LOC')]), ['LOC', 'LOC', 'LOC', 'LOC']);
    // Two places and two organizations: no kind is the most, nothing changes.
    assert.deepEqual(labels([at('Dublin', 'LOC'), at('Cork', 'ORG'), at('Limerick', 'ORG'), at('Kilkenny', 'LOC')]), ['LOC', 'ORG', 'ORG', 'LOC']);
    // Three people and a place (a team sheet's surname that is also a town): four people; another kind of name is left as it is.
    assert.deepEqual(labels([at('Dublin', 'PER'), at('Cork', 'PER'), at('Limerick', 'MISC'), at('Kilkenny', 'PER')]), ['PER', 'PER', 'MISC', 'PER']);
  });

  it('leaves a list of places alone', () => {
    const list = entities('Tour\n\nThe tour visits Dublin, Cork, Limerick and Kilkenny in May.\n');
    assert.ok(!list.some((m) => m.type === 'person'), show(list));
  });
});

describe("one person's name the tagger cut in two", () => {
  it('is one name across a space, a particle or a nickname in quotes', () => {
    const list = entities(
      'Boxing\n\nPanamanian boxing legend Roberto "Hands of Stone" Duran climbs into the ring on Saturday against Hector "Macho" Camacho. Davenport and Mary Joe Fernandez played. Joaquin del Olmo scored.\n',
    );
    for (const name of ['Roberto "Hands of Stone" Duran', 'Hector "Macho" Camacho', 'Mary Joe Fernandez', 'Joaquin del Olmo'])
      assert.ok(
        list.some((m) => m.text === name && m.type === 'person'),
        `${name}: ${show(list)}`,
      );
    assert.ok(
      list.some((m) => m.text === 'Davenport'),
      'two people joined by "and" stay two',
    );
  });
});

describe("a person's surname that is also a place's name", () => {
  it('is the person where the words say a person ("said Washington"), and the place where they say a place', () => {
    const list = entities(
      'Tennis\n\nThe 11th-seeded MaliVai Washington lost to wildcard Alex O\'Brien in five sets.\n\nO\'Brien served for the match at 5-4 before Washington came charging back.\n\n"I think he got a little tight," said Washington.\n\nHe later flew to Washington for a meeting.\n',
    );
    const bare = list.filter((m) => m.text === 'Washington');
    assert.deepEqual(
      bare.map((m) => m.type),
      ['person', 'person', 'place'],
      `the same name with no cue of its own, then the speaker, are the player; "flew to Washington" is the place: ${show(list)}`,
    );
    assert.equal(bare[0].entityId, list.find((m) => m.text === 'MaliVai Washington')!.entityId, 'the same person');
  });
});

describe('a news outlet named before its kind', () => {
  it('is an organization ("Britain\'s Sun newspaper", "Zycie Warszawy daily said"), and a place before the kind stays a place', () => {
    const list = entities(
      "Boxing\n\nFrank Bruno has quit the ring, Britain's Sun newspaper reported on Friday. The paper would be sold, Zycie Warszawy daily said. The Warsaw daily Rzeczpospolita and a Polish weekly agreed. A British newspaper said so too.\n",
    );
    for (const outlet of ['Sun', 'Zycie Warszawy', 'Rzeczpospolita'])
      assert.ok(
        list.some((m) => m.text === outlet && m.type === 'organization'),
        `${outlet}: ${show(list)}`,
      );
    assert.ok(
      list.some((m) => m.text === 'Warsaw' && m.type === 'place'),
      show(list),
    );
    assert.ok(!list.some((m) => /^(?:A British|Warsaw daily)/.test(m.text)), show(list));
  });
});

describe('a results line', () => {
  it('names two sides, as organizations, whatever the tagger read word by word ("Sale 31 Wasps 33", "London Irish 27 Bristol 28")', () => {
    const list = entities('Rugby results\n\nLondon Irish 27 Bristol 28\nSale 31 Wasps 33\n');
    for (const side of ['London Irish', 'Bristol', 'Sale', 'Wasps'])
      assert.ok(
        list.some((m) => m.text === side && m.type === 'organization'),
        `${side}: ${show(list)}`,
      );
    assert.ok(!list.some((m) => m.text === 'London' || m.text === 'Irish'), show(list));
  });

  it("leaves a country's name as the tagger read it, and a line of prose alone", () => {
    const list = entities('Results\n\nSpain 16 Italy 12\n\nThe club sold 31 tickets in March 2024.\n');
    assert.ok(
      list.some((m) => m.text === 'Spain' && m.type === 'place'),
      show(list),
    );
    assert.ok(!list.some((m) => m.type === 'organization'), show(list));
  });
});

describe('a company whose name ends in a possessive', () => {
  it('is one name, with its "\'s", and its short form too ("Boatmen\'s Bancshares Inc.", "Boatmen\'s was the prize")', () => {
    const list = entities(
      "Banks\n\nThe proposed acquisition of Boatmen's Bancshares Inc. by NationsBank Corp. could spark more mergers. Boatmen's was the prize in Missouri, and the bid for Boatmen's stock was high.\n",
    );
    assert.ok(
      list.some((m) => m.text === "Boatmen's Bancshares Inc." && m.type === 'organization'),
      show(list),
    );
    assert.equal(list.filter((m) => m.text === "Boatmen's" && m.type === 'organization').length, 2, show(list));
    assert.ok(!list.some((m) => m.text === 'Boatmen' || m.text === 'Bancshares Inc.'), show(list));
  });

  it('is a name when a verb follows it ("McDonald\'s said"), not a person; a person\'s possessive stays a person', () => {
    const list = entities("Burgers\n\nMcDonald's said sales rose. Anna Keller, the chef, said Keller's menu would change.\n");
    assert.ok(
      list.some((m) => m.text === "McDonald's" && m.type === 'organization'),
      show(list),
    );
    assert.ok(!list.some((m) => m.text === "Keller's"), show(list));
  });
});

describe('a person "of" an institution', () => {
  it('is the person, then the institution, when the tagger spans both as one name', () => {
    const list = entities('Lobster study\n\nThe work was led by Eleanor Digby of Dalhousie University in Halifax.\n');
    assert.ok(
      list.some((m) => m.text === 'Eleanor Digby' && m.type === 'person'),
      show(list),
    );
    assert.ok(
      list.some((m) => m.text === 'Dalhousie University' && m.type === 'organization'),
      show(list),
    );
  });

  it('leaves a company\'s whole name whole ("Gold Fields of South Africa Ltd", "Royal Bank of Scotland")', () => {
    const list = entities('Mine closed\n\nMine managers Gold Fields of South Africa Ltd said on Friday that the Royal Bank of Scotland would lend more.\n');
    assert.ok(!list.some((m) => m.text === 'Gold Fields' && m.type === 'person'), show(list));
    assert.ok(!list.some((m) => m.text === 'Royal Bank'), show(list));
  });
});

describe("a trade's word at the end of a name", () => {
  it('makes a company of what the tagger read as a person ("Marlin Agritech", "Pruitt Timber"); a surname that is a word stays a person', () => {
    const list = entities(
      'Tractor maker cuts prices\n\nMarlin Agritech said on Wednesday it would sell its tractor for half the price. Pruitt Timber will reopen its mill in May. "It is a fair price," said Tom Baker, a farmer.\n',
    );
    const type = (name: string) => list.find((m) => m.text === name)?.type;
    assert.equal(type('Marlin Agritech'), 'organization', show(list));
    assert.equal(type('Pruitt Timber'), 'organization', show(list));
    assert.equal(type('Tom Baker'), 'person', show(list));
  });
});

describe('a one-word name the tagger reads as a person that the article speaks of as an organization or a place', () => {
  const spans = (text: string, word: string, label: NameSpan['label'] = 'PER'): NameSpan[] =>
    [...text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => ({ start: m.index!, end: m.index! + word.length, text: word, label }));
  const labels = (text: string, names: NameSpan[]) => notPeopleByCue(text, names).map((n) => `${n.text}/${n.label}`);

  it('is an organization when a mention says so ("said it", "shares in") and none says a person', () => {
    const text = 'Halvorsen said it would cut 200 jobs. Halvorsen printed 40 million books last year.';
    assert.deepEqual(labels(text, spans(text, 'Halvorsen')), ['Halvorsen/ORG', 'Halvorsen/ORG']);
  });

  it('is a place when two mentions say a place and none says anything else; one "from X" is said of people too', () => {
    const town = 'Miners were waiting in Vardby to fly home. The road from Vardby was closed.';
    assert.deepEqual(labels(town, spans(town, 'Vardby')), ['Vardby/LOC', 'Vardby/LOC']);
    const player = 'The cross came from Vardby. Vardby was booked later.';
    assert.deepEqual(labels(player, spans(player, 'Vardby')), ['Vardby/PER', 'Vardby/PER']);
  });

  it('stays a person when a mention says a person, or when a person of the article has it as a surname', () => {
    const person = 'Halvorsen said it would rain. Halvorsen, 64, said he would retire.';
    assert.deepEqual(labels(person, spans(person, 'Halvorsen')), ['Halvorsen/PER', 'Halvorsen/PER']);
    const surname = 'Anna Halvorsen runs the press. Halvorsen said it would cut 200 jobs.';
    const names: NameSpan[] = [{ start: 0, end: 14, text: 'Anna Halvorsen', label: 'PER' }, ...spans(surname, 'Halvorsen').slice(1)];
    assert.deepEqual(labels(surname, names), ['Anna Halvorsen/PER', 'Halvorsen/PER']);
  });
});
