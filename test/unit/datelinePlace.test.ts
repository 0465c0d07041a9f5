/**
 * The place a dateline names is a place (entities/datelinePlace.ts): "BERLIN (AP) —"
 * gets a place mention, never an organization, so the editor colours it as a place.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { datelineCity, withDatelinePlace } from '../../server/src/analysis/entities/datelinePlace';
import { entry, registryOfEntries } from '../support/registryEntries';

const body = 'The council said on Monday that the plan would go ahead, a spokesperson for the Harbour Board said.';

describe('the dateline place', () => {
  for (const [dateline, city] of [
    ['BERLIN (AP) — ', 'BERLIN'],
    ['DENVER, May 3 (Coastline Wire) -- ', 'DENVER'],
    ['NEW ORLEANS (Reuters) - ', 'NEW ORLEANS'],
    ['KETTERING — ', 'KETTERING'],
    ['ST. DAVIDS, May 3 (Wire) -- ', 'ST. DAVIDS'],
    // Capitals with accents are capitals: a Spanish, Portuguese or Icelandic desk's city.
    ['LEÓN, Spain, July 22 (Iberia Wire) - ', 'LEÓN'],
    ['SÃO PAULO, Brasil, Jan 4 (Wire) - ', 'SÃO PAULO'],
    ['REYKJAVÍK (Wire) — ', 'REYKJAVÍK'],
  ] as const) {
    it(`"${dateline.trim()}" gives the place ${city}`, () => {
      const text = `Headline about the plan\n\n${dateline}${body}\n`;
      const r = analyzeArticle(text, { publicationDate: '2024-05-04' });
      assert.ok(r.structure.dateline, 'a dateline is recognised');
      const mention = r.entities.find((e) => e.start === r.structure.dateline!.start);
      assert.ok(mention, `a mention at the dateline: ${JSON.stringify(r.entities.map((e) => e.text))}`);
      assert.equal(mention.text, city);
      assert.equal(mention.type, 'place');
    });
  }

  it('a dateline that opens with a month has no city', () => {
    const text = 'Sep 07 (Harbour Times) - The ferry stops.';
    assert.equal(datelineCity(text, { start: 0, end: 25 }), undefined);
  });

  it('an unregistered name over the city becomes a place; a registered one keeps its entry; pieces give way to the whole city', () => {
    const text = 'BERLIN (AP) — x';
    const city = datelineCity(text, { start: 0, end: 14 })!;
    assert.deepEqual(city, { start: 0, end: 6 });
    const org = { start: 0, end: 6, text: 'BERLIN', type: 'organization' as const, entityId: 'berlin', registered: false, source: 'tagger' as const };
    assert.equal(withDatelinePlace(text, [org], city)[0].type, 'place');
    const registered = { ...org, registered: true, source: 'registry' as const, type: 'event' as const };
    assert.equal(withDatelinePlace(text, [registered], city)[0].type, 'event');
    assert.deepEqual(
      withDatelinePlace(text, [], city).map((m) => [m.text, m.type, m.source]),
      [['BERLIN', 'place', 'heuristic']],
    );
    const piece = { ...org, end: 3, text: 'BER' };
    assert.deepEqual(
      withDatelinePlace(text, [piece], city).map((m) => [m.text, m.type]),
      [['BERLIN', 'place']],
    );
  });

  it("reads a header stamp's region as a place too ('DURANGO, Colo 2024-05-02')", () => {
    const text =
      'Grant approved for river trail.\n\nDURANGO, Colo 2024-05-02\n\nThe city council approved a grant for the river trail on Thursday, the mayor said.\n';
    const colo = analyzeArticle(text).entities.find((m) => m.text === 'Colo');
    assert.equal(colo?.type, 'place');
  });

  for (const [dateline, region] of [
    ['DES MOINES, Iowa - ', 'Iowa'],
    ['MONCTON, New Brunswick - ', 'New Brunswick'],
    ['ST. HELENS, Oregon, Oct 14 (Cascade Wire) - ', 'Oregon'],
    ['JACKSON, Mississippi (Gulf Wire) - ', 'Mississippi'],
    ['IRVINE, Calif. (AP) - ', 'Calif.'],
  ] as const) {
    it(`reads the state or country after the city of "${dateline.trim()}" as a place: ${region}`, () => {
      const text = `Headline about the plan\n\n${dateline}${body}\n`;
      const r = analyzeArticle(text, { publicationDate: '2024-05-04' });
      const found = r.entities.filter((e) => e.text === region);
      assert.deepEqual(
        found.map((e) => [e.text, e.type]),
        [[region, 'place']],
        JSON.stringify(r.entities.map((e) => e.text)),
      );
    });
  }

  it("takes a dateline's month or weekday for no place", () => {
    for (const dateline of ['DENVER, May 3 (Coastline Wire) -- ', 'PARIS, Sept. 4 (Wire) - ', 'DENVER, Monday (Wire) - ']) {
      const r = analyzeArticle(`Headline about the plan\n\n${dateline}${body}\n`, { publicationDate: '2024-05-04' });
      assert.deepEqual(
        r.entities.filter((e) => e.start < r.structure.dateline!.end).map((e) => e.text),
        [dateline.split(',')[0]],
      );
    }
  });

  it("takes a dateline's state for the article's setting, not for a qualifier that sets the city's other mentions apart", () => {
    const registry = registryOfEntries([
      entry('brandon-manitoba', 'Brandon', 'place', { description: 'city in south-western Manitoba, Canada, on the Assiniboine River' }),
      entry('brandon-kerry', 'Brandon', 'place', { description: 'village at the foot of Mount Brandon on the Dingle peninsula, County Kerry' }),
      entry('manitoba', 'Manitoba', 'place', { description: 'Canadian province' }),
    ]);
    const text =
      'Brandon council rejects riverside towers\n\nBRANDON, Manitoba - The council voted 8-3 on Monday night to reject the towers by the river.\n\n' +
      'Brandon residents who spoke at the meeting said the towers would block the river from the old town.\n';
    const brandons = analyzeArticle(text, { registry }).entities.filter((e) => /^brandon$/i.test(e.text));
    assert.deepEqual(
      brandons.map((e) => e.entityId),
      ['brandon-manitoba', 'brandon-manitoba', 'brandon-manitoba'],
    );
  });
});
