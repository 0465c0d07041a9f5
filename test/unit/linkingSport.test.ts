/**
 * The sport signal of the linker (disambiguate/sport.ts): a registry seldom holds every
 * national side of a country, so the side it holds is a reading of "Argentina" only when
 * the article speaks of its sport; and a mention whose context reads most like a team of
 * another sport names a side the registry lacks, so it stays unlinked rather than falling
 * to the country. Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { articleSport, sportAgrees, sportOf } from '../../server/src/analysis/entities/disambiguate/sport';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';

describe('which sport a text speaks of', () => {
  it('names one sport, or none when it names several', () => {
    assert.equal(sportOf("Tarvonia's men's fifteen-a-side rugby union team"), 'rugby');
    assert.equal(sportOf('the national rugby sevens side'), 'sevens');
    assert.equal(sportOf('a women’s water polo team'), 'water polo');
    assert.equal(sportOf('He played rugby and football at school.'), undefined);
    assert.equal(sportOf('The bridge reopened on Monday.'), undefined);
  });

  it('reads a bare "football" as the code the text names in full', () => {
    assert.equal(sportOf('Gaelic football: the county football final'), 'gaelic football');
    assert.equal(articleSport('Gaelic football returns. The football season starts in May, and football clubs are ready.'), 'gaelic football');
  });

  it("takes an article's sport from the one it names more than all others together", () => {
    assert.equal(articleSport('The football qualifier… football fans… a rugby ground nearby.'), 'football');
    assert.equal(articleSport('The football qualifier… a rugby ground… a cricket pavilion.'), undefined);
    assert.equal(articleSport('One football score.'), undefined);
    // Rugby and sevens are one game; the more often named decides which.
    assert.equal(articleSport('The sevens tournament, the rugby union said, and the sevens final and sevens crowd.'), 'sevens');
    assert.equal(articleSport('A rugby test, rugby fans and the rugby union; he once played sevens.'), 'rugby');
  });

  it("reads an article's sport from the words only its game uses when it names the sport once or never", () => {
    const rugby =
      'Hosts edge visitors\n\nThe hosts won 26-20 in the rugby test. Fans also watched the football.\n\nHosts 26 - Tries: Ando, Beko. Conversions: Ando 2.\nVisitors 20 - Tries: Cruz. Penalties: Diaz 3.';
    assert.equal(articleSport(rugby), 'rugby');
    assert.equal(articleSport('Patel took four wickets and the batsmen never settled; the last man was lbw.'), 'cricket');
    assert.equal(articleSport('He scored on the power-play goal and the goaltender stopped 30 shots; the puck never crossed again.'), 'hockey');
    // A basketball report that names its game once: three-point attempts, "14 rebounds", a player who fouled out.
    assert.equal(
      articleSport('He played all his basketball at home. He hit five of his seven three-point attempts; Petrovic had 14 rebounds and fouled out late.'),
      'basketball',
    );
    // Business and political English is no basketball: shares that rebounded, a three-point plan (twice, beside "basketball" once).
    assert.equal(
      articleSport('Basketball fans watched as shares rebounded; the minister set out a three-point plan, then a second three-point plan.'),
      undefined,
    );
    // Words of a rugby report do not tell sevens from fifteens: the sport named more often still decides.
    assert.equal(articleSport('The sevens final and the sevens crowd, said the rugby union.\nTries: Ando, Beko.'), 'sevens');
    // Words other codes share are not counted: a goalkeeper does not make a Gaelic football final soccer.
    assert.equal(articleSport('The Gaelic football final. Their goalkeeper saved twice and football fans cheered.'), 'gaelic football');
    // Ordinary and business English is no sport: "tries", "rebounded", a Scrum team, a pitcher of water, a goalkeeper of any game.
    assert.equal(
      articleSport('She tries again. Shares rebounded as the Scrum team shipped; a pitcher of water; the goalkeeper and the midfielder.'),
      undefined,
    );
  });

  it('lets a sentence saying "rugby" stand for a sevens side, not the reverse', () => {
    assert.equal(sportAgrees('rugby', 'sevens'), true);
    assert.equal(sportAgrees('sevens', 'rugby'), false);
    assert.equal(sportAgrees('football', 'rugby'), false);
    assert.equal(sportAgrees(undefined, 'rugby'), true);
  });
});

describe('a national side of another sport', () => {
  const registry = registryOfEntries([
    entry('tarvonia', 'Tarvonia', 'place', { description: 'Country in the south of the continent; capital Velmar' }),
    entry('tarvonia-rugby', 'Tarvonia national rugby union team', 'organization', {
      aliases: ['Tarvonia'],
      description: "Tarvonia's men's fifteen-a-side rugby team",
    }),
    entry('ostrava-fc', 'Ostrava Rovers', 'organization', { description: 'Football club' }),
  ]);

  it('is not what a football report names: the mention stays unlinked, not the country', () => {
    const text =
      'Qualifier ends level\n\nTarvonia drew 1-1 with Meridia in the football qualifier on Tuesday, the national team’s third draw in a row.\n\n' +
      'The Tarvonia side now need a win in their last football match to reach the finals.';
    assert.deepEqual(idsOf(text, registry, 'Tarvonia'), [null, null]);
  });

  it('is what a rugby report names', () => {
    const text =
      'Test ends level\n\nTarvonia drew 19-19 with Meridia in the rugby test on Saturday, the national team’s third draw in a row.\n\n' +
      'The Tarvonia side now need a win in their last rugby match of the year.';
    assert.deepEqual(idsOf(text, registry, 'Tarvonia'), ['tarvonia-rugby', 'tarvonia-rugby']);
  });

  it("is not the women's side either: a women's team the registry lacks stays unlinked", () => {
    const text = 'Women to play at home\n\nThe Tarvonia women’s team play Meridia in the capital on Sunday, the rugby union said.';
    assert.deepEqual(idsOf(text, registry, 'Tarvonia'), [null]);
  });

  it("is no reading of a rugby report's country that names the game by its scorers' lines, not by name", () => {
    const water = registryOfEntries([
      entry('tarvonia', 'Tarvonia', 'place', { description: 'Country in the south of the continent; capital Velmar' }),
      entry('tarvonia-water-polo', 'Tarvonia national water polo team', 'organization', {
        aliases: ['Tarvonia'],
        description: "Tarvonia's men's water polo team",
      }),
    ]);
    const text =
      'Hosts win in the rain\n\nMeridia beat Ostrava 26-20 in the rugby test on Saturday. Fans had watched the football the night before.\n\n' +
      'Meridia play Tarvonia next Saturday. Tarvonia, who lost 41-10 to Ostrava last month, are on their first tour.\n\n' +
      'Scorers:\nMeridia 26 - Tries: Ando, Beko, Cruz. Conversion: Ando. Penalties: Ando 3.\nOstrava 20 - Tries: Diaz, Eto. Conversions: Fox 2. Penalties: Fox 2.';
    assert.deepEqual(idsOf(text, water, 'Tarvonia'), [null, null]);
  });

  it('leaves the country where the article speaks of it as a place', () => {
    const text = 'Drought in the south\n\nFarmers in Tarvonia said on Monday that the football season would go on despite the drought.';
    assert.deepEqual(idsOf(text, registry, 'Tarvonia'), ['tarvonia']);
  });
});

describe('towns named as the sides of a match report', () => {
  const registry = registryOfEntries([
    entry('manchester-nh', 'Manchester', 'place', { aliases: ['Manchester, New Hampshire'], description: 'City in New Hampshire on the Merrimack River' }),
    entry('manchester-vt', 'Manchester', 'place', { aliases: ['Manchester, Vermont'], description: 'Town in southern Vermont' }),
    entry('portland-gulls', 'Portland Gulls', 'organization', {
      aliases: ['Gulls', 'Portland'],
      description: 'Minor-league ice hockey team in Portland, Maine',
    }),
    entry('portland-maine', 'Portland', 'place', { aliases: ['Portland, Maine'], description: 'City in Maine' }),
  ]);
  const text =
    'Gulls edge Manchester in overtime\n\nThe Portland Gulls beat Manchester 4-3 in overtime on Saturday in the Northeast hockey league.\n\n' +
    'Manchester led 3-1 after two periods. "Manchester played well for forty minutes," the Gulls coach said.\n\n' +
    'Standings: 1. Portland 41 pts, 2. Manchester 39.\n\nThe Manchester defence conceded twice in the third. Fans from Manchester filled a third of the arena.';

  it('leave the towns unlinked where they play, and link the registered club; a town one comes from is the town', () => {
    assert.deepEqual(idsOf(text, registry, 'Manchester'), [null, null, null, null, null, null, 'manchester-nh']);
    assert.deepEqual(idsOf(text, registry, 'Portland'), ['portland-gulls']);
  });
});

describe('an article that speaks of no game', () => {
  const registry = registryOfEntries([
    entry('tarvonia', 'Tarvonia', 'place', { description: 'Country in East Africa' }),
    entry('tarvonia-sevens', 'Tarvonia Sevens', 'organization', {
      aliases: ['Tarvonia'],
      description: 'Tarvonia national rugby sevens side',
    }),
  ]);

  it('reads no team in a country\'s name, even where "side" and a plural verb are near ("Velmar and Tarvonia have argued")', () => {
    const text =
      'Dairy plant to open at the border\n\nA milk processor will build a plant on the Tarvonian side of the border. ' +
      'On the other side the reaction was cooler. Velmar and Tarvonia have argued over milk before.\n';
    assert.deepEqual(idsOf(text, registry, 'Tarvonia'), ['tarvonia']);
  });

  it('is not made a match report by a date written year-month-day ("2024-11-09" is no score)', () => {
    const text =
      '---\ndate: 2024-11-09\n---\nDairy plant to open at the border\n\nA milk processor will build a plant on the Tarvonian side of the border, ' +
      'its filing of 2023-10-02 says. On the other side the reaction was cooler. Velmar and Tarvonia have argued over milk before.\n';
    assert.deepEqual(idsOf(text, registry, 'Tarvonia'), ['tarvonia']);
  });

  it("still reads the team where the mention's own sentence names its sport, though the article names it only there", () => {
    const text = 'Holiday declared\n\nTarvonia declared a holiday on Monday. In rugby sevens, Tarvonia retained the title.\n';
    assert.equal(idsOf(text, registry, 'Tarvonia')[1], 'tarvonia-sevens');
  });

  it('still reads the team where the article has a game in it', () => {
    const text = 'Sevens final\n\nTarvonia beat Velmar 21-14 in the final on Sunday, and the coach praised the side.\n';
    assert.deepEqual(idsOf(text, registry, 'Tarvonia'), ['tarvonia-sevens']);
  });
});
