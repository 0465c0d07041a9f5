/**
 * Within-article linking (spec §3): surnames to full names in both directions, the
 * registry id for a registered full name's surname, first names only when
 * unambiguous, apostrophes, country short forms, acronyms, organization short forms,
 * types, and the cases that must NOT merge (two Kims, two Smiths, Jordan the country).
 * All texts are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkMentions } from '../../server/src/analysis/entities/link';
import { slugify } from '../../server/src/analysis/slug';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';

/** A name to mark: its text, the type a tagger gave it, and a registry id when the registry matched it. */
type Spec = [name: string, type: EntityType, registryId?: string];

/**
 * Mentions of the given names wherever they occur as whole words, longest names first
 * so "Kanasugi" inside "Kenji Kanasugi" is not marked twice, sorted by start, each
 * with its own slug as `findEntities` hands them over. The last spec for a name at a
 * place wins, so tests can retype one occurrence with `retype`.
 */
function mentionsOf(text: string, specs: Spec[]): EntityMention[] {
  const taken: EntityMention[] = [];
  for (const [name, type, registryId] of [...specs].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
      if (taken.some((m) => m.start < end && at < m.end)) continue;
      taken.push({
        start: at,
        end,
        text: name,
        type,
        entityId: registryId ?? slugify(name),
        registered: !!registryId,
        source: registryId ? 'registry' : 'tagger',
      });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function link(text: string, specs: Spec[]): EntityMention[] {
  const mentions = mentionsOf(text, specs);
  linkMentions(text, mentions);
  return mentions;
}

/** The ids of the mentions with this text, in order. */
function idsOf(mentions: EntityMention[], name: string): string[] {
  const ids = mentions.filter((m) => m.text === name).map((m) => m.entityId);
  assert.ok(ids.length > 0, `no mention "${name}"`);
  return ids;
}

test('slugify gives readable ids without accents or apostrophes', () => {
  assert.equal(slugify('Kenji Kanasugi'), 'kenji-kanasugi');
  assert.equal(slugify('José Núñez'), 'jose-nunez');
  assert.equal(slugify('O’Brien & Co.'), 'obrien-co');
  assert.equal(slugify('!!!'), 'entity');
});

test('a surname links to the full name, also when it comes first, and carries the full name as id', () => {
  const text = 'Kanasugi arrived early. Envoy Kenji Kanasugi met reporters. Later Kanasugi left.';
  const mentions = link(text, [
    ['Kenji Kanasugi', 'person'],
    ['Kanasugi', 'person'],
  ]);
  assert.deepEqual(
    mentions.map((m) => m.entityId),
    ['kenji-kanasugi', 'kenji-kanasugi', 'kenji-kanasugi'],
  );
  assert.deepEqual(
    mentions.map((m) => m.source),
    ['coreference', 'tagger', 'coreference'],
  );
});

test('a surname takes the registry id of a registered full name and becomes registered', () => {
  const text = 'Yoshihide Suga spoke on Monday. Suga said talks would go on.';
  const mentions = link(text, [
    ['Yoshihide Suga', 'person', 'yoshihide-suga'],
    ['Suga', 'person'],
  ]);
  const surname = mentions.find((m) => m.text === 'Suga')!;
  assert.equal(surname.entityId, 'yoshihide-suga');
  assert.equal(surname.registered, true);
  assert.equal(surname.source, 'coreference');
});

test("the full name's type wins over the tagger's type of a bare surname", () => {
  const text = 'Envoy Kenji Kanasugi flew home. Kanasugi did not comment.';
  const mentions = link(text, [
    ['Kenji Kanasugi', 'person'],
    ['Kanasugi', 'organization'],
  ]);
  assert.deepEqual(
    mentions.map((m) => [m.entityId, m.type]),
    [
      ['kenji-kanasugi', 'person'],
      ['kenji-kanasugi', 'person'],
    ],
  );
});

test('a first name alone links only when one full name has it', () => {
  const one = link('Priya Raman opened the hearing. Priya then read the order.', [
    ['Priya Raman', 'person'],
    ['Priya', 'person'],
  ]);
  assert.deepEqual(idsOf(one, 'Priya'), ['priya-raman']);
  const two = link('Priya Raman and Priya Kohli testified. Priya then read the order.', [
    ['Priya Raman', 'person'],
    ['Priya Kohli', 'person'],
    ['Priya', 'person'],
  ]);
  assert.deepEqual(idsOf(two, 'Priya'), ['priya']);
});

test('straight and curly apostrophes name the same person', () => {
  const mentions = link("Pat O'Brien won. O’Brien thanked voters.", [
    ["Pat O'Brien", 'person'],
    ['O’Brien', 'person'],
  ]);
  assert.deepEqual(idsOf(mentions, 'O’Brien'), ['pat-obrien']);
});

test('a possessive on a mention does not stop it linking', () => {
  const text = 'Lena Hart resigned. Hart’s letter was short.';
  const mentions = mentionsOf(text, [['Lena Hart', 'person']]);
  const at = text.indexOf('Hart’s');
  mentions.push({ start: at, end: at + 'Hart’s'.length, text: 'Hart’s', type: 'person', entityId: slugify('Hart’s'), registered: false, source: 'tagger' });
  linkMentions(text, mentions);
  assert.deepEqual(
    mentions.map((m) => m.entityId),
    ['lena-hart', 'lena-hart'],
  );
});

test('country and body short forms share one id, and different countries stay apart', () => {
  const text =
    'The U.S. and Britain met. United States officials said America and the US agree; the U.K. did not. The UN and the United Nations office. S. Korea and South Korea.';
  const mentions = link(text, [
    ['S. Korea', 'place'],
    ['South Korea', 'place'],
    ['U.S.', 'place'],
    ['Britain', 'place'],
    ['United States', 'place'],
    ['America', 'place'],
    ['US', 'place'],
    ['U.K.', 'place'],
    ['UN', 'organization'],
    ['United Nations', 'organization'],
  ]);
  for (const name of ['U.S.', 'United States', 'America', 'US']) assert.deepEqual(idsOf(mentions, name), ['united-states'], name);
  for (const name of ['Britain', 'U.K.']) assert.deepEqual(idsOf(mentions, name), ['united-kingdom'], name);
  for (const name of ['UN', 'United Nations']) assert.deepEqual(idsOf(mentions, name), ['united-nations'], name);
  for (const name of ['S. Korea', 'South Korea']) assert.deepEqual(idsOf(mentions, name), ['south-korea'], name);
});

test("an acronym defined in parentheses, and its later bare uses, take the long form's id", () => {
  const text = 'Seoul ended the General Security of Military Information Agreement (GSOMIA) on Thursday. Tokyo wants GSOMIA kept.';
  const mentions = link(text, [
    ['General Security of Military Information Agreement', 'law'],
    ['GSOMIA', 'organization'],
    ['Seoul', 'place'],
    ['Tokyo', 'place'],
  ]);
  assert.deepEqual(idsOf(mentions, 'GSOMIA'), ['general-security-of-military-information-agreement', 'general-security-of-military-information-agreement']);
  assert.deepEqual(
    mentions.filter((m) => m.text === 'GSOMIA').map((m) => m.type),
    ['law', 'law'],
  );
});

test("an acronym spelling a name's initials links to it without parentheses", () => {
  const text = 'Orion Freight Lines cut routes. OFL said demand fell.';
  const mentions = link(text, [
    ['Orion Freight Lines', 'organization'],
    ['OFL', 'organization'],
  ]);
  assert.deepEqual(idsOf(mentions, 'OFL'), ['orion-freight-lines']);
});

test('a short form before every name it may stand for (a headline) means what its later uses of that spelling mean', () => {
  const specs: Spec[] = [
    ['Orion Freight Lines', 'organization'],
    ['OFL Europe', 'organization'],
    ['OFL', 'organization'],
  ];
  const text = 'OFL cuts routes as demand falls\n\nOFL Europe will keep its own routes. Orion Freight Lines cut routes on Monday. OFL said demand fell.';
  assert.deepEqual(idsOf(link(text, specs), 'OFL'), ['orion-freight-lines', 'orion-freight-lines']);
  // Later uses that mean two different names decide nothing for the headline's.
  const split = 'OFL cuts routes\n\nOFL Europe kept its routes. OFL said it would grow. Orion Freight Lines cut routes. OFL said demand fell.';
  assert.deepEqual(idsOf(link(split, specs), 'OFL'), ['ofl', 'ofl-europe', 'orion-freight-lines']);
});

test("an organization's first words link to its full name when only one organization starts that way", () => {
  const text = 'Samsung Electronics Co. posted profits. Samsung said chips recovered.';
  const mentions = link(text, [
    ['Samsung Electronics Co.', 'organization'],
    ['Samsung', 'organization'],
  ]);
  assert.deepEqual(idsOf(mentions, 'Samsung'), ['samsung-electronics-co']);
  const apex: Spec[] = [
    ['Apex Mining', 'organization'],
    ['Apex Media', 'organization'],
    ['Apex', 'organization'],
  ];
  assert.deepEqual(idsOf(link('Apex paid first. Apex Mining sued Apex Media.', apex), 'Apex'), ['apex']);
  assert.deepEqual(idsOf(link('Apex Mining sued Apex Media, and Apex paid.', apex), 'Apex'), ['apex-media']);
});

test('a demonym tagged as another name does not join a longer name it begins', () => {
  const text = 'Troops on the Korean Peninsula were on alert, a Korean official said.';
  const mentions = link(text, [
    ['Korean Peninsula', 'other'],
    ['Korean', 'other'],
  ]);
  assert.deepEqual(idsOf(mentions, 'Korean'), ['korean']);
  assert.deepEqual(idsOf(mentions, 'Korean Peninsula'), ['korean-peninsula']);
});

test('two people sharing a family name stay apart (Kim Jong Un, Kim Yo Jong)', () => {
  const text = 'Kim Jong Un watched the launch. Kim Yo Jong issued a statement. Kim was not seen.';
  const mentions = link(text, [
    ['Kim Jong Un', 'person'],
    ['Kim Yo Jong', 'person'],
    ['Kim', 'person'],
  ]);
  assert.deepEqual(idsOf(mentions, 'Kim Jong Un'), ['kim-jong-un']);
  assert.deepEqual(idsOf(mentions, 'Kim Yo Jong'), ['kim-yo-jong']);
  assert.deepEqual(idsOf(mentions, 'Kim'), ['kim']);
});

test('a shared surname links to the last full name only when the other person was not mentioned since', () => {
  const specs: Spec[] = [
    ['John Smith', 'person'],
    ['Mary Smith', 'person'],
    ['Smith', 'person'],
    ['John', 'person'],
  ];
  const recent = link('John Smith sued. Mary Smith answered. Smith said she would appeal.', specs);
  assert.deepEqual(idsOf(recent, 'John Smith'), ['john-smith']);
  assert.deepEqual(idsOf(recent, 'Mary Smith'), ['mary-smith']);
  assert.deepEqual(idsOf(recent, 'Smith'), ['mary-smith']);
  const interleaved = link('John Smith sued. Mary Smith answered. John wrote back. Smith said nothing.', specs);
  assert.deepEqual(idsOf(interleaved, 'John'), ['john-smith']);
  assert.deepEqual(idsOf(interleaved, 'Smith'), ['smith']);
  const before = link('Smith spoke first. John Smith sued. Mary Smith answered.', specs);
  assert.deepEqual(idsOf(before, 'Smith'), ['smith']);
});

test('Jordan the country never joins a person named Jordan, and their ids differ', () => {
  const text = 'Michael Jordan visited Jordan. Jordan praised the stadium in Jordan.';
  const mentions = mentionsOf(text, [['Michael Jordan', 'person']]);
  for (const [at, type] of [
    [text.indexOf('Jordan.'), 'place'],
    [text.indexOf('Jordan praised'), 'person'],
    [text.lastIndexOf('Jordan'), 'place'],
  ] as [number, EntityType][]) {
    mentions.push({ start: at, end: at + 6, text: 'Jordan', type, entityId: 'jordan', registered: false, source: 'tagger' });
  }
  mentions.sort((a, b) => a.start - b.start);
  linkMentions(text, mentions);
  assert.deepEqual(
    mentions.map((m) => [m.entityId, m.type]),
    [
      ['michael-jordan', 'person'],
      ['jordan', 'place'],
      ['michael-jordan', 'person'],
      ['jordan', 'place'],
    ],
  );
  const alone = mentionsOf('Jordan scored. Jordan hosted the final.', []);
  alone.push({ start: 0, end: 6, text: 'Jordan', type: 'person', entityId: 'jordan', registered: false, source: 'tagger' });
  alone.push({ start: 16, end: 22, text: 'Jordan', type: 'place', entityId: 'jordan', registered: false, source: 'tagger' });
  linkMentions('Jordan scored. Jordan hosted the final.', alone);
  assert.notEqual(alone[0].entityId, alone[1].entityId);
});

test('two registered people are never merged, even by a shared surname', () => {
  const text = 'John Smith sued. Mary Smith answered. Smith said she would appeal.';
  const mentions = link(text, [
    ['John Smith', 'person', 'john-smith-1'],
    ['Mary Smith', 'person', 'mary-smith-2'],
    ['Smith', 'person'],
  ]);
  assert.deepEqual(
    mentions.map((m) => m.entityId),
    ['john-smith-1', 'mary-smith-2', 'mary-smith-2'],
  );
  assert.ok(mentions.every((m) => m.registered));
});

test('a company with a legal suffix and a short form of another company are not merged', () => {
  const text = 'Apple Inc. sued Apple Corps over the logo. Apple Inc. said the case was closed.';
  const mentions = link(text, [
    ['Apple Inc.', 'organization'],
    ['Apple Corps', 'organization'],
  ]);
  assert.notEqual(idsOf(mentions, 'Apple Inc.')[0], idsOf(mentions, 'Apple Corps')[0]);
});

// How long this takes, and how it grows, is measured by `npm run bench` (section G, "many names"), not here.
test('thousands of mentions link, each short form to its own full name', () => {
  const parts: string[] = [];
  for (let i = 0; i < 1500; i++) parts.push(`Person${i % 300} Family${i % 300} met Family${(i * 7) % 300} of Group${i % 200} Holdings and GH${i % 50}.`);
  const text = parts.join(' ');
  const specs: Spec[] = [];
  for (let i = 0; i < 300; i++) specs.push([`Person${i} Family${i}`, 'person'], [`Family${i}`, 'person']);
  for (let i = 0; i < 200; i++) specs.push([`Group${i} Holdings`, 'organization']);
  for (let i = 0; i < 50; i++) specs.push([`GH${i}`, 'organization']);
  const mentions = mentionsOf(text, specs);
  assert.ok(mentions.length > 4000);
  linkMentions(text, mentions);
  assert.deepEqual(idsOf(mentions, 'Family42').slice(0, 1), ['person42-family42']);
});

test('a known city and the club named after it stay two entities, each with its own type', () => {
  const text = 'Lentini joined Milan from Torino in 1992. Fans filled the streets of Milan on Sunday.';
  const mentions = link(text, [['Milan', 'organization']]);
  mentions[mentions.findIndex((m) => m.text === 'Milan' && m.start > 40)].type = 'place';
  linkMentions(text, mentions);
  const milans = mentions.filter((m) => m.text === 'Milan');
  assert.deepEqual(
    milans.map((m) => m.type),
    ['organization', 'place'],
  );
  assert.notEqual(milans[0].entityId, milans[1].entityId, 'the club and the city are two entities');
});

test('a known city read as a place more often than as an organization, in an article about no game, is one entity', () => {
  const text = 'Crowds filled the streets of Milan on Sunday. Milan mourned. Police said the Milan attack was planned for weeks.';
  const mentions = link(text, [['Milan', 'place']]);
  mentions[mentions.findIndex((m) => m.text === 'Milan' && m.start > 70)].type = 'organization';
  linkMentions(text, mentions);
  const milans = mentions.filter((m) => m.text === 'Milan');
  assert.equal(new Set(milans.map((m) => m.entityId)).size, 1, milans.map((m) => `${m.type}:${m.entityId}`).join(' '));
  assert.deepEqual(new Set(milans.map((m) => m.type)), new Set(['place']));
  // The same with a score in the article: the organization may be the club, and stays apart.
  const report = text + ' Milan beat Torino 2-1 later.';
  const again = link(report, [['Milan', 'place']]);
  const org = again.findIndex((m) => m.text === 'Milan' && m.start > 70 && m.start < 100);
  again[org].type = 'organization';
  linkMentions(report, again);
  assert.notEqual(again[org].entityId, again[0].entityId);
});

test('a place the sentence puts one in stays apart from a club of its name, known city or not', () => {
  const text = 'VARENHOLT 64 71 .474 17\n\nORLAND AT VARENHOLT\n\nVarenholt beat Orland 5-3. In Varenholt, Marc Tessier homered in the 12th.';
  const mentions = mentionsOf(text, [
    ['VARENHOLT', 'organization'],
    ['Varenholt', 'organization'],
    ['ORLAND', 'organization'],
    ['Orland', 'organization'],
  ]);
  const at = (from: number) => mentions.findIndex((m) => m.start > from && /varenholt/i.test(m.text));
  mentions[at(text.indexOf(' AT '))].type = 'place';
  mentions[at(text.indexOf('In '))].type = 'place';
  linkMentions(text, mentions);
  assert.deepEqual(
    mentions.filter((m) => /varenholt/i.test(m.text)).map((m) => m.type),
    ['organization', 'place', 'organization', 'place'],
  );
  // Workers "at" a company are no venue: a lower-case "at" lets the tagger's slip join the company.
  const firm = 'Varenholt said its manager had resigned. Staff at Varenholt were told on Monday.';
  const slip = mentionsOf(firm, [['Varenholt', 'organization']]);
  slip[1].type = 'place';
  linkMentions(firm, slip);
  assert.deepEqual(
    slip.map((m) => m.type),
    ['organization', 'organization'],
  );
});

test('a name the tagger read as a place once among organization readings is the organization, one entity', () => {
  const text = 'The site of Varenholt presses is near the river. Varenholt said its manager had resigned. Staff at Varenholt were told on Monday.';
  const mentions = mentionsOf(text, [['Varenholt', 'organization']]);
  // The first (so, the fullest by the tie-break) is the one read as a place.
  mentions[0].type = 'place';
  linkMentions(text, mentions);
  assert.deepEqual(
    mentions.map((m) => m.type),
    ['organization', 'organization', 'organization'],
  );
  assert.equal(new Set(mentions.map((m) => m.entityId)).size, 1);
});
