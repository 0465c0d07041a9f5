/**
 * What a reader sees of names after the word-cluster tagger (issue 11): the six cases that
 * made the first round of it regress, each on inline text of our own, through analyzeArticle
 * with no registry (the registered cases are in problems.test.ts and disambiguate.test.ts):
 * title-case and all-caps headlines, role words before a name, coordinated place names, and
 * words in capitals inside running text.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { tagNames } from '../../server/src/analysis/ner';
import { entitiesOf as entities, showMentions as show } from '../support/mentions';
import { entry, registryOfEntries } from '../support/registryEntries';

describe('headlines', () => {
  it('a title-case headline\'s first word that the article writes in lower case is no name ("Rules change")', () => {
    const list = entities('Rules change\n\nThe new parking rules were discussed by the council and the lawyer Kwame Mensah.\n');
    assert.ok(!list.some((m) => m.text === 'Rules'), show(list));
    assert.ok(
      list.some((m) => m.text === 'Kwame Mensah' && m.type === 'person'),
      show(list),
    );
  });

  it("a headline's first word is no name when the article writes its plural in lower case and the word itself only inside a place's name", () => {
    const text =
      'Island ferry operator to end winter crossings\n\nThe only ferry linking the port with three outlying islands will stop in October. ' +
      'Residents of Spruce Island said they would rely on a supply boat.\n';
    const list = entities(text);
    assert.ok(!list.some((m) => m.start === 0), show(list));
    assert.ok(
      list.some((m) => m.text === 'Spruce Island' && m.type === 'place'),
      show(list),
    );
  });

  it('a headline\'s first word that is a name in the body stays one ("Okonjo wins" after "Ada Okonjo")', () => {
    const list = entities('Okonjo wins\n\nAda Okonjo won the seat by forty votes. Okonjo thanked the volunteers, and the wins were celebrated.\n');
    assert.ok(
      list.some((m) => m.text === 'Okonjo' && m.start === 0 && m.type === 'person'),
      show(list),
    );
  });

  it('a wire headline\'s sport before a hyphen is not part of the name ("Soccer-Iceland beat Denmark")', () => {
    const list = entities('Soccer-Iceland beat Denmark in Reykjavik\n\nIceland beat Denmark 2-1 on Sunday in front of a full stadium.\n');
    assert.ok(!list.some((m) => m.text.startsWith('Soccer')), show(list));
    assert.ok(
      list.some((m) => m.start === 7 && m.text === 'Iceland'),
      show(list),
    );
  });

  it('more sports before the hyphen: volleyball, handball, badminton, water polo', () => {
    for (const [sport, name] of [
      ['Volleyball', 'Marchesi'],
      ['Handball', 'Delfinii'],
      ['Badminton', 'Tanaka'],
      ['Water polo', 'Savic'],
    ]) {
      const list = entities(`${sport}-${name} scores five as Orsa beat Velden\n\n${name} scored five times on Saturday as Orsa won 11-9.\n`);
      assert.ok(!list.some((m) => m.text.startsWith(sport)), show(list));
      assert.ok(
        list.some((m) => m.start === sport.length + 1 && m.text === name),
        show(list),
      );
    }
  });

  it('a preposition opening the sentence is no part of the name ("South of Whanganui, the river rose", "Against Joinville")', () => {
    const list = entities('Rain\n\nThe Waikato was running high.\n\nSouth of Whanganui, the Rangitikei rose quickly. Against Joinville, the side struggled.\n');
    assert.ok(!list.some((m) => /^(?:South|Against)\b/.test(m.text)), show(list));
    assert.ok(list.some((m) => m.text === 'Whanganui') && list.some((m) => m.text === 'Joinville'), show(list));
  });

  it('a member of a house for a place: the house and the place, not one name ("the Council of States for Velden")', () => {
    const list = entities('Lift maker wins bid\n\nSeraina Orsat, a member of the Council of States for Velden, said she had not known about the bid.\n');
    assert.ok(list.some((m) => m.text === 'Council of States') && list.some((m) => m.text === 'Velden' && m.type === 'place'), show(list));
    const kept = entities('Rights body\n\nThe Commission for Racial Equality said it would look at the case.\n');
    assert.ok(!kept.some((m) => m.text === 'Racial Equality'), show(kept));
  });

  it("an all-caps headline reads the body: its place is the body's place, its verbs are no names", () => {
    const text = 'FLOODS CLOSE ROADS IN KENDAL\n\nFloods closed three roads in Kendal on Monday, the council said.\n';
    const list = entities(text);
    assert.ok(
      list.some((m) => m.text === 'KENDAL' && m.type === 'place'),
      show(list),
    );
    assert.ok(!list.some((m) => /FLOODS|CLOSE|ROADS/.test(m.text)), show(list));
  });
});

describe('roles before a name', () => {
  it('"Founder and Chief Executive Amara Okafor" is the person Amara Okafor with her role, not an organization', () => {
    const list = entities('Depot opens\n\nFounder and Chief Executive Amara Okafor said the firm would hire forty drivers.\n');
    const okafor = list.find((m) => m.text === 'Amara Okafor');
    assert.equal(okafor?.type, 'person', show(list));
    assert.equal(okafor?.role, 'Chief Executive');
    assert.ok(!list.some((m) => m.type === 'organization' && /Okafor/.test(m.text)), show(list));
  });

  it('"Skipper Rui Tavares" is Rui Tavares, with "Skipper" as the role', () => {
    const list = entities('Quota cut\n\nSkipper Rui Tavares, who leads the harbour cooperative, said his crew would lose a month of work.\n');
    const skipper = list.find((m) => /Tavares/.test(m.text));
    assert.equal(skipper?.text, 'Rui Tavares', show(list));
    assert.equal(skipper?.role, 'Skipper');
  });

  it('a role written with an organization is not part of it ("Chief Executive Officer of General Motors", "Apple Chief Executive Officer")', () => {
    const list = entities(
      'Carmaker talks\n\nFritz Henderson, Chief Executive Officer of General Motors, met Steve Jobs, Apple Chief Executive Officer, on Monday.\n',
    );
    const organizations = list.filter((m) => m.type === 'organization').map((m) => m.text);
    assert.ok(organizations.includes('General Motors') && organizations.includes('Apple'), show(list));
    assert.ok(!list.some((m) => /Officer/.test(m.text)), show(list));
  });

  it('a role word does not split an organization whose words are no person\'s name ("Health Protection Agency")', () => {
    const list = entities('Warning issued\n\nThe Health Protection Agency issued a warning on Friday.\n');
    assert.ok(
      list.some((m) => /Health Protection Agency$/.test(m.text) && m.type === 'organization'),
      show(list),
    );
  });
});

describe('"the" before a name', () => {
  it('"The Mayor of Boston, Helen Sato" names one person: the office is no person', () => {
    const list = entities('Twinning talks\n\nThe Mayor of Boston, Helen Sato, will fly to the United States next week.\n');
    assert.ok(!list.some((m) => m.text === 'Mayor'), show(list));
    assert.ok(
      list.some((m) => m.text === 'Helen Sato' && m.type === 'person'),
      show(list),
    );
  });
});

describe('a sentence\'s "The" before a name', () => {
  it('is no part of a name of two words or more', () => {
    const list = entities('Orders rise\n\nThe Commerce Department said orders for manufactured goods climbed 1.8 percent in July.\n');
    assert.ok(
      list.some((m) => m.text === 'Commerce Department'),
      show(list),
    );
    assert.ok(!list.some((m) => m.text.startsWith('The ')), show(list));
  });

  it('stays in a one-word name the gazetteer knows with it ("The Hague")', () => {
    const list = entities('Court rules\n\nJudges in The Hague ruled on Monday that the case could go ahead.\n');
    assert.ok(
      list.some((m) => m.text === 'The Hague'),
      show(list),
    );
  });
});

describe('courtesy titles of other languages', () => {
  it('are no part of the name, so "Frau Keller" is the Anna Keller named before', () => {
    const list = entities(
      'Plant stays open\n\nThe owner, Anna Keller, met the workers on Friday. "Frau Keller has kept every promise," the union head said. ' +
        'Herr Brandt disagreed, and Señora Ortiz left early.\n',
    );
    const texts = list.map((m) => m.text);
    assert.ok(!texts.some((t) => /^(?:Frau|Herr|Señora) /.test(t)), show(list));
    const keller = list.filter((m) => m.text.includes('Keller'));
    assert.equal(new Set(keller.map((m) => m.entityId)).size, 1, show(list));
  });
});

describe('coordinated place names', () => {
  it('"Ayr, Larkhall and Stonehouse" are three names, not "Larkhall and Stonehouse" as one organization', () => {
    const list = entities('Bills rise\n\nThe member for Ayr, Larkhall and Stonehouse said families faced higher bills.\n');
    assert.ok(!list.some((m) => m.text === 'Larkhall and Stonehouse'), show(list));
    assert.ok(list.some((m) => m.text === 'Larkhall') && list.some((m) => m.text === 'Stonehouse'), show(list));
  });

  it('a list the tagger spans whole is its items, and a pair the article also names apart is two names', () => {
    const list = entities(
      'Bank deal\n\n"It focuses more attention on Mercantile, Commerce and Roosevelt," said James Weber, an analyst. ' +
        'Mercantile and Commerce did not return phone calls seeking comment.\n',
    );
    const texts = list.map((m) => m.text);
    assert.ok(!texts.some((t) => t.includes(' and ') || t.includes(',')), show(list));
    assert.equal(texts.filter((t) => t === 'Mercantile').length, 2, show(list));
    assert.equal(texts.filter((t) => t === 'Commerce').length, 2, show(list));
  });

  it('a pair the article never names apart stays one name ("Procter and Gamble")', () => {
    const list = entities('Soap sales\n\nProcter and Gamble said on Tuesday that soap sales rose, and Procter and Gamble shares gained.\n');
    assert.ok(
      list.some((m) => m.text === 'Procter and Gamble'),
      show(list),
    );
  });

  it('a country named with "and" stays whole at the end of a list ("Serbia, Bosnia and Herzegovina")', () => {
    const list = entities('Talks resume\n\nTalks between Croatia, Bosnia and Herzegovina resumed on Monday.\n');
    assert.ok(
      list.some((m) => m.text === 'Bosnia and Herzegovina'),
      show(list),
    );
  });
});

describe('capitals in running text', () => {
  it('"open in DENVER" after a "DENVER (Wire) —" dateline is found in both places', () => {
    const text = 'Firm expands\n\nDENVER (Wire) — The firm will open in DENVER next year, Ellen May said.\n';
    const list = entities(text);
    const second = text.indexOf('DENVER', text.indexOf('open'));
    assert.ok(
      list.some((m) => m.start === text.indexOf('DENVER')),
      show(list),
    );
    assert.ok(
      list.some((m) => m.start === second && m.text === 'DENVER'),
      show(list),
    );
  });

  it('a name the tagger types in one sentence is a name where it opens an earlier one ("Chrysler will …" before "… Chrysler")', () => {
    const text =
      'Carmaker rescued\n\nChrysler will receive a loan from the government.\n\nThe lenders said the loan to Chrysler was approved on Monday by the board.\n';
    const names = tagNames(text, [{ start: 0, end: text.length }]);
    const all = names.filter((n) => n.text === 'Chrysler');
    assert.equal(all.length, 2, JSON.stringify(names));
    assert.equal(new Set(all.map((n) => n.label)).size, 1);
  });
});

describe('registered names written with "the"', () => {
  const registry = registryOfEntries([
    entry('harbour-courier', 'Harbour Evening Courier', 'organization', { aliases: ['the Courier'], description: 'Local paper' }),
    entry('growers-alliance', "Upland Growers' Alliance", 'organization', { description: 'Lobby group for small farms' }),
  ]);

  it('"The Courier will publish…" is the registered paper whose alias is "the Courier"', () => {
    const text = 'Race results\n\nThe Courier will publish the full results on Tuesday, the organisers said.\n';
    const courier = analyzeArticle(text, { registry }).entities.find((m) => /Courier/.test(m.text));
    assert.equal(courier?.entityId, 'harbour-courier', JSON.stringify(courier));
  });

  it('"The Upland Growers\' Alliance, which …" is the registered alliance, not a new name around it', () => {
    const text =
      "Drones divide farmers\n\nNot everyone is convinced. The Upland Growers' Alliance, which speaks for smaller farms, said the cost was too high.\n";
    const list = analyzeArticle(text, { registry }).entities;
    assert.ok(
      list.some((m) => m.entityId === 'growers-alliance' && m.registered),
      show(list),
    );
    assert.ok(!list.some((m) => m.text.startsWith('The Upland')), show(list));
  });
});

describe("a name written with its 's", () => {
  it('keeps the \'s the model reads as part of the name (the ground "Lord\'s") and drops a possessive ("Japan\'s")', () => {
    const ground = entities('England face India in the second test at Lord’s on Thursday.');
    assert.ok(
      ground.some((m) => m.text === 'Lord’s' && m.type === 'place'),
      show(ground),
    );
    const possessive = entities("Japan's minister met the envoy on Thursday.");
    assert.ok(
      possessive.some((m) => m.text === 'Japan'),
      show(possessive),
    );
  });
});

describe('one name read two ways in one article', () => {
  it('takes the type most of its mentions have when a title-case headline read it as another kind of name', () => {
    const list = entities('Delegation returns to Nablus after summit.\n\nThe delegation drove back to Nablus on Sunday. Shops in Nablus stayed shut.\n');
    const nablus = list.filter((m) => m.text === 'Nablus');
    assert.equal(nablus.length, 3, show(list));
    assert.ok(
      nablus.every((m) => m.type === 'place'),
      show(list),
    );
  });
});
