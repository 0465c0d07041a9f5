/**
 * Match reports, read in stop 38 from a set's mistakes for general causes: a side "visited" or
 * "hosted" by another in a report whose words (a man sent off, stoppage time) say a game; a
 * side's line of a shooting summary and its place in a ranking; an article about one sport with
 * a score in its opening is a match report throughout; association football's own words name
 * it; a player's position before the name is no part of it; and a body of members whose
 * description calls it a club is no side that plays. Inline text and registries written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { articleSport, matchReportThroughout } from '../../server/src/analysis/entities/disambiguate/sport';
import { profilesOf } from '../../server/src/analysis/entities/disambiguate/profile';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt, spanOf } from '../support/spanOf';

/** The cue of the last occurrence of `form`. */
function cueAtLast(text: string, form: string) {
  const start = text.lastIndexOf(form);
  return cueOf(text, { start, end: start + form.length });
}

describe('sides in match reports', () => {
  it('a side visited or hosted, where a man sent off or stoppage time says a game', () => {
    const text = 'Mulenga was sent off in stoppage time for a second yellow card. The Hornets visit Velden next Saturday.';
    assert.equal(cueAtLast(text, 'Velden'), 'team');
    assert.equal(cueAtLast('The minister will visit Velden next week to open a clinic.', 'Velden'), undefined, 'no game near');
  });

  it("a side's line of a shooting summary, and its place in a ranking", () => {
    const text = 'Marland won 66-55.\n\nShooting: Velden: Phiri 48/52, Kumwenda 19/24. Orsa: Ncube 37/44.';
    assert.equal(cueOf(text, spanOf(text, 'Velden')), 'team');
    const ranking = 'Orsa won the first test 66-55. Orsa, who sit three places below Velden in the world rankings, pressed high.';
    assert.equal(cueOf(ranking, spanOf(ranking, 'Velden')), 'team');
    assert.equal(cueOf('The fells rise below Velden in the morning mist.', spanOf('The fells rise below Velden in the morning mist.', 'Velden')), 'place');
  });

  it('an article about one sport with a score in its opening is a match report throughout', () => {
    const text = 'Stokers blank Herons\n\nGoaltender Abel Ruda made 34 saves and the puck never got past him as the Orsa Stokers beat the Herons 3-0.\n\n';
    assert.ok(matchReportThroughout(text));
    assert.ok(!matchReportThroughout('Council budget passes\n\nThe vote was 5-4 after a long night.\n\n'), 'no sport named');
  });

  it("association football's clock and set pieces name it", () => {
    assert.equal(articleSport('Banda scored in stoppage time from a corner kick. The Lions host Orsa next.'), 'football');
    assert.equal(articleSport('Banda was shown a yellow card and the free kick went wide.'), undefined, 'rugby has both');
  });

  it("a player's position before the name is no part of it", () => {
    const list = analyzeArticle('Goaltender Yerlan Adil made 34 saves for the Orsa Stokers on Sunday.', {}).entities;
    assert.ok(
      list.some((m) => m.text === 'Yerlan Adil' && m.type === 'person'),
      list.map((m) => m.text).join(', '),
    );
  });

  it('a body of members is no side, whatever its description calls it', () => {
    const registry = registryOfEntries([
      entry('orsa-falconry', 'Orsa Falconry Association', 'organization', { aliases: ['OFA'], description: 'club of falconers in Orsa' }),
      entry('orsa-rovers', 'Orsa Rovers', 'organization', { description: 'football club of Orsa' }),
    ]);
    const profiles = profilesOf(registry);
    assert.equal(profiles.profile('orsa-falconry')?.kind, undefined);
    assert.equal(profiles.profile('orsa-rovers')?.kind, 'team');
  });

  it('in a report that names no sport, a country "called up by" for qualifiers is no side of another game', () => {
    const registry = registryOfEntries([
      entry('marland', 'Marland', 'place', { description: 'Country in southern Africa' }),
      entry('marland-netball', 'Marland national netball team', 'organization', { aliases: ['Marland'], description: "Marland's national netball team" }),
    ]);
    const text =
      'Lions beat Hornets\n\nThe Velden Lions beat the Orsa Hornets 2-1 on Sunday. Banda scored in stoppage time from a corner kick, ' +
      'and was called up by Marland for their qualifiers later this month.';
    assert.deepEqual(idsOf(text, registry, 'Marland'), [null]);
  });
});

describe('what only a side does to a game or a title (stop 39)', () => {
  it('points for a side, turning the game, losing the title, making the other side work', () => {
    assert.equal(cueAt('the 27-year-old who has kicked more than 600 points for Velden', 'Velden'), 'team');
    assert.equal(cueAt('Velden turned the game with a 6-1 run built on fast breaks.', 'Velden'), 'team');
    assert.equal(cueAt('When Velden lost the league title on the last day in 2023, he wept.', 'Velden'), 'team');
    assert.equal(cueAt('"Velden made us work for every metre," the coach said.', 'Velden'), 'team');
    assert.equal(cueAt('Velden never recovered from losing three wickets in two overs.', 'Velden'), 'team');
    assert.notEqual(cueAt('Velden lost the power for a day after the storm.', 'Velden'), 'team');
  });
});
