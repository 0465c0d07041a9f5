/**
 * A courtesy title says whether a man or a woman is meant (disambiguate/gender.ts): "Mr Pryce"
 * is not the registry's Bethan Pryce, "the daughter of the founder", when a Pryce described as
 * a man is a candidate too. Inline text and an inline registry written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { describedSex, pronounSexAfter, titleSexBefore } from '../../server/src/analysis/entities/disambiguate/gender';
import { entry, registryOfEntries } from '../support/registryEntries';

describe('the sex a title and a description give', () => {
  it('reads a courtesy title; a doctor, a professor or a councillor gives none', () => {
    const sexOf = (text: string) => titleSexBefore(text, text.length);
    assert.equal(sexOf('said Mr '), 'male');
    assert.equal(sexOf('"Frau '), 'female');
    assert.equal(sexOf('asked Ms. '), 'female');
    assert.equal(sexOf('Señora '), 'female');
    assert.equal(sexOf('said Dr '), undefined);
    assert.equal(sexOf('the harbour '), undefined);
  });

  it('reads kin words and pronouns of a description, and nothing when it says both or neither', () => {
    assert.equal(describedSex('Managing director of Pryce Marine, daughter of its founder'), 'female');
    assert.equal(describedSex('Founder and chairman of Pryce Marine; he retired in 2019'), 'male');
    assert.equal(describedSex('Founder of Pryce Marine; her son now runs it'), undefined);
    assert.equal(describedSex('Engineer and founder of Pryce Marine'), undefined);
    // A women's team is the club's, not its coach's sex.
    assert.equal(describedSex("head coach of the Velden women's handball club"), undefined);
  });

  it("reads the narrator's next he or she, not one in a quotation nor after a possessive", () => {
    const sexAfter = (text: string, name: string) => pronounSexAfter(text, text.indexOf(name) + name.length, text.length);
    assert.equal(sexAfter('Pryce said he would not sell.', 'Pryce'), 'male');
    assert.equal(sexAfter('Pryce himself was not there.', 'Pryce'), 'male');
    assert.equal(sexAfter('Pryce said the yard was unsold. "We tried," she said.', 'Pryce'), 'female');
    assert.equal(sexAfter('Pryce said: "He was a fine man." The yard closed.', 'Pryce'), undefined);
    assert.equal(sexAfter("Pryce's lawyer said he would appeal.", 'Pryce'), undefined);
  });
});

describe('a surname two registered people of the family share', () => {
  const registry = registryOfEntries([
    entry('bethan-pryce', 'Bethan Pryce', 'person', { aliases: ['Pryce'], description: 'Managing director of Pryce Marine, daughter of its founder' }),
    entry('rhodri-pryce', 'Rhodri Pryce', 'person', { aliases: ['Pryce'], description: 'Founder of Pryce Marine; he retired in 2019' }),
  ]);

  it('after "Mr" is the man, though the woman was named in full just before', () => {
    const text =
      'Winch maker in court\n\nBethan Pryce, the managing director of Pryce Marine, told the court on Tuesday that the winch had been tested. ' +
      'The prosecutor said the company was on trial. "You are not being asked whether Mr Pryce or his daughter are good people," he said.\n';
    const pryces = analyzeArticle(text, { registry }).entities.filter((m) => m.text === 'Pryce');
    assert.deepEqual(
      pryces.map((m) => m.entityId),
      ['rhodri-pryce'],
    );
  });
});

describe('a surname two registered people of the family share, told apart by the pronoun after it', () => {
  const registry = registryOfEntries([
    entry('bethan-pryce', 'Bethan Pryce', 'person', { aliases: ['Pryce'], description: 'State senator, daughter of the founder of Pryce Marine' }),
    entry('rhodri-pryce', 'Rhodri Pryce', 'person', { aliases: ['Pryce'], description: 'Founder of Pryce Marine' }),
  ]);
  const text =
    "Boatyard may close\n\nState senator Bethan Pryce, the founder's daughter, said she would ask for emergency money. " +
    'Pryce, who sits on the finance committee, said she had no stake in the yard.\n\n' +
    'Farmers say the harbour could lose a generation of boat builders.\n\nPryce said he would not sell. "I have buried two brothers here," he said.\n';

  it('"Pryce said he" after the senator named in full is the man; "she" is the senator', () => {
    const pryces = analyzeArticle(text, { registry }).entities.filter((m) => m.text === 'Pryce');
    assert.deepEqual(
      pryces.map((m) => m.entityId),
      ['bethan-pryce', 'rhodri-pryce'],
    );
  });
});

describe('a namesake set against the entries and named in full by a name the registry does not have', () => {
  const registry = registryOfEntries([
    entry('bethan-pryce', 'Bethan Pryce', 'person', { aliases: ['Pryce'], description: 'Managing director of Pryce Marine' }),
    entry('pryce-marine', 'Pryce Marine', 'organization', { aliases: ['Pryce'], description: 'Winch maker in Milford Haven' }),
  ]);

  it('"A different Pryce, Owen Pryce, who runs a bakery" is that unregistered Owen Pryce, no entry', () => {
    const text =
      'Winch order\n\nBethan Pryce said the order would keep 40 jobs. Pryce Marine shares rose.\n\n' +
      'A different Pryce, Owen Pryce, who runs a bakery in Tenby and is not related to the family, said customers had congratulated him.\n';
    const pryces = analyzeArticle(text, { registry }).entities.filter((m) => m.text === 'Pryce');
    assert.deepEqual(
      pryces.map((m) => (m.registered ? m.entityId : null)),
      [null],
    );
  });
});

describe('the name itself, and another business of the name', () => {
  const registry = registryOfEntries([
    entry('bethan-pryce', 'Bethan Pryce', 'person', { aliases: ['Pryce'], description: 'Founder of Pryce Marine' }),
    entry('pryce-marine', 'Pryce Marine', 'organization', { aliases: ['Pryce'], description: 'Winch maker in Milford Haven' }),
  ]);
  const pryces = (text: string) =>
    analyzeArticle(text, { registry })
      .entities.filter((m) => m.text === 'Pryce')
      .map((m) => (m.registered ? m.entityId : null));

  it('"Pryce is a common surname" names no entry', () => {
    assert.deepEqual(pryces('Winch order\n\nBethan Pryce said the order would keep 40 jobs.\n\nPryce is a common surname in the valley.\n'), [null]);
  });

  it('"a family bakery in Tenby that trades as Pryce" and "a boatyard that is also called Pryce" are other businesses of the name', () => {
    const text =
      'Winch order\n\nPryce Marine said the order would keep 40 jobs.\n\nA family bakery in Tenby that trades as Pryce said it had received calls from job seekers. ' +
      'A boatyard on an island south of Tenby that is also called Pryce, after the bay where it stands, said it had nothing to do with the deal.\n';
    assert.deepEqual(pryces(text), [null, null]);
  });

  it('the company named after its maker is still the company ("Pryce said the order would keep 40 jobs")', () => {
    assert.deepEqual(pryces('Winch order\n\nPryce Marine won an order. Pryce said the order would keep 40 jobs.\n'), ['pryce-marine']);
  });
});
