/**
 * The general linking signals of shared names, one at a time, on inline text and an
 * inline registry written for these tests (not the evaluation set's): what the sentence
 * says about a name's kind (team, place, organization, person), "the" before a name,
 * the words of registered names being no context, "the other X" and place-qualified
 * mentions set against earlier decisions, an organization's short form following its
 * fuller name, a speaker following a person's full name, fuller names that disagree,
 * a list of places, and a mention's own evidence outweighing its form's other mentions.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle, type EntityMention, type Registry } from '../../server/src/analysis';
import { definiteOf } from '../../server/src/analysis/entities/disambiguate/definite';
import { entry, registryOfEntries } from '../support/registryEntries';
import { cueAt, spanOf } from '../support/spanOf';

const registry: Registry = registryOfEntries([
  entry('sweden', 'Sweden', 'place', { description: 'Country' }),
  entry('sweden-team', 'Sweden national football team', 'organization', { aliases: ['Sweden'], description: "Men's national team" }),
  entry('finland', 'Finland', 'place', { description: 'Country' }),
  entry('river-dee', 'River Dee', 'place', { aliases: ['Dee'], description: 'River through Chester to the Irish Sea' }),
  entry('dee-county', 'Dee', 'place', { description: 'Former district of Aberdeenshire' }),
  entry('falcon-motors', 'Falcon Motors', 'organization', { aliases: ['Falcon'], description: 'Electric bicycle maker, Leeds' }),
  entry('falcon-f1', 'Falcon F1', 'product', { aliases: ['Falcon', 'F1'], description: "Falcon Motors' first folding bicycle" }),
  entry('maria-lowe-singer', 'Maria Lowe', 'person', { aliases: ['Lowe'], description: 'Irish folk singer', roles: ['singer'] }),
  entry('maria-lowe-mayor', 'Maria Lowe', 'person', { aliases: ['Lowe'], description: 'Mayor of Harrogate', roles: ['mayor'] }),
  entry('derby-england', 'Derby', 'place', { description: 'City in the East Midlands, England' }),
  entry('derby-kansas', 'Derby', 'place', { aliases: ['Derby, Kansas'], description: 'City in Sedgwick County, Kansas' }),
  entry('kansas', 'Kansas', 'place', { description: 'US state' }),
  entry('ayr-united', 'Ayr United F.C.', 'organization', {
    aliases: ['Ayr United', 'United'],
    description: 'Scottish football club',
    roles: ['football club'],
  }),
  entry('dundee-united', 'Dundee United F.C.', 'organization', {
    aliases: ['Dundee United', 'United'],
    description: 'Scottish football club, Tayside',
    roles: ['football club'],
  }),
  entry('ayr', 'Ayr', 'place', { description: 'Town in South Ayrshire, Scotland' }),
  entry('ruth-ayr', 'Ruth Ayr', 'person', { aliases: ['Ayr'], description: 'MSP for Ayr (Lab)', roles: ['MSP'] }),
  entry('ayr-club', 'Ayr Rovers', 'organization', { aliases: ['Ayr'], description: 'Scottish football club, Ayrshire', roles: ['football club'] }),
  entry('jan-nowak', 'Jan Nowak', 'person', { aliases: ['Nowak'], description: 'Founder and chairman, Nowak Bakeries', roles: ['founder', 'chairman'] }),
  entry('nowak-bakeries', 'Nowak Bakeries', 'organization', { aliases: ['Nowak'], description: 'Bread and pastry maker, Leicester' }),
  entry('lena-grove', 'Lena Grove', 'person', { aliases: ['Grove'], description: 'Chief executive, Grove Timber', roles: ['chief executive'] }),
  entry('grove-timber', 'Grove Timber plc', 'organization', { aliases: ['Grove Timber', 'Grove'], description: "Builders' merchant, Essex" }),
  entry('larkhall', 'Larkhall', 'place', { description: 'Town in South Lanarkshire' }),
  entry('stonehouse', 'Stonehouse', 'place', { description: 'Village in South Lanarkshire' }),
  entry('elm-capital', 'Elm Capital', 'organization', { aliases: ['Elm'], description: 'Private equity firm, London' }),
  entry('elm-town', 'Elm', 'place', { description: 'Village in Cambridgeshire near Wisbech' }),
]);

function analyse(text: string): EntityMention[] {
  return analyzeArticle(text, { registry }).entities;
}

/** The linked id (or null) of each mention spelled `form`, in order. */
function idsOf(text: string, form: string): (string | null)[] {
  return analyse(text)
    .filter((m) => m.text.replace(/['’]s$/, '') === form)
    .map((m) => (m.registered ? m.entityId : null));
}

/** definiteOf at the first occurrence of `form` in `text`. */
function definiteAt(text: string, form: string) {
  return definiteOf(text, spanOf(text, form));
}

describe('what the sentence says about a name', () => {
  it('a team: its captain, fans or shirt after it; beating or hosting another', () => {
    assert.equal(cueAt('The firm signed a Sweden shirt deal.', 'Sweden'), 'team');
    assert.equal(cueAt('"I am a Sweden fan now," she said.', 'Sweden'), 'team');
    assert.equal(cueAt('Sweden edge Finland in Oslo.', 'Sweden'), 'team');
    assert.equal(cueAt("Finland host Sweden in Helsinki in Saturday's qualifier.", 'Sweden'), 'team');
    assert.equal(cueAt('Finland host Sweden for talks on trade.', 'Sweden'), undefined);
  });

  it('a team: playing, crushing or meeting another, leading by a margin, and the side of a scorer line', () => {
    assert.equal(cueAt('Sweden play Finland in Oslo next month.', 'Sweden'), 'team');
    assert.equal(cueAt('Sweden next face Finland in the semi-final.', 'Sweden'), 'team');
    assert.equal(cueAt('Lewis takes seven as Sweden crush Finland', 'Sweden'), 'team');
    assert.equal(cueAt('Sweden led by nine at half-time.', 'Sweden'), 'team');
    assert.equal(cueAt('Scorers: Sweden - Lindqvist 22, 61. Finland - Virtanen 51.', 'Sweden'), 'team');
    assert.equal(cueAt('Scorers: Sweden - Lindqvist 22, 61. Finland - Virtanen 51.', 'Finland'), 'team');
    assert.equal(cueAt('Sweden led the talks on trade.', 'Sweden'), undefined);
    assert.equal(cueAt('Sweden - the country of lakes - is 450 km long.', 'Sweden'), undefined);
  });

  it('a team in a match report: meeting it, scoring for it, at home to it; a plural verb after it opening a sentence', () => {
    assert.equal(cueAt('The winner will meet Sweden in the final, with the first game at home.', 'Sweden'), 'team');
    assert.equal(cueAt('Lindqvist, who scored for Sweden in the cup, was dropped.', 'Sweden'), 'team');
    assert.equal(cueAt('Finland are at home to Sweden in the league on Saturday.', 'Sweden'), 'team');
    assert.equal(cueAt('The league leaders lost. Sweden come to the stadium next Saturday.', 'Sweden'), 'team');
    assert.equal(cueAt('The minister will meet Sweden’s trade envoy on Monday.', 'Sweden'), undefined);
    assert.equal(cueAt('Exports grew. Sweden comes second in the table of exporters.', 'Sweden'), undefined);
  });

  it('a team: a score after it or after its verb, its defence, its play in a match report, a standings line', () => {
    assert.equal(cueAt('Sweden led 3-1 after two periods.', 'Sweden'), 'team');
    assert.equal(cueAt('Finland lost to Sweden. Sweden 4-3 Finland was the score.', 'Sweden'), 'team');
    assert.equal(cueAt('The Sweden defence conceded twice.', 'Sweden'), 'team');
    assert.equal(cueAt('"Sweden played well," the coach said after the match.', 'Sweden'), 'team');
    assert.equal(cueAt('Hockey standings after the game: 1. Sweden 41 pts, 2. Finland 39.', 'Sweden'), 'team');
    assert.equal(cueAt('Sweden played host to a trade fair on Monday.', 'Sweden'), undefined);
    assert.equal(cueAt('The agenda: 1. Sweden 2030, the energy plan.', 'Sweden'), undefined);
    assert.equal(cueAt('The result means Sweden will play in the final.', 'Sweden'), 'team');
    assert.equal(cueAt('After the break, Sweden take on Finland in the final.', 'Sweden'), 'team');
    assert.equal(cueAt('Sweden will play host to the climate summit.', 'Sweden'), undefined);
  });

  it("a place: one's minister, bridge or lads; in, through or parts of it; the city of it", () => {
    assert.equal(cueAt("Sweden's minister of culture and sport watched.", 'Sweden'), 'place');
    assert.equal(cueAt("the building of Derby's suspension bridge", 'Derby'), 'place');
    assert.equal(cueAt("He's a Derby lad through and through.", 'Derby'), 'place');
    assert.equal(cueAt('The river does not flow through Dee at all.', 'Dee'), 'place');
    assert.equal(cueAt('Mains burst, leaving parts of Derby without water.', 'Derby'), 'place');
    assert.equal(cueAt('A spokeswoman for the city of Derby said it was pleased.', 'Derby'), 'place');
  });

  it('an organization: it said something about its products; its deliveries', () => {
    assert.equal(cueAt('Nowak did not name the customer, but said the deal would take its bread to 600 stores.', 'Nowak'), 'organization');
    assert.equal(cueAt('Elm declined to say how much it was paying.', 'Elm'), 'organization');
    assert.equal(cueAt("The haulier has handled Nowak's deliveries since 2019.", 'Nowak'), 'organization');
  });

  it('an organization: its spokesman, shares or staff before it; a sentence about its jobs or staff', () => {
    assert.equal(cueAt('"Every day costs us money," a spokesman for Nowak said.', 'Nowak'), 'organization');
    assert.equal(cueAt('Shares in Nowak rose 4 percent.', 'Nowak'), 'organization');
    assert.equal(cueAt('Staff at Nowak were told on Monday.', 'Nowak'), 'organization');
    assert.equal(cueAt('The bakery said so. Nowak cut 60 jobs that year.', 'Nowak'), 'organization');
    assert.equal(cueAt('The bakery said so. "Nowak will keep every member of staff on full pay," the bakery said.', 'Nowak'), 'organization');
    assert.equal(cueAt('The bakery said so. Nowak will keep every member of staff on full pay.', 'Nowak'), 'organization');
    assert.equal(cueAt('The bakery said so. Nowak said he would keep his staff.', 'Nowak'), 'person');
  });

  it('a person: an age, "the younger", who, travelling', () => {
    assert.equal(cueAt('Nowak, 61, said the bakery would grow.', 'Nowak'), 'person');
    assert.equal(cueAt('The younger Nowak said the company would export.', 'Nowak'), 'person');
    assert.equal(cueAt('Lowe was due to travel on Wednesday to the camp.', 'Lowe'), 'person');
  });

  it('a speaker only when the name ends the reporting clause', () => {
    assert.equal(cueAt('"We will appeal," said Lowe.', 'Lowe'), 'speaker');
    assert.equal(cueAt('The minister said Sweden also needed long-term help with a plant.', 'Sweden'), undefined);
  });

  it('"the" before the name itself, not before a noun it modifies', () => {
    assert.equal(definiteAt('the Dee joins the Irish Sea', 'Dee'), 1);
    assert.equal(definiteAt('"The Falcon is the most solid bicycle I have tested," he wrote.', 'Falcon'), 1);
    assert.equal(definiteAt('He would sponsor the Sweden football team.', 'Sweden'), 0);
    assert.equal(definiteAt('Floods reached Dee on Sunday.', 'Dee'), 0);
  });

  it('"the" before a name followed by a word that opens what comes next: a preposition, a conjunction, "all", "this"', () => {
    assert.equal(definiteAt('Floods have affected towns along the Dee all week.', 'Dee'), 1);
    assert.equal(definiteAt('Anglers on the Dee at Chester caught nothing.', 'Dee'), 1);
    assert.equal(definiteAt('the Dee and its tributaries', 'Dee'), 1);
    assert.equal(definiteAt('the Dee this winter', 'Dee'), 1);
    assert.equal(definiteAt('the Dee football club', 'Dee'), 0);
  });

  it('"the" before a name with its possessive, at a line\'s end, before a river\'s verb, a relative pronoun or a time word', () => {
    assert.equal(definiteAt("a channel that takes part of the Dee's water east", 'Dee'), 1);
    assert.equal(definiteAt('Anglers fight over the water of the Dee\n\nThe council said', 'Dee'), 1);
    assert.equal(definiteAt('Grain ships leave half full as the Dee drops again', 'Dee'), 1);
    assert.equal(definiteAt('The Dee feeds most of the farms around the town.', 'Dee'), 1);
    assert.equal(definiteAt('The Dee that runs through Chester rises in Wales.', 'Dee'), 1);
    assert.equal(definiteAt('"It can happen on the Dee tomorrow," she said.', 'Dee'), 1);
    assert.equal(definiteAt('the Dee players celebrated', 'Dee'), 0);
    assert.equal(definiteAt('stop discharging waste water into the Dee within 90 days', 'Dee'), 1);
    assert.equal(definiteAt('Heavy rains swell the Dee as warm sea brings early wet season', 'Dee'), 1);
    assert.equal(definiteAt('but the Dee ran high and brown with mud', 'Dee'), 1);
    assert.equal(definiteAt('farms by the Dee for three generations', 'Dee'), 1);
  });
});

describe('the signals decide shared names in context', () => {
  it('a country and its national team: the team cue and the place cue', () => {
    const text = "Sweden edge Finland in Oslo\n\nSweden beat Finland 2-1 on Tuesday. Sweden's minister of culture and sport watched from the stand.";
    assert.deepEqual(idsOf(text, 'Sweden'), ['sweden-team', 'sweden-team', 'sweden']);
  });

  it('a lake is rowed, sailed and has shores; its town is not', () => {
    assert.equal(cueAt('Forty pupils rowed the length of Elterwater on Saturday.', 'Elterwater'), 'water');
    assert.equal(cueAt('Cottages line the shores of Elterwater.', 'Elterwater'), 'water');
    assert.equal(cueAt('She sailed across Elterwater in a dinghy.', 'Elterwater'), 'water');
    assert.notEqual(cueAt('The bus to Elterwater leaves at noon.', 'Elterwater'), 'water');
    // A university's students and departments are no town's.
    assert.equal(cueAt('"Elterwater has 32,000 students living here," she said.', 'Elterwater'), 'organization');
    assert.equal(cueAt("She leads Elterwater's engineering department.", 'Elterwater'), 'organization');
    assert.notEqual(cueAt('Elterwater has 320 residents.', 'Elterwater'), 'organization');
    // A school's pupils and head: "X pupils row the length of …" is the school.
    assert.equal(cueAt('Elterwater pupils row the length of the lake for charity', 'Elterwater'), 'organization');
    assert.notEqual(cueAt('Elterwater people row the length of the lake for charity', 'Elterwater'), 'organization');
    // A share of a place's people: "Half of X is up here today"; not a share of what X owns.
    assert.equal(cueAt('"Half of Elterwater is up here today," he said.', 'Elterwater'), 'place');
    assert.notEqual(cueAt("Half of Elterwater's sales go abroad.", 'Elterwater'), 'place');
    // What only water does, said of the name as the subject of its sentence or clause; not of a name further in.
    assert.equal(cueAt('Patrols as Elterwater rises towards a record', 'Elterwater'), 'water');
    assert.equal(cueAt('Elterwater burst its banks on Sunday.', 'Elterwater'), 'water');
    assert.notEqual(cueAt('The beck that runs through Elterwater rises in the fells.', 'Elterwater'), 'water');
    const lakes = registryOfEntries([
      entry('elterwater-village', 'Elterwater', 'place', { description: 'Village in Great Langdale, Cumbria, on the lake' }),
      entry('elterwater-lake', 'Elterwater', 'place', { aliases: ['Elter Water'], description: 'Small lake in Great Langdale, Cumbria' }),
    ]);
    const text = 'Pupils from the village school rowed the length of Elterwater on Saturday to raise money for the rescue team.';
    const found = analyzeArticle(text, { registry: lakes }).entities.filter((m) => m.text === 'Elterwater');
    assert.deepEqual(
      found.map((m) => (m.registered ? m.entityId : null)),
      ['elterwater-lake'],
    );
  });

  it('a river after "the" is no person of that name, whatever follows it', () => {
    const people = registryOfEntries([
      entry('river-tame', 'River Tame', 'place', { aliases: ['Tame'], description: 'River through Tamworth to the Trent' }),
      entry('ann-tame', 'Ann Tame', 'person', { aliases: ['Tame'], description: 'Councillor, Tamworth', roles: ['councillor'] }),
    ]);
    const text = 'Councillor Ann Tame opened the new weir on Monday.\n\nFloods have affected towns along the Tame all week.';
    const found = analyzeArticle(text, { registry: people }).entities.filter((m) => m.text === 'Tame');
    assert.deepEqual(
      found.map((m) => (m.registered ? m.entityId : null)),
      ['river-tame'],
    );
  });

  it('a river takes "the", the district does not', () => {
    const text = 'Many people are surprised that the Dee does not flow through Dee at all. The Dee rises in Wales.';
    assert.deepEqual(idsOf(text, 'Dee'), ['river-dee', 'dee-county', 'river-dee']);
  });

  it('a product written with "the", its maker doing what companies do', () => {
    const text =
      'Falcon Motors unveiled its first folding bicycle on Monday in Leeds.\n\nFalcon employs 80 people and sold 4,000 bicycles last year.\n\n"The Falcon is the first folding bicycle I would buy," wrote one reviewer.';
    assert.deepEqual(idsOf(text, 'Falcon'), ['falcon-motors', 'falcon-f1']);
  });

  it('"the other Maria Lowe" is not the one named before', () => {
    const text =
      'The Irish folk singer Maria Lowe walked out and told the audience she had been warned that "the other Maria Lowe" was sitting in row F. The mayor waved from his seat.';
    assert.deepEqual(idsOf(text, 'Maria Lowe'), ['maria-lowe-singer', 'maria-lowe-mayor']);
  });

  it('a place written with a qualifier is told apart, and the unqualified mentions are the other place', () => {
    const text =
      'Derby council approved the tram plan on Monday.\n\nCouncillors pointed to Derby in Kansas, which opened a line in 2015. Derby hopes to follow.';
    assert.deepEqual(idsOf(text, 'Derby'), ['derby-england', 'derby-kansas', 'derby-england']);
  });

  it("an organization's short form follows its fuller name before it", () => {
    const text =
      'Ayr United beat Dundee United 2-1 at Somerset Park.\n\nThe fixture was arranged after Ayr United and Dundee United agreed a date. United manager Tom Reid said the result was fair.';
    assert.deepEqual(idsOf(text, 'United'), ['dundee-united']);
  });

  it("a speaker's surname follows the person's full name; the town in a list of places stays a town", () => {
    const text =
      'Ruth Ayr has written to the water company.\n\nThe MSP for Ayr, Larkhall and Stonehouse said families faced higher bills.\n\n"People have been patient," Ayr said. "I want answers."';
    assert.deepEqual(idsOf(text, 'Ayr'), ['ayr', 'ruth-ayr']);
  });

  it('after two people of one surname, an unregistered nearest one with a person cue keeps the mention unlinked', () => {
    const text =
      'Founder and chairman Jan Nowak opened the bakery in 2004.\n\nDay-to-day running passed to his son, Piotr Nowak. The younger Nowak said the company would now look at exports.';
    assert.deepEqual(idsOf(text, 'Nowak'), [null]);
  });

  it("a registered name's words are no context: the chief executive's company, not her, negotiates with its suppliers", () => {
    const text =
      'Chief executive Lena Grove told investors that the company expected demand to recover, and that Grove was negotiating shorter contracts with its suppliers. Grove Timber shares rose.';
    assert.deepEqual(idsOf(text, 'Grove'), ['grove-timber']);
  });

  it('a place the registry has only as a country, written as a team in a match report, stays unlinked', () => {
    const text = 'Sweden beat Norway 2-1 in Oslo on Tuesday.\n\nSweden host Finland in Stockholm in a fortnight, a game they must win to top the group.';
    const finland = analyse(text).find((m) => m.text === 'Finland')!;
    assert.equal(finland.registered, false);
    assert.equal(finland.type, 'organization');
    assert.deepEqual(
      finland.candidates?.map((c) => c.entityId),
      ['finland'],
    );
    assert.deepEqual(idsOf('The minister said the case against Finland would be heard in May.', 'Finland'), ['finland']);
    assert.deepEqual(idsOf('Trade talks with Finland resume on Monday.', 'Finland'), ['finland']);
  });

  it("one sense per article gives way to a mention's own clear context", () => {
    const text =
      'The festival in Elm, a village near Wisbech, opened on Friday. The village hall was full.\n\nIts new sponsor is Elm Capital, the London private equity firm. Elm declined to say how much it was paying. Elm has hosted the festival since 2009.';
    const ids = idsOf(text, 'Elm');
    assert.equal(ids[0], 'elm-town');
    assert.equal(ids[1], 'elm-capital');
  });
});
