/**
 * Cues read in stop 38 from a third set's mistakes for general causes: a list of sport briefs
 * gives each brief the sport of its own slug; a dateline is a name in capitals opening its line
 * and then a comma, a parenthesis or a dash, and is a place; what a river is doing ("the Ba
 * running high", "spills into town"), a river beside which something is; a share of a place
 * ("the whole of X"); what a made thing costs; a side's games after its possessive and its
 * training squad; a final "between" two sides; "past" only after a side or a verb of passing;
 * the main street of a town, arriving in one on a day, and a distance, which is a town's.
 * Inline text and inline registries written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { inDateline, placeKindAfter, placeKindBefore } from '../../server/src/analysis/entities/disambiguate/placeKind';
import { briefSport } from '../../server/src/analysis/entities/disambiguate/sport';
import type { EntityMention } from '../../server/src/analysis/types';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { spanOf } from '../support/spanOf';

/** The cue of the last occurrence of `form`. */
function cueAtLast(text: string, form: string) {
  const start = text.lastIndexOf(form);
  return cueOf(text, { start, end: start + form.length });
}

describe('briefs and datelines', () => {
  const briefs =
    'SPORT IN BRIEF\n\nBasketball-Velden edge Orsa to go second\n\nVelden beat Orsa 81-79 on Sunday.\n\n' +
    'Soccer-Marland lose at home in friendly\n\nMarland lost 3-0 to Orsania in a friendly on Saturday.\n\n' +
    'Ice festival-Horse sleds on the lake\n\nAbout 6,000 visitors came.';

  it('each brief has the sport of its own slug, and a slug that names none gives none', () => {
    assert.equal(briefSport(briefs, briefs.indexOf('Velden beat')), 'basketball');
    assert.equal(briefSport(briefs, briefs.indexOf('Marland lost')), 'football');
    assert.equal(briefSport(briefs, briefs.indexOf('About 6,000')), undefined);
    assert.equal(briefSport('No slug here. Velden won.', 20), undefined);
  });

  it('a side of another sport is no reading of a name in a brief about this one', () => {
    const registry = registryOfEntries([
      entry('marland', 'Marland', 'place', { description: 'Country in central Asia' }),
      entry('marland-basketball', 'Marland national basketball team', 'organization', {
        aliases: ['Marland'],
        description: "Marland's national basketball team",
      }),
    ]);
    assert.deepEqual(idsOf(briefs, registry, 'Marland'), [null, null]);
  });

  it('a dateline is a name in capitals opening its line, then a comma, a parenthesis or a dash', () => {
    const at = (text: string, form: string): EntityMention => ({ ...spanOf(text, form), text: form, type: 'place' }) as EntityMention;
    assert.ok(inDateline('VELDEN, March 3 (Wire) - The day', at('VELDEN, March 3 (Wire) - The day', 'VELDEN')));
    assert.ok(inDateline('Story\n\nVELDEN (Wire) - The day', at('Story\n\nVELDEN (Wire) - The day', 'VELDEN')));
    assert.ok(!inDateline('Story\n\nCMT said it had spent 4 million euros.', at('Story\n\nCMT said it had spent 4 million euros.', 'CMT')));
  });

  it('a dateline is the town the story was filed from, never a club of its name', () => {
    const registry = registryOfEntries([
      entry('velden', 'Velden', 'place', { description: 'Capital of Marland' }),
      entry('velden-khans', 'Velden Khans', 'organization', { aliases: ['Velden'], description: 'Basketball club of Velden in the Marland league' }),
    ]);
    const text =
      "SPORT IN BRIEF - Marland, March 3\n\nVELDEN, March 3 (Wire) - The day's basketball news in brief.\n\n" +
      'Basketball-Orsa edge Khans\n\nOrsa beat the Velden Khans 81-79 in the league on Sunday. The Velden Khans club, the league leaders, ' +
      'lost their second game in a row, and the Khans coach said the club would sign a guard.\n';
    assert.deepEqual(idsOf(text, registry, 'VELDEN'), ['velden']);
  });
});

describe('rivers, shares, things and sides', () => {
  it('what a river is doing, and a river beside which something is', () => {
    assert.equal(cueAtLast('the match was played with the Velde running high a few hundred metres away', 'Velde'), 'water');
    assert.equal(cueAtLast('Velde spills into town centre', 'Velde'), 'water');
    assert.equal(cueAtLast('he learned the game on an outdoor court beside the Velde.', 'Velde'), 'water');
    assert.notEqual(cueAtLast('he learned the game beside the Velde club house', 'Velde'), 'water');
  });

  it('"the whole of X" is a place', () => {
    assert.equal(cueAtLast('"The whole of Marland is watching," he said.', 'Marland'), 'place');
  });

  it('what a made thing costs, after "the X"', () => {
    assert.equal(cueAtLast('Dealers say the Khanda still costs more than a used import.', 'Khanda'), 'thing');
    assert.notEqual(cueAtLast('Dealers say Khanda still costs them money.', 'Khanda'), 'thing');
  });

  it("a side's games after its possessive, and its training squad", () => {
    assert.equal(cueAtLast("a calf injury has kept him out of Marland's last two matches", 'Marland'), 'team');
    assert.equal(cueAtLast("Marland's World Cup qualifier against Orsa will go ahead", 'Marland'), 'team');
    assert.equal(cueAtLast('He was called into the Marland training squad last year.', 'Marland'), 'team');
    assert.notEqual(cueAtLast("Marland's game parks are full", 'Marland'), 'team');
  });

  it('a final "between" two sides, "past" after a side, a plural "lose", and a side that has not won', () => {
    const report = 'Rewa won 13-9. Rewa will play the winners of the semi-final between Velden and Orsa.';
    assert.equal(cueAtLast(report, 'Velden'), 'team');
    assert.equal(cueAtLast('Basketball-Quiroga carries Taronja past Velden in overtime\n\nTaronja beat Velden 102-97.', 'Velden'), 'team');
    assert.notEqual(cueAtLast('We won 1-0 at home. The road is being rebuilt past Velden, so we took the train.', 'Velden'), 'team');
    assert.equal(cueAtLast('Soccer-Velden lose at home\n\nThey lost 3-0.', 'Velden'), 'team');
    assert.equal(cueAtLast('He said his side deserved a draw after the 1-0 defeat. Marland have not won an away qualifier since 2019.', 'Marland'), 'team');
  });
});

describe('the kind of place: a main street, arriving on a day, a distance', () => {
  const before = (text: string, form: string) => placeKindBefore(text, spanOf(text, form));
  const after = (text: string, form: string) => placeKindAfter(text, spanOf(text, form));

  it('is a town', () => {
    assert.equal(before('put the main street of Velden under knee-deep water', 'Velden'), 'settlement');
    assert.equal(before('The club said Vasić would arrive in Velden on Thursday.', 'Velden'), 'settlement');
    assert.equal(before('Thomas Mackley arrived in Velden in 1874 from Orsa.', 'Velden'), undefined, 'settlers arrive in regions too');
    assert.equal(after('Velden is more than 1,400 km west of Orsa by road.', 'Velden'), 'settlement');
  });
});
