/**
 * An agent verb is no speech (issue 10): "Oduya hired" after "Temitope Oduya" may be the
 * founder or her company, so the surname does not simply follow the person named before it,
 * as it does after "said"; it is scored against both entries. A payroll in numbers ("Oduya
 * employs about 900 people") is a company's.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../server/src/analysis';
import { cueOf } from '../../server/src/analysis/entities/disambiguate/cue';
import { entry, registryOfEntries } from '../support/registryEntries';

const registry = registryOfEntries([
  entry('temi-oduya', 'Temitope Oduya', 'person', { aliases: ['Oduya'], description: 'Founder and chief executive of Oduya Foods' }),
  entry('oduya-foods', 'Oduya Foods', 'organization', { aliases: ['Oduya'], description: 'Nigerian packaged food company based in Ibadan' }),
]);

describe('agent verbs', () => {
  it('reads "hired" as what a person or a company does, "employs about 900" as a company\'s, and "said" as speech', () => {
    assert.equal(cueOf('Oduya hired a new chef.', { start: 0, end: 5 }), 'agent');
    const text = 'Oduya employs about 900 people. Oduya said the shift would start in March.';
    assert.equal(cueOf(text, { start: 0, end: 5 }), 'organization');
    const second = text.lastIndexOf('Oduya');
    assert.equal(cueOf(text, { start: second, end: second + 5 }), 'speaker');
  });

  it('scores a surname that employs people against the company instead of following the founder', () => {
    const text =
      'Food maker adds night shift\n\nIBADAN, Nigeria - Temitope Oduya, who founded the company in 2004, said the new shift would start in March. Oduya employs about 900 people in Oyo State.\n';
    const at = text.lastIndexOf('Oduya');
    const m = analyzeArticle(text, { registry }).entities.find((x) => x.start === at);
    assert.ok(m?.candidates, 'the shared surname keeps its candidates');
    assert.ok(!m.linkReason?.startsWith('follows'), m.linkReason);
    const company = m.candidates.find((c) => c.entityId === 'oduya-foods');
    assert.ok(company && company.score >= 0.1, JSON.stringify(m.candidates));
  });
});
