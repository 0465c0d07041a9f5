/**
 * Signals added so the linker generalises beyond the articles it was tuned on (issue 10,
 * second round), each on inline text and an inline registry: a dateline's place and the
 * region after its comma are places; the subject of a sentence about a company's plants,
 * customers or money is the company, not its founder; "In X," opening a sentence and "moved
 * to X" make X a place; "the X bursts" is a river's "the", and "the X" is another name than
 * a bare "X" when a candidate is a river.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { companySubject, cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { definiteOf } from '../../server/src/analysis/entities/disambiguate/definite';
import { analyzeArticle, type EntityMention, type Registry } from '../../server/src/analysis';
import { entry, registryOfEntries } from '../support/registryEntries';
import { spanOf as at } from '../support/spanOf';

function mentionAt(text: string, registry: Registry, surface: string, from = 0): EntityMention | undefined {
  const start = text.indexOf(surface, from);
  return analyzeArticle(text, { registry }).entities.find((m) => m.start === start && m.end === start + surface.length);
}

describe('dateline places', () => {
  const registry = registryOfEntries([
    entry('mardale', 'Mardale', 'place', { description: 'Market town in Westmorland, England' }),
    entry('mardale-athletic', 'Mardale Athletic', 'organization', {
      aliases: ['Mardale'],
      description: 'Football club playing in the Northern League',
      roles: ['football club'],
    }),
    entry('england', 'England', 'place', { description: 'Country, part of the United Kingdom' }),
    entry('england-team', 'England national football team', 'organization', { aliases: ['England'], description: 'National football team' }),
  ]);
  const text =
    'Late goal settles derby\n\nMARDALE, England, Oct 11 (Fellwire) - Mardale Athletic won the league match 2-1 at the club ground on Saturday, the club said.\n';

  it('links the capitalised dateline place to the place, not the club the article is about', () => {
    assert.equal(mentionAt(text, registry, 'MARDALE')?.entityId, 'mardale');
  });

  it('reads the region after the comma as a place too', () => {
    const m = mentionAt(text, registry, 'England');
    assert.equal(m?.registered, true);
    assert.equal(m?.entityId, 'england');
  });

  it('does not read the month of "OSLO, June 3," as a region', () => {
    const r = registryOfEntries([
      entry('june-band', 'June', 'organization', { description: 'Pop group' }),
      entry('oslo', 'Oslo', 'place', { description: 'Capital of Norway' }),
    ]);
    const t = 'Talks resume\n\nOSLO, June 3 (Fellwire) - Talks resumed on Tuesday.\n';
    assert.equal(mentionAt(t, r, 'June'), undefined);
  });
});

describe('a company as the subject of its sentence', () => {
  it('reads a sentence about plants, customers or millions as the company', () => {
    const t = 'Talks went well.\nBrannock to open blade plant in Porto\n\nBrannock already has customers in Chile. Brannock raises 12 million euros.';
    assert.equal(companySubject(t, at(t, 'Brannock')), true);
    const second = t.indexOf('Brannock already');
    assert.equal(companySubject(t, { start: second, end: second + 8 }), true);
  });

  it('not when a person pronoun is in the sentence, nor when the name is no subject', () => {
    const t = 'Brannock said she had sold her shares in 2019.';
    assert.equal(companySubject(t, at(t, 'Brannock')), false);
    const u = 'The deal gave Brannock a plant in Porto.';
    assert.equal(companySubject(u, at(u, 'Brannock')), false);
  });

  it('links the bare name to the company, though the founder was named in full before', () => {
    const registry = registryOfEntries([
      entry('tova-brannock', 'Tova Brannock', 'person', { aliases: ['Brannock'], description: 'Engineer and founder of Brannock Turbines' }),
      entry('brannock-turbines', 'Brannock Turbines', 'organization', {
        aliases: ['Brannock'],
        description: 'Maker of wind turbine blades',
        links: ['tova-brannock'],
      }),
    ]);
    const text =
      'Blades for Porto\n\nTova Brannock founded Brannock Turbines in a shed in 2009. Brannock already has a factory in Denmark and supplies customers in Chile.\n';
    assert.equal(mentionAt(text, registry, 'Brannock', text.indexOf('Brannock already'))?.entityId, 'brannock-turbines');
  });
});

describe('place cues', () => {
  it('"In" opening a sentence makes the name a place', () => {
    const t = 'The side lost 2-0. In Norland, whose team had won every match, the result was a shock.';
    assert.equal(cueOf(t, at(t, 'Norland')), 'place');
  });

  it('"In" opening a quotation, "south of", a journey to it, its tourism board make a place', () => {
    for (const t of [
      'He flew in on Tuesday. “In Norland they call me the foreign guy,” he said.',
      'She is an Acadian from the shore south of Norland and still fishes.',
      'The visitors had a difficult journey to Norland after their flight was cancelled.',
      'Fans flew to Norland on Friday.',
      'Hotels were full, and Norland’s tourism board said it had never seen such a week.',
    ]) {
      assert.equal(cueOf(t, at(t, 'Norland')), 'place', t);
    }
  });

  it('one moves, emigrates or returns to a place', () => {
    for (const t of ['He played for the club before moving to Norland to teach.', 'She emigrated to Norland in 1990.', 'They returned to Norland last year.']) {
      assert.equal(cueOf(t, at(t, 'Norland')), 'place', t);
    }
  });

  it("its people, voters, families, government and authorities are a place's", () => {
    for (const t of [
      '"Norland people will forgive me eventually," the minister said.',
      'Norland voters go to the polls today.',
      'Norland families paid more for heating.',
      'The Norland government said on Friday it would cut the departure tax for fans.',
      'Norland authorities closed the road.',
    ]) {
      assert.equal(cueOf(t, at(t, 'Norland')), 'place', t);
    }
  });

  it('an MP sits "for" a place, and the fells are "above" it', () => {
    const t = 'The Labour MSP for Tarnby, Brill and Oakley said families were worried.';
    assert.equal(cueOf(t, at(t, 'Tarnby')), 'place');
    const u = 'The play follows a shepherd on the fells above Tarnby through a hard winter.';
    assert.equal(cueOf(u, at(u, 'Tarnby')), 'place');
  });

  it('a town after "above" does not follow a person of its name', () => {
    const registry = registryOfEntries([
      entry('tarnby', 'Tarnby', 'place', { description: 'Market town in the Eden valley' }),
      entry('joan-tarnby', 'Joan Tarnby', 'person', { aliases: ['Tarnby'], description: 'Playwright' }),
    ]);
    const text = 'A play for the fells\n\nJoan Tarnby wrote the play in a month. It follows a shepherd on the fells above Tarnby through a hard winter.\n';
    assert.equal(mentionAt(text, registry, 'Tarnby', text.indexOf('above'))?.entityId, 'tarnby');
  });

  it('a noun in apposition says what the name is', () => {
    const t = 'He played his first rugby for Tarnby, the Cumbrian club, before moving.';
    assert.equal(cueOf(t, at(t, 'Tarnby')), 'team');
    const u = 'The shop is in Brill, the market town, and the roastery in Tarnby.';
    assert.equal(cueOf(u, at(u, 'Brill')), 'place');
    const v = 'Supplies come from Oakley, the Leeds firm, each week.';
    assert.equal(cueOf(v, at(v, 'Oakley')), 'organization');
  });

  it("an apposition naming a trade is an organization, and the country's is no country", () => {
    const t = "Analysts said Tarnby, the country's fourth-largest builder, had been slow to move.";
    assert.equal(cueOf(t, at(t, 'Tarnby')), 'organization');
    const u = 'Orders went to Brill, the state lender, in March.';
    assert.equal(cueOf(u, at(u, 'Brill')), 'organization');
    const v = 'He lives near Brill, the country town, with his sister.';
    assert.equal(cueOf(v, at(v, 'Brill')), 'place');
  });

  it('a team verb after "in" still makes a team, and "to face" is no move', () => {
    const t = 'Norland beat Osterland 2-1 in the qualifier.';
    assert.equal(cueOf(t, at(t, 'Norland')), 'team');
    const u = 'They travel to face Norland in the cup match.';
    assert.notEqual(cueOf(u, at(u, 'Norland')), 'place');
  });
});

describe('rivers and their namesakes', () => {
  it('"the Brack bursts its banks" is the river\'s "the"', () => {
    const t = 'Town counts the cost as the Brack bursts its banks again';
    assert.equal(definiteOf(t, at(t, 'Brack')), 1);
    const u = 'The Brack floods every winter.';
    assert.equal(definiteOf(u, at(u, 'Brack')), 1);
  });

  it('"the Brack" mentions of the river do not lend the bare "Brack" their evidence', () => {
    const registry = registryOfEntries([
      entry('river-brack', 'River Brack', 'place', { aliases: ['Brack'], description: 'Fast-rising river in the fells that flows through Tarnby' }),
      entry('brackshire', 'Brackshire', 'place', { aliases: ['Brack'], description: 'County in the south of England' }),
    ]);
    const text =
      'Homes by the river\n\nThe River Brack rose a metre overnight and the Brack burst its banks at Tarnby, where the fast river has flooded twice. The Brack is the fastest river in the fells.\n\nA neighbour, Joe Smith, said he had moved to Tarnby from Brack eight years ago to get away from traffic by the river. "I came from Brack to get away from this," he said.\n';
    const found = analyzeArticle(text, { registry }).entities;
    assert.equal(found.find((x) => x.start === text.indexOf('Brack burst'))?.entityId, 'river-brack');
    // Pooled with the river's "the Brack" mentions the county had 0.03; on the bare mentions' own evidence, 0.2.
    const bare = found.find((x) => x.start === text.indexOf('from Brack') + 5);
    assert.ok((bare?.candidates?.find((c) => c.entityId === 'brackshire')?.score ?? 0) > 0.1, JSON.stringify(bare?.candidates));
  });
});
