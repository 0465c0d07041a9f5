/**
 * Issue 16, "a quiet, accurate Problems panel": which names are reported as not in the
 * registry, once per entity, and the shapes that must not be (compounds of a name, all-caps
 * forms of registered names, abbreviations of common nouns, pronoun contractions,
 * adjectives of direction), the type of a park or a street, and what the quick fix offers.
 * Every text is written for these tests.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, buildRegistry, parseRegistry, type ArticleAnalysis, type EntityMention, type Registry } from '../../server/src/analysis';
import { suggestedAliases, unregisteredReports } from '../../server/src/analysis/problems';
import {
  compoundTailAt,
  isCommonAbbreviation,
  isCompoundModifier,
  isDirectionAdjective,
  isPronounContraction,
} from '../../server/src/analysis/entities/notNames';
import { entityTypeOf } from '../../server/src/analysis/entities/typing';

const REGISTRY = `entities:
  - id: denver
    name: Denver
    type: place
  - id: cardiff
    name: Cardiff
    type: place
  - id: germany
    name: Germany
    type: place
  - id: conservative-party
    name: Conservative Party
    type: organization
    aliases: [Tory, Tories]
  - id: ellen-may
    name: Ellen May
    type: person
`;

function registryOf(yaml: string): Registry {
  const parsed = parseRegistry(yaml, 'entities.yaml');
  return buildRegistry([{ entries: parsed.entries, ignore: parsed.ignore, problems: [], ok: true }]);
}

const registry = registryOf(REGISTRY);

function reportsOf(text: string) {
  const analysis = analyzeArticle(text, { registry });
  return { analysis, reports: unregisteredReports(text, analysis, registry) };
}

/** The mention covering the first occurrence of `word` (after `from`). */
function mentionAt(analysis: ArticleAnalysis, text: string, word: string, from = 0): EntityMention | undefined {
  const at = text.indexOf(word, from);
  return analysis.entities.find((m) => m.start <= at && at < m.end);
}

/** A hand-made analysis: only `entities` matters to the reports. */
function analysisWith(entities: EntityMention[]): ArticleAnalysis {
  return { structure: { paragraphs: [] }, publicationDate: { value: null, source: 'none' }, entities, dates: [], quotes: [], notices: [] };
}

function mention(
  text: string,
  word: string,
  entityId: string,
  type: EntityMention['type'] = 'person',
  from = 0,
  source: EntityMention['source'] = 'tagger',
): EntityMention {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, text: word, type, entityId, registered: false, source };
}

describe('compounds of a name with a hyphenated suffix', () => {
  it('cuts the lower-case tail off a tagged name, and only a lower-case tail', () => {
    assert.equal(compoundTailAt('Cardiff-bred'), 7);
    assert.equal(compoundTailAt('Obama-era'), 5);
    assert.equal(compoundTailAt('Denver-area-based'), 6);
    assert.equal(compoundTailAt('Kansas City-based'), 11);
    assert.equal(compoundTailAt('Stratford-upon-Avon'), undefined, 'a name ending in a capital is whole');
    assert.equal(compoundTailAt('Hassan Al-Farouk'), undefined);
    assert.equal(compoundTailAt('-based'), undefined);
  });

  it('keeps romanised given names whole: their syllables are no English compound word', () => {
    for (const name of ['Lee Nak-yeon', 'Moon Jae-in', 'Ban Ki-moon', 'Kim Jong-un']) assert.equal(compoundTailAt(name), undefined, name);
    assert.equal(isCompoundModifier('Moon Jae-in spoke', 'Moon Jae'.length), false);
    const text = 'Talks resume\n\nPrime Minister Lee Nak-yeon met Moon Jae-in in Seoul.\n';
    const names = analyzeArticle(text).entities.map((e) => e.text);
    assert.ok(names.includes('Lee Nak-yeon') && names.includes('Moon Jae-in'), names.join(', '));
  });

  it('knows a mention followed by a hyphen and a lower-case word is the first part of a compound', () => {
    const text = 'A Tory-led council met Tory members and the Tory-Labour group.';
    assert.ok(isCompoundModifier(text, text.indexOf('Tory') + 4));
    assert.ok(!isCompoundModifier(text, text.indexOf('Tory members') + 4));
    assert.ok(!isCompoundModifier(text, text.indexOf('Tory-Labour') + 4));
  });

  it('links the registered name inside a compound the tagger would read whole ("Cardiff-bred", "Denver-headquartered")', () => {
    const text = 'Singer wins\n\nThe Cardiff-bred singer signed with a Denver-headquartered label and a Tory-controlled council backed her.\n';
    const { analysis, reports } = reportsOf(text);
    for (const [word, id] of [
      ['Cardiff', 'cardiff'],
      ['Denver', 'denver'],
      ['Tory', 'conservative-party'],
    ]) {
      const m = mentionAt(analysis, text, `${word}-`);
      assert.ok(m, `a mention at ${word}`);
      assert.equal(m.text, word, `the mention is the name inside the compound, not "${m.text}"`);
      assert.equal(m.registered, true, `${word} links to the registry`);
      assert.equal(m.entityId, id);
    }
    assert.deepEqual(
      reports.map((r) => r.name),
      [],
    );
  });

  it('does not report an unregistered name seen only inside compounds, and reports it where it stands alone', () => {
    const text = 'Rules change\n\nThe Obama-era rules and the Kremlin-backed group were discussed by the Harvard-educated lawyer Kwame Mensah.\n';
    const { reports } = reportsOf(text);
    assert.deepEqual(
      reports.map((r) => r.name),
      ['Kwame Mensah'],
    );
    // Hand-made: the same entity in a compound first, then alone.
    const later = 'The Okafor-led firm grew. Okafor said so.';
    const first = mention(later, 'Okafor', 'okafor', 'organization');
    const alone = mention(later, 'Okafor', 'okafor', 'organization', first.end);
    const [report, ...rest] = unregisteredReports(later, analysisWith([first, alone]), registry);
    assert.equal(rest.length, 0);
    assert.equal(report.mention.start, alone.start, 'reported where the name stands alone');
    assert.equal(report.count, 2, 'both mentions counted');
  });
});

describe('the edges of a tagged name', () => {
  it('drops a lower-case prefix before a hyphen, a leading determiner and trailing lower-case words, keeping "al-"', () => {
    const text =
      'Rugby union-Japan wins\n\n"Every Tomos Rhys in the valley knows it," said Hassan al-Amin of the club. A rodeo on the Cardiff coast drew a crowd, and Ana Ruiz agreed.\n';
    const { analysis } = reportsOf(text);
    const texts = analysis.entities.map((m) => m.text);
    assert.ok(!texts.some((t) => /union-|^Every |coast$/.test(t)), JSON.stringify(texts));
    const cardiff = mentionAt(analysis, text, 'Cardiff coast');
    assert.ok(cardiff?.registered && cardiff.text === 'Cardiff', `the registered Cardiff, not ${JSON.stringify(cardiff)}`);
  });

  it('keeps "All" that begins a name (the All Blacks, All Nippon Airways): it is no determiner there', () => {
    const text = 'Rugby report\n\nThe All Blacks beat the Kestrels 32-22 in Harbourton on Saturday, and All Nippon Airways flew the team home.\n';
    const texts = reportsOf(text).analysis.entities.map((m) => m.text);
    assert.ok(texts.includes('All Blacks') && texts.includes('All Nippon Airways'), JSON.stringify(texts));
  });

  it('does not report a name the registry has but left unlinked in this context', () => {
    const shared = registryOf(
      'entities:\n  - id: windermere-lake\n    name: Windermere\n    type: place\n  - id: windermere-town\n    name: Windermere\n    type: place\n',
    );
    const text = 'A note. Windermere spoke.';
    const left = {
      ...mention(text, 'Windermere', 'windermere', 'person'),
      candidates: [
        { entityId: 'windermere-lake', score: 0.4 },
        { entityId: 'windermere-town', score: 0.3 },
      ],
    };
    assert.deepEqual(unregisteredReports(text, analysisWith([left]), shared), []);
    assert.deepEqual(
      unregisteredReports(text, analysisWith([mention(text, 'Windermere', 'windermere', 'person')]), shared),
      [],
      'a registered surface without candidates neither',
    );
  });
});

describe('all-caps forms of registered names', () => {
  it('links a registered name in capitals in running text, in a headline and in a dateline', () => {
    const text = 'Firm signs deal with GERMANY\n\nDENVER (Wire) — The firm will open in DENVER and CARDIFF next year, Ellen May said.\n';
    const { analysis, reports } = reportsOf(text);
    for (const [word, id] of [
      ['GERMANY', 'germany'],
      ['DENVER', 'denver'],
      ['CARDIFF', 'cardiff'],
    ]) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const m = analysis.entities.find((e) => e.start === at);
        assert.ok(m?.registered && m.entityId === id, `${word} at ${at} links to ${id} (got ${JSON.stringify(m)})`);
      }
    }
    assert.deepEqual(
      reports.map((r) => r.name),
      [],
    );
  });

  it('leaves a short acronym alone: four capitals are not taken for a registered word', () => {
    const nice = registryOf('entities:\n  - id: nice\n    name: Nice\n    type: place\n');
    const text = 'Drug approved\n\nThe drug was approved by NICE on Monday, the agency said.\n';
    const analysis = analyzeArticle(text, { registry: nice });
    assert.ok(!analysis.entities.some((m) => m.registered && m.entityId === 'nice'), 'NICE is not the town of Nice');
  });
});

describe('once per article', () => {
  it('reports each unregistered entity once, on its first mention, with how often it is named and its other forms', () => {
    const text = 'Priya Okonkwo founded the firm. Okonkwo said it grew. Later Okonkwo’s team left, and Okonkwo stayed.';
    const full = mention(text, 'Priya Okonkwo', 'priya-okonkwo');
    const mentions = [full];
    for (let at = text.indexOf('Okonkwo', full.end); at >= 0; at = text.indexOf('Okonkwo', at + 1))
      mentions.push(mention(text, text.slice(at, text.startsWith('Okonkwo’s', at) ? at + 9 : at + 7), 'priya-okonkwo', 'person', at));
    const reports = unregisteredReports(text, analysisWith(mentions), registry);
    assert.equal(reports.length, 1);
    assert.equal(reports[0].mention.start, 0);
    assert.equal(reports[0].count, 4);
    assert.equal(reports[0].name, 'Priya Okonkwo');
    assert.deepEqual(reports[0].forms, ['Okonkwo'], 'possessives dropped, each form once');
  });

  it('names the entity by its fullest form even when a shorter one comes first', () => {
    const text = 'Okonkwo spoke first. Priya Okonkwo founded the firm.';
    const reports = unregisteredReports(
      text,
      analysisWith([mention(text, 'Okonkwo', 'priya-okonkwo'), mention(text, 'Priya Okonkwo', 'priya-okonkwo')]),
      registry,
    );
    assert.equal(reports[0].mention.start, 0, 'on the first mention');
    assert.equal(reports[0].name, 'Priya Okonkwo');
  });

  it('names a place shouted in a dateline as a registry writes it, and leaves an acronym as written', () => {
    const text = 'SAN MATEO, May 2 (Bayline) -- The BBC said so.';
    const reports = unregisteredReports(
      text,
      analysisWith([mention(text, 'SAN MATEO', 'san-mateo', 'place'), mention(text, 'BBC', 'bbc', 'organization')]),
      registry,
    );
    assert.deepEqual(
      reports.map((r) => r.name),
      ['San Mateo', 'BBC'],
    );
    assert.deepEqual(reports[0].forms, [], 'no alias that differs only in case');
  });

  it('does not report a name the built-in gazetteer knows, in any of its mentions', () => {
    const text = 'The U.S. and America agreed.';
    const reports = unregisteredReports(
      text,
      analysisWith([mention(text, 'U.S.', 'united-states', 'place', 0, 'gazetteer'), mention(text, 'America', 'united-states', 'place', 0, 'coreference')]),
      registry,
    );
    assert.deepEqual(reports, []);
  });
});

describe('obvious non-names', () => {
  it('knows abbreviations of common nouns, singular or plural, and leaves names alone even as modifiers', () => {
    const text = 'Every EV and two SUVs, the CEO, the BBC, a GM bankruptcy and GMs largest investor.';
    const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
    assert.ok(isCommonAbbreviation(text, ...at('EV')));
    assert.ok(isCommonAbbreviation(text, ...at('SUVs')));
    assert.ok(isCommonAbbreviation(text, ...at('CEO')));
    assert.ok(!isCommonAbbreviation(text, ...at('BBC')));
    assert.ok(!isCommonAbbreviation(text, ...at('GM')), 'a name before a noun is still a name');
    assert.ok(!isCommonAbbreviation(text, ...at('GMs')), 'a possessive without its apostrophe is still a name');
  });

  it('knows pronoun contractions and adjectives of direction before a noun', () => {
    assert.ok(isPronounContraction('I’m') && isPronounContraction("I'd") && !isPronounContraction('Ian'));
    const text = 'Western officials met Northern Rail on the Northern line, and Central Bank said no.';
    const at = (w: string, from = 0) => [text.indexOf(w, from), text.indexOf(w, from) + w.length] as const;
    assert.ok(isDirectionAdjective(text, ...at('Western')));
    assert.ok(!isDirectionAdjective(text, ...at('Northern')), '"Northern Rail" is a name');
    assert.ok(isDirectionAdjective(text, ...at('Northern', text.indexOf('the Northern'))));
    assert.ok(!isDirectionAdjective(text, ...at('Central')), '"Central Bank" is a name');
  });

  it('reports none of them in an article', () => {
    const text = 'Charging row\n\nWestern officials said every EV in the fleet needs a charger. "I’m sure," said Tomos Rhys, the CEO. I’d agree, said Rhys.\n';
    const { reports } = reportsOf(text);
    assert.deepEqual(
      reports.map((r) => r.name),
      ['Tomos Rhys'],
    );
  });

  it('types a park, a street or a stadium as a place; a surname-like "Park" only after a preposition of place', () => {
    assert.equal(entityTypeOf('PER', 'Cathays Park', 'met at '), 'place');
    assert.equal(entityTypeOf('PER', 'Jimin Park', ''), 'person');
    assert.equal(entityTypeOf('PER', 'Jimin Park', 'said '), 'person');
    assert.equal(entityTypeOf('PER', 'Queen Street', ''), 'place');
    assert.equal(entityTypeOf('ORG', 'Principality Stadium', ''), 'place');
    assert.equal(entityTypeOf('PER', 'Emily Bank', ''), 'person');
  });
});

describe('what "Add to registry" offers', () => {
  it('offers the article’s other forms, then a person’s surname, never the name itself', () => {
    assert.deepEqual(suggestedAliases('Priya Okonkwo', 'person', ['Okonkwo']), ['Okonkwo']);
    assert.deepEqual(suggestedAliases('Tomos Rhys', 'person', []), ['Rhys']);
    assert.deepEqual(suggestedAliases('Martin Luther King Jr.', 'person', []), ['King']);
    assert.deepEqual(suggestedAliases('Quorra Systems', 'organization', ['Quorra']), ['Quorra']);
    assert.deepEqual(suggestedAliases('Cardiff Metro', 'organization', []), []);
    assert.deepEqual(suggestedAliases('Madonna', 'person', []), []);
  });
});
