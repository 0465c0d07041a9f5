/**
 * A founder and the company that bears her name (issue 10): the words after a bare surname
 * say which one a sentence means. "Pruitt itself lost money" and "the shares of Pruitt" are
 * the company; "Pruitt himself said" is a person; spending millions is what a company does,
 * spending four days what a person does. Inline text and an inline registry written here.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { entry, idsOf, registryOfEntries } from '../support/registryEntries';
import { cueAt } from '../support/spanOf';

describe('what the words around a surname say it is', () => {
  it('a reflexive pronoun: "itself" no person (a company, or a place: stop 39), "himself" or "herself" a person', () => {
    assert.equal(cueAt('Sales fell. Pruitt itself lost money last year.', 'Pruitt'), 'not-person');
    assert.equal(cueAt('Sales fell. Pruitt, itself a family firm, lost money.', 'Pruitt'), 'not-person');
    assert.equal(cueAt('Sales fell. Pruitt himself drove the first truck.', 'Pruitt'), 'person');
  });

  it('the pronoun that opens the next sentence, for a name that opens its own', () => {
    assert.equal(cueAt('Pruitt closed the mill in 2020, blaming the rent. Its founder started it in 1951.', 'Pruitt'), 'not-person');
    assert.equal(cueAt('Pruitt said the rent was too high. Its founder agreed.', 'Pruitt'), 'organization');
    assert.equal(cueAt('Pruitt said the rent was too high. He will appeal.', 'Pruitt'), 'person');
    assert.equal(cueAt('The mill was sold to Pruitt in 2020. Its founder agreed.', 'Pruitt'), undefined, 'not the subject of its sentence');
    assert.equal(cueAt('Pruitt closed the mill in 2020.\n\nIts founder started it in 1951.', 'Pruitt'), undefined, 'not across a paragraph');
  });

  it('a researcher, a professor or a student at a name: an institution, not its town', () => {
    assert.equal(cueAt('said Arjen Bos, a researcher at Velden who worked on the project.', 'Velden'), 'organization');
    assert.equal(cueAt('She studied at Velden before joining the firm.', 'Velden'), 'organization');
    assert.notEqual(cueAt('She lived at Velden before joining the firm.', 'Velden'), 'organization');
  });

  it('its shares or its rivals: a company', () => {
    assert.equal(cueAt('The shares of Pruitt are not listed.', 'Pruitt'), 'organization');
    assert.equal(cueAt('Coastline is one of Pruitt’s main competitors.', 'Pruitt'), 'organization');
  });

  it('spending money is no person cue; spending days is', () => {
    assert.notEqual(cueAt('Pruitt will spend 45 million euros on the lines, a manager said.', 'Pruitt'), 'person');
    assert.equal(cueAt('Pruitt will spend four days in Boston.', 'Pruitt'), 'person');
  });

  it('writing, laughing, marrying and dying are a person cue; writing off a debt is not', () => {
    assert.equal(cueAt('Kawada writes in the mornings in a rented room.', 'Kawada'), 'person');
    assert.equal(cueAt('Kawada laughed at the question.', 'Kawada'), 'person');
    assert.equal(cueAt('Kawada died in 1998.', 'Kawada'), 'person');
    assert.notEqual(cueAt('Kawada writes off 40 million of debt.', 'Kawada'), 'person');
  });

  it('"his own" or "her own" after the name: a person', () => {
    assert.equal(cueAt('Ely lost her own onion crop in the flood.', 'Ely'), 'person');
    assert.equal(cueAt('Kawada had sold his own shares by then.', 'Kawada'), 'person');
    assert.notEqual(cueAt('Ely gave her a warm welcome.', 'Ely'), 'person', 'her is the object, not the owner');
  });
});

describe('a founder and her company', () => {
  const registry = registryOfEntries([
    entry('nora-pruitt', 'Nora Pruitt', 'person', { aliases: ['Pruitt'], description: 'Founder of a timber company, 88' }),
    entry('pruitt-timber', 'Pruitt Timber', 'organization', { aliases: ['Pruitt'], description: 'Timber company on the river' }),
  ]);

  it('the company where its money or its rivals are spoken of, the founder where she is', () => {
    const text =
      'Timber firm to reopen mill\n\nPruitt Timber will reopen its mill, the company said. Its founder, Nora Pruitt, 88, ' +
      'was at the announcement.\n\nPruitt will spend 45 million dollars on new saws, a manager said. Pruitt itself lost ' +
      'money last year for the first time in a decade.';
    assert.deepEqual(idsOf(text, registry, 'Pruitt'), ['pruitt-timber', 'pruitt-timber']);
  });
});

describe('a river named after "the river"', () => {
  it('is water, not the shipping firm named after it', () => {
    assert.equal(cueAt('The river Donau also rose in Germany.', 'Donau'), 'water');
  });
});

describe("a family's name in a headline", () => {
  const registry = registryOfEntries([
    entry('lieke-brandsma', 'Lieke Brandsma', 'person', {
      aliases: ['Brandsma'],
      description: 'Chief executive of a greenhouse builder, daughter of its founder',
    }),
    entry('henk-brandsma', 'Henk Brandsma', 'person', { aliases: ['Brandsma'], description: 'Founder of a greenhouse builder' }),
    entry('brandsma-kassen', 'Brandsma Kassen', 'organization', { aliases: ['Brandsma'], description: 'Dutch greenhouse builder' }),
    entry('velden', 'Velden', 'place', { description: 'Town on the lake' }),
    entry('velden-outdoor', 'Velden Outdoor', 'organization', { aliases: ['Velden'], description: 'Outdoor clothing maker' }),
  ]);

  it('shortens the company the story names first, though its people are named after', () => {
    const text =
      'Brandsma wins Kenyan order as growers look south\n\nBrandsma Kassen, the greenhouse builder, has won its largest order abroad. ' +
      'Lieke Brandsma, its chief executive, said the order would keep 40 people busy.';
    assert.deepEqual(idsOf(text, registry, 'Brandsma'), ['brandsma-kassen']);
  });

  it('follows the person the story names first, as before, when the lead opens with her', () => {
    const text = 'Brandsma says growers will look south\n\nLieke Brandsma, chief executive of Brandsma Kassen, said the order would keep 40 people busy.';
    assert.deepEqual(idsOf(text, registry, 'Brandsma'), ['lieke-brandsma']);
  });

  it('is no rule for a place: the town in a headline stays the town above the firm named after it', () => {
    const text = 'Velden braces for a busy summer\n\nVelden Outdoor will open a shop on the lake front, where the town expects 40,000 visitors.';
    assert.deepEqual(idsOf(text, registry, 'Velden'), ['velden']);
  });
});

describe("a business's examples, premises and dealings (stop 39)", () => {
  it('one of a kind of business named as an example, and its premises or product after "the"', () => {
    assert.equal(cueAt('workshops that sell to larger exporters such as Mirza.', 'Mirza'), 'organization');
    assert.equal(cueAt('Farmers say they will also use the Hakimi store.', 'Hakimi'), 'organization');
    assert.equal(cueAt('the 45th anniversary of the first Lindholm boat', 'Lindholm'), 'organization');
    assert.notEqual(cueAt('They met Hakimi at the store.', 'Hakimi'), 'organization');
  });

  it('a sentence it opens that speaks of containers, a hatchery or selling online', () => {
    assert.equal(cueAt('Rain fell. Alemu sends about 40 containers a month by road.', 'Alemu'), 'organization');
    assert.equal(cueAt('Prices rose. Dalsgaard will also open a hatchery on Sandoy.', 'Dalsgaard'), 'organization');
    assert.equal(cueAt('Sales grew. Yusupov will also start selling online.', 'Yusupov'), 'organization');
    assert.notEqual(cueAt('Sales grew. Yusupov said he would start selling online.', 'Yusupov'), 'organization');
  });
});
