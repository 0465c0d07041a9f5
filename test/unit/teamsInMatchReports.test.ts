/**
 * A national side in a match report, where the registry has only the country (issue 10):
 * the name stays unlinked wherever the report writes it as the side, not only where a
 * team cue sits right beside it. One sense per article: once a name is written as a team
 * ("Peru beat Ecuador 2-1"), its other mentions in the match's words are the team too
 * ("Ecuador had led at half-time"), unless their own words make them the place ("in Lima",
 * "returning to Peru"). "The Ecuador sevens team" is a team cue of its own.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { entry, registryOfEntries } from '../support/registryEntries';
import { cueAt } from '../support/spanOf';

const registry = registryOfEntries([
  entry('peru', 'Peru', 'place', { description: 'Country in South America' }),
  entry('ecuador', 'Ecuador', 'place', { description: 'Country in South America' }),
  entry('lima', 'Lima', 'place', { description: 'Capital of Peru' }),
]);

const linked = (text: string, form: string): (string | null)[] =>
  analyzeArticle(text, { registry })
    .entities.filter((m) => m.text === form)
    .map((m) => (m.registered ? m.entityId : null));

describe('national sides in match reports', () => {
  it('leaves every mention of a side unlinked once the report writes it as a team, and links the place it names', () => {
    const text =
      'Peru edge Ecuador in Lima qualifier\n\nLIMA, March 21 (Andeswire) - Peru beat Ecuador 2-1 in a World Cup qualifier on Thursday, with the winner coming in the 88th minute.\n\nEcuador had led at half-time through a header from the captain. Peru levelled after the break and pressed for the winner.\n\nEcuador now sit fifth in the table, two points behind Peru. The Peru coach, returning to Peru after a spell abroad, thanked the fans.\n';
    assert.deepEqual(linked(text, 'Ecuador'), [null, null, null, null]);
    const peru = linked(text, 'Peru');
    assert.deepEqual(peru.slice(0, -1), [null, null, null, null, null]);
    assert.equal(peru[peru.length - 1], 'peru', 'returning to Peru is the country');
    assert.deepEqual(linked(text, 'Lima'), ['lima']);
  });

  it("keeps the country after a dateline's town, though the report writes the name as a team elsewhere", () => {
    const text =
      'Water polo-Rojas scores five\n\nLIMA, Peru, March 15 (Andeswire) - Rojas scored five times as Lima Lobos beat Quito 11-9 on Saturday.\n\n' +
      'Vera, who coached Peru at two world championships, said the pool would be covered.\n';
    assert.deepEqual(linked(text, 'Peru'), ['peru', null]);
  });

  it("leaves a results line's side unlinked where the registry has only a company of its name", () => {
    const polls = registryOfEntries([
      entry('orsa-polls', 'Orsa', 'organization', { description: 'Polling and market research company' }),
      entry('orsa-town', 'Orsa', 'place', { description: 'Town in the high desert' }),
    ]);
    const text = 'Baseball-Timberjays win\n\nThe Timberjays beat Provo 6-3 in the league on Sunday.\n\nOther results: Prescott 6 Orsa 4, Moab 3 Kingman 3.\n';
    const orsa = analyzeArticle(text, { registry: polls }).entities.filter((m) => m.text === 'Orsa');
    assert.deepEqual(
      orsa.map((m) => (m.registered ? m.entityId : null)),
      [null],
    );
  });

  it('reads a later item of a list after "in" as the place, after the report wrote the name as a team', () => {
    const text =
      'Peru edge Ecuador\n\nLIMA, March 21 (Andeswire) - Peru beat Ecuador 2-1 in a qualifier on Thursday. Ecuador had led at half-time.\n\n' +
      'The league has ten teams in Bolivia, Chile, Peru and Ecuador, and the final is in Lima.\n';
    assert.deepEqual(linked(text, 'Ecuador'), [null, null, null, 'ecuador']);
    assert.deepEqual(linked(text, 'Peru'), [null, null, 'peru']);
  });

  it('reads a cricket report, whose game words are innings and wickets, as a match report', () => {
    const text =
      'Cricket-Paredes takes six as Peru beat Ecuador\n\nLIMA, Feb 9 (Andeswire) - Fast bowler Luis Paredes took six wickets as Peru beat Ecuador by an innings in Lima on Saturday.\n';
    assert.deepEqual(linked(text, 'Ecuador'), [null, null]);
    assert.deepEqual(linked(text, 'Lima'), ['lima']);
  });

  it('reads "the Ecuador sevens team" as a team', () => {
    const text =
      'Ecuador sevens side reach final\n\nThe Ecuador sevens team beat Peru 19-12 in the semi-final in Santiago on Saturday. Ecuador will play Chile in the final on Sunday.\n';
    assert.deepEqual(linked(text, 'Ecuador'), [null, null, null]);
  });

  it('reads a results line, a fixture and a win at a ground as a side, in a match report', () => {
    const report = 'Results of the water polo semi-finals on Saturday: ';
    assert.equal(cueAt(report + 'Ecuador 16 (Rojas 5, Vera 3) Chile 7 (Mora 2).', 'Ecuador'), 'team');
    assert.equal(cueAt(report + 'Chile 13 Ecuador 9, after extra time.', 'Chile'), 'team');
    assert.equal(cueAt(report + 'Chile 13 Ecuador 9, after extra time.', 'Ecuador'), 'team', 'the second side too');
    assert.equal(cueAt(report + 'Sunday: final, Chile v Ecuador; third place, Peru v Bolivia.', 'Ecuador'), 'team');
    assert.equal(cueAt(report + 'Sunday: final, Ecuador vs. Chile.', 'Ecuador'), 'team');
    assert.equal(cueAt(report + 'Earlier, Chile won 12-4 at Ecuador.', 'Ecuador'), 'team');
    assert.equal(cueAt('The relay ended with a sprint. Top ten: 1. Ecuador 2:17:41; 2. Chile 2:18:19.', 'Ecuador'), 'team');
  });

  it("reads a name before a team's noun as the team, whatever preposition comes before it", () => {
    assert.equal(cueAt('Rojas is expected in the Ecuador squad for the qualifiers.', 'Ecuador'), 'team');
    assert.equal(cueAt('She moved to Ecuador in May.', 'Ecuador'), 'place');
  });

  it('reads a finishing place, a standings line and a results table of times as a side', () => {
    const race = 'The relay took the teams through the city. ';
    assert.equal(cueAt(race + 'Further back, Ecuador finished fifth and Chile eighth.', 'Ecuador'), 'team');
    assert.equal(cueAt(race + 'Ecuador finished in 2 hours 17 minutes, ahead of Chile.', 'Ecuador'), 'team');
    assert.equal(cueAt(race + "Ecuador won the men's relay for the third year in a row.", 'Ecuador'), 'team');
    assert.equal(cueAt(race + 'Further back, Ecuador were 14th.', 'Ecuador'), 'team');
    assert.equal(cueAt(race + 'Ecuador had led from the fourth leg.', 'Ecuador'), 'team');
    assert.equal(cueAt(race + 'Ecuador had won the first leg by a minute.', 'Ecuador'), 'team');
    assert.equal(cueAt(race + 'Chile, who lost 41-10 to Ecuador last month, are back.', 'Ecuador'), 'team');
    assert.notEqual(cueAt('Ecuador won the right to host the summit, the ministry said.', 'Ecuador'), 'team', 'no match report');
    assert.notEqual(cueAt('Ecuador has won the right to host the summit, the ministry said.', 'Ecuador'), 'team', 'no match report');
    const standings = 'The league has ten teams. League standings (top five): Peru 71 points, Ecuador 67, Chile 63, Bolivia 58.';
    assert.equal(cueAt(standings, 'Peru'), 'team');
    assert.equal(cueAt(standings, 'Ecuador'), 'team');
    assert.equal(cueAt(standings, 'Bolivia'), 'team');
    assert.equal(cueAt('Top ten: 1. Ecuador 2:17:41; 2. Chile 2:18:19; 3. Peru 2:18:40.', 'Chile'), 'team');
  });

  it('reads "the X" as X when "the" is only the article of an entry named X, so a side named X is a candidate too', () => {
    const withSides = registryOfEntries([
      entry('netherlands', 'Netherlands', 'place', { aliases: ['the Netherlands'], description: 'Country in north-western Europe' }),
      entry('netherlands-hockey', "Netherlands women's national hockey team", 'organization', {
        aliases: ['Netherlands'],
        description: "The Dutch women's field hockey team",
      }),
      entry('river-boyne', 'River Boyne', 'place', { aliases: ['Boyne', 'the Boyne'], description: 'River in County Meath' }),
      entry('boyne-freight', 'Boyne Freight', 'organization', { aliases: ['Boyne'], description: 'Haulage company' }),
    ]);
    const mentions = (text: string, form: string) => analyzeArticle(text, { registry: withSides }).entities.filter((m) => m.text === form);
    const report = "Hockey final\n\nIn the women's final on Sunday, the Netherlands beat Belgium 3-1 with two goals from the captain.\n";
    const [side] = mentions(report, 'the Netherlands');
    assert.deepEqual(side.candidates?.map((c) => c.entityId).sort(), ['netherlands', 'netherlands-hockey']);
    assert.equal(side.entityId, 'netherlands-hockey');
    // Written across a line break, with a no-break space, or in capitals: the same name.
    for (const form of ['the\nNetherlands', 'the\u00a0Netherlands', 'THE NETHERLANDS']) {
      const text = `HOCKEY FINAL\n\nIN THE WOMEN'S FINAL ON SUNDAY, ${form} BEAT BELGIUM 3-1 WITH TWO GOALS FROM THE CAPTAIN.\n`;
      const shouting = form === 'THE NETHERLANDS';
      const [m] = analyzeArticle(shouting ? text : report.replace('the Netherlands', form), { registry: withSides }).entities.filter(
        (x) => x.text.toLowerCase().replace(/\s+/, ' ') === 'the netherlands',
      );
      assert.deepEqual(m?.candidates?.map((c) => c.entityId).sort(), ['netherlands', 'netherlands-hockey'], JSON.stringify(form));
    }
    const [country] = mentions('Trade\n\nFarmers in the Netherlands exported more tulips this year.\n', 'the Netherlands');
    assert.equal(country.entityId, 'netherlands');
    // "the Boyne" is registered apart from the bare "Boyne" of the river, whose name is "River Boyne": the "the" says which.
    const [river] = mentions('Floods\n\nThe water in the Boyne rose overnight, and Boyne Freight moved its lorries.\n', 'the Boyne');
    assert.equal(river.entityId, 'river-boyne');
    assert.equal(river.candidates, undefined);
  });

  it('leaves a country in running text and figures in other news alone', () => {
    assert.equal(cueAt('Seats after the count: Peru 71, Ecuador 67, Chile 63, the electoral office said.', 'Ecuador'), undefined);
    assert.equal(cueAt('Ecuador 2024 (a report) said exports rose.', 'Ecuador'), undefined);
    assert.equal(cueAt('The vote on the motion ended Ecuador 13 Chile 9, officials said.', 'Ecuador'), undefined);
    assert.equal(cueAt('Water polo is growing in Ecuador, where two pools opened.', 'Ecuador'), 'place');
  });
});
