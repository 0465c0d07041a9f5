/**
 * Disambiguation of shared registry names (issue 10), one signal at a time, on inline
 * articles and an inline registry written for these tests: full name, type agreement,
 * context words, coherence, one sense per article, a surname following the full name,
 * no link when no candidate fits, and the front matter's choices (both forms); and a
 * property: a registry without shared names links exactly as before.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle, buildRegistry, type EntityMention, type Registry, type RegistryEntry } from '../../server/src/analysis';
import { unknownLinkIds } from '../../server/src/analysis/entities/disambiguate';
import { personRightBefore } from '../../server/src/analysis/entities/disambiguate/follow';
import { findEntities } from '../../server/src/analysis/entities';
import { readStructure } from '../../server/src/analysis/structure';
import { entry, registryOfEntries } from '../support/registryEntries';

/** Built from entries directly: the parser's treatment of shared names is another engineer's work. */
const registry: Registry = registryOfEntries([
  entry('portsmouth-hampshire', 'Portsmouth', 'place', { description: 'Port city in Hampshire, England, on Portsea Island' }),
  entry('portsmouth-fc', 'Portsmouth F.C.', 'organization', {
    aliases: ['Portsmouth', 'Pompey'],
    description: 'Professional football club; plays home matches at Fratton Park in the Championship',
    roles: ['football club'],
  }),
  entry('portsmouth-nh', 'Portsmouth, New Hampshire', 'place', {
    aliases: ['Portsmouth'],
    description: 'Small city in New Hampshire, United States, on the Piscataqua River',
  }),
  entry('portsmouth-city-council', 'Portsmouth City Council', 'organization', { description: 'Local authority of the city', links: ['portsmouth-hampshire'] }),
  entry('championship', 'EFL Championship', 'other', { aliases: ['the Championship'], description: 'Second tier of English league football' }),
  entry('daniel-price-pianist', 'Daniel Price', 'person', { aliases: ['Price'], description: 'Welsh concert pianist', roles: ['pianist'] }),
  entry('daniel-price-council', 'Daniel Price', 'person', {
    aliases: ['Price'],
    description: 'Leader of Harbourside council since 2022',
    roles: ['council leader'],
  }),
  entry('jordan-country', 'Jordan', 'place', { description: 'Country in the Middle East; capital Amman' }),
  entry('mia-jordan', 'Mia Jordan', 'person', { aliases: ['Jordan'], description: 'UK development minister' }),
  entry('amara-okafor', 'Amara Okafor', 'person', { aliases: ['Okafor'], description: 'Founder of Okafor Freight' }),
  entry('okafor-freight', 'Okafor Freight', 'organization', { aliases: ['Okafor'], description: 'Haulage and logistics company' }),
]);

function analyse(text: string): EntityMention[] {
  return analyzeArticle(text, { registry }).entities;
}

/** The mentions whose text is exactly `form`, in order. */
function mentionsOf(text: string, form: string): EntityMention[] {
  return analyse(text).filter((m) => m.text.replace(/['’]s$/, '') === form);
}

function idsOf(text: string, form: string): (string | null)[] {
  return mentionsOf(text, form).map((m) => (m.registered ? m.entityId : null));
}

describe('disambiguation of shared names', () => {
  it('every candidate is kept, ranked, with scores that sum to one', () => {
    const [m] = mentionsOf('Portsmouth was quiet on Sunday.', 'Portsmouth');
    assert.deepEqual(m.candidates!.map((c) => c.entityId).sort(), ['portsmouth-fc', 'portsmouth-hampshire', 'portsmouth-nh']);
    const scores = m.candidates!.map((c) => c.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    assert.ok(Math.abs(scores.reduce((a, b) => a + b, 0) - 1) < 0.01);
    assert.equal(m.linkSource, 'scorer');
    assert.equal(m.entityId, m.candidates![0].entityId);
  });

  it('full name: with nothing else to go on, the entry whose canonical name it is wins', () => {
    const [m] = mentionsOf('Portsmouth was quiet on Sunday.', 'Portsmouth');
    assert.equal(m.entityId, 'portsmouth-hampshire');
    assert.match(m.linkReason!, /full name/);
    assert.equal(m.ambiguous, true, 'a choice on the name alone is flagged');
  });

  it('the full written form is a name of its own and is not shared', () => {
    const [m] = analyse('Tourists in Portsmouth, New Hampshire, doubled.').filter((e) => e.text.startsWith('Portsmouth'));
    assert.equal(m.text, 'Portsmouth, New Hampshire');
    assert.equal(m.entityId, 'portsmouth-nh');
    assert.equal(m.candidates, undefined);
  });

  it('type agreement: a title makes the name a person; a place reading keeps the country', () => {
    assert.deepEqual(idsOf('Development Minister Jordan arrived on Monday for talks.', 'Jordan'), ['mia-jordan']);
    assert.deepEqual(idsOf('Exports from Jordan rose last year, the central bank in Amman said.', 'Jordan'), ['jordan-country']);
  });

  it('words around the mention: the club in a match report, the American city by its river', () => {
    assert.deepEqual(idsOf('Portsmouth won 2-1 at Fratton Park, and the football club climbed to fifth.', 'Portsmouth'), ['portsmouth-fc']);
    assert.deepEqual(idsOf('Ferries crossed the Piscataqua River to Portsmouth as the New Hampshire city prepared for summer.', 'Portsmouth'), [
      'portsmouth-nh',
    ]);
  });

  it('coherence: the city council points to the city; Pompey and the Championship point to the club', () => {
    assert.deepEqual(idsOf('Portsmouth City Council approved the budget. Portsmouth will repave its seafront.', 'Portsmouth'), ['portsmouth-hampshire']);
    assert.deepEqual(idsOf('Pompey fans travelled north. Portsmouth sit third in the Championship.', 'Portsmouth'), ['portsmouth-fc']);
  });

  it('one sense per article: a later mention with no context of its own follows the decided one', () => {
    const text = 'Portsmouth won 2-1 at Fratton Park, and the football club climbed to fifth.\n\nOn Tuesday Portsmouth travel again.';
    assert.deepEqual(idsOf(text, 'Portsmouth'), ['portsmouth-fc', 'portsmouth-fc']);
    assert.match(mentionsOf(text, 'Portsmouth')[1].linkReason!, /same sense|context/);
  });

  it('a surname follows the full name before it', () => {
    const text = 'Council leader Daniel Price opened the new council offices.\n\nPrice said the building would save money, Price added.';
    const ids = analyse(text)
      .filter((m) => /Price/.test(m.text))
      .map((m) => [m.text, m.registered ? m.entityId : null]);
    assert.deepEqual(ids, [
      ['Daniel Price', 'daniel-price-council'],
      ['Price', 'daniel-price-council'],
      ['Price', 'daniel-price-council'],
    ]);
  });

  it('a surname after an unregistered full name is that person, not a registered Price', () => {
    const text = 'Mr Tomas Price, a retired teacher, wrote to the paper.\n\nMr Price said he was surprised.';
    for (const m of analyse(text).filter((e) => /Price/.test(e.text))) assert.equal(m.registered, false, `${m.text} stays unregistered`);
  });

  it('a surname speaking right after a full-name person mention is that person, not the company sharing the name (issue 16)', () => {
    // The shape the reporter met: the registry knows the founder and her company, both "Okafor".
    const founderAndCompany = buildRegistry([
      {
        ok: true,
        problems: [],
        ignore: [],
        entries: [
          entry('amara-okafor', 'Amara Okafor', 'person', { aliases: ['Okafor'], description: 'Founder of Okafor Logistics' }),
          entry('okafor-logistics', 'Okafor Logistics', 'organization', { aliases: ['Okafor'], description: 'Freight and logistics company based in Lagos' }),
        ],
      },
    ]);
    const text =
      'Okafor Logistics opens a warehouse\n\nOkafor Logistics opened a new warehouse near the port on Tuesday, the company said. Founder and Chief Executive Amara Okafor cut the ribbon.\n\n"We have waited ten years for this," Okafor said.\n\nThe site employs 40 people, said Okafor, who drove the first lorry herself.';
    const analysis = analyzeArticle(text, { registry: founderAndCompany });
    const okafor = analysis.entities.filter((m) => m.text === 'Okafor');
    assert.deepEqual(
      okafor.map((m) => m.entityId),
      ['amara-okafor', 'amara-okafor'],
    );
    assert.match(okafor[0].linkReason!, /follows 'Amara Okafor'/);
    const [quote] = analysis.quotes;
    assert.equal(quote.speaker?.text, 'Okafor');
    assert.equal(quote.speaker?.entityId, 'amara-okafor', 'the speaker is the person too');
  });

  it('a surname speaking right after the company name, or paragraphs later, is not pulled to the founder', () => {
    // Mentions: Amara Okafor, Okafor Freight, Okafor (paragraphs 0, 1, 1).
    const tokens = [['amara', 'okafor'], ['okafor', 'freight'], ['okafor']];
    const types = [{ type: 'person' }, { type: 'organization' }, { type: 'organization' }];
    assert.equal(
      personRightBefore(tokens, types, 2, (i) => [0, 1, 1][i]),
      undefined,
      'the nearest mention with the name is the company',
    );
    assert.equal(
      personRightBefore([tokens[0], tokens[2]], [types[0], types[2]], 1, (i) => [0, 1][i]),
      0,
    );
    assert.equal(
      personRightBefore([tokens[0], tokens[2]], [types[0], types[2]], 1, (i) => [0, 2][i]),
      undefined,
    );
  });

  it('no candidate fits: a person-shaped mention does not become a town or a club, and keeps its candidates', () => {
    const [m] = mentionsOf('Ms Portsmouth said she would appeal.', 'Portsmouth');
    assert.equal(m.registered, false);
    assert.equal(m.type, 'person');
    assert.equal(m.candidates?.length, 3);
    assert.match(m.linkReason!, /fits none/);
  });

  it('no candidate fits: a place qualifier none of them has', () => {
    const [m] = mentionsOf('The ship sailed from Portsmouth, Virginia, on Friday.', 'Portsmouth');
    assert.equal(m.registered, false);
    assert.ok(m.candidates!.length === 3);
  });

  it('unshared names carry no candidates', () => {
    const [m] = analyse('Pompey fans travelled north.').filter((e) => e.text === 'Pompey');
    assert.equal(m.entityId, 'portsmouth-fc');
    assert.equal(m.candidates, undefined);
    assert.equal(m.ambiguous, undefined);
    assert.equal(m.linkSource, undefined);
  });
});

describe('the front matter wins over the scorer', () => {
  const body = 'Portsmouth won 2-1 at Fratton Park, and the football club climbed to fifth.\n\nPortsmouth fans celebrated. Later Portsmouth was quiet.';

  it('one id for every mention of the form', () => {
    const text = `---\nlinks:\n  Portsmouth: portsmouth-nh\n---\n${body}`;
    const ms = mentionsOf(text, 'Portsmouth');
    assert.deepEqual(
      ms.map((m) => m.entityId),
      ['portsmouth-nh', 'portsmouth-nh', 'portsmouth-nh'],
    );
    assert.ok(ms.every((m) => m.linkSource === 'front-matter' && m.ambiguous === undefined && m.candidates![0].entityId === 'portsmouth-nh'));
  });

  it('a list per occurrence, ~ deciding in context, past the end deciding in context', () => {
    const text = `---\nlinks:\n  Portsmouth: [portsmouth-nh, ~]\n---\n${body}`;
    const ms = mentionsOf(text, 'Portsmouth');
    assert.equal(ms[0].entityId, 'portsmouth-nh');
    assert.equal(ms[0].linkSource, 'front-matter');
    assert.equal(ms[1].linkSource, 'scorer');
    assert.equal(ms[2].linkSource, 'scorer');
  });

  it('keys match case-insensitively when no key is spelled exactly like the mention', () => {
    const text = `---\nlinks:\n  portsmouth: portsmouth-nh\n---\n${body}`;
    assert.ok(mentionsOf(text, 'Portsmouth').every((m) => m.entityId === 'portsmouth-nh'));
  });

  it('a surname follows the full name the front matter chose', () => {
    const text = '---\nlinks:\n  Daniel Price: daniel-price-pianist\n---\nCouncil leader Daniel Price opened the offices.\n\nPrice said it would save money.';
    const ids = analyse(text)
      .filter((m) => /Price/.test(m.text))
      .map((m) => m.entityId);
    assert.deepEqual(ids, ['daniel-price-pianist', 'daniel-price-pianist']);
  });

  it('an id the registry does not know is ignored, and reported', () => {
    const text = `---\nlinks:\n  Portsmouth: portsmouth-virginia\n---\n${body}`;
    assert.ok(mentionsOf(text, 'Portsmouth').every((m) => m.linkSource === 'scorer'));
    const unknown = unknownLinkIds(readStructure(text).frontMatter?.links, registry);
    assert.deepEqual(
      unknown.map((u) => [u.form, u.id, text.slice(u.start, u.end)]),
      [['Portsmouth', 'portsmouth-virginia', 'portsmouth-virginia']],
    );
  });
});

describe('registries without shared names link exactly as before', () => {
  const SYLLABLES = ['ka', 'lor', 'ven', 'mi', 'tas', 'ron', 'del', 'su', 'par', 'wen'];
  const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((s) => s.join('').replace(/^./, (c) => c.toUpperCase()));
  const TYPES = ['person', 'organization', 'place'] as const;
  /** Entries with distinct names and aliases (compared without case), as a registry without shared names has. */
  const unshared = fc
    .uniqueArray(fc.tuple(word, word, fc.constantFrom(...TYPES), fc.boolean()), { minLength: 1, maxLength: 8, selector: ([a, b]) => `${a} ${b}`.toLowerCase() })
    .map((rows) => {
      const claimed = new Set<string>();
      const entries: RegistryEntry[] = [];
      rows.forEach(([first, last, type, withAlias], i) => {
        const name = `${first} ${last}`;
        const aliases = withAlias && !claimed.has(last.toLowerCase()) ? [last] : [];
        if (claimed.has(name.toLowerCase())) return;
        for (const form of [name, ...aliases]) claimed.add(form.toLowerCase());
        entries.push(entry(`e${i}`, name, type, { aliases, description: `${type} number ${i}` }));
      });
      return entries;
    });
  const FILLER = ['said on Monday', 'met', 'and', 'visited', 'in the north of', 'wrote to', 'according to'];

  it('no candidates, no reasons, and the same entities as the first-entry reading the matcher always gave', () => {
    fc.assert(
      fc.property(unshared, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FILLER), fc.boolean()), { minLength: 1, maxLength: 12 }), (entries, parts) => {
        const reg = buildRegistry([{ ok: true, problems: [], ignore: [], entries }]);
        const text = parts
          .map(
            ([k, filler, short]) =>
              `${short && entries[k % entries.length].aliases[0] ? entries[k % entries.length].aliases[0] : entries[k % entries.length].name} ${filler}.`,
          )
          .join(' ');
        const structure = readStructure(text);
        const spans = structure.headline ? [structure.headline, ...structure.paragraphs] : structure.paragraphs;
        const found = findEntities(text, spans, reg);
        assert.deepEqual(findEntities(text, spans, reg, undefined, { strategy: 'first-entry' }), found);
        for (const m of found) {
          assert.equal(m.candidates, undefined);
          assert.equal(m.ambiguous, undefined);
          assert.equal(m.linkReason, undefined);
          assert.equal(m.linkSource, undefined);
          if (m.source === 'registry') assert.deepEqual(reg.claims.get(m.text.toLowerCase()), [m.entityId]);
        }
      }),
      { numRuns: 60, seed: 10 },
    );
  });

  it('the matcher still reports one id for an unshared form, and every claimant for a shared one', () => {
    const [shared] = registry.matcher.find('Portsmouth');
    assert.deepEqual([shared.id, [...shared.ids!]], ['portsmouth-hampshire', ['portsmouth-hampshire', 'portsmouth-fc', 'portsmouth-nh']]);
    const [single] = registry.matcher.find('Pompey');
    assert.deepEqual(single, { start: 0, end: 6, id: 'portsmouth-fc' });
  });
});
