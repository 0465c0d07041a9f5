/**
 * "Springfield, Missouri" names two places (issue 10): a registry alias written with its
 * state still chooses the right Springfield, and the state is a mention of its own, linked
 * to its entry (or to the gazetteer's), so its hover and its "other articles" are right.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, type EntityMention, type Registry } from '../../server/src/analysis';
import { entry, registryOfEntries } from '../support/registryEntries';

function spans(text: string, registry: Registry): string[] {
  return analyzeArticle(text, { registry }).entities.map((m: EntityMention) => `${m.text}=${m.entityId}${m.registered ? '' : '?'}`);
}

describe('a registered place written with its state', () => {
  const registry = registryOfEntries([
    entry('brookfield-il', 'Brookfield', 'place', { aliases: ['Brookfield, Illinois'], description: 'Village in Illinois' }),
    entry('brookfield-mo', 'Brookfield', 'place', { aliases: ['Brookfield, Missouri'], description: 'City in Missouri' }),
    entry('missouri', 'Missouri', 'place', { description: 'State of the United States' }),
    entry('kinross-au', 'Kinross', 'place', { aliases: ['Kinross, Australia'], description: 'Mining town in Western Australia' }),
    entry('tallowmere-dc', 'Tallowmere, D.C.', 'place', { aliases: ['D.C.'], description: 'A district' }),
  ]);

  it('keeps the head on the entry the whole form names and links the state to its own entry', () => {
    const text = 'Rail link planned\n\nThe line will reach Brookfield, Missouri, by the spring, officials said.\n';
    const found = spans(text, registry);
    assert.ok(found.includes('Brookfield=brookfield-mo'), found.join(' '));
    assert.ok(found.includes('Missouri=missouri'), found.join(' '));
    assert.ok(!found.some((s) => s.startsWith('Brookfield, Missouri')), found.join(' '));
  });

  it('gives a country the registry lacks to the gazetteer', () => {
    const text = 'Mine reopens\n\nThe mine near Kinross, Australia, reopened on Monday.\n';
    const found = spans(text, registry);
    assert.ok(found.includes('Kinross=kinross-au'), found.join(' '));
    assert.ok(found.includes('Australia=australia?'), found.join(' '));
  });

  it('leaves whole a name whose part after the comma is an alias of the same entry', () => {
    const text = 'Council meets\n\nThe council of Tallowmere, D.C. met on Monday.\n';
    const found = spans(text, registry);
    assert.ok(found.includes('Tallowmere, D.C.=tallowmere-dc'), found.join(' '));
  });

  it('does not pull the bare name elsewhere in the article to the qualified one', () => {
    const text =
      'Two towns, one name\n\nThe line links Brookfield, the Illinois village, with Brookfield, Missouri, for the first time. Brookfield, Illinois, is the older of the two.\n';
    const entities = analyzeArticle(text, { registry }).entities;
    const second = entities.find((m) => m.text === 'Brookfield' && m.start > text.indexOf('with'));
    assert.equal(second?.entityId, 'brookfield-mo');
    const missouri = entities.find((m) => m.text === 'Missouri');
    assert.equal(missouri?.entityId, 'missouri');
  });
});

describe('a bare name after two of its places were each written with theirs', () => {
  const registry = registryOfEntries([
    entry('marlow-bucks', 'Marlow', 'place', { description: 'Town in Buckinghamshire on the Thames, known for its regatta and rowing clubs' }),
    entry('marlow-nh', 'Marlow', 'place', { description: 'Town in New Hampshire' }),
    entry('marlow-ok', 'Marlow', 'place', { description: 'City in Oklahoma' }),
  ]);

  it('is not "the other one" of both: the context decides among them', () => {
    const text =
      'Rowing club to build boathouse in Marlow\n\nThe Marlow Rowing Club, based in Marlow in Buckinghamshire, will build a new boathouse on the Thames, ' +
      'its captain said on Monday. Its sister club, in Marlow, New Hampshire, sent a crew to the regatta last year.\n\n' +
      'The boathouse will stand on the towpath at the edge of Marlow, where the regatta has been rowed since 1855.\n';
    const marlows = analyzeArticle(text, { registry }).entities.filter((m) => m.text === 'Marlow');
    assert.equal(marlows.at(-1)?.entityId, 'marlow-bucks', marlows.map((m) => `${m.start}=${m.entityId}`).join(' '));
  });
});

describe("a country's capital among places of one name", () => {
  const registry = registryOfEntries([
    entry('athens-tx', 'Athens', 'place', { description: 'Small city in east Texas, seat of Henderson County' }),
    entry('athens-greece', 'Athens', 'place', { description: 'Capital of Greece' }),
    entry('athens-ga', 'Athens', 'place', { description: 'City in the US state of Georgia, home of a university' }),
  ]);
  const idOf = (text: string) => analyzeArticle(text, { registry }).entities.find((m) => m.text === 'Athens')?.entityId;

  it('is the sense a bare name takes when nothing in the article says which', () => {
    assert.equal(idOf('Ferry talks resume\n\nDelegates will meet in Athens on Monday to resume the talks, the ministry said.\n'), 'athens-greece');
  });

  it('gives way to what the article says', () => {
    assert.equal(
      idOf('Fiddlers gather\n\nFiddlers from across Henderson County will meet in Athens on Monday, the east Texas town where the contest began.\n'),
      'athens-tx',
    );
  });
});
