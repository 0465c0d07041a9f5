/**
 * The words around a mention that say what it names (disambiguate/cue.ts), each read off a
 * linking set's mistakes for a general cause: a company in numbers, travelling to a town, a
 * side in a match report, a place by its people, a made thing. Inline sentences written for
 * these tests, with made-up names.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';

describe('what the words around a name say it is', () => {
  const cue = (text: string, form: string, nth = 0) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(form, at + 1);
    return cueOf(text, { start: at, end: at + form.length });
  };

  it("a company in numbers: a payroll, a yearly output, a filing; not a writer's copies sold", () => {
    assert.equal(cue('Velden now employs about 5,600 people at two mills.', 'Velden'), 'organization');
    assert.equal(cue('Velden sells about 2.1 million bottles a year.', 'Velden'), 'organization');
    assert.equal(cue('It will add 450 jobs, Velden said in a filing on Thursday.', 'Velden'), 'organization');
    assert.notEqual(cue('Velden sold two million copies of her first novel.', 'Velden'), 'organization');
  });

  it('one flies home or travels to a town, not to its club', () => {
    assert.equal(cue('The side lost 2-1. They fly home to Velden on Monday.', 'Velden'), 'place');
    assert.equal(cue('The Nagas fly back to Velden on Monday after the 3-1 defeat.', 'Velden'), 'place');
    assert.equal(cue('They stay fourth after the 4-2 win and travel to Velden on Friday.', 'Velden'), 'place');
  });

  it('a side in a match report: "against", a cricket declaration and score, "had won both", "had trailed"', () => {
    const report = ' The match was the first of the season.';
    assert.equal(cue('The tournament continues with Velden against Orsa.' + report, 'Velden'), 'team');
    assert.equal(cue('Perera made 131 as Velden declared their second innings.' + report, 'Velden'), 'team');
    assert.equal(cue('Scores: Velden 386 and 254-4 dec (Perera 131); Orsa 200 and 62-2.', 'Velden'), 'team');
    assert.equal(cue('Velden had won both previous meetings this season.', 'Velden'), 'team');
    assert.equal(cue('Velden had trailed since the 22nd minute of the match.', 'Velden'), 'team');
    assert.notEqual(cue('Protesters marched against Orsa in Velden against the new law.', 'Velden'), 'team');
  });

  it('more of a side in a match report: a list after "against", its coach, its scorer line, "stay", "who lead", "missed their", "had led by"', () => {
    const report = ' The match ended 2-1.';
    assert.equal(cue('He was called up for the qualifiers against Croatia and Velden in March.' + report, 'Velden'), 'team');
    assert.equal(cue('The Korean coach of Velden said the team had been too polite.' + report, 'Velden'), 'team');
    assert.equal(cue('Scorers Velden: Nowak 17, Dziuba 41. The game ended 4-2.', 'Velden'), 'team');
    assert.equal(cue('Velden stay fifth after the 81-80 defeat.', 'Velden'), 'team');
    assert.equal(cue('He has scored 14 league goals for Velden, who lead the league by four points.' + report, 'Velden'), 'team');
    assert.equal(cue('Velden missed their last two shots.' + report, 'Velden'), 'team');
    assert.equal(cue('Velden had led by 14 in the third quarter.' + report, 'Velden'), 'team');
  });

  it("a side that won that game or must beat another; a place of so many people; a university's department", () => {
    assert.equal(cue('Shetland won that game 2-0, and the result means Orkney must beat them next year.', 'Shetland'), 'team');
    assert.equal(cue('Shetland won that game 2-0, and the result means Orkney must beat them next year.', 'Orkney'), 'team');
    assert.equal(cue('Velden has around 22,000 people and a ferry.', 'Velden'), 'place');
    assert.equal(cue("She spends two days a week in Velden's engineering department.", 'Velden'), 'organization');
    assert.equal(cue('She spends two days a week in Velden.', 'Velden'), 'place');
  });

  it('a side that "then defended deep", "the Velden club"; a side returns home to its town', () => {
    const report = ' The match ended 2-1.';
    assert.equal(cue('Velden then defended deep and might have doubled the lead.' + report, 'Velden'), 'team');
    assert.equal(cue('Some fans of the Velden club raised it again.' + report, 'Velden'), 'team');
    assert.equal(cue('His side return home to Velden for two matches.' + report, 'Velden'), 'place');
  });

  it('a town before its mayor, a river that bursts its banks in a headline', () => {
    assert.equal(cue('Velden mayor Petra Svobodova said the city would not take sides.', 'Velden'), 'place');
    assert.equal(cue('Velde bursts banks as rains reach the lake', 'Velde'), 'water');
  });

  it('a national side in a match report: came from behind, a win over, lifted to second in the group, coached, played sevens for', () => {
    const report = ' The qualifier ended 2-1.';
    assert.equal(cue('Soccer-Dawit double gives Velden comeback win over Orsa' + report, 'Velden'), 'team');
    assert.equal(cue('Dawit scored twice as Velden came from behind to beat Orsa.' + report, 'Velden'), 'team');
    assert.equal(cue('The result lifts Velden to second in the group, a point behind Orsa.' + report, 'Velden'), 'team');
    assert.equal(cue('Bakotic, who coached Velden at two world championships, was pleased.' + report, 'Velden'), 'team');
    assert.equal(cue('He played sevens for Velden as a teenager.' + report, 'Velden'), 'team');
    assert.notEqual(cue('The result lifts Velden to second in the group.', 'Velden'), 'team', 'no match report, no team');
  });

  it('a people by what its people do; a motorway or a ferry between two places', () => {
    assert.equal(cue('Most of them are Velden farmers who grow coffee in the shade.', 'Velden'), 'people');
    assert.equal(cue('It shows portraits of Velden sheep herders and weavers.', 'Velden'), 'people');
    assert.equal(cue('Velden farmed there for years.', 'Velden'), undefined);
    assert.equal(cue('Snow closed the motorway between Velden and Orsa for two hours.', 'Velden'), 'place');
    assert.equal(cue('The ferry linking Velden with the islands sails twice a day.', 'Velden'), 'place');
  });

  it("a transfer, a place in the standings, a scorer list and a scrum are a match report's; three scores make the whole article one", () => {
    assert.equal(cue('Massawe, a Moshi native who joined from Velden last year, scored twice in the match.', 'Velden'), 'team');
    assert.equal(cue('She joined from Velden in 2019 and opened a bakery.', 'Velden'), 'place', 'no match report: the town');
    assert.equal(cue('The Faucons are fourth, two points behind Velden, after the match.', 'Velden'), 'team');
    assert.equal(cue('Scorers: Munteanu 9, Solheim 6. Cluj host Velden.', 'Velden'), 'team');
    assert.equal(cue('We were penalised at every scrum. His side host Velden next Saturday.', 'Velden'), 'team');
    const farAway =
      'Basketball-Orsa won 83-71, Brill 90-88 and Kessel 77-70 in basketball on the opening day. ' + 'The club also sold its old training ground. '.repeat(8);
    assert.equal(cue(farAway + 'The Leoni play Velden on Sunday.', 'Velden'), 'team');
    const votes = 'The court ruled 5-4, the Senate voted 52-48 and the House 220-210 on the bill. ' + 'The club also sold its old training ground. '.repeat(8);
    assert.equal(cue(votes + 'The Leoni play Velden on Sunday.', 'Velden'), undefined, 'votes in an article about no sport');
    assert.equal(cue('The club also sold its old training ground. '.repeat(8) + 'The Leoni play Velden on Sunday.', 'Velden'), undefined);
  });

  it('a river one crosses by a bridge; national sides one plays or is named in a squad for; a headline side that holds off another', () => {
    const report = ' The match ended 2-1 in the second half.';
    assert.equal(cue('Fans crossed the bridge over the Velde, its banks edged with ice.', 'Velde'), 'water');
    assert.equal(cue('"I am not going to play for Velden any time soon," he said.' + report, 'Velden'), 'team');
    assert.equal(cue('He has been named in a squad for Velden but has not yet played.' + report, 'Velden'), 'team');
    assert.equal(cue("He played at last summer's qualifiers for Velden." + report, 'Velden'), 'team');
    assert.equal(cue('Soccer-Velden hold off Orsa to reach final\n\nVelden beat Orsa 2-1.', 'Velden'), 'team');
    assert.equal(cue('Soccer-Velden have the edge\n\nThe match ended 2-1.', 'Velden'), 'team', "a slug's headline opens a sentence");
    assert.equal(cue('Basketball-Velden stun Orsa in overtime\n\nThe game ended 90-88.', 'Velden'), 'team');
    assert.equal(cue('Line score: Velden 010 210 000 - 4 9 1\nOrsa 000 010 202 - 5 8 0 in the game.', 'Velden'), 'team');
    assert.equal(cue('Standings (won, lost): Herrera 24 12 Orsa 19 17 Velden 13 23 after the game.', 'Velden'), 'team');
  });

  it("a river's lower reaches and the water sent down it; a place one has been to; one end of a stretch of land that ends at the sea", () => {
    assert.equal(cue('Officials warned people living along the lower Velde to prepare for flooding.', 'Velde'), 'water');
    assert.equal(cue('A late thaw had sent meltwater down the Velde while the lower river was frozen.', 'Velde'), 'water');
    assert.equal(cue('"I had to tell them I have never been to Velden," he said.', 'Velden'), 'place');
    assert.equal(cue('He proposes raising 60 kilometres of levee between Velden and the sea.', 'Velden'), 'place');
    assert.notEqual(cue('The final between Velden and Orsa ended 2-1.', 'Velden'), 'place');
  });

  it('what only rivers do, in a headline: flood farmland, rise together', () => {
    assert.equal(cue('Velde floods farmland on both banks as towns brace', 'Velde'), 'water');
    assert.equal(cue('Velde and Siret rise as storms hit the east', 'Velde'), 'water');
    assert.notEqual(cue('In Velden the council rose to applaud.', 'Velden'), 'water');
  });
});
